/**
 * CONTRIBUTING.md's two field tables say what a contributor may write: every field of the case
 * and source schemas has a row, every row names a field the schema has, and 必填 says 是 exactly
 * when the schema requires the field. A field added to a schema fails this test until the guide
 * describes it.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import type { z } from 'astro/zod';
import { caseSchema } from '../../src/model/schema/case.ts';
import { sourceSchema } from '../../src/model/schema/source.ts';
import { repoRoot } from './fixtures.ts';

type Schema = z.ZodType;
const def = (s: Schema) => (s as unknown as { _zod: { def: Record<string, unknown> } })._zod.def;

/** The schema inside optional and default wrappers. */
function unwrap(s: Schema): Schema {
  const d = def(s);
  return d.type === 'optional' || d.type === 'default' || d.type === 'nullable'
    ? unwrap(d.innerType as Schema)
    : s;
}

/** Every field path of an object schema (`region.code`, `metrics[].label`), each with whether it is required. */
function fieldPaths(schema: Schema, prefix = ''): Map<string, boolean> {
  const out = new Map<string, boolean>();
  const shape = (unwrap(schema) as unknown as { shape: Record<string, Schema> }).shape;
  for (const [name, field] of Object.entries(shape)) {
    const path = `${prefix}${name}`;
    out.set(path, !field.safeParse(undefined).success);
    const inner = unwrap(field);
    const element = def(inner).type === 'array' ? unwrap(def(inner).element as Schema) : undefined;
    if (def(inner).type === 'object')
      for (const [p, r] of fieldPaths(inner, `${path}.`)) out.set(p, r);
    else if (element && def(element).type === 'object')
      for (const [p, r] of fieldPaths(element, `${path}[].`)) out.set(p, r);
  }
  return out;
}

/** The rows of the guide's table under `heading`: field path → its 必填 cell. */
function tableRows(heading: string): Map<string, string> {
  const guide = readFileSync(join(repoRoot, 'CONTRIBUTING.md'), 'utf8');
  const section = guide.split(/^## /m).find((s) => s.startsWith(heading));
  expect(section, heading).toBeDefined();
  const rows = new Map<string, string>();
  for (const line of section!.split('\n')) {
    const cells = /^\| `([^`]+)` \| (是|否) \|/.exec(line);
    if (cells) rows.set(cells[1]!, cells[2]!);
  }
  return rows;
}

describe.each([
  ['案例文件的字段', caseSchema],
  ['来源文件的字段', sourceSchema],
] as const)('CONTRIBUTING.md, %s', (heading, schema) => {
  const paths = fieldPaths(schema as unknown as Schema);
  const rows = tableRows(heading);

  test('has a row for every field of the schema, at the top level and inside it', () => {
    const covered = (path: string) =>
      rows.has(path) ||
      [...rows.keys()].some(
        (row) =>
          // A nested field is covered by its parent's row when the guide describes the list as a whole (history) …
          path.startsWith(`${row}.`) ||
          path.startsWith(`${row}[].`) ||
          // … and a parent by the rows of its fields (region.province …).
          row.startsWith(`${path}.`) ||
          row.startsWith(`${path}[].`),
      );
    expect([...paths.keys()].filter((p) => !covered(p))).toEqual([]);
  });

  test('names only fields the schema has', () => {
    expect([...rows.keys()].filter((row) => !paths.has(row))).toEqual([]);
  });

  test('says 必填 是 exactly for the fields the schema requires', () => {
    const wrong = [...rows].filter(([row, cell]) => paths.get(row) !== (cell === '是'));
    expect(wrong).toEqual([]);
  });
});
