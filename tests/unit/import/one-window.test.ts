import { describe, expect, it } from 'vitest';
import { extractDocument } from '../../../electron/import/document.ts';

const STORY = Array.from({ length: 6 }, (_, i) => `<p>Paragraph ${i + 1}: the harbour office said ships queued for fewer days after the inspection desk moved inland this spring.</p>`).join('\n');

function page(title: string, extra: string): string {
  return `<!doctype html><html lang="en"><head><title>${title}</title></head><body><article><h1>${title}</h1>${extra}\n${STORY}</article></body></html>`;
}

const read = (source: string, baseUrl: string | null, label: string) => extractDocument({ kind: 'html', source, baseUrl, label });

describe('pages read one after another (one jsdom window, a document of its own each)', () => {
  it('resolves each page’s relative links against its own address, and drops them where a page has none', () => {
    const link = '<p>Read <a href="/notices/42">the notice</a> from the harbour office before the ships arrive at the quay.</p>';
    const first = read(page('First port report', link), 'https://one.example/news/a', 'first');
    const saved = read(page('Saved port report', link), null, 'saved.html');
    const third = read(page('Third port report', link), 'https://three.example/b', 'third');
    expect(first.html).toContain('href="https://one.example/notices/42"');
    expect(saved.html).not.toContain('/notices/42');
    expect(saved.text).toContain('the notice');
    expect(third.html).toContain('href="https://three.example/notices/42"');
  });

  it('reads a page whose elements are named after the document’s methods, and the next page as well', () => {
    const clobbering =
      '<img name="querySelectorAll" src="https://img.example/a.png" width="40" height="20"><form name="getElementsByTagName"><input name="attributes"></form>';
    const first = read(page('Named elements report', clobbering), 'https://one.example/', 'named');
    const next = read(page('Plain port report', ''), 'https://two.example/', 'plain');
    expect(first.title).toBe('Named elements report');
    expect(first.html).not.toMatch(/name="/);
    expect(next.title).toBe('Plain port report');
    expect(next.text).toContain('Paragraph 6');
    expect(next.images).toEqual([]);
  });
});
