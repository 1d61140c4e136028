/**
 * Reads the content collections once, in the orders pages need. All pages use
 * these helpers, so sorting and lookups live in one place.
 */
import { getCollection, type CollectionEntry } from 'astro:content';
import type { Script } from '../i18n/script.ts';
import { builtScripts } from '../build/built-scripts.ts';
import { makesTwins } from '../build/twins/pool.ts';
import { keywordGroups, regionTree, yearGroups } from '../model/grouping.ts';
import { citedTitles, documentLevel, type DocumentLevel } from '../model/cited-documents.ts';

export type CaseEntry = CollectionEntry<'cases'>;
export type SourceEntry = CollectionEntry<'sources'>;

/**
 * In a build the collections never change, so each ordering is computed once
 * and shared by every page (thousands of pages each asked for the sorted cases:
 * with 10,000 cases that alone grew with the square of the collection).
 * `astro dev` recomputes every time, so edits show up.
 */
const memo = new Map<string, Promise<unknown>>();
function once<T>(key: string, compute: () => Promise<T>): Promise<T> {
  if (import.meta.env.DEV) return compute();
  let value = memo.get(key) as Promise<T> | undefined;
  if (!value) {
    value = compute();
    memo.set(key, value);
  }
  return value;
}

/** Sources by date (undated last), then slug. */
export async function allSources(): Promise<SourceEntry[]> {
  const sorted = await once('sources', async () =>
    (await getCollection('sources')).sort(
      (a, b) =>
        (b.data.date?.getTime() ?? 0) - (a.data.date?.getTime() ?? 0) || a.id.localeCompare(b.id),
    ),
  );
  return [...sorted];
}

/** Cases newest first: by year, then source order, then number inside the source. */
export async function allCases(): Promise<CaseEntry[]> {
  const sorted = await once('cases', async () => {
    const [cases, sources] = await Promise.all([getCollection('cases'), allSources()]);
    const sourceOrder = new Map(sources.map((s, i) => [s.id, i]));
    return cases.sort(
      (a, b) =>
        b.data.year - a.data.year ||
        (sourceOrder.get(a.data.source) ?? 99) - (sourceOrder.get(b.data.source) ?? 99) ||
        a.data.number - b.data.number,
    );
  });
  return [...sorted];
}

export async function sourceOf(entry: CaseEntry): Promise<SourceEntry> {
  const byId = await once(
    'sourceById',
    async () => new Map((await getCollection('sources')).map((s) => [s.id, s])),
  );
  const source = byId.get(entry.data.source);
  if (!source)
    throw new Error(
      `案例 ${entry.id} 的 source “${entry.data.source}” 在 content/sources/ 中不存在`,
    );
  return source;
}

/** Region as a reader says it: 宁夏回族自治区 中卫市 青铜峡市. */
export const regionLabel = (region: CaseEntry['data']['region']) =>
  [region.province, region.city, region.county].filter(Boolean).join(' ');

/**
 * The scripts whose pages Astro renders. In a build of both scripts, only the
 * simplified pages: each one's traditional twin is made from it as it is
 * rendered (src/build/twins/page.ts, written by src/build/twins/pool.ts). `astro
 * dev` renders both.
 */
const renderedScripts = (): readonly Script[] => (makesTwins() ? ['zh-hans'] : builtScripts);

/** getStaticPaths for pages or files that exist once per script, in `scripts`. */
const oncePer = (scripts: readonly Script[]) =>
  scripts.map((script) => ({ params: { script }, props: { script } }));

/**
 * getStaticPaths helper: every rendered script × every item. The props are
 * typed, so a page reads them with `InferGetStaticPropsType`, without a cast.
 */
export function perScript<T, P extends object = object>(
  items: readonly T[],
  params: (item: T) => Record<string, string>,
  props?: (item: T) => P,
): { params: Record<string, string> & { script: Script }; props: { script: Script } & P }[] {
  return renderedScripts().flatMap((script) =>
    items.map((item) => ({
      params: { script, ...params(item) },
      props: { script, ...(props ? props(item) : ({} as P)) },
    })),
  );
}

/** getStaticPaths for pages that exist once per script. */
export const scriptPaths = () => oncePer(renderedScripts());

/** getStaticPaths for files that are not pages (RSS): every built script, each rendered by Astro. */
export const feedScriptPaths = () => oncePer(builtScripts);

/** The cases of one source, in the source's own order (案例一, 案例二 …). */
export async function casesOfSource(slug: string): Promise<CaseEntry[]> {
  const bySource = await once('casesBySource', async () => {
    const groups = new Map<string, CaseEntry[]>();
    for (const c of await allCases()) {
      const list = groups.get(c.data.source);
      if (list) list.push(c);
      else groups.set(c.data.source, [c]);
    }
    for (const list of groups.values()) list.sort((a, b) => a.data.number - b.data.number);
    return groups;
  });
  return [...(bySource.get(slug) ?? [])];
}

/** The date a case was last changed: its last history entry, else the date it was added. */
export const lastRevised = (entry: CaseEntry): Date =>
  entry.data.history.at(-1)?.date ?? entry.data.added;

/** The most recently added cases first (then in the site's case order), at most `limit`. */
export async function newestCases(limit = Infinity): Promise<CaseEntry[]> {
  const cases = await allCases();
  const order = new Map(cases.map((c, i) => [c.id, i]));
  return [...cases]
    .sort(
      (a, b) =>
        b.data.added.getTime() - a.data.added.getTime() || order.get(a.id)! - order.get(b.id)!,
    )
    .slice(0, limit);
}

/** Keywords with their cases, most cases first (see src/model/grouping.ts). */
export const keywordIndex = async () => keywordGroups(await allCases());
/** Years with their cases, newest first. */
export const yearIndex = async () => yearGroups(await allCases());
/** Provinces with their cases, cities and counties. */
export const regionIndex = async () => regionTree(await allCases());
/** Sources (newest first) with their cases in the source's order. */
export async function sourceIndex(): Promise<{ source: SourceEntry; cases: CaseEntry[] }[]> {
  const sources = await allSources();
  return Promise.all(
    sources.map(async (source) => ({ source, cases: await casesOfSource(source.id) })),
  );
}

/** The titles in 《…》 a case cites, in its title and body (src/model/cited-documents.ts). */
export const caseCitedTitles = (entry: CaseEntry) =>
  citedTitles(`${entry.data.title}\n${entry.body ?? ''}`);

const levelOrder: Record<DocumentLevel, number> = { national: 0, local: 1, other: 2 };
const zhCollator = new Intl.Collator('zh');

/** Every document the cases cite, with its level and its cases: national first, then by number of cases and title. */
export async function documentIndex(): Promise<
  { title: string; level: DocumentLevel; cases: CaseEntry[] }[]
> {
  return once('documents', async () => {
    const byTitle = new Map<string, CaseEntry[]>();
    for (const entry of await allCases())
      for (const title of caseCitedTitles(entry))
        byTitle.set(title, [...(byTitle.get(title) ?? []), entry]);
    return [...byTitle]
      .map(([title, cases]) => ({ title, level: documentLevel(title), cases }))
      .sort(
        (a, b) =>
          levelOrder[a.level] - levelOrder[b.level] ||
          b.cases.length - a.cases.length ||
          zhCollator.compare(a.title, b.title),
      );
  });
}
