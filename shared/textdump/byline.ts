/**
 * Bylines in the forms pages print them: "By Jane Doe", "Published By: Jane
 * Doe", "Jane Doe, Reporter", "Yazan: Ayşe Yılmaz", "بقلم: سلمى الحداد",
 * "מאת דנה לוי", "글·사진 정하늘 기자", "文｜周亦航", a wire's "(Reporting by Jane Doe; Editing by …)", and the
 * author-bio paragraph that closes many posts.
 */
import { COMMON_STOPS, SCRIPT_OWN_STOPS } from './sentence-stops.ts';

export interface Byline {
  /** The authors' names, without honorifics, in the order printed; `joinAuthors` writes them as one byline. */
  names: string[];
  /** True when the text says it is a byline ("By", "Yazan:", a role); false for a bare name. */
  explicit: boolean;
}

/** Courtesy titles, and the offices a speech or statement names its speaker by ("Deputy Governor Anneli Roos"). */
const HONORIFIC = String.raw`(?:(?:prof\.ssa|dott\.ssa|dr|prof|hab|mgr|inż|dott)\.?|(?:Dr|Prof|Mr|Mrs|Ms|Mx|Sir|Dame|Doç|Av|Dott\.ssa|Sig\.ra)\.?|(?:Mgr|Ing|Bc|PhDr|MUDr|JUDr|RNDr|PaedDr|Doc|doc|Mag|Dipl\.-Ing|Lic|Drs|Ir|Dott|Avv|Arch|Dra|Sr|Sra|Hr|Fr)\.|(?:(?:Deputy|Vice|Assistant|First|Chief|Senior|Foreign|Finance|Defence|Defense|Interior|Justice|Health|Trade|Transport|Environment) )?(?:Governor|President|Minister|Prime Minister|Commissioner|Chair|Chairman|Chairwoman|Secretary|Ambassador|Senator|Chancellor|Professor|Mayor|Judge|Justice))`;
/** A capitalised name word: "Doe", "O'Neill", "Jean-Luc", "J.", "Yılmaz", "İsmail", "al-Haddad". */
const CASED_WORD = String.raw`(?:(?:al|el|ad|ibn|bin|bint)-)?\p{Lu}(?:\.|[\p{L}\p{M}'’-]*)`;
const PARTICLE = String.raw`(?:de|da|di|du|del|della|der|den|van|von|la|le|bin|ibn|al|el|ter|ten|zu|y|dos|das|do)`;
const PARTICLE_WORD = new RegExp(String.raw`^${PARTICLE}$`, 'u');
const CASED_NAME = String.raw`${CASED_WORD}(?:\s+(?:${PARTICLE}\s+)*${CASED_WORD}){0,4}`;
/** Arabic, Hebrew, Devanagari, Hangul and Georgian have no capitals: a name is one to three words of the script. */
const UNCASED_LETTER = String.raw`\p{Script=Arabic}\p{Script=Hebrew}\p{Script=Devanagari}\p{Script=Hangul}\p{Script=Georgian}`;
/**
 * Thai, Lao, Khmer and Burmese have no capitals either and put spaces between phrases, not words: a name is a given and
 * a family name of a few letters each ("สุนิสา วงศ์ทอง"), where a headline's phrase runs on for many more.
 */
const UNSPACED_LETTER = String.raw`\p{Script=Thai}\p{Script=Lao}\p{Script=Khmer}\p{Script=Myanmar}`;
const UNSPACED_NAME_PART = String.raw`[${UNSPACED_LETTER}\p{M}]{2,16}(?![${UNSPACED_LETTER}\p{M}])`;
const UNCASED_NAME = String.raw`[${UNCASED_LETTER}][${UNCASED_LETTER}\p{M}'’-]*(?:\s+[${UNCASED_LETTER}][${UNCASED_LETTER}\p{M}'’-]*){0,2}|${UNSPACED_NAME_PART}(?:\s+${UNSPACED_NAME_PART}){0,2}`;
/** A Chinese or Japanese name: two to four characters, or a family and a given name with a space between. */
const HAN_NAME = String.raw`\p{Script=Han}{1,3}[\s\u3000]\p{Script=Han}{1,3}(?![\p{L}])|\p{Script=Han}{2,4}(?![\p{L}])`;
/**
 * A soldier's or a police officer's rank, abbreviated as units print it before the name: part of the byline as printed
 * ("Sgt. Dana Whitcombe", "Lt. Col. …", "Hptm. …", "Sgto. …", "kpt. …", "Yzb. …"). A closed class; a rank written out
 * ("Sergeant") is a word a sentence may open with, so only the abbreviations count.
 */
