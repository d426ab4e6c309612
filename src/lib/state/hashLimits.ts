// Limits on what the page reads from its URL hash: a hash is input like a file.

/**
 * Longest hash read, in characters; a longer one is ignored whole (the page opens with defaults). Every
 * unit, leader and place of a year's documents picked at once, percent-encoded, stays under a tenth of it;
 * a 2 MB hash once took 12 s to paint.
 */
export const MAX_HASH_CHARS = 32_768;
/** Most values read for one list (years, units …); the rest are ignored. */
export const MAX_HASH_LIST = 300;
