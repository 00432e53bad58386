import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { insertArticle } from '../../../electron/library/articles.ts';
import { createHighlight } from '../../../electron/library/highlights.ts';
import { openLibrary, type Library } from '../../../electron/library/library.ts';
import { saveArticleNote } from '../../../electron/library/notes.ts';
import { search } from '../../../electron/library/search.ts';
import { searchRequestSchema, type SearchHit } from '../../../shared/search/model.ts';
import { modelNumberForms, toMatchExpression } from '../../../shared/search/query.ts';
import { MATCH_END, MATCH_START } from '../../../shared/search/snippet.ts';
import { makeArticle } from '../../helpers/articles.ts';
import { tempDir } from '../../helpers/temp.ts';

/** One article per way a model number is written, each naming it once. */
const ARTICLES = {
  's400': 'Ankara took delivery of the S-400 in July.',
  's400s': 'Two batteries of S-400s were seen near the coast.',
  's400possessive': "The S-400's radar was switched on at dawn.",
  's400curly': 'Officials doubted the S-400’s range claims.',
  'f16s': 'The request for F-16s stalled in committee.',
  'f16': 'A single F-16 escorted the convoy.',
  'su35s': 'Su-35s flew over the strait on Tuesday.',
  't72s': 'Columns of T72s moved north overnight.',
  's4000': 'A rival S-4000 design was never built.',
  'b52s': 'B-52s, the oldest bombers, took part.',
  'plain': 'A ceasefire was agreed after talks on grain.',
} as const;

type Key = keyof typeof ARTICLES;

let lib: Library;
const ids = {} as Record<Key, number>;

beforeAll(() => {
  lib = openLibrary(tempDir('search-model-numbers'));
  for (const [key, paragraph] of Object.entries(ARTICLES)) {
    ids[key as Key] = insertArticle(lib.db, makeArticle({ title: `Report ${key}`, paragraphs: [paragraph] }));
  }
});

afterAll(() => lib.close());

function find(query: string): SearchHit[] {
  return search(lib.db, searchRequestSchema.parse({ query, filters: {}, limit: 50 })).hits;
}

function articlesFound(query: string): Key[] {
  const byId = new Map(Object.entries(ids).map(([key, id]) => [id, key as Key]));
  return find(query)
    .filter((hit) => hit.kind === 'article')
    .map((hit) => byId.get(hit.articleId)!)
    .sort();
}

describe('searching for a model number finds its plural and possessive', () => {
  it.each<[query: string, found: Key[]]>([
    ['S-400', ['s400', 's400curly', 's400possessive', 's400s']],
    ['s-400', ['s400', 's400curly', 's400possessive', 's400s']],
    ['S-400s', ['s400', 's400curly', 's400possessive', 's400s']],
    ["S-400's", ['s400', 's400curly', 's400possessive', 's400s']],
    ['F-16', ['f16', 'f16s']],
    ['F-16s', ['f16', 'f16s']],
    ['Su-35', ['su35s']],
    ['T72', ['t72s']],
    ['B-52', ['b52s']],
    // The plural ending is an "s", not any further digits.
    ['S-4000', ['s4000']],
    // Quoted, a phrase is searched exactly as written.
    ['"S-400s"', ['s400s']],
    // Excluded, every form is excluded.
    ['delivery -S-400', []],
    ['S-400 OR F-16', ['f16', 'f16s', 's400', 's400curly', 's400possessive', 's400s']],
    ['S-400 radar', ['s400possessive']],
  ])('"%s" finds %j', (query, found) => {
    expect(articlesFound(query)).toEqual(found);
  });

  it('marks the whole plural in the snippet and points the reader at it', () => {
    const [hit] = find('S-400').filter((h) => h.articleId === ids.s400s);
    expect(hit!.snippet).toContain(`${MATCH_START}S-400s${MATCH_END}`);
    const text = ARTICLES.s400s;
    expect(hit!.offset).toBe(text.indexOf('S-400s'));
    expect(hit!.length).toBe('S-400s'.length);
  });

  it('finds the plural in highlights and notes as well', () => {
    const articleId = ids.plain;
    const highlightId = createHighlight(lib.db, { articleId, start: 2, end: 11, color: 'yellow', note: 'Compare with the F-16s sold last year' }, '2026-11-01T10:00:00.000Z').id;
    saveArticleNote(lib.db, articleId, 'Ask about the Su-35s too.', '2026-11-01T10:00:00.000Z');
    expect(find('F-16').some((hit) => hit.kind === 'highlight' && hit.highlightId === highlightId)).toBe(true);
    expect(find('Su-35').some((hit) => hit.kind === 'note' && hit.articleId === articleId)).toBe(true);
  });
});

describe('the forms a typed word is searched in', () => {
  it.each<[typed: string, forms: string[]]>([
    ['S-400', ['S-400', 'S-400s']],
    ['S-400s', ['S-400', 'S-400s']],
    ["F-16's", ['F-16', 'F-16s']],
    ['F-16’s', ['F-16', 'F-16s']],
    ['B-52s,', ['B-52', 'B-52s']],
    ['MiG-29', ['MiG-29', 'MiG-29s']],
    ['T72', ['T72', 'T72s']],
    // No letter: a year or a figure is not a model number.
    ['2024', ['2024']],
    ['1990s', ['1990s']],
    ['400', ['400']],
    // Not ending in a digit.
    ['well-known', ['well-known']],
    ['S-400x', ['S-400x']],
    ['ceasefire', ['ceasefire']],
  ])('%s → %j', (typed, forms) => {
    expect(modelNumberForms(typed)).toEqual(forms);
  });

  it.each([
    ['S-400', '("S-400" OR "S-400s")'],
    ['S-400*', '"S-400"*'],
    ['"S-400"', '"S-400"'],
    ['treaty -F-16s', '"treaty" NOT ("F-16" OR "F-16s")'],
  ])('%s reads as %s', (typed, expression) => {
    expect(toMatchExpression(typed)).toBe(expression);
  });
});
