/**
 * People told by how their names are built and what stands around them, on
 * invented sentences: the mechanisms of the round on unseen-9's person
 * errors, each beside the look-alikes it must leave alone.
 */
import { describe, expect, it } from 'vitest';
import { extractEntities } from '../../../shared/tradecraft/entities.ts';
import { named } from '../../helpers/entities.ts';

describe('a Polish, Russian or Ukrainian title with its genitive complement, then a body and its holder', () => {
  it.each([
    ['ru', 'Председатель правления Дравтеха Брупер Лестус заявил, что цены вырастут.', [['organization', 'Дравтех'], ['person', 'Брупер Лестус']]],
    ['ru', 'Председатель совета директоров Дравтеха Алексей Миллер заявил, что цены вырастут.', [['organization', 'Дравтех'], ['person', 'Алексей Миллер']]],
    ['uk', 'Голова правління Дравтеху Брупер Лестус заявив, що ціни зростуть.', [['organization', 'Дравтех'], ['person', 'Брупер Лестус']]],
    ['pl', 'Prezes zarządu Dravteku Brupert Lestus powiedział, że ceny wzrosną.', [['organization', 'Dravteku'], ['person', 'Brupert Lestus']]],
  ] as const)('in %s reads the body and the person apart: “%s”', (lang, text, expected) => {
    expect(named(text, lang)).toEqual(expected);
  });

  it.each([
    // A verb in the past between the title and the name is no complement.
    ['ru', 'Вчера председатель сказала Брупер Лестус, что цены вырастут.'],
  ] as const)('in %s leaves no body in “%s”', (lang, text) => {
    expect(named(text, lang).filter(([kind]) => kind === 'organization')).toEqual([]);
  });
});

describe('an Arabic name with its family nisba', () => {
  it.each([
    ['وقال وزير الطاقة ناصر سالم العتيبي إن الحكومة ستدعم المشروع.', [['person', 'ناصر سالم العتيبي']]],
    ['وكان النائب السابق فيصل عبد الله الرشيدي قد رفع الدعوى.', [['person', 'فيصل عبد الله الرشيدي']]],
    ['قال ناصر سالم العتيبي إن الحكومة ستدعم المشروع.', [['person', 'ناصر سالم العتيبي']]],
  ] as const)('keeps the family name: “%s”', (text, expected) => {
    expect(named(text, 'ar')).toEqual(expected);
  });

  it.each([
    // A port named by a proper name is definite, and takes the nation's adjective with the article.
    ['ووصلت الناقلة إلى ميناء جيهان التركي أمس.'],
    // Words without the article before an adjective with it, after no verb of telling.
    ['ويشكل ذلك تهديدا لامنها القومي.'],
    // A verb of telling before an official no name gives.
    ['وقال مسؤول عسكري إن الوضع هادئ.'],
  ] as const)('reads no person in “%s”', (text) => {
    expect(named(text, 'ar').filter(([kind]) => kind === 'person')).toEqual([]);
  });
});

describe('an Arabic teller named after the verb of telling', () => {
  it.each([
    ['وروت سلمى دوران، وهي نازحة من القرية، أنها فقدت بيتها.', [['person', 'سلمى دوران']]],
    ['وقال ممثل المنظمة نديم قراني إن الوباء يتبع طرق النزوح.', [['person', 'نديم قراني']]],
  ] as const)('reads the person: “%s”', (text, expected) => {
    expect(named(text, 'ar')).toEqual(expected);
  });

  it('reads no person where no apposition follows the words after the verb', () => {
    expect(named('وقال مصدر أمني رفيع إن الهجوم فشل.', 'ar')).toEqual([]);
  });
});

