/**
 * Notes about the page at the story's edges: lines that speak of the text itself ("The next update will be published
 * on Monday", "Tekst wyraża wyłącznie poglądy autorki"), of the reader ("Помітили помилку? Виділіть її та натисніть
 * Ctrl+Enter", "To support the seed vault, visit the Give page") or of the outlet's publication, views, funding and
 * contacts, instead of the event. Each signal is a closed class of a few words in each language we read; a line must
 * carry two kinds of them (or, as the story's first line, one and the name of the desk printed above the story), sit
 * at an edge of the story, and quote nobody.
 */
import { REPORTED_SPEECH } from './furniture.ts';
import { drop, endsSentence, isKept, isProse, type Piece } from './pieces.ts';
import { termStems } from './title.ts';

/** A word's start in any script: the line's start or a character that is no letter. */
const START = String.raw`(?<!\p{L})`;

/**
 * The text naming itself: "this article/update/episode", "the next update", "the full text" and their equivalents, and
 * a bare "Tekst"/"Текст" opening the line in languages without articles.
 */
const SELF = new RegExp(
  [
    String.raw`${START}(?:this (?:article|story|update|episode|text|page|post|issue|column|piece|newsletter|summary|podcast|bulletin|edition|release|overview|briefing|announcement|notice)|the (?:next|following) (?:update|issue|episode|post|edition|bulletin|newsletter|briefing|report)|the (?:full|complete) (?:text|opinion|ruling|judgment|decision|report|statement|transcript|interview|version|episode))(?![\p{L}])`,
    String.raw`${START}(?:(?:dieser|diese|dieses|diesen|in diesem) (?:artikel|beitrag|text|überblick|lagebericht|folge|ausgabe|newsletter|kommentar|episode|meldung|zusammenfassung)|(?:der|die|das|den) (?:nächsten?|vollständigen?) (?:text|wortlaut|fassung|urteil|beschluss|bericht|lagebericht|ausgabe|folge))`,
    String.raw`${START}(?:cet article|ce (?:texte|bulletin|billet|podcast|épisode|numéro|résumé)|cette (?:mise à jour|page|chronique|tribune)|(?:le|la) (?:prochaine?) (?:point|bulletin|numéro|épisode|mise à jour|édition)|le texte (?:intégral|complet)|la version (?:intégrale|complète)|l'intégralité d)`,
    String.raw`${START}(?:este (?:artículo|texto|boletín|episodio|resumen|número|artigo|episódio|boletim)|esta (?:nota|actualización|página|columna|tribuna|atualização|coluna)|dest[ea] (?:episódio|artigo|texto|página|coluna)|(?:el|o) próximo (?:boletín|número|episodio|informe|boletim|episódio)|la próxima (?:actualización|edición)|a próxima (?:atualização|edição)|(?:el|o) texto (?:íntegro|completo|integral)|la versión (?:íntegra|completa)|a íntegra)`,
    String.raw`${START}(?:questo (?:articolo|testo|episodio|bollettino|numero|aggiornamento)|questa (?:pagina|rubrica|nota)|il prossimo (?:aggiornamento|bollettino|numero|episodio)|la prossima (?:edizione|puntata)|il testo (?:integrale|completo)|la versione (?:integrale|completa))`,
    String.raw`${START}(?:dit (?:artikel|stuk|overzicht|bericht|verslag)|deze (?:aflevering|update|pagina|column|nieuwsbrief)|de volgende (?:update|aflevering|editie)|de volledige tekst|het volledige (?:verslag|rapport|vonnis))`,
    String.raw`${START}(?:ten (?:artykuł|tekst|odcinek|komentarz)|ta (?:strona|publikacja|analiza)|tego (?:artykułu|tekstu|odcinka)|następn[yae] (?:odcinek|aktualizacja|wydanie|numer)|pełn[ya] (?:tekst|treść))`,
    // The piece named by its kind as the line's subject: "Der Gastbeitrag gibt …", "La tribune n'engage …", "Tekst wyraża …".
    String.raw`^(?:the |der |die |das |le |la |l'|el |il |lo |o |a |het |de )?(?:column|op-ed|commentary|essay|article|text|gastbeitrag|kommentar|beitrag|artikel|leitartikel|chronique|tribune|texte|columna|tribuna|artículo|texto|rubrica|editoriale|articolo|testo|coluna|artigo|opiniestuk|tekst|komentarz|felieton|artykuł|текст|колонка|статья|комментарий|стаття|коментар|köşe yazısı|makale|yazı)(?![\p{L}])`,
    String.raw`${START}(?:эт(?:от|а|о|ой|ого|ом) (?:материал|стать|текст|выпуск|обзор|сводк|публикаци)|следующ\p{L}* (?:выпуск|сводк|обновлени|обзор)|полный текст|ц(?:ей|я|е|ього|ієї|ьому) (?:матеріал|стат|текст|випуск|огляд|зведенн|публікаці)|наступн\p{L}* (?:випуск|зведенн|огляд|оновленн)|повний текст)`,
    String.raw`${START}(?:bu (?:yazı|haber|makale|metin|bülten|bölüm|güncelleme|içerik)|bir sonraki (?:güncelleme|bülten|bölüm|sayı)|tam metni|metnin tamamı)`,
    String.raw`(?:هذ[اه] (?:ال)?(?:تحديث|تقرير|مقال|مقالة|نشرة|حلقة|صفحة|نص|ملخص)|التحديث (?:ال)?(?:قادم|مقبل|التالي)|النص الكامل|כתבה זו|המאמר הזה|הפרק הזה|העדכון הבא|הנוסח המלא|הטקסט המלא|این (?:اپیزود|قسمت|مطلب|گزارش|یادداشت|متن|صفحه|خبر)|متن کامل|قسمت بعدی|اپیزود بعدی)`,
    // More than the text tells, pointed to: "For more information …", "Weitere Informationen …", "Детальніше …", "详情".
    String.raw`${START}(?:for (?:more|further) (?:information|details)|more information (?:is|can be)|weitere informationen|mehr informationen|plus d'informations|pour en savoir plus|(?:para )?más información|per (?:maggiori|ulteriori) informazioni|mais informações|meer informatie|więcej informacji|дополнительн\p{L}* информаци|подробнее|подробности|детальніше|додаткова інформація|daha fazla bilgi|ayrıntılı bilgi)(?![\p{L}])`,
    '(?:لمزيد من المعلومات|للمزيد من المعلومات|למידע נוסף|اطلاعات بیشتر|詳しくは|詳細は|详情|詳情|자세한 내용)',
    String.raw`(?:この(?:記事|発表|ページ|リリース|エピソード|番組)|本(?:記事|稿|リリース)|全文|次回の(?:更新|配信)|本文|本(?:报告|期|篇|报道|新闻稿|公告)|这篇(?:文章|报道)|이 (?:보도자료|기사|글|에피소드)|본 (?:기사|보도자료))`,
    String.raw`${START}(?:den här (?:artikeln|texten)|denna artikel|nästa uppdatering|hela texten|mer information|tento (?:článek|text)|příští aktualizace|celý text|plné znění|více informací|artikel ini|tulisan ini|berita ini|episode ini|laporan ini|teks lengkap|informasi lebih lanjut|αυτό το (?:άρθρο|κείμενο)|το πλήρες κείμενο|η επόμενη ενημέρωση|περισσότερες πληροφορίες|bài viết này|bản tin này|toàn văn|thông tin chi tiết)(?![\p{L}])|यह लेख|इस लेख|अधिक जानकारी`,
  ].join('|'),
  'u',
);

