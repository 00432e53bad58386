/**
 * Whether the cleaner's rules for the head of a copy (headline, deck, byline,
 * what sits above the story) hold on small invented copies in other languages
 * and site styles than the development copy each rule was written for: a rule
 * that only works on the copy it came from does not belong in the cleaner.
 */
import { describe, expect, it } from 'vitest';
import { cleanTextDump, type CleanedDump } from '../../../shared/textdump/clean.ts';

function clean(lines: readonly string[]): CleanedDump {
  const result = cleanTextDump(lines.join('\n'));
  if (!result.ok) throw new Error(result.reason);
  return result.article;
}

interface HeadCase {
  name: string;
  lines: string[];
  title: string;
  byline?: string | null;
}

/** A headline, the longer deck right under it, the byline and date, then the story. */
const DECK_CASES: HeadCase[] = [
  {
    name: 'Spanish business daily, deck longer by words',
    lines: [
      'El Heraldo Económico',
      'Portada',
      'Empresas',
      'Energía',
      'Las eléctricas aceleran la instalación de baterías en Aragón',
      'Tres compañías presentan proyectos que suman 900 megavatios de almacenamiento junto a parques solares ya en marcha',
      'Marta Lozano',
      '3 de diciembre de 2026, 09:15',
      '',
      'Tres compañías eléctricas han presentado ante el Gobierno de Aragón proyectos de almacenamiento con baterías que suman 900 megavatios, según la documentación publicada este martes.',
      'Las baterías se instalarán junto a parques solares que ya están en marcha en las comarcas de Monegros y Cinca Medio, y permitirán vender la energía por la noche.',
      'La consejería de Industria prevé resolver los expedientes antes del verano, y las empresas calculan que las obras durarán unos dieciocho meses.',
    ],
    title: 'Las eléctricas aceleran la instalación de baterías en Aragón',
    byline: 'Marta Lozano',
  },
  {
    name: 'Turkish news site, deck with as many words but longer',
    lines: [
      'Liman Haber',
      'Gündem',
      'Ekonomi',
      'İzmir limanında konteyner trafiği rekor kırdı',
      'Kasım ayında elleçlenen konteyner sayısı geçen yılın aynı dönemine göre arttı',
      'Yazan: Elif Demirci',
      '4 Aralık 2026',
      '',
      'İzmir limanında kasım ayında elleçlenen konteyner sayısı geçen yılın aynı dönemine göre yüzde on dört artarak şirket tarihindeki en yüksek aylık düzeye ulaştı.',
      'Liman işletmesi, artışın büyük bölümünün Akdeniz hatlarında yeni başlayan seferlerden kaynaklandığını ve yoğunluğun ocak ayında da sürmesini beklediğini açıkladı.',
      'Sektör temsilcileri ise kara bağlantısındaki sıkışıklığın giderilmemesi halinde bu büyümenin kalıcı olamayacağı uyarısında bulundu.',
    ],
    title: 'İzmir limanında konteyner trafiği rekor kırdı',
    byline: 'Elif Demirci',
  },
  {
    name: 'a portal button above the headline is no headline, though the headline is longer',
    lines: [
      'Notícias Agregadas',
      'Início',
      'Economia',
      'Fonte: Jornal do Litoral',
      'Ver o artigo no site de origem',
      'Porto de Santos bate recorde de movimentação de grãos em novembro',
      'Por Ana Ribeiro',
      '2 de dezembro de 2026',
      '',
      'O porto de Santos movimentou em novembro o maior volume de grãos de sua história, puxado pelas exportações de soja e milho para a Ásia, informou a autoridade portuária.',
      'Os terminais de granéis operaram quase sem pausa durante o mês, e a fila de navios à espera de atracação chegou a trinta embarcações nos dias de maior movimento.',
      'A autoridade portuária prevê que o ritmo diminua em janeiro, quando termina a safra de milho e começam as obras de dragagem do canal.',
    ],
    title: 'Porto de Santos bate recorde de movimentação de grãos em novembro',
    byline: 'Ana Ribeiro',
  },
];

describe('the headline over its deck', () => {
  it.each(DECK_CASES)('$name', ({ lines, title, byline }) => {
    const article = clean(lines);
    expect(article.title).toBe(title);
    if (byline !== undefined) expect(article.byline).toBe(byline);
  });
});
