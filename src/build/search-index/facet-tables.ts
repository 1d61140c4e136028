/**
 * Writes the facet tables (see facets.ts) into the built Pagefind bundle,
 * after Pagefind has written its files: the cases come from the built
 * dataset (dist/data/cases.json), their page hashes and parts from Pagefind's
 * fragment files (read as each part of the index is written). The zh-hant values are converted with the site's one converter
 * (src/i18n/convert.ts), as the traditional pages are. Build-time only.
 */
import { readFile, readdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { gunzip, gzipSync } from 'node:zlib';
import { promisify } from 'node:util';
import type { Script } from '../../i18n/script.ts';
import { loadToHant } from '../../i18n/convert.ts';
import { casePath } from '../../site/routes.ts';
import { facetParams, facetValues, type CaseRecord } from '../../model/schema/fields.ts';
import { buildFacetTable, facetTableFile, type FacetCase } from '../../search/facets.ts';
import { decodeFragment, type Fragment } from '../../search/fragment.ts';
import type { FacetParam } from '../../search/state.ts';

/** The cases of the dataset as one script's table needs them: each facet's values (src/model/schema/fields.ts). */
export function facetCases(
  records: readonly CaseRecord[],
  script: Script,
  toHant?: (text: string) => string,
): FacetCase[] {
  if (script === 'zh-hant' && !toHant)
    throw new Error('facetCases: zh-hant values need the converter (loadToHant)');
  const c = script === 'zh-hant' ? toHant! : (text: string) => text;
  return records.map((record) => ({
    // The page in the one search index, which holds the simplified case pages (src/integrations/search-index.ts).
    url: casePath('zh-hans', record.id),
    values: {
      ...(Object.fromEntries(
        facetParams.map((param) => [param, facetValues(param, record).map(c)]),
      ) as Record<FacetParam, string[]>),
      date: record.sourceDate ?? String(record.year),
    },
  }));
}

/** A Pagefind fragment file as read at build time (the part the search tables use). */
export interface BuiltFragment extends Fragment {
  /** Its file name less `.pf_fragment`: the page's result id. */
  hash: string;
  /** The part of the index it is in (src/search/index-parts.ts). */
  part: number;
}

/** Reads the fragments of one part (its `fragment/` folder) into `fragments`. */
export async function readPartFragments(
  dir: string,
  part: number,
  fragments: Map<string, BuiltFragment>,
): Promise<void> {
  const names = (await readdir(dir)).filter((name) => name.endsWith('.pf_fragment')).sort();
  const read = async (name: string) => {
    const json: Partial<BuiltFragment> = await decodeFragment(
      await readFile(join(dir, name)),
      unzip,
    ).catch((error: Error) => {
      throw new Error(`${name}: ${error.message}`);
    });
    if (typeof json.url !== 'string')
      throw new Error(
        `${name}: a Pagefind fragment without a url (grouped fragments are not supported)`,
      );
    const hash = name.slice(0, -'.pf_fragment'.length);
    fragments.set(json.url, {
      hash,
      part,
      url: json.url,
      content: json.content ?? '',
      meta: json.meta ?? {},
      anchors: json.anchors ?? [],
    });
  };
  // Files are read and unzipped on libuv's threads, a batch at a time.
  for (let i = 0; i < names.length; i += 64) await Promise.all(names.slice(i, i + 64).map(read));
}

/** Page URL → fragment hash and part, for every page read. */
const indexedPages = (fragments: ReadonlyMap<string, BuiltFragment>) =>
  new Map([...fragments].map(([url, f]) => [url, { hash: f.hash, part: f.part }]));

const unzip = promisify(gunzip);

/**
 * Writes `facets-<script>.json.gz` into the bundle for each script, from the
 * site's dataset and the fragments of every part of the index (`parts` of
 * them); returns a line for the build log with their sizes.
 */
export async function writeFacetTables(
  siteDir: string,
  bundleDir: string,
  scripts: readonly Script[],
  fragments: ReadonlyMap<string, BuiltFragment>,
  parts = 1,
): Promise<string> {
  const dataset = JSON.parse(await readFile(join(siteDir, 'data/cases.json'), 'utf8')) as {
    cases: CaseRecord[];
  };
  const hashOf = indexedPages(fragments);
  const toHant = scripts.includes('zh-hant') ? await loadToHant() : undefined;
  const sizes: string[] = [];
  for (const script of scripts) {
    const table = buildFacetTable(facetCases(dataset.cases, script, toHant), hashOf, parts);
    const json = JSON.stringify(table);
    const gzipped = gzipSync(json, { level: 9 });
    await writeFile(join(bundleDir, facetTableFile(script)), gzipped);
    sizes.push(`${script} ${kib(gzipped.length)} (${kib(Buffer.byteLength(json))} unzipped)`);
  }
  if (hashOf.size !== dataset.cases.length)
    throw new Error(
      `facet table: the index has ${hashOf.size} pages for ${dataset.cases.length} cases`,
    );
  return `facet tables: ${sizes.join(', ')}`;
}

const kib = (bytes: number) => `${(bytes / 1024).toFixed(1)} KiB`;
