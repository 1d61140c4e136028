/**
 * One file per case, /data/cases/{id}.json: the case's record exactly as in
 * /data/cases.json (src/site/dataset.ts), for the case page's 数据（.json）
 * link. Written from the built dataset at the end of the build: one read of
 * cases.json and one write per case, instead of a route Astro renders per case.
 * Build-time only.
 */
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import type { CaseRecord } from '../site/dataset.ts';
import { caseRecordPath, dataJsonPath, withoutBase } from '../site/routes.ts';

/** dist/ path of a site path: `/alk/data/cases/x.json` → `data/cases/x.json`. */
const fileOf = (path: string) => withoutBase(path)!.slice(1);

/** Writes the files into `siteDir` (dist/); returns how many. */
export async function writeCaseRecords(siteDir: string): Promise<number> {
  const dataset = JSON.parse(await readFile(join(siteDir, fileOf(dataJsonPath)), 'utf8')) as {
    cases: CaseRecord[];
  };
  const files = dataset.cases.map((record) => ({
    file: join(siteDir, fileOf(caseRecordPath(record.id))),
    text: `${JSON.stringify(record, null, 2)}\n`,
  }));
  if (files.length) await mkdir(dirname(files[0]!.file), { recursive: true });
  for (let i = 0; i < files.length; i += 64)
    await Promise.all(files.slice(i, i + 64).map(({ file, text }) => writeFile(file, text)));
  return files.length;
}
