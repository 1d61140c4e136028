/**
 * Metric candidates: every figure with a unit in a case's text, each with the verbatim clause it
 * comes from, labelled so a reader can compare it:
 * - one metric per figure; its quote and label are the part of the clause that holds only that
 *   figure (`累计线上备案5200次、联合检查960次` gives 累计线上备案 and 联合检查);
 * - approximations (`2300余台`, `超60万元`, `近20万元`, `逾40%`) keep their word in the quote and
 *   say it in `approx`;
 * - before → after (`从平均5天缩短至1天`, `由1—2个工作日压缩至1—2小时`) gives two metrics with one
 *   quote, labelled （原） and （现）;
 * - the value of the matter at issue (`货值860元`, `违法所得12元`) is of the kind 涉案金额;
 * - dates, years, ordinals (第3期, 第32条), versions (3.0版), formulas (2+1+1), hotlines and
 *   counts of the batch itself (`第二批8个典型案例`, `三起典型案例`) are not figures.
 * A range `1—2个工作日` gives its upper bound, labelled 上限. Labels and kinds are first guesses
 * for the reviewer.
 */
import { approxWords, type Metric } from '../../src/model/schema/case.ts';

/** Units, longest first (so 个工作日 wins over 个). `日` counts only as `日内`. */
export const units = [
  '个百分点',
  '个工作日',
  '工作日',
  '平方米',
  '平方公里',
  '公里',
  '人次',
  '班次',
  '批次',
  '户次',
  '家次',
  '亿元',
  '万元',
  '小时',
  '分钟',
  '大类',
  '元',
  '件',
  '起',
  '家',
  '次',
  '项',
  '个',
  '条',
  '份',
  '名',
  '人',
  '天',
  '户',
  '台',
  '辆',
  '批',
  '张',
  '支',
  '箱',
  '本',
  '场',
  '笔',
  '类',
  '种',
  '处',
  '倍',
  '所',
  '吨',
  '%',
] as const;

const unitPattern = units.join('|');
/** Approximation words before a number; 约 not as the end of a word (节约, 签约, 履约 …). */
const before = '(超过|将近|不足|不到|超|逾|近|(?<![节制签违契公条预邀履特缔守集])约)?';
/**
 * [approx] number [— number] [余|多] [万|亿 [余|多]] unit [以上|左右], or number 万 before a noun
 * (`超10万网友`). Not preceded by a digit, `.`, `+`, `-`, `/` or 第; not followed by `+`.
 */
const FIGURE = new RegExp(
  `${before}(?<![\\d.+\\-/第])(\\d+(?:\\.\\d+)?)(?:\\s*[—–~～－-]\\s*(\\d+(?:\\.\\d+)?))?(余|多)?((?:万|亿)(?:余|多)?(?:${unitPattern})?|${unitPattern}|日内)(以上|左右|内)?(?![+])`,
  'gu',
);

/** Counts of the batch or the article itself: `8个典型案例`, `第二批8个`, `三起典型案例`. */
const BATCH_COUNT = /^(?:个|起|例|件|则|篇)[^，。；！？、]{0,20}?案例/;

/** Clause boundaries. */
const CLAUSE_BREAK = /[，。；：！？\n]/;

export interface MetricCandidate extends Metric {
  /** Offset of the figure in the text. */
  index: number;
  /** Offset of the quote in the text. */
  quoteIndex: number;
}

interface Figure {
  index: number;
  end: number;
  text: string;
  value: number;
  range: boolean;
  unit: string;
  approx?: Metric['approx'];
}

function figures(text: string): Figure[] {
  const out: Figure[] = [];
  for (const m of text.matchAll(FIGURE)) {
    const [whole, pre, low, high, suffix, rawUnit, post] = m;
    const index = m.index!;
    const end = index + whole.length;
    const after = text.slice(end);
    let unit = rawUnit!.replace(/[余多]/g, '');
    if (unit === '日内') unit = '日';
    // 万 alone: only before a noun (10万网友), never before 年/月/日 (a date) or a digit.
    if ((unit === '万' || unit === '亿') && /^[年月日\d]/.test(after)) continue;
    if (
      BATCH_COUNT.test(`${unit}${after}`) ||
      /第[一二三四五六七八九十\d]+批$/.test(text.slice(0, index + (pre?.length ?? 0)))
    )
      continue;
    const inUnit = /[余多]/.exec(rawUnit!)?.[0];
    const approx = [pre, suffix, inUnit, post].find(
      (w) => w && (approxWords as readonly string[]).includes(w),
    );
    out.push({
      index,
      end,
      text: whole,
      value: Number(high ?? low),
      range: !!high,
      unit,
      ...(approx ? { approx: approx as Metric['approx'] } : {}),
    });
  }
  return out;
}

