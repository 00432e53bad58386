/**
 * A photo's caption inside the story, set alone between two paragraphs: a description that ends as a sentence, then
 * its credit, place or date with no stop ("Crews on the pier on Monday. Harbour Board handout"). It is shaped like a
 * subheading, short and open-ended, but a subheading never holds a sentence's end inside it. Invented copies in several
 * site styles and languages, with real subheadings and short story sentences that must stay. A longer caption closes on
 * its credit the same way ("… October 2026. Photo: L. Ortega"), where a story's paragraph closes on a sentence. A page
 * marks its captions alike: a line opening with the symbol of a caption found above ("▲ …") is one more.
 */
import { describe, expect, it } from 'vitest';
import { cleanTextDump, type CleanedDump } from '../../../shared/textdump/clean.ts';

interface Page {
  header: string[];
  title: string;
  byline: string;
  paragraphs: [string, string, string, string];
}

const PAGES: Readonly<Record<string, Page>> = {
  en: {
    header: ['Westmoor Gazette', 'News', 'Local'],
    title: 'Harbour board starts repairs on the storm-damaged north pier',
    byline: 'By Rhona Gilchrist',
    paragraphs: [
      'Repairs to the north pier at Westmoor began on Monday, three weeks after a winter storm tore away part of its deck and left two moorings unusable.',
      'The harbour board said contractors would replace about forty metres of timber decking and reinforce the piles nearest the channel before the fishing season opens.',
      'Skippers who use the pier have been moving their boats to the south quay, where space is short and the tide leaves little room to turn.',
      'The board expects the work to cost about 310,000 pounds and to be finished by the end of March, weather allowing.',
    ],
  },
  es: {
    header: ['Diario de Valdemora', 'Local', 'Sociedad'],
    title: 'El mercado municipal de Valdemora reabre tras ocho meses de obras',
    byline: 'Por Lucía Barrachina',
    paragraphs: [
      'El mercado municipal de Valdemora reabrió este sábado sus puertas después de ocho meses de obras que han renovado la cubierta, los puestos y la instalación eléctrica.',
      'La reforma, con un coste de 2,3 millones de euros, ha permitido recuperar doce puestos que llevaban años cerrados y habilitar una zona de degustación junto a la entrada.',
      'Los comerciantes celebraron la reapertura, aunque varios de ellos reclamaron más plazas de aparcamiento en las calles cercanas para los clientes de fuera del barrio.',
      'El Ayuntamiento estudiará en enero la posibilidad de ampliar el horario de apertura los viernes por la tarde durante los meses de verano.',
    ],
  },
  ru: {
    header: ['Вестник Приозерья', 'Новости', 'Общество'],
    title: 'В Приозерске открыли новый пешеходный мост через реку Лузу',
    byline: 'Андрей Веденеев',
    paragraphs: [
      'В Приозерске после двух лет строительства открыли пешеходный мост через реку Лузу, который соединил старый центр города с новым микрорайоном на правом берегу.',
      'Длина моста составляет 146 метров, ширина — четыре метра; по обеим сторонам настила устроены велосипедные дорожки и освещение на солнечных батареях.',
      'Раньше жителям микрорайона приходилось идти до автомобильного моста почти два километра, и многие пользовались лодочной переправой, закрытой на зиму.',
      'Администрация города рассчитывает весной благоустроить подходы к мосту и высадить вдоль набережной около двухсот деревьев.',
    ],
  },
  ko: {
    header: ['한빛대학신문', '뉴스', '대학'],
    title: '중앙도서관 열람실, 시험 기간 24시간 개방',
    byline: '김민재 기자',
    paragraphs: [
      '중앙도서관이 이번 학기 기말시험 기간 동안 2층과 3층 열람실을 24시간 개방한다. 도서관은 지난 1일 학생 설문 결과를 반영해 운영 시간을 늘리기로 했다고 밝혔다.',
      '설문에 참여한 학생 1,240명 가운데 72%가 야간 개방이 필요하다고 답했으며, 특히 자취하는 학생들의 요청이 많았던 것으로 나타났다.',
      '도서관은 야간 안전을 위해 출입구에 학생증 인식기를 설치하고, 자정 이후에는 경비 인력을 두 명으로 늘릴 계획이다.',
      '도서관 측은 시험 기간이 끝난 뒤 이용 현황을 분석해 다음 학기에도 야간 개방을 이어 갈지 결정할 예정이다.',
    ],
  },
  de: {
    header: ['Lindenauer Rundschau', 'Lokales', 'Wirtschaft'],
    title: 'Stadtwerke Lindenau nehmen neue Pumpe im Klärwerk in Betrieb',
    byline: 'Von Katrin Vogt',
    paragraphs: [
      'Die Stadtwerke Lindenau haben am Mittwoch im Klärwerk an der Saale eine neue Pumpe in Betrieb genommen, die bei Starkregen doppelt so viel Wasser abführen kann wie die alte.',
      'Die Anlage hat rund 1,4 Millionen Euro gekostet; knapp die Hälfte davon trägt das Land aus seinem Programm für den Hochwasserschutz.',
      'Bei den Überschwemmungen im vergangenen Sommer waren in der Unterstadt mehrere Keller vollgelaufen, weil das Klärwerk die Wassermassen nicht mehr bewältigen konnte.',
      'Im kommenden Jahr sollen zwei Regenrückhaltebecken am Stadtrand folgen, deren Bau der Stadtrat im Oktober beschlossen hat.',
    ],
  },
  zh: {
    header: ['清河发布', '首页', '民生'],
    title: '河滨公园改造完成 新增步道三公里',
    byline: '记者 李明',
    paragraphs: [
      '记者从市园林局获悉，河滨公园改造工程日前全部完工，新增滨河步道三公里，改造绿地面积约十二万平方米，公园已于本周全面恢复开放。',
      '此次改造重点解决了公园排水不畅、夜间照明不足等问题，新建雨水花园四处，更换路灯三百余盏，并在主要出入口增设了无障碍坡道。',
      '家住附近的居民表示，以前下雨后步道经常积水，现在散步方便多了，晚上也不再觉得黑。',
      '市园林局表示，下一步将对全市其余六座老旧公园开展评估，分批推进改造提升工作。',
    ],
  },
};

