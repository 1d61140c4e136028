/**
 * The phases of a measured `astro build` (cli/bench/measure.ts), found by the
 * lines Astro and our integrations print when one ends, with the peak resident
 * memory of each process during each phase. The same markers serve the full
 * and the bare build; a phase whose marker a build does not print is merged
 * into the next.
 */
import type { Measured } from './measure.ts';

export interface Phase {
  phase: string;
  /** Seconds since the build started. */
  from: number;
  to: number;
  /** Peak MB of the process tree, and of each process by command name (`node`, `pagefind`). */
  peakMB: Record<string, number>;
  /** CPU seconds used in the phase, by command name. */
  cpu: Record<string, number>;
}

/** The line that ends each phase, in build order. */
const markers: { phase: string; end: RegExp }[] = [
  { phase: 'start, config (full: the content check starts)', end: /\[content\] Syncing content/ },
  { phase: 'content sync (full: the check meanwhile)', end: /\[content\] Synced content/ },
  {
    phase: 'types, build info (full: the check ends)',
    end: /\[build\] Building static entrypoints/,
  },
  { phase: 'bundling (Vite/Rolldown)', end: /generating static routes/ },
  // "HH:MM:SS ✓ Completed in 2.51s." (the [build] lines say the same of other steps).
  { phase: 'rendering (twins and index fed meanwhile)', end: /^\S+ ✓ Completed in / },
  { phase: 'last twins, sitemap', end: /sitemap-index\.xml` created/ },
  {
    phase: 'Pagefind: the index (bare: all of it), facet tables',
    end: /facet tables|indexed \d+ pages/,
  },
];

const round = (x: number, digits = 1) => Math.round(x * 10 ** digits) / 10 ** digits;

export function timeline(measured: Measured): Phase[] {
  const phases: Phase[] = [];
  let from = 0;
  let searchFrom = 0;
  for (const { phase, end } of markers) {
    const at = measured.lines.findIndex((l, i) => i >= searchFrom && end.test(l.line));
    if (at < 0) continue;
    phases.push({ phase, from, to: measured.lines[at]!.t, peakMB: {}, cpu: {} });
    from = measured.lines[at]!.t;
    searchFrom = at + 1;
  }
  phases.push({ phase: 'to the end', from, to: measured.seconds, peakMB: {}, cpu: {} });
  // CPU seconds of each process (by pid) as last seen up to a time.
  const cpuAt = (t: number) => {
    const byPid = new Map<number, { name: string; cpu: number }>();
    for (const sample of measured.samples) {
      if (sample.t > t) break;
      for (const [pid, p] of Object.entries(sample.processes))
        byPid.set(Number(pid), { name: p.name, cpu: p.cpu });
    }
    return byPid;
  };
  for (const phase of phases) {
    const before = cpuAt(phase.from);
    const cpu: Record<string, number> = {};
    for (const [pid, { name, cpu: used }] of cpuAt(phase.to + 0.2))
      cpu[name] = (cpu[name] ?? 0) + used - (before.get(pid)?.cpu ?? 0);
    phase.cpu = Object.fromEntries(Object.entries(cpu).map(([k, v]) => [k, round(v)]));
    const peak: Record<string, number> = { total: 0 };
    for (const sample of measured.samples) {
      if (sample.t < phase.from || sample.t > phase.to + 0.2) continue;
      let total = 0;
      for (const { name, mb } of Object.values(sample.processes)) {
        peak[name] = Math.max(peak[name] ?? 0, mb);
        total += mb;
      }
      peak.total = Math.max(peak.total!, total);
    }
    phase.from = round(phase.from);
    phase.to = round(phase.to);
    phase.peakMB = Object.fromEntries(Object.entries(peak).map(([k, v]) => [k, Math.round(v)]));
  }
  return phases;
}
