/**
 * Whether a short line that no label introduces is a person's name, from
 * evidence that does not depend on knowing the site: its shape (two to four
 * capitalised words, particles, initials, hyphens, or an uncased script), and
 * negative evidence — words the page itself writes in lower case (so they are
 * dictionary words of its language), common stop words, digits, the closed
 * class of interface words and platform names pages print as buttons, and
 * the names of towns, cities and regions (a dateline's place).
 */
import { entityKey } from '../tradecraft/entity-key.ts';
import { KNOWN_PLACES } from '../tradecraft/name-lists.ts';
import { CITIES, REGIONS } from '../tradecraft/places.ts';
import { WORLD_TOWN_KEYS } from '../tradecraft/world-towns.ts';
import { stopWordsFor } from './score.ts';

/** Name particles, written in lower case inside a name in many languages: not evidence against it. */
const PARTICLES = new Set(['de', 'da', 'di', 'du', 'del', 'della', 'der', 'den', 'van', 'von', 'la', 'le', 'bin', 'ibn', 'bint', 'al', 'el', 'ter', 'ten', 'zu', 'y', 'dos', 'das', 'do', 'af', 'av']);

/**
 * Interface words, platforms and the sections and kinds of story pages label, a closed class,
 * in many languages at once: share, comment, follow, subscribe, print, save, read, listen, download, copy,
 * link, sign in, menu, search, news, home, contact, more, photo, video; opinion, analysis,
 * editorial, interview, column, world, politics, business, sport, culture, science, health.
 */
const INTERFACE_WORDS = new Set(
  [
    'share sharing shares comment comments follow following followers subscribe subscribed print save saved read reading listen copy link links sign login log menu search news home contact more photo photos video videos gallery newsletter podcast live watch download edit reply report like likes tweet post',
    'teilen kommentar kommentare folgen abonnieren drucken speichern lesen anhören vorlesen herunterladen suche nachrichten startseite kontakt mehr',
    'partager commentaire commentaires suivre abonner imprimer enregistrer lire écouter télécharger recherche accueil actualités plus',
    'compartir comentario comentarios seguir suscribirse suscríbete imprimir guardar leer escuchar descargar buscar noticias inicio contacto más',
    'condividi commenta commenti segui abbonati stampa salva leggi ascolta scarica cerca notizie contatti altro',
    'partilhar compartilhar comentários siga assine imprimir ouvir baixar notícias',
    'delen reageren volgen abonneren lezen luisteren downloaden zoeken nieuws',
    'paylaş paylas yorum yorumlar takip abone yazdır kaydet oku dinle indir ara haberler anasayfa iletişim daha',
    'udostępnij komentarze obserwuj subskrybuj drukuj czytaj posłuchaj pobierz szukaj wiadomości',
    'sdílet komentáře sledovat tisk číst poslechnout stáhnout hledat zprávy',
    'dela kommentera följ prenumerera läs sök nyheter',
    'поделиться комментарии комментарий подписаться читать слушать скачать печать поиск новости главная',
    'поділитися коментарі підписатися читати слухати завантажити новини',
    'مشاركة شارك تعليق تعليقات تابع اشترك طباعة اقرأ استمع تحميل بحث أخبار الرئيسية',
    'שתף שתפו תגובות הדפס האזנה האזינו הורדה חיפוש חדשות',
    'اشتراک‌گذاری شنیدن دانلود جستجو اخبار',
    'κοινοποίηση σχόλια σχόλιο εκτύπωση αναζήτηση ειδήσεις περισσότερα',
    'megosztás hozzászólások nyomtatás keresés hírek',
    'jaa kommentit tulosta haku uutiset',
    'del kommentarer udskriv søg nyheder',
    'opinion analysis editorial interview column commentary feature explainer breaking exclusive update updates world politics business economy sport sports culture science health technology weather',
    'meinung analyse kommentar leitartikel politik wirtschaft kultur wissenschaft gesundheit wetter',
    'tribune éditorial analyse entretien chronique monde politique économie culture santé météo',
    'opinión análisis editorial entrevista columna mundo política economía deportes cultura ciencia salud',
    'opinione analisi editoriale intervista rubrica mondo politica economia cultura scienza salute',
    'görüş analiz röportaj köşe dünya siyaset ekonomi spor kültür bilim sağlık',
    'мнение аналитика интервью колонка мир политика экономика спорт культура наука здоровье',
    'رأي تحليل مقابلة افتتاحية العالم سياسة اقتصاد رياضة ثقافة علوم صحة',
    'facebook twitter whatsapp telegram linkedin instagram youtube tiktok reddit pinterest email e-mail rss flipboard threads bluesky mastodon vk weibo wechat line viber messenger google apple spotify',
  ]
    .join(' ')
    .split(' '),
);

