/**
 * A box set between two paragraphs of the story that asks the reader to act, under its label, closed by a button that
 * repeats the call's verb ("Give a seal pup a home" / "Adopt a seal pup for £30 and help us …" / "Adopt now"): the page
 * selling something beside the story. The reader gets the story without the box, in the languages whose words for
 * "you" and "us" the cleaner knows. Invented pages; a story paragraph speaking to the reader followed by a subheading
 * that does not repeat its opening verb stays, and so does the subheading.
 */
import { describe, expect, it } from 'vitest';
import { cleanTextDump } from '../../../shared/textdump/clean.ts';

interface Page {
  story: readonly [string, string, string, string];
  box: readonly [string, string, string];
}

const PAGES: ReadonlyArray<readonly [string, Page]> = [
  ['en', {
    story: [
      'Rescuers at the coastal sanctuary have cared for more grey seal pups this winter than in any year since it opened, after a run of storms in November.',
      'Most of the pups were found alone on beaches along the bay, underweight and too young to feed themselves, and were brought in by walkers and volunteers.',
      'The sanctuary expects to release about forty of them back into the sea in March, once each pup has reached a healthy weight of at least forty kilos.',
      'Staff will fit small tags to some of the animals so that researchers can follow where they travel during their first year at sea.',
    ],
    box: ['Give a seal pup a home', 'Adopt a seal pup for £30 and help us care for the animals in our hospital.', 'Adopt now'],
  }],
  ['fr', {
    story: [
      'Le centre de soins du littoral a accueilli cet hiver plus de bébés phoques qu\'en aucune autre année depuis son ouverture, après une série de tempêtes en novembre.',
      'La plupart ont été trouvés seuls sur les plages de la baie, trop maigres et trop jeunes pour se nourrir, puis amenés par des promeneurs et des bénévoles.',
      'Le centre prévoit d\'en relâcher une quarantaine en mars, une fois que chaque petit aura atteint un poids d\'au moins quarante kilos.',
      'Certains animaux recevront une petite balise pour que les chercheurs puissent suivre leurs déplacements pendant leur première année en mer.',
    ],
    box: ['Offrez un foyer à un phoque', 'Parrainez un bébé phoque pour 30 € et aidez-nous à soigner nos pensionnaires.', 'Parrainer'],
  }],
  ['de', {
    story: [
      'Die Seehundstation an der Küste hat in diesem Winter mehr junge Kegelrobben aufgenommen als in jedem anderen Jahr seit ihrer Eröffnung, nach mehreren Stürmen im November.',
      'Die meisten Jungtiere wurden allein an den Stränden der Bucht gefunden, untergewichtig und zu jung, um selbst zu fressen, und von Spaziergängern gebracht.',
      'Die Station will im März rund vierzig Tiere wieder ins Meer entlassen, sobald jedes von ihnen mindestens vierzig Kilo wiegt.',
      'Einige Robben bekommen kleine Sender, damit Forscher verfolgen können, wohin sie in ihrem ersten Jahr im Meer schwimmen.',
    ],
    box: ['Ein Zuhause für Robben', 'Werden Sie Pate eines Heulers für 30 Euro und helfen Sie uns bei der Pflege unserer Tiere.', 'Pate werden'],
  }],
  ['es', {
    story: [
      'El centro de recuperación de la costa ha atendido este invierno más crías de foca que en ningún otro año desde su apertura, tras varios temporales en noviembre.',
      'La mayoría de las crías aparecieron solas en las playas de la bahía, con poco peso y demasiado jóvenes para alimentarse, y las llevaron paseantes y voluntarios.',
      'El centro prevé devolver al mar unas cuarenta en marzo, cuando cada cría haya alcanzado un peso de al menos cuarenta kilos.',
      'Algunos animales llevarán pequeños transmisores para que los investigadores puedan seguir sus movimientos durante su primer año en el mar.',
    ],
    box: ['Dale un hogar a una foca', 'Apadrina una cría de foca por 30 euros y ayúdanos a cuidar a nuestros animales.', 'Apadrinar'],
  }],
  ['it', {
    story: [
      'Il centro di recupero della costa ha accolto quest\'inverno più cuccioli di foca che in qualsiasi altro anno dalla sua apertura, dopo una serie di tempeste a novembre.',
      'Quasi tutti i cuccioli sono stati trovati soli sulle spiagge della baia, sottopeso e troppo giovani per nutrirsi, e portati al centro da escursionisti e volontari.',
      'Il centro conta di liberarne una quarantina a marzo, quando ogni cucciolo avrà raggiunto un peso di almeno quaranta chili.',
      'Alcuni animali riceveranno piccoli trasmettitori perché i ricercatori possano seguirne gli spostamenti durante il primo anno in mare.',
    ],
    box: ['Dai una casa a una foca', 'Adotta un cucciolo di foca con 30 euro e aiutaci a curare i nostri animali.', 'Adotta ora'],
  }],
  ['pt', {
    story: [
      'O centro de recuperação da costa acolheu este inverno mais crias de foca do que em qualquer outro ano desde a abertura, depois de várias tempestades em novembro.',
      'A maioria das crias foi encontrada sozinha nas praias da baía, abaixo do peso e demasiado nova para se alimentar, e levada por caminhantes e voluntários.',
      'O centro conta devolver cerca de quarenta ao mar em março, quando cada cria tiver atingido um peso de pelo menos quarenta quilos.',
      'Alguns animais vão receber pequenos transmissores para que os investigadores possam seguir os seus movimentos no primeiro ano no mar.',
    ],
    box: ['Dê um lar a uma foca', 'Apadrinhe uma cria de foca por 30 euros e ajude a cuidar dos nossos animais.', 'Apadrinhar'],
  }],
  ['nl', {
    story: [
      'De zeehondenopvang aan de kust heeft deze winter meer jonge grijze zeehonden opgevangen dan in enig ander jaar sinds de opening, na een reeks stormen in november.',
      'De meeste pups werden alleen op de stranden van de baai gevonden, te mager en te jong om zelf te eten, en werden gebracht door wandelaars en vrijwilligers.',
      'De opvang wil er in maart ongeveer veertig terugzetten in zee, zodra elke pup minstens veertig kilo weegt.',
      'Een deel van de dieren krijgt een kleine zender, zodat onderzoekers kunnen volgen waar ze in hun eerste jaar op zee heen zwemmen.',
    ],
    box: ['Geef een zeehond een thuis', 'Adopteer een zeehondenpup voor 30 euro en help ons de dieren in onze opvang te verzorgen.', 'Adopteer nu'],
  }],
  ['pl', {
    story: [
      'Ośrodek rehabilitacji na wybrzeżu przyjął tej zimy więcej młodych fok szarych niż w którymkolwiek roku od otwarcia, po serii listopadowych sztormów.',
      'Większość młodych znaleziono samotnie na plażach zatoki, niedożywionych i zbyt młodych, by same się żywiły; przynieśli je spacerowicze i wolontariusze.',
      'Ośrodek chce w marcu wypuścić do morza około czterdziestu zwierząt, gdy każde osiągnie wagę co najmniej czterdziestu kilogramów.',
      'Część fok dostanie małe nadajniki, aby naukowcy mogli śledzić, dokąd płyną w pierwszym roku na morzu.',
    ],
    box: ['Daj fokom dom', 'Adoptuj małą fokę za 30 zł i pomóż nam w opiece nad zwierzętami w naszej stacji.', 'Adoptuj teraz'],
  }],
  ['ru', {
    story: [
      'Реабилитационный центр на побережье принял этой зимой больше детёнышей серого тюленя, чем в любой другой год с момента открытия, после череды ноябрьских штормов.',
      'Большинство детёнышей нашли в одиночестве на пляжах залива, истощёнными и слишком маленькими, чтобы кормиться самостоятельно; их принесли туристы и волонтёры.',
      'В марте центр рассчитывает выпустить в море около сорока животных, когда каждый детёныш наберёт не меньше сорока килограммов.',
      'Некоторым тюленям установят небольшие датчики, чтобы учёные могли следить за их перемещениями в первый год жизни в море.',
    ],
    box: ['Подарите тюленю дом', 'Оформите опеку над детёнышем тюленя за 300 рублей и поддержите нашу работу.', 'Оформить опеку'],
  }],
  ['tr', {
    story: [
      'Kıyıdaki rehabilitasyon merkezi, kasımdaki fırtınaların ardından bu kış açıldığından bu yana hiç olmadığı kadar çok fok yavrusuna baktı.',
      'Yavruların çoğu körfezin kumsallarında yalnız, zayıf ve kendi başına beslenemeyecek kadar küçük bulundu ve yürüyüşçüler ile gönüllüler tarafından getirildi.',
      'Merkez, her yavru en az kırk kiloya ulaştığında mart ayında yaklaşık kırk foku denize bırakmayı planlıyor.',
      'Araştırmacıların ilk yıllarında nereye gittiklerini izleyebilmesi için bazı foklara küçük vericiler takılacak.',
    ],
    box: ['Bir foka yuva verin', 'Siz de bizim hastanemizdeki bir fok yavrusunu 300 liraya sahiplenin.', 'Sahiplen'],
  }],
];

