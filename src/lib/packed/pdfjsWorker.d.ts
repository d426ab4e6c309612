// pdfjs-dist ships no types for its worker module; all we use is that it exists (pdf.js reads
// globalThis.pdfjsWorker.WorkerMessageHandler when it runs its worker code in this thread).
declare module 'pdfjs-dist/legacy/build/pdf.worker.mjs' {
  export const WorkerMessageHandler: unknown;
}
