/**
 * Page furniture: the lines a browser copy carries along with a story. Each
 * rule is a named pattern with a short reason, and each looks at a line's
 * shape — its length, its opening words, a line made only of links or labels
 * — never at a single word that a story might also use.
 */
import { WIRE_CREDITS } from './byline.ts';
import { SCRIPT_OWN_STOPS } from './sentence-stops.ts';

/** What a rule sees of a unit. */
export interface LineFacts {
  /** The text as written. */
  text: string;
  /** The text lower-cased by the page language's rules. */
  folded: string;
  /** Its word count, as `countTextWords` counts. */
  words: number;
}

/** A named pattern for one kind of furniture line. */
export interface FurnitureRule {
  /** What the report calls a line this rule drops ("share-bar"). */
  name: string;
  /** Why such a line is furniture, in a few words. */
  reason: string;
  matches(line: LineFacts): boolean;
}

/** A rule that matches lines of at most `maxWords` words whose folded text fits any pattern. */
function rule(name: string, reason: string, maxWords: number, ...patterns: RegExp[]): FurnitureRule {
  return { name, reason, matches: (line) => line.words <= maxWords && patterns.some((pattern) => pattern.test(line.folded)) };
}

/** Openings read on the text as written: the reporters' names are capitalised. */
const CREDIT_NOTE_OPENINGS = [
  /^(?:Additional reporting|With (?:additional )?reporting|Reporting) by \p{Lu}/u,
  /^(?:Avec la collaboration|Avec la participation) de \p{Lu}|^Mitarbeit\s*:|^Con (?:información|reportería) (?:adicional )?de \p{Lu}|^(?:Ha|Hanno) collaborato\s+\p{Lu}|^Colaboração de \p{Lu}|^Współpraca\s*:/u,
];
/** Openings read on the folded text. */
const NEWSROOM_NOTE_OPENINGS = [
  /^(?:translated (?:from (?:the )?\p{L}+ )?by|translation(?: by)?\s*:|traduit (?:de l['’]\p{L}+|du \p{L}+|de \p{L}+) par|traduction\s*:|aus dem \p{L}+ (?:von|übersetzt)|übersetzung\s*:|traducido (?:del \p{L}+ )?por|traducción\s*:|tradotto (?:dall['’]\p{L}+ |dal \p{L}+ )?da|traduzione(?: di)?\s*:|traduzido (?:do \p{L}+ )?por|tłumaczenie\s*:|перевод\s*:|vertaald (?:uit het \p{L}+ )?door|översättning\s*:|çeviri\s*:)/u,
  /^this (?:story|article|report) (?:has been|was|is) (?:published|auto-generated|generated|sourced) from an? (?:wire|syndicated|news agency|agency)(?: agency)? feed/u,
  /^(?:comments are (?:now )?(?:closed|disabled)|commenting (?:has been|is) (?:closed|disabled)|die kommentarfunktion (?:ist|wurde) (?:geschlossen|deaktiviert)|kommentare sind (?:geschlossen|deaktiviert)|les commentaires sont (?:fermés|clos|désactivés)|los comentarios están (?:cerrados|desactivados)|i commenti sono (?:chiusi|disabilitati)|(?:os )?comentários (?:estão )?(?:fechados|encerrados)|reacties zijn gesloten|komentarze (?:są )?(?:wyłączone|zamknięte)|kommentarsfunktionen är (?:stängd|avstängd)|yorumlar kapatılmıştır|комментарии (?:закрыты|отключены))\.?$/u,
  /^if you (?:or someone you know )?(?:have been|are|were|feel) (?:affected|struggling)|^(?:wenn|falls) sie (?:suizidgedanken haben|hilfe brauchen|betroffen sind)|^si vous (?:avez besoin d['’]aide|êtes concerné|traversez une période difficile)|^si (?:necesitas|necesita) ayuda|^se (?:hai|ha) bisogno di aiuto/u,
];
/** An AI named as the story's helper, for the line that says so. */
const AI_NAMED = /(?:^|[^\p{L}])(?:ai|a\.i\.|artificial intelligence|ia|i\.a\.|inteligencia artificial|intelligence artificielle|künstlicher? intelligenz|ki|intelligenza artificiale|inteligência artificial|sztucznej inteligencji|artificiell intelligens|yapay zeka)(?![\p{L}])/u;
/** The story speaking of itself as made ("This article was produced …", "Este artículo fue elaborado …"). */
const STORY_MADE = /^(?:this (?:article|story|summary|text|audio)|este (?:artículo|texto|resumen)|esta (?:noticia|nota)|cet article|ce (?:texte|résumé)|dieser (?:artikel|text|beitrag)|diese zusammenfassung|questo (?:articolo|testo)|este (?:artigo|texto)|dit (?:artikel|bericht)|ten (?:artykuł|tekst)|den här (?:artikeln|texten)|bu (?:haber|metin))\s(?:was|has been|is|fue|ha sido|es|a été|est|wurde|ist|è stato|è|foi|werd|is|został|har|är)\s/u;
/** Links that pay the site: an affiliate disclosure. */
const AFFILIATE = /(?:we|the site|this site) (?:may )?(?:earn|receive|get) (?:a )?(?:small )?(?:commission|share of sales)|contains? affiliate links|affiliate links?\s*:|erhalten wir (?:ggf\. |eventuell |unter umständen )?eine (?:kleine )?provision|(?:enthält|sogenannte) affiliate-links|nous (?:percevons|touchons|recevons) une (?:petite )?commission|liens? affiliés|(?:recibimos|podemos recibir) una (?:pequeña )?comisión|enlaces de afiliados|(?:riceviamo|potremmo ricevere) una (?:piccola )?commissione|link (?:di )?affiliazione|(?:recebemos|podemos receber) uma (?:pequena )?comissão/u;

/**
 * The newsroom's own notes on how the story was made, in the languages we read: who else reported
 * ("Additional reporting by Priya Nair"), who translated it, that it came from a wire feed or with an AI's help,
 * that links in it pay the site, that comments are closed, where readers affected can find help.
 * Each opens the line, as such notes do; the reporters named are capitalised, unlike "reporting by residents".
 */
const newsroomNote: FurnitureRule = {
  name: 'newsroom-note',
  reason: 'a newsroom note on how the story was made, who helped, or what its links pay',
  matches: (line) =>
    line.words <= 40 &&
    (CREDIT_NOTE_OPENINGS.some((opening) => opening.test(line.text)) ||
      NEWSROOM_NOTE_OPENINGS.some((opening) => opening.test(line.folded)) ||
      (STORY_MADE.test(line.folded) && AI_NAMED.test(line.folded)) ||
      AFFILIATE.test(line.folded)),
};

/** The reader addressed, for 'site-promo': second-person pronouns and the imperatives sign-up lines open with. */
const PROMO_YOU = 'te|jij|jouw|twój|twoja|twoją|wesprzyj|steun|doneer|vous|vos|votre|você|vocês|seu|sua|abone ol|takip edin|indirin|yükleyin|melden sie|abonnieren sie|folgen sie|unterstützen sie|ihnen|dich|dir|dein|deine|deinen|deinem|deiner|tu|ti|usted|únete|unete|hazte|suscríbete|suscribete|iscriviti|abbonati|вы|вас|подпишитесь|подписывайтесь|siz|abone olun|katılın';
/** The site speaking as itself, for 'site-promo'. */
const PROMO_WE = 'nasz|naszą|naszej|naszego|nasze|ons|onze|wij|nous|nosso|nossa|nossos|nossas|notre|nos|wir|uns|unser|unsere|unseren|unserem|unserer|noi|nostro|nostra|nostri|nostre|nuestro|nuestra|nuestros|nuestras|ayúdanos|apóyanos|síguenos|мы|нас|наш|нашу|нашей|нашего|наше|нашем|наши|biz|bizi|bizim';
/** What the site asks for, for 'site-promo'. */
const PROMO_ACTION = 'newsletter|whatsapp|telegram|abonn|inscri|anmeld|melden|suscr|socio|iscriv|abbon|sostien|soutien|spende|donat|рассылк|подпис|канал|abone|kanal|bülten|apoy|ayúd|periodismo independiente';

/** Price words after a number, where a page writes no currency sign ("от 3 евро в месяц"). */
const CURRENCY_WORDS = 'euros?|евро|dollars?|долларов|рублей|lira|tl|reais|pesos';

/** Platforms a page sends its reader to: messengers, app stores, news aggregators, its newsletter; the names are the same in every language. */
export const CHANNEL = /(?:^|[^\p{L}])(?:whatsapp|telegram|viber|ios|android|app store|google play|google (?:news|haberler|noticias|actualités|nachrichten|notizie)|newsletters?)(?![\p{L}])/u;
/**
 * The site's own app offered for download, in any of the languages we read: a verb of getting ("download", "laden … herunter",
 * "descarga") and the word for an app; with a reader addressed (READER_ADDRESS) it is a prompt, not a story about an app.
 * Two patterns, the rarer first, each scanning the line once.
 */
const APP_DOWNLOAD_VERB = /(?:^|[^\p{L}])(?:download|get|install|herunter|laden|installieren|télécharge\p{L}*|installe[zr]?|descarga\p{L}*|instala\p{L}*|scarica\p{L}*|installa\p{L}*|baix[ea]\p{L}*|download\p{L}*|pobierz|zainstaluj|indir\p{L}*|yükle\p{L}*|скачай\p{L}*|скачать|установи\p{L}*)(?![\p{L}])/u;
const APP_WORD = /(?:^|[^\p{L}])(?:app|apps|application|appli|aplicación|aplicativo|aplicação|applicazione|applicatie|aplikacj\p{L}*|uygulama\p{L}*|приложени\p{L}*)(?![\p{L}])/u;

/** The same in Chinese, Japanese and Korean, which name no reader: an app and the imperative to download it ("今すぐダウンロード", "立即下载"). */
const UNSPACED_APP_WORD = /アプリ|应用|應用|客户端|客戶端|앱/u;
const UNSPACED_DOWNLOAD_NOW = /今すぐダウンロード|ダウンロードして(?:ください|ね)|ダウンロードはこちら|立即下载|马上下载|点击下载|立即下載|馬上下載|點擊下載|지금 다운로드|다운로드하세요|다운로드 받으세요/u;

/** The reader or the site named: a second-person or first-person-plural word ("us" would also be the US); READER_ADDRESS also takes a question put to the reader. */
export const READER_PRONOUN = new RegExp(String.raw`(?:^|[^\p{L}])(?:you|your|we|our|${PROMO_YOU}|${PROMO_WE})(?![\p{L}])`, 'u');
export const READER_ADDRESS = new RegExp(String.raw`${READER_PRONOUN.source}|[?？]`, 'u');

/**
 * A call to follow the site somewhere else ("Send it to us on WhatsApp",
 * "Télécharger l'application pour vos appareils iOS ou Android"): a platform
 * named to a reader addressed, in a block short enough to be a box, with no
 * quotation or reported speech (a story quoting someone's "we" on WhatsApp).
 */
const channelPromo: FurnitureRule = {
  name: 'channel-promo',
  reason: 'a call to follow the site on a messenger, an app or a newsletter',
  matches: (line) =>
    line.words <= 30 &&
    (((CHANNEL.test(line.folded) || (APP_WORD.test(line.folded) && APP_DOWNLOAD_VERB.test(line.folded))) && READER_ADDRESS.test(line.folded)) ||
      (UNSPACED_APP_WORD.test(line.folded) && UNSPACED_DOWNLOAD_NOW.test(line.folded))) &&
    !/["“”«»„]/u.test(line.text) &&
    !REPORTED_SPEECH.test(line.folded),
};

/**
 * A box with a button: a sentence or two, then the button's label copied
 * after them, a word to three with no stop ("… a hygiene kit for a family of
 * five. Donate now"). A story's paragraph ends on its sentence.
 */
const buttonBox: FurnitureRule = {
  name: 'button-box',
  reason: 'a promotional box ending in its button',
  // The stop follows a lower-case word: a numbered heading ("2. Recommendations", "II. Weather") is no sentence.
  matches: (line) => line.words <= 40 && /\p{Ll}{2}[.!?]\s+\p{Lu}\p{Ll}*(?:\s+\p{Ll}+){0,2}$/u.test(line.text),
};

/** `\b` only knows ASCII letters; these bound a word in any script. */
const END = String.raw`(?![\p{L}\p{N}])`;
const NUMBER = String.raw`(?:\p{Nd}+|an?|one|two|three|four|five|six|seven|eight|nine|ten)`;
const SOCIAL = 'twitter|x|facebook|instagram|linkedin|youtube|tiktok|telegram|whatsapp|bluesky|threads|mastodon|twitch|reddit|pinterest|flipboard|rss';

/** Every part of a share bar: actions, networks and the words between them. */
const SHARE_PART = new RegExp(
  String.raw`(?:share(?: this(?: article| story| page| post)?)?(?: on| via| to)?|tweet|e-?mail|mail|print|copy(?: link| url)?|link copied|link|gift(?: this)?(?: article)?|save(?: article| for later)?|bookmark|like this|share this|\(opens in (?:a )?new (?:window|tab)\)|opens in (?:a )?new (?:window|tab)|${SOCIAL}|messenger|(?:compartir|partager|partagez|condividi|teilen|поделиться)(?: (?:en|sur|su|auf|в))?|imprimer|drucken|imprimir|stampa|courriel|paylaş(?:ın)?|yazdır|kopyala|bağlantıyı kopyala|e-posta|شارك|مشاركة|طباعة|واتساب|فيسبوك|تويتر|نسخ الرابط|שתפו|שתף|שיתוף|הדפסה|הדפס|פייסבוק|טוויטר|וואטסאפ|העתק קישור|(?:この記事を)?(?:シェア|共有)(?:する)?|分享(?:到)?|微信|微博|bagikan|line)${END}`,
  'gu',
);
const SHARE_FILLER = /^[\s|·•∙,:;/\p{Nd}()+-]*$/u;
/** Nothing but share-bar parts and the separators between them. */
function isShareBar(folded: string): boolean {
  const rest = folded.replace(SHARE_PART, '');
  return rest !== folded && SHARE_FILLER.test(rest);
}

/** Single links of a site's menus, header and footer, when a line holds nothing else. */
const NAVIGATION_LINKS = [
  'home', 'homepage', 'menu', 'main menu', 'open menu', 'close menu', 'close', 'search', 'search for', 'sign in', 'log in', 'login',
  'log out', 'sign out', 'register', 'sign up', 'subscribe', 'subscribe now', 'my account', 'account', 'profile', 'newsletters',
  'newsletter', 'podcasts', 'podcast', 'video', 'videos', 'live', 'live tv', 'watch live', 'latest', 'more', 'see more', 'show more', 'load more',
  'view all', 'see all', 'read more', 'continue reading', 'back', 'back to top', 'top', 'next', 'previous', 'prev', 'next article',
  'previous article', 'next post', 'previous post', 'older posts', 'newer posts', 'older', 'newer', 'print', 'print this page',
  'edition', 'contact', 'contact us', 'about', 'about us', 'privacy', 'privacy policy', 'privacy notice', 'terms', 'terms of use',
  'terms of service', 'terms and conditions', 'cookie policy', 'accessibility', 'sitemap', 'site map', 'careers', 'jobs',
  'advertise', 'advertise with us', 'help', 'faq', 'archive', 'archives', 'donate', 'support us', 'reply', 'report', 'like',
  'restack', 'comment', 'open in app', 'get the app', 'download the app', 'write', 'our standards', 'editorial standards',
  'corrections', 'all topics', 'all news', 'skip', 'toggle navigation',
  // "Continue reading" over the rest of a story folded away, in the languages we read.
  'seguí leyendo', 'sigue leyendo', 'seguir leyendo', 'continuar leyendo', 'lire la suite', 'weiterlesen', 'continua a leggere', 'continuar lendo',
  'continue lendo', 'читать далее', 'czytaj dalej', 'lees verder', 'okumaya devam et', 'تابع القراءة', 'המשך קריאה', '続きを読む', '阅读全文', '展开全文', '더보기',
  'ana sayfa', 'anasayfa', 'menü', 'ara', 'arama', 'giriş yap', 'giriş', 'üye ol', 'kayıt ol', 'çıkış', 'son dakika', 'tümü',
  'tümünü gör', 'daha fazla', 'devamı', 'devamını oku', 'künye', 'iletişim', 'hakkımızda', 'gizlilik politikası',
  'kullanım koşulları', 'çerez politikası', 'yukarı çık', 'önceki haber', 'sonraki haber', 'yanıtla', 'cevapla',
  'الرئيسية', 'الصفحة الرئيسية', 'القائمة', 'بحث', 'ابحث', 'تسجيل الدخول', 'اشترك', 'المزيد', 'اقرأ المزيد', 'عرض الكل',
  'من نحن', 'اتصل بنا', 'سياسة الخصوصية', 'شروط الاستخدام', 'الأرشيف', 'رد',
  'ראשי', 'דף הבית', 'עמוד הבית', 'תפריט', 'חיפוש', 'התחברות', 'כניסה', 'הרשמה', 'עוד', 'לכל הכתבות', 'צור קשר', 'אודות',
  'מדיניות פרטיות', 'תנאי שימוש', 'הגב', 'השב',
];
const NAVIGATION = new RegExp(String.raw`^[←‹«<]?\s*(?:${NAVIGATION_LINKS.join('|')})\s*[→›»>▾▸⌄↓+…:]*$`, 'u');

/** Buttons of a consent banner, when a line holds nothing else. */
const CONSENT_BUTTON = new RegExp(
  [
    String.raw`^(?:accept|reject|allow|deny|decline|refuse)(?: all)?(?: (?:analytics|additional|optional|marketing|non-essential|necessary|essential))?(?: cookies)?$`,
    String.raw`^(?:view|manage|change|set|customi[sz]e) (?:cookies?|preferences|settings|options|choices)(?: settings| preferences)?$`,
    String.raw`^(?:cookie (?:settings|preferences|policy)|customi[sz]e|agree|i agree|i accept|agree and close|ok|okay|ok, got it|got it|necessary only|only necessary|essential only|use necessary cookies only|save (?:preferences|settings|choices)|more options)$`,
    '^(?:kabul et|tümünü kabul et|kabul ediyorum|reddet|tümünü reddet|ayarlar|çerez ayarları|موافق|قبول|رفض|قبول الكل|אישור|מסכים|אני מסכים|קבל הכל|דחה)$',
  ].join('|'),
  'u',
);

const COOKIE_WORD = /cookie|çerez|ملفات (?:تعريف )?الارتباط|עוגיות/u;
/** A banner speaks to the reader as the site ("we use", "you accept", "by clicking"). */
const SITE_VOICE = new RegExp(
  String.raw`(?:^|[^\p{L}])(?:we|our|us|you|your|by (?:clicking|continuing|using|browsing|selecting))${END}|kullanıyoruz|kabul edersiniz|kabul etmiş|onayınız|نستخدم|موافقتك|بالنقر|אנו משתמשים|אנחנו משתמשים|בהמשך הגלישה|הסכמתך`,
  'u',
);
/** What a banner talks about besides cookies: a recipe blog's "we baked cookies" has none of it. */
const BANNER_TERM = /consent|accept|agree|privacy|policy|preferences|settings|browsing|experience|website|site|analytics|advertising|personali[sz]|third[- ]part|partners|technolog|device|tracking|kabul|politika|ayarlar|deneyim|موافق|الخصوصية|سياسة|הסכמ|פרטיות|מדיניות/u;
/** Speech reported by a story: a banner never has it. */
export const REPORTED_SPEECH = /(?:^|[^\p{L}])(?:said|says|told|according to|dedi|söyledi|a déclaré|a dit|sagte|erklärte|dijo|afirmó|declaró|disse|afirmou|ha detto|ha dichiarato|заявил|заявила|сказал|сказала|قال|قالت|אמר|אמרה)(?![\p{L}])/u;

const cookieBanner: FurnitureRule = {
  name: 'cookie-banner',
  reason: 'a cookie-consent banner speaking to the reader',
  matches: (line) =>
    line.words <= 110 &&
    COOKIE_WORD.test(line.folded) &&
    SITE_VOICE.test(line.folded) &&
    BANNER_TERM.test(line.folded) &&
    !REPORTED_SPEECH.test(line.folded),
};

/** "Lena Varga/Coastal Ledger": a photographer and an agency, as credits are printed. */
const NAME_SLASH_AGENCY = /\p{Lu}\p{Ll}+(?: \p{Lu}[\p{L}'’-]+){1,2}\s?\/\s?\p{Lu}[\p{L}.'’& -]{1,40}$/u;
/** The words that label a picture's credit, in the languages we read. */
export const CREDIT_LABEL = String.raw`(?:photo(?:graph)?s?|image|picture|illustration|video|credit|graphic|footage|visuali[sz]ation|rendering|render|wizualizacja|vizualizace|визуализация|visualizzazione|visualización|visualização|infographic|map|bild|abbildung|visualisierung|grafik|karte|imagen|imagem|immagine|ilustración|ilustração|illustrazione|crédit|crédito|beeld|afbeelding|fot\.|zdjęcie|grafika|фото|снимок|fotoğraf|foto|görsel|صورة|الصورة|تصوير|צילום|קרדיט)`;

const CREDIT_OPENING = new RegExp(
  String.raw`^${CREDIT_LABEL}\s*(?:by|credit|source)?\s*[:：]|^fot\.\s*\p{L}[^.!?]{1,60}$|^${CREDIT_LABEL}\s+[^.!?/]{2,60}\/\s?[^.!?/]{2,40}$|^(?:image|photo|picture|video) source\s*[,:：]|^(?:photo(?:graph)?|image|picture|illustration)s?\s+(?:by|courtesy of)\s|^courtesy(?: of)?\s`,
  'u',
);
/** "All rights reserved" in the languages we read: a copyright notice, even without a year. */
const RIGHTS_RESERVED = /all rights reserved|tüm hakları saklıdır|her hakkı saklıdır|جميع الحقوق محفوظة|כל הזכויות שמורות|riproduzione riservata|tutti i diritti riservati|todos los derechos reservados|tous droits réservés|toute reproduction interdite|alle rechte vorbehalten|все права защищены|prohibida su reproducción|wszelkie prawa zastrzeżone|alle rechten voorbehouden|alla rättigheter förbehållna|(?:queda )?prohibida la reproducción|reproducción prohibida|reproduction interdite|nachdruck verboten|riproduzione vietata|(?:é )?proibida a reprodução|reprodução proibida|kopiowanie zabronione|eftertryck förbjudet|перепечатка запрещена|版权所有|版權所有|無断転載を禁じます|無断転載禁止/u;

/** Most words in a copyright notice that goes on to warn against copying ("Copyright 2026 The Courier. All rights reserved. This material may not be reproduced …"). */
const MAX_COPYRIGHT_WARNING_WORDS = 120;

/**
 * A copyright line: the sign, or the word followed by a sign, a year or a holder's capitalised name ("Copyright 2026 The Courier"),
 * or the rights reserved; the word before a lower-case word opens a sentence about copyright ("Copyright holders have until March").
 * A notice with a year and the rights reserved may go on to forbid copying at any length.
 */
const copyrightLine: FurnitureRule = {
  name: 'copyright',
  reason: 'a copyright footer',
  matches: (line) =>
    (line.words <= 30 && (/^(?:©|\([cC]\)|(?:[cC]opyright|COPYRIGHT)(?:\s*(?:[©(\p{Nd}\p{Lu}]|$)|[^\s\p{L}]))/u.test(line.text) || RIGHTS_RESERVED.test(line.folded))) ||
    (line.words <= MAX_COPYRIGHT_WARNING_WORDS && /^(?:©|\(c\)|copyright)\s*\p{Nd}{4}/u.test(line.folded) && RIGHTS_RESERVED.test(line.folded)),
};

/** A © (or Korean ⓒ) that is not followed by a year: a credit ("Lena Varga © Vellmar Press"), not a copyright notice. */
const CREDIT_COPYRIGHT_SIGN = /^[^©ⓒ]{0,80}[©ⓒ]\s*(?!\p{Nd}{4})\p{L}/u;
const NAME_SLASH_AGENCY_LINE = new RegExp(`^${NAME_SLASH_AGENCY.source}`, 'u');
/** "Meridiana/Lucía Ferrer", "FAO/Aïssata Kaboré": the agency first, then the photographer. */
const AGENCY_SLASH_NAME = /\p{Lu}[\p{L}.&'’-]*(?: \p{Lu}[\p{L}.&'’-]*){0,3}\s?\/\s?\p{Lu}\p{Ll}+(?: \p{Lu}[\p{L}'’-]+){1,2}$/u;
/** Alone on its line, the photographer's name is two words: "Grain/Timber Exports Rise" is a headline. */
const AGENCY_SLASH_NAME_LINE = /^\p{Lu}[\p{L}.&'’-]*(?: \p{Lu}[\p{L}.&'’-]*){0,3}\s?\/\s?\p{Lu}\p{Ll}+ \p{Lu}[\p{L}'’-]+$/u;

const photoCredit: FurnitureRule = {
  name: 'photo-credit',
  reason: 'a photo credit',
  matches: (line) =>
    line.words <= 20 &&
    !RIGHTS_RESERVED.test(line.folded) &&
    (CREDIT_OPENING.test(line.folded) || CREDIT_COPYRIGHT_SIGN.test(line.folded) || (line.words <= 8 && (NAME_SLASH_AGENCY_LINE.test(line.text) || AGENCY_SLASH_NAME_LINE.test(line.text)))),
};

/** What opens a caption line; alone on its line, the caption is the next line. */
export const CAPTION_LABEL = /^(?:(?:image|photo|video|picture) caption\s*[,:：]|(?:caption|pictured|above|below|top|main image)\s*[:：])/u;
/** What sets a credit off after the caption's last sentence: a space, or a dash or a bar after it ("… at dawn. - Foto Lena Varga"). */
const AFTER_CAPTION_SENTENCE = String.raw`[.!?]\s+(?:[|–—-]\s+)?`;
/** The agency's initials in capitals, a word and a colon, then a name, after the caption's sentence: "… at dawn. NW PHOTO: LENA VARGA". */
const AGENCY_INITIALS_CREDIT_END = new RegExp(String.raw`${AFTER_CAPTION_SENTENCE}\p{Lu}{2,6}\s+(\p{L}+)\s*[:：]\s*[^.!?]{2,60}$`, 'u');
const CREDIT_WORD = new RegExp(String.raw`^${CREDIT_LABEL}$`, 'u');

/** Whether a caption closes on its credit opened by the agency's initials; the word after them must be a credit word. */
function closesOnAgencyCredit(line: LineFacts): boolean {
  const word = AGENCY_INITIALS_CREDIT_END.exec(line.text)?.[1];
  return word !== undefined && CREDIT_WORD.test(word.toLowerCase());
}

/**
 * A credit after the caption's last sentence or in brackets: "… at dawn. Photo: Lena Varga", "… at dawn (Photo by Lena
 * Varga)"; the name may hold initials ("Photo: L. Ortega", "Фото: А. Лунёва").
 */
const CAPTION_CREDIT_END = new RegExp(
  String.raw`(?:${AFTER_CAPTION_SENTENCE}|\(|\s[|–—-]\s)${CREDIT_LABEL}\s*(?:by\s|[:：])\s*(?:(?<!\p{L})\p{L}\.\s?|[^.!?]){2,60}\)?\.?$|${AFTER_CAPTION_SENTENCE}${CREDIT_LABEL}\s+[^.!?/]{2,60}\/\s?[^.!?/]{2,40}$`,
  'u',
);
const CAPTION_COPYRIGHT_END = /\S\s*[©ⓒ]\s*(?!\p{Nd}{4})[^.!?©ⓒ]{2,60}\)?$/u;
/** A credit after the caption's sentence, in either order: "… at dawn. Lena Varga/Coastal Ledger", "… at dawn. Meridiana/Lucía Ferrer". */
const CAPTION_AGENCY_END = new RegExp(String.raw`[.!?]\s+(?:${NAME_SLASH_AGENCY.source}|${AGENCY_SLASH_NAME.source})`, 'u');

/**
 * A credit set off after the caption's sentence, in any language: a bracketed
 * field ("… in October. (Photo: Ministry of Defence)", "(المصدر: هيئة الموانئ)")
 * or a slash and a name ("… de Orbera. / IBM-CSIC").
 */
const CAPTION_FIELD_END = /[.!?]\s*(?:\([^()]{1,30}[:：][^()]{2,80}\)|\/\s*\p{Lu}[^.!?/]{1,40})$/u;
/** A photographer and an agency in brackets after the caption's sentence, in either order: "… since spring. (Dana Whitlock/Patchwork)", "(AP Photo/Jane Doe)". */
const CAPTION_BRACKETED_AGENCY_END = new RegExp(String.raw`[.!?]\s*\((?:${NAME_SLASH_AGENCY.source.slice(0, -1)}|${AGENCY_SLASH_NAME.source.slice(0, -1)})\)$`, 'u');

/**
 * A credit in brackets closing a caption as Korean, Chinese and Japanese pages print it: "(사진=한빛모빌리티)",
 * "（学院供图）", "（記者林佳蓉攝）", "（写真：共同）".
 */
const CAPTION_CJK_CREDIT_END = /[(（](?:사진\s*(?:제공\s*)?[=:：]|写真\s*[=:：]|[^()（）]{1,20}(?:供图|供圖|摄|攝|提供)\s*[)）]$)[^()（）]{0,30}[)）]?$/u;

/**
 * A credit closing a Korean, Chinese or Japanese caption after its sentence, with no brackets: the photo's word, an
 * equals sign, slash or colon and who took or gave it ("… 있다. 사진=해안구청 제공", "…。图／林佳蓉", "…。写真＝共同").
 */
const CAPTION_CJK_UNBRACKETED_CREDIT_END = /[.!?。]\s*\/?\s*(?:사진|영상|그래픽|写真|照片|图片|圖片|图|圖|摄影|攝影)(?:\s*제공)?\s*[=＝:：/／]\s*[^=＝.!?。]{1,30}$/u;
/**
 * Japanese papers close a caption with "＝" and when and where the picture was taken, or who gave it: "…を植える人たち
 * ＝４日、港町北浜", "…の完成予想図＝市提供". A headline may hold "＝" too ("東証大引け＝続伸"), but not a day or a giver after it.
 */
const CAPTION_JAPANESE_TAIL = /\S{8,}＝\s*(?:[0-9０-９]{1,2}日[^＝。!?！？]{0,25}|[^＝。!?！？\s]{1,20}(?:提供|撮影)|撮影[・･][^＝。!?！？\s]{1,12}|共同|時事)$/u;

/**
 * A credit word closing a caption with no label colon: a short bracketed part holding it ("… in the church hall. (Family
 * photo)", "(Archivfoto)", "(photo d'archives)"), or a fragment opening on it after the caption's sentence ("… du ciné-club.
 * Photo archives L'Écho du Morvan", "Foto archivio Il Tirreno"), or any credit word after a dash or a bar there ("… at
 * dawn. – Фото Северное агентство"). A story's sentence ends on a stop, not on such a fragment.
 */
const CAPTION_CREDIT_WORD_END = new RegExp(
  String.raw`\((?:[^()]{0,30}?(?:foto|photo|bild)|(?:[^()]{0,30}\s)?${CREDIT_LABEL}(?!\p{L}))[^()]{0,30}\)\.?$|[.!?]\s+(?:foto|photo)\s+[^.!?]{2,60}$|[.!?]\s+[|–—-]\s+${CREDIT_LABEL}\s+[^.!?]{2,60}$`,
  'u',
);
/**
 * A caption of one sentence closed by a credit in any language: one capitalised label word, a colon and a name
 * ("… de las mareas». Cortesía: Mareas Films", "… cuộc họp. Ảnh: VGP/Minh Khôi"). The name carries no stop, so a
 * transcript's turn ("… he said. Smith: Thanks.") is not one; a second sentence before it makes it a paragraph.
 */
const CAPTION_LABELLED_NAME_END = /^[^.!?]+[.!?][»”"’)]?\s+\p{Lu}\p{Ll}+\s?[:：]\s*\p{Lu}[\p{L}\p{M}&'’-]*(?:(?:\s|\s?\/\s?)\p{Lu}[\p{L}\p{M}&'’-]*){0,4}$/u;
/** Most words in a caption closed by a labelled name: a longer line is a paragraph. */
const MAX_LABELLED_CAPTION_WORDS = 30;
/** A map or chart, in the languages we read: what a graphic's caption opens on ("Map: …", "Uyarı haritası: …", "خريطة: …"). */
const GRAPHIC_WORD = String.raw`(?:maps?|charts?|graph|graphic|infographic|karte|grafik|infografik|carte|graphique|infographie|mapa|gráfico|grafico|infografía|mappa|kaart|grafiek|wykres|карта|мапа|график|диаграмма|harita\p{L}*|grafi\p{L}*|kartta|térkép|χάρτης|peta|bản đồ|خريطة|خارطة|رسم بياني|מפה|תרשים|نقشه|地图|地圖|地図|图表|グラフ|지도|그래프)`;
/** A graphic's caption: its word (maybe after one other: "Uyarı haritası"), a colon, then a description of three words or more, or a long one without spaces. */
const GRAPHIC_CAPTION = new RegExp(String.raw`^(?:\p{L}+\s)?${GRAPHIC_WORD}\s*[:：]\s*(?:\S+(?:\s+\S+){2,}|\S{8,})$`, 'u');

/** A caption line that ends in its credit: "Dockers queue at the gate. Photo: Lena Varga/Coastal Ledger". */
const photoCaption: FurnitureRule = {
  name: 'photo-caption',
  reason: 'a photo caption carrying its credit',
  matches: (line) =>
    line.words <= 60 &&
    (CAPTION_LABEL.test(line.folded) ||
      GALLERY_CAPTION.test(line.folded) ||
      CAPTION_CREDIT_END.test(line.folded) ||
      closesOnAgencyCredit(line) ||
      CAPTION_COPYRIGHT_END.test(line.folded) ||
      CAPTION_AGENCY_END.test(line.text) ||
      CAPTION_FIELD_END.test(line.text) ||
      CAPTION_BRACKETED_AGENCY_END.test(line.text) ||
      CAPTION_CJK_CREDIT_END.test(line.text) ||
      CAPTION_CJK_UNBRACKETED_CREDIT_END.test(line.text) ||
      CAPTION_JAPANESE_TAIL.test(line.text) ||
      CAPTION_CREDIT_WORD_END.test(line.folded) ||
      (line.words <= MAX_LABELLED_CAPTION_WORDS && CAPTION_LABELLED_NAME_END.test(line.text)) ||
      GRAPHIC_CAPTION.test(line.folded)),
};

/** A line that is one quotation and nothing else, or the dash line that attributes it: a pull quote. */
export const PULL_QUOTE = /^["“«„][^"“”«»„]{15,300}["”»“]$/u;
const QUOTE_ATTRIBUTION = /^[—–]\s*\p{Lu}[\p{L}\p{M} .'’-]{2,60}$/u;
const pullQuote: FurnitureRule = {
  name: 'pull-quote',
  reason: 'a pull quote set off from the story',
  matches: (line) => (line.words <= 40 && PULL_QUOTE.test(line.text)) || (line.words <= 8 && QUOTE_ATTRIBUTION.test(line.text)),
};

/** "Disclaimer:" in the languages we read: a closed class of labels, each opening the page's legal notice. */
const DISCLAIMER_LABEL =
  /^[[【(（]?(?:disclaimer|disclosure|haftungsausschluss|avertissement|clause de non-responsabilité|aviso legal|descargo de responsabilidad|exención de responsabilidad|isenção de responsabilidade|esclusione di responsabilità|отказ от ответственности|sorumluluk reddi|yasal uyarı|إخلاء (?:ال)?مسؤولية|כתב ויתור|免责声明|免責聲明|免責事項|면책\s?(?:조항|공고|고지)|zastrzeżenie prawne|vrijwaring)[\]】)）]?\s*[:：]/u;

/** The page naming itself as the work (a closed class per language: "this article", "ce contenu", "Дослідження"): languages without articles open on the bare noun. */
const SELF_REFERENCE =
  '(?:this|our) (?:content|article|story|report|publication|study|research|analysis|brief|paper|podcast|episode|series|newsletter|material|reporting|coverage|investigation)' +
  "|ce (?:contenu|reportage|rapport|balado|podcast|dossier)|cet article|cette (?:étude|publication|enquête|analyse|série)" +
  '|dieser (?:beitrag|artikel|text|bericht)|diese (?:recherche|studie|publikation|analyse|serie|reportage)|dieses (?:material|dossier)' +
  '|este (?:contenido|artículo|reportaje|estudio|informe|análisis|especial|conteúdo|artigo|relatório)|esta (?:publicación|investigación|nota|serie|reportagem|publicação|pesquisa|matéria|série)' +
  '|questo (?:contenuto|articolo|reportage|studio|rapporto|podcast)|questa (?:pubblicazione|ricerca|inchiesta|analisi|serie)' +
  '|(?:ten |niniejszy )?(?:materiał|artykuł|raport|tekst)|(?:ta |niniejsza )?(?:publikacja|analiza)' +
  '|(?:цей |ця |це )?(?:матеріал|публікація|дослідження|аналітика|звіт|стаття)|(?:этот |эта |это |данный |данная )?(?:материал|публикация|исследование|статья|доклад|отчёт|отчет)' +
  '|dit (?:artikel|stuk|onderzoek|verhaal)|deze (?:publicatie|reportage|serie)|bu (?:içerik|haber|yazı|makale|rapor|çalışma|araştırma)' +
  '|(?:artikel|tulisan|berita|laporan|liputan) ini|(?:هذا|هذه) (?:المقال|المقالة|التقرير|الخبر|المادة)|(?:הכתבה|המאמר|כתבה זו|מאמר זה)' +
  '|यह (?:लेख|आलेख|संपादकीय|रिपोर्ट|समाचार|ख़बर|खबर)|یہ (?:مضمون|خبر|رپورٹ|کالم|اداریہ)';
/** "With the support of" in the languages we read, as a funding note words it. */
const WITH_SUPPORT_OF =
  'with (?:the )?(?:financial |generous )?support (?:of|from)|with funding from|thanks to (?:the )?support (?:of|from)' +
  "|avec (?:le soutien|l'appui|la participation financière) (?:financier )?d|grâce au soutien d" +
  '|mit (?:freundlicher |finanzieller )?unterstützung|dank der unterstützung|mit förderung' +
  '|con el (?:apoyo|respaldo) (?:financiero )?de|gracias al apoyo de|con la financiación de|com o apoio d|com financiamento d' +
  '|con il (?:sostegno|supporto|contributo) d|grazie al (?:sostegno|contributo) d' +
  '|(?:przy|dzięki) (?:finansowym )?wsparci|ze wsparciem|за (?:фінансової )?підтримки|за сприяння|завдяки підтримці|при (?:финансовой )?поддержке|благодаря поддержке' +
  '|met (?:de )?(?:financiële )?steun van|desteğiyle|katkılarıyla';
/**
 * A funding note: the page itself, named as the work, made with someone's support, in its first sentence
 * ("Ce contenu est produit avec le soutien de …"). A story's "The film was made with the support of …" names other work.
 */
const FUNDED_SELF = new RegExp(String.raw`^(?:${SELF_REFERENCE})(?![\p{L}])[^.!?,;]{0,60}?(?:${WITH_SUPPORT_OF})`, 'u');

/** The page naming itself as printed in an issue or edition of the magazine, in the languages we read. */
const PRINTED_IN_ISSUE = new RegExp(
  String.raw`^(?:${SELF_REFERENCE})(?![\p{L}])[^.!?]{0,40}?(?:issue|edition|numéro|numero|número|ausgabe|heft|edizione|edición|edição|wydaniu|numerze|номере|выпуске|випуску|номері|nummer|editie|sayısında|baskısında|edisi|الطبعة|طبعة|מהדורה|גיליון|संस्करण|شمارے|شمارہ|ایڈیشن)(?![\p{L}])`,
  'u',
);

/** A disclaimer by its shape: a short note's label, the page saying what it is, a funding note, a statement of whose views these are. */
const disclaimerNote = rule('disclaimer', 'a disclaimer or disclosure under the story', 60,
    FUNDED_SELF,
    /^(?:note|hinweis|remarque|nota|примечание)\s*[:：]/u,
    // The page saying what it is and is not: "This summary is prepared by the Library for general information."
    /^(?:this|the) (?:summary|page|report|briefing|newsletter|document|note) (?:is|has been|was) (?:prepared|provided|produced|compiled|published|written) (?:by|for|to)(?![\p{L}])/u,
    // A funding note: the work itself named as funded, not a project the story is about.
    /^(?:this|the|our) (?:research|study|work|reporting|event|article|story|publication|series|conference)[^.!?]{0,40} (?:was|is|has been|were) (?:funded|supported|sponsored|financed|made possible) (?:by|through)(?![\p{L}])|^(?:die|diese|das|dieses|der|dieser) (?:veranstaltung|studie|forschung|recherche|publikation|konferenz)[^.!?]{0,40} (?:wurde|wird) (?:gefördert|finanziert|unterstützt)|^(?:cette|cet|la|le|l')\s?(?:étude|recherche|événement|enquête|publication|conférence)[^.!?]{0,40} a été (?:financée?|soutenue?)|^(?:este|esta|el|la) (?:estudio|investigación|evento|reportaje|publicación)[^.!?]{0,40} (?:fue|ha sido) (?:financiad[oa]|apoyad[oa])/u,
    // "Reporting for this story was supported by …": the work named by what it was for.
    /^(?:reporting|research|travel|support) for this (?:story|article|report|series|project|investigation) (?:was|is|has been) (?:funded|supported|paid for|made possible|provided)/u,
    /^this (?:article|story|report|fact-check|fact check) is part of (?:our|a) |^(?:este artículo forma parte de|cet article fait partie d|dieser (?:artikel|beitrag) ist teil|este artigo faz parte d|questo articolo fa parte d)/u,
    /(?:views|opinions) expressed (?:in this [\p{L}]+ )?are (?:those of )?the author/u,
    // A funder named with what it does not control: "…, which has no say over our coverage."
    /(?:funded|supported|sponsored) (?:in part )?by [^.!?]{2,80}(?:no (?:say|influence|input|control) (?:over|on|in)|editorial (?:control|independence))/u,
    /does not constitute (?:investment|financial|legal) advice|do not necessarily reflect/u,
    /les opinions exprimées|n'engagen?t? que (?:leur|son|ses) auteurs?|gibt die meinung des autors|las opiniones expresadas|le opinioni espresse|мнение (?:редакции|авторов|автора) может не совпадать|погляди (?:автора|авторів) можуть не збігатися|الآراء الواردة|تعبر عن رأي كاتبها|nemusí (?:odpovídat|vyjadřovat) stanovisk|nie musi(?:ą)? (?:odzwierciedlać|odpowiadać) stanowisk|不代表.{0,20}(?:立场|观点)|仅代表作者(?:本人)?观点/u,
    // The issuer answering for its own filing, and a filing service's closing lines.
    /^this (?:announcement|release|press release|document) contains (?:certain )?(?:forward-looking statements|inside information)|^this information is provided by [^.!?]{1,40}, the (?:news|regulatory) service|المسؤولية الكاملة عن (?:دقة|صحة) المعلومات/u,
    // A funding note in Polish: "Wystawa została dofinansowana ze środków …".
    /^(?:wystawa|projekt|publikacja|wydarzenie|zadanie|koncert)[^.!?]{0,40} (?:został[aoy]?|jest) (?:dofinansowan|sfinansowan|współfinansowan)/u);

/** Most words in a notice under a disclaimer's own label (a portal's legal notice runs long). */
const MAX_LABELLED_DISCLAIMER_WORDS = 150;

const disclaimer: FurnitureRule = {
  name: 'disclaimer',
  reason: 'a disclaimer or disclosure under the story',
  matches: (line) => (line.words <= MAX_LABELLED_DISCLAIMER_WORDS && DISCLAIMER_LABEL.test(line.folded)) || disclaimerNote.matches(line),
};

/** A gallery caption as wires print it: "[1/2] … File Photo Purchase Licensing Rights". */
const GALLERY_CAPTION = /licensing rights|(?:compra de derechos(?: de imagen)?|(?:acheter les )?droits de licence|lizenzrechte(?: erwerben)?|diritti di licenza|права на использование|lisans haklarını satın al|حقوق الترخيص)$|\/\s*file photo|^\[\p{Nd}+\/\p{Nd}+\]/u;

/** The letter naming its sponsor: "Today's issue is brought to you by …", "Dieser Newsletter wird präsentiert von …". */
const SPONSORED_ISSUE =
  /^(?:(?:today'?s|this week'?s|this) (?:issue|newsletter|edition|email|episode|briefing) (?:is|was) (?:sponsored|presented|brought to you|supported|made possible) by|(?:dieser|der heutige) newsletter wird (?:präsentiert|unterstützt|gesponsert) von|(?:cette|l'|la) (?:infolettre|lettre|newsletter|édition)(?: du jour| d'aujourd'hui)? est (?:présentée|parrainée|offerte|soutenue) par|(?:este|el) (?:boletín|newsletter)(?: de hoy)? (?:está|es) (?:patrocinado|presentado|ofrecido) por|(?:questa|la) newsletter(?: di oggi)? è (?:offerta|presentata|sponsorizzata) da)(?![\p{L}])/u;

/**
 * A sponsor's line in a newsletter or over a story: the sponsor named after "Presented by", then a dash or colon
 * and its pitch ("Presented by GridPulse — the dashboard trusted by 200 utilities. Start a free trial →").
 * A story's "Presented by the mayor on Tuesday, the plan …" has no dash after the name.
 */
const sponsorLine: FurnitureRule = {
  name: 'sponsor-line',
  reason: "a sponsor's line with its pitch",
  matches: (line) =>
    line.words <= 40 &&
    (/^(?:sponsored by|presented by|brought to you by|in partnership with|präsentiert von|gesponsert von|présenté par|parrainé par|en partenariat avec|presentado por|patrocinado por|presentato da|sponsorizzato da|при поддержке|спонсор)\s+(?:[^\s—–:|]+\s+){0,5}?[^\s—–:|]+\s*[—–:|]\s+\S/u.test(line.folded) ||
      SPONSORED_ISSUE.test(line.folded)),
};

/** A short all-capitals line in a cased script: a kicker or section label ("EXCLUSIVE", "WORLD NEWS"). */
const sectionLabel: FurnitureRule = {
  name: 'section-label',
  reason: 'an all-capitals label or kicker',
  matches: (line) => line.words <= 3 && /^[\p{Lu}\p{N}\s&'’.:/-]+$/u.test(line.text) && (line.text.match(/\p{Lu}/gu)?.length ?? 0) >= 2,
};

/** A breadcrumb's own label: "You are here: Home / News / 2026". */
const YOU_ARE_HERE = /^(?:you are here|vous êtes ici|sie sind hier|usted está aquí|está aquí|ti trovi in|sei qui|você está aqui|вы здесь|buradasınız|u bent hier|jesteś tutaj)\s*[:：]/u;

/** Most words in one link of a row or one step of a breadcrumb. */
const MAX_LINK_WORDS = 5;
/** Fewest steps, between arrows, of a breadcrumb read as one whatever its steps hold: one arrow may set a kicker before a headline. */
const MIN_PATH_STEPS = 3;

/** A row of short links: a breadcrumb ("Home › World › Europe") or a footer row ("Privacy · Terms · Help"). */
const linkRow: FurnitureRule = {
  name: 'link-row',
  reason: 'a row of menu links or a breadcrumb',
  matches: (line) => {
    // A single token is a link or a path, not a row of links.
    if (line.words > 25 || !line.text.includes(' ')) return false;
    if (YOU_ARE_HERE.test(line.folded)) return true;
    const arrows = /[›»→>]/u.test(line.text);
    // Three steps or more between arrows are a path, whatever a step holds ("Expedition NL-2026/14").
    const steps = line.text.split(/\s*[›»→>]\s*/u);
    if (steps.length >= MIN_PATH_STEPS && steps.every((step) => step !== '' && step.split(' ').length <= MAX_LINK_WORDS && !new RegExp(`[.!?,;${SCRIPT_OWN_STOPS}]$`, 'u').test(step))) return true;
    const parts = line.text.split(/\s*[|·•∙›»→>/]\s*/u).filter((part) => part !== '');
    if (parts.length < (arrows ? 2 : 3)) return false;
    return parts.every((part) => part.split(' ').length <= MAX_LINK_WORDS && !new RegExp(`[.!?,;${SCRIPT_OWN_STOPS}]$`, 'u').test(part) && !/\p{Nd}{4}/u.test(part));
  },
};

/** A call to sign up: "Subscribe to our newsletter", "Get the Morning Briefing", "Sign up for updates in your inbox". */
const CALL_TO_SIGN_UP = /^(?:subscribe|sign up|signup|sign me up|get|join|don'?t miss|never miss|want|receive|stay (?:informed|up to date|in the loop)|keep up|be the first|start your|try|support)(?![\p{L}])[^.!?]*(?:newsletter|inbox|e-?mail|briefing|digest|updates|alerts|subscription|subscriber|membership|free trial|journalism|my work)/u;
const READER_VOICE = /(?:^|[^\p{L}])(?:you|your|our|us|my|free|now|today)(?![\p{L}])/u;

/** The rest of a sign-up box: the promise, the e-mail field, the small print, the thanks. */
const SIGN_UP_BOX = [
  /(?:our|my|this) (?:daily |weekly |free |morning |evening )?newsletter/u,
  /^thanks? (?:you )?for reading/u,
  // The writer's thanks for reading to the end, in the other languages we read.
  /^(?:merci (?:de (?:m'|nous )?avoir lu|pour votre lecture)|(?:vielen )?dank(?:e)? (?:fürs|für das|für ihr) lesen|gracias por leer|grazie per (?:aver letto|la lettura)|obrigad[oa] (?:por ler|pela leitura)|спасибо,? (?:что дочитали|за прочтение)|okuduğunuz için teşekkür|dziękuję za (?:przeczytanie|lekturę)|bedankt voor het lezen|最後まで(?:読んで|お読み)(?:いただき|くださり|下さり)|お読みいただき(?:ありがとう|まして)|感谢(?:阅读|您的阅读)|感謝(?:閱讀|您的閱讀)|谢谢阅读|읽어\s?주셔서 감사합니다)/u,
  /^(?:subscribe|sign up) (?:to|for) [^.!?]{1,60}$/u,
  /(?:your inbox|unsubscribe at any time|no spam|by signing up|by subscribing|sign up now|subscribe now|subscribe for free|already (?:a subscriber|have an account)|create (?:a free|an) account|become a (?:member|subscriber|supporter|paid subscriber)|upgrade to paid|start (?:your )?free trial|enter your email(?: address)?|^e-?mail address$|^your email(?: address)?$)/u,
  /^(?:sign up|subscribe|register) here[.!]?$|^(?:inscrivez-vous|abonnez-vous) ici[.!]?$|^hier (?:anmelden|abonnieren)[.!]?$|^(?:suscríbete|regístrate) aquí[.!]?$|^(?:iscriviti|abbonati) qui[.!]?$/u,
  /^abone ol(?:un)?$|bültenimize|bültene abone|e-posta adresiniz|e-bültenimiz/u,
  /^اشترك(?:وا)?(?: الآن)?$|اشترك في (?:النشرة|نشرتنا)|النشرة البريدية|بريدك الإلكتروني/u,
  /הירשמו|הרשמו עכשיו|לניוזלטר|כתובת המייל שלך|לדיוור/u,
];

/**
 * A newsletter or sign-up box. A call to sign up is told from a story's
 * sentence by its voice: it speaks to the reader or for the site ("your
 * inbox", "our journalism"), or it is a short button-like line with no
 * sentence end ("Get the Morning Briefing").
 */
const newsletter: FurnitureRule = {
  name: 'newsletter',
  reason: 'a newsletter or sign-up box',
  matches: (line) =>
    line.words <= 40 &&
    ((CALL_TO_SIGN_UP.test(line.folded) && (READER_VOICE.test(line.folded) || (line.words <= 10 && !/[.!?]$/.test(line.text)))) ||
      SIGN_UP_BOX.some((pattern) => pattern.test(line.folded))),
};

/** Credits in a wire's form: in brackets, or listing several roles ("Reporting by …; Editing by …"). */
const wireCredits: FurnitureRule = {
  name: 'wire-credits',
  reason: "a wire story's reporting and editing credits",
  matches: (line) => line.words <= 40 && WIRE_CREDITS.test(line.text) && (/^\(|;|\)$/u.test(line.text) || /editing by/u.test(line.folded)),
};

/** "Share The Grid Ledger": a share button naming the site, every word of the name capitalised. */
const SHARE_SITE = /^(?:[Ss]hare|[Pp]artager|[Tt]eilen|[Cc]ompartir|[Cc]ondividi|[Cc]ompartilhar|[Uu]dostępnij|[Dd]elen|[Пп]оделиться|[Pp]aylaş)\s+(?:\p{Lu}[\p{L}\p{N}'’&.-]*\s*){1,4}$/u;

const shareBar: FurnitureRule = {
  name: 'share-bar',
  reason: 'share buttons',
  matches: (line) => line.words <= 14 && (isShareBar(line.folded) || SHARE_SITE.test(line.text)),
};

/**
 * Comment-section headings: everything after one of them, below the story,
 * is comments. A bare "Discussion" or "Responses" is left alone: reports use
 * them as section headings.
 */
const COMMENTS_HEADING = rule(
  'comments-heading',
  'the heading of a comments section',
  20,
  /^(?:\p{Nd}+\s+)?(?:comments?|yorum(?:lar)?|التعليقات|تعليقات|תגובות)(?:\s*\(\p{Nd}+\))?\s*:?$/u,
  /^\p{Nd}+\s+(?:responses?|replies|reactions)$/u,
  /^(?:\p{Nd}+\s+)?(?:thoughts on|responses to|comments on|replies to)\s/u,
  /^(?:leave a (?:reply|comment)|join the (?:conversation|discussion)|discussion about this (?:post|article|story)|yorum yap|yorum yaz|أضف تعليقا?|הוסיפו תגובה|הוסף תגובה)\s*[.…:]*$/u,
);

/** Headings over other stories' headlines ("Related", "Read more", "More from …", "İlgili Haberler"). */
const RELATED_HEADING = rule(
  'related-heading',
  'the heading of a block of links to other stories',
  10,
  new RegExp(
    String.raw`^(?:related(?: (?:stories|articles|coverage|content|reading|posts|news|links|videos))?|read (?:more|also|next)|see also|also read|more (?:from|on|about|in|stories|news|coverage|to read)(?:\s.*)?|you (?:may|might) (?:also )?(?:like|enjoy|be interested in|have missed)|recommended(?: for you| stories| reading| articles)?|most (?:read|popular|viewed|shared|watched)(?: (?:stories|articles|today|this week))?|popular(?: now| stories| today)?|trending(?: now| stories)?|top stories|latest (?:news|stories|articles|posts)|what to read next|editor'?s picks|more stories|don'?t miss|in case you missed it|further reading|elsewhere(?: on .*)?|recommended from .{1,40}|(?:à )?lire aussi|(?:à )?voir aussi|sur le même sujet|siehe auch|mirá también|mira también|ver también|leia também|veja também|guarda anche|смотрите также|см\. также|див(?:\.|іться) також|baca juga|lihat juga|zobacz (?:też|także)|bekijk ook|xem thêm|関連記事|あわせて読みたい|相关阅读|相關閱讀|延伸阅读|관련 ?기사|lesen sie auch|mehr zum thema|das könnte sie auch interessieren|más información|lee también|te puede interesar|leggi anche|potrebbe interessarti|читайте также|читайте також|по теме|czytaj (?:także|też)|lees ook|главные новости|новости партнёров|самое читаемое|ilgili (?:haberler|içerikler|yazılar)|benzer haberler|bunlar da ilginizi çekebilir|ilginizi çekebilir|çok okunanlar|en çok okunanlar|diğer haberler|gündemdeki haberler|اقرأ (?:أيضا|أيضًا|أيضاً|ايضا)|إقرأ (?:أيضا|أيضاً|ايضا)|مواضيع ذات صلة|أخبار ذات صلة|الأكثر قراءة|الأكثر مشاهدة|قد يهمك|קראו עוד|קראו גם|עוד בנושא|כתבות נוספות|הנקראים ביותר|כדאי לקרוא|עוד ב.{1,20})\s*[:：]?$`,
    'u',
  ),
);

/** A summary box's heading ("Key takeaways", "Das Wichtigste in Kürze"): the lines under it repeat the story. */
const SUMMARY_HEADING = rule(
  'summary-heading',
  'the heading of a summary box',
  5,
  /^(?:key (?:takeaways|points|facts)|at a glance|in brief|summary|highlights|tl;?dr|points clés|l'essentiel|en bref|das wichtigste(?: in kürze)?|auf einen blick|en resumen|lo esencial|in breve|in sintesi|коротко|кратко|özetle|öne çıkanlar|أبرز النقاط|باختصار|בקצרה|要点|要約|핵심 요약)\s*:?$/u,
);

/** "About the author": the paragraph under it is a bio. */
const ABOUT_AUTHOR_HEADING = rule(
  'about-author-heading',
  'the heading of an author bio',
  5,
  /^(?:about the (?:authors?|writer|contributors?)|the authors?|author bio|sobre (?:la firma|el autor|la autora)|à propos de l'auteur|über (?:den autor|die autorin)|l'autore|l'autrice|об авторе|yazar hakkında|عن (?:الكاتب|الكاتبة)|על (?:הכותב|הכותבת))\s*:?$/u,
);

/**
 * "About Harbourline Ferries": the heading of the boilerplate about the
 * organisation under a press release, in English. The name after "About" is
 * capitalised, which a subheading such as "About the programme" is not.
 */
const ABOUT_ORGANISATION: FurnitureRule = {
  name: 'about-organisation',
  reason: 'the heading of the boilerplate about the organisation below a press release',
  matches: (line) => line.words <= 6 && /^About (?!(?:the|this|a|an|our|us|me|you)\b)\p{Lu}[\p{L}\p{N}&.,'’ -]*$/u.test(line.text),
};

/** A field name standing on its own line above its value ("From:", "Published"), as government and archive pages print them. */
const FIELD_LABEL = rule(
  'field-label',
  'a field name above its value',
  3,
  /^(?:from|published|updated|last updated|posted|first published|date|location|part of|type|document type|organisation|organization|(?:news |content )?(?:provided|supplied|distributed|powered) by|yayınlanma|güncelleme|tarih|kaynak|نشر|التاريخ|המקור|פורסם)\s*[:：]?$/u,
);

/**
 * A sentence sending the reader to another page of the site ("Read more about the landslip on our live page.", "Mehr dazu lesen
 * Sie in unserem Liveblog.", "Więcej o sztormie przeczytasz w naszej relacji na żywo."): it opens on "more about" or "read more"
 * and names the site as "our"; with no comma in it, it is no quoted speaker's sentence.
 */
const POINTER_TO_OTHER_PAGE = new RegExp(
  String.raw`^(?:read more|find out more|more about|for more|see more|mehr dazu|mehr zum thema|mehr darüber|mehr über|weitere informationen|lesen sie mehr|en savoir plus|plus d['’]informations?|lire la suite|retrouvez|más información|más sobre|lee más|per saperne di più|leggi di più|maggiori informazioni|saiba mais|leia mais|mais informações|lees meer|meer over|meer informatie|więcej o|czytaj więcej|подробнее|читайте (?:подробнее|больше)|больше о|детальніше|докладніше|читайте більше|більше про|daha fazla|ayrıntılar|läs mer|mer om|læs mere|les mer|lue lisää|více o|čtěte více|للمزيد|اقرأ المزيد|למידע נוסף|קראו עוד|詳しくは|更多|자세한 내용은)` +
    String.raw`[^,،，、]*(?<!\p{L})(?:our|unser(?:e[mnrs]?)?|notre|nos|nuestr[oa]s?|nostr[aoie]|nosso|nossa|onze|nasz(?:ej|ym|ego|a|e)?|наш(?:ей|ем|ого|а|е|и|их)?|нашій|нашому|нашої|sitemiz\p{L}*|vår|vårt|våra|vores|meidän|naš\p{L}*|موقعنا|שלנו|本站|本报|我们|저희)(?!\p{L})[^,،，、]*[.!。]$`,
  'u',
);

/**
 * The line rules, in the order they are tried; the first that matches names
 * the reason. Headings that open blocks come first, so that a block's heading
 * is known for what it is before any line rule claims it.
 */
export const FURNITURE_RULES: readonly FurnitureRule[] = [
  RELATED_HEADING,
  COMMENTS_HEADING,
  ABOUT_AUTHOR_HEADING,
  SUMMARY_HEADING,
  rule('notes-heading', 'the heading of notes to editors, of footnotes, or of the boilerplate about the organisation below a press release', 6,
    /^(?:foot ?notes|end ?notes|references?|sources|referencias?|références?|sources and references|fußnoten|quellen|fuentes|fonti|источники|kaynaklar|المصادر|מקורות|anmerkungen|notes de bas de page|notas(?: al pie)?|note a piè di pagina|riferimenti|сноски|примечания|dipnotlar|kaynakça|الهوامش|المراجع|הערות שוליים|脚注|注释|각주)\s*:?$/u,
    /^(?:über (?:den|die|das) (?:verband|verein|stiftung|unternehmen|institut|organisation|netzwerk)|über uns|à propos (?:de l'|de la |du |de )?(?:association|fondation|entreprise|institut|organisation|ong|réseau)|acerca de (?:la|el) (?:fundación|asociación|empresa|organización)|sobre (?:la|el) (?:fundación|asociación|empresa|organización)|a proposito (?:dell'|della |del )?(?:associazione|fondazione|azienda|organizzazione)|chi siamo|о (?:компании|фонде|нас|организации)|about (?:us|the (?:company|foundation|organisation|organization|association|union|network)))\s*:?$/u,
    /^(?:notes? (?:to|for) editors?|editor'?s notes?|hinweise? für (?:die )?redaktion(?:en)?|notes? aux rédactions|notas? (?:para|a) (?:los )?(?:editores|redactores))\s*:?$/u,
    // A note on how the figures were made, which closes a statistics release or a data story: it speaks of the data, not the event.
    /^(?:methodology|methods|about (?:the|this|these) (?:data|figures|statistics|numbers|survey)|how we did (?:it|this)|methodik|über (?:die|diese) (?:daten|zahlen|statistik)|zu den daten|méthodologie|à propos des (?:données|chiffres)|metodología|sobre (?:los|estos) datos|metodologia|sobre (?:os|estes) dados|methodologie|over deze (?:cijfers|gegevens|statistiek)|om statistiken|om (?:dessa )?(?:siffror|data)|metodyka|o (?:danych|statystyce)|методология|о данных|методологія|про дані|metodoloji|veriler hakkında)\s*:?$/u,
    // An issuer's caution on its forecasts, which closes a release.
    /^(?:(?:cautionary (?:note|statement) (?:regarding|on|about) )?forward-looking statements|safe harbou?r statement|zukunftsgerichtete aussagen|(?:déclarations|informations) prospectives|declaraciones (?:a futuro|prospectivas)|dichiarazioni previsionali|declarações prospetivas|toekomstgerichte (?:verklaringen|uitspraken))\s*:?$/u),
  rule('citation-heading', 'the heading of a suggested citation of the page, below which nothing is the story', 6,
    /^(?:cite this(?: (?:article|page|publication|report|paper|note|post|brief|item))?|how to cite(?: this(?: \p{L}+)?)?|suggested citation|recommended citation|citer (?:cette (?:publication|note|page|étude)|cet article|ce document|ce rapport)|comment citer(?: cet(?:te)? \p{L}+)?|pour citer (?:cet article|ce document|cette publication)|zitiervorschlag|zitierhinweis|zitierweise|so zitieren sie(?: diese[nrs]? \p{L}+)?|cómo citar(?: est[ea] \p{L}+)?|citar (?:este|esta) (?:artículo|publicación|documento|informe)|cita recomendada|come citare(?: quest[oa] \p{L}+)?|citazione (?:consigliata|suggerita)|como citar(?: est[ea] \p{L}+)?|citação recomendada|как цитировать(?: эту \p{L}+)?|для цитирования|atıf için|önerilen atıf|jak cytować|sugerowany sposób cytowania|hoe te citeren|citeerwijze|引用格式|引用本文|引用方法|인용 방법)\s*[:：]?$/u),
  ABOUT_ORGANISATION,
  FIELD_LABEL,
  rule('skip-link', 'a skip link for keyboard users', 8,
    /^(?:skip|jump) to (?:the )?(?:main |page )?(?:content|navigation|menu|main|article|search|footer|results)/u,
    /^(?:aller|passer) au contenu|^zum (?:haupt)?inhalt(?: springen| wechseln)?$|^(?:ir|saltar) al contenido|^(?:vai|salta) al contenuto|^перейти к (?:основному )?(?:содержанию|контенту)/u,
    /^(?:ana )?içeriğe (?:geç|atla)/u, /^(?:跳到|跳至|跳转到)(?:主要)?(?:内容|正文)|^(?:メインコンテンツ|本文)へ(?:移動|スキップ)/u, /^(?:تخط|تخطي|انتقل) (?:إلى|الى) المحتوى/u, /^דלגו? (?:לתוכן|אל התוכן)/u),
  shareBar,
  linkRow,
  cookieBanner,
  rule('consent-button', 'a consent-banner button', 5, CONSENT_BUTTON),
  rule('reading-time', 'a reading-time badge', 8,
    new RegExp(String.raw`^(?:(?:estimated )?read(?:ing)? time:?\s*)?(?:about |approx\.? |~)?${NUMBER}(?:\s*-\s*|\s*)(?:min|mins|minutes?)\.?(?:\s+(?:read|reading|listen|watch)(?:\s+time)?)?$`, 'u'),
    /^(?:okuma süresi:?\s*)?\p{Nd}+\s*(?:dk|dakika)\.?(?:lık)?(?:\s+okuma(?:\s+süresi)?)?$/u,
    /^(?:(?:مدة|وقت) القراءة:?\s*)?\p{Nd}+\s*(?:دقيقة|دقائق|د)(?:\s+(?:للقراءة|قراءة))?$/u,
    /^(?:זמן קריאה:?\s*)?\p{Nd}+\s*(?:דקות|דק'|דקה)(?:\s+קריאה)?$/u,
    /^(?:temps de lecture|lecture|lesezeit|lesedauer|tiempo de lectura|lectura|tempo di lettura|время чтения|lästid|lesetid|læsetid|lukuaika|leestijd|czas czytania|tempo de leitura|χρόνος ανάγνωσης|thời gian đọc|waktu baca)\s*:?\s*\p{Nd}+\s*(?:min|minutes?|minuten|minutos|minuti|минут[аы]?)\.?$/u,
    /^\p{Nd}+\s*(?:min|minutes?|minuten|minutos|minuti|минут[аы]?)\.?\s+(?:de lecture|lesezeit|de lectura|di lettura|чтения)$/u),
  rule('relative-time', 'a relative timestamp', 6,
    /^(?:updated |posted |published )?(?:about |around |almost |nearly |over |approximately )?(?:\p{Nd}+|an?|one)\s*(?:s|secs?|seconds?|m|mins?|minutes?|h|hrs?|hours?|d|days?|w|wks?|weeks?|months?|y|yrs?|years?)\.?\s+ago$/u,
    /^(?:just now|yesterday|today)$/u,
    // A day named relatively, then a time, under a label of a word or two: "Online seit heute, 9.12 Uhr", "Publié aujourd'hui à 9 h 12".
    /^(?:[\p{L}-]+\s+){0,2}(?:today|yesterday|heute|gestern|aujourd'hui|hier|hoy|ayer|oggi|ieri|hoje|ontem|сегодня|вчера|сьогодні|вчора|dzisiaj|dziś|wczoraj|vandaag|gisteren|bugün|dün|idag|igår)\s*,?\s*(?:at|um|à|a las|alle|às|в|o|om|saat)?\s*\p{Nd}{1,2}\s?[:.h]\s?\p{Nd}{2}(?:\s*(?:uhr|h|am|pm|a\.m\.|p\.m\.))?$/u,
    /^\p{Nd}+\s+(?:saniye|dakika|saat|gün|hafta|ay|yıl)\s+önce$/u,
    /^منذ\s+\p{Nd}*\s*(?:ساعة|ساعات|ساعتين|دقيقة|دقائق|يوم|أيام|يومين)$/u, /^לפני\s+\p{Nd}*\s*(?:שעה|שעות|שעתיים|דקה|דקות|יום|ימים|יומיים)$/u,
    // A label of a word or two may stand before it: "Вопрос задан 2 дня назад", "Publié il y a 3 heures".
    /^(?:[\p{L}-]+\s+){0,2}(?:\p{Nd}+\s+(?:секунд[уы]?|минут[уы]?|час(?:а|ов)?|д(?:ень|ня|ней)|недел[юиь]|месяц(?:а|ев)?|год(?:а)?|лет)\s+назад|il y a \p{Nd}+\s*(?:secondes?|minutes?|min|heures?|h|jours?|j|semaines?|mois|ans?)|vor \p{Nd}+\s+(?:sekunden|minuten|stunden|tagen|wochen|monaten|jahren)|hace \p{Nd}+\s+(?:segundos|minutos|horas|días|semanas|meses|años)|\p{Nd}+\s+(?:secondi|minuti|ore|giorni|settimane|mesi|anni) fa)$/u),
  wireCredits,
  photoCredit,
  photoCaption,
  pullQuote,
  rule('media-control', 'an audio, video or gallery control', 10,
    new RegExp(String.raw`^(?:listen(?: to| now)?(?: (?:this|the) (?:article|story))?|play(?: video| audio)?|putar (?:video|audio)|reproducir (?:vídeo|video|audio)|lire la vidéo|video abspielen|riproduci(?: il)? video|reproduzir vídeo|odtwórz wideo|смотреть видео|pause|watch(?: now| video)?|mute|unmute|view (?:as (?:a )?)?(?:gallery|slideshow)|see all \p{Nd}+ photos|gallery|slideshow|\p{Nd}+ (?:photos|images|pictures)|\p{Nd}{1,2}:\p{Nd}{2}(?:\s*/\s*\p{Nd}{1,2}:\p{Nd}{2})?|(?:haberi )?dinle|استمع|האזינו|vidéo|vídeo|wideo|видео|фото|galerie|fotogalerie|galería|galleria|галерея|فيديو|סרטון|\[?(?:image|photo|video|embedded content|graphic)\]?)(?:\s*[·•|:-]?\s*\p{Nd}+\s*(?:min|mins|minutes|:\p{Nd}{2}))?$`, 'u')),
  rule('expand-control', 'a control that enlarges a photo or opens a box', 5,
    /^(?:(?:tap|click|touch)(?: here)? to (?:expand|enlarge|zoom(?: in)?|see (?:the )?full (?:image|photo|size))|cliquez pour agrandir|zum vergrößern (?:klicken|tippen)|(?:haz|hacer) clic para ampliar|clicca per ingrandire|нажмите,? чтобы увеличить)$/u),
  rule('media-length', 'the length of an audio or video version', 5,
    /^(?:audio|video|podcast|écouter|hören|escuchar|ascolta|слушать)\s*[:：]?\s*\p{Nd}+(?:[:.]\p{Nd}{2})?\s*(?:min\.?|mins?|minuten|minutes|minutos|minuti|мин\.?)?$/u,
    // A label of a word or two over a player's length in any language ("Video duration 2:41", "Durée 3:05").
    /^(?:\p{L}+\s+)?\p{L}+\s*[:：]?\s*\p{Nd}{1,2}:\p{Nd}{2}(?::\p{Nd}{2})?$/u),
  rule('signature-code', "a wire editor's initials closing a dispatch", 2,
    /^\(?[\p{Ll}]{2,4}(?:\/[\p{Ll}]{2,4})+\)?$/u),
  rule('advertisement', 'an advertisement slot', 8,
    /^(?:advertisement|advertising|advert|ad|ads|sponsored(?: content)?|sponsored by .{1,40}|(?:presented|brought to you) by(?: .{1,40})?|präsentiert von(?: .{1,40})?|présenté par(?: .{1,40})?|presentado por(?: .{1,40})?|presentato da(?: .{1,40})?|при поддержке(?: .{1,40})?|paid (?:content|post|partner(?: content)?)|promoted(?: content)?|partner content|(?:story|article) continues below(?: (?:this )?advertisement)?|continue reading (?:below|the main story)|scroll (?:down )?to continue(?: reading)?|anzeige|werbung|publicité|publicidad|publicidade|pubblicità|реклама|reklam|annons|annonse|reklame|mainos|advertentie|reklama|hirdetés|publicitate|διαφήμιση|quảng cáo|iklan|विज्ञापन|广告|広告|광고|sponsorlu(?: içerik)?|إعلان|اعلان|مساحة إعلانية|محتوى مدفوع|פרסומת|תוכן שיווקי|תוכן ממומן|تبلیغات|آگهی)\s*[:.]?$/u),
  sponsorLine,
  rule('related-link', 'an inline link to another story', 30,
    /^(?:read more|read also|also read|related|see also|more|watch|listen|read|recommended|in pictures|(?:à )?lire aussi|voir aussi|lesen sie auch|mehr zum thema|leer más|lee también|ver también|leggi anche|читайте также|читайте також|смотрите также|см\. также|див(?:\.|іться) також|czytaj (?:także|też)|przeczytaj (?:także|też|również)|zobacz (?:także|też|również)|zob\. (?:też|także)|lees ook|zie ook|siehe auch|vedi anche|veja também|ilgili haber|ilgili|اقرأ (?:أيضا|أيضًا|أيضاً|ايضا)|إقرأ أيضا|شاهد|קראו עוד|קראו גם|צפו|läs (?:också|mer)|les (?:også|mer)|læs (?:også|mere)|lue myös|leia (?:também|mais)|čtěte (?:také|též)|přečtěte si (?:také|též)|citește (?:și|mai mult)|διαβάστε (?:επίσης|ακόμα|ακόμη)|xem thêm|đọc thêm|baca juga|ये भी पढ़ें|यह भी पढ़ें|इसे भी पढ़ें|یہ بھی پڑھیں|بیشتر بخوانید|بخوانید|相关阅读|延伸阅读|関連記事|관련기사|관련 기사)\s*[:：»›>|–—]\s*\S/u,
    POINTER_TO_OTHER_PAGE),
  newsletter,
  rule('social-link', 'a social-media link or handle', 16,
    /^(?:follow|like|join|find|subscribe to|watch|connect with)\s+(?:us|me|our\s+[\p{L}-]+(?:\s+[\p{L}-]+)?)\s*(?:on|@|at|via|:|$)/u,
    new RegExp(String.raw`^(?:${SOCIAL}|email|e-mail)\s*(?:\([^)]*\))?\s*[:：@]`, 'u'),
    /^@[\p{L}\p{N}_.]+$/u, /^\+?\s*(?:follow|suivre|folgen|seguir|segui|volgen|obserwuj)$/u,
    /^(?:bizi|beni) (?:takip edin|izleyin)/u, /^takip et$/u, /^تابعونا/u, /^עקבו אחרינו/u),
  rule('bare-url', 'a bare link', 12,
    /^(?:(?:url|link|source|kaynak|المصدر|מקור)\s*[:：]\s*)?(?:https?:\/\/|www\.)\S+$/u,
    /^[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)+\/\S*$/u,
    /^(?:www\.)?[a-z0-9-]+(?:\.[a-z0-9-]+)*\.[a-z]{2,}$/u),
  rule('comment-count', 'a comment counter or prompt', 6,
    /^(?:view|show|read|see|hide|load)(?: all)?(?: \p{Nd}+)? comments?$/u, /^be the first to comment$/u, /^comment on this (?:article|story)$/u),
  copyrightLine,
  rule('tag-list', 'a list of tags or topics', 30,
    /^(?:tags?|topics?|filed under|categories|category|tagged(?: with| as)?|related topics|subjects?|etiketler|konular|kategori|الوسوم|وسوم|الكلمات المفتاحية|תגיות|נושאים)\s*[:：]/u),
  rule('page-feedback', 'a page-feedback prompt', 12,
    /^(?:vous avez (?:repéré|trouvé|vu) une (?:erreur|faute)|fehler gefunden|(?:found|spotted) (?:an error|a mistake|a typo)|нашли ошибку|¿?has (?:visto|encontrado) (?:un error|una errata)|hai (?:trovato|notato) un errore|hata mı (?:buldunuz|gördünüz))\s*[?؟]/u,
    /^(?:is this page useful|was this (?:page|article|story) (?:useful|helpful)|did you find this (?:page|article) useful|report a problem(?: with this page)?|give feedback(?: about this page)?|yes\s*\/?\s*no|thank you for your feedback|bu içerik faydalı mıydı|(?:cet article|cette page) vous a-t-(?:il|elle) été utile|war (?:dieser artikel|diese seite) hilfreich|¿?(?:te|le) (?:ha resultado|ha sido|resultó) útil(?: este artículo| esta página)?|(?:questo articolo|questa pagina) (?:ti|le) è stat[oa] utile|(?:эта статья|статья|эта страница) был[аи]? полезн(?:ой|а)|oui\s*\/?\s*non|ja\s*\/?\s*nein|sí\s*\/?\s*no|هل كانت هذه الصفحة مفيدة|האם הדף עזר לך)\s*[?؟]?$/u),
  rule('contact-line', 'a contact line', 16,
    /(?:^|\s)[\p{L}\p{N}._%+-]+@[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)+/u,
    /^(?:tel|phone|telephone|fax|mobile|press office|media (?:enquiries|inquiries|contact)|contact|for (?:media|press) (?:enquiries|inquiries)|telefon|iletişim)\s*[:：]/u,
    // A prompt for tips: "Got a tip? Get in touch.", "Do you have information about this story?"
    /^(?:(?:got|have) a (?:news )?tip|do you have (?:a (?:news )?tip|information|a story)[^.!?]{0,60})\s*\?|^(?:send|share) (?:us )?(?:your )?(?:news )?tips?(?![\p{L}])|^get in touch[.!]?$/u),
  rule('policy-link', "a link to the site's policies", 10,
    /^(?:our standards|editorial standards|our principles|how we work|corrections policy|ethics policy|editorial guidelines)(?![\p{L}])/u),
  // An embedded post's attribution line: "— Baltic Dockers Union (@BalticDockers) December 3, 2026".
  // A poster's note added after the post went up ("Edit: fixed the vote count", "EDIT 2: …"), as forums print them.
  rule('edit-note', "a poster's note added to the post", 60,
    /^(?:edit|edited|edit \p{Nd}+|modifica|edición|editado|modif(?:ication)?|bearbeitung|nachtrag|редакт|upd|düzenleme|edycja)\s*(?:\p{Nd}+)?\s*[:：]/u,
    // The forum's own stamp on an edited post, down to the minute: "Last edited by transitnerd; 4 December 2026 at 15:42."
    /^(?:last edited by|edited by|zuletzt (?:bearbeitet|geändert) von|dernière (?:modification|édition) par|última (?:edición|modificación) (?:por|de)|ultima modifica (?:di|da)|ostatnio edytowan[ya] przez|senast redigerad av)\s+\S+(?:\s\S+)?\s*[;,(]?\s*[^.!?]{0,40}\p{Nd}{1,2}[:.h]\p{Nd}{2}(?:\s*(?:uhr|am|pm))?\)?\.?$/u),
  rule('embed-credit', "an embedded social post's attribution", 20, /^[—–-]\s*[^()]{1,60}\(@[\p{L}\p{N}_.]{1,30}\)(?:\s+[^()]{1,40})?$/u),
  rule('end-marker', 'an end-of-text marker', 3, /^(?:[-–—#]*\s*(?:ends|end|-30-)\s*[-–—#]*|#{3}|\(end\)|-\s*30\s*-)$/u,
    // The formula that closes a Chinese official notice ("特此通告。") and a wire's "(完)".
    /^(?:特此(?:通告|公告|通知|函告|说明|公示)|[（(]完[）)])。?$/u),
  newsroomNote,
  rule('developing-story', 'a note that the story is still being updated', 20,
    /^(?:this is a (?:developing|breaking) (?:news )?story(?: and (?:will|may) be updated)?|this (?:story|article|page) (?:is developing|will be updated|is being updated|will be updated as more information becomes available)|dieser (?:artikel|beitrag|text) wird (?:laufend|fortlaufend|ständig|regelmäßig) aktualisiert|cet article (?:sera|est) (?:mis à jour|actualisé|régulièrement mis à jour)|(?:cette|l['’]) ?information (?:sera|est) (?:mise à jour|actualisée)|(?:esta|la) (?:noticia|información) (?:se actualizará|está en desarrollo|se está actualizando|será actualizada)|(?:questa|la) notizia (?:è in aggiornamento|sarà aggiornata|è in fase di aggiornamento)|(?:esta )?notícia em (?:atualização|desenvolvimento)|esta notícia (?:será|está a ser) atualizada|dit (?:artikel|bericht) wordt (?:bijgewerkt|aangevuld)|artykuł (?:będzie|jest) (?:aktualizowany|uzupełniany)|artikeln (?:uppdateras|kommer att uppdateras)|haber güncellenecektir|(?:новость|материал) (?:дополняется|обновляется))\.?$/u),
  rule('placeholder', "a player's or an embed's placeholder: loading, scripts off, external content held back", 50,
    /^(?:loading|chargement(?: en cours)?|wird geladen|lädt|cargando|caricamento(?: in corso)?|carregando|a carregar|laden|ładowanie|laddar|yükleniyor|загрузка)\s*(?:\.{2,3}|…)?$/u,
    /^(?:please )?(?:enable|turn on|activate) javascript|^javascript (?:is|must be) (?:required|enabled|disabled)|^your browser does not support (?:the )?(?:video|audio|html5|iframes?)|^(?:bitte )?aktivieren sie javascript|^ihr browser unterstützt (?:das|kein|keine)|^votre navigateur ne (?:supporte|prend en charge) pas|^(?:veuillez )?activer javascript|^activez javascript|^su navegador no (?:admite|soporta)|^(?:habilite|active) javascript|^il tuo browser non supporta|^(?:attiva|abilita) javascript/u,
    /^(?:external content|externer inhalt|externe inhalte|contenu externe|contenido externo|contenuto esterno|conteúdo externo|externe inhoud|treść zewnętrzna|extern innehåll)\s*:?$/u,
    // The consent an embed asks for before it loads: third parties and cookies or assent in one line.
    /^(?=.*(?:external content|externe inhalte|contenu externe|contenido externo|contenuto esterno|third[- ]party|drittanbieter|service tiers|fournisseur tiers|de terceros|terze parti|terceiros))(?=.*(?:cookies?|einverstanden|consent|accept|zustimm|datenschutz|privacy|confidentialité|privacidad))/u),
  rule('media-note', "an organisation's note on what the page is, for the press", 20,
    /^(?:for (?:the )?use of (?:the )?(?:information )?media only|not an official (?:document|record)|à l['’]usage (?:exclusif )?des (?:médias|organes d['’]information)|document non officiel|(?:sólo|solo) para uso de los medios(?: de información)?|documento no oficial|nur zur information der medien)(?![\p{L}])/u),
  rule('podcast-promo', 'a call to follow the podcast on the reader\'s own app', 25,
    /^(?:subscribe|listen|follow)(?: to [^.!?]{1,40})? (?:wherever|on whatever app|on whichever app) you (?:get|listen to|find) (?:your )?podcasts|^(?:abonnieren|hören|folgen) sie [^.!?]{0,40}(?:überall,? wo es podcasts gibt|wo immer sie podcasts hören)|^(?:abonnez-vous|écoutez|suivez)[^.!?]{0,40}sur (?:votre|toutes les) (?:application|applications|plateformes?) de (?:podcast|balado)s?|^(?:suscríbete|escucha|síguenos)[^.!?]{0,40}(?:donde escuches (?:tus )?podcasts|en tu (?:aplicación|plataforma) de podcasts)/u),
  rule('forwarded-letter', "a newsletter's prompt to the reader it was forwarded to", 20,
    /^(?:(?:was )?this (?:email|newsletter|issue) (?:was )?forwarded to you|forwarded this (?:email|newsletter)|got this (?:email|newsletter) from a friend|wurde ihnen (?:diese[rn]? )?(?:e-mail|newsletter|ausgabe) weitergeleitet|on vous a transféré cette (?:lettre|newsletter|infolettre)|¿?(?:te|le) (?:han reenviado|reenviaron) este (?:correo|boletín|newsletter)|ti hanno inoltrato questa newsletter)\s*\?/u),
  rule('correction-note', "the newsroom's correction or clarification of the story", 60,
    // Labelled, as the page's language labels it: "Correction:", "Rectificatif :", "Berichtigung:", "Fe de errores:".
    // The label may carry its date: "Correction, Dec. 4:", "Berichtigung vom 4. Dezember:", "Rectificatif (4 décembre) :".
    /^(?:corrections?|clarifications?|rectificatif|rectification|correctif|erratum|errata|korrektur|berichtigung|richtigstellung|fe de errores|corrección|aclaración|rettifica|correzione|precisazione|correção|retificação|correctie|rectificatie|sprostowanie|poprawka|rättelse|düzeltme|tekzip|исправление|поправка|уточнение)(?:\s*[,(–—-]?\s*[^:：!?]{0,20}\p{Nd}[^:：!?]{0,16}?\)?)?\s*[:：]\s*\S/u,
    // Unlabelled: "An earlier version of this article …", "Une version précédente de cet article …".
    /^(?:(?:in )?an? (?:earlier|previous) version of this (?:article|story|report|post)|(?:dans )?une (?:version précédente|précédente version) de cet article|in einer (?:früheren|vorherigen) (?:version|fassung) (?:dieses|des) (?:artikels|beitrags|textes)|(?:en )?una versión anterior de (?:esta|este) (?:noticia|artículo|información)|(?:in )?una (?:versione precedente|precedente versione) di questo articolo|(?:numa|em uma|uma) versão anterior (?:deste|desta) (?:artigo|notícia|reportagem)|(?:in )?een eerdere versie van dit (?:artikel|bericht))(?![\p{L}])/u),
  rule('print-note', 'a note about the print edition or first publication', 45,
    // The newsroom's note on the story, labelled in the page's language ("Editor's note: this story was updated …").
    /^(?:editor'?s'? note|note from the editors?|nota da redação|nota de la redacción|nota del editor|note de la rédaction|anmerkung der redaktion|hinweis der redaktion|nota della redazione|от редакции|примечание редакции|editörün notu|editör notu|ملاحظة (?:المحرر|التحرير)|הערת (?:העורך|המערכת)|noot van de redactie|nota redakcji|編集部注|编者按|편집자 주)\s*[:：]/u,
    /^(?:this|the) (?:interview|conversation|transcript|q&a) (?:has been|was|is) (?:lightly )?(?:edited|condensed)/u,
    /^(?:cet entretien a été (?:légèrement )?(?:édité|condensé|raccourci|remanié)|(?:das|dieses) (?:interview|gespräch) wurde (?:leicht )?(?:gekürzt|redigiert|bearbeitet)|esta (?:entrevista|conversación) (?:ha sido|fue) (?:editada|condensada|resumida)|questa (?:intervista|conversazione) è stata (?:editata|condensata|modificata)|esta entrevista foi (?:editada|condensada)|(?:это )?интервью (?:было )?(?:сокращено|отредактировано))/u,
    /^(?:check against delivery|seul le prononcé fait foi|es gilt das gesprochene wort|sólo es válido el discurso pronunciado|fa fede il testo pronunciato)\.?$/u,
    /^(?:published|printed) in (?:the )?print edition/u,
    // The page naming itself as printed in an issue: "Questo articolo è pubblicato nel numero in edicola dal 5 dicembre".
    PRINTED_IN_ISSUE,
    // The same note in short, with no clause after it: "Erschienen in der Ausgabe 49/2026", "Paru dans le numéro 1234".
    /^(?=[^,;]{0,90}$)(?:(?:first )?(?:published|printed|appeared) in (?:the )?(?:[\p{L}\p{N}/ ]{0,25} )?(?:print )?(?:issue|edition)|(?:erschienen|veröffentlicht) in (?:der )?(?:[\p{L}\p{N}/. ]{0,25} )?(?:ausgabe|printausgabe)|(?:paru|publié) dans (?:le |l')(?:numéro|édition)|publicado en (?:el número|la edición)|pubblicato (?:sul|nel) numero|publicado na edição|опубликовано в (?:номере|выпуске)|opublikowano w numerze)(?![\p{L}])/u,
    /^this (?:story|article|report|investigation) was (?:produced|published|reported|co-published|written) (?:in partnership|in collaboration|with|for|by)/u,
    /^republish this (?:story|article)$|^creative commons(?: license| licence)?$/u,
    /^(?:this (?:article|story) (?:was|has been)|cet article a été|(?:dieser|dieses) (?:artikel|beitrag|text) (?:wurde|ist)|(?:este|esta) (?:artículo|noticia) (?:ha sido|fue)|questo articolo è stato|(?:эта )?(?:статья|новость) (?:была )?)(?:[^!?]{0,30}\s)?(?:updated|corrected|amended|mis à jour|corrigé|aktualisiert|korrigiert|actualizad[oa]|corregid[oa]|aggiornato|corretto|обновлена|исправлена)[^.!?]{0,40}\.?$/u,
    /^(?:cet article (?:a été publié|est paru)|ce reportage (?:a été publié|est paru)|(?:este|esta) (?:artículo|reportaje|entrevista) (?:se publicó|fue publicad[oa])|(?:dieser|dieses) (?:artikel|text|beitrag|interview) (?:erschien|ist erschienen)|questo (?:articolo|reportage) è (?:stato pubblicato|uscito)|(?:статья|материал) (?:опубликован[а]?|вышел|вышла))/u,
    /^(?:this (?:article|story|piece|essay|post) (?:appears|appeared|was (?:originally |first )?published|is adapted|was adapted|first appeared)|a version of this (?:article|story) (?:appears|appeared)|originally published)/u,
    // A repost's note on where the piece first ran: "本文来自微信公众号…", "本文转载自…".
    /^本文(?:来自|来源于|转载自|原载于|原发于|首发于|经授权)/u,
    // A syndicated copy: "Republished with permission of …", "Cet article est publié avec l'autorisation de …".
    /^(?:(?:this (?:article|story) (?:is|was|has been) )?(?:republished|reproduced|reprinted) (?:here )?with (?:the )?(?:kind )?permission|(?:cet article|ce texte) (?:est|a été) (?:publié|reproduit|republié) avec l'autorisation|(?:veröffentlicht|abgedruckt) mit freundlicher genehmigung|(?:publicado|reproducido) con (?:el )?permiso)/u),
  rule('counter', 'a lone number, counter or divider', 4,
    /^[\p{Nd}.,:%+#()×x-]{1,8}k?$/u,
    /^\p{Nd}{1,3}(?:[ .,]\p{Nd}{3})+$/u,
    /^[\p{L} ]{1,25}[:：]\s*\p{Nd}{1,3}(?:[ .,]?\p{Nd}{3})*$/u,
    // A label and its count in brackets: a gallery's or a thread's button ("Galeria zdjęć (6)", "Photos (12)").
    /^[\p{L} ]{1,25}\s\(\p{Nd}{1,4}\)$/u,
    // "12 replies", "1.2k views"; not a numbered subheading ("2. Recommendations").
    /^(?!\p{Nd}{1,2}\.\s)\p{Nd}[\p{Nd}.,]*[km]?\s+\p{L}+$/u,
    // A word and its place in a run, in any language ("Item 1 of 2", "Page 2 of 2", "Seite 3 von 5").
    /^\p{L}+\s+\p{Nd}+\s*(?:of|de|von|di|из|z|sur|\/)\s*\p{Nd}+$/u, /^\p{Nd}+\s*(?:of|\/)\s*\p{Nd}+$/u, /^(?:[*•·—–_=~#-]\s*)+$/u),
  rule('view-count', 'a view counter written as a sentence', 8,
    /^(?:(?:this|the) (?:article|story|page|post) (?:has been|was) )?(?:read|viewed) [\p{Nd}.,]+k? times\.?$/u,
    /^(?:bu (?:haber|içerik|yazı|makale|duyuru) )?[\p{Nd}.,]+ (?:kez|defa) (?:okundu|görüntülendi|izlendi)\.?$/u,
    /^(?:(?:cet article|cette page) a été )?(?:lu|vu|consulté)e? [\p{Nd}\s.,]+ fois\.?$|^(?:dieser artikel wurde )?[\p{Nd}.,]+[ -]?mal (?:gelesen|aufgerufen)\.?$|^(?:(?:este artículo|esta noticia) (?:ha sido|fue) )?(?:leíd[oa]|vist[oa]) [\p{Nd}.,]+ veces\.?$/u),
  rule('paywall', 'a subscription offer or a subscribers-only badge', 25,
    new RegExp(String.raw`(?:subscri|abonn|abbon|suscr|abonnier|подпис|abone|اشترك)[^.!?]*(?:[$€£¥₺₽]\s?\p{Nd}|\p{Nd}(?:[.,]\p{Nd}+)?\s?(?:[$€£¥₺₽]|${CURRENCY_WORDS}))`, 'u'),
    // A prompt that opens with the imperative to subscribe, price or not ("Abonnez-vous pour continuer à lire").
    /^(?:subscribe (?:now|today|to (?:continue|keep|read))|abonnez-vous|abonne-toi|jetzt abonnieren|abonnieren sie|suscríbete|suscribete|abbonati|abbonandoti|подпишитесь|abone olun|اشترك (?:الآن|الان))(?![\p{L}])/u,
    // A badge saying the story is for subscribers only, in the languages we read.
    /^(?:(?:this|the) (?:article|story) is |(?:den här|denna) artikel(?:n)? är |dieser artikel ist |cet article est |este artículo es |questo articolo è |dit artikel is |ten artykuł jest |bu (?:haber|içerik) )?(?:(?:only|exclusively) for subscribers|for subscribers only|(?:endast|bara) för prenumeranter|nur für abonnenten|réservé aux abonnés|exclusivo para (?:suscriptores|assinantes)|riservato agli abbonati|alleen voor abonnees|tylko dla (?:prenumeratorów|subskrybentów)|sadece abonelere(?: özel)?|kun for abonnenter|vain tilaajille)\.?$/u,
    /^(?:article )?réservé aux abonnés$|^member-only story$|^subscribers? only$|^∙?\s*paid$|^z\+ \(.*\)$|^solo para suscriptores$|^riservato agli abbonati$|^только для подписчиков$/u,
    /^この記事は(?:有料)?会員限定|^有料会員(?:になる|登録)|^(?:付费|会员)(?:阅读|专享)|^(?:본 기사는 )?유료 회원/u),
  disclaimer,
  rule('site-promo', 'the site speaking to the reader about itself', 25,
    /^(?=.*(?:^|[^\p{L}])(?:you|your)(?![\p{L}]))(?=.*(?:^|[^\p{L}])(?:we|we're|our|us)(?![\p{L}]))[^"“”«»]*(?:hiring|support|donat|subscrib|sign up|follow|join)[^"“”«»]*$/u,
    // The same in the other languages we read: the reader addressed (a pronoun or an imperative), the site speaking as "we/our", a sign-up word.
    new RegExp(String.raw`^(?=.*(?:^|[^\p{L}])(?:${PROMO_YOU})(?![\p{L}]))(?=.*(?:^|[^\p{L}])(?:${PROMO_WE})(?![\p{L}]))[^"“”«»„]*(?:${PROMO_ACTION})[^"“”«»„]*$`, 'u'),
    // An appeal for money needs no "we": the reader, a gift, and the work it pays for ("Your gift can keep this reporting free").
    /^(?=.*(?:^|[^\p{L}])(?:you|your)(?![\p{L}]))(?=.*(?:donat|gift|contribution|chip in))(?=.*(?:journalism|reporting|newsroom|our work|this work|mission|free for|independent))[^"“”«»„]*$/u),
  channelPromo,
  buttonBox,
  rule('citation', 'a suggested citation of the page or a numbered reference ("[1] Doe, J. (2026). Title. Publisher.")', 60,
    // A wiki's reference, opening with its back-link caret ("^ "Title". Paper. 12 June 2019.").
    /^\^\s/u,
    /^(?:\[\p{Nd}{1,3}\]\s*|\p{Nd}{1,3}\.\s+)?[\p{L}'’-]+,\s(?:\p{L}\.\s?){1,3}(?:et al\.\s?)?(?:,[^()]{0,120})?\(\p{Nd}{4}[a-z]?\)/u,
    // A surname and initials before a quoted title, as French and Chicago-style references run ("Berthier C., « Dessalement … », Note n° 58").
    /^[\p{L}'’-]+,?\s(?:\p{L}\.\s?-?){1,3},?\s*(?:et al\.,?\s*)?[«“"„]/u),
  rule('source-line', 'a line naming the source', 6,
    /^(?:source|haber kaynağı|kaynak|quelle|fuente|fonte|источник|المصدر|מקור|来源|來源|出处|出典)\s*[:：]\s*\S/u),
  { name: 'release-source', reason: "a press release service's closing source line", matches: (line) => line.words <= 8 && /^SOURCE \p{Lu}/u.test(line.text) },
  rule('navigation', 'a menu, account or navigation link', 6, NAVIGATION),
  sectionLabel,
];

/** The first rule `line` matches, or null for a line that is not furniture by its own shape. */
export function matchFurniture(line: LineFacts): FurnitureRule | null {
  for (const candidate of FURNITURE_RULES) if (candidate.matches(line)) return candidate;
  return null;
}
