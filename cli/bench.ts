/**
 * npm run bench -- --cases N [--runs R] [--rebuild] [--skip-bare] [--skip-search] [--keep] [--queries FILE]
 *
 * Builds a synthetic collection of N cases (made from content/cases, see
 * cli/bench/synthetic.ts) in a temporary copy of the project, with the
 * full build (both scripts, search index, CSP), then the same N cases as a
 * bare one-script Astro + MDX + Pagefind site. With `--runs R` it does so R
 * times, full and bare one after the other, each build cold (no dist, no
 * caches), so that each full ÷ bare ratio compares builds made side by side.
 * With `--rebuild`, each run also adds one case to the full site and builds
 * again with the caches the cold build left (dist removed, as on a CI runner
 * that restores node_modules/.astro); in the first run, a cold build of the
 * same N + 1 cases checks that the rebuild wrote the same bytes.
 *
 * Prints one JSON line: per figure the min, median and max over the runs
 * (build seconds, peak RSS of the process tree and of its largest process),
 * the ratios, a timeline of each build (cli/bench/timeline.ts), the search
 * cost in Chromium (medians over the queries, on the last sites built) and the
 * targets met. Progress and the last run's timelines go to stderr.
 * Not part of `npm test`: it takes minutes.
 */
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  renameSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { commandLine } from './command-line.ts';
import { writeSyntheticContent } from './bench/synthetic.ts';
import { copyProject } from './bench/workspace.ts';
import { writeBareProject } from './bench/bare.ts';
import { measure } from './bench/measure.ts';
import { timeline, type Phase } from './bench/timeline.ts';
import { countFiles, dirBytes, mb } from './bench/sizes.ts';
import { benchQueries, searchCost } from './bench/search-cost.ts';
import { compareDirs } from './compare-dist.ts';

const usage = `Usage: npm run bench -- --cases N [--runs R] [--rebuild] [--skip-bare] [--skip-search] [--wait-load L] [--keep] [--queries FILE] [--scripts zh-hans]
  --cases N       synthetic cases (the real ones of content/cases, copied round), default 2000
  --runs R        build the full and the bare site alternately R times (each cold); min, median and max of each figure, default 1
  --rebuild       after each cold build add one case and build again with the caches it left; the first is compared byte for byte with a cold build of the same content
  --scripts       build these scripts only (SITE_SCRIPTS, e.g. zh-hans), to measure what the second costs
  --skip-bare     do not build the bare Astro + MDX + Pagefind site to compare with
  --skip-search   do not measure search in Chromium
  --wait-load L   before each build wait (at most 10 minutes) until the one-minute load average is at most L
  --keep          keep the temporary folder (removed at the end by default)
  --queries       a JSON list of queries ([{"q": …}]), default test/fixtures/public-queries.json and a few common words`;

const args = commandLine(
  {
    cases: { type: 'string', default: '2000' },
    runs: { type: 'string', default: '1' },
    rebuild: { type: 'boolean', default: false },
    'skip-bare': { type: 'boolean', default: false },
    'skip-search': { type: 'boolean', default: false },
    'wait-load': { type: 'string' },
    keep: { type: 'boolean', default: false },
    queries: { type: 'string' },
    scripts: { type: 'string' },
  },
  usage,
);
const n = Number(args.values.cases);
const runs = Number(args.values.runs);
for (const [name, value] of [
  ['cases', n],
  ['runs', runs],
] as const) {
  if (!Number.isInteger(value) || value < 1) {
    console.error(`--${name} must be a positive integer, not "${args.values[name]}"\n${usage}`);
    process.exit(2);
  }
}

const root = new URL('..', import.meta.url).pathname.replace(/\/$/, '');
const queries = benchQueries(args.values.queries);

const log = (message: string) => process.stderr.write(`[bench] ${message}\n`);
const work = mkdtempSync(join(tmpdir(), `cases-bench-${n}-`));
const round = (x: number, digits = 1) => Math.round(x * 10 ** digits) / 10 ** digits;

interface Build {
  /** The machine's one-minute load average when the build started and when it ended (other work on it). */
  load: [number, number];
  seconds: number;
  cpuSeconds: number;
  peakRssMB: number;
  peakProcessRssMB: number;
  timeline: Phase[];
}

/** A cold build starts with neither dist/ nor the caches Astro and the site keep in node_modules/.astro/. */
function clean(dir: string, { caches }: { caches: boolean }) {
  rmSync(join(dir, 'dist'), { recursive: true, force: true });
  if (caches) rmSync(join(dir, 'node_modules/.astro'), { recursive: true, force: true });
}

const loadAverage = () => Number(readFileSync('/proc/loadavg', 'utf8').split(' ')[0]);

