/**
 * A reader gets the author of a story whose page names them in its source line, as a person with their job ("Source:
 * Ama Owusu, Contributor", "Quelle: Jonas Wittkamp, Korrespondent", "Kaynak: Elif Karadağlı, muhabir"): a source
 * that is a person with a job is the story's author, in any language. A source that is an agency or a body ("Source:
 * Reuters", "Quelle: Statistisches Landesamt") or a bare name names no author.
 */
import { describe, expect, it } from 'vitest';
import { cleanLines } from '../../helpers/textdump.ts';

const PARAGRAPHS = [
  'Traders at the old market hall began moving their stalls to a temporary site by the bus station on Thursday, as demolition of the hall started.',
  'About three hundred traders, most of them selling cloth and food, had been given until the end of November to leave the hall.',
  'The new market, with room for four hundred stalls, is due to open in 2028.',
];

/** A source line naming a person and their job, in each language, and the author it gives. */
const SOURCES: Array<{ lang: string; line: string; author: string }> = [
  { lang: 'en', line: 'Source: Ama Owusu, Contributor', author: 'Ama Owusu' },
  { lang: 'fr', line: 'Source : Hélène Marchetti, correspondante', author: 'Hélène Marchetti' },
  { lang: 'de', line: 'Quelle: Jonas Wittkamp, Korrespondent', author: 'Jonas Wittkamp' },
  { lang: 'es', line: 'Fuente: Lucía Barrionuevo, corresponsal', author: 'Lucía Barrionuevo' },
  { lang: 'ru', line: 'Источник: Ольга Веретенникова, корреспондент', author: 'Ольга Веретенникова' },
  { lang: 'tr', line: 'Kaynak: Elif Karadağlı, muhabir', author: 'Elif Karadağlı' },
  { lang: 'it', line: 'Fonte: Chiara Montebelli, corrispondente', author: 'Chiara Montebelli' },
  { lang: 'pt', line: 'Fonte: Mariana Quintela, jornalista', author: 'Mariana Quintela' },
  { lang: 'nl', line: 'Bron: Sanne Verhoeckx, verslaggever', author: 'Sanne Verhoeckx' },
  { lang: 'pl', line: 'Źródło: Katarzyna Wierzbowska, dziennikarka', author: 'Katarzyna Wierzbowska' },
  { lang: 'ar', line: 'المصدر: سلمى الرفاعي، مراسلة', author: 'سلمى الرفاعي' },
  { lang: 'id', line: 'Sumber: Ratna Wulandari, wartawan', author: 'Ratna Wulandari' },
  { lang: 'uk', line: 'Джерело: Оксана Приходько, кореспондентка', author: 'Оксана Приходько' },
];

function page(sourceLine: string): string[] {
  return ['Lakeside Online', 'Local News of Thursday, 3 December 2026', sourceLine, 'Market traders move to a temporary site as the old hall comes down', ...PARAGRAPHS];
}

describe('a source line naming a person and their job', () => {
  it.each(SOURCES.map((row) => [row.lang, row] as const))('%s: gives the author', (_lang, row) => {
    expect(cleanLines(page(row.line)).byline).toBe(row.author);
  });
});

describe('a source line naming an agency, a body or a bare name', () => {
  it.each(['Source: Reuters', 'Quelle: Statistisches Landesamt', 'Source: Ama Owusu', 'Fuente: Ministerio de Sanidad'])('%s names no author', (line) => {
    expect(cleanLines(page(line)).byline).toBeNull();
  });
});
