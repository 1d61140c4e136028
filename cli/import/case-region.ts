/**
 * The region of a draft case, never guessed silently:
 * - the most specific division the text names (title first, then the unit's name, then the body);
 * - when it names several places that are not on one line of descent, the level they share,
 *   said in a note;
 * - when it is anonymised (`某市某区司法局`, `某盟某旗`), the province of the publisher
 *   (`自治区司法厅` with 盟/旗 → 内蒙古), and a placeholder for the rest;
 * - otherwise a placeholder.
 */
import {
  containsDivision,
  divisionByCode,
  divisionChain,
  findDivisions,
  regionOf,
  type Division,
  type DivisionMention,
} from '../../src/model/regions.ts';
import { PLACEHOLDER_CODE, todo } from '../../src/model/placeholders.ts';

/** A region as a draft writes it: names may be placeholders (`TODO-…`), the code `000000`. */
export interface RegionDraft {
  province: string;
  city?: string;
  county?: string;
  code: string;
}

export interface RegionResult {
  region: RegionDraft;
  /** What the reviewer should know about how it was found, in Chinese; empty when the text is plain. */
  notes: string[];
  /** The division found, when there is one. */
  division?: Division;
  /** The text is anonymised. */
  anonymised: boolean;
}

const ANONYMISED = /某(省|自治区|市|州|盟|地区|县|区|旗|镇|乡|街道)/;

/** Each mention's division, chosen among its candidates by the others (通州区 with 北京 is Beijing's). */
export function resolveMentions(
  mentions: DivisionMention[],
  context: Division[] = [],
): {
  divisions: Division[];
  ambiguous: DivisionMention[];
} {
  const unique = mentions.filter((m) => m.candidates.length === 1).map((m) => m.candidates[0]!);
  const anchors = [...unique, ...context];
  const divisions: Division[] = [...unique];
  const ambiguous: DivisionMention[] = [];
  for (const m of mentions.filter((x) => x.candidates.length > 1)) {
    const related = m.candidates.filter((c) =>
      anchors.some((a) => containsDivision(a, c) || containsDivision(c, a)),
    );
    if (related.length === 1) divisions.push(related[0]!);
    else {
      const provinces = m.candidates.filter((c) => c.level === 'province');
      if (!anchors.length && provinces.length === 1) divisions.push(provinces[0]!);
      else ambiguous.push(m);
    }
  }
  return { divisions, ambiguous };
}

/** The most specific division when all lie on one line of descent, else the deepest they share. */
export function sharedDivision(divisions: Division[]): { division?: Division; branched: boolean } {
  if (!divisions.length) return { branched: false };
  const deepest = [...divisions].sort(
    (a, b) => divisionChain(b).length - divisionChain(a).length,
  )[0]!;
  if (divisions.every((d) => containsDivision(d, deepest)))
    return { division: deepest, branched: false };
  const chains = divisions.map(divisionChain);
  let shared: Division | undefined;
  for (let level = 0; ; level++) {
    const at = chains.map((c) => c[level]?.code);
    if (at.some((code) => !code || code !== at[0])) break;
    shared = chains[0]![level];
  }
  return { ...(shared ? { division: shared } : {}), branched: true };
}

const placeName = (d: Division) => {
  const r = regionOf(d);
  return [r.province, r.city, r.county].filter(Boolean).join('');
};

/** `宁夏回族自治区公安厅`, `省药监局`: a department of the province itself. */
const provinceDepartment = (title: string, province: Division) => {
  const names = [
    province.name,
    province.name.replace(/(省|市|壮族自治区|回族自治区|维吾尔自治区|自治区)$/, ''),
  ];
  return names.some((n) =>
    new RegExp(`${n}(?:人民政府)?[^“”，。、\\s]{0,6}?(厅|局|委员会|委|办公室|总队)`).test(title),
  );
};

/** The province a publisher stands for: named (`江苏省司法厅`), or 自治区 + 盟/旗 → 内蒙古. */
export function publisherProvince(publisher: string, text: string): Division | undefined {
  const named = resolveMentions(findDivisions(publisher)).divisions[0];
  if (named) return divisionByCode(named.provinceCode);
  if (/自治区/.test(publisher) && /盟|旗/.test(text)) return divisionByCode('150000');
  return undefined;
}

