// The shared core script (scripts/build/core.ts): in the built page a <script> element holding the
// parser, the schemas, zod and the gazetteer. The page runs it once; its text is also the parse
// worker's source, so the file carries one copy of the parser.
export const CORE_SCRIPT_ID = 'zfgzbg-core';
export const CORE_GLOBAL = '__zfgzbgCore';

/** Where the start-up script (scripts/build/packed.ts) leaves the blob: URL of each script it unpacked. */
const STARTUP_URLS = '__zfgzbgScriptUrls';

/**
 * A blob: URL of the core script, or null where there is none (vite dev, Node). `owned` URLs were made
 * here and are the caller's to revoke; the start-up script's URL is shared and stays.
 */
export function coreScriptUrl(): { url: string; owned: boolean } | null {
  if (typeof document === 'undefined') return null;
  const unpacked = (globalThis as unknown as Record<string, Record<string, string> | undefined>)[STARTUP_URLS]?.[CORE_SCRIPT_ID];
  if (unpacked) return { url: unpacked, owned: false };
  const text = document.getElementById(CORE_SCRIPT_ID)?.textContent;
  return text ? { url: URL.createObjectURL(new Blob([text], { type: 'text/javascript' })), owned: true } : null;
}
