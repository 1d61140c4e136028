/**
 * npm run import -- FILE... [--out DIR] [--source SLUG] [--year YYYY] [--added YYYY-MM-DD]
 *
 * Turns published texts (a batch of cases, simplified or traditional, often corrupted) into
 * draft MDX files for review, one source draft per input file:
 *   DIR/cases/<id>.mdx     one per case (frontmatter + body)
 *   DIR/sources/<slug>.mdx the document: title, publisher, date, its introduction, and the
 *                          notes a reviewer must resolve
 * DIR defaults to `drafts/` (git-ignored, outside the content collections).
 *
 * Nothing is lost: no existing file is overwritten (a placeholder slug taken by another text
 * gets `-2`, and says so); a text or a case already imported says `已导入为 …` and is not
 * written again. It prints one line per draft, then every doubt at its line and column in the
 * input file, then every problem `npm run check` finds in the new drafts (placeholders first
 * among them). A file that is empty, binary, not UTF-8 or unreadable stops the import (exit 1)
 * before anything is written.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { basename, join, relative, resolve, sep } from 'node:path';
import { contentNames, readContentDir } from '../src/check/content-file.ts';
import { checkContent } from '../src/check/check-content.ts';
import { formatProblem } from '../src/check/problem.ts';
import { localIsoDate } from '../src/model/dates.ts';
import { isTodo } from '../src/model/placeholders.ts';
import { loadToHans } from '../src/i18n/convert.ts';
import { knownContent, sameCase, sameText } from './import/already-imported.ts';
import { knownRepairs } from './import/known-repairs.ts';
import { importText, type ImportResult, type Notice } from './import/pipeline.ts';
import { ImportError, readInput } from './import/read.ts';

const root = resolve(import.meta.dirname, '..');

const usage = `用法：npm run import -- 文件... [--out 目录] [--source 来源slug] [--year 年份] [--added YYYY-MM-DD]
  把已发布的典型案例文本拆分为案例草稿（MDX），写入目录（默认 drafts/）的 cases/ 与 sources/ 下，
  每个文件一个来源草稿。--source 只能用于一个文件；--year 是原文的发布年份（原文没有写明时）。`;

interface Args {
  files: string[];
  out: string;
  source?: string;
  year?: number;
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
    } else if (a === '--year') {
      const y = value();
      if (!/^(19|20)\d{2}$/.test(y)) throw new ImportError(`年份“${y}”无效：应为四位数字，如 2025`);
      args.year = Number(y);
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
  if (args.source && args.files.length > 1)
    throw new ImportError(
      `--source 只能用于一个文件：每个文件是一份发布文件，各有一个来源。请分别导入，或不加 --source（每个文件得到一个待填写的来源 slug）`,
    );
  return args;
}

const show = (absPath: string) => relative(process.cwd(), absPath).split(sep).join('/') || '.';

/** Keywords of the committed cases, to suggest keywords for texts without 【关键词】. */
function vocabulary(): string[] {
  const words = readContentDir(join(root, 'content/cases'), 'case').flatMap((file) => {
    const keywords = (file.data as { keywords?: unknown } | undefined)?.keywords;
    return Array.isArray(keywords)
      ? keywords.filter((k): k is string => typeof k === 'string' && k.trim() !== '' && !isTodo(k))
      : [];
  });
  return [...new Set(words)];
}

const noticeLine = (file: string, n: Notice) =>
  `${file}:${n.line}${n.column ? `:${n.column}` : ''} · ${n.field} · ${n.what} · ${n.fix}`;

interface Planned {
  file: string;
  result: ImportResult;
  /** Cases to write (index in result.cases), and those already imported. */
  write: number[];
  already: { index: number; path: string }[];
  sourcePath?: string;
  /** Why the source draft got another name than its slug would give. */
  renamed?: string;
}

