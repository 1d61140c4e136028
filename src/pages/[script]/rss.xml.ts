/**
 * `/{script}/rss.xml`: every case, most recently added first. A feed is not a
 * page (src/build/twins/page.ts makes and finishes pages only), so Astro renders it
 * in each script: its text is converted here, through src/i18n/convert.ts like
 * everything else, and its strings are the script's own (`ui`, not markers).
 */
import rss from '@astrojs/rss';
import type { APIRoute } from 'astro';
import { feedScriptPaths, newestCases, regionLabel, sourceOf } from '../../site/collections.ts';
import { bodyBlocks } from '../../model/body-blocks.ts';
import type { Script } from '../../i18n/script.ts';
import { loadConverter } from '../../i18n/convert.ts';
import { ui } from '../../i18n/ui.ts';
import { absoluteUrl, casePath, homePath } from '../../site/routes.ts';

export const getStaticPaths = feedScriptPaths;

export const GET: APIRoute = async ({ props, site }) => {
  const script = (props as { script: Script }).script;
  const t = ui[script];
  const convert = await loadConverter(script);
  const cases = await newestCases();
  const items = await Promise.all(
    cases.map(async (entry) => {
      const source = await sourceOf(entry);
      const firstParagraph =
        bodyBlocks(entry.body ?? '').find((b) => b.kind === 'paragraph')?.text ?? '';
      return {
        title: convert(entry.data.title),
        link: absoluteUrl(site, casePath(script, entry.id)),
        pubDate: entry.data.added,
        description: convert(
          `${regionLabel(entry.data.region)} · ${entry.data.keywords.join('、')} · ${source.data.title}。${firstParagraph}`,
        ),
        categories: entry.data.keywords.map(convert),
      };
    }),
  );
  return rss({
    title: t.feedTitle,
    description: t.feedDescription,
    site: absoluteUrl(site, homePath(script)),
    items,
    customData: `<language>${script === 'zh-hant' ? 'zh-Hant' : 'zh-Hans'}</language>`,
    trailingSlash: true,
  });
};
