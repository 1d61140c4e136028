/**
 * A case file is content only: `astro build` of a copy of the project with a
 * `<script>` or an `import` in a case body stops with an error naming the file,
 * and writes no page (the check runs before anything is rendered).
 */
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, test } from 'vitest';
import { copyProject } from '../../cli/bench/workspace.ts';
import { astroBuild } from '../support/astro-build.ts';

const root = new URL('../..', import.meta.url).pathname;
const copies: string[] = [];
afterAll(() => {
  for (const dir of copies) rmSync(dir, { recursive: true, force: true });
});

/** Builds a copy of the project whose case nx-2025-01 has `addition` appended to its body. */
async function buildWith(
  addition: string,
): Promise<{ failed: boolean; output: string; dir: string }> {
  const dir = mkdtempSync(join(tmpdir(), 'content-only-'));
  copies.push(dir);
  copyProject(root, dir);
  const file = join(dir, 'content/cases/nx-2025-01.mdx');
  writeFileSync(file, readFileSync(file, 'utf8') + addition);
  return { ...(await astroBuild(dir)), dir };
}

describe.concurrent('astro build refuses a case body that is not content only', () => {
  test.for([
    ['a <script> tag', '\n<script>alert("x")</script>\n'],
    ['an import statement', '\nimport Evil from "../../src/components/CaseList.astro";\n'],
  ])('with %s', async ([, addition], { expect }) => {
    const { failed, output, dir } = await buildWith(addition!);
    expect(failed, output.slice(-2000)).toBe(true);
    expect(output).toContain('内容检查未通过');
    expect(output).toContain('nx-2025-01.mdx');
    expect(existsSync(join(dir, 'dist/zh-hans/cases/nx-2025-01/index.html'))).toBe(false);
  });
});
