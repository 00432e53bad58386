/**
 * Russian and Ukrainian lands named by a neuter noun, most with a prefix
 * ("За-", "При-", "По-"): Russian writes a soft sign before its "-ье" and
 * Ukrainian doubles the consonant before its "-я", and each keeps that in
 * every case ("в Затарвелье", "из Затарвелья"; "у Затарвеллі", "із
 * Затарвелля"). The name is put back in that nominative, not cut at the
 * soft sign or the doubled consonant. Invented names.
 */
import { describe, expect, it } from 'vitest';
import { named } from '../../helpers/entities.ts';

describe('a Slavic neuter land in any case', () => {
  it.each([
    ['uk', 'Повінь у Затарвеллі зруйнувала мости.', [['place', 'Затарвелля']]],
    ['uk', 'Рятувальники приїхали із Затарвелля вночі.', [['place', 'Затарвелля']]],
    ['uk', 'Туристи повертаються до Подровацця влітку.', [['place', 'Подровацця']]],
    ['uk', 'Енергоблоки в Придорванні відключили.', [['place', 'Придорвання']]],
    ['ru', 'Паводок в Затарвелье разрушил мосты.', [['place', 'Затарвелье']]],
    ['ru', 'Спасатели приехали из Затарвелья ночью.', [['place', 'Затарвелье']]],
    ['ru', 'Туристы едут в Подроваччье летом.', [['place', 'Подроваччье']]],
  ] as const)('%s “%s”', (lang, text, expected) => {
    expect(named(text, lang)).toEqual(expected);
  });
});
