/** Modules generated at build time by src/integrations/fold-hints.ts. */
declare module 'virtual:fold-hints/zh-hans' {
  const hints: import('./i18n/script.ts').FoldHints;
  export default hints;
}
declare module 'virtual:fold-hints/zh-hant' {
  const hints: import('./i18n/script.ts').FoldHints;
  export default hints;
}
declare module 'virtual:search-fold' {
  const table: import('./i18n/script.ts').SearchFoldTable;
  export default table;
}