/** With --wait-load L: waits (up to 10 minutes) until the one-minute load average is at most L. */
async function waitForQuiet() {
  const limit =
    args.values['wait-load'] === undefined ? undefined : Number(args.values['wait-load']);
  if (limit === undefined) return;
  const until = Date.now() + 600_000;
  while (loadAverage() > limit && Date.now() < until)
    await new Promise((resolve) => setTimeout(resolve, 5000));
}

async function build(name: string, dir: string, env: NodeJS.ProcessEnv = {}): Promise<Build> {
  await waitForQuiet();
  const loadBefore = loadAverage();
  log(`${name}: astro build in ${dir} (load average ${loadBefore})`);
  const built = await measure(
    process.execPath,
    [join(dir, 'node_modules/astro/bin/astro.mjs'), 'build'],
    {
      cwd: dir,
      env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', ...env },
      log: (line) => {
        if (
          /error|indexed|gram index|Content-Security|page\(s\) built|Completed in|twin cache/i.test(
            line,
          )
        )
          log(`${name}: ${line.trim()}`);
      },
    },
  );
  if (args.values.keep) {
    // Every line of the build, for a look at single pages (Astro times each one).
    mkdirSync(join(work, 'logs'), { recursive: true });
    writeFileSync(join(work, 'logs', `${name.replace(/[^\w-]+/g, '-')}.log`), built.output);
  }
  log(
    `${name}: built in ${round(built.seconds)} s (${round(built.cpuSeconds)} CPU s), peak ${Math.round(built.peakRssMB)} MB (largest process ${Math.round(built.peakProcessRssMB)} MB)`,
  );
  return {
    load: [loadBefore, loadAverage()],
    seconds: round(built.seconds),
    cpuSeconds: round(built.cpuSeconds),
    peakRssMB: Math.round(built.peakRssMB),
    peakProcessRssMB: Math.round(built.peakProcessRssMB),
    timeline: timeline(built),
  };
}

/** min, median and max of a figure over the runs, with every value. */
function spread(values: number[], digits = 1) {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  const median = sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
  return {
    min: round(sorted[0]!, digits),
    median: round(median, digits),
    max: round(sorted.at(-1)!, digits),
    runs: values.map((v) => round(v, digits)),
  };
}

function figures(builds: Build[]) {
  return {
    buildSeconds: spread(builds.map((b) => b.seconds)),
    cpuSeconds: spread(builds.map((b) => b.cpuSeconds)),
    peakRssMB: spread(
      builds.map((b) => b.peakRssMB),
      0,
    ),
    peakProcessRssMB: spread(
      builds.map((b) => b.peakProcessRssMB),
      0,
    ),
  };
}

function printTimeline(name: string, phases: Phase[]) {
  log(`${name}: timeline (s; peak MB of the tree and of each process; CPU s of each process)`);
  for (const p of phases)
    log(
      `  ${String(p.from).padStart(6)}–${String(p.to).padEnd(6)} ${p.phase.padEnd(52)} ${JSON.stringify(p.peakMB)} ${JSON.stringify(p.cpu)}`,
    );
}

const siteFigures = (dist: string) => ({
  pages: countFiles(dist, /\.html$/),
  distMB: round(mb(dirBytes(dist))),
  indexMB: round(mb(dirBytes(join(dist, 'pagefind')))),
  /** The gram index of exact search (src/search/gram-format.ts), part of indexMB; 0 for bare. */
  gramIndexMB: existsSync(join(dist, 'pagefind/grams'))
    ? round(mb(dirBytes(join(dist, 'pagefind/grams'))))
    : 0,
});

