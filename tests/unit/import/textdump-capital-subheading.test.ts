/**
 * One subheading written in capitals between two paragraphs of the story ("RECOMMENDATIONS", "HINTERGRUND"), on a page
 * whose other lines give no second one: set between running text above and below, it heads the story's next section, not
 * a kicker or a section label. Invented copies in the cased languages; a capital kicker above the headline still goes,
 * and a capital field name ending in a colon is no subheading.
 */
import { describe, expect, it } from 'vitest';
import { cleanTextDump } from '../../../shared/textdump/clean.ts';

interface Page {
  head: string[];
  story: string[];
  label: string;
}

const PAGES: Readonly<Record<string, Page>> = {
  en: {
    head: ['County Fire Service', 'News', 'Safety', '', 'TOWN', 'Kitchen fire forces twelve families out of flats', '4 December 2026'],
    story: [
      'Twelve families spent the night with relatives after a fire broke out in a ground-floor kitchen of a block of flats on Station Road shortly after midnight.',
      'Four crews brought the fire under control within forty minutes, but smoke spread into the stairwell and several flats on the upper floors.',
      'Investigators believe the fire was caused by a pan left on a hob that was still switched on when the tenant fell asleep.',
      'Never leave cooking unattended, and fit a smoke alarm on every floor of your home and test it once a month.',
    ],
    label: 'ADVICE',
  },
  fr: {
    head: ['Service départemental d\'incendie', 'Actualités', '', 'Un feu de cuisine oblige douze familles à quitter leur immeuble', '4 décembre 2026'],
    story: [
      'Douze familles ont passé la nuit chez des proches après un feu qui s\'est déclaré peu après minuit dans la cuisine d\'un appartement du rez-de-chaussée.',
      'Quatre équipes ont maîtrisé l\'incendie en quarante minutes, mais la fumée s\'est propagée dans la cage d\'escalier et dans plusieurs logements.',
      'Selon les premiers éléments, une casserole serait restée sur une plaque allumée pendant que la locataire dormait.',
      'Ne laissez jamais une cuisson sans surveillance et installez un détecteur de fumée à chaque étage de votre logement.',
    ],
    label: 'RECOMMANDATIONS',
  },
  de: {
    head: ['Kreisfeuerwehr Lahn', 'Einsätze', '', 'Küchenbrand: Zwölf Familien verlassen Mehrfamilienhaus', '04.12.2026'],
    story: [
      'Zwölf Familien haben die Nacht bei Angehörigen verbracht, nachdem kurz nach Mitternacht in einer Küche im Erdgeschoss eines Mehrfamilienhauses ein Feuer ausgebrochen war.',
      'Vier Trupps hatten den Brand nach vierzig Minuten unter Kontrolle, doch der Rauch zog ins Treppenhaus und in mehrere Wohnungen der oberen Etagen.',
      'Nach ersten Erkenntnissen war ein Topf auf einer eingeschalteten Herdplatte stehen geblieben, während die Mieterin schlief.',
      'Lassen Sie Essen auf dem Herd nie unbeaufsichtigt und bringen Sie auf jeder Etage Ihrer Wohnung einen Rauchmelder an.',
    ],
    label: 'EMPFEHLUNGEN',
  },
  es: {
    head: ['Bomberos de la Diputación', 'Noticias', '', 'Un incendio en una cocina obliga a desalojar a doce familias', '04/12/2026'],
    story: [
      'Doce familias pasaron la noche con familiares después de que se declarara un incendio poco después de la medianoche en la cocina de un bajo.',
      'Cuatro dotaciones controlaron el fuego en cuarenta minutos, pero el humo llegó a la escalera y a varias viviendas de las plantas superiores.',
      'Según las primeras investigaciones, una sartén quedó sobre una placa encendida mientras la inquilina dormía.',
      'No deje nunca la cocina sin vigilancia e instale un detector de humo en cada planta de su vivienda.',
    ],
    label: 'RECOMENDACIONES',
  },
  it: {
    head: ['Vigili del Fuoco Comando Provinciale', 'Notizie', '', 'Incendio in cucina, dodici famiglie lasciano il condominio', '04/12/2026'],
    story: [
      'Dodici famiglie hanno trascorso la notte da parenti dopo che poco dopo la mezzanotte è scoppiato un incendio nella cucina di un appartamento al piano terra.',
      'Quattro squadre hanno spento le fiamme in quaranta minuti, ma il fumo ha raggiunto il vano scale e diversi appartamenti ai piani superiori.',
      'Secondo i primi accertamenti, una padella era rimasta su un fornello acceso mentre l\'inquilina dormiva.',
      'Non lasciate mai la cucina incustodita e installate un rilevatore di fumo su ogni piano della vostra abitazione.',
    ],
    label: 'RACCOMANDAZIONI',
  },
  pl: {
    head: ['Komenda Powiatowa PSP', 'Aktualności', '', 'Pożar kuchni: dwanaście rodzin opuściło blok', '04.12.2026'],
    story: [
      'Dwanaście rodzin spędziło noc u bliskich po tym, jak tuż po północy w kuchni mieszkania na parterze bloku przy ulicy Kolejowej wybuchł pożar.',
      'Cztery zastępy opanowały ogień w ciągu czterdziestu minut, ale dym przedostał się na klatkę schodową i do kilku mieszkań na wyższych piętrach.',
      'Według wstępnych ustaleń na włączonej płycie pozostawiono patelnię, a lokatorka w tym czasie spała.',
      'Nigdy nie zostawiaj gotowania bez nadzoru i zamontuj czujkę dymu na każdym piętrze swojego mieszkania.',
    ],
    label: 'ZALECENIA',
  },
  ru: {
    head: ['МЧС Области', 'Новости', '', 'Пожар на кухне: двенадцать семей покинули дом', '04.12.2026'],
    story: [
      'Двенадцать семей провели ночь у родственников после того, как вскоре после полуночи на кухне квартиры на первом этаже многоквартирного дома начался пожар.',
      'Четыре расчёта справились с огнём за сорок минут, но дым проник в подъезд и в несколько квартир на верхних этажах.',
      'По предварительным данным, на включённой плите осталась сковорода, пока хозяйка квартиры спала.',
      'Никогда не оставляйте готовящуюся еду без присмотра и установите датчик дыма на каждом этаже жилья.',
    ],
    label: 'РЕКОМЕНДАЦИИ',
  },
  tr: {
    head: ['İl İtfaiye Müdürlüğü', 'Haberler', '', 'Mutfak yangını: On iki aile binayı boşalttı', '04.12.2026'],
    story: [
      'Gece yarısından kısa süre sonra bir apartmanın giriş katındaki dairenin mutfağında çıkan yangın nedeniyle on iki aile geceyi yakınlarının yanında geçirdi.',
      'Dört ekip yangını kırk dakikada kontrol altına aldı, ancak duman merdiven boşluğuna ve üst katlardaki birkaç daireye yayıldı.',
      'İlk belirlemelere göre kiracı uyurken açık bırakılan ocağın üzerinde bir tava unutulmuştu.',
      'Yemek pişirirken ocağın başından ayrılmayın ve evinizin her katına bir duman dedektörü taktırın.',
    ],
    label: 'ÖNERİLER',
  },
};

function paragraphsAndHeadings(page: Page, label: string) {
  const story = [...page.story.slice(0, 3), label, page.story[3]!];
  const result = cleanTextDump([...page.head, '', story.join('\n\n'), '', 'Share', 'Privacy'].join('\n'));
  if (!result.ok) throw new Error(result.reason);
  return result.article.blocks.map((block) => `${block.kind === 'paragraph' ? '' : '## '}${block.text}`);
}

describe('one subheading in capitals between two paragraphs of the story', () => {
  it.each(Object.keys(PAGES))('%s: it is a subheading', (lang) => {
    const page = PAGES[lang]!;
    expect(paragraphsAndHeadings(page, page.label)).toEqual([...page.story.slice(0, 3), `## ${page.label}`, page.story[3]!]);
  });

  it.each(Object.keys(PAGES))('%s: a capital field name ending in a colon is no subheading', (lang) => {
    const page = PAGES[lang]!;
    expect(paragraphsAndHeadings(page, `${page.label}:`)).not.toContain(`## ${page.label}:`);
  });

  it('a capital kicker above the headline still goes', () => {
    expect(paragraphsAndHeadings(PAGES.en!, PAGES.en!.label)).not.toContain('## TOWN');
  });
});
