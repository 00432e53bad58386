/**
 * Constructions of a page's head and signature that the fourteenth blind part showed the cleaner getting wrong, each
 * written here as small invented copies in several site styles and languages before the rule that reads it, with the
 * copies where it must not fire: a record titled "Subject: Kind of record" over fields that name the subject again,
 * a reporter's name in capitals alone under the story's last paragraph, and a rank before a byline's name.
 */
import { describe, expect, it } from 'vitest';
import { parseByline } from '../../../shared/textdump/byline.ts';
import { cleanLines } from '../../helpers/textdump.ts';

interface HeadCase {
  name: string;
  lines: string[];
  title?: string;
  byline?: string | null;
}

function expectHead(head: HeadCase): void {
  const article = cleanLines(head.lines);
  if (head.title !== undefined) expect(article.title).toBe(head.title);
  if (head.byline !== undefined) expect(article.byline).toBe(head.byline);
}

/** A record's headline in the shape of a field, its subject before the colon, over fields that give the subject again. */
const RECORD_TITLE_CASES: HeadCase[] = [
  {
    name: 'English regulator notice, a company named before the kind of notice',
    lines: [
      'Skip to content',
      'Carrow Traffic Commissioner',
      'Home › Notices › Operator licences',
      'Marlow Haulage Ltd: Decision Notice',
      'Date of decision: 3 March 2026',
      'Operator: Marlow Haulage Ltd',
      'Licence number: OK1029384',
      'The commissioner held a public inquiry into the operator after roadside checks found three vehicles with brakes that had not been inspected for more than a year.',
      'The operator told the inquiry that a new transport manager had been appointed and that every vehicle had since been inspected by an outside garage.',
      'The commissioner found that the operator had failed to keep its promises on maintenance and cut the number of vehicles it may run from twelve to eight.',
    ],
    title: 'Marlow Haulage Ltd: Decision Notice',
  },
  {
    name: 'German committee report, a person named before the kind of report',
    lines: [
      'Landtag Nordmark',
      'Jonas Weber: Bericht des Petitionsausschusses',
      'Datum: 12.03.2026',
      'Petent: Jonas Weber',
      'Aktenzeichen: 2026/114',
      'Der Petent beschwert sich darüber, dass die Gemeinde seinen Antrag auf einen Zuschuss für die Sanierung seines Daches seit mehr als einem Jahr nicht beschieden hat.',
      'Die Gemeinde hat dem Ausschuss mitgeteilt, dass der Antrag wegen fehlender Unterlagen liegen geblieben sei, die der Petent inzwischen nachgereicht habe.',
      'Der Ausschuss hat die Gemeinde gebeten, über den Antrag bis zum Ende des Monats zu entscheiden, und die Petition damit für erledigt erklärt.',
    ],
    title: 'Jonas Weber: Bericht des Petitionsausschusses',
  },
  {
    name: 'Spanish ombudsman resolution, a person named before the kind of resolution',
    lines: [
      'Defensoría de Valdemora',
      'Lucía Herrera: Resolución de la Defensoría',
      'Fecha: 12/03/2026',
      'Interesada: Lucía Herrera',
      'Expediente: 2026/0931',
      'La interesada se quejó de que el ayuntamiento no había respondido en más de un año a su solicitud de ayuda para reparar la fachada de su vivienda.',
      'El ayuntamiento explicó a la Defensoría que la solicitud estaba incompleta y que no había avisado a la interesada de los documentos que faltaban.',
      'La Defensoría recomienda al ayuntamiento que resuelva la solicitud en el plazo de un mes y que avise siempre por escrito de los documentos que falten.',
    ],
    title: 'Lucía Herrera: Resolución de la Defensoría',
  },
  {
    name: 'Polish decision, a person named before the kind of decision',
    lines: [
      'Rzecznik Praw Obywatelskich',
      'Jan Kowalski: Decyzja Rzecznika',
      'Data: 12.03.2026',
      'Wnioskodawca: Jan Kowalski',
      'Sygnatura: 2026/114',
      'Wnioskodawca skarżył się, że gmina od ponad roku nie odpowiedziała na jego wniosek o dofinansowanie remontu dachu domu, w którym mieszka z rodziną.',
      'Gmina wyjaśniła, że wniosek był niekompletny, ale nie poinformowała wnioskodawcy, jakich dokumentów w nim brakowało i do kiedy należy je złożyć.',
      'Rzecznik zalecił gminie rozpatrzenie wniosku w ciągu miesiąca oraz informowanie mieszkańców na piśmie o brakujących dokumentach w każdej sprawie.',
    ],
    title: 'Jan Kowalski: Decyzja Rzecznika',
  },
  // The construction must not fire: the first line's label is a field's name, given again nowhere below.
  {
    name: 'English ombudsman decision, the block under its headline all fields',
    lines: [
      'Health Services Ombudsman for Carrowmore',
      'Hospital failed to tell patient about delayed scan results',
      'Organisation complained about: Northfield Hospital Trust',
      'Subject: Diagnostics and imaging',
      'Outcome: Upheld',
      'Decision date: 2 December 2026',
      'Ms K complained that Northfield Hospital Trust did not tell her for eleven weeks that her scan had been reported, although the report asked for an urgent follow-up.',
      'The trust said a letter had been sent, but it could find no copy of it, and its own records showed the follow-up appointment was booked only after Ms K telephoned.',
      'We found that the delay caused Ms K avoidable worry and that the trust had no check that urgent reports reached patients. The trust agreed to apologise and to audit its letters.',
    ],
    title: 'Hospital failed to tell patient about delayed scan results',
  },
];

