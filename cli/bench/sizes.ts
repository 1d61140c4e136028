/** Sizes and page counts of a built site. */
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

export function dirBytes(dir: string): number {
  let total = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const full = join(dir, entry.name);
    total += entry.isDirectory() ? dirBytes(full) : statSync(full).size;
  }
  return total;
}

export function countFiles(dir: string, pattern: RegExp): number {
  let count = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const full = join(dir, entry.name);
    if (entry.isDirectory()) count += countFiles(full, pattern);
    else if (pattern.test(entry.name)) count++;
  }
  return count;
}

export const mb = (bytes: number) => bytes / 2 ** 20;
