import type { Script } from './script.ts';

/**
 * Picks the script from the reader's language preferences, first Chinese tag
 * wins: zh-TW, zh-HK, zh-MO and any `Hant` tag → traditional; other Chinese
 * tags, and no Chinese at all → simplified.
 */
export function preferredScript(languages: readonly string[]): Script {
  for (const raw of languages) {
    const tag = raw.toLowerCase();
    if (!tag.startsWith('zh') && !tag.startsWith('yue')) continue;
    if (/(^|-)hant(-|$)|^zh-(tw|hk|mo)\b|^yue/.test(tag)) return 'zh-hant';
    return 'zh-hans';
  }
  return 'zh-hans';
}