try {
  const full = join(work, 'full');
  const bareDir = join(work, 'bare');
  log(`copying the project to ${full}`);
  copyProject(root, full);
  const content = (cases: number) =>
    writeSyntheticContent(join(root, 'content'), join(full, 'content'), cases);
  const written = content(n);
  log(`${written.cases} cases, ${written.sources} sources written`);
  if (!args.values['skip-bare'])
    writeBareProject(bareDir, join(full, 'content/cases'), join(root, 'node_modules'));
  const env = args.values.scripts ? { SITE_SCRIPTS: args.values.scripts } : {};

  const fullBuilds: Build[] = [];
  const bareBuilds: Build[] = [];
  const rebuilds: Build[] = [];
  let sameAsCold: boolean | undefined;
  let fullSite: ReturnType<typeof siteFigures> | undefined;
  for (let run = 1; run <= runs; run++) {
    log(`run ${run} of ${runs}`);
    if (args.values.rebuild && run > 1) content(n);
    clean(full, { caches: true });
    fullBuilds.push(await build(`full (run ${run})`, full, env));
    fullSite = siteFigures(join(full, 'dist'));
    if (args.values.rebuild) {
      content(n + 1);
      clean(full, { caches: false });
      rebuilds.push(await build(`rebuild, one case added (run ${run})`, full, env));
      if (run === 1) {
        const rebuilt = join(work, 'rebuilt-dist');
        rmSync(rebuilt, { recursive: true, force: true });
        renameSync(join(full, 'dist'), rebuilt);
        clean(full, { caches: true });
        await build(`cold build of the same ${n + 1} cases, to compare`, full, env);
        const differences = compareDirs(join(full, 'dist'), rebuilt);
        sameAsCold = differences.length === 0;
        log(
          sameAsCold
            ? `rebuild: the same ${countFiles(rebuilt, /./)} files as a cold build, byte for byte`
            : `rebuild: ${differences.length} files differ from a cold build, e.g. ${JSON.stringify(differences.slice(0, 3))}`,
        );
      }
    }
    if (!args.values['skip-bare']) {
      clean(bareDir, { caches: true });
      bareBuilds.push(await build(`bare (run ${run})`, bareDir));
    }
  }

  let search: Record<string, unknown> | undefined;
  if (!args.values['skip-search']) {
    // With --rebuild, the full site has N + 1 cases by now: one more than bare's, which changes nothing measurable.
    const fullSearch = await searchCost(join(full, 'dist'), queries, 'page');
    log(`full: per query ${JSON.stringify(fullSearch.perQuery)}`);
    search = {
      initKiB: round(fullSearch.initKiB),
      kibPerQuery: round(fullSearch.kibPerQuery),
      msPerQuery: round(fullSearch.msPerQuery),
    };
    if (!args.values['skip-bare']) {
      const bareSearch = await searchCost(join(bareDir, 'dist'), queries, 'pagefind');
      log(`bare: per query ${JSON.stringify(bareSearch.perQuery)}`);
      search.bare = {
        initKiB: round(bareSearch.initKiB),
        kibPerQuery: round(bareSearch.kibPerQuery),
        msPerQuery: round(bareSearch.msPerQuery),
      };
    }
  }

  const ratios = bareBuilds.length
    ? spread(
        fullBuilds.map((b, i) => b.seconds / bareBuilds[i]!.seconds),
        2,
      )
    : undefined;
  const cpuRatios = bareBuilds.length
    ? spread(
        fullBuilds.map((b, i) => b.cpuSeconds / bareBuilds[i]!.cpuSeconds),
        2,
      )
    : undefined;
  const rebuildRatios = rebuilds.length
    ? spread(
        rebuilds.map((b, i) => b.seconds / fullBuilds[i]!.seconds),
        2,
      )
    : undefined;
  for (const [name, builds] of [
    ['full', fullBuilds],
    ['rebuild', rebuilds],
    ['bare', bareBuilds],
  ] as const)
    if (builds.length) printTimeline(`${name} (last run)`, builds.at(-1)!.timeline);

  const fullFigures = figures(fullBuilds);
  const targets = {
    vsBare: ratios ? ratios.max <= 1.0 : undefined,
    peakRss: n >= 10_000 ? fullFigures.peakRssMB.max <= 4096 : undefined,
    rebuild: rebuildRatios ? rebuildRatios.max <= 0.5 && sameAsCold === true : undefined,
    searchKiB: search ? (search.kibPerQuery as number) <= 50 : undefined,
    searchMs: search ? (search.msPerQuery as number) <= 50 : undefined,
  };
  console.log(
    JSON.stringify({
      cases: n,
      runs,
      ...(args.values.scripts ? { scripts: args.values.scripts } : {}),
      ...fullSite,
      ...fullFigures,
      bare: bareBuilds.length
        ? { ...siteFigures(join(bareDir, 'dist')), ...figures(bareBuilds) }
        : undefined,
      fullToBare: ratios,
      fullToBareCpu: cpuRatios,
      rebuild: rebuilds.length ? { ...figures(rebuilds), sameAsCold } : undefined,
      rebuildToCold: rebuildRatios,
      loadAverages: {
        full: fullBuilds.map((b) => b.load),
        rebuild: rebuilds.map((b) => b.load),
        bare: bareBuilds.map((b) => b.load),
      },
      search,
      targets,
      timelines: {
        full: fullBuilds.map((b) => b.timeline),
        rebuild: rebuilds.map((b) => b.timeline),
        bare: bareBuilds.map((b) => b.timeline),
      },
    }),
  );
} finally {
  if (args.values.keep) log(`kept ${work}`);
  else rmSync(work, { recursive: true, force: true });
}
