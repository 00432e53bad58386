/**
 * Turkish places read by the case ending after their apostrophe, checked on
 * invented sentences (none from a gold set): a locative or ablative after a
 * possessive's "n" ("Körfezi'nde") makes a place, any case ending of
 * place ends its name, so two places in a row stay two, and a genitive
 * before a point of the compass ("Kerkük'ün kuzeyinde") names a place.
 */
import { describe, expect, it } from 'vitest';
import { named } from '../../helpers/entities.ts';

describe('a Turkish case ending of place after an apostrophe', () => {
  it.each([
    ["Balıkçılar dün Velmora Burnu'nda mahsur kaldı.", ['Velmora Burnu']],
    ["Kente su dün Tarsoka Gözü'nden pompalandı.", ['Tarsoka Gözü']],
    ["Valilik, Darvina Yaylası'ndaki köyleri boşalttı.", ['Darvina Yaylası']],
    ["Binlerce kişi dün Melvani Geçidi'nden kaçtı.", ['Melvani Geçidi']],
    ["Heyet dün Korvabeli'nde incelemelerde bulundu.", ['Korvabeli']],
  ] as const)('reads the place in “%s”', (text, places) => {
    const found = named(text, 'tr');
    for (const place of places) expect(found).toContainEqual(['place', place]);
  });

  it.each([
    ["Heyet, Orvaka Körfezi'nden Selmiru'ya uzanacak yolu inceledi.", ['Orvaka Körfezi', 'Selmiru']],
    ["Heyet dün Dravoli'de Kestani Enerji Bakanı ile görüştü.", ['Dravoli']],
    ["Yardım konvoyu dün Tamirka'dan Zelvora'ya ulaştı.", ['Tamirka', 'Zelvora']],
  ] as const)('ends a place at its case ending in “%s”', (text, places) => {
    expect(named(text, 'tr').filter(([kind]) => kind === 'place')).toEqual(places.map((place) => ['place', place]));
  });

  it.each([
    ["Cumhurbaşkanı Ahmet Kaya'nın açıklaması tepki çekti.", ['person', 'Ahmet Kaya']],
    ["Dışişleri Bakanlığı'nda bir toplantı yapıldı.", ['organization', 'Dışişleri Bakanlığı']],
    ["Bakan Ayşe Demir'e göre görüşmeler sürüyor.", ['person', 'Ayşe Demir']],
  ] as const)('leaves a person or a body as it was: “%s”', (text, entity) => {
    const found = named(text, 'tr');
    expect(found).toContainEqual(entity);
    expect(found).not.toContainEqual(['place', entity[1]]);
  });

  it.each([
    "Meclis bu yıl Kasım'da toplanacak.",
    "Kurul kararını Pazartesi'nden sonra açıklayacak.",
  ])('finds no place in a month or a weekday: “%s”', (text) => {
    expect(named(text, 'tr').filter(([kind]) => kind === 'place')).toEqual([]);
  });
});

describe("a Turkish place's north or east", () => {
  it.each([
    ["Militanlar dün Gaçonoy'ın kuzeyindeki köylere çekildi.", 'Gaçonoy'],
    ["Asıl soru Mıkıpat'ın doğusu, dedi.", 'Mıkıpat'],
    ["Heyet dün Korvabeli'nin güneydoğusunda incelemede bulundu.", 'Korvabeli'],
  ])('reads the place in “%s”', (text, place) => {
    expect(named(text, 'tr')).toContainEqual(['place', place]);
  });

  it.each([
    ["Heyet dün Korvabeli'nin Batı ile ilişkilerini görüştü.", 'Korvabeli'],
    ["Heyet dün Korvabeli'nin doğum gününü kutladı.", 'Korvabeli'],
  ])('reads no place from a genitive before another word: “%s”', (text, name) => {
    expect(named(text, 'tr')).not.toContainEqual(['place', name]);
  });
});