export interface RegionInputs {
  title: string;
  /** The unit named with the case heading, if any. */
  unit?: string;
  body: string;
  /** Who published the batch (byline, or an organisation the introduction names). */
  publisher?: string;
  /** Text of the whole batch, to tell 盟/旗 and the like. */
  batchText?: string;
}

function fromMentions(text: string): ReturnType<typeof sharedDivision> & { mentioned: Division[] } {
  const { divisions } = resolveMentions(findDivisions(text));
  return { ...sharedDivision(divisions), mentioned: divisions };
}

export function caseRegion(inputs: RegionInputs): RegionResult {
  const notes: string[] = [];
  const heading = [inputs.title, inputs.unit ?? ''].join(' ');
  const fromTitle = fromMentions(heading);
  const anonymised =
    ANONYMISED.test(heading) || (!fromTitle.division && ANONYMISED.test(inputs.body));
  let found: Division | undefined;

  if (fromTitle.division && !fromTitle.branched) {
    found = fromTitle.division;
    // A title that names only a province (北京市破解…) is refined by the body, unless it is a department of the province.
    if (found.level === 'province' && !provinceDepartment(heading, found)) {
      const paragraphs = inputs.body.split('\n').slice(0, 2).join('\n');
      const inside = (text: string) =>
        resolveMentions(findDivisions(text), [found!]).divisions.filter((d) =>
          containsDivision(found!, d),
        );
      const body = sharedDivision(
        inside(paragraphs).length ? inside(paragraphs) : inside(inputs.body),
      );
      if (body.division) {
        if (body.branched)
          notes.push(
            `标题只写了${found.name}，正文提到其下多个地区，取它们共同的上级${placeName(body.division)}`,
          );
        found = body.division;
      }
    }
  } else {
    const source = fromTitle.branched ? fromTitle : fromMentions(inputs.body);
    if (source.branched) {
      const names = [...new Set(source.mentioned.map(placeName))].join('、');
      notes.push(
        source.division
          ? `文中提到多个地区（${names}），取它们共同的上级${placeName(source.division)}`
          : `文中提到不同省份的地区（${names}），没有共同的上级`,
      );
    }
    found = source.division;
  }

  if (found && !(anonymised && found.level === 'province' && !fromTitle.division)) {
    return { region: regionOf(found), notes, division: found, anonymised };
  }

  if (anonymised) {
    const text = `${heading}\n${inputs.body}`;
    const word = text.match(ANONYMISED)![0];
    const cityWord = /某(市|州|盟|地区)/.exec(text)?.[0];
    const countyWord = /某(县|区|旗)/.exec(text)?.[0];
    const province =
      found ??
      (inputs.publisher
        ? publisherProvince(inputs.publisher, inputs.batchText ?? inputs.body)
        : undefined);
    const fill = (w: string) =>
      todo(`原文匿名为“${w}”：能从原文或发布单位查明时填写并改正 code，查不明时删除这一行`);
    if (province) {
      notes.push(
        `原文匿名（“${[cityWord, countyWord].filter(Boolean).join('') || word}”），省份取自${found ? '正文' : `发布单位“${inputs.publisher}”`}：${province.name}`,
      );
      return {
        region: {
          province: province.name,
          ...(cityWord ? { city: fill(cityWord) } : {}),
          ...(countyWord ? { county: fill(countyWord) } : {}),
          ...(!cityWord && !countyWord ? { city: fill(word) } : {}),
          code: province.code,
        },
        notes,
        division: province,
        anonymised,
      };
    }
    notes.push(`原文匿名（“${word}”），也没有写明发布单位所在的省份`);
    return {
      region: {
        province: todo(`填写省份（原文匿名为“${word}”，发布单位未写明省份）`),
        code: PLACEHOLDER_CODE,
      },
      notes,
      anonymised,
    };
  }

  return {
    region: { province: todo('填写省份（原文没有写明地区）'), code: PLACEHOLDER_CODE },
    notes: [...notes, '原文没有写明案例所在的地区'],
    anonymised,
  };
}
