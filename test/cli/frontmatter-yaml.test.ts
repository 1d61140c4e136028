import { describe, expect, test } from 'vitest';
import { parse } from 'yaml';
import { yamlScalar } from '../../cli/frontmatter-yaml.ts';

describe('yamlScalar', () => {
  test.each(['中卫市“三减”执法模式', '检查频次同比下降35.86%', '“白名单”企业49家'])(
    'writes %s plain, as the committed files do',
    (value) => expect(yamlScalar(value)).toBe(value),
  );

  test.each(['2025', '640500', 'yes', 'on', 'a: b', '#x', '- a', '[1]', '', 'x '])(
    'quotes %j, which YAML would read as something else, and reads back the same text',
    (value) => {
      expect(yamlScalar(value)).toBe(JSON.stringify(value));
      expect(parse(`v: ${yamlScalar(value)}`).v).toBe(value);
    },
  );
});
