/**
 * Lines of a repaired text, and what one line can be: a heading, a list item, a case marker,
 * a section marker (bracketed or run in), a unit's name. Shared by the splitter's modules.
 */

export interface Line {
  /** 1-based line number in the input file (repairs keep the lines where they are). */
  n: number;
  text: string;
  /** Offset of the line's first character in the repaired text (for raw columns). */
  at: number;
}

/** The non-empty lines of a repaired text, trimmed (the repair trims them), with their numbers. */
export function toLines(text: string): Line[] {
  const out: Line[] = [];
  let at = 0;
  text.split('\n').forEach((t, i) => {
    if (t.trim()) out.push({ n: i + 1, text: t, at });
    at += t.length + 1;
  });
  return out;
}

/** Closing punctuation of a sentence (or of a quotation or bracket that closes one). */
export const TERMINAL = /[。！？；…”’」』）)】]$/;

export const LIST_ITEM = /^(\d+)[.、．]\s*(.+)$/;

/** A standalone line that reads as a heading: short and without closing punctuation. */
export function isHeadingLine(text: string): boolean {
  return [...text].length <= 40 && !/[。！？；：…]$/.test(text) && !LIST_ITEM.test(text);
}

const numerals: Record<string, number> = {
  一: 1,
  二: 2,
  两: 2,
  三: 3,
  四: 4,
  五: 5,
  六: 6,
  七: 7,
  八: 8,
  九: 9,
};

/** 一 → 1, 十二 → 12, 二十 → 20, 两 → 2, 3 → 3 (up to 99). */
export function parseNumber(text: string): number {
  if (/^\d+$/.test(text)) return Number(text);
  if (!text.includes('十')) return numerals[text] ?? Number.NaN;
  const [tens, ones] = text.split('十');
  return (tens ? (numerals[tens] ?? Number.NaN) : 1) * 10 + (ones ? (numerals[ones] ?? 0) : 0);
}

/** Chinese or Arabic numerals, as case numbers and batch sizes are written. */
export const NUMBER = '(?:\\d+|[一二两三四五六七八九十]{1,3})';

/** `案例一`, `案例1：`, `案例二:`, `案例3、` … with what follows on the line. */
export const CASE_MARKER = new RegExp(`^案例(${NUMBER})(?:\\s*[:：、.．]\\s*|\\s+|$)(.*)$`);

/** A numbered heading that may open a case when a section follows it: `一、…`, `1.…`. */
export const NUMBERED_HEADING = /^(?:([一二三四五六七八九十]{1,3})、|(\d{1,2})[.、．]\s*)(.+)$/;

/** `【基本情况】…`: a bracketed section marker and what follows it on the line. */
export const BRACKET_SECTION = /^【([^】]{1,12})】\s*(.*)$/;

/** Section names of published batches, for markers that lost their brackets (`主要做法强化统筹`). */
export const SECTION_NAMES = [
  '关键词',
  '基本情况',
  '基本案情',
  '案情简介',
  '案件情况',
  '协调处理',
  '监督处理',
  '处理情况',
  '处理结果',
  '办理情况',
  '典型意义',
  '主要做法',
  '具体做法',
  '创新做法',
  '经验做法',
  '工作做法',
  '工作成效',
  '改革成效',
  '取得成效',
  '主要成效',
  '经验启示',
  '案例评析',
  '专家点评',
].sort((a, b) => b.length - a.length);

/**
 * A section marker without brackets at the start of a line: the name alone, the name and a colon,
 * or the name run into what follows (`主要做法强化统筹`). Not when the next character makes the
 * name part of a sentence (`典型意义在于…`, `主要做法是…`).
 */
export function runInSection(text: string): { name: string; rest: string } | undefined {
  const name = SECTION_NAMES.find((s) => text.startsWith(s));
  if (!name) return undefined;
  const rest = text.slice(name.length);
  if (rest === '') return { name, rest: '' };
  if (/^[:：]/.test(rest)) return { name, rest: rest.slice(1).trim() };
  if (/^[是为在有的和及与、，,。]/.test(rest)) return undefined;
  return { name, rest: rest.trim() };
}

/** The name of a case's unit as a heading line gives it: `某县行政审批服务管理局`, `天津市蓟州区应急管理局`. */
export function isUnitName(text: string, namesDivision: (text: string) => boolean): boolean {
  return (
    [...text].length <= 30 &&
    !/[“”"《》\s，。：:]/.test(text) &&
    /(局|厅|委|委员会|办|办公室|中心|院|所|队|大队|支队|政府|法院|检察院|分局|公司|站|处|署|管委会|街道|镇|乡)$/.test(
      text,
    ) &&
    (/^某/.test(text) || /某(省|市|州|盟|县|区|旗)/.test(text) || namesDivision(text))
  );
}
