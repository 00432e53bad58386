// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { renderMarkdown, renderMarkdownNotes } from '../../../renderer/markdown.ts';

describe('notes in Markdown', () => {
  it('renders emphasis, lists and links, with safe links', () => {
    const html = renderMarkdown('**Key**: see [the report](https://example.org/r)\n\n- one\n- two');
    expect(html).toContain('<strong>Key</strong>');
    expect(html).toContain('<li>one</li>');
    expect(html).toContain('<a href="https://example.org/r" rel="noopener noreferrer">the report</a>');
  });

  it.each([
    '<script>alert(1)</script>',
    '<img src=x onerror=alert(1)>',
    '[click](javascript:alert(1))',
    '[data](data:text/html;base64,PHNjcmlwdD4=)',
    '<iframe src="https://evil.example"></iframe>',
    '<a href="javascript:alert(1)" onclick="alert(1)">x</a>',
  ])('keeps %s as harmless text', (source) => {
    const container = document.createElement('div');
    container.innerHTML = renderMarkdown(source);
    expect(container.querySelector('script, img, iframe, object, embed')).toBeNull();
    for (const element of container.querySelectorAll('*')) {
      expect([...element.attributes].filter((attribute) => attribute.name.startsWith('on'))).toEqual([]);
    }
    for (const link of container.querySelectorAll('a')) expect(link.getAttribute('href') ?? '').toMatch(/^https?:/);
  });

  it('renders many notes at once exactly as one at a time, each in its place', () => {
    const notes = [
      '**Key**: see [the report](https://example.org/r)',
      '- one\n- two',
      '<script>alert(1)</script> and [x](javascript:alert(1))',
      '![chart](https://evil.example/c.png) after',
      '**Key**: see [the report](https://example.org/r)',
    ];
    expect(renderMarkdownNotes(notes)).toEqual(notes.map(renderMarkdown));
    expect(renderMarkdownNotes([])).toEqual([]);
  });
});