/**
 * A pointer to the next instalment ("Full table in the next post", "Mehr dazu in der nächsten Folge", "下期预告"): the
 * text naming itself and its publication at once.
 */
const NEXT_INSTALMENT = new RegExp(
  [
    String.raw`${START}(?:(?:in|on) (?:the|our) next (?:post|episode|instalment|installment|newsletter|edition)|(?:im|in der) nächsten (?:beitrag|post|folge|ausgabe|newsletter)|dans (?:le|la) prochaine? (?:épisode|billet|numéro|édition|newsletter|lettre)|en (?:el|la) próxim[oa] (?:episodio|entrega|boletín|edición)|n[eo]l? prossim[oa] (?:post|puntata|episodio|numero|newsletter)|n[oa] próxim[oa] (?:episódio|edição|boletim|post)|w (?:następnym|kolejnym) (?:odcinku|wpisie|numerze|wydaniu)|в (?:следующем|наступному|наступн\p{L}*) (?:посте|выпуске|дописі|випуску|эпизоде|епізоді)|bir sonraki (?:bölümde|yazıda|sayıda|gönderide))(?![\p{L}])`,
    '(?:في الحلقة (?:القادمة|المقبلة)|في العدد (?:القادم|المقبل)|בפרק הבא|בגיליון הבא|در قسمت بعدی|در اپیزود بعدی|次回の(?:投稿|記事|放送)|下一?期|下一篇|다음 (?:회|호|편)에서)',
  ].join('|'),
  'u',
);

