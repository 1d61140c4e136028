/** `astro dev` on a copy of the project (cli/bench/workspace.ts), started for real, for the tests of the dev server. */
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { stripVTControlCharacters } from 'node:util';
import { copyProject } from '../../cli/bench/workspace.ts';
import { buildEnv } from './astro-build.ts';

export interface DevServer {
  /** The copy of the project it serves. */
  dir: string;
  /** Its origin, `http://127.0.0.1:PORT`. */
  origin: string;
  /** Everything it printed so far, without colours. */
  log(): string;
  /** Waits until its log, from character `from` on, matches `pattern`; the match. */
  logged(pattern: RegExp, from?: number, timeout?: number): Promise<string>;
  /** Stops it and removes the copy. */
  stop(): Promise<void>;
}

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Copies the project to a temporary folder, starts `astro dev` there and resolves once it serves `ready` (a page) with 200. */
export async function startAstroDev(root: string, ready = '/zh-hans/'): Promise<DevServer> {
  const dir = mkdtempSync(join(tmpdir(), 'astro-dev-'));
  copyProject(root, dir);
  // Port 0 is not accepted by astro dev: a random one, and Astro takes the next free one if it is taken.
  const port = 43000 + Math.floor(Math.random() * 2000);
  const server = spawn(
    process.execPath,
    [
      join(dir, 'node_modules/astro/bin/astro.mjs'),
      'dev',
      '--host',
      '127.0.0.1',
      '--port',
      `${port}`,
    ],
    {
      cwd: dir,
      env: { ...buildEnv(), ASTRO_TELEMETRY_DISABLED: '1' },
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  let log = '';
  for (const stream of [server.stdout, server.stderr])
    stream.on('data', (chunk: Buffer) => (log += stripVTControlCharacters(chunk.toString('utf8'))));

  const logged = async (pattern: RegExp, from = 0, timeout = 60_000) => {
    for (const started = Date.now(); ; await pause(100)) {
      const match = pattern.exec(log.slice(from));
      if (match) return match[0];
      if (server.exitCode !== null)
        throw new Error(`astro dev exited (${server.exitCode}):\n${log.slice(-2000)}`);
      if (Date.now() - started > timeout)
        throw new Error(`astro dev did not log ${pattern} in ${timeout} ms:\n${log.slice(-2000)}`);
    }
  };
  const stop = async () => {
    if (server.exitCode === null) {
      const exited = new Promise((resolve) => server.once('exit', resolve));
      server.kill('SIGTERM');
      await exited;
    }
    rmSync(dir, { recursive: true, force: true });
  };

  try {
    // The address it took is in its log.
    const origin = await logged(/http:\/\/127\.0\.0\.1:\d+/, 0, 120_000);
    // Ready once it serves a page (the content is synced by then).
    for (const started = Date.now(); ; await pause(250)) {
      const status = await fetch(`${origin}${ready}`).then(
        (r) => r.status,
        () => 0,
      );
      if (status === 200) break;
      if (Date.now() - started > 90_000)
        throw new Error(`astro dev did not serve:\n${log.slice(-2000)}`);
    }
    return { dir, origin, log: () => log, logged, stop };
  } catch (error) {
    await stop();
    throw error;
  }
}
