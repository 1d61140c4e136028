/**
 * `/{script}/rss.xml`: every case, most recently added first. The middleware
 * converts only HTML, so the zh-hant feed's text is converted here, through
 * src/lib/script.ts like everything else.
 */
import rss from '@astrojs/rss';
import type { APIRoute } from 'astro';
import { newestCases, regionLabel, scriptPaths, sourceOf } from '../../lib/collections.ts';
import { bodyBlocks } from '../../lib/body-blocks.ts';
import { loadConverter, type Script } from '../../lib/script.ts';
import { uiFor } from '../../lib/ui.ts';
import { absoluteUrl, casePath, homePath } from '../../lib/urls.ts';

export const getStaticPaths = scriptPaths;

export const GET: APIRoute = async ({ props, site }) => {
  const script = (props as { script: Script }).script;
  const t = uiFor(script);
  const convert = await loadConverter(script);
  const cases = await newestCases();
  const items = await Promise.all(
    cases.map(async (entry) => {
      const source = await sourceOf(entry);
      const firstParagraph = bodyBlocks(entry.body ?? '').find((b) => b.kind === 'paragraph')?.text ?? '';
      return {
        title: convert(entry.data.title),
        link: absoluteUrl(site, casePath(script, entry.id)),
        pubDate: entry.data.added,
        description: convert(`${regionLabel(entry.data.region)} · ${entry.data.keywords.join('、')} · ${source.data.title}。${firstParagraph}`),
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
