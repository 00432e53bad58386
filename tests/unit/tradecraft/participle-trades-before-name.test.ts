/**
 * Someone named by what they do with a participle before their name: the
 * Romance nouns made from a present participle ("el comerciante", "o
 * dirigente", "l'abitante", "le commerçant", "la manifestante"), a science
 * with a short stem ("el biólogo", "il geologo"), and in Turkish the agent
 * suffix ("üretici", "kahveci") or a participle of work after a trade or a
 * title ("balıkçılık yapan", "avukat olan"). The full name after it, which no
 * list knows, is a person's. A bridge or a lake named after such a word, an
 * ordinal, and a name after any other participle ("hasar gören"), are no one.
 */
import { describe, expect, it } from 'vitest';
import { named, peopleNamed as people } from '../../helpers/entities.ts';

describe('a participle trade before a name', () => {
  it.each([
    ['es', 'En el mercado, el comerciante Tobiro Uslaquen cerró su puesto.', 'Tobiro Uslaquen'],
    ['es', 'Ayer la dirigente Velarquina Toscal encabezó la marcha.', 'Velarquina Toscal'],
    ['es', 'El biólogo Dubrino Jetalcas recogió muestras del lago.', 'Dubrino Jetalcas'],
    ['pt', 'Em Velmira, o comerciante Raudelino Bitancur comemorou a decisão.', 'Raudelino Bitancur'],
    ['pt', 'A estudante Lurdiane Cascavar perdeu a casa na cheia.', 'Lurdiane Cascavar'],
    ['it', 'Il commerciante Orsino Tavelacci ha chiuso il negozio.', 'Orsino Tavelacci'],
    ['it', 'Secondo il geologo Lavinio Sartucce la frana si allarga.', 'Lavinio Sartucce'],
    ['fr', 'Le commerçant Gaulène Virotte a fermé sa boutique.', 'Gaulène Virotte'],
    ['fr', 'Selon la manifestante Aubrane Colmiet, la police a chargé.', 'Aubrane Colmiet'],
    ['tr', 'Köyde balıkçılık yapan Kerimhan Sözbaşı, yasağa uyduklarını anlattı.', 'Kerimhan Sözbaşı'],
    ['tr', 'Mahallede avukat olan Orhunay Dizdarlı ise suyun kesildiğini söyledi.', 'Orhunay Dizdarlı'],
    ['tr', 'İlçeden üretici Zülfiye Tanrıkulu ise fiyatların düştüğünü söyledi.', 'Zülfiye Tanrıkulu'],
  ] as const)('in %s: “%s”', (lang, text, name) => {
    expect(people(text, lang)).toContain(name);
  });

  it.each([
    ['es', 'Los camiones cruzan el puente Velmar Dorin cada mañana.', 'Velmar Dorin'],
    ['tr', 'Bölgede bulunan Velmar Gölü kuruyor.', 'Velmar Gölü'],
    ['tr', 'Takım ikinci Velmar Kupası için hazırlanıyor.', 'Velmar Kupası'],
    ['tr', 'Depremde hasar gören Velmar Dorin yeniden açıldı.', 'Velmar Dorin'],
  ] as const)('in %s names no one: “%s”', (lang, text, name) => {
    expect(named(text, lang)).not.toContainEqual(['person', name]);
  });
});
