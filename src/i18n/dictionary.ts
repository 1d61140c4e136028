/**
 * The reviewed project dictionary: phrase fixes applied after OpenCC cn→tw.
 * Each entry is [what OpenCC writes, what the traditional page must say], and
 * each has a golden test in test/i18n/script.test.ts. Add an entry only with a
 * test, and only for wording that occurs (or will occur) in the cases.
 */
export const projectDictionary: [string, string][] = [
  // 布: OpenCC tw writes 佈, the Ministry of Education standard (and Taiwan's
  // government usage) for 发布 and 公布 is 布.
  ['發佈', '發布'],
  ['公佈', '公布'],
  // 系 meaning “is” (当事人系首次违法, 问题系工艺调整后, 作者系泰兴市…) is 係;
  // OpenCC leaves 系 (体系, 系统 stay 系).
  ['人系首次', '人係首次'],
  ['題系工藝', '題係工藝'],
  ['作者系', '作者係'],
  // 于 as a surname stays 于 (责任编辑：于璐), not 於.
  ['於璐', '于璐'],
];
