/**
 * A glossary box inside the story ("WORDS TO KNOW" / "Migration: when animals move …" / "Colony: a group of birds …"):
 * two or more lines, each a term of a word to three, a colon and a definition opening in lower case. The story's own
 * paragraphs open their sentences with capitals, so a run of such lines is the page's box, in any cased script. Invented
 * copies for children's news, a museum's page and a science desk in several languages; a single such line, and a story
 * paragraph after a name and a colon, stay.
 */
import { describe, expect, it } from 'vitest';
import { cleanTextDump } from '../../../shared/textdump/clean.ts';

interface Page {
  head: string[];
  story: string[];
  box: string[];
}

const PAGES: Readonly<Record<string, Page>> = {
  en: {
    head: ['Junior Times', 'News', 'Science', '', 'Bats return to the old railway tunnel', 'By Priya Nair', '4 December 2026'],
    story: [
      'A colony of rare bats has moved back into a disused railway tunnel near the town, ten years after the last ones were seen there.',
      'Volunteers counted more than two hundred of them in November, hanging from the bricks in the coldest part of the tunnel.',
      'The tunnel was closed to walkers last year so that the bats would not be disturbed during their winter sleep.',
      'Scientists will count the colony again in February to see how many bats survive the winter.',
    ],
    box: ['WORDS TO KNOW', 'Colony: a large group of animals of the same kind that live together.', 'Hibernation: a long, deep sleep that helps some animals survive the winter.'],
  },
  fr: {
    head: ['Le P\'tit Journal', 'Actu', 'Sciences', '', 'Les chauves-souris reviennent dans le vieux tunnel', 'Par Léa Martin', '4 décembre 2026'],
    story: [
      'Une colonie de chauves-souris rares s\'est réinstallée dans un ancien tunnel ferroviaire près de la ville, dix ans après leur disparition.',
      'Des bénévoles en ont compté plus de deux cents en novembre, accrochées aux briques dans la partie la plus froide du tunnel.',
      'Le tunnel a été fermé aux promeneurs l\'an dernier pour que les chauves-souris ne soient pas dérangées pendant l\'hiver.',
      'Les scientifiques recompteront la colonie en février pour savoir combien ont survécu.',
    ],
    box: ['LES MOTS POUR COMPRENDRE', 'Colonie : un groupe d\'animaux de la même espèce qui vivent ensemble.', 'Hibernation : un long sommeil qui aide certains animaux à passer l\'hiver.'],
  },
  de: {
    head: ['Kinder-Nachrichten', 'Wissen', '', 'Fledermäuse kehren in den alten Tunnel zurück', 'Von Lena Vogt', '04.12.2026'],
    story: [
      'Eine Kolonie seltener Fledermäuse ist in einen stillgelegten Eisenbahntunnel bei der Stadt zurückgekehrt, zehn Jahre nachdem die letzten dort gesehen wurden.',
      'Freiwillige zählten im November mehr als zweihundert Tiere, die im kältesten Teil des Tunnels an den Ziegeln hingen.',
      'Der Tunnel wurde im vergangenen Jahr für Spaziergänger gesperrt, damit die Fledermäuse im Winterschlaf nicht gestört werden.',
      'Im Februar wollen die Forscher die Kolonie noch einmal zählen.',
    ],
    box: ['WORTERKLÄRUNGEN', 'Kolonie: eine große Gruppe von Tieren einer Art, die zusammenleben.', 'Winterschlaf: ein langer, tiefer Schlaf, mit dem manche Tiere den Winter überstehen.'],
  },
  es: {
    head: ['Noticias Junior', 'Ciencia', '', 'Los murciélagos vuelven al viejo túnel del tren', 'Por Lucía Gómez', '04/12/2026'],
    story: [
      'Una colonia de murciélagos poco comunes ha vuelto a un túnel de tren abandonado cerca de la ciudad, diez años después de que se vieran los últimos.',
      'Los voluntarios contaron más de doscientos en noviembre, colgados de los ladrillos en la parte más fría del túnel.',
      'El túnel se cerró a los paseantes el año pasado para que los murciélagos no fueran molestados durante el invierno.',
      'Los científicos volverán a contar la colonia en febrero.',
    ],
    box: ['PALABRAS CLAVE', 'Colonia: un grupo grande de animales de la misma especie que viven juntos.', 'Hibernación: un sueño largo y profundo que ayuda a algunos animales a pasar el invierno.'],
  },
  pl: {
    head: ['Gazetka Dziecięca', 'Nauka', '', 'Nietoperze wróciły do starego tunelu kolejowego', 'Anna Wróbel', '04.12.2026'],
    story: [
      'Kolonia rzadkich nietoperzy wróciła do nieczynnego tunelu kolejowego pod miastem, dziesięć lat po tym, jak widziano tam ostatnie z nich.',
      'Wolontariusze naliczyli w listopadzie ponad dwieście zwierząt wiszących na cegłach w najzimniejszej części tunelu.',
      'Tunel zamknięto w zeszłym roku dla spacerowiczów, aby nietoperze nie były niepokojone podczas zimowego snu.',
      'Naukowcy ponownie policzą kolonię w lutym.',
    ],
    box: ['SŁOWNICZEK', 'Kolonia: duża grupa zwierząt jednego gatunku, które żyją razem.', 'Hibernacja: długi, głęboki sen, który pomaga niektórym zwierzętom przetrwać zimę.'],
  },
  ru: {
    head: ['Детская газета', 'Наука', '', 'Летучие мыши вернулись в старый тоннель', 'Анна Орлова', '04.12.2026'],
    story: [
      'Колония редких летучих мышей вернулась в заброшенный железнодорожный тоннель под городом спустя десять лет после того, как там видели последних.',
      'В ноябре волонтёры насчитали больше двухсот зверьков, висевших на кирпичах в самой холодной части тоннеля.',
      'В прошлом году тоннель закрыли для прогулок, чтобы никто не тревожил летучих мышей во время зимней спячки.',
      'В феврале учёные пересчитают колонию ещё раз.',
    ],
    box: ['СЛОВАРИК', 'Колония: большая группа животных одного вида, которые живут вместе.', 'Спячка: долгий глубокий сон, который помогает некоторым животным пережить зиму.'],
  },
  tr: {
    head: ['Çocuk Haber', 'Bilim', '', 'Yarasalar eski tren tüneline geri döndü', 'Elif Kaya', '04.12.2026'],
    story: [
      'Nadir görülen yarasalardan oluşan bir koloni, son bireylerin görülmesinden on yıl sonra kentin yakınındaki kullanılmayan bir demiryolu tüneline geri döndü.',
      'Gönüllüler kasım ayında tünelin en soğuk bölümünde tuğlalara asılı iki yüzden fazla yarasa saydı.',
      'Tünel, yarasaların kış uykusunda rahatsız edilmemesi için geçen yıl yürüyüşçülere kapatıldı.',
      'Bilim insanları koloniyi şubat ayında yeniden sayacak.',
    ],
    box: ['SÖZLÜK', 'Koloni: birlikte yaşayan aynı türden hayvanların oluşturduğu büyük grup.', 'Kış uykusu: bazı hayvanların kışı atlatmasına yardım eden uzun ve derin uyku.'],
  },
};

