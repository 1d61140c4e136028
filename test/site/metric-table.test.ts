import { metricKinds } from '../../src/model/schema/case.ts';
import { describe, expect, test } from 'vitest';
import { metricGroups } from '../../src/site/metric-table.ts';

describe('metricGroups', () => {
  test('groups every metric by kind in the schema order, each with its paragraph', () => {
    const groups = metricGroups([
      {
        id: 'a',
        body: '## 基本情况\n\n甲段，检查频次同比下降35.86%。\n\n乙段，挽回损失12万元。',
        data: {
          title: '甲',
          region: { province: '宁夏回族自治区', city: '中卫市', code: '640500' },
          metrics: [
            {
              label: '挽回损失',
              value: 12,
              unit: '万元',
              quote: '挽回损失12万元',
              kind: '经济效益',
            },
            {
              label: '检查频次同比下降',
              value: 35.86,
              unit: '%',
              quote: '检查频次同比下降35.86%',
              kind: '检查频次',
            },
          ],
        },
      },
    ]);
    expect(groups.map((g) => g.kind)).toEqual([...metricKinds]);
    expect(groups.map((g) => g.kind).slice(0, 3)).toEqual(['检查频次', '处罚裁量', '经济效益']);
    expect(groups[0]!.rows).toEqual([
      expect.objectContaining({
        caseId: 'a',
        region: '宁夏回族自治区 中卫市',
        value: 35.86,
        paragraph: 1,
      }),
    ]);
    expect(groups[2]!.rows[0]!.paragraph).toBe(2);
    expect(groups[1]!.rows).toEqual([]);
  });
});