const RANK = String.raw`(?:Pvt|Pfc|Spc|Cpl|Sgt|SSgt|TSgt|MSgt|SFC|Lt|Capt|Maj|Col|Gen|Adm|Cmdr|Cdr|Ens|Brig|Hptm|Oblt|Fw|Ofw|Stfw|Uffz|Gefr|Oberstlt|Sgto|Cbo|Tte|Cap|Cmdte|Cnel|Serg|Ten|Magg|Cel|Kpl|Kapt|Kol|Onb|Çvş|Astsb|Tğm|Ütğm|Yzb|Bnb|Alb|Gnl|Letkol|sierż|kpr|szer|ppor|por|kpt|mjr|ppłk|płk|gen)\.`;
const NAME = new RegExp(String.raw`^(?:${HONORIFIC}\s+){0,3}((?:${RANK}\s+){0,2}${CASED_NAME}|${UNCASED_NAME}|${HAN_NAME})`, 'u');
/** What joins the names of co-authors. */
const AND = /^\s*(?:[,،]\s*(?:and\s+)?|\s(?:and|&|ve|und|et|y|e)\s+|\sو\s*|\sו)/u;
const LAST_AND = /^\s*(?:,\s*and\s+|\s(?:and|&|ve|und|et|y|e)\s+|\sو\s*|\sו)/u;

/**
 * Words that open a byline, in the languages we read. "By" and its relatives
 * take a space or a colon; nouns such as "Author" only count with a colon, so
 * that "Reporters Without Borders" is not read as a byline.
 */
const BYLINE_LABEL = new RegExp(
  String.raw`^(?:(?:(?:post|beitrag|message|messaggio|mensaje|mensagem|bericht|inlägg|innlegg|indlæg|příspěvek|сообщение)\s+(?:by|von|par|da|di|por|door|av|af|od|от)|(?:(?:originally\s+|live\s+)?(?:published|written|posted|shared|reported|reporting|interview|interviewed|words|text|story|compiled|edited|analysis|commentary|speech|remarks|address|keynote|lecture|testimony|statement)\s+)?by|기자명|(?:scritto|pubblicato|a cura)\s+di|(?:scritto|pubblicato)\s+da|(?:escrito|publicado)\s+por|(?:écrit|publié|rédigé|propos recueillis)\s+par|(?:geschrieben|gepostet)\s+von|(?:eine?\s+\p{L}+\s+)?von|par|por|di|door|oleh|av|af|imeandikwa\s+na|โดย|ໂດຍ|ដោយ|του|της|γράφει(?:\s+[οη])?|بقلم|كتبت?|إعداد|اعداد|מאת|글(?:\s*[·/]\s*사진)?)(?:\s*[:：]\s*|\s*[-–—]\s*|\s+)|(?:作者|记者|記者|撰文|文)\s*[｜|]\s*|(?:authors?|writers?|reporters?|byline|from|von|de|da|van|fra|från|od|kimden|от|من|lähettäjä|feladó|piše|пише|napisał|napisała|napsal|napsala|написал|написала|gönderen|absender|expéditeur|remitente|mittente|kirjoittaja|toimittaja|teksti|szerző|írta|újságíró|tác giả|phóng viên|συντάκτης|συγγραφέας|forfatter|författare|skribent|autorka|autori|autorzy|автори|redaktion|redakce|redakcja|redactie|redaksi|report|bericht|reportage|informe|informa|reporta|relata|yazı|تقرير|interview|entretien|entrevista|intervista|интервью|röportaj|söyleşi|text|texte|texto|testo|tekst|текст|autor|autorin|auteur|autrice|autore|автор|аутор|аутори|yazan|yazar|haber|muhabir|penulis|wartawan|pewarta|نویسنده|خبرنگار|گزارشگر|रिपोर्ट|लेखक|संवाददाता|כתבה?|作者|记者|記者|撰文|撰稿|文字|文|报道|報道|報導|采写|採寫|筆者|執筆者|投稿者|작성자|글쓴이|hosts?|presenters?|animat(?:eur|rice)|présentat(?:eur|rice)|presentador[a]?|conduttore|conduttrice|apresentador[a]?|prowadząc[ya]|ведущ(?:ий|ая)|진행)\s*[:：]\s*)`,
  'iu',
);

