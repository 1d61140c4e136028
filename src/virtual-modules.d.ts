/** Modules generated at build time by src/integrations/fold-hints.ts. */
declare module 'virtual:fold-hints' {
  const hints: import('./i18n/fold-query.ts').FoldHints;
  export default hints;
}