/** A paragraph speaking to the reader, then a subheading that does not repeat its verb: both the story's. */
const LOOK_ALIKE = {
  story: PAGES[0]![1].story,
  advice: 'If you find a seal pup alone on a beach, keep your distance, keep dogs on a lead and call us on the rescue line.',
  subheading: 'Tags for the first year',
};

function storyOf(paragraphs: readonly string[]): string[] {
  const head = ['Coastal Wildlife News', 'Animals', '', 'Record winter for seal rescues', '5 December 2026'];
  const result = cleanTextDump([...head, '', paragraphs.join('\n\n'), '', 'Share', 'Privacy'].join('\n'));
  if (!result.ok) throw new Error(result.reason);
  return result.article.blocks.map((block) => block.text);
}

describe('a call box between paragraphs whose button repeats its call', () => {
  it.each(PAGES)('%s: the label, the call and the button go, the story stays whole', (_lang, page) => {
    const [first, second, third, fourth] = page.story;
    expect(storyOf([first, second, ...page.box, third, fourth])).toEqual(page.story);
  });

  it('a paragraph speaking to the reader over a subheading of the story stays, with the subheading', () => {
    const [first, second, third, fourth] = LOOK_ALIKE.story;
    const paragraphs = [first, second, LOOK_ALIKE.advice, LOOK_ALIKE.subheading, third, fourth];
    expect(storyOf(paragraphs)).toEqual(paragraphs);
  });
});
