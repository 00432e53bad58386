/**
 * Runs of capitalized words that are no person's name, though read alone
 * they look like one, on invented page text in several languages; and the
 * people the same rules must keep.
 */
import { describe, expect, it } from 'vitest';
import { extractEntities } from '../../../shared/tradecraft/entities.ts';

const people = (text: string, lang: string) => extractEntities(text, lang).filter((m) => m.kind === 'person').map((m) => m.name);

describe('a heading whose first word the page also writes in lower case', () => {
  it.each([
    ['de', 'Weitere Termine\nDie weitere Planung folgt im Mai. Termine gibt es im Rathaus.'],
    ['es', 'Nuestra Huerta\nEl huerto es nuestra casa. Huerta abre los lunes.'],
    ['sw', 'Habari Njema\nWakulima walipata habari jana. Njema ilisema hivyo.'],
  ] as const)('in %s is no person: “%s”', (lang, text) => {
    expect(people(text, lang)).toEqual([]);
  });

  it.each([
    ['de', 'Oruel Wendtke leitet das Amt seit Mai. Wendtke sagte, die Planung sei weit.', 'Oruel Wendtke'],
    ['es', 'Ilvane Drosko dirige la cooperativa. Drosko explicó que la cosecha fue buena.', 'Ilvane Drosko'],
  ] as const)('in %s keeps the person of “%s”', (lang, text, name) => {
    expect(people(text, lang)).toEqual([name, name]);
  });
});

describe('a word of a title read after its first word', () => {
  it.each([
    ['en', 'Notice is given that the Minister for Environment and Rural Affairs has decided.'],
    ['en', 'The accord was signed by the Deputy Minister of Foreign Affairs, Ms Orla Whelan, on Friday.', 'Orla Whelan'],
    ['en', 'On Monday the Commissioner for Transportation, Mrs Temi Ajayi, opened the depot.', 'Temi Ajayi'],
    ['en', 'Fares rose in 2025. Chief Commercial Officer Halla Brekke said: "Demand held."', 'Halla Brekke'],
  ] as const)('in %s reads no person in the title of “%s”', (lang, text, ...holder) => {
    expect(people(text, lang)).toEqual(holder);
  });

  it.each([
    ['en', 'Justices: Lord Brenhallow (President), Lady Osuji, Lord Tavish.', ['Brenhallow', 'Osuji', 'Tavish']],
    ['en', 'The bill passed. Councillor Dunmore, who chairs the panel, voted for it.', ['Dunmore']],
    ['en', 'Talks began. The Minister for Health, Orla Whelan, met Councillor Brolin.', ['Orla Whelan', 'Brolin']],
  ] as const)('in %s keeps the people of “%s”', (lang, text, names) => {
    expect(people(text, lang)).toEqual(names);
  });
});

describe('a line of one word and a count in brackets', () => {
  it.each([
    ['fr', 'La mairie rouvre la piscine en mai.\nCommentaires (4)\nSignaler un contenu'],
    ['tr', 'Belediye yeni parkı açtı.\nYorumlar (12)\nYorum yazmak için giriş yapın.'],
    ['pl', 'Tramwaj wraca na trasę w maju.\nKomentarze (27)\nDodaj komentarz'],
  ] as const)('in %s is no one’s age: “%s”', (lang, text) => {
    expect(people(text, lang)).toEqual([]);
  });

  it.each([
    ['de', 'Verletzt wurde auch Kowalczyk (58) aus Gera.', 'Kowalczyk'],
    ['en', 'The race went to Mutaro (26) by a second.', 'Mutaro'],
  ] as const)('in %s keeps the age of “%s”', (lang, text, name) => {
    expect(people(text, lang)).toEqual([name]);
  });
});

describe('German nouns, capitalized like names, in a run and alone', () => {
  it.each([
    ['Weniger Kisten\nIm Lager stehen noch alte Kisten aus dem Krieg. Die Bergung der Kisten dauert.'],
    ['Jetzt Ausgabe bestellen\nIn der Ausgabe steht mehr. Aus der neuen Ausgabe lesen Sie heute.'],
    ['Teure Kabel\nDie Betreiber verlegen dicke Kabel unter dem Meer.'],
  ] as const)('are no person: “%s”', (text) => {
    expect(people(text, 'de')).toEqual([]);
  });

  it.each([
    ['Ilvo Darnstedt leitet den Verband. „Wir bauen“, sagte Darnstedt am Montag.'],
    ['Ilvo Darnstedt leitet den Verband. Darnstedt: Die Deiche halten. Mit Darnstedt sprach Frau Darnstedt nicht.'],
    ['Ilvo Darnstedt leitet den Verband. Das betonte Darnstedt auch im Interview.'],
  ] as const)('keep the person of “%s”', (text) => {
    expect(people(text, 'de')[0]).toEqual('Ilvo Darnstedt');
    expect(new Set(people(text, 'de'))).toEqual(new Set(['Ilvo Darnstedt']));
  });
});

describe('the handling marking analysts’ material carries', () => {
  it.each([
    ['en', 'This report is marked TLP:AMBER and may be shared with the team only. The Harbour Board met on Friday.'],
    ['de', 'Der Bericht ist als TLP:GREEN eingestuft. Die Hafenbehörde tagte am Freitag.'],
    ['fr', 'Document TLP:CLEAR. La Commission portuaire s’est réunie vendredi.'],
  ] as const)('in %s is no organization: “%s”', (lang, text) => {
    expect(extractEntities(text, lang).map((mention) => mention.name)).not.toContain('TLP');
  });
});
