/**
 * A sentence may open with a word that is capitalized only because it comes
 * first, right before a body's name: an Indonesian conjunction or adverb
 * before a head that opens the name ("Namun Kementerian …"), a Polish,
 * Russian or Ukrainian verb put before its subject ("Zaprotestowała Fundacja
 * …", "Протестує Асоціація …"), a Turkish object in the accusative, which
 * Turkish would write after an apostrophe on a name ("Açıklamayı … Odası
 * yaptı"). The reader gives the body's name without that word. A name that
 * opens the sentence itself (an adjective, a legal form, a place, a common
 * word of the name) keeps all its words. Invented names.
 */
import { describe, expect, it } from 'vitest';
import { named } from '../../helpers/entities.ts';

const organizations = (text: string, lang: string) => named(text, lang).filter(([kind]) => kind === 'organization');

describe('a word opening the sentence before a body is no part of its name', () => {
  it.each([
    ['id', 'Namun Kementerian Kelautan Tarvelia membantah laporan itu.', [['organization', 'Kementerian Kelautan Tarvelia']]],
    ['id', 'Sementara Badan Pangan Tarvel menolak berkomentar.', [['organization', 'Badan Pangan Tarvel']]],
    ['id', 'Sebelumnya Dinas Kesehatan Tarvel sudah memperingatkan warga.', [['organization', 'Dinas Kesehatan Tarvel']]],
    ['id', 'Kemudian Kementerian Perhubungan mengirim tim ke lokasi.', [['organization', 'Kementerian Perhubungan']]],
    ['pl', 'Zaprotestowała Fundacja Ochrony Rzek Tarvelskich.', [['organization', 'Fundacja Ochrony Rzek Tarvelskich']]],
    ['pl', 'Protestuje Związek Hodowców Koni.', [['organization', 'Związek Hodowców Koni']]],
    ['uk', 'Протестує Асоціація морських агентів.', [['organization', 'Асоціація морських агентів']]],
    ['uk', 'Заяву оприлюднила Асоціація морських агентів.', [['organization', 'Асоціація морських агентів']]],
    ['ru', 'Протестует Союз рыбаков Тарвении.', [['organization', 'Союз рыбаков Тарвении']]],
    ['tr', 'Açıklamayı Tarvel Ziraat Odası yaptı.', [['organization', 'Tarvel Ziraat Odası']]],
  ] as const)('in %s: “%s”', (lang, text, expected) => {
    expect(organizations(text, lang)).toEqual(expected);
  });
});

describe('a name that opens the sentence keeps its first word', () => {
  it.each([
    ['id', 'PT Tarvel Energi menolak berkomentar.', [['organization', 'Tarvel Energi']]],
    ['id', 'Kementerian Kelautan membantah laporan itu.', [['organization', 'Kementerian Kelautan']]],
    ['pl', 'Państwowa Straż Pożarna wysłała zastępy.', [['organization', 'Państwowa Straż Pożarna']]],
    ['ru', 'Совет Федерации одобрил закон.', [['organization', 'Совет Федерации']]],
    ['uk', 'Тарвенська асоціація морських агентів заявила про втрати.', [['organization', 'Тарвенська асоціація морських агентів']]],
    ['tr', 'Enerji Bakanlığı açıkladı.', [['organization', 'Enerji Bakanlığı']]],
    // A noun that ends like an accusative in its own form opens the name: "kıyı" is a coast.
    ['tr', 'Kıyı Emniyeti Tarvel Müdürlüğü açıkladı.', [['organization', 'Kıyı Emniyeti Tarvel Müdürlüğü']]],
    ['tr', 'Ankara Büyükşehir Belediyesi açıkladı.', [['organization', 'Ankara Büyükşehir Belediyesi']]],
    ['en', 'Federal Reserve Bank officials declined to comment.', [['organization', 'Federal Reserve Bank']]],
  ] as const)('in %s: “%s”', (lang, text, expected) => {
    expect(organizations(text, lang)).toEqual(expected);
  });
});
