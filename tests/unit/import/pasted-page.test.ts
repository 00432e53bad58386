import { describe, expect, it } from 'vitest';
import { preferPageStructure, type PastedReadings } from '../../../shared/pasted-page.ts';
import { MAX_IMPORT_BYTES } from '../../../shared/import.ts';
import { pastedPageHtml, readDataTransfer } from '../../../renderer/import/sources.ts';

describe('which reading of a paste is kept (preferPageStructure)', () => {
  const cases: Array<[why: string, readings: PastedReadings, pageStructure: boolean]> = [
    ['a story with a heading, most of the copy’s words', { pageHeading: 'Port clears backlog', pageWords: 240, copiedWords: 330 }, true],
    ['a short story on a page heavy with menus and lists', { pageHeading: 'Port clears backlog', pageWords: 120, copiedWords: 590 }, true],
    ['no heading to name it (a word processor’s copy)', { pageHeading: null, pageWords: 240, copiedWords: 250 }, false],
    ['a blank heading', { pageHeading: '  ', pageWords: 240, copiedWords: 250 }, false],
    ['no story found in the structure', { pageHeading: 'Port clears backlog', pageWords: null, copiedWords: 250 }, false],
    ['too few words for a story', { pageHeading: 'Port clears backlog', pageWords: 29, copiedWords: 35 }, false],
    ['just enough words for a story', { pageHeading: 'Port clears backlog', pageWords: 30, copiedWords: 35 }, true],
    ['a fragment of a long copy (a caption, a box)', { pageHeading: 'Port clears backlog', pageWords: 90, copiedWords: 1200 }, false],
    ['captions and alt text the plain text leaves out', { pageHeading: 'Port clears backlog', pageWords: 215, copiedWords: 180 }, true],
    ['much more text than the copy shows (hidden text)', { pageHeading: 'Port clears backlog', pageWords: 900, copiedWords: 300 }, false],
  ];
  it.each(cases)('%s', (_why, readings, pageStructure) => {
    expect(preferPageStructure(readings)).toBe(pageStructure);
  });
});

/** What a paste event's clipboardData holds: only the flavours given, no files. */
function clipboard(flavours: Record<string, string>): DataTransfer {
  return { files: [], items: [], types: Object.keys(flavours), getData: (type: string) => flavours[type] ?? '' } as unknown as DataTransfer;
}

describe('reading a paste’s flavours (readDataTransfer)', () => {
  const story = 'The Port of Valdmar cleared a backlog of more than forty container ships this week.';

  it('keeps a browser copy’s page structure with its text', () => {
    const html = `<h1>Port clears backlog</h1><p>${story}</p>`;
    expect(readDataTransfer(clipboard({ 'text/plain': story, 'text/html': html }))).toEqual({ sources: [], text: story, html });
  });

  it('has no structure for a plain-text copy, and none for links', () => {
    expect(readDataTransfer(clipboard({ 'text/plain': story }))).toEqual({ sources: [], text: story, html: null });
    const link = 'https://news.example/valdmar';
    expect(readDataTransfer(clipboard({ 'text/plain': link, 'text/html': `<a href="${link}">${link}</a>` }))).toEqual({
      sources: [{ kind: 'url', url: link }],
      text: null,
      html: null,
    });
  });

  it('sends no structure that is blank or over the import limit (the text still goes)', () => {
    expect(pastedPageHtml(' \n')).toBeNull();
    expect(pastedPageHtml('x'.repeat(MAX_IMPORT_BYTES + 1))).toBeNull();
    expect(pastedPageHtml('<p>a</p>')).toBe('<p>a</p>');
  });
});
