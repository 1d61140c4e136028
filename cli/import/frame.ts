/**
 * What frames the published text, around the cases: at the top, a news article's headline,
 * byline (`某某日报·客户端 2025-11-20 09:30:12`) and reporter line (`记者 某某 通讯员 某某`), or
 * a page address; at the end, the editor and author lines. None of them is a case heading.
 */
import { TERMINAL, type Line } from './lines.ts';

export interface Byline {
  line: Line;
  /** Who published it, as the byline says (`法治日报`), when it does. */
  publisher?: string;
  /** `YYYY-MM-DD`. */
  date: string;
}

export interface Frame {
  headline?: Line[];
  byline?: Byline;
  reporter?: Line;
  /** A page address on a line of its own (`http://…/202511/t20251120_….html`). */
  url?: { line: Line; href: string; date?: string };
  editor?: string;
  author?: string;
  /** The author line as published, e.g. （作者系泰兴市人民政府市长）. */
  authorLine?: string;
  /** The lines between the frame's top and bottom. */
  body: Line[];
}

const DATE = /(20\d{2}|19\d{2})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?/;
const TIME = /\d{1,2}:\d{2}(?::\d{2})?/;
const LABELS =
  /(来源|发布时间|发布日期|时间|日期|作者|编辑|责任编辑|字号|浏览次数|点击数)\s*[:：]?/g;
const CHANNEL =
  /[·・|丨\s]*(新闻客户端|客户端|APP|app|官方网站|官网|网站|微信公众号|公众号|新闻网)$/;

const pad = (n: string) => n.padStart(2, '0');

/** A byline: a short line with a date (and a time), and little else but who published it. */
export function parseByline(line: Line): Byline | undefined {
  const text = line.text;
  const date = DATE.exec(text);
  if (!date || [...text].length > 60 || /[。！？；]$/.test(text)) return undefined;
  const rest = text
    .replace(DATE, ' ')
    .replace(TIME, ' ')
    .replace(LABELS, ' ')
    .replace(/[|丨/]/g, ' ')
    .trim();
  if ([...rest].length > 30 || /[，。；]/.test(rest)) return undefined;
  const publisher = rest.replace(/\s+/g, ' ').trim().split(' ')[0]?.replace(CHANNEL, '') ?? '';
  return {
    line,
    ...(publisher && [...publisher].length >= 2 ? { publisher } : {}),
    date: `${date[1]}-${pad(date[2]!)}-${pad(date[3]!)}`,
  };
}

const REPORTER = /^[（(]?(?:本报|本网|本台)?(?:特约)?(?:记者|通讯员|实习生|撰稿|文[/／])\s*\S/;
const EDITOR = /^(?:责任编辑|编辑|审核|校对)[:：]\s*(.+)$/;
const AUTHOR = /^[（(]作者(?:系|为)?(.+?)[)）]$/;
const URL_LINE = /^https?:\/\/\S+$/;

/** The date in a page address: `/202511/t20251120_…`, `/2025-10/29/`, `/20251120/`. */
export function urlDate(href: string): string | undefined {
  const m =
    /\/(20\d{2})(\d{2})\/t(20\d{2})(\d{2})(\d{2})_/.exec(href)?.slice(3) ??
    /\/(20\d{2})-(\d{2})\/(\d{2})\//.exec(href)?.slice(1) ??
    /\/(20\d{2})(\d{2})(\d{2})\//.exec(href)?.slice(1);
  return m ? `${m[0]}-${m[1]}-${m[2]}` : undefined;
}

export function frame(lines: Line[]): Frame {
  let body = [...lines];
  const f: Omit<Frame, 'body'> = {};

  // The end: editor and author lines, and an address.
  for (let k = 0; k < 6 && body.length; k++) {
    const last = body.at(-1)!;
    const ed = EDITOR.exec(last.text);
    const au = AUTHOR.exec(last.text);
    if (ed) f.editor ??= ed[1]!.trim();
    else if (au) {
      f.author = au[1]!.trim();
      f.authorLine = last.text;
    } else if (URL_LINE.test(last.text) && !f.url) {
      const date = urlDate(last.text);
      f.url = { line: last, href: last.text, ...(date ? { date } : {}) };
    } else break;
    body.pop();
  }

  // The top: an address, a headline, a byline, a reporter line.
  if (body[0] && URL_LINE.test(body[0].text) && !f.url) {
    const date = urlDate(body[0].text);
    f.url = { line: body[0], href: body[0].text, ...(date ? { date } : {}) };
    body = body.slice(1);
  }
  const at = body.slice(0, 5).findIndex((l) => parseByline(l));
  if (at !== -1) {
    const headline = body.slice(0, at);
    if (headline.every((l) => [...l.text].length <= 60 && !/[。！？；]$/.test(l.text))) {
      f.byline = parseByline(body[at]!)!;
      if (headline.length) f.headline = headline;
      body = body.slice(at + 1);
      if (body[0] && REPORTER.test(body[0].text) && [...body[0].text].length <= 40) {
        f.reporter = body[0];
        body = body.slice(1);
      }
    }
  }
  return { ...f, body };
}

/** The last line of the text, when it stops mid-sentence (a copy cut short). */
export function cutShort(body: Line[]): Line | undefined {
  const last = body.at(-1);
  return last && !TERMINAL.test(last.text) ? last : undefined;
}
