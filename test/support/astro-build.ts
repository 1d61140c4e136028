/** `astro build` of a copy of the project (cli/bench/workspace.ts), for site tests that need a build of their own. */
import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { promisify } from 'node:util';

/**
 * The environment without what Vitest adds (NODE_ENV=test, MODE, DEV, PROD …,
 * which Vite reads), so the copy is built as `npm run build` builds.
 */
export function buildEnv(): NodeJS.ProcessEnv {
  const vitest = new Set(['NODE_ENV', 'MODE', 'DEV', 'PROD', 'SSR', 'BASE_URL', 'TEST']);
  return Object.fromEntries(
    Object.entries(process.env).filter(([name]) => !vitest.has(name) && !name.startsWith('VITEST')),
  );
}

/** Builds the project in `dir` with `env` added; whether it failed, and everything it printed. */
export async function astroBuild(
  dir: string,
  env: NodeJS.ProcessEnv = {},
): Promise<{ failed: boolean; output: string }> {
  try {
    const { stdout, stderr } = await promisify(execFile)(
      process.execPath,
      [join(dir, 'node_modules/astro/bin/astro.mjs'), 'build'],
      {
        cwd: dir,
        env: { ...buildEnv(), ASTRO_TELEMETRY_DISABLED: '1', ...env },
        maxBuffer: 64 * 1024 * 1024,
      },
    );
    return { failed: false, output: stdout + stderr };
  } catch (error) {
    const { stdout = '', stderr = '' } = error as { stdout?: string; stderr?: string };
    return { failed: true, output: stdout + stderr };
  }
}
