// The shared core script (scripts/build/core.ts): in the built page a <script> element holding the
// parser, the schemas, zod and the gazetteer. The page runs it once; its text is also the parse
// worker's source, so the file carries one copy of the parser.
export const CORE_SCRIPT_ID = 'zfgzbg-core';
export const CORE_GLOBAL = '__zfgzbgCore';

/** A blob: URL of the core script's text, or null where there is none (vite dev, Node). */
export function coreScriptUrl(): string | null {
  const text = typeof document === 'undefined' ? null : document.getElementById(CORE_SCRIPT_ID)?.textContent;
  return text ? URL.createObjectURL(new Blob([text], { type: 'text/javascript' })) : null;
}
