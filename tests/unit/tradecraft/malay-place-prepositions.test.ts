/**
 * Indonesian and Malay prepositions of place, "di" (in, at), "ke" (to) and
 * "dari" (from), before a name of one or two capitalized words make it a
 * place's, as "in", "to" and "from" do in English ("nelayan di Tarvel", "dari
 * Kembang Drovak"); a body's head or a title still names a body or a person.
 * Invented names.
 */
import { describe, expect, it } from 'vitest';
import { named } from '../../helpers/entities.ts';

describe('a name after an Indonesian preposition of place', () => {
  it.each([
    ['Nelayan di Tarvel mengaku hasil tangkapan turun.', [['place', 'Tarvel']]],
    ['Kepala desa di Kembang Drovak meminta bantuan.', [['place', 'Kembang Drovak']]],
    ['Kapal itu dibawa ke Sedarvo pada Senin.', [['place', 'Sedarvo']]],
    ['Perusahaan itu mengimpor suku cadang dari Velmora.', [['place', 'Velmora']]],
    ['Kapal patroli berlayar di Laut Tarvela Selatan.', [['place', 'Laut Tarvela Selatan']]],
  ] as const)('“%s”', (text, expected) => {
    expect(named(text, 'id')).toEqual(expected);
  });
});