describe('a record titled by its subject and its kind, over fields that name the subject again', () => {
  it.each(RECORD_TITLE_CASES.map((head) => [head.name, head] as const))('%s', (_name, head) => expectHead(head));
});

/** The story, then the reporter's name in capitals alone, then the page's related links and comment form. */
function signedInCapitals(headline: string, paragraphs: readonly string[], signature: string, footer: readonly string[]): string[] {
  return [headline, ...paragraphs, signature, ...footer];
}

const CAPITALS_SIGNATURE_CASES: HeadCase[] = [
  {
    name: 'Vietnamese provincial paper',
    lines: signedInCapitals(
      'Tỉnh khánh thành nhà máy nước sạch cho ba xã ven biển',
      [
        'Sáng 4/12, Ủy ban nhân dân huyện tổ chức lễ khánh thành nhà máy nước sạch phục vụ hơn 12.000 người dân của ba xã ven biển trong huyện.',
        'Nhà máy có công suất 6.000 mét khối mỗi ngày, được xây dựng trong 18 tháng với tổng vốn đầu tư hơn 95 tỷ đồng từ ngân sách tỉnh và vốn vay.',
        'Người dân các xã ven biển cho biết trước đây họ phải mua nước ngọt từ nơi khác vào mùa khô, nay đã có nước sạch đến tận nhà với giá ổn định.',
      ],
      'NGUYỄN THU HÀ',
      ['Tin liên quan', 'Huyện ven biển triển khai dự án đê chắn sóng mới', 'Bình luận', 'Họ tên'],
    ),
    byline: 'NGUYỄN THU HÀ',
  },
  {
    name: 'Polish regional paper',
    lines: signedInCapitals(
      'Gmina otwiera nową stację uzdatniania wody dla trzech wsi',
      [
        'W czwartek gmina oddała do użytku nową stację uzdatniania wody, która zaopatruje w wodę ponad dwa tysiące mieszkańców trzech wsi położonych nad jeziorem.',
        'Budowa trwała półtora roku i kosztowała prawie dziewięć milionów złotych, z czego większą część pokryły środki z funduszy unijnych i z budżetu województwa.',
        'Mieszkańcy mówią, że latem woda w ich kranach często miała brązowy kolor, a teraz wreszcie mogą pić ją bez obaw i bez gotowania.',
      ],
      'MAGDALENA NOWAK',
      ['Czytaj także', 'Nowy most na rzece otwarty dla ruchu', 'Komentarze'],
    ),
    byline: 'MAGDALENA NOWAK',
  },
  {
    name: 'Italian local paper',
    lines: signedInCapitals(
      'Il comune inaugura il nuovo depuratore per le frazioni del lago',
      [
        'Giovedì il comune ha inaugurato il nuovo depuratore che servirà oltre duemila abitanti delle tre frazioni che si affacciano sulla riva orientale del lago.',
        "I lavori sono durati diciotto mesi e sono costati quasi nove milioni di euro, in gran parte coperti da fondi europei e da un contributo della regione.",
        "Gli abitanti raccontano che d'estate l'acqua del lago era spesso torbida, e che ora sperano di tornare a fare il bagno vicino alle case senza timori.",
      ],
      'GIULIA FERRARO',
      ['Leggi anche', 'Nuovo ponte sul fiume aperto al traffico', 'Commenti'],
    ),
    byline: 'GIULIA FERRARO',
  },
  // The construction must not fire: a box's heading in capitals under the story is no name.
  {
    name: 'Spanish paper, a box heading in capitals under the story',
    lines: signedInCapitals(
      'El ayuntamiento inaugura la nueva depuradora de las pedanías del lago',
      [
        'El jueves el ayuntamiento inauguró la nueva depuradora, que dará servicio a más de dos mil vecinos de las tres pedanías situadas en la orilla este del lago.',
        'Las obras han durado dieciocho meses y han costado casi nueve millones de euros, cubiertos en su mayor parte con fondos europeos y de la comunidad.',
        'Los vecinos cuentan que en verano el agua del lago estaba a menudo turbia, y ahora esperan volver a bañarse cerca de sus casas sin miedo.',
      ],
      'NOTICIAS RELACIONADAS',
      ['Nuevo puente sobre el río abierto al tráfico', 'Comentarios'],
    ),
    byline: null,
  },
];