/** Whether `text` is a byline's label and nothing else, on a line of its own above the names: "By", "Автор:", "Yazar:", "بقلم". */
export function isLoneBylineLabel(text: string): boolean {
  const line = `${text.trim()} `;
  return BYLINE_LABEL.exec(line)?.[0].length === line.length;
}

/** Job titles that follow a name in "Jane Doe, Reporter". */
const ROLE = /(?:analyti|redaktor|novinář|zpravodaj|výzkumn|badacz|dziennikar|publicyst|toimittaja|tutkija|újságíró|szerkesztő|elemző|kutató|reporter|correspondent|editor|writer|columnist|contributor|analyst|fellow|researcher|journalist|producer|photographer|director|chief|staff|economist|professor|directeur|directrice|direktor|directora?|direttore|директор|intern|bureau|muhabir|editör|yazar|direktör|müdür|araştırmacı|uzman|news office|press office|newsroom|باحث|خبير|redakteur|journalist|rédact|redactie|redacteur|verslaggever|redaktör|reportér|repórter|wartawan|jurnalis|inviat|δημοσιογράφ|συντάκτ|ανταποκριτ|correspondant|chroniqueu|chercheu|periodista|analist|jornalista|redactor|corresponsal|investigador|giornalista|corrispondente|redattor|redattrice|ricercat|direttrice|forscher|korrespondent|исследовател|обозреватель|корреспондент|редактор|журналист|колумнист|кореспондент|журналіст|оглядач|مراسل|صحفي|محرر|كاتب|כתב|עורכ|עורך|פרשנ)/iu;

/**
 * A public office after a speaker's name, as transcripts and statements print it, a closed class in many languages:
 * "Rosa Delgado, Mayor of Port Alder", "Ana Ruiz, alcaldesa de Valdemora", "Jan Kowalski, burmistrz Gminy Lipno".
 */
const PUBLIC_OFFICE_TAIL = new RegExp(
  String.raw`^\s*,\s*(?:the\s+)?(?:(?:deputy|vice|first|lord|vize|stellvertretende[r]?|teniente de|vice-?)\s*)?(?:${[
    'mayor|governor|minister|secretary of state|president|premier|prime minister|chancellor|senator|councillor|councilmember|commissioner',
    'alcalde|alcaldesa|gobernador|gobernadora|ministra?|presidenta?|consejer[oa]|concejal[a]?|prefeit[oa]|governador[a]?|vereador[a]?',
    'maire|ministre|président[e]?|préfet|préfète|gouverneur',
    'sindac[oa]|governatore|ministro|president[e]ssa|assessore',
    'bürgermeister(?:in)?|oberbürgermeister(?:in)?|minister(?:in)?|ministerpräsident(?:in)?|landrat|landrätin|senator(?:in)?',
    'burgemeester|wethouder|gouverneur',
    'burmistrz|prezydent|wojewoda|minister|marszałek',
    'starosta|primátor(?:ka)?|ministr(?:yně)?|hejtman(?:ka)?',
    'belediye başkanı|vali|bakan|cumhurbaşkanı',
    'мэр|губернатор|министр|глава|президент|міський голова|міністр',
    'رئيس|وزير|محافظ|ראש העיר|שר|שרת',
  ].join('|')})(?![\p{L}])`,
  'iu',
);

/** A line that only gives a job: "Northshire reporter", "Senior Correspondent". */
export function isRoleLine(text: string, oneWordAllowed = false): boolean {
  // One word is more often a menu's section ("Writers", "Yazarlar") than a job, except right under a name.
  return wordCount(text) >= (oneWordAllowed ? 1 : 2) && wordCount(text) <= 6 && ROLE.test(text) && !new RegExp(`[${COMMON_STOPS}${SCRIPT_OWN_STOPS}]$`, 'u').test(text);
}

