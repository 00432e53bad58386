/**
 * Body classes on small invented page copies in languages and site styles the
 * development corpus does not hold: lines of the same shape inside one story
 * (numbered section labels, FAQ questions, short section labels, an
 * interview's questions) get the same call, and a teaser of another page set
 * inside the story ("推荐阅读：…", "Read more about … on our live page") goes.
 */
import { describe, expect, it } from 'vitest';
import { cleanTextDump } from '../../../shared/textdump/clean.ts';

interface Case {
  /** The pattern and the site style. */
  name: string;
  /** The copy's lines ('' for a blank line). */
  lines: string[];
  /** Story paragraphs that must be kept, whole. */
  keep: string[];
  /** Lines that must not be in the story. */
  drop: string[];
  /** The story's subheadings, in order, when the case checks them. */
  headings?: string[];
}

function expectStory(entry: Case): void {
  const result = cleanTextDump(entry.lines.join('\n'));
  if (!result.ok) throw new Error(result.reason);
  const { blocks } = result.article;
  const texts = blocks.map((block) => block.text);
  for (const line of entry.keep) expect(texts, line).toContain(line);
  for (const line of entry.drop) expect(texts.some((text) => text.includes(line)), line).toBe(false);
  if (entry.headings) expect(blocks.filter((block) => block.kind !== 'paragraph').map((block) => block.text)).toEqual(entry.headings);
}

