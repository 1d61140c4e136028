/**
 * Metric candidates: every figure with a unit in a case's body, with the
 * verbatim clause it comes from. Dates, years, ordinals (第3期, 第32条),
 * versions (3.0版), formulas (2+1+1, 1+2+2+2+10) and hotline numbers are not
 * figures. A range `1—2个工作日` gives its upper bound, labelled 上限.
 * Labels and kinds are first guesses for the reviewer.
 */
import type { Metric } from '../../src/model/schema/case.ts';

/** Units, longest first (so 个工作日 wins over 个). `日` counts only as `日内`. */
export const units = [
  '个工作日',
  '工作日',
  '平方米',
  '万人次',
  '人次',
  '班次',
  '批次',
  '万元',
  '亿元',
  '万次',
  '万件',
  '万户',
  '万人',
  '小时',
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
  '%',
  '万',
] as const;

const unitPattern = units.map((u) => u.replace(/[%]/g, '\\%')).join('|');
/**
 * number [— number] [余|多] unit — with 余/多 also allowed between 万 and its unit (28万余户, 7.2万余件).
 * Not preceded by a digit, `.`, `+`, `-` or 第; not followed by `+`.
 */
const figure = new RegExp(
  `(?<![\\d.+\\-第])(\\d+(?:\\.\\d+)?)(?:\\s*[—–~－-]\\s*(\\d+(?:\\.\\d+)?))?(余|多)?(万(?:余|多)?(?:元|次|件|户|人次|人)?|${unitPattern})(?![+])`,
  'g',
);

export interface MetricCandidate extends Metric {
  /** Offset of the figure in the text. */
  index: number;
}

const clauseBreak = /[，。；：！？\n]/;

/** The clause around `index` (between ，。；： and line ends), at most `max` characters. */
function clauseAround(text: string, start: number, end: number, max = 40): string {
  let from = start;
  while (from > 0 && !clauseBreak.test(text[from - 1]!)) from--;
  let to = end;
  while (to < text.length && !clauseBreak.test(text[to]!)) to++;
  // Too long: a window around the figure, cut at 、 when possible.
  while (to - from > max) {
    if (start - from > to - end) {
      const cut = text.indexOf('、', from);
      from = cut !== -1 && cut + 1 <= start ? cut + 1 : from + 1;
    } else {
      const cut = text.lastIndexOf('、', to - 1);
      to = cut !== -1 && cut >= end ? cut : to - 1;
    }
  }
  return text.slice(from, to);
}

/** A first guess of the kind of a figure, from its unit and the words around it. */
export function guessKind(unit: string, context: string): Metric['kind'] {
  if (/罚款|处罚金额|罚没|减免罚款/.test(context) && /元/.test(unit)) return '处罚裁量';
  if (/元/.test(unit)) return '经济效益';
  if (/工作日|小时|天|^日$|时限/.test(unit)) return '办理时限';
  if (/不予|从轻|减轻|免罚|轻罚|处罚/.test(context) && unit !== '%') return '处罚裁量';
  if (/检查频次|检查.*(下降|减少|压减)|联合检查|压减检查/.test(context)) return '检查频次';
  if (/时限|周期|缩短|压缩/.test(context)) return '办理时限';
  if (unit === '%') return '覆盖比例';
  return '工作量';
}

/** Finds every figure with a unit in `text` (a case's body without headings). */
export function findMetrics(text: string): MetricCandidate[] {
  const out: MetricCandidate[] = [];
  const seen = new Set<string>();
  for (const m of text.matchAll(figure)) {
    const [whole, low, high, , rawUnit] = m;
    const index = m.index!;
    const after = text.slice(index + whole.length, index + whole.length + 2);
    const unit = rawUnit!.replace(/[余多]/g, '');
    // 日 only as a time limit (3日内); 万 alone only before a noun (10万网友), never 万元-like units split.
    if (unit === '万' && /^[年月日]/.test(after)) continue;
    const valueText = high ?? low!;
    const value = Number(valueText);
    const quote = clauseAround(text, index, index + whole.length);
    const key = `${value}|${unit}|${after}`;
    if (seen.has(key)) continue;
    seen.add(key);
    const context = quote;
    let label = quote.replace(whole, '').replace(/^[、，\s]+|[、，\s]+$/g, '');
    if (high) label = `${label}（上限）`;
    if ([...label].length < 2) label = `${quote}`;
    if ([...label].length > 40) label = [...label].slice(0, 40).join('');
    out.push({ label, value, unit, quote, kind: guessKind(unit, context), index });
  }
  // 日内 (3日内, 1日内) is a time limit; other 日 are dates and never matched.
  for (const m of text.matchAll(/(?<![\d.月])(\d+)日内/g)) {
    const value = Number(m[1]);
    const quote = clauseAround(text, m.index!, m.index! + m[0].length);
    out.push({
      label: quote.replace(m[0], '').trim() || quote,
      value,
      unit: '日',
      quote,
      kind: '办理时限',
      index: m.index!,
    });
  }
  return out.sort((a, b) => a.index - b.index);
}