/** Publication, availability, views, authorship, funding, who answers for the content, contact, the page or site, the period a text covers. */
const NOTE = new RegExp(
  [
    String.raw`${START}(?:publish|available|views(?![\p{L}])|opinions(?![\p{L}])|author|writer|funded|funding|sponsored|contact|website|web page|page(?![\p{L}])|period(?![\p{L}])|reflects|released|airs)`,
    String.raw`${START}(?:veröffentlich|erschein|verfügbar|abrufbar|nachzulesen|meinung|ansicht|autor|verfasser|finanziert|gefördert|kontakt|seite(?![\p{L}])|webseite|zeitraum|ausgestrahlt)`,
    String.raw`${START}(?:publié|publiée|publiera|paraît|parait|paraîtra|disponible|consultable|opinion|auteur|autrice|financ|contact|page(?![\p{L}])|site(?![\p{L}])|période|sortira|diffusé)`,
    String.raw`${START}(?:publicad|publicar|publica(?![\p{L}])|publicará|disponible|disponível|opinión|opiniones|opinião|autor|financiad|contacto|contato|página|web(?![\p{L}])|período|periodo|se emitirá|vai ao ar)`,
    String.raw`${START}(?:pubblicat|pubblicher|disponibile|consultabile|opinioni|autore|autrice|finanziat|contatt|pagina|sito(?![\p{L}])|albo|in onda|esce ogni|uscirà)`,
    String.raw`${START}(?:gepubliceerd|publiceert|verschijnt|beschikbaar|mening|auteur|schrijver|gefinancierd|pagina|periode)`,
    String.raw`${START}(?:opublikow|dostępn|poglądy|opinie|autork|autora|finansow|kontakt|stronę|witryn|okres|ukaże się)`,
    String.raw`${START}(?:опубликова|доступ(?:ен|на|но|ны)(?![\p{L}])|мнени|взгляд|автор|финансир|контакт|страниц|сайт|период|картотек|выйдет|в эфир|опублікова|доступн|погляд|фінансу|сторінц|період|вийде|в ефір)`,
    String.raw`${START}(?:yayımlan|yayınlan|erişile|görüşler|yazar|finanse|iletişim|sayfa|dönem)`,
    String.raw`${START}(?:[وبل]?(?:نُشر|تنشر|سينشر|ستنشر|منشور|متاح|آراء|الكاتب|المؤلف|ممول|بتمويل|للتواصل|صفحة|موقع|الفترة)|[הובלמש]?(?:פורסם|יפורסם|זמין|דעת|הכותב|מימון|ממומן|עמוד|אתר|תקופה)|منتشر|در دسترس|دیدگاه|نویسنده|حمایت|تماس|صفحه|سایت)`,
    // The licence the text is carried under: "… under a Creative Commons licence", "unter einer CC-Lizenz", "ברישיון …".
    String.raw`${START}(?:licen[cs]|licença|licenza|licentie|lizenz|лиценз|ліценз|lisans|lisensi|creative[ -]commons|[وبل]?(?:ترخيص|رخصة)|[הובלמש]?רישיון)`,
    // Who answers for the text's content: an issuer's or a board's statement above its notice.
    String.raw`${START}(?:responsib|verantwortlich|responsable|responsabil|responsável|verantwoordelijk|odpowiada|ответствен)`,
    '(?:承担(?:法律)?责任|承擔(?:法律)?責任|責任を負)',
    // A telephone number given as the way to reach the office.
    String.raw`${START}(?:phone|telephone|tel\.|telefon|téléphone|tél\.|teléfono|telefono|telefone|telefoon|телефон|هاتف|טלפון|تلفن)`,
    '(?:掲載|公開|配信|ご覧|閲覧|見解|筆者|著者|助成|問い合わせ|問合せ|連絡|電話|电话|전화|播出|上线|发布|發布|刊登|查阅|查閱|观点|觀點|作者|资助|資助|联系|聯繫|页面|網頁|网站|網站|게재|공개|견해|필자|연락|문의|페이지|홈페이지)',
    String.raw`${START}(?:publicera|tillgänglig|åsikter|författare|finansier|webbplats|zveřejn|publikov|dostupn|názory|webu|období|diterbitkan|dipublikasikan|tersedia|pandangan|penulis|didanai|halaman|situs|periode|telepon|δημοσιε|διαθέσιμ|απόψεις|συγγραφ|χρηματοδοτ|επικοινων|σελίδα|ιστοσελίδα|τηλέφωνο|được đăng|công bố|quan điểm|tác giả|tài trợ|liên hệ|trang web|điện thoại)|प्रकाशित|लेखक|संपर्क|वेबसाइट`,
  ].join('|'),
  'u',
);