/** What may follow a byline's names: an affiliation or role after a separator, "in Place", or "with" an agency's initials ("avec AFP"). */
const TAIL = /^(?:\s*[,،|·•–—(/-]|\s(?:in|at|for|from)\s|\s(?:with|avec|mit|con|com|met|ile|с)\s+\p{Lu}{2,6}$)/u;

/**
 * A tail that names where the reporter was or the agency they file for,
 * which lets an unlabelled name stand as a byline beside a date: "in Vellmar",
 * "/ AFP", "(Reuters)", ", dpa". One to three capitalised words, or initials.
 */
const PLACE_OR_AGENCY_TAIL = /^(?:\s+(?:in|à|en|a|em|w|в|في)\s+|\s*[/(,]\s*)(?:\p{Lu}[\p{L}.&'’-]*(?:\s+\p{Lu}[\p{L}.&'’-]*){0,2}|\p{Ll}{2,4})\)?$/u;

/** A forum's user name, marked as one ("u/harbour_watcher") or, after a label, shaped as one ("transit_nerd", "mk1987"). */
const MARKED_HANDLE = /^u\/([\p{L}\p{N}_-]{3,30})$/u;
const HANDLE = /^@?([\p{L}\p{N}._-]*(?:_|\p{N})[\p{L}\p{N}._-]*)$/u;
/** Fewest letters in a user name: "a_1" is a counter or a code more often than a person. */
const MIN_HANDLE_LETTERS = 3;

/** The user name a line gives alone, "u/harbour_watcher" or "harbour_watcher", or null. */
export function userHandle(text: string): string | null {
  const handle = (MARKED_HANDLE.exec(text) ?? HANDLE.exec(text))?.[1];
  return handle && (handle.match(/\p{L}/gu)?.length ?? 0) >= MIN_HANDLE_LETTERS ? handle : null;
}

const HONORIFIC_PREFIX = new RegExp(String.raw`^(?:${HONORIFIC}\s+)+`, 'u');

/** Degrees and generational suffixes printed after a name: "Tereza Horáková, Ph.D.", "Ana Ruiz, MBA", "John Roe Jr.". */
const POST_NOMINAL = /,?\s+(?:Ph\.\s?D\.|PhD|CSc\.|DrSc\.|DiS\.|MBA|M\.A\.|M\.Sc\.|MSc|LL\.M\.|Jr\.|Sr\.|B\.A\.|MPH|M\.D\.)$/u;

/** `text` without the degrees after the name, however many. */
function withoutPostNominals(text: string): string {
  for (let rest = text; ; ) {
    const next = rest.replace(POST_NOMINAL, '');
    if (next === rest) return rest;
    rest = next;
  }
}

function stripHonorific(name: string): string {
  return name.replace(HONORIFIC_PREFIX, '').trim();
}

/** Reads names from the start of `text`: one name, or a list that ends in "and …". */
function readNames(text: string): { names: string[]; rest: string } | null {
  const first = NAME.exec(text);
  if (!first) return null;
  const firstApart = withPrefixedAndApart(first[1]!, text.slice(first[0].length));
  const names = [stripHonorific(firstApart.name)];
  let rest = firstApart.rest;
  const more: string[] = [];
  let afterList = rest;
  // The list as far as its last "and": what follows that name is an affiliation ("A and B, Harbourline").
  let listEnd: { count: number; rest: string } | null = null;
  for (;;) {
    const joiner = AND.exec(afterList);
    const next = joiner ? NAME.exec(afterList.slice(joiner[0].length)) : null;
    if (!joiner || !next) break;
    const apart = withPrefixedAndApart(next[1]!, afterList.slice(joiner[0].length + next[0].length));
    more.push(stripHonorific(apart.name));
    const joinedByAnd = LAST_AND.test(afterList);
    afterList = apart.rest;
    if (joinedByAnd) listEnd = { count: more.length, rest: afterList };
  }
  // "Jane Doe, Harbourline Wire" is a name and an affiliation; "A, B and C" is a list.
  if (listEnd) {
    names.push(...more.slice(0, listEnd.count));
    rest = listEnd.rest;
  }
  return { names, rest };
}

/** A later word of an Arabic or Hebrew name that opens with the script's "and" ("و", "ו"). */
const PREFIXED_AND_WORD = /\s(?:و(?=\p{Script=Arabic})|ו(?=\p{Script=Hebrew}))/u;

/**
 * An Arabic or Hebrew name read up to three words swallows a co-author joined by "and" on the word ("سلمى الحداد
 * وكريم العطار" reads "سلمى الحداد وكريم", "דנה לוי ונועם כהן" reads "דנה לוי ונועם"): when more of the script follows,
 * that word opens the next name. A middle name that opens with "و" at the end of the line ("سلمى وليد الحداد") stays.
 */
