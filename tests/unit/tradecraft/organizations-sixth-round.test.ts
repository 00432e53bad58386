/**
 * Organizations by the mechanisms of the sixth round, made general on
 * unseen-6's and unseen-7's errors: invented sentences with names that appear
 * in no gold set, in the languages each mechanism serves, with the readings it
 * must not make beside them.
 */
import { describe, expect, it } from 'vitest';
import { extractEntities } from '../../../shared/tradecraft/entities.ts';
import { named } from '../../helpers/entities.ts';

describe('a known place inside a longer place read whole leaves the offsets after it right', () => {
  it.each([
    ['fr', "La Ligue des ports de l'Asie du Sud-Est (LPASE), que préside la Malaisie, a protesté.", 'LPASE'],
    ['it', "La Lega dei porti dell'Asia del Sud-Est (LPASE) ha ricevuto Lorenzo Ibarrola a Manila.", 'Lorenzo Ibarrola'],
    ['fr', "Les villages de l'Asie du Sud-Est ont reçu Dorota Welk, chercheuse à Hanoï.", 'Dorota Welk'],
    ['en', 'The Harbour League of Central Asia (HLCA) met Dorota Welk in Almaty.', 'Dorota Welk'],
  ] as const)('in %s: “%s”', (lang, text, written) => {
    for (const mention of extractEntities(text, lang)) expect(text.slice(mention.start, mention.end)).toBe(mention.text);
    expect(extractEntities(text, lang).some((mention) => mention.text === written)).toBe(true);
  });
});