/** A clause opening: where an imperative stands ("Read more …", "To support the vault, visit …"). */
const CLAUSE = String.raw`(?:^|[.!?:;,]\s+|please\s+)`;

/** The reader told to do something: visit, contact, subscribe, share, recommend, read, write, in the languages we read. */
const ACT = new RegExp(
  [
    String.raw`${CLAUSE}(?:visit|go to|head to|read|subscribe|share|recommend|follow|donate|sign up|register|join|write to|send|tell us|let us know|get in touch|listen|watch|download|find out|check out|see)(?![\p{L}])`,
    String.raw`${START}(?:(?:besuchen|kontaktieren|abonnieren|empfehlen|lesen|schreiben|folgen|unterstützen|wenden) sie|visitez|consultez|contactez|abonnez|partagez|recommandez|rendez-vous|écrivez|retrouvez|lisez|suivez|soutenez|n'hésitez pas)(?![\p{L}])`,
    String.raw`${START}(?:visite|consulte|contacte|contáctenos|escríbanos|escríbenos|suscríbase|suscríbete|comparta|recomiende|recomienda|síganos|apóyanos|apoye|acesse|aceda|contate|assine|compartilhe|partilhe|recomende|escreva|leia|siga|apoie)(?![\p{L}])`,
    String.raw`${START}(?:visitate|consultate|contattate|contattaci|iscriviti|condividi|consigliate|scriveteci|scrivici|leggi|seguiteci|sostieni|bezoek|kijk op|neem contact|abonneer|schrijf|volg ons|steun)(?![\p{L}])`,
    String.raw`${START}(?:odwiedź|odwiedźcie|zajrzyj|skontaktuj|zapisz się|udostępnij|poleć|polećcie|napisz|napiszcie|przeczytaj|wesprzyj|посетите|перейдите|свяжитесь|обращайтесь|обратитесь|подпишитесь|поделитесь|порекомендуйте|напишите|читайте|поддержите|відвідайте|перейдіть|зверніться|звертайтеся|підпишіться|поділіться|порекомендуйте|напишіть|читайте|підтримайте)(?![\p{L}])`,
    String.raw`${START}(?:ziyaret edin|göz atın|iletişime geçin|abone olun|paylaşın|önerin|okuyun|takip edin|destek olun|ulaşın|başvurun)(?![\p{L}])`,
    // Arabic, Hebrew and Persian are written with spaces: a word's start is asked, or "עקבו" (follow) is read inside "בעקבות" (following).
    String.raw`${START}(?:زوروا|قم بزيارة|تفضلوا|تواصلوا|اتصلوا|اشتركوا|شاركوا|تابعوا|ادعموا|يرجى|يمكنكم|בקרו|היכנסו|צרו קשר|הירשמו|שתפו|המליצו|עקבו|תמכו|פנו אל|مراجعه کنید|تماس بگیرید|مشترک شوید|به اشتراک بگذارید|معرفی کنید|دنبال کنید|حمایت کنید)`,
    '(?:ください|下さい|ご連絡|ご覧|お問い合わせ|请(?:访问|联系|关注|点击|查阅|登录)|請(?:瀏覽|聯繫|關注|點擊)|欢迎(?:关注|订阅|转发)|敬请|바랍니다|주시기|주세요|십시오)',
    String.raw`${START}(?:besök|kontakta|läs mer|dela (?:artikeln|texten)|följ oss|prenumerera|navštivte|kontaktujte|přečtěte|sdílejte|sledujte|podpořte|kunjungi|hubungi|bagikan|baca juga|ikuti|dukung|berlangganan|επισκεφθείτε|επικοινωνήστε|διαβάστε|μοιραστείτε|ακολουθήστε|εγγραφείτε|vui lòng|truy cập|đọc thêm)(?![\p{L}])|देखें|पढ़ें`,
  ].join('|'),
  'u',
);

