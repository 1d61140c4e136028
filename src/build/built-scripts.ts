import { scripts, type Script } from '../i18n/script.ts';

/**
 * The scripts a build produces: both, unless SITE_SCRIPTS names some (e.g.
 * `SITE_SCRIPTS=zh-hans`), which `npm run bench` uses to measure what the
 * second script costs. Build-time only (reads the environment).
 */
export const builtScripts: readonly Script[] = process.env.SITE_SCRIPTS
  ? scripts.filter((s) => process.env.SITE_SCRIPTS!.split(',').includes(s))
  : scripts;

/**
 * Whether a build makes its /zh-hant/ pages from the /zh-hans/ ones
 * (src/build/twins/page.ts) instead of rendering them: a build of both scripts,
 * unless `SITE_TWINS=render`, with which Astro renders every page itself (a
 * site test compares the two builds).
 */
export const twinsMade: boolean =
  builtScripts.includes('zh-hans') &&
  builtScripts.includes('zh-hant') &&
  process.env.SITE_TWINS !== 'render';
