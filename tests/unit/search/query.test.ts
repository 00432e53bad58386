import Database from 'better-sqlite3';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { foldForIndex, foldSql, searchKey } from '../../../shared/search/fold.ts';
import { MAX_QUERY_TERMS, toMatchExpression } from '../../../shared/search/query.ts';
import { snippetRanges, splitSnippet, MATCH_END, MATCH_START } from '../../../shared/search/snippet.ts';

describe('reading what a person types as an FTS5 query', () => {
  it.each([
    ['nato', '"nato"'],
    ['grain corridor', '("grain" AND "corridor")'],
    ['nato*', '"nato"*'],
    ['"border security"', '"border security"'],
    ['"border sec"*', '"border sec"*'],
    ['pipeline OR inspection', '("pipeline" OR "inspection")'],
    ['pipeline OR inspection corridor', '(("pipeline" OR "inspection") AND "corridor")'],
    ['a OR b OR c', '("a" OR "b" OR "c")'],
    ['treaty -ratification', '"treaty" NOT "ratification"'],
    ['treaty NOT ratification', '"treaty" NOT "ratification"'],
    ['treaty -"draft text"', '"treaty" NOT "draft text"'],
    ['grain AND corridor', '("grain" AND "corridor")'],
    ['well-known', '"well-known"'],
    ['U.S. sanctions', '("U.S." AND "sanctions")'],
    // Lowercase operators are words.
    ['black or white', '("black" AND "or" AND "white")'],
    // Folding: the dotless ı and friends become their plain letter, as in the index.
    ['Kılıçdaroğlu', '"Kiliçdaroğlu"'],
    ['Łódź', '"Lódź"'],
  ])('%s → %s', (input, expected) => {
    expect(toMatchExpression(input)).toBe(expected);
  });

  it.each([
    // Hostile or malformed input is read as plain words.
    ['"', null],
    ['"unbalanced quote', '("unbalanced" AND "quote")'],
    ['say "hello', '("say" AND "hello")'],
    ['NEAR(', '"NEAR("'],
    ['NEAR(a b)', '("NEAR(a" AND "b)")'],
    ['*', null],
    ['^', null],
    [':', null],
    ['(', null],
    ['-', null],
    ['--', null],
    ['AND OR', '("AND" AND "OR")'],
    ['OR', '"OR"'],
    ['NOT', '"NOT"'],
    ['a OR', '("a" AND "OR")'],
    ['OR a', '("OR" AND "a")'],
    ['a OR OR b', '("a" AND "OR" AND "OR" AND "b")'],
    ['title:x', '"title:x"'],
    ['^start', '"^start"'],
    ['{title body}: x', '("{title" AND "body}:" AND "x")'],
    ['a + b', '("a" AND "b")'],
    ['-only', null],
    ['-"only phrase"', null],
    ['', null],
    ['   ', null],
  ])('%j is safe: %s', (input, expected) => {
    expect(toMatchExpression(input)).toBe(expected);
  });

  it('answers null for anything that is not text', () => {
    for (const value of [undefined, null, 42, {}, ['nato']]) expect(toMatchExpression(value)).toBeNull();
  });

  it(`searches at most ${MAX_QUERY_TERMS} words`, () => {
    const words = Array.from({ length: 50 }, (_, i) => `w${i}`).join(' ');
    expect(toMatchExpression(words)?.match(/"w\d+"/g)).toHaveLength(MAX_QUERY_TERMS);
  });

  it('never makes an expression FTS5 rejects, whatever is typed', () => {
    const db = new Database(':memory:');
    db.exec("CREATE VIRTUAL TABLE t USING fts5 (title, body, tokenize = 'unicode61 remove_diacritics 2')");
    db.prepare('INSERT INTO t VALUES (?, ?)').run('Erdoğan in İstanbul', 'grain corridor talks');
    const query = db.prepare('SELECT rowid FROM t WHERE t MATCH ? ORDER BY rank');
    const hostile = fc.constantFrom('"', '*', '^', ':', '(', ')', '-', '+', 'NEAR', 'AND', 'OR', 'NOT', 'title', '{', '}', ' ', 'ı', 'İ', 'a', '\u0000', '\uE000');
    fc.assert(
      fc.property(fc.oneof(fc.string({ unit: hostile, maxLength: 30 }), fc.string({ maxLength: 60 }), fc.string({ unit: 'grapheme', maxLength: 30 })), (input) => {
        const match = toMatchExpression(input);
        if (match !== null) query.all(match);
      }),
      { numRuns: 2000 },
    );
    db.close();
  });
});

describe('folding for search', () => {
  it.each([
    ['Diyarbakır', 'Diyarbakir', 'diyarbakir'],
    ['İstanbul', 'Istanbul', 'istanbul'],
    ['ISTANBUL', 'ISTANBUL', 'istanbul'],
    ['Kılıçdaroğlu', 'Kiliçdaroğlu', 'kilicdaroglu'],
    ['Erdoğan', 'Erdoğan', 'erdogan'],
    ['Yeşilada', 'Yeşilada', 'yesilada'],
    ['Łódź', 'Lódź', 'lodz'],
    ['Øresund', 'Oresund', 'oresund'],
    ['Đoković', 'Doković', 'dokovic'],
    ['Ħamrun', 'Hamrun', 'hamrun'],
    ['plain words', 'plain words', 'plain words'],
  ])('%s → index %s, key %s', (word, indexed, key) => {
    expect(foldForIndex(word)).toBe(indexed);
    expect(foldForIndex(word)).toHaveLength(word.length);
    expect(searchKey(word)).toBe(key);
  });

  it('folds in SQL exactly as in TypeScript, keeping every offset', () => {
    const db = new Database(':memory:');
    const fold = db.prepare(`SELECT ${foldSql('@text')} AS folded`).pluck();
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom('ı', 'İ', 'ł', 'Ł', 'ø', 'Ø', 'đ', 'Đ', 'ħ', 'Ħ', 'ŧ', 'Ŧ', 'a', 'ğ', ' ', '😀'), maxLength: 40 }), (text) => {
        expect(fold.get({ text })).toBe(foldForIndex(text));
        expect(foldForIndex(text)).toHaveLength(text.length);
      }),
    );
    db.close();
  });
});

describe('snippets', () => {
  it('splits a snippet into plain and matched parts, never HTML', () => {
    const snippet = `…the ${MATCH_START}<b>Erdoğan</b>${MATCH_END} visit to ${MATCH_START}İstanbul${MATCH_END}`;
    expect(splitSnippet(snippet)).toEqual([
      { text: '…the ', match: false },
      { text: '<b>Erdoğan</b>', match: true },
      { text: ' visit to ', match: false },
      { text: 'İstanbul', match: true },
    ]);
    expect(snippetRanges(snippet)).toEqual({ text: '…the <b>Erdoğan</b> visit to İstanbul', matches: [[5, 19], [29, 37]] });
  });
});
