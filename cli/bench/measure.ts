/**
 * Runs a command and measures it: wall time, and the resident memory of its
 * whole process tree (the build and e.g. the Pagefind binary it starts),
 * polled from /proc every 200 ms, so the benchmark needs no extra tool. Each
 * line the command prints is stamped with the time it arrived, and the memory
 * of each process is kept per sample, for the timeline (cli/bench/timeline.ts).
 */
import { spawn } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';

/** One poll of /proc: resident MB per process of the tree, by pid. */
export interface Sample {
  /** Seconds since the command started. */
  t: number;
  /** pid → { name (the command: `node`, `pagefind`, `esbuild`), rss in MB, CPU seconds used so far }. */
  processes: Record<number, { name: string; mb: number; cpu: number }>;
}

export interface Measured {
  seconds: number;
  /** Peak of the summed resident memory of the whole process tree. */
  peakRssMB: number;
  /** Peak resident memory of its largest single process. */
  peakProcessRssMB: number;
  /** CPU seconds of the tree (user and system, each process as last seen): less disturbed by other load than the wall time. */
  cpuSeconds: number;
  output: string;
  /** Every line printed, with the second it arrived. */
  lines: { t: number; line: string }[];
  samples: Sample[];
}

/** The processes whose process group is `pgid`, with their resident memory. */
function groupProcesses(pgid: number): Sample['processes'] {
  const processes: Sample['processes'] = {};
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
      // Fields after the command name (which may contain spaces): state ppid pgrp …
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      if (Number(fields[2]) !== pgid) continue;
      const command = stat.slice(stat.indexOf('(') + 1, stat.lastIndexOf(')'));
      // Node names its main thread; /proc cuts command names to 15 characters (pagefind_extend).
      const name =
        command === 'MainThread' ? 'node' : command.startsWith('pagefind') ? 'pagefind' : command;
      const rss = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${entry}/status`, 'utf8'));
      // utime and stime, in clock ticks (100 a second on Linux).
      const cpu = (Number(fields[11]) + Number(fields[12])) / 100;
      if (rss) processes[Number(entry)] = { name, mb: Number(rss[1]) / 1024, cpu };
    } catch {
      // The process ended while we looked.
    }
  }
  return processes;
}

export function measure(
  command: string,
  args: string[],
  options: { cwd: string; env?: NodeJS.ProcessEnv; log?: (line: string) => void },
): Promise<Measured> {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const since = () => (performance.now() - started) / 1000;
    const child = spawn(command, args, {
      cwd: options.cwd,
      env: options.env ?? process.env,
      detached: true,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const samples: Sample[] = [];
    const lines: Measured['lines'] = [];
    let output = '';
    const poll = setInterval(() => {
      if (child.pid) samples.push({ t: since(), processes: groupProcesses(child.pid) });
    }, 200);
    const collect = (chunk: Buffer) => {
      const text = chunk.toString();
      output += text;
      if (output.length > 16_000_000) output = output.slice(-8_000_000);
      const t = since();
      for (const line of text.split('\n')) {
        if (!line.trim()) continue;
        // Astro lists every page it writes: not kept, there are tens of thousands.
        if (!/^\s*[├└]─/.test(line)) lines.push({ t, line });
        options.log?.(line);
      }
    };
    child.stdout.on('data', collect);
    child.stderr.on('data', collect);
    child.on('error', (error) => {
      clearInterval(poll);
      reject(error);
    });
    child.on('close', (code) => {
      clearInterval(poll);
      const seconds = since();
      if (code !== 0)
        reject(
          new Error(`${command} ${args.join(' ')} exited with ${code}:\n${output.slice(-4000)}`),
        );
      else {
        const totals = samples.map((s) => Object.values(s.processes).reduce((a, p) => a + p.mb, 0));
        const largest = samples.flatMap((s) => Object.values(s.processes).map((p) => p.mb));
        const cpuByPid = new Map<number, number>();
        for (const sample of samples)
          for (const [pid, p] of Object.entries(sample.processes)) cpuByPid.set(Number(pid), p.cpu);
        resolve({
          seconds,
          peakRssMB: Math.max(0, ...totals),
          peakProcessRssMB: Math.max(0, ...largest),
          cpuSeconds: [...cpuByPid.values()].reduce((a, b) => a + b, 0),
          output,
          lines,
          samples,
        });
      }
    });
  });
}