function paragraphsOf(page: Page, story: string[]): string[] {
  const result = cleanTextDump([...page.head, '', story.join('\n\n'), '', 'Share', 'Privacy'].join('\n'));
  if (!result.ok) throw new Error(result.reason);
  return result.article.blocks.map((block) => block.text);
}

describe('a glossary box inside the story', () => {
  it.each(Object.keys(PAGES))('%s: the box and its label go, the story stays whole', (lang) => {
    const page = PAGES[lang]!;
    const story = [...page.story.slice(0, 2), ...page.box, ...page.story.slice(2)];
    expect(paragraphsOf(page, story)).toEqual(page.story);
  });

  it.each(Object.keys(PAGES))('%s: a single defined term stays', (lang) => {
    const page = PAGES[lang]!;
    const story = [...page.story.slice(0, 2), page.box[1]!, ...page.story.slice(2)];
    expect(paragraphsOf(page, story)).toEqual(story);
  });

  it('a story paragraph after a speaker\'s name and a colon stays', () => {
    const page = PAGES.en!;
    const story = [
      ...page.story.slice(0, 2),
      'Ranger Tom Ellis: We were amazed to see so many of them come back after all these years.',
      'Volunteer Sam Okafor: It shows that closing the tunnel to walkers has really worked.',
      ...page.story.slice(2),
    ];
    expect(paragraphsOf(page, story)).toEqual(story);
  });
});
