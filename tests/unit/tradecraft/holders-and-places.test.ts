/**
 * People after their trade or their body, and places by their shape and cues,
 * on invented sentences in several languages: the mechanisms of the fourth
 * round on unseen-4's errors, with names that appear in no gold set.
 */
import { describe, expect, it } from 'vitest';
import { extractEntities } from '../../../shared/tradecraft/entities.ts';
import { named } from '../../helpers/entities.ts';

const people = (text: string, lang: string) => extractEntities(text, lang).filter((m) => m.kind === 'person').map((m) => m.name);

describe('a trade opening a sentence before a name', () => {
  it.each([
    ['de', 'Politologin Henrike Vastrup von der Universität Basel erwartet eine Debatte.', 'Henrike Vastrup'],
    ['nl', 'Econoom Wiebren Verhalle van de Universiteit Gent waarschuwt voor de gevolgen.', 'Wiebren Verhalle'],
    ['tr', 'Siyaset uzmanı Ece Tanrıverdi, "Bu karar önemli" dedi.', 'Ece Tanrıverdi'],
  ] as const)('in %s is the person’s role, not part of the name: “%s”', (lang, text, name) => {
    expect(people(text, lang)).toEqual([name]);
  });
});

describe('the body or land between a title and its holder', () => {
  it.each([
    ['ru', 'Генеральный директор Севтранса Олжас Кумаров заявил, что работы продолжатся.', [['organization', 'Севтранс'], ['person', 'Олжас Кумаров']]],
    ['uk', 'Генеральний директор Дунайтрансу Ніку Бутнару заявив, що рейси відновлять.', [['organization', 'Дунайтранс'], ['person', 'Ніку Бутнару']]],
    ['pl', 'Burmistrz Pieniężna Tadeusz Wróblak przyznał, że gmina nie ma pieniędzy.', [['place', 'Pieniężno'], ['person', 'Tadeusz Wróblak']]],
    ['ru', 'Церемонию провели председатель СНБ Казахстана Улукбек Сатыбалдиев и его коллега.', [['organization', 'СНБ'], ['place', 'Казахстан'], ['person', 'Улукбек Сатыбалдиев']]],
  ] as const)('in %s is read apart from the holder: “%s”', (lang, text, expected) => {
    expect(named(text, lang)).toEqual(expected);
  });

  it.each([
    ['ru', 'Министр Иван Петрович Сидоров заявил, что работы продолжатся.', ['Иван Петрович Сидоров']],
    ['ru', 'Встречу провели Улукбек Сатыбалдиев и Роман Осипов.', ['Улукбек Сатыбалдиев', 'Роман Осипов']],
    ['pl', 'Radny Marek Gdański zapowiedział kontrolę w urzędzie.', ['Marek Gdański']],
  ] as const)('in %s leaves a full name whole: “%s”', (lang, text, names) => {
    expect(people(text, lang)).toEqual(names);
  });
});

describe('what follows a title and is no person', () => {
  it.each([
    ['ru', '«Так нельзя», считает аналитик Центра стратегий, добавив, что рынок растёт.'],
    ['ru', '«Так нельзя», считает эксперт Высшей школы бизнеса, добавив, что рынок растёт.'],
    ['ru', 'Данные собрал КРОНА в мае. Эксперты КРОНА напоминают, что атаки повторяются.'],
    ['pl', 'Dane zebrała KRONA w maju. Eksperci KRONA przypominają, że ataki się powtarzają.'],
  ] as const)('in %s: “%s”', (lang, text) => {
    expect(people(text, lang)).toEqual([]);
  });
});
