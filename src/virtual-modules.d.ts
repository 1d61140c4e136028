/** Modules generated at build time by src/integrations/fold-hints.ts. */
declare module 'virtual:fold-hints' {
  const hints: import('./i18n/fold-query.ts').FoldHints;
  export default hints;
}
declare module 'virtual:search-fold' {
  const table: import('./i18n/search-fold.ts').SearchFoldTable;
  export default table;
}