/** The clause around [start, end): between clause breaks, or inside the brackets it is in. */
function clause(text: string, start: number, end: number): [number, number] {
  let from = start;
  while (from > 0 && !CLAUSE_BREAK.test(text[from - 1]!)) from--;
  let to = end;
  while (to < text.length && !CLAUSE_BREAK.test(text[to]!)) to++;
  const open = text.lastIndexOf('（', start);
  const close = text.indexOf('）', end);
  if (open >= from && text.lastIndexOf('）', start) < open && close !== -1 && close <= to) {
    from = open + 1;
    to = close;
  }
  return [from, to];
}

/** The next 、 after `from` that is not inside a quotation (“进一次门、查多项事”), or -1. */
function nextItemBreak(text: string, from: number): number {
  let depth = 0;
  for (let i = from; i < text.length; i++) {
    const c = text[i]!;
    if (c === '“' || c === '《' || c === '（') depth++;
    else if ((c === '”' || c === '》' || c === '）') && depth > 0) depth--;
    else if (c === '、' && depth === 0) return i;
    else if (CLAUSE_BREAK.test(c)) return -1;
  }
  return -1;
}

/** Verbs that start what is said about a second figure (`为983家企业颁发…411张`). */
const VERB =
  /颁发|开展|办理|提供|完成|查出|发现|设立|出具|组织|走访|收集|制发|下发|建立|督促|培训|帮助|服务|惠及|解决|减免|查处|覆盖|梳理|列明|提出|分析|实现|推动|核定|处置|录入|发布|受理|办结|审查|排查|检查|评查/;

/**
 * Where to cut between two figures of one clause: after the last 、 (or 和/及) between them;
 * else where a verb starts the second figure's part; else right before the second figure.
 */
function cutBetween(text: string, a: Figure, b: Figure): number {
  const between = text.slice(a.end, b.index);
  const sep = Math.max(
    between.lastIndexOf('、'),
    between.lastIndexOf('和'),
    between.lastIndexOf('及'),
    between.lastIndexOf('与'),
  );
  if (sep >= 0) return a.end + sep + 1;
  const verb = VERB.exec(between);
  return verb ? a.end + verb.index : b.index;
}

/** `由…缩短至…` and the like: a before value and an after value of one thing. */
const CHANGE_VERB = '(?:缩短|压缩|减少|降低|下降|降|减|缩减|压减|提高|提升|增加|增长|增至|升)';
const BEFORE_AFTER = new RegExp(`(?:从|由)[^，。；]{0,12}$`);
const AFTER_VERB = new RegExp(`^[^。；]{0,8}?${CHANGE_VERB}(?:至|为|到)[^，。；]{0,8}$`);

/** The start of a label without joining words (`其中`, `和`, `为` …; not the 及 of 及时). */
const tidyStart = (label: string) =>
  label
    .replace(/\s+/g, '')
    .replace(
      /^(?:[、，,（）()]|其中|并且|以及|[和与共将从由为对的在](?=.{2})|及(?!时)|并(?!联))+/u,
      '',
    );

/** A label without the joining words at its ends (`其中`, `和`, `为`, `对` …; not the 及 of 及时). */
const tidy = (label: string) =>
  label
    .replace(/\s+/g, '')
    .replace(
      /^(?:[、，,（）()]|其中|并且|以及|[和与共将从由为对的在](?=.{2})|及(?!时)|并(?!联))+/u,
      '',
    )
    .replace(/(?:[、，,（）()]|并且|以及|累计|[和及与并的对向在共])+$/u, '')
    .trim();

function shorten(label: string, max = 40): string {
  let l = label;
  while ([...l].length > max) {
    const cut = l.indexOf('、');
    l = cut !== -1 && cut < l.length - 2 ? l.slice(cut + 1) : [...l].slice(1).join('');
  }
  return l;
}

const han = (s: string) => [...s].filter((c) => /\p{Script=Han}/u.test(c)).length;

/** A first guess of the kind of a figure, from its unit and the words around it. */
export function guessKind(unit: string, context: string): Metric['kind'] {
  if (/货值|违法所得|涉案金额|涉案货值|非法获利|违法经营额/.test(context) && /元/.test(unit))
    return '涉案金额';
  if (/罚款|处罚金额|罚没|减免罚款/.test(context) && /元/.test(unit)) return '处罚裁量';
  if (/元/.test(unit)) return '经济效益';
  if (/工作日|小时|天|^日$|分钟|时限/.test(unit)) return '办理时限';
  if (/不予|从轻|减轻|免罚|轻罚|处罚/.test(context) && unit !== '%') return '处罚裁量';
  if (/检查频次|检查.*(下降|减少|压减)|联合检查|压减检查|现场检查/.test(context)) return '检查频次';
  if (/时限|周期|缩短|压缩/.test(context)) return '办理时限';
  if (unit === '%') return '覆盖比例';
  return '工作量';
}

