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