/** A gesture on the screen: click, hover, tap, select and press a key. Only a page asks for one. */
const GESTURE = new RegExp(
  [
    String.raw`${START}(?:click|hover|swipe|scroll (?:down|up|through|over)|tap (?:on|here|the|a|to)|ctrl\+|klicken sie|tippen sie|fahren sie mit der maus|markieren sie|cliquez|survolez|passez (?:la souris|le curseur)|haga clic|haz clic|pulse|pulsa|pase el cursor|pasa el cursor|clicca|cliccate|passa il mouse|clique|passe o (?:mouse|cursor|rato)|klik|beweeg de muis|kliknij|najedź|naciśnij|zaznacz|нажмите|кликните|наведите|выделите|натисніть|клацніть|наведіть|виділіть|tıklayın|üzerine gelin)(?![\p{L}])`,
    '(?:انقر|اضغط|مرر|کلیک کنید|לחצו|הקליקו|クリック|タップ|点击|點擊|클릭)',
    String.raw`${START}(?:klicka|tryck på|klikněte|stiskněte|κάντε κλικ|πατήστε|nhấn vào|nhấp vào)(?![\p{L}])|क्लिक`,
  ].join('|'),
  'u',
);

/** Whether a line opens or closes by asking for a click or a tap ("Click here to vote …", "… buraya tıklayın"): it speaks to the reader. */
export function asksForGesture(folded: string): boolean {
  const gesture = GESTURE.exec(folded);
  return gesture !== null && (gesture.index === 0 || gesture.index + gesture[0].length === folded.length);
}

/** Lines at the story's start and end where notes about the page stand (a note, then a bio or a sign-off under it). */
const EDGE_LINES_AT_START = 2;
const EDGE_LINES_AT_END = 3;