describe('a rank or a doctor’s title before the name', () => {
  it.each([
    ['en', 'Spokesman Commodore Vorlen Tashby said no one was hurt.', 'Vorlen Tashby', 'Spokesman Commodore'],
    ['fr', 'Son représentant, le docteur Trela Ossimé Vossinot, estime que l’épidémie recule.', 'Trela Ossimé Vossinot', 'docteur'],
    ['es', 'Según el doctor Trela Vossina, el brote se detuvo.', 'Trela Vossina', 'doctor'],
    ['pt', 'Segundo a doutora Trela Vossina, o surto parou.', 'Trela Vossina', 'doutora'],
    ['it', 'Secondo il dottore Vorlen Tashbini, il contagio rallenta.', 'Vorlen Tashbini', 'dottore'],
  ] as const)('in %s is the role, not the name: “%s”', (lang, text, name, role) => {
    expect(extractEntities(text, lang).map((mention) => [mention.kind, mention.name, mention.role])).toEqual([['person', name, role]]);
  });
});

describe('a Russian or Ukrainian name in the genitive after what governs it', () => {
  it.each([
    ['ru', 'По словам представителя ЕАБР Брупера Лестусова, банк готов. Лестусов добавил, что сроки сдвинутся.', ['Брупер Лестусов']],
    ['ru', 'По словам министра Тарвела Кузьмина, сроки сдвинутся.', ['Тарвел Кузьмин']],
    ['uk', 'За словами представника ЄБРР Брупера Лестусенка, банк готовий.', ['Брупер Лестусенко']],
  ] as const)('in %s is named in the nominative: “%s”', (lang, text, expected) => {
    expect([...new Set(named(text, lang).filter(([kind]) => kind === 'person').map(([, name]) => name))]).toEqual(expected);
  });

  it.each([
    // A role in the nominative: the name after it is as written, a woman's.
    ['ru', 'Представитель ЕАБР Брупера Лестусова заявила, что банк готов.', ['Брупера Лестусова']],
  ] as const)('in %s stays as written: “%s”', (lang, text, expected) => {
    expect(named(text, lang).filter(([kind]) => kind === 'person').map(([, name]) => name)).toEqual(expected);
  });
});

describe('portfolios listed after a minister’s "of"', () => {
  it.each([
    ['nl', 'Minister van Bestuur, Planning en Dienstverlening Vorlen Tashby zei dat de aanval begon via een oude server.', [['person', 'Vorlen Tashby']]],
    ['nl', 'Minister van Wonen, Water en Natuur Vorlen Tashby zei dat de dijken veilig zijn.', [['person', 'Vorlen Tashby']]],
  ] as const)('in %s are no person, nor part of the holder’s name: “%s”', (lang, text, expected) => {
    expect(named(text, lang)).toEqual(expected);
  });

  it('leaves a noble’s name after a title and "von"', () => {
    expect(named('Staatsminister von Lestenau sagte, die Lage sei ernst.', 'de')).toEqual([['person', 'Lestenau']]);
  });
});

describe('a name after a cue whose word is also a small town’s', () => {
  it.each([
    ['id', 'Nelayan mengaku takut mendekat, ujar Abadan Lasoku, ketua kelompok nelayan.', [['person', 'Abadan Lasoku']]],
    ['en', 'Its whip, Abadan Lasoku, said the vote would pass.', [['person', 'Abadan Lasoku']]],
  ] as const)('in %s is a person: “%s”', (lang, text, expected) => {
    expect(named(text, lang)).toEqual(expected);
  });

  it('leaves the town where a preposition of place stands before it', () => {
    expect(named('Kapal itu berlayar ke Abadan kemarin.', 'id')).toEqual([['place', 'Abadan']]);
  });
});

describe('a title and its "of" before a body’s abbreviation and the holder', () => {
  it.each([
    ['es', 'La magistrada del TSE Trela Vossina explicó que el tribunal cumplirá la orden.', [['organization', 'TSE'], ['person', 'Trela Vossina']]],
    ['pt', 'O magistrado do TSE Vorlen Tashbo afirmou que a lei vale.', [['organization', 'TSE'], ['person', 'Vorlen Tashbo']]],
  ] as const)('in %s reads the body and the person apart: “%s”', (lang, text, expected) => {
    expect(named(text, lang)).toEqual(expected);
  });

  it('leaves a body of an abbreviation and a name that is no person’s whole', () => {
    expect(named('La magistrada del TSE explicó que el tribunal cumplirá la orden.', 'es')).toEqual([['organization', 'TSE']]);
  });
});
