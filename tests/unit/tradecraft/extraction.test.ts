/**
 * Names and dates from an article's text: the entity index and the timeline
 * read what these functions find, at the offsets highlights use.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractEntities } from '../../../shared/tradecraft/entities.ts';
import { entityKey } from '../../../shared/tradecraft/entity-key.ts';
import { extractEvents } from '../../../shared/tradecraft/events.ts';

const FIXTURES = path.join(import.meta.dirname, '../../fixtures/tradecraft');
const stateVisit = fs.readFileSync(path.join(FIXTURES, 'state-visit.txt'), 'utf8').trim();

describe('entities in a short news piece', () => {
  const mentions = extractEntities(stateVisit, 'en');
  const found = (kind: string) => mentions.filter((m) => m.kind === kind).map((m) => m.text);

  it.each([
    ['person', ['Recep Tayyip Erdoğan', 'Olaf Scholz', 'Erdogan', 'Lena Novak', 'Erdoğan']],
    ['organization', ['Ministry of Foreign Affairs', 'European Parliament', 'United Nations', 'NATO', 'Nordic Shipping Group', 'Danish Maritime Authority']],
    ['place', ['Berlin', 'Ankara', 'Germany', 'Crimea', 'Strait of Hormuz', 'Istanbul', 'Turkey']],
  ])('finds every %s, in reading order', (kind, names) => {
    expect(found(kind)).toEqual(names);
  });

  it('gives offsets into the plain text, without the title before a name', () => {
    for (const mention of mentions) expect(stateVisit.slice(mention.start, mention.end)).toBe(mention.text);
    expect(mentions.some((m) => /^(President|Chancellor|Mr)\b/.test(m.text))).toBe(false);
  });

  it('leaves out calendar words and sentence openers', () => {
    const texts = mentions.map((m) => m.text);
    for (const word of ['Sunday', 'March', 'The', 'Officials']) expect(texts).not.toContain(word);
  });

  it('joins "Erdogan" and "Erdoğan" to the full name the article gives, and keeps the title (not "Mr") as the role', () => {
    const erdogan = mentions.filter((m) => /rdo/.test(m.text));
    expect(erdogan.map((m) => [m.text, m.key, m.role])).toEqual([
      ['Recep Tayyip Erdoğan', 'recep tayyip erdogan', 'President'],
      ['Erdogan', 'recep tayyip erdogan', undefined],
      ['Erdoğan', 'recep tayyip erdogan', undefined],
    ]);
  });

  it.each([
    ['Erdoğan', 'erdogan'],
    ['ERDOGAN', 'erdogan'],
    ['Müller', 'muller'],
    ['Straße', 'strasse'],
    ['Kılıçdaroğlu', 'kilicdaroglu'],
    ['NATO’s', 'nato'],
    ['  Recep  Tayyip-Erdoğan ', 'recep tayyip erdogan'],
  ])('folds %s to the key %s', (name, key) => {
    expect(entityKey(name)).toBe(key);
  });

  it('in German reads the title before a name and leaves capitalized nouns alone', () => {
    const german = extractEntities('Bundeskanzler Olaf Scholz traf am Montag in Berlin Vertreter der Regierung und der NATO.', 'de');
    expect(german.map((m) => [m.kind, m.text, m.role])).toEqual([
      ['person', 'Olaf Scholz', 'Bundeskanzler'],
      ['place', 'Berlin', undefined],
      ['organization', 'NATO', undefined],
    ]);
  });

  it('finds nothing in a script without capitals', () => {
    expect(extractEntities('التقى الرئيس في أنقرة يوم الأحد.', 'ar')).toEqual([]);
  });
});

describe('dated events', () => {
  const published = { publishedAt: '2026-05-08T09:00:00Z', capturedAt: '2026-06-20T12:00:00Z' };
  const unpublished = { publishedAt: null, capturedAt: '2026-06-20T12:00:00Z' };

  it.each([
    // expression, reference, date, precision, approximate
    ['He will arrive on Sunday.', published, 'on Sunday', '2026-05-10', 'day', false],
    ['He will arrive on Sunday.', unpublished, 'on Sunday', null, 'day', false],
    ['They will sign later this month.', published, 'later this month', '2026-05-01', 'month', true],
    ['They will sign later this month.', unpublished, 'later this month', null, 'month', true],
    ['Russia annexed Crimea in 2014.', published, '2014', '2014-01-01', 'year', false],
    ['Russia annexed Crimea in 2014.', unpublished, '2014', '2014-01-01', 'year', false],
    ['It will be ratified next year.', published, 'next year', '2027-01-01', 'year', false],
    ['It will be ratified next year.', unpublished, 'next year', null, 'year', false],
    ['She spoke on 3 March.', published, 'on 3 March', '2026-03-03', 'day', false],
    ['She spoke on 3 March.', unpublished, 'on 3 March', null, 'day', false],
    ['The treaty was signed on 12 June 2019.', unpublished, 'on 12 June 2019', '2019-06-12', 'day', false],
  ] as const)('%s (published %s) → %s', (sentence, reference, expression, date, precision, approximate) => {
    const [event, ...others] = extractEvents(sentence, reference);
    expect(others).toEqual([]);
    expect(event).toEqual({
      start: sentence.indexOf(expression),
      end: sentence.indexOf(expression) + expression.length,
      expression,
      date,
      precision,
      approximate,
      sentence,
    });
  });

  it('a time of day alone is not an event', () => {
    expect(extractEvents('The meeting starts at 5pm.', published)).toEqual([]);
  });

  it('finds every date in the news piece with its sentence', () => {
    const events = extractEvents(stateVisit, published);
    expect(events.map((e) => [e.expression, e.date])).toEqual([
      ['on Sunday', '2026-05-10'],
      ['later this month', '2026-05-01'],
      ['2014', '2014-01-01'],
      ['next year', '2027-01-01'],
      ['on 3 March', '2026-03-03'],
    ]);
    expect(events[2]!.sentence).toBe('Mr Erdogan last travelled to Germany in 2014, when the European Parliament debated the annexation of Crimea.');
    for (const event of events) expect(stateVisit.slice(event.start, event.end)).toBe(event.expression);
  });
});
