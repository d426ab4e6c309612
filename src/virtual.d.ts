// Modules made by the build's own plugins.
declare module 'virtual:seed-index' {
  /** The bundled seeds, sorted by file name: scripts/build/seedIndex.ts. */
  const index: readonly { fileName: string; id: string }[];
  export default index;
}
