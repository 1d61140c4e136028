/**
 * npm run import -- FILE... [--out DIR] [--source SLUG] [--added YYYY-MM-DD]
 *
 * Turns published texts (a batch of cases, simplified or traditional, often
 * corrupted) into draft MDX files for review:
 *   DIR/cases/<id>.mdx     one per case (frontmatter + body)
 *   DIR/sources/<slug>.mdx the document's introduction
 * DIR defaults to `drafts/` (git-ignored, outside the content collections).
 * Prints one line per case and every span it could not repair, with its line.
 * A file that is empty, binary, not UTF-8 or unreadable stops the import
 * (exit 1) before anything is written.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import { contentNames, readContentDir } from '../src/check/content-file.ts';
import { localIsoDate } from '../src/model/dates.ts';
import { loadToHans } from '../src/i18n/convert.ts';
import { knownRepairs } from './import/known-repairs.ts';
import { importText, type ImportResult } from './import/pipeline.ts';
import { ImportError, readInput } from './import/read.ts';

const root = resolve(import.meta.dirname, '..');

const usage = `用法：npm run import -- 文件... [--out 目录] [--source 来源slug] [--added YYYY-MM-DD]
  把已发布的典型案例文本拆分为案例草稿（MDX），写入目录（默认 drafts/）的 cases/ 与 sources/ 下。`;

interface Args {
  files: string[];
  out: string;
  source?: string;
  added: string;
  progressEvery: number;
}

function parseArgs(argv: string[]): Args {
  const args: Args = {
    files: [],
    out: join(root, 'drafts'),
    added: localIsoDate(new Date()),
    progressEvery: 20,
  };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    const value = () => {
      const v = argv[++i];
      if (!v || v.startsWith('--')) throw new ImportError(`参数 ${a} 缺少取值\n${usage}`);
      return v;
    };
    if (a === '--out') args.out = resolve(value());
    else if (a === '--source') {
      args.source = value();
      if (!/^[a-z0-9-]+$/.test(args.source))
        throw new ImportError(
          `来源 slug“${args.source}”无效：只能用小写字母、数字和连字符，如 nx-2025-enforcement-cases`,
        );
    } else if (a === '--added') {
      args.added = value();
      if (!/^\d{4}-\d{2}-\d{2}$/.test(args.added))
        throw new ImportError(`日期“${args.added}”无效：应为 YYYY-MM-DD`);
    } else if (a === '--progress-every') args.progressEvery = Number(value()) || 20;
    else if (a === '-h' || a === '--help') {
      console.log(usage);
      process.exit(0);
    } else if (a.startsWith('--')) throw new ImportError(`未知参数 ${a}\n${usage}`);
    else args.files.push(a);
  }
  if (!args.files.length) throw new ImportError(`没有给出要导入的文件\n${usage}`);
  return args;
}

/** Ids of committed cases and of drafts already in the output directory. */
function takenIds(out: string): Set<string> {
  return new Set([
    ...contentNames(join(root, 'content/cases')),
    ...contentNames(join(out, 'cases')),
  ]);
}

/** Keywords of the committed cases, to suggest keywords for texts without 【关键词】. */
function vocabulary(): string[] {
  const words = readContentDir(join(root, 'content/cases'), 'case').flatMap((file) => {
    const keywords = (file.data as { keywords?: unknown } | undefined)?.keywords;
    return Array.isArray(keywords)
      ? keywords.filter((k): k is string => typeof k === 'string' && k.trim() !== '')
      : [];
  });
  return [...new Set(words)];
}

async function main() {
  const args = parseArgs(process.argv.slice(2));
  // Read every file first: one bad file stops the import before anything is written.
  const inputs = args.files.map((file) => ({ file, text: readInput(file) }));
  const toHans = await loadToHans();
  const taken = takenIds(args.out);
  const vocab = vocabulary();
  const results: { file: string; result: ImportResult }[] = [];
  let done = 0;
  const total = () => results.reduce((n, r) => n + r.result.cases.length, 0);
  for (const { file, text } of inputs) {
    const result = importText(text, {
      fileName: basename(file),
      ...(args.source ? { source: args.source } : {}),
      added: args.added,
      takenIds: taken,
      toHans,
      knownRepairs,
      vocabulary: vocab,
    });
    result.cases.forEach((c) => taken.add(c.draft.id));
    results.push({ file, result });
    for (let k = 0; k < result.cases.length; k++) {
      done++;
      if (done % args.progressEvery === 0) process.stderr.write(`进度：已拆分 ${done} 个案例…\n`);
    }
  }

  mkdirSync(join(args.out, 'cases'), { recursive: true });
  mkdirSync(join(args.out, 'sources'), { recursive: true });
  let problems = 0;
  for (const { file, result } of results) {
    const { repair, cases, source } = result;
    console.log(
      `${file}（${repair.script === 'traditional' ? '繁体，已转简体' : '简体'}；${cases.length} 个案例；已按修复表修复乱码 ${repair.applied.length} 处）`,
    );
    for (const c of cases) {
      writeFileSync(join(args.out, 'cases', `${c.draft.id}.mdx`), c.mdx);
      const region = [c.draft.region.province, c.draft.region.city, c.draft.region.county]
        .filter(Boolean)
        .join('/');
      console.log(
        `  ${c.draft.id}  ${c.draft.title}｜${region}（${c.draft.region.code}）｜关键词：${c.draft.keywords.join('、') || '无'}${c.keywordsSuggested ? '（建议）' : ''}｜数据 ${c.draft.metrics.length} 项`,
      );
      for (const w of c.warnings) console.log(`    注意：${w}`);
    }
    for (const span of repair.unrepaired) {
      problems++;
      console.log(
        `  无法修复：${file} 第 ${span.line} 行第 ${span.column} 列“${span.text}”：${span.reason}；请对照原始出处手工修复，或在 cli/import/known-repairs.ts 中登记`,
      );
    }
    const slug = source.draft.slug;
    writeFileSync(join(args.out, 'sources', `${slug}.mdx`), source.mdx);
  }
  console.log(
    `已写入 ${total()} 个案例草稿到 ${args.out}${problems ? `；${problems} 处乱码需要手工修复` : ''}`,
  );
}

main().catch((error: unknown) => {
  if (error instanceof ImportError) {
    console.error(`导入失败：${error.message}`);
    process.exit(1);
  }
  throw error;
});
