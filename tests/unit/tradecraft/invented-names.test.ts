/**
 * The gold rewriter that puts invented names in place of marked ones
 * (tests/helpers/invented-names.ts), on invented articles: short forms stay
 * consistent with their full names, suffixes and endings stay outside the
 * invented stems, head words and legal forms stay, and the same article always
 * gives the same words.
 */
import { describe, expect, it } from 'vitest';
import type { EntityKind } from '../../../shared/tradecraft/entity-key.ts';
import { inventNames } from '../../helpers/invented-names.ts';

/** The marks of a rewritten article as [written, entity], entity absent when the mark has none. */
function marksOf(marked: string): Array<[string, string | undefined]> {
  return [...marked.matchAll(/\{[POL]\|([^|}]+)(?:\|([^}]+))?\}/gu)].map((m) => [m[1]!, m[2]]);
}

/** The mark at `index` of a rewritten article. */
const markAt = (marked: string, index: number) => marksOf(marked)[index]!;

const invent = (lang: string, marked: string, kind: EntityKind, id = 'x01-test') => inventNames({ id, lang, marked }, kind).marked;

describe('short forms', () => {
  it.each([
    ['en', 'person', 'Minister {P|Orla Brennick} spoke first. {P|Brennick|Orla Brennick} later left.'],
    ['de', 'person', 'Die Ministerin {P|Hedda Vornkamp} sprach. {P|Vornkamp|Hedda Vornkamp} ging dann.'],
    ['tr', 'person', 'Bakan {P|Selim Karaduran} konuştu. {P|Karaduran|Selim Karaduran} ayrıldı.'],
  ] as const)('in %s the surname alone is the surname of the invented full name', (lang, kind, marked) => {
    const rewritten = invent(lang, marked, kind);
    const [full] = markAt(rewritten, 0);
    const [short, entity] = markAt(rewritten, 1);
    expect(full).not.toContain('Brennick');
    expect(entity).toBe(full);
    expect(full.split(' ').at(-1)).toBe(short);
  });

  it('gives an acronym of its full name the initials of the invented full name', () => {
    const rewritten = invent('en', 'The {O|Tessaly Harbour Commission} ({O|THC|Tessaly Harbour Commission}) met.', 'organization');
    const [full] = markAt(rewritten, 0);
    const [acronym, entity] = markAt(rewritten, 1);
    expect(entity).toBe(full);
    expect(acronym).toBe(`${full[0]}${full.split(' ')[1]![0]}C`);
    expect(acronym).not.toBe('THC');
  });

  it('gives an acronym of other letters than its initials an invented acronym of its length', () => {
    const rewritten = invent('fr', "L'{O|Office des forêts du Vellar} ({O|OFRV|Office des forêts du Vellar}) a répondu.", 'organization');
    const [acronym, entity] = markAt(rewritten, 1);
    expect(entity).toBe(markAt(rewritten, 0)[0]);
    expect(acronym).toMatch(/^\p{Lu}{4}$/u);
    expect(acronym).not.toBe('OFRV');
  });
});

describe('endings outside the invented stem', () => {
  it.each([
    ['tr', '{L|Karavelit}\'te toplandılar.', /^\{L\|[^|}]+\}'te toplandılar\.$/u],
    ['tr', '{O|Orman Bakanlığı}ndan açıklama geldi.', /^\{O\|[^|}]+ Bakanlığı\}ndan açıklama geldi\.$/u],
    ['de', 'Die {O|Velkamp}-Aktie stieg.', /^Die \{O\|[^|}]+\}-Aktie stieg\.$/u],
  ] as const)('in %s keeps what follows the braces: %s', (lang, marked, shape) => {
    const kind = marked.startsWith('{L') ? 'place' : 'organization';
    const rewritten = invent(lang, marked, kind);
    expect(rewritten).toMatch(shape);
    expect(rewritten).not.toBe(marked);
  });

  it.each([
    ['pl', 'W {L|Gorzanowie|Gorzanów} padało.', 'owie', 'ów'],
    ['ru', 'В {L|Верхнеозёрском|Верхнеозёрск} идёт дождь.', 'ом', ''],
    ['uk', 'У {L|Зеленодольську|Зеленодольськ} тихо.', 'у', ''],
  ] as const)('in %s an inflected form keeps its ending after the stem its base form gets', (lang, marked, writtenEnding, baseEnding) => {
    const [written, entity] = markAt(invent(lang, marked, 'place'), 0);
    const stem = written.slice(0, -writtenEnding.length);
    expect(written.endsWith(writtenEnding)).toBe(true);
    expect(entity).toBe(stem + baseEnding);
    expect(stem).not.toMatch(/Gorzan|Верхнеозёрск|Зеленодольськ/u);
  });

  it.each([
    ['tr', "{L|Sarıdere}'ye gittiler.", /[aeıioöuü]\}'ye/u],
    ['tr', "{L|Karavelit}'te kaldılar.", /[^aeıioöuü]\}'te/u],
    ['tr', "{L|Velköy}'e döndüler.", /[öüei][^aeıioöuü]*\}'e/u],
  ] as const)('in Turkish ends the invented word as the real one, in a vowel or a consonant of its harmony: %s', (lang, marked, shape) => {
    expect(invent(lang, marked, 'place')).toMatch(shape);
  });

  it('writes a dateline in capitals as the invented name in capitals', () => {
    const [written, entity] = markAt(invent('en', '{L|MARLOCK|Marlock} — Rain fell.', 'place'), 0);
    expect(written).toBe(entity!.toUpperCase());
  });
});

