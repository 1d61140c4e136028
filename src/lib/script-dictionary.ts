/**
 * The reviewed project dictionary: phrase fixes applied after OpenCC cn→tw.
 * Each entry is [what OpenCC writes, what the traditional page must say], and
 * each has a golden test in test/unit/script.test.ts. Add an entry only with a
 * test, and only for wording that occurs (or will occur) in the cases.
 */
export const projectDictionary: [string, string][] = [
  // 发布: the Ministry of Education's standard form is 發布.
  ['發佈', '發布'],
  // 系 meaning “is” (问题系工艺调整后突发状况, 当事人系首次违法) is 係.
  ['系首次', '係首次'],
  ['系工藝', '係工藝'],
];
