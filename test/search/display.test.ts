import { describe, expect, test } from 'vitest';
import { displayExcerpt } from '../../src/search/display.ts';
import { loadToHant } from '../../src/i18n/convert.ts';

describe('displayExcerpt', () => {
  test('converts the excerpt as one text and keeps the marks where they were', async () => {
    const toHant = await loadToHant();
    // 联系点 converts as a phrase (聯繫點), across the mark.
    expect(displayExcerpt('设立<mark>联系</mark>点，答复企业', toHant)).toEqual([
      ['設立', false],
      ['聯繫', true],
      ['點，答覆企業', false],
    ]);
  });

  test('reads the entities Pagefind writes and drops any other markup', () => {
    expect(displayExcerpt('a &lt;b&gt; &amp; <mark>c</mark><i>d</i>', (t) => t)).toEqual([
      ['a <b> & ', false],
      ['c', true],
      ['d', false],
    ]);
  });

  test('converts piece by piece when a conversion changes the length', () => {
    const longer = (text: string) => text.replace(/x/g, 'xx');
    expect(displayExcerpt('ax<mark>x</mark>b', longer)).toEqual([
      ['axx', false],
      ['xx', true],
      ['b', false],
    ]);
  });
});
