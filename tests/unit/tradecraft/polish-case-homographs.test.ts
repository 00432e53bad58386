/**
 * Polish places in another case that a stem shared with some other word
 * misreads: a plural country's genitive, which drops its "-y" ("do Chin" is
 * Chiny, not the English China), a town in "-iec" that loses its "ie" in the
 * other cases ("z Sosnowca" is Sosnowiec), a continent's own Polish name, and
 * a form no case of a soft-stemmed town takes ("Łodzie" are boats, not Łódź).
 * Invented sentences; the towns are real where the gazetteer must know them.
 */
import { describe, expect, it } from 'vitest';
import { named } from '../../helpers/entities.ts';

describe('a Polish place in another case against its homographs', () => {
  it.each([
    ['Eksport miedzi do Chin wzrósł o połowę.', [['place', 'Chiny']]],
    ['Huta kupuje rudę z Filipin od lat.', [['place', 'Filipiny']]],
    ['Kobalt płynie z Afryki do portów w Afryce Zachodniej.', [['place', 'Afryka'], ['place', 'Afryka Zachodnia']]],
    ['Kibice z Sosnowca pojechali do Katowic.', [['place', 'Sosnowiec'], ['place', 'Katowice']]],
    ['Radni w Sosnowcu przyjęli budżet.', [['place', 'Sosnowiec']]],
    ['Zakłócenia pochodzą z okolic Tarnowca, mówią piloci.', [['place', 'Tarnowiec']]],
  ] as const)('“%s”', (text, expected) => {
    expect(named(text, 'pl')).toEqual(expected);
  });

  it.each([
    ['Łodzie rybackie wróciły do portu przed burzą.', []],
    ['Mieszkańcy Łodzi protestowali przed urzędem.', [['place', 'Łódź']]],
  ] as const)('“%s”: only a case the town takes is the town', (text, expected) => {
    expect(named(text, 'pl')).toEqual(expected);
  });
});
