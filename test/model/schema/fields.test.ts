/**
 * The field registry (src/model/schema/fields.ts) covers every field of the
 * schemas, and its parts fit together: CSV positions, labels, fixes, facets.
 */
import { describe, expect, test } from 'vitest';
import { caseSchema } from '../../../src/model/schema/case.ts';
import { sourceSchema } from '../../../src/model/schema/source.ts';
import {
  caseFields,
  csvColumns,
  datasetFields,
  facetParams,
  facets,
  fieldFixes,
  sourceFields,
} from '../../../src/model/schema/fields.ts';
import { ui } from '../../../src/i18n/ui.ts';
import { emptyState, stateParams, withoutFilters } from '../../../src/search/state.ts';

describe('the field registry', () => {
  test('has an entry for every field of the case schema, in its order, and no other', () => {
    expect(Object.keys(caseFields)).toEqual(Object.keys(caseSchema.shape));
  });

  test('has an entry for every field of the source schema, and no other', () => {
    expect(Object.keys(sourceFields).sort()).toEqual(Object.keys(sourceSchema.shape).sort());
  });

  test('adds dataset fields that are not case fields', () => {
    for (const name of Object.keys(datasetFields)) expect(caseFields).not.toHaveProperty(name);
  });

  test('puts the CSV columns at positions 1…n, each once, with distinct names', () => {
    const columns = csvColumns();
    expect(columns.map((c) => c.position)).toEqual(columns.map((_, i) => i + 1));
    expect(new Set(columns.map((c) => c.name)).size).toBe(columns.length);
  });

  test('names each case field and facet in both scripts, each written natively', () => {
    const keys = [
      ...Object.values(caseFields).map((f) => f.label),
      ...Object.values(facets).flatMap((f) => [f.label, f.any]),
    ];
    for (const key of keys) {
      for (const script of ['zh-hans', 'zh-hant'] as const)
        expect(ui[script][key], `${script} ${key}`).toMatch(/\p{Script=Han}/u);
    }
  });

  test('documents every field and column in Chinese', () => {
    const docs = [
      ...Object.values(caseFields).map((f) => f.doc),
      ...Object.values(datasetFields).map((f) => f.doc),
      ...csvColumns().map((c) => c.doc),
    ];
    for (const doc of docs) expect(doc).toMatch(/\p{Script=Han}/u);
  });

  test('files each fix under a path of the field it belongs to', () => {
    for (const [name, field] of [...Object.entries(caseFields), ...Object.entries(sourceFields)]) {
      for (const path of Object.keys(field.fixes ?? {}))
        expect(path, name).toMatch(new RegExp(`^${name}(\\[\\]|\\.|$)`));
    }
    expect(Object.keys(fieldFixes())).toContain('metrics[].quote');
  });

  test('draws each facet from a field of the dataset, and lists the facets in the URL between the query (with the part searched) and the sort', () => {
    const fields = [...Object.keys(caseFields), ...Object.keys(datasetFields)];
    for (const facet of Object.values(facets)) expect(fields).toContain(facet.field);
    expect(stateParams).toEqual(['q', 'in', ...facetParams, 'sort']);
  });
});

describe('clearing the filters', () => {
  test('empties every facet of the registry and keeps the query and the sort', () => {
    const state = { ...emptyState(), q: '执法', sort: 'date' };
    for (const param of facetParams) state[param] = `某${param}`;
    const cleared = withoutFilters(state);
    expect(cleared).toEqual({ ...emptyState(), q: '执法', sort: 'date' });
  });
});
