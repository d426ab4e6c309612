// Libraries stored gzip-compressed inside dist/index.html and unpacked on first use: code that only a
// rare path needs (reading .docx, writing the 台账 and the 通报, the in-memory database …) costs neither bytes of the file nor start-up time until then.
// To pack another library: add one line below, then load it with `await loadPacked('name')` (load.ts)
// instead of `await import('package')`. The build (scripts/build/packed.ts) reads this list; in Node
// (tests) and under `vite dev` the import below runs as written.
export const PACKED = {
  mammoth: () => import('mammoth'),
  docx: () => import('docx'),
  'write-excel-file/universal': () => import('write-excel-file/universal'),
  'write-excel-file/utility': () => import('write-excel-file/utility'),
  'read-excel-file/universal': () => import('read-excel-file/universal'),
  'fake-indexeddb': () => import('fake-indexeddb'),
  // .pdf files: pdf.js with our reading code (a path relative to this file), and pdf.js's worker code
  // (which starts itself when run as a worker)
  'pdf-reader': () => import('../import/pdfReader'),
  // the bundled seeds' texts, needed only when a seed is parsed (db/seeds.ts)
  'seed-texts': () => import('../db/seedTexts'),
  // .zip of the unit sheets (export/zip.ts)
  fflate: () => import('fflate'),
  'pdfjs-worker': () => import('pdfjs-dist/legacy/build/pdf.worker.mjs'),
  // .doc / .wps (our compound-file and Word readers) and .xls (SheetJS behind the same compound-file reader)
  'doc-reader': () => import('../import/docReader'),
  'xls-reader': () => import('../import/xlsReader'),
};