async function main() {
  const args = parseArgs(process.argv.slice(2));
  // Read every file first: one bad file stops the import before anything is written.
  const inputs = args.files.map((file) => ({ file, text: readInput(file) }));
  const toHans = await loadToHans();
  const casesDir = join(args.out, 'cases');
  const sourcesDir = join(args.out, 'sources');
  const known = knownContent(
    [
      { cases: join(root, 'content/cases'), sources: join(root, 'content/sources') },
      { cases: casesDir, sources: sourcesDir },
    ],
    // Raw texts are kept in content/raw (CONTRIBUTING.md); a draft elsewhere is found by its cases.
    [join(root, 'content/raw')],
    show,
  );
  const taken = new Set([...contentNames(join(root, 'content/cases')), ...contentNames(casesDir)]);
  const slugsTaken = new Set([
    ...contentNames(join(root, 'content/sources')),
    ...contentNames(sourcesDir),
  ]);
  const vocab = vocabulary();
  const planned: Planned[] = [];
  const skipped: string[] = [];
  let done = 0;

  for (const { file, text } of inputs) {
    const same = sameText(known, text);
    if (same) {
      const ids = known.cases.filter((c) => c.source === same.slug).map((c) => c.id);
      skipped.push(
        `${file}：已导入为 ${same.path}${ids.length ? `（案例 ${ids.join('、')}）` : ''}，未写入新文件`,
      );
      continue;
    }
    const earlier = planned.find((p) => inputs.find((i) => i.file === p.file)!.text === text);
    if (earlier) {
      skipped.push(
        `${file}：与本次导入的 ${earlier.file} 内容相同，已导入为 ${earlier.sourcePath}，未写入新文件`,
      );
      continue;
    }
    let source = args.source;
    let renamed: string | undefined;
    if (source && slugsTaken.has(source)) {
      const where = known.sources.find((s) => s.slug === source)?.path ?? `${source}.mdx`;
      throw new ImportError(
        `来源 slug“${source}”已被 ${where} 使用（原始文本不是 ${basename(file)}）：换一个 --source，或不加 --source；未写入任何文件`,
      );
    }
    const fileName = basename(file);
    let result = importText(text, {
      fileName,
      ...(source ? { source } : {}),
      ...(args.year ? { year: args.year } : {}),
      added: args.added,
      takenIds: taken,
      toHans,
      knownRepairs,
      vocabulary: vocab,
    });
    // A placeholder slug already used by another text: write beside it, under the next free name.
    if (!source && slugsTaken.has(result.source.draft.slug)) {
      const base = result.source.draft.slug;
      let k = 2;
      while (slugsTaken.has(`${base}-${k}`)) k++;
      source = `${base}-${k}`;
      renamed = `${base}.mdx 已被另一份原文使用，来源草稿写为 ${source}.mdx`;
      result = importText(text, {
        fileName,
        source,
        ...(args.year ? { year: args.year } : {}),
        added: args.added,
        takenIds: taken,
        toHans,
        knownRepairs,
        vocabulary: vocab,
      });
    }
    const write: number[] = [];
    const already: Planned['already'] = [];
    result.cases.forEach((c, i) => {
      const dup = sameCase(known, c.parsed.title, c.body);
      if (dup) already.push({ index: i, path: dup.path });
      else {
        write.push(i);
        taken.add(c.draft.id);
      }
      done++;
      if (done % args.progressEvery === 0) process.stderr.write(`进度：已拆分 ${done} 个案例…\n`);
    });
    slugsTaken.add(result.source.draft.slug);
    planned.push({
      file,
      result,
      write,
      already,
      sourcePath: show(join(sourcesDir, `${result.source.draft.slug}.mdx`)),
      ...(renamed ? { renamed } : {}),
    });
  }

  for (const line of skipped) console.log(line);
  if (!planned.length) return;

  mkdirSync(casesDir, { recursive: true });
  mkdirSync(sourcesDir, { recursive: true });
  const written: string[] = [];
  let caseCount = 0;
  let noticeCount = 0;
  for (const p of planned) {
    const { repair, cases, source, notices } = p.result;
    const announced = notices.find((n) => n.field === '案例数');
    console.log(
      `${p.file}（${repair.script === 'traditional' ? '繁体，已转简体' : '简体'}；找到 ${cases.length} 个案例${announced ? '，与原文宣布的数目不符' : ''}；已按修复表修复乱码 ${repair.applied.length} 处）`,
    );
    for (const i of p.write) {
      const c = cases[i]!;
      const path = join(casesDir, `${c.draft.id}.mdx`);
      // `wx`: never overwrite, even a file that appeared since the ids were chosen.
      writeFileSync(path, c.mdx, { flag: 'wx' });
      written.push(path);
      caseCount++;
      const region = [c.draft.region.province, c.draft.region.city, c.draft.region.county]
        .filter((x) => x && !isTodo(x))
        .join('/');
      console.log(
        `  ${c.draft.id}  ${isTodo(c.draft.title) ? '（无标题）' : c.draft.title}｜${region || '（地区待填）'}（${c.draft.region.code}）｜${typeof c.draft.year === 'number' ? c.draft.year : '年份待填'}｜关键词：${c.draft.keywords.filter((k) => !isTodo(k)).join('、') || '无'}${c.keywordsSuggested ? '（建议）' : ''}｜数据 ${c.draft.metrics.length} 项 → ${show(path)}`,
      );
    }
    for (const a of p.already)
      console.log(
        `  案例${cases[a.index]!.parsed.number}“${cases[a.index]!.parsed.title || '（无标题）'}”已导入为 ${a.path}，未写入`,
      );
    if (p.write.length) {
      const path = join(sourcesDir, `${source.draft.slug}.mdx`);
      writeFileSync(path, source.mdx, { flag: 'wx' });
      written.push(path);
      console.log(`  来源草稿 → ${show(path)}${p.renamed ? `（${p.renamed}）` : ''}`);
    } else console.log(`  所有案例都已导入，未写入来源草稿`);
    if (notices.length) {
      console.log(`  要核对的地方（原文 ${p.file} 的行:列）：`);
      for (const n of notices) console.log(`    ${noticeLine(p.file, n)}`);
      noticeCount += notices.length;
    }
  }

  // What npm run check will refuse in the new drafts, placeholders among them.
  const check = checkContent({
    paths: written.map(show),
    sourcesDir: show(join(root, 'content/sources')),
    rawDir: show(join(root, 'content/raw')),
  });
  if (check.problems.length) {
    console.log(`要填写或改正的地方（npm run check -- ${show(args.out)} 会拒绝，直到改好）：`);
    for (const problem of check.problems) console.log(`  ${formatProblem(problem)}`);
  }
  console.log(
    `已写入 ${caseCount} 个案例草稿和 ${planned.filter((p) => p.write.length).length} 个来源草稿到 ${show(args.out)}；要核对 ${noticeCount} 处，要填写或改正 ${check.problems.length} 处`,
  );
}

main().catch((error: unknown) => {
  if (error instanceof ImportError) {
    console.error(`导入失败：${error.message}`);
    process.exit(1);
  }
  throw error;
});