/** A name word: a capital then letters, or an initial; hyphens and apostrophes inside ("Jean-Luc", "O'Neill"). */
const CASED_NAME_WORD = /^(?:\p{Lu}\.|\p{Lu}(?:[\p{Ll}\p{M}]+(?:\p{Lu}[\p{Ll}\p{M}]+)?|(?=['’]))(?:['’-]\p{Lu}?[\p{Ll}\p{M}]+)*|(?:al|el|ad|ibn|bin)-\p{Lu}[\p{Ll}\p{M}]+)$/u;
const CAPITALS_WORD = /^\p{Lu}{2,}(?:['’-]\p{Lu}+)*$/u;
/** Scripts without capitals whose names are written in spaced words. */
const UNCASED_WORD = /^[\p{Script=Arabic}\p{Script=Hebrew}\p{Script=Devanagari}\p{Script=Hangul}][\p{Script=Arabic}\p{Script=Hebrew}\p{Script=Devanagari}\p{Script=Hangul}\p{M}'’-]*$/u;

/** Chinese, Japanese and Korean names: two to four characters in one word, or a family and a given name ("佐藤 美咲"). */
const CJK_NAME = /^(?:[\p{Script=Han}\p{Script=Hangul}]{2,4}|\p{Script=Han}{1,3}[\s\u3000]\p{Script=Han}{1,3})$/u;

const MIN_NAME_WORDS = 2;
const MAX_NAME_WORDS = 4;
/** With its particles a name may run longer: "María José de la Fuente". */
const MAX_WORDS_WITH_PARTICLES = 6;

const ADDRESS_LIKE = /[@/_]|\.\p{L}/u;
const LOWER_CASE_WORD = /(?<![\p{L}\p{M}])\p{Ll}[\p{L}\p{M}]*/gu;

let placeKeys: ReadonlySet<string> | null = null;

/** Whether `text` is the name of a town, city or region (a dateline's place: "Kuala Lumpur", "Rio de Janeiro"); the lists load on first use. */
function isPlaceName(text: string): boolean {
  placeKeys ??= new Set([...WORLD_TOWN_KEYS.split('|'), ...[...KNOWN_PLACES, ...CITIES, ...REGIONS].flat().map(entityKey)]);
  return placeKeys.has(entityKey(text));
}

/** The words of `text` the page writes in lower case somewhere: its own lexicon of ordinary words. */
export function lowerCaseWords(text: string): Set<string> {
  const words = new Set<string>();
  for (const token of text.split(/\s+/u)) {
    // Addresses and links are no prose: "ines.carvalho at example.org" does not make "Ines" an ordinary word.
    if (ADDRESS_LIKE.test(token)) continue;
    for (const word of token.match(LOWER_CASE_WORD) ?? []) words.add(word);
  }
  return words;
}

/**
 * Whether `text` reads as a person's name standing alone. `ordinaryWords` are
 * the page's lower-case words (from `lowerCaseWords`), `lang` its language.
 */
export function isPersonName(text: string, ordinaryWords: ReadonlySet<string>, lang: string | null): boolean {
  // No name has a digit; Arabic-script digits ("۱۴ آذر ۱۴۰۵") are letters of that script to the word test below.
  if (isPlaceName(text) || /\p{Nd}/u.test(text)) return false;
  if (CJK_NAME.test(text.trim())) return true;
  const words = text.trim().split(/\s+/u);
  const named = words.filter((word) => !PARTICLES.has(word));
  if (named.length < MIN_NAME_WORDS || named.length > MAX_NAME_WORDS || words.length > MAX_WORDS_WITH_PARTICLES) return false;
  // A surname in capitals beside a given name is how some pages print it ("Jane WHITLOW"); capitals throughout are a section's label as often.
  const cased = named.every((word) => CASED_NAME_WORD.test(word) || CAPITALS_WORD.test(word)) && named.some((word) => /\p{Ll}/u.test(word));
  if (!cased && !named.every((word) => UNCASED_WORD.test(word))) return false;
  // Initials alone ("J. K.") say nothing of a name.
  if (named.every((word) => word.endsWith('.'))) return false;
  const stops = stopWordsFor(lang);
  const fallbackStops = stopWordsFor(null);
  let commonCount = 0;
  for (const word of named) {
    const lower = word.toLowerCase();
    if (INTERFACE_WORDS.has(lower)) return false;
    // A stop word, or a cased word the page also writes in lower case, is a dictionary word there ("Climate Change").
    const ordinary = cased && !word.endsWith('.') && ordinaryWords.has(lower);
    if (ordinary || stops.has(lower) || fallbackStops.has(lower)) commonCount++;
  }
  // Cased, one common word in two may be a name ("Theresa May", "Omar Said") but more are a phrase ("About Us", "Night Shifts");
  // uncased scripts have no capitals to single out a name, so any stop word makes a phrase.
  return cased ? commonCount * 2 <= named.length : commonCount === 0;
}
