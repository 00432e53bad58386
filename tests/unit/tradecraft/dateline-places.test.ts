/**
 * A dateline in capitals opening a story is a place however its words read
 * elsewhere, particles between them included, on invented towns; a line in
 * capitals that is no dateline (no dash after it, or not at a line's start)
 * is not read so.
 */
import { describe, expect, it } from 'vitest';
import { named } from '../../helpers/entities.ts';

describe('a dateline of several words', () => {
  it.each([
    ['en', 'SAN VELTARO - The health service said on Monday that its systems were down.', 'SAN VELTARO'],
    ['es', 'CIUDAD DE MORVADA – La junta electoral anunció el martes nuevos plazos.', 'CIUDAD DE MORVADA'],
    ['pt', 'PORTO DO TIRAMBE – O governo anunciou na segunda-feira novas tarifas.', 'PORTO DO TIRAMBE'],
  ])('%s “%s” names the place %s', (lang, text, place) => {
    expect(named(text, lang)).toContainEqual(['place', place]);
  });

  it.each([
    ['en', 'The report came out.\nSAN VELTARO HOLDINGS said profits rose.', 'no dash after the capitals'],
    ['es', 'Según la nota, CIUDAD DE MORVADA – dijo el portavoz – sigue sin agua.', 'not at the start of a line'],
  ])('%s “%s” is no dateline: %s', (lang, text) => {
    expect(named(text, lang).filter(([kind, name]) => kind === 'place' && name!.includes(' '))).toEqual([]);
  });
});
