/**
 * The pages' one inline script, first in <head>: it applies the reader's 大字
 * (large text) and 夜间 (dark colours) choices, remembered in localStorage by
 * the header toggles (src/layouts/Base.astro), before the first paint, so a
 * page never flashes in the other size or colours. The Content-Security-Policy
 * allows it by its hash (src/build/csp.ts); it is kept as one string constant,
 * so that the formatter cannot change the bytes the hash is of. Storage may be
 * disabled: then nothing is remembered, and nothing fails.
 */
export const headScript =
  "try{var d=document.documentElement;if(localStorage.getItem('large-text')==='on')d.classList.add('large-text');var t=localStorage.getItem('theme');if(t==='dark'||t==='light')d.setAttribute('data-theme',t)}catch(e){}";
