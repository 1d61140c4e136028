import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { checkContent } from '../../src/check/check-content.ts';
import { fixtures, repoRoot } from '../check/fixtures.ts';

const flags = (out: string) => [
  '--title',
  '中卫市“三减”执法模式',
  '--province',
  '宁夏回族自治区',
  '--county',
  '青铜峡市',
  '--keywords',
  '综合查一次、分级分类监管,包容免罚',
  '--domains',
  '综合监管、执法监督',
  '--source',
  'nx-2025-enforcement-cases',
  '--number',
  '1',
  '--year',
  '2025',
  '--added',
  '2025-11-24',
  '--out',
  out,
  '--sources',
  `${fixtures}/sources`,
];

/** Runs `node cli/new-case.ts` without a terminal, as a script would. */
const newCase = (args: string[]) => {
  const run = spawnSync(process.execPath, ['cli/new-case.ts', ...args], {
    cwd: repoRoot,
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  return { code: run.status, stdout: run.stdout, stderr: run.stderr };
};

describe('npm run new-case', () => {
  test('writes a case with the next id that the check refuses only for its two body placeholders', () => {
    const out = mkdtempSync(join(tmpdir(), 'new-case-'));
    const { code, stdout } = newCase(flags(out));
    expect(code).toBe(0);
    expect(stdout.replace(out, '<out>')).toContain('✓ 已创建');
    expect(readdirSync(out)).toEqual(['nx-2025-01.mdx']);
    const text = readFileSync(join(out, 'nx-2025-01.mdx'), 'utf8');
    expect(text).toContain(
      'region:\n  province: 宁夏回族自治区\n  city: 吴忠市\n  county: 青铜峡市\n  code: "640381"',
    );
    const check = () =>
      checkContent({ paths: [out], sourcesDir: `${fixtures}/sources`, cwd: repoRoot }).problems;
    expect(check().map((p) => [p.field, p.what.slice(0, 10)])).toEqual([
      ['正文', '正文还有占位文字“T'],
      ['正文', '正文还有占位文字“T'],
    ]);
    writeFileSync(
      join(out, 'nx-2025-01.mdx'),
      text.replace(
        /^TODO-.*$/gm,
        '中卫市构建“三减”执法新模式，推动规范涉企行政执法专项行动提质增效。',
      ),
    );
    expect(check()).toEqual([]);
  });

  test('takes the number after the highest id in use, never a gap', () => {
    const out = mkdtempSync(join(tmpdir(), 'new-case-'));
    writeFileSync(join(out, 'nx-2025-01.mdx'), '');
    writeFileSync(join(out, 'nx-2025-03.mdx'), '');
    expect(newCase(flags(out)).code).toBe(0);
    expect(readdirSync(out)).toContain('nx-2025-04.mdx');
  });

  test('refuses to overwrite an existing file', () => {
    const out = mkdtempSync(join(tmpdir(), 'new-case-'));
    writeFileSync(join(out, 'nx-2025-07.mdx'), 'kept');
    const { code, stderr } = newCase([...flags(out), '--id', 'nx-2025-07']);
    expect(code).toBe(1);
    expect(stderr.replace(out, '<out>')).toMatchInlineSnapshot(`
      "✗ <out>/nx-2025-07.mdx 已存在，不会覆盖；换一个 --id，或不给 --id 以取下一个空号
      "
    `);
    expect(readFileSync(join(out, 'nx-2025-07.mdx'), 'utf8')).toBe('kept');
  });

  test('refuses a region that does not exist, naming the valid choices', () => {
    const out = mkdtempSync(join(tmpdir(), 'new-case-'));
    const { code, stderr } = newCase([...flags(out), '--city', '中卫']);
    expect(code).toBe(1);
    expect(stderr).toMatchInlineSnapshot(`
      "✗ region.city：“中卫”不是宁夏回族自治区下辖的地级行政区；可选：银川市、石嘴山市、吴忠市、固原市、中卫市
      "
    `);
    expect(readdirSync(out)).toEqual([]);
  });

  test('refuses a source that does not exist', () => {
    const out = mkdtempSync(join(tmpdir(), 'new-case-'));
    const { code, stderr } = newCase([...flags(out), '--source', 'nx-2099-nothing']);
    expect(code).toBe(1);
    expect(stderr).toMatchInlineSnapshot(`
      "✗ --source：来源“nx-2099-nothing”不存在；可选：nx-2025-enforcement-cases
      "
    `);
  });

  test('refuses a domain that is not in the fixed list, with the choices', () => {
    const out = mkdtempSync(join(tmpdir(), 'new-case-'));
    const args = flags(out);
    args[args.indexOf('--domains') + 1] = '城市管理';
    const { code, stderr } = newCase(args);
    expect(code).toBe(1);
    expect(stderr).toMatch(/^✗ --domains：“城市管理”不是可选的值；可选：市场监管、/);
    expect(readdirSync(out)).toEqual([]);
  });

  test('lists the missing flags when not run in a terminal', () => {
    const { code, stderr } = newCase(['--title', '中卫市“三减”执法模式']);
    expect(code).toBe(2);
    expect(stderr.split('\n')[0]).toMatchInlineSnapshot(
      `"✗ 缺少参数：--province --keywords --domains --year --source --number（不在终端中运行时，必须全部给出）"`,
    );
  });
});
