/**
 * npm run bench -- --cases N [--skip-bare] [--keep] [--queries FILE]
 *
 * Builds a synthetic collection of N cases (made from content/cases, see
 * cli/bench/synthetic.ts) in a temporary copy of the project, with the
 * full build (both scripts, search index, CSP), then the same N cases as a
 * bare one-script Astro + MDX + Pagefind site, and prints one JSON line:
 * cases, pages, buildSeconds, peakRssMB (whole process tree), distMB, indexMB,
 * searchInitKiB, searchKiBPerQuery and searchMsPerQuery (medians, in Chromium),
 * the same for `bare`, and the targets met. Progress goes to stderr.
 * Not part of `npm test`: it takes minutes.
 */
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { commandLine } from './command-line.ts';
import { writeSyntheticContent } from './bench/synthetic.ts';
import { copyProject } from './bench/workspace.ts';
import { writeBareProject } from './bench/bare.ts';
import { measure } from './bench/measure.ts';
import { countFiles, dirBytes, mb } from './bench/sizes.ts';
import { searchCost, type SearchCost } from './bench/search-cost.ts';

const usage = `Usage: npm run bench -- --cases N [--skip-bare] [--keep] [--queries FILE] [--scripts zh-hans]
  --cases N     synthetic cases (the real ones of content/cases, copied round), default 2000
  --scripts     build these scripts only (SITE_SCRIPTS, e.g. zh-hans), to measure what the second costs
  --skip-bare   do not build the bare Astro + MDX + Pagefind site to compare with
  --keep        keep the temporary folder (removed at the end by default)
  --queries     a JSON list of queries ([{"q": …}]), default test/fixtures/public-queries.json and a few common words`;

const args = commandLine(
  {
    cases: { type: 'string', default: '2000' },
    'skip-bare': { type: 'boolean', default: false },
    keep: { type: 'boolean', default: false },
    queries: { type: 'string' },
    scripts: { type: 'string' },
  },
  usage,
);
const n = Number(args.values.cases);
if (!Number.isInteger(n) || n < 1) {
  console.error(`--cases must be a positive integer, not "${args.values.cases}"\n${usage}`);
  process.exit(2);
}

const root = new URL('..', import.meta.url).pathname.replace(/\/$/, '');
const queryFile = args.values.queries ?? join(root, 'test/fixtures/public-queries.json');
const queries = [
  ...(JSON.parse(readFileSync(queryFile, 'utf8')) as { q: string }[]).map((entry) => entry.q),
  // Common words that match many cases: the expensive end of real use.
  ...(args.values.queries ? [] : ['营商环境', '涉企检查', '行政处罚']),
];

const log = (message: string) => process.stderr.write(`[bench] ${message}\n`);
const work = mkdtempSync(join(tmpdir(), `cases-bench-${n}-`));
const round = (x: number, digits = 1) => Math.round(x * 10 ** digits) / 10 ** digits;

interface BuildFigures {
  pages: number;
  buildSeconds: number;
  peakRssMB: number;
  peakProcessRssMB: number;
  distMB: number;
  indexMB: number;
  /** The gram index of exact search (src/search/gram-format.ts), part of indexMB; 0 for bare. */
  gramIndexMB: number;
  searchInitKiB: number;
  searchKiBPerQuery: number;
  searchMsPerQuery: number;
}

async function buildAndMeasure(
  name: string,
  dir: string,
  mode: 'page' | 'pagefind',
  env: NodeJS.ProcessEnv = {},
): Promise<BuildFigures & { search: SearchCost }> {
  log(`${name}: astro build in ${dir}`);
  const built = await measure(
    process.execPath,
    [join(dir, 'node_modules/astro/bin/astro.mjs'), 'build'],
    {
      cwd: dir,
      env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', ...env },
      log: (line) => {
        if (/error|indexed|gram index|Content-Security|page\(s\) built|Completed in/i.test(line))
          log(`${name}: ${line.trim()}`);
      },
    },
  );
  const dist = join(dir, 'dist');
  log(
    `${name}: built in ${round(built.seconds)} s, peak ${Math.round(built.peakRssMB)} MB; searching in Chromium`,
  );
  const search = await searchCost(dist, queries, mode);
  return {
    pages: countFiles(dist, /\.html$/),
    buildSeconds: round(built.seconds),
    peakRssMB: Math.round(built.peakRssMB),
    peakProcessRssMB: Math.round(built.peakProcessRssMB),
    distMB: round(mb(dirBytes(dist))),
    indexMB: round(mb(dirBytes(join(dist, 'pagefind')))),
    gramIndexMB: existsSync(join(dist, 'pagefind/grams'))
      ? round(mb(dirBytes(join(dist, 'pagefind/grams'))))
      : 0,
    searchInitKiB: round(search.initKiB),
    searchKiBPerQuery: round(search.kibPerQuery),
    searchMsPerQuery: round(search.msPerQuery),
    search,
  };
}

try {
  const full = join(work, 'full');
  log(`copying the project to ${full}`);
  copyProject(root, full);
  const written = writeSyntheticContent(join(root, 'content'), join(full, 'content'), n);
  log(`${written.cases} cases, ${written.sources} sources written`);
  const scriptsEnv = args.values.scripts ? { SITE_SCRIPTS: args.values.scripts } : {};
  const { search: fullSearch, ...fullFigures } = await buildAndMeasure(
    'full',
    full,
    'page',
    scriptsEnv,
  );
  log(`full: per query ${JSON.stringify(fullSearch.perQuery)}`);

  let bare: BuildFigures | undefined;
  if (!args.values['skip-bare']) {
    const bareDir = join(work, 'bare');
    writeBareProject(bareDir, join(full, 'content/cases'), join(root, 'node_modules'));
    const { search: bareSearch, ...bareFigures } = await buildAndMeasure(
      'bare',
      bareDir,
      'pagefind',
    );
    log(`bare: per query ${JSON.stringify(bareSearch.perQuery)}`);
    bare = bareFigures;
  }

  const ratio = bare ? round(fullFigures.buildSeconds / bare.buildSeconds, 2) : undefined;
  const targets = {
    buildSeconds: n >= 10_000 ? fullFigures.buildSeconds <= 150 * (n / 10_000) : undefined,
    peakRss: fullFigures.peakRssMB <= 4096,
    vsBare: ratio === undefined ? undefined : ratio <= 1.5,
    searchKiB: fullFigures.searchKiBPerQuery <= 50,
    searchMs: fullFigures.searchMsPerQuery <= 50,
  };
  console.log(
    JSON.stringify({
      cases: n,
      ...(args.values.scripts ? { scripts: args.values.scripts } : {}),
      ...fullFigures,
      bare,
      fullToBare: ratio,
      targets,
    }),
  );
} finally {
  if (args.values.keep) log(`kept ${work}`);
  else rmSync(work, { recursive: true, force: true });
}