/** A page copy with `inserted` set alone after the story's second paragraph; `gaps` puts a blank line between blocks. */
function pageCopy(page: Page, inserted: string, gaps: boolean): string {
  const [first, second, ...rest] = page.paragraphs;
  const story = [first, second, inserted, ...rest];
  const body = gaps ? story.join('\n\n') : story.join('\n');
  return [...page.header, '', page.title, page.byline, '', body, '', '© 2026'].join('\n');
}

function clean(text: string): CleanedDump {
  const result = cleanTextDump(text);
  if (!result.ok) throw new Error(result.reason);
  return result.article;
}

type Call = 'dropped' | 'subheading' | 'paragraph';

/** What became of `line` in the cleaned story. */
function callOn(article: CleanedDump, line: string): Call {
  const block = article.blocks.find((candidate) => candidate.text === line);
  if (!block) return 'dropped';
  return block.kind === 'paragraph' ? 'paragraph' : 'subheading';
}

const CASES: ReadonlyArray<readonly [string, keyof typeof PAGES, string, boolean, Call]> = [
  // A description that ends as a sentence, then its credit, place or date: a caption.
  ['an English caption and its handout credit', 'en', 'Contractors on the north pier on Monday. Harbour Board handout', true, 'dropped'],
  ['a Spanish caption and its credit after a slash, no blank lines', 'es', 'Los comerciantes, durante la reapertura del sábado. / Archivo municipal', false, 'dropped'],
  ['a Russian caption and the photo’s date, no blank lines', 'ru', 'Новый мост через реку Лузу. Снимок с квадрокоптера, ноябрь 2026 года', false, 'dropped'],
  ['a Korean caption closed by the photographer', 'ko', '지난 3일 밤 중앙도서관 열람실에서 학생들이 공부하고 있다. 사진=김민재 기자', false, 'dropped'],
  ['a German caption and its archive note', 'de', 'Die neue Pumpe im Klärwerk an der Saale. Archivbild vom Oktober', true, 'dropped'],
  ['a Chinese caption with a full-width stop and its source', 'zh', '▲改造后的河滨公园滨河步道。图片来源：市园林局', true, 'dropped'],
  // Subheadings and short story sentences of the same length stay.
  ['an English subheading', 'en', 'What happens to the moorings', true, 'subheading'],
  ['an English subheading with a title abbreviated', 'en', 'Dr. Lindqvist and the harbour plan', true, 'subheading'],
  ['a numbered English subheading', 'en', '2. The south quay is full', true, 'subheading'],
  ['a Spanish subheading, no blank lines', 'es', 'Un coste de 2,3 millones', false, 'subheading'],
  ['a Russian subheading, no blank lines', 'ru', 'Что будет весной', false, 'subheading'],
  ['a German subheading', 'de', 'Was die Anlage kostet', true, 'subheading'],
  ['a short English sentence of the story', 'en', 'The board declined to say who would pay.', true, 'paragraph'],
  ['a short Korean sentence of the story', 'ko', '시험 기간은 오는 15일부터다.', false, 'paragraph'],
  // Captions too long for a subheading's shape, each closing on its credit; and a story paragraph that mentions a photo.
  ['an English figure caption closed by its photographer, with an initial', 'en', 'Figure 2. Decking torn from the north pier after the storm, seen from the south quay in November 2026. Photo: K. Rowe', true, 'dropped'],
  ['a German caption closed by its source, no blank lines', 'de', 'Der überflutete Radweg an der Saale am Dienstagmorgen, kurz nach dem Starkregen der vergangenen Woche. Foto: Stadtwerke Lindenau', false, 'dropped'],
  ['a Spanish caption closed by its archive', 'es', 'Vecinos observan las obras del mercado desde la calle Mayor, el pasado lunes por la tarde, antes de la reapertura. Foto: Archivo municipal', true, 'dropped'],
  ['a Russian caption closed by the press office', 'ru', 'Строители заканчивают укладку настила на середине пролёта нового моста через реку Лузу, октябрь 2026 года. Фото: пресс-служба администрации', false, 'dropped'],
  ['an English story paragraph about a photo, closing on a sentence', 'en', 'A photo of the damaged pier taken by a skipper on the night of the storm was shared thousands of times. Photo agencies later bought the rights to it.', true, 'paragraph'],
];

