/**
 * Writes the facet tables (see facets.ts) into the built Pagefind bundle,
 * after Pagefind has written its files: the cases come from the built
 * dataset (dist/data/cases.json), their page hashes from Pagefind's fragment
 * files. The zh-hant values are converted with the site's one converter
 * (src/i18n/convert.ts), as the traditional pages are. Build-time only.
 */
import { existsSync } from 'node:fs';
import { mkdir, readFile, readdir, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { gunzip, gzipSync } from 'node:zlib';
import { promisify } from 'node:util';
import type { Script } from '../../i18n/script.ts';
import { loadToHant } from '../../i18n/convert.ts';
import { casePath } from '../../site/routes.ts';
import { facetParams, facetValues, type CaseRecord } from '../../model/schema/fields.ts';
import { buildFacetTable, facetTableFile, type FacetCase } from '../../search/facets.ts';
import { decodeFragment } from '../../search/fragment.ts';
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

/**
 * Page URL → fragment hash, for every page of a Pagefind bundle: reads each
 * `fragment/<hash>.pf_fragment` (gzip, then Pagefind's signature, then JSON
 * starting with the page's `url`). A fragment's name is a hash of its content,
 * so `known` (hash → URL, kept from an earlier build) spares reading it again.
 */
export async function fragmentHashes(
  bundleDir: string,
  known: ReadonlyMap<string, string> = new Map(),
): Promise<Map<string, string>> {
  const dir = join(bundleDir, 'fragment');
  const hashOf = new Map<string, string>();
  const names = (await readdir(dir)).filter((name) => name.endsWith('.pf_fragment')).sort();
  const read = async (name: string) => {
    const knownUrl = known.get(name.slice(0, -'.pf_fragment'.length));
    if (knownUrl !== undefined)
      return void hashOf.set(knownUrl, name.slice(0, -'.pf_fragment'.length));
    const fragment = await decodeFragment(await readFile(join(dir, name)), unzip).catch(
      (error: Error) => {
        throw new Error(`${name}: ${error.message}`);
      },
    );
    const url: unknown = fragment.url;
    if (typeof url !== 'string')
      throw new Error(
        `${name}: a Pagefind fragment without a url (grouped fragments are not supported)`,
      );
    hashOf.set(url, name.slice(0, -'.pf_fragment'.length));
  };
  // Files are read and unzipped on libuv's threads, a batch at a time.
  for (let i = 0; i < names.length; i += 64) await Promise.all(names.slice(i, i + 64).map(read));
  return hashOf;
}

const unzip = promisify(gunzip);

/**
 * Writes `facets-<script>.json.gz` into the bundle for each script, from the
 * site's dataset; returns a line for the build log with their sizes.
 */
export async function writeFacetTables(
  siteDir: string,
  bundleDir: string,
  scripts: readonly Script[],
  /** A file keeping fragment hash → URL for the next build (in Astro's cache directory), if any. */
  cacheFile?: string,
): Promise<string> {
  const dataset = JSON.parse(await readFile(join(siteDir, 'data/cases.json'), 'utf8')) as {
    cases: CaseRecord[];
  };
  const known = new Map<string, string>(
    cacheFile && existsSync(cacheFile) ? JSON.parse(await readFile(cacheFile, 'utf8')) : [],
  );
  const hashOf = await fragmentHashes(bundleDir, known);
  if (cacheFile) {
    await mkdir(dirname(cacheFile), { recursive: true });
    await writeFile(cacheFile, JSON.stringify([...hashOf].map(([url, hash]) => [hash, url])));
  }
  const toHant = scripts.includes('zh-hant') ? await loadToHant() : undefined;
  const sizes: string[] = [];
  for (const script of scripts) {
    const table = buildFacetTable(facetCases(dataset.cases, script, toHant), hashOf);
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
