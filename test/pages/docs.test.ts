/** The documentation pages: one per file in content/docs, in both scripts, in every footer. */
import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { distFiles, readDist, visibleText } from '../support/dist.ts';
import { contentDocs } from '../support/content.ts';
import { loadToHant } from '../../src/i18n/convert.ts';

const docs = contentDocs();
const contributingMd = new URL('../../CONTRIBUTING.md', import.meta.url);

describe('the documentation pages', () => {
  test('exist for every file in content/docs, in both scripts, with ASCII slugs', async () => {
    const toHant = await loadToHant();
    expect(docs.map((d) => d.id)).toEqual(
      expect.arrayContaining(['about', 'guide', 'data', 'contributing']),
    );
    for (const doc of docs) {
      expect(doc.id).toMatch(/^[a-z0-9-]+$/);
      const hans = readDist(`zh-hans/docs/${doc.id}/index.html`);
      const hant = readDist(`zh-hant/docs/${doc.id}/index.html`);
      expect(hans).toContain(`<title>${doc.data.title} · `);
      expect(hant).toContain(`<title>${toHant(doc.data.title)} · `);
      expect(hant).toContain('lang="zh-Hant"');
    }
  });

  test('are listed in the footer of every page, in order', () => {
    const ordered = [...docs]
      .sort((a, b) => (a.data.order ?? 100) - (b.data.order ?? 100))
      .map((d) => d.id);
    for (const file of distFiles(/\/zh-han[st]\/.*index\.html$/)) {
      const script = file.slice(0, 7);
      const html = readDist(file);
      const footer = html.slice(html.lastIndexOf('<footer'));
      const linked = [...footer.matchAll(new RegExp(`href="/${script}/docs/([^/]+)/"`, 'g'))].map(
        (m) => m[1],
      );
      expect(linked, file).toEqual(ordered);
    }
  });

  test('the contributing page shows CONTRIBUTING.md when the repository has one', () => {
    const text = visibleText(readDist('zh-hans/docs/contributing/index.html'));
    if (existsSync(contributingMd)) {
      const firstLine = readFileSync(contributingMd, 'utf8')
        .split('\n')
        .find((l) => /\p{Script=Han}/u.test(l) && !l.startsWith('#'))!;
      const words = firstLine
        .replace(/[`*_[\]()#>]/g, '')
        .trim()
        .slice(0, 12);
      expect(text).toContain(words);
    } else {
      expect(text).toContain('CONTRIBUTING.md');
    }
  });
});