function withPrefixedAndApart(name: string, rest: string): { name: string; rest: string } {
  const joined = /^\s+[\p{Script=Arabic}\p{Script=Hebrew}]/u.test(rest) ? PREFIXED_AND_WORD.exec(name) : null;
  return joined ? { name: name.slice(0, joined.index), rest: name.slice(joined.index) + rest } : { name, rest };
}

/** One byline naming the authors of several, in order: each co-author's card printed in turn. */
export function joinBylines(bylines: readonly Byline[]): Byline {
  return { names: bylines.flatMap((byline) => byline.names), explicit: bylines.some((byline) => byline.explicit) };
}

/** What separates all but the last two co-authors when the article's language is not known. */
const LIST_SEPARATOR = ', ';

/**
 * The authors' names as one byline in the article's language: "Jane Doe, John Roe and Ann Poe" (no comma before "and",
 * as the English pages we read print it), "Claire Dubois et Marc Lefèvre", "سلمى الحداد ونادية فرح", "דנה לוי ונועם כהן";
 * with commas only when the language is not known, so no English word stands between names of another language.
 */
export function joinAuthors(names: readonly string[], lang: string | null): string {
  if (names.length <= 1) return names[0] ?? '';
  if (lang !== null && /^en(?:-|$)/iu.test(lang)) return `${names.slice(0, -1).join(LIST_SEPARATOR)} and ${names[names.length - 1]!}`;
  const known = lang !== null && Intl.ListFormat.supportedLocalesOf(lang).length > 0;
  return known ? new Intl.ListFormat(lang, { type: 'conjunction' }).format(names) : names.join(LIST_SEPARATOR);
}

/** Words as separated by spaces; enough for names and short lines. */
function wordCount(text: string): number {
  return text.split(/\s+/).filter(Boolean).length;
}

/** The job Korean, Japanese and Chinese bylines print after the name, with a space: "김민지 기자", "佐藤美咲 記者". */
const JOB_AFTER_NAME = /^(.*\S)\s+(?:기자|특파원|논설위원|記者|记者|特派員|特派员|編集委員)$/u;

/**
 * The outlet a Korean, Japanese or Chinese reporter's line may open with, before the name and job ("한결뉴스 정다은 기자",
 * "北海新聞 佐藤美咲 記者"): a word ending in what outlets are called (news, paper, daily, broadcasting, agency, times).
 */
const OUTLET_BEFORE_NAME = /^\S*(?:뉴스|신문|일보|방송|통신|저널|미디어|타임스|타임즈|新聞|新闻|日報|日报|通信|通讯社|放送|電視台|电视台|時報|时报|晚报|晩報)\s+(?=\S)/u;

/** A newsroom's desk where a byline stands, maybe with the agency's initials: not a person ("Haber Merkezi", "Redazione AIN"). */
const NEWSROOM = /^(?:haber merkezi|news desk|newsroom|staff|staff reporter|web desk|press office|press team|media office|communications office|pressestelle|service de presse|oficina de prensa|ufficio stampa|biuro prasowe|пресс-служба|redacción|rédaction|la rédaction|redaktion|redazione|redação|редакция|مركز الأخبار)(?:\s+\p{Lu}{2,6})?$/iu;

/** An agency's initials and the bureau's city, signing as a desk rather than a person: "PIB Delhi", "AA Ankara", "ANSA Roma". */
const AGENCY_BUREAU = /^\p{Lu}{2,6}\s+\p{Lu}[\p{Ll}\p{M}]+(?:[\s-]\p{Lu}[\p{Ll}\p{M}]+)?$/u;

/** The unit a team's name ends in: "BFCR Information Office" is a team signing its release, not an agency's bureau in a city. */
const UNIT_AFTER_INITIALS = /\s(?:Office|Team|Unit|Department|Division|Section|Centre|Center|Service|Services)$/u;

/**
 * A press or communications office signing a story, whatever the body it serves, a closed class in many languages:
 * "Assessoria de Comunicação Social", "Gabinete de Comunicación", "Service communication", "Ufficio Comunicazione",
 * "Stabsstelle Kommunikation", "Communications Office", "Пресс-центр", "Basın Birimi", "Biro Humas". A "Communications Team"
 * signing a hospital's news counts as its byline in the corpus, so a team is left to stand.
 */