describe('head words', () => {
  it.each([
    ['en', 'organization', '{O|Ministry of Coastal Affairs}', /^Ministry of \p{Lu}\p{Ll}+ \p{Lu}\p{Ll}+$/u],
    ['es', 'organization', '{O|Partido Verde Andino}', /^Partido \p{Lu}\p{Ll}+ \p{Lu}\p{Ll}+$/u],
    ['en', 'organization', '{O|Quellmark Holdings Ltd}', /^\p{Lu}\p{Ll}+ Holdings Ltd$/u],
    ['de', 'organization', '{O|Bundesfischereiamt}', /^\p{Lu}\p{Ll}+amt$/u],
    ['en', 'place', '{L|Morrow River}', /^\p{Lu}\p{Ll}+ River$/u],
    ['it', 'place', '{L|Lago di Tenquila}', /^Lago di \p{Lu}\p{Ll}+$/u],
    ['tr', 'place', '{L|Sarıkaya Körfezi}', /^\p{Lu}\p{Ll}+ Körfezi$/u],
  ] as const)('in %s, of a %s, stay around the invented words: %s', (lang, kind, marked, shape) => {
    const [written] = markAt(invent(lang, marked, kind), 0);
    expect(written).toMatch(shape);
    expect(written).not.toBe(marked.slice(3, -1));
  });

  it('keeps a legal form inside the braces and out of the entity', () => {
    const [written, entity] = markAt(invent('de', '{O|Brandauer Werke GmbH|Brandauer Werke}', 'organization'), 0);
    expect(written).toBe(`${entity} GmbH`);
    expect(entity).not.toContain('Brandauer');
  });

  it('invents a one-word name that is a head word, so nothing of it is left to recognize', () => {
    const [written] = markAt(invent('en', 'The {O|Bank} said so.', 'organization'), 0);
    expect(written).not.toBe('Bank');
  });

  it('keeps only the last head of a name made of head words', () => {
    const [written] = markAt(invent('en', 'The {O|Supreme Court} ruled.', 'organization'), 0);
    expect(written).toMatch(/^\p{Lu}\p{Ll}+ Court$/u);
    expect(written).not.toBe('Supreme Court');
  });
});

describe('what stays as written', () => {
  it('leaves the marks of other kinds alone', () => {
    const marked = '{P|Orla Brennick} visited {L|Marlock} for the {O|Tessaly Harbour Board}.';
    const rewritten = invent('en', marked, 'organization');
    expect(rewritten).toContain('{P|Orla Brennick} visited {L|Marlock} for the {O|');
    expect(rewritten).not.toContain('Tessaly');
  });

  it('leaves an article in a language without a syllable table unchanged', () => {
    const marked = 'زار {P|سليم قرداحي} مدينة {L|طرابلس}.';
    expect(invent('ar', marked, 'person')).toBe(marked);
  });
});

describe('determinism', () => {
  const marked = 'Minister {P|Orla Brennick} met {P|Tam Vosker} in Marlock. {P|Brennick|Orla Brennick} left.';

  it('gives the same article the same invented names every time', () => {
    expect(invent('en', marked, 'person')).toBe(invent('en', marked, 'person'));
  });

  it('gives another article other names', () => {
    expect(invent('en', marked, 'person', 'x01-test')).not.toBe(invent('en', marked, 'person', 'x02-test'));
  });

  it('gives another draw of the same article other names', () => {
    const draw = (n: number) => inventNames({ id: 'x01-test', lang: 'en', marked }, 'person', n).marked;
    expect(draw(0)).toBe(invent('en', marked, 'person'));
    expect(draw(1)).not.toBe(draw(0));
  });

  it('invents a different word for each different name', () => {
    const words = marksOf(invent('en', marked, 'person')).flatMap(([written]) => written.split(' '));
    expect(new Set(words).size).toBe(4);
  });
});