describe('a caption set alone between two paragraphs of the story', () => {
  it.each(CASES)('%s', (_name, lang, line, gaps, call) => {
    const page = PAGES[lang]!;
    const article = clean(pageCopy(page, line, gaps));
    expect(callOn(article, line)).toBe(call);
    for (const paragraph of page.paragraphs) expect(article.paragraphs).toContain(paragraph);
  });
});

describe('captions that open with the same symbol', () => {
  const page = PAGES.zh!;
  const captioned = '▲改造后的河滨公园滨河步道。图片来源：市园林局';
  const plain = '▲新建的雨水花园已投入使用。';
  const copyWith = (lines: Array<string | null>) => {
    const [first, second, third, fourth] = page.paragraphs;
    const story = [first, lines[0], second, lines[1], third, fourth].filter((line): line is string => line !== null);
    return [...page.header, '', page.title, page.byline, '', story.join('\n\n'), '', '© 2026'].join('\n');
  };

  it('drops a plain sentence opening with the symbol of a caption found above it', () => {
    const article = clean(copyWith([captioned, plain]));
    expect(callOn(article, captioned)).toBe('dropped');
    expect(callOn(article, plain)).toBe('dropped');
    expect(article.paragraphs).toEqual(page.paragraphs);
  });

  it('keeps such a sentence when no caption opens with its symbol', () => {
    expect(callOn(clean(copyWith([null, plain])), plain)).toBe('paragraph');
  });
});
