/**
 * npm run test:contributor
 *
 * What a contributor meets after adding a valid case as CONTRIBUTING.md says:
 * a copy of the project gets the published text, its source and its reviewed
 * case from test/fixtures/contributor/ (raw/, sources/, cases/: a new batch
 * in 宁夏, with keywords and domains the collection already has), and runs the
 * whole suite on it: the check, the unit tests, the build and the site tests.
 * It must stay green: no test may pin today's collection.
 *
 * Not part of `npm test` (it runs the suite a second time, about as long as
 * the first); CI runs it after `npm test` (.ci/run). Exit code 0 when every
 * step passes, 1 otherwise.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { copyProject } from './bench/workspace.ts';

const root = new URL('..', import.meta.url).pathname;
const fixture = join(root, 'test/fixtures/contributor');
const dir = mkdtempSync(join(tmpdir(), 'contributor-'));

copyProject(root, dir);
// The same repository, so that the case pages' revision records read the same history.
if (existsSync(join(root, '.git')))
  cpSync(join(root, '.git'), join(dir, '.git'), { recursive: true });
const added: string[] = [];
for (const folder of ['raw', 'sources', 'cases']) {
  for (const name of readdirSync(join(fixture, folder))) {
    const to = join(dir, 'content', folder, name);
    if (existsSync(to))
      throw new Error(`test/fixtures/contributor/${folder}/${name} exists in content/ already`);
    cpSync(join(fixture, folder, name), to);
    added.push(`content/${folder}/${name}`);
  }
}
console.log(`contributor suite in ${dir}, with ${added.join(', ')}`);

// As `npm run …` runs them: this Node first on PATH, no variables of a calling Vitest.
const env = Object.fromEntries(
  Object.entries(process.env).filter(
    ([name]) =>
      !name.startsWith('VITEST') &&
      !['NODE_ENV', 'MODE', 'DEV', 'PROD', 'SSR', 'TEST'].includes(name),
  ),
);
env.PATH = `${join(dir, 'node_modules/.bin')}:${env.PATH ?? ''}`;
env.ASTRO_TELEMETRY_DISABLED = '1';

const steps: [string, string[]][] = [
  ['check', ['cli/check.ts']],
  ['unit tests', ['node_modules/vitest/vitest.mjs', 'run', '--project', 'unit']],
  ['build', ['node_modules/astro/bin/astro.mjs', 'build']],
  ['site tests', ['node_modules/vitest/vitest.mjs', 'run', '--project', 'site']],
];
let failed: string | undefined;
for (const [name, args] of steps) {
  const started = Date.now();
  console.log(`\n── ${name}: node ${args.join(' ')}`);
  const run = spawnSync(process.execPath, args, { cwd: dir, env, stdio: 'inherit' });
  console.log(
    `── ${name}: ${run.status === 0 ? 'passed' : 'FAILED'} in ${((Date.now() - started) / 1000).toFixed(0)} s`,
  );
  if (run.status !== 0) {
    failed = name;
    break;
  }
}
if (failed) {
  console.error(`\ncontributor suite failed at: ${failed} (the copy is kept in ${dir})`);
  process.exit(1);
}
rmSync(dir, { recursive: true, force: true });
console.log('\ncontributor suite passed: a valid new case keeps every test green');
