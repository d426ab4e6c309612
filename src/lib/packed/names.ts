// Shared by the build (scripts/build/packed.ts) and the loader (load.ts): where a packed library's
// bytes sit in the page and where its script leaves the module.
export const PACKED_GLOBAL = '__zfgzbgPacked';
export const PACKED_BLOCK_TYPE = 'application/x-packed-gzip';
export const packedBlockId = (name: string) => `packed-${name}`;