/** Quotation marks: a note about the page quotes nobody. */
const QUOTED = /["“”«»„「」]/u;

/** Longest note about the page, in words. */
const MAX_NOTE_WORDS = 35;
/** Paragraphs of running text a story must keep besides the note: a short text may be all note. */
const MIN_STORY_PARAGRAPHS = 3;
/**
 * Share of a note's terms at most that the story's paragraphs use: a note names the story's subject and the site in a
 * few words ("To support the seed vault, visit the Give to Eastmoor page").
 */
const MAX_NOTE_STORY_SHARE = 2 / 3;
/** Share at most for the story's first line with one kind of signal only (a service's funding above the lede). */
const MAX_SINGLE_SIGNAL_STORY_SHARE = 0.15;

/** Views and opinions, for a disclaimer of whose views the text holds. */
const VIEWS = new RegExp(String.raw`${START}(?:views|opinions?|meinung|ansicht|avis|opinión|opiniones|opinion[ei]|opinião|opiniões|mening|poglądy|opinie|мнени|взгляд|думк|погляд|görüş|آراء|رأي|דעת|دیدگاه|نظر|åsikter|názory|pandangan|απόψεις|quan điểm)|見解|观点|觀點|견해`, 'u');
/** The author or the editors, whose views a disclaimer names. */
const AUTHOR_OR_EDITORS = new RegExp(
  String.raw`${START}(?:author|writer|editors|editorial board|autor|verfasser|auteur|autrice|autore|autora|schrijver|автор|yazar|الكاتب|المؤلف|הכותב|نویسنده|författare|penulis|συγγραφ|tác giả|redaktion|rédaction|redacción|redazione|redação|redactie|redakcj|редакци|editör|التحرير|המערכת|redakce|redaksi)|筆者|著者|作者|필자|編集部|编辑部|편집`,
  'u',
);
/** A word that limits the views to the one ("only", "exclusiva", "wyłącznie") or denies them to the other ("not necessarily", "niet"). */
const LIMITING = new RegExp(
  String.raw`${START}(?:only|solely|exclusively|not necessarily|personal|own\.?$|ausschließlich|nicht|seule?s?|uniquement|n'engage|exclusiv[ao]|exclusivamente|esclusivamente|personale|não|uitsluitend|niet|wyłącznie|własne|nie|только|исключительно|не|лише|виключно|тільки|kendisine|yalnızca|değil|فقط|شخصي|לא|בלבד|شخصی|endast|egna|pouze|vlastní|semata|pribadi|αποκλειστικά|προσωπικ|riêng|cá nhân)(?![\p{L}])|個人|个人|개인`,
  'u',
);

/** A statement of whose views the text holds ("Opinions are the author's own", "Las opiniones son exclusiva responsabilidad de la autora"). */
function isViewsDisclaimer(folded: string): boolean {
  return VIEWS.test(folded) && AUTHOR_OR_EDITORS.test(folded) && LIMITING.test(folded);
}

/**
 * The kinds of signal a line carries: the text naming itself, a note's vocabulary, the reader told to act; a gesture
 * on the screen, a pointer to the next instalment and a statement of whose views the text holds count twice. A pronoun
 * or a question alone is no signal: a letter or a notice speaks to its reader too. In a how-to, whose steps are
 * gestures (`gesturesAreSteps`, asked only of a line that asks for one), a gesture is the story's.
 */
function signalsOf(piece: Piece, gesturesAreSteps: () => boolean): number {
  const { folded } = piece;
  const gesture = GESTURE.test(folded) && !gesturesAreSteps();
  return Number(SELF.test(folded)) + Number(NOTE.test(folded)) + Number(ACT.test(folded)) + 2 * Number(gesture || NEXT_INSTALMENT.test(folded) || isViewsDisclaimer(folded));
}

/** A line closed by an exclamation mark, Latin or full-width, perhaps after a space ("Bonnes fêtes à tous !"). */
const EXCLAIMS = /[!！]$/u;
/** Longest exclamation under the story read as the page calling out to its reader: a story's closing paragraph may end in one. */
const MAX_EXCLAMATION_WORDS = 20;

/**
 * Whether a line under the story's last paragraph is the page calling out to its reader ("Kövessen minket a Google
 * Hírekben is!", "Don't miss Saturday's supplement!"): short and exclaimed. A story exclaims inside quotation marks.
 */
function callsOutToReader(piece: Piece): boolean {
  return piece.words <= MAX_EXCLAMATION_WORDS && EXCLAIMS.test(piece.text);
}

/** Lines asking for a gesture that make a how-to: a page hints at its chart once, a tutorial's steps ask again and again. */
const MIN_GESTURE_STEPS = 2;

/** Share of the line's terms that the story's other paragraphs use, compared by their opening letters. */
function storyShare(pieces: readonly Piece[], piece: Piece, storyStems: ReadonlyMap<string, number>): number {
  const own = [...termStems(pieces, piece)];
  if (own.length === 0) return 0;
  const ownSet = new Set(own);
  // The line's own stems are counted once in the story's tally when the line is itself prose.
  const elsewhere = (stem: string) => (storyStems.get(stem) ?? 0) - (isProse(piece) && ownSet.has(stem) ? 1 : 0) > 0;
  return own.filter(elsewhere).length / own.length;
}

/** Longest line above the story whose words name the page's desk or service: a masthead, a byline with its role. */
const MAX_HEADER_NAME_WORDS = 8;
/** Words the first line must share with such a line, and the story never use, to speak of the desk rather than the event. */
const MIN_HEADER_TERMS = 2;

/**
 * Whether the story's first line names the desk or service the page prints above it ("By Gwen Parry, Local Democracy
 * Reporter" / "The Local Democracy Reporting Service is funded …"): two terms or more from a short dropped line above the
 * story (not the headline, whose terms every lede takes up) that no paragraph of the story uses.
 */
function namesTheDesk(pieces: readonly Piece[], first: Piece, storyStems: ReadonlyMap<string, number>): boolean {
  const header = new Set<string>();
  for (const above of pieces.slice(0, first.index)) {
    if (!isKept(above) && above.removedBy !== 'title' && above.words <= MAX_HEADER_NAME_WORDS) for (const stem of termStems(pieces, above)) header.add(stem);
  }
  const own = termStems(pieces, first);
  return [...own].filter((stem) => header.has(stem) && (storyStems.get(stem) ?? 0) - (isProse(first) ? 1 : 0) <= 0).length >= MIN_HEADER_TERMS;
}

/**
 * Drops notes about the page at the story's edges: the first two kept lines, the last three, or a line set between
 * dropped lines (a chart's hint between its title and its source), short and quoting nobody, with two kinds of signal and
 * at most two thirds of its terms from the story's paragraphs, or, as the first line, one kind, next to none of the
 * story's terms and the name of the desk printed above it; each ends as a sentence. A story's own sentence about a
 * report or a fund names the story's things; a note names the page's.
 */
export function dropPageNotes(pieces: readonly Piece[]): void {
  const kept = pieces.filter(isKept);
  const prose = kept.filter((piece) => isProse(piece));
  if (prose.length < MIN_STORY_PARAGRAPHS) return;
  const first = kept[0]!;
  const betweenDropped = (piece: Piece) => {
    const [before, after] = [pieces[piece.index - 1], pieces[piece.index + 1]];
    return before !== undefined && after !== undefined && !isKept(before) && !isKept(after);
  };
  let steps: boolean | undefined;
  const gesturesAreSteps = () => (steps ??= kept.filter((piece) => GESTURE.test(piece.folded)).length >= MIN_GESTURE_STEPS);
  const endEdge = new Set(kept.slice(-EDGE_LINES_AT_END));
  const edges = new Set([...kept.slice(0, EDGE_LINES_AT_START), ...endEdge]);
  const candidates = kept.filter((piece) => edges.has(piece) || betweenDropped(piece));
  let storyStems: Map<string, number> | null = null;
  for (const piece of candidates) {
    if (piece.words > MAX_NOTE_WORDS || !endsSentence(piece.text) || QUOTED.test(piece.text) || REPORTED_SPEECH.test(piece.folded)) continue;
    // An exclamation counts twice, as a gesture does, but only under the story's running text: a newsletter may open
    // with a greeting, and a story may exclaim between its paragraphs.
    const underStory = endEdge.has(piece) && !prose.some((paragraph) => paragraph.index > piece.index);
    const signals = signalsOf(piece, gesturesAreSteps) + (underStory && callsOutToReader(piece) ? 2 : 0);
    if (signals === 0) continue;
    if (!storyStems) {
      storyStems = new Map();
      for (const paragraph of prose) for (const stem of termStems(pieces, paragraph)) storyStems.set(stem, (storyStems.get(stem) ?? 0) + 1);
    }
    const share = storyShare(pieces, piece, storyStems);
    const deskNote = piece === first && share <= MAX_SINGLE_SIGNAL_STORY_SHARE && namesTheDesk(pieces, piece, storyStems);
    if ((signals >= 2 && share <= MAX_NOTE_STORY_SHARE) || deskNote) drop(piece, 'page-note');
  }
}