const PRESS_OFFICE = new RegExp(
  String.raw`^(?:the\s+)?(?:${[
    'communications?(?: and \\p{L}+)? (?:office|unit|department|directorate|service)',
    'press (?:office|team|unit|service|desk|department)',
    'media (?:office|relations|team|unit)',
    'public (?:affairs|information) (?:office|team|unit|department)',
    '(?:office|department|division|bureau) of (?:communications?|public affairs|public information|media relations)',
    'assessoria de (?:comunicação|imprensa)',
    '(?:secretaria|coordenadoria|diretoria|núcleo|gerência) de comunicação',
    '(?:gabinete|oficina|departamento|dirección|área|servicio|unidad) de (?:prensa|comunicación)',
    'comunicación social',
    'service (?:de )?(?:presse|communication)',
    'direction de la communication',
    '(?:cellule|bureau|pôle) (?:de )?(?:presse|communication)',
    'ufficio (?:stampa|comunicazione)',
    'pressestelle',
    'pressereferat',
    'presseabteilung',
    'stabsstelle (?:presse|kommunikation)',
    '(?:abteilung|referat) (?:presse|kommunikation)',
    'persdienst',
    'afdeling communicatie',
    'biuro (?:prasowe|komunikacji)',
    'zespół prasowy',
    'tiskové oddělení',
    'tiskový odbor',
    'pressavdelningen',
    'presstjänst',
    'пресс-(?:служба|центр)',
    'прес-(?:служба|центр)',
    'пресслужба',
    'basın (?:birimi|müşavirliği|ofisi|ve halkla ilişkiler)',
    'kurumsal iletişim',
    '(?:biro )?humas',
    'المكتب الإعلامي',
    'דוברות',
  ].join('|')})(?:\s|$)`,
  'iu',
);

/** Whether a byline's name is a newsroom's desk, a press office or an agency's bureau, not a person. */
function isDesk(name: string): boolean {
  return NEWSROOM.test(name) || PRESS_OFFICE.test(name) || (AGENCY_BUREAU.test(name) && !UNIT_AFTER_INITIALS.test(name));
}

/** Whether `text` is a byline's label before a desk's or an office's name ("by Office of Communications", "Von Pressestelle"): the page signs it, no person. */
export function isDeskByline(text: string): boolean {
  const label = BYLINE_LABEL.exec(text);
  return label !== null && isDesk(text.slice(label[0].length).trim());
}

/**
 * A team signing a story after a byline's label: "By the Organising Committee",
 * "di Redazione online". A capital opens it, no digit or sentence end is in it.
 */
const TEAM = /^(?:the\s+)?\p{Lu}[\p{L}'’-]*(?:\s+[\p{L}'’-]+){1,3}$/u;

/** A step of a breadcrumb trail: a slash or an arrow between spaces. */
const BREADCRUMB_STEP = /\s(?:\/|>|›|»|→)\s/gu;
const MIN_BREADCRUMB_STEPS = 2;

/** Longest affiliation after a byline's names, in words; after a label ("Speech by …") the speaker's office and the occasion may follow. */
const MAX_TAIL_WORDS = 12;
const MAX_LABELLED_TAIL_WORDS = 20;

/**
 * Reads `text` as a whole byline, or returns null. Labelled bylines ("By …",
 * "Yazan: …", "بقلم …", "מאת …") may end in an affiliation; an unlabelled one
 * needs a role after its name ("Jane Doe, Reporter"); a bare name of two to
 * four capitalised words is returned with `explicit: false`, for the caller
 * to trust only beside a date or above a job line.
 */
/** An e-mail address after a sender's name, as mail archives print it, maybe hidden from harvesters: "<jane@example.org>", "jane.doe at example.org", "jane [at] example.org". */
const TRAILING_ADDRESS = /\s+[<(]?[\p{L}\p{N}._%+-]+(?:@|\s+at\s+|\s*[[(]at[\])]\s*)[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)+[>)]?$/iu;

/**
 * A Chinese reporter's line with the place reported from, as Taiwanese and Hong Kong papers print it, maybe in brackets:
 * "記者林佳蓉／花蓮報導", "〔記者王大明、李小華／台北報導〕", "记者张伟/北京报道".
 */
