/**
 * Known repairs of mojibake in the raw texts, applied by the importer only
 * where the exact garbled span is found (see `applyKnownRepairs` in
 * cli/import/repair.ts). Nothing here is a guess: each garbled span decodes, when
 * its GBK bytes are shifted by one byte, to the repaired wording (traditional
 * script in the mirror), and five of them are confirmed by the simplified copy
 * and the seeds README. The repaired wording is written in simplified script,
 * as published.
 *
 * `garbled` is the span as it is in the raw file after CRLF normalisation,
 * including the pinyin remnant that the garbling glued to it (`?shù)`).
 */
import type { KnownRepair } from './repair.ts';

const file002 = '002_65e501e41d808b38.txt';

export const knownRepairs: readonly KnownRepair[] = [
  {
    file: file002,
    garbled: '?。ㄒ唬\ue7ed娀瘮?shù)',
    repaired: '（一）强化数',
    evidence: '简体转载本：“（一）强化数字技术赋能，探索创新智慧监管。”',
  },
  {
    file: file002,
    garbled: '?。ǘ\ue46a┤\ue080嫱七M',
    repaired: '（二）全面推进',
    evidence:
      'GBK 字节错位一字节后解码为“（二）全面推進”；上下文：（二）全面推进“体检式监管服务型执法”新模式。',
  },
  {
    file: file002,
    garbled: '?。ㄈ\ue40c┤\ue080鎸崿F(xiàn)',
    repaired: '（三）全面实现',
    evidence:
      'GBK 字节错位一字节后解码为“（三）全面實現”；上下文：（三）全面实现执法音像实时入云。',
  },
  {
    file: file002,
    garbled: '?。ǘ\ue46a┓\ue848招蛨?zhí)',
    repaired: '（二）服务型执',
    evidence:
      'GBK 字节错位一字节后解码为“（二）服務型執”；三、经验启示：（二）服务型执法是优化营商环境的重要抓手。',
  },
  {
    file: file002,
    garbled: '?。ㄈ\ue40c┌\ue3d3輰徤鞅O(jiān)',
    repaired: '（三）包容审慎监',
    evidence:
      'GBK 字节错位一字节后解码为“（三）包容審慎監”；三、经验启示：（三）包容审慎监管是激发市场活力的制度保障。',
  },
  {
    file: file002,
    garbled: '?!袄ザ紒鰠^(qū)',
    repaired: '。“昆都仑区',
    evidence: 'GBK 字节错位一字节后解码为“。“昆都侖區”（包头市昆都仑区）；案名以右引号”结束。',
  },
  {
    file: file002,
    garbled: '??彬炃?',
    repaired: '。勘验前',
    evidence: 'GBK 字节错位一字节后解码为“。勘驗前”；下文对应“勘验结束后”。',
  },
  {
    file: file002,
    garbled: '富?!钡膬?yōu)',
    repaired: '富裕”的优',
    evidence: 'GBK 字节错位一字节后解码为“富裕”的優”；上文引号内为“数据赋能、带动就业、共同富裕”。',
  },
];
