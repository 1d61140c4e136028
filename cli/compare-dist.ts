/**
 * npm run compare-dist -- <before> <after>
 *
 * Compares two built sites byte for byte and prints, for each file that differs, where it first
 * differs, with a little context. Exits 1 when they differ. Used to prove that a change which should
 * not change the site (a move, a refactoring, a formatter) does not: build, keep `dist/`, change,
 * build again, compare.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

/** Every file under a folder, as paths relative to it. */
export function filesUnder(root: string, dir = root): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? filesUnder(root, path) : [relative(root, path)];
  });
}

export interface Difference {
  file: string;
  /** `only-before`, `only-after`, or the byte offset of the first difference. */
  where: 'only-before' | 'only-after' | number;
  before?: string;
  after?: string;
}

/** The files that differ between two folders, with the first differing byte of each. */
export function compareDirs(before: string, after: string, context = 60): Difference[] {
  const a = new Set(filesUnder(before));
  const b = new Set(filesUnder(after));
  const differences: Difference[] = [];
  for (const file of [...new Set([...a, ...b])].sort()) {
    if (!b.has(file)) differences.push({ file, where: 'only-before' });
    else if (!a.has(file)) differences.push({ file, where: 'only-after' });
    else {
      const x = readFileSync(join(before, file));
      const y = readFileSync(join(after, file));
      if (x.equals(y)) continue;
      let i = 0;
      while (i < x.length && i < y.length && x[i] === y[i]) i++;
      const around = (buffer: Buffer) =>
        buffer.subarray(Math.max(0, i - context), i + context).toString('utf8');
      differences.push({ file, where: i, before: around(x), after: around(y) });
    }
  }
  return differences;
}

if (import.meta.main) {
  const [before, after] = process.argv.slice(2);
  if (!before || !after) {
    console.error('Usage: npm run compare-dist -- <before> <after>');
    process.exit(2);
  }
  const differences = compareDirs(before, after);
  for (const d of differences.slice(0, 20)) {
    if (typeof d.where === 'string') console.log(`${d.file}: ${d.where}`);
    else console.log(`${d.file} @${d.where}\n  - ${d.before}\n  + ${d.after}`);
  }
  if (differences.length > 20) console.log(`… and ${differences.length - 20} more`);
  console.log(
    differences.length
      ? `${differences.length} of ${filesUnder(after).length} files differ`
      : `same: ${filesUnder(after).length} files, byte for byte`,
  );
  process.exit(differences.length ? 1 : 0);
}