describe('a reporter’s name in capitals alone under the story’s last paragraph signs it', () => {
  it.each(CAPITALS_SIGNATURE_CASES.map((head) => [head.name, head] as const))('%s', (_name, head) => expectHead(head));
});

/** A soldier's or an officer's rank before the name, abbreviated as units print it: part of the byline as printed. */
const RANKED_BYLINES: Array<[line: string, byline: string]> = [
  ['Story by Sgt. Dana Whitcombe', 'Sgt. Dana Whitcombe'],
  ['By Lt. Col. Aaron Pereira', 'Lt. Col. Aaron Pereira'],
  ['Words by Spc. Hannah Lowery', 'Spc. Hannah Lowery'],
  ['Von Hptm. Jonas Weber', 'Hptm. Jonas Weber'],
  ['Text: Oberstlt. Anna Berg', 'Oberstlt. Anna Berg'],
  ['Por Sgto. Lucía Herrera', 'Sgto. Lucía Herrera'],
  ['di Cap. Marco Bellini', 'Cap. Marco Bellini'],
  ['Por Ten. Rui Carvalho', 'Ten. Rui Carvalho'],
  ['Door Kapt. Pieter Bakker', 'Kapt. Pieter Bakker'],
  ['Autor: kpt. Jan Kowalski', 'kpt. Jan Kowalski'],
  ['Yazan: Yzb. Emre Kaya', 'Yzb. Emre Kaya'],
  ['Oleh Kapt. Budi Santoso', 'Kapt. Budi Santoso'],
];

describe('a rank before the name in a byline', () => {
  it.each(RANKED_BYLINES)('reads "%s" as %s', (line, byline) => {
    expect(parseByline(line)?.names).toEqual([byline]);
  });

  it('reads no byline in a sentence that opens with a rank’s abbreviation', () => {
    expect(parseByline('By Gen. standards, the drill went well.')).toBeNull();
  });

  it('takes the headline over a unit’s story line, not the byline with its rank', () => {
    expectHead({
      name: 'English military unit story',
      lines: [
        'Defence Media Hub',
        'Engineers span the river in a multinational bridging drill',
        'Courtesy Story',
        'Story by Sgt. Dana Whitcombe',
        'NORTHPORT – More than 200 soldiers joined allied engineers on the river bank this week for a drill in assembling floating bridges under time pressure.',
        'The crews launched pontoon sections from trucks backed down a muddy ramp, then used boats to push the sections into line and lock them together.',
        'On the last night the combined crews closed the gap in 41 minutes, nine minutes faster than on their first attempt earlier in the week.',
      ],
      title: 'Engineers span the river in a multinational bridging drill',
      byline: 'Sgt. Dana Whitcombe',
    });
  });
});