const REPORTER_DATELINE = /^[〔［[(（【]?\s*(?:記者|记者)\s*(\p{Script=Han}{2,4}(?:[、，,]\s*\p{Script=Han}{2,4})*)\s*[／/]\s*\p{Script=Han}{1,8}(?:報導|报道|報道|電|电)\s*[〕］\])）】]?$/u;

/** A source line's label, in the languages we read: "Source:", "Quelle:", "Kaynak:", "المصدر:". */
const SOURCE_LABEL = /^(?:source|sources|quelle|fuente|источник|kaynak|fonte|bron|źródło|المصدر|מקור|sumber|джерело)\s*[:：]\s*/iu;

export function parseByline(text: string): Byline | null {
  // The tatweel stretches Arabic letters for show ("بقلـم"); the words are the same without it.
  text = text.replace(/\u0640/gu, '');
  // A source that is a person with a job ("Source: Ama Owusu, Contributor") is the author; an agency or a bare name is not.
  const source = SOURCE_LABEL.exec(text);
  if (source) {
    const person = parseByline(text.slice(source[0].length));
    return person?.explicit ? person : null;
  }
  const dateline = REPORTER_DATELINE.exec(text.trim());
  if (dateline) {
    const names = dateline[1]!.split(/[、，,]\s*/u);
    return { names, explicit: true };
  }
  text = withoutPostNominals(text.replace(TRAILING_ADDRESS, ''));
  const label = BYLINE_LABEL.exec(text);
  const body = label ? text.slice(label[0].length) : text;
  const job = JOB_AFTER_NAME.exec(body);
  const named = job ? readNames(job[1]!.replace(OUTLET_BEFORE_NAME, '')) : null;
  if (named && named.rest.trim() === '') return { names: named.names, explicit: true };
  const read = readNames(body);
  const tail = read?.rest.trim() ?? '';
  // A tail that ends a sentence is prose: "By Monday, the port had reopened."
  const proseTail = read !== null && tail !== '' && (!TAIL.test(read.rest) || wordCount(tail) > (label ? MAX_LABELLED_TAIL_WORDS : MAX_TAIL_WORDS) || new RegExp(`[${COMMON_STOPS}${SCRIPT_OWN_STOPS}]$`, 'u').test(tail));
  const team = body.trim();
  const handle = label || MARKED_HANDLE.test(team) ? userHandle(team) : null;
  if (handle) return { names: [handle], explicit: true };
  if (label && (!read || proseTail) && TEAM.test(team) && !isDesk(team)) return { names: [team], explicit: true };
  if (!read || proseTail) return null;
  if (read.names.every(isDesk)) return null;
  const result = (explicit: boolean): Byline => ({ names: read.names, explicit });
  if (label) return result(true);
  // A path of sections ("Home / Analytics / Energy", "Home › Reports › Energy") is a breadcrumb, whatever its words.
  if ((read.rest.match(BREADCRUMB_STEP) ?? []).length >= MIN_BREADCRUMB_STEPS) return null;
  if (tail !== '' && (ROLE.test(tail) || PUBLIC_OFFICE_TAIL.test(read.rest))) return result(true);
  if (tail !== '') return PLACE_OR_AGENCY_TAIL.test(read.rest) && read.names.length === 1 && wordCount(read.names[0]!) >= 2 ? result(false) : null;
  // Particles do not count: "María José de la Fuente" is three name words.
  const words = read.names.map((name) => name.split(/\s+/u).filter((word) => !PARTICLE_WORD.test(word)).length);
  return words.every((n) => n >= 2 && n <= 4) ? result(false) : null;
}

/** Most words of the job or department after the name on an author's card. */
const MAX_CARD_JOB_WORDS = 8;

/**
 * Reads an author's card line, one person's name, a comma and a job or a department in any words, as pages print it
 * under a headline ("Ольга Сечина, отдел экологического просвещения", "Priya Raman, Plant Pathologist"); whether the
 * name is a person's and the job a job is the caller's to weigh. Null for any other line.
 */
export function readNameAndJob(text: string): { name: string; job: string } | null {
  const read = readNames(text.trim());
  const job = read && read.names.length === 1 ? /^\s*,\s*(\S.*)$/u.exec(read.rest)?.[1] : undefined;
  if (!read || job === undefined || wordCount(job) > MAX_CARD_JOB_WORDS || new RegExp(`[${COMMON_STOPS}${SCRIPT_OWN_STOPS}]$`, 'u').test(job)) return null;
  return { name: read.names[0]!, job };
}

