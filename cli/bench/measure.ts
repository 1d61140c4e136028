/**
 * Runs a command and measures it: wall time, and the peak resident memory of
 * its whole process tree (the build and e.g. the Pagefind binary it starts),
 * polled from /proc, so the benchmark needs no extra tool.
 */
import { spawn } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';

export interface Measured {
  seconds: number;
  /** Peak of the summed resident memory of the whole process tree. */
  peakRssMB: number;
  /** Peak resident memory of its largest single process. */
  peakProcessRssMB: number;
  output: string;
}

/** Resident memory (bytes) of the processes whose process group is `pgid`: their sum and the largest. */
function groupRss(pgid: number): { total: number; largest: number } {
  let total = 0;
  let largest = 0;
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
      // Fields after the command name (which may contain spaces): state ppid pgrp …
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      if (Number(fields[2]) !== pgid) continue;
      const rss = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${entry}/status`, 'utf8'));
      if (rss) {
        total += Number(rss[1]) * 1024;
        largest = Math.max(largest, Number(rss[1]) * 1024);
      }
    } catch {
      // The process ended while we looked.
    }
  }
  return { total, largest };
}

export function measure(
  command: string,
  args: string[],
  options: { cwd: string; env?: NodeJS.ProcessEnv; log?: (line: string) => void },
): Promise<Measured> {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const child = spawn(command, args, {
      cwd: options.cwd,
      env: options.env ?? process.env,
      detached: true,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let peak = 0;
    let peakProcess = 0;
    let output = '';
    const poll = setInterval(() => {
      if (!child.pid) return;
      const rss = groupRss(child.pid);
      peak = Math.max(peak, rss.total);
      peakProcess = Math.max(peakProcess, rss.largest);
    }, 200);
    const collect = (chunk: Buffer) => {
      const text = chunk.toString();
      output += text;
      if (output.length > 2_000_000) output = output.slice(-1_000_000);
      for (const line of text.split('\n')) if (line.trim()) options.log?.(line);
    };
    child.stdout.on('data', collect);
    child.stderr.on('data', collect);
    child.on('error', (error) => {
      clearInterval(poll);
      reject(error);
    });
    child.on('close', (code) => {
      clearInterval(poll);
      const seconds = (performance.now() - started) / 1000;
      if (code !== 0)
        reject(
          new Error(`${command} ${args.join(' ')} exited with ${code}:\n${output.slice(-4000)}`),
        );
      else
        resolve({
          seconds,
          peakRssMB: peak / 2 ** 20,
          peakProcessRssMB: peakProcess / 2 ** 20,
          output,
        });
    });
  });
}