/** Finds every figure with a unit in `text` (a case's body without headings). */
export function findMetrics(text: string): MetricCandidate[] {
  const all = figures(text);
  const out: MetricCandidate[] = [];
  const seen = new Set<string>();
  const push = (f: Figure, quoteFrom: number, quoteTo: number, label: string) => {
    const quote = text.slice(quoteFrom, quoteTo);
    const after = text.slice(f.end, f.end + 2);
    const key = `${f.value}|${f.unit}|${after}`;
    if (seen.has(key)) return;
    seen.add(key);
    const l = shorten(label);
    out.push({
      label: [...l].length >= 2 ? l : shorten(tidy(quote)),
      value: f.value,
      unit: f.unit,
      quote,
      kind: guessKind(f.unit, quote),
      ...(f.approx ? { approx: f.approx } : {}),
      index: f.index,
      quoteIndex: quoteFrom,
    });
  };

  for (let k = 0; k < all.length; k++) {
    const f = all[k]!;
    const [from, to] = clause(text, f.index, f.end);
    const next = all[k + 1];
    // Before → after, in one clause or across one comma: 由过去的1—2个工作日，缩短至目前的1—2小时.
    if (next && BEFORE_AFTER.test(text.slice(from, f.index))) {
      const [, nextTo] = clause(text, next.index, next.end);
      const between = text.slice(f.end, next.index).replace(/^，/, '');
      if (AFTER_VERB.test(between) && !/[。；]/.test(text.slice(f.end, next.index))) {
        const opener = text.slice(from, f.index).search(/(?:从|由)[^从由]*$/);
        const thing = tidy(text.slice(from, from + opener)) || tidy(text.slice(from, f.index));
        const quoteTo = Math.max(to, nextTo);
        const range = (g: Figure) => (g.range ? '，上限' : '');
        push(f, from, quoteTo, `${thing}（原${range(f)}）`);
        push(next, from, quoteTo, `${thing}（现${range(next)}）`);
        k++;
        continue;
      }
    }
    // Several figures in one clause: each gets the part that holds only it.
    const inClause = all.filter((g) => g.index >= from && g.end <= to);
    const i = inClause.indexOf(f);
    const pieceFrom = i > 0 ? cutBetween(text, inClause[i - 1]!, f) : from;
    let pieceTo = i < inClause.length - 1 ? cutBetween(text, f, inClause[i + 1]!) : to;
    // A list item of its own ends at the next 、 (影响经营问题5日内处置、长期问题建章立制).
    const item = nextItemBreak(text, f.end);
    if (item !== -1 && item < pieceTo) pieceTo = item;
    let quoteTo = pieceTo;
    while (quoteTo > f.end && /[、和及与]/.test(text[quoteTo - 1]!)) quoteTo--;
    const labelOf = (start: number) => {
      const before = tidyStart(text.slice(start, f.index)).replace(/[在对向为]+$/u, '');
      let after = text.slice(f.end, quoteTo);
      // What follows the counted thing is its own predicate only when something came before the figure.
      const joined = /并|累计/.exec(after)?.index;
      const verb = tidy(before) ? VERB.exec(after.slice(2)) : null;
      const cut = joined ?? (verb ? verb.index + 2 : undefined);
      if (cut !== undefined) after = after.slice(0, cut);
      return tidy(after ? `${before}${after}` : before) + (f.range ? '（上限）' : '');
    };
    let quoteFrom = pieceFrom;
    let label = labelOf(quoteFrom);
    // `287家食品生产企业数据2973条`: the words between two figures also name the second.
    if (han(label) < 2 && i > 0) {
      quoteFrom = inClause[i - 1]!.end;
      label = labelOf(quoteFrom);
    }
    // `为983家企业颁发电子存证证书411张`: a bare noun takes what the clause says of it.
    if (han(label) <= 2 && i < inClause.length - 1) {
      const rest = tidy(text.slice(pieceTo, inClause[i + 1]!.index));
      if (han(rest) >= 2 && VERB.test(rest.slice(0, 2))) label = `${rest}的${label}`;
    }
    push(f, quoteFrom, quoteTo, label);
  }
  return out.sort((a, b) => a.index - b.index);
}
