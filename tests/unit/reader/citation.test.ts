import { describe, expect, it } from 'vitest';
import { formatCitation, quotedPassage, quoteText } from '../../../shared/citation.ts';

const day = (iso: string | null) => (iso ? iso.slice(0, 10) : null);

const source = {
  title: 'Northern corridor ports report shorter queues',
  siteName: 'Sample Wire',
  url: 'https://wire.example/ports',
  publishedAt: '2026-03-02T08:00:00.000Z',
  savedAt: '2026-03-05T10:00:00.000Z',
};

describe('a quote with its citation', () => {
  it('reads “quote” — Title, Site, URL (date)', () => {
    expect(formatCitation('moved customs inspections from the quay', source, day)).toBe(
      '“moved customs inspections from the quay” — Northern corridor ports report shorter queues, Sample Wire, https://wire.example/ports (2026-03-02)',
    );
  });

  it('puts a passage over several paragraphs on one line', () => {
    expect(quoteText('  four.\n\nOfficials\tcredited  the\nrule ')).toBe('four. Officials credited the rule');
    expect(formatCitation('four.\n\nOfficials credited', source, day)).toMatch(/^“four\. Officials credited” — /);
  });

  it('leaves out what the article lacks, and gives the saved date as the date accessed', () => {
    const bare = { title: 'Pasted notes', siteName: null, url: null, publishedAt: null, savedAt: '2026-03-05T10:00:00.000Z' };
    expect(formatCitation('a step', bare, day)).toBe('“a step” — Pasted notes (accessed 2026-03-05)');
    expect(formatCitation('a step', { ...bare, savedAt: null }, day)).toBe('“a step” — Pasted notes');
  });

  it('names a site once when its name is its address', () => {
    expect(formatCitation('x', { ...source, siteName: 'https://wire.example/ports' }, day)).toBe(
      '“x” — Northern corridor ports report shorter queues, https://wire.example/ports (2026-03-02)',
    );
  });
});

describe('a passage in quote marks', () => {
  it('keeps the quote marks a highlight took with its passage, once', () => {
    expect(quotedPassage('“We will not reopen the quay.”')).toBe('“We will not reopen the quay.”');
    expect(quotedPassage('"We will not reopen the quay."')).toBe('“We will not reopen the quay.”');
    expect(quotedPassage('«Nous restons.»')).toBe('“Nous restons.”');
    expect(formatCitation('“Queues halved.”', source, day)).toMatch(/^“Queues halved\.” — /);
  });

  it('turns quotations inside a longer passage into single quote marks', () => {
    expect(quotedPassage('“We will not reopen the quay,” the minister said.')).toBe('“‘We will not reopen the quay,’ the minister said.”');
    expect(quotedPassage('He called it "workable", not "good".')).toBe('“He called it ‘workable’, not ‘good’.”');
    expect(quotedPassage('“Yes” and “no”')).toBe('“‘Yes’ and ‘no’”');
  });

  it('leaves apostrophes and a plain passage alone', () => {
    expect(quotedPassage('the port’s   busiest\nmonth')).toBe('“the port’s busiest month”');
  });
});
