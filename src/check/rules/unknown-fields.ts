/**
 * Fields the schema does not know. zod drops them silently, so a misspelt optional
 * field (`metric:` for `metrics:`) would vanish from the site without any error.
 */
import { caseSchema } from '../../model/schema/case.ts';
import { sourceSchema } from '../../model/schema/source.ts';
import { isRecord, problemAt, type FileRule } from '../rule.ts';
import type { Problem } from '../problem.ts';
import type { ContentFile } from '../content-file.ts';

/** The parts of a zod 4 schema's definition needed to walk it. */
interface SchemaLike {
  def: {
    type: string;
    innerType?: SchemaLike;
    element?: SchemaLike;
    shape?: Record<string, SchemaLike>;
  };
}

// Optional and default fields wrap the real schema.
const unwrap = (schema: SchemaLike): SchemaLike =>
  schema.def.innerType && ['optional', 'default', 'nullable'].includes(schema.def.type)
    ? unwrap(schema.def.innerType)
    : schema;

function walk(
  file: ContentFile,
  schema: SchemaLike,
  value: unknown,
  path: PropertyKey[],
  out: Problem[],
): void {
  const s = unwrap(schema);
  if (s.def.type === 'object' && s.def.shape && isRecord(value)) {
    const known = Object.keys(s.def.shape);
    for (const [key, child] of Object.entries(value)) {
      if (key in s.def.shape) walk(file, s.def.shape[key], child, [...path, key], out);
      else
        out.push(
          problemAt(
            file,
            [...path, key],
            `未知字段 ${key}`,
            `字段名可能拼错了；这一层可用的字段：${known.join('、')}`,
          ),
        );
    }
  } else if (s.def.type === 'array' && s.def.element && Array.isArray(value)) {
    value.forEach((item, i) => walk(file, s.def.element!, item, [...path, i], out));
  }
}

export const unknownFieldProblems: FileRule = (file) => {
  const out: Problem[] = [];
  walk(
    file,
    (file.kind === 'case' ? caseSchema : sourceSchema) as unknown as SchemaLike,
    file.data,
    [],
    out,
  );
  return out;
};