/** A wire's closing credits line: "(Reporting by Jane Doe in Vellmar; Editing by Tom Hale)". */
export const WIRE_CREDITS = /^\(?\s*(?:additional\s+)?(?:reporting|writing|editing|compiled|produced|research)(?:\s+and\s+\p{L}+)?\s+by\s/iu;

/** The reporters named in a wire's credits line, or null. */
export function readWireCredits(text: string): Byline | null {
  const credits = /^\(?\s*(?:additional\s+)?(?:reporting|writing)(?:\s+and\s+\p{L}+)?\s+by\s+([^;)]*)/iu.exec(text);
  // "Lina Chong in Kuching and Arif Hakim in Kuala Lumpur": where each reporter was goes.
  const names = credits?.[1]!.replace(/\s+in\s+[^,;]+?(?=\s+and\s+|,|$)/gu, '').trim();
  const read = names ? readNames(names) : null;
  return read ? { names: read.names, explicit: true } : null;
}

/** Verbs that open an author bio after the name, by language. */
const BIO_AFTER_NAME = [
  /^(?:\s*,[^,]{1,100},)?\s+(?:is|was|has|had|writes|wrote|covers|leads|led|directs|reports|serves|works|worked|joined|studies|researches|teaches|edits|hosts|holds|previously|specializes|specialises|focuses)\b/iu,
  // "is", "was", "writes", "works", "leads", "reports" in the other cased languages we read.
  /^(?:\s*,[^,]{1,100},)?\s+(?:ist|war|schreibt|berichtet|arbeitet|leitet|est|était|écrit|couvre|travaille|dirige|es|fue|escribe|cubre|trabaja|dirige|è|era|scrive|lavora|segue|é|escreve|trabalha|schrijft|werkt|jest|pisze|pracuje|пишет|работает|руководит|является|—)(?![\p{L}])/iu,
  /^\s+(?:هي|هو|صحفية|صحفي|مراسلة|مراسل|كاتبة|كاتب|باحثة|باحث)(?![\p{L}])/u,
  /^\s+(?:היא|הוא|כתבת|כתב|עורכת|עורך|חוקרת|חוקר)(?![\p{L}])/u,
];
/** Turkish bios put the verb last: "Ayşe Yılmaz, gazetenin ekonomi muhabiridir." */
const TURKISH_BIO = /^,.*(?:dır|dir|dur|dür|tır|tir|tur|tür)\.$/u;

/** Whether `paragraph` is an author bio about one of `names`: the name, then "is a …", "writes about …". */
export function isAuthorBio(paragraph: string, names: readonly string[]): boolean {
  const text = paragraph.replace(HONORIFIC_PREFIX, '');
  return names.some((name) => {
    if (name === '' || !text.startsWith(name)) return false;
    const after = text.slice(name.length);
    return BIO_AFTER_NAME.some((pattern) => pattern.test(after)) || TURKISH_BIO.test(after);
  });
}

/** A reporter's beat after the name, which says the paragraph is about a journalist as well as a job title does: "covers transport", "writes about food". */
const BEAT = /^(?:\s*,[^,]{1,100},)?\s+(?:covers|reports on|writes about|writes on|couvre|berichtet über|cubre|escribe sobre|scrive di|пишет о)\s/iu;

/** Longest paragraph, in words, read as an author bio without a byline to match. */
const MAX_UNNAMED_BIO_WORDS = 80;

/**
 * The person a bio is about, read from its opening ("Jane Doe is a …"), or
 * null. With `requireRole`, the paragraph must also name a job
 * ("correspondent", "fellow", "muhabir"): that is what tells a closing bio
 * from a story's last paragraph about someone when no byline confirms the name.
 */
export function bioSubject(paragraph: string, requireRole = false): string | null {
  const read = readNames(paragraph);
  if (!read) return null;
  const name = read.names[0]!;
  if (!isAuthorBio(paragraph, [name])) return null;
  if (requireRole && (!(ROLE.test(paragraph) || BEAT.test(paragraph.slice(name.length))) || wordCount(paragraph) > MAX_UNNAMED_BIO_WORDS)) return null;
  return name;
}
