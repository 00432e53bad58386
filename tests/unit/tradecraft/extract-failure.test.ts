/**
 * A names reader that fails on some text must not cost the analyst the article: the import saves it with its dates
 * and without names, and the failure is logged (a Ukrainian committee's name once threw inside the names reader).
 */
import { afterEach, describe, expect, it, vi } from 'vitest';

vi.mock('../../../shared/tradecraft/entities.ts', () => ({
  extractEntities: () => {
    throw new TypeError('a head the table does not hold');
  },
}));

const { extractArticle } = await import('../../../shared/tradecraft/extract.ts');

afterEach(() => {
  vi.restoreAllMocks();
});

describe('an article whose names cannot be read', () => {
  it('keeps its dates, gives no names and logs why', () => {
    const logged = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const extraction = extractArticle({
      text: 'The customs committee met on 3 March 2026 and agreed new rules for the port.',
      lang: 'en',
      publishedAt: '2026-03-04T00:00:00.000Z',
      capturedAt: '2026-03-05T00:00:00.000Z',
    });
    expect(extraction.entities).toEqual([]);
    expect(extraction.events.map((event) => event.date)).toContain('2026-03-03');
    expect(logged).toHaveBeenCalledWith(expect.stringContaining('names of an article failed'), expect.any(TypeError));
  });
});