/** A teaser of another page set between the story's paragraphs, in a script without capitals or as a sentence pointing to a page. */
const TEASERS_INSIDE_STORIES: Case[] = [
  {
    name: 'a Korean trade site: "함께 보기:" and a headline between paragraphs',
    lines: [
      '해운물류신문', '뉴스', '항만', '',
      '부산항 신항 2단계 부두 내년 3월 개장', '',
      '김민준 기자', '2026.12.04 10:20', '',
      '부산항 신항의 2단계 컨테이너 부두가 내년 3월 문을 연다. 해양수산부는 4일 시운전을 마치고 운영사 선정 절차를 끝냈다고 밝혔다.', '',
      '새 부두는 연간 250만 개의 컨테이너를 처리할 수 있으며, 자동화 크레인 12기를 갖췄다.', '',
      '함께 보기: 인천항 물동량 석 달 연속 감소세', '',
      '업계에서는 새 부두가 문을 열면 부산항의 환적 물량이 크게 늘어날 것으로 보고 있다. 다만 배후 도로가 아직 완공되지 않아 초기에는 혼잡이 예상된다.', '',
      '해양수산부는 배후 도로를 내년 하반기까지 완공할 계획이다.', '',
      '저작권자 © 해운물류신문 무단전재 및 재배포 금지',
    ],
    keep: ['해양수산부는 배후 도로를 내년 하반기까지 완공할 계획이다.'],
    drop: ['함께 보기'],
  },
  {
    name: 'a Hebrew news site: "עוד בנושא:" and a headline before a short closing paragraph',
    lines: [
      'חדשות העמק', 'חדשות', 'כלכלה', '',
      'מפעל המים החדש בעמק ייפתח באביב', '',
      'מאת נועה כהן', '4.12.2026', '',
      'מפעל ההתפלה החדש בצפון העמק יתחיל לפעול באביב, כך הודיעה היום רשות המים. המפעל יספק מים לכמאה אלף תושבים באזור, ויפחית את השאיבה מהאקוויפר המקומי.', '',
      'לדברי הרשות, העבודות הסתיימו לפני הזמן שנקבע, והמפעל עבר בהצלחה את כל הבדיקות הנדרשות.', '',
      'עוד בנושא: מחיר המים לחקלאים יעלה בשנה הבאה', '',
      'עלות הפרויקט הגיעה לכמאתיים מיליון שקל.', '',
      'שתפו', 'כל הזכויות שמורות',
    ],
    keep: ['עלות הפרויקט הגיעה לכמאתיים מיליון שקל.'],
    drop: ['עוד בנושא'],
  },
  {
    name: 'a Swedish local site: a Latin-script teaser before a short closing paragraph',
    lines: [
      'Norrlandsposten', 'Nyheter', 'Sport', '',
      'Ny färjelinje mellan Umeå och Vasa startar i mars', '',
      'Av Karin Lund', '4 december 2026', '',
      'En ny färjelinje mellan Umeå och Vasa ska börja trafikera sträckan i mars. Rederiet räknar med att fartyget ska göra två turer om dagen året runt.', '',
      'Fartyget drivs av biogas och kan ta 800 passagerare och 1 500 meter last.', '',
      'Läs även: Hamnen i Umeå får ny kaj för malmtåg', '',
      'Biljetterna släpps den 15 januari.', '',
      'Dela', 'Kontakta redaktionen',
    ],
    keep: ['Biljetterna släpps den 15 januari.'],
    drop: ['Läs även'],
  },
  {
    name: 'a German broadcaster: "Mehr dazu lesen Sie in unserem Liveblog." as the last line',
    lines: [
      'Radio Südwest', 'Nachrichten', 'Wetter', '',
      'Hangrutsch sperrt Bundesstraße im Schwarzwald', '',
      'Von Lena Maurer', '3. Dezember 2026', '',
      'Nach tagelangem Regen ist bei Todtnau ein Hang auf die Bundesstraße 317 gerutscht. Die Strecke bleibt nach Angaben des Landratsamts mindestens bis Ende Januar gesperrt.', '',
      'Verletzt wurde niemand. Ein Autofahrer war nach eigenen Angaben nur wenige Minuten vorher über die Stelle gefahren.', '',
      'Die Umleitung über Schönau verlängert die Fahrt um rund zwanzig Minuten.', '',
      'Mehr dazu lesen Sie in unserem Liveblog.', '',
      'Weitere Nachrichten aus der Region',
    ],
    keep: ['Die Umleitung über Schönau verlängert die Fahrt um rund zwanzig Minuten.'],
    drop: ['Mehr dazu lesen Sie in unserem Liveblog.'],
  },
  {
    name: 'a Polish portal: "Więcej o … przeczytasz w naszej relacji na żywo." between paragraphs',
    lines: [
      'Gazeta Pomorska Online', 'Wiadomości', '',
      'Sztorm zerwał molo w Ustce', '',
      'Autor: Tomasz Wrona', '3 grudnia 2026', '',
      'Nocny sztorm zerwał ostatni odcinek mola w Ustce. Fale miały według synoptyków ponad cztery metry wysokości, a wiatr w porywach przekraczał 110 kilometrów na godzinę.', '',
      'Więcej o sztormie przeczytasz w naszej relacji na żywo.', '',
      'Burmistrz zapowiedział, że miasto odbuduje molo do wakacji, jeśli dostanie pieniądze z rezerwy rządowej.', '',
      'Udostępnij', 'Regulamin',
    ],
    keep: ['Burmistrz zapowiedział, że miasto odbuduje molo do wakacji, jeśli dostanie pieniądze z rezerwy rządowej.'],
    drop: ['Więcej o sztormie'],
  },
  {
    name: 'an Arabic report: a kicker subheading of two words after the colon stays',
    lines: [
      'صحيفة الساحل', 'أخبار', 'اقتصاد', '',
      'شبكة الحافلات الكهربائية تصل إلى ثلاث مدن جديدة', '',
      'بقلم سارة الخطيب', '4 ديسمبر 2026', '',
      'أعلنت هيئة النقل اليوم أن شبكة الحافلات الكهربائية ستصل إلى ثلاث مدن جديدة في الربيع المقبل، بعد نجاح التجربة الأولى في العاصمة خلال العامين الماضيين.', '',
      'وقالت الهيئة إن عدد الركاب ارتفع بنسبة الثلث منذ تشغيل الخط الأول، وإن تكاليف التشغيل جاءت أقل من المتوقع.', '',
      'المرحلة الثانية: توسيع الشبكة', '',
      'وتشمل المرحلة الثانية شراء أربعين حافلة جديدة وبناء محطتين للشحن السريع قرب مواقف الحافلات الرئيسية في المدن الثلاث.', '',
      'شارك', 'جميع الحقوق محفوظة',
    ],
    keep: ['المرحلة الثانية: توسيع الشبكة', 'وتشمل المرحلة الثانية شراء أربعين حافلة جديدة وبناء محطتين للشحن السريع قرب مواقف الحافلات الرئيسية في المدن الثلاث.'],
    drop: ['جميع الحقوق محفوظة'],
  },
  {
    name: 'story lines that open the same way and stay: no pointer to another page, a field line in a notice',
    lines: [
      'Diario del Sur', 'Noticias', '',
      'El temporal obliga a cerrar tres colegios en la costa', '',
      'Por Ana Ruiz', '3 de diciembre de 2026', '',
      'La Consejería de Educación ha ordenado cerrar tres colegios de la costa por el temporal de viento, que ha arrancado parte de la cubierta de uno de ellos durante la noche.', '',
      'Más información llegará a las familias por correo antes del mediodía, según la consejería.', '',
      'Los alumnos recuperarán las clases perdidas durante las vacaciones de Navidad, aunque el calendario todavía no está cerrado.', '',
      'Compartir', 'Aviso legal',
    ],
    keep: ['Más información llegará a las familias por correo antes del mediodía, según la consejería.'],
    drop: ['Aviso legal'],
  },
];

describe('a teaser of another page inside the story goes', () => {
  it.each(TEASERS_INSIDE_STORIES.map((entry) => [entry.name, entry] as const))('%s', (_name, entry) => expectStory(entry));
});
