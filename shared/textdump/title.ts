/**
 * The headline: the line a file was named after, or else the headline-like
 * line nearest above the story's first paragraph.
 */
import { parseByline } from './byline.ts';
import { CREDIT_LABEL, matchFurniture } from './furniture.ts';
import { flag, logWords, probability, type FeatureRow, type Features, type Weights } from './learned.ts';
import { stopWordTokens } from './lang.ts';
import { asksForGesture } from './page-notes.ts';
import { stopWordsFor } from './score.ts';
import { endsSentence, firstBody, isHeadlineLike, isKept, isProse, type Piece } from './pieces.ts';
import { SCRIPT_FULL_STOPS, SCRIPT_OWN_STOPS } from './sentence-stops.ts';

/** What a file name says: the headline and, after a " - " or " | ", often the site. */
export interface FileNameHint {
  title: string;
  site: string | null;
}

/** Separators between a headline and a site name, in page titles and the file names saved from them. */
const TITLE_SITE_SEPARATOR = /\s+[|–—-]\s+|\s+::\s+/u;

/**
 * Reads a saved page's file name: "Harbour strike ends - The Coastal Ledger.txt"
 * gives the headline and the site; "harbour-strike-ends.txt" gives the headline.
 * Returns null for names that say nothing (a single word, "Pasted text").
 */
export function readFileName(fileName: string): FileNameHint | null {
  const base = fileName.split(/[\\/]/).pop() ?? '';
  let stem = base.replace(/\.(?:txt|text|md|markdown)$/iu, '').replace(/_/g, ' ').trim();
  if (!/\s/.test(stem)) stem = stem.replace(/-/g, ' ');
  const parts = stem.split(TITLE_SITE_SEPARATOR).map((part) => part.trim()).filter(Boolean);
  const title = parts.length > 1 ? parts.slice(0, -1).join(' - ') : (parts[0] ?? '');
  if (title.split(' ').length < 3) return null;
  const site = parts.length > 1 ? parts[parts.length - 1]! : null;
  return { title, site: site && site.split(' ').length <= 6 ? site : null };
}

/** Letters and digits only, for comparing a file name with a line. */
function comparable(text: string): string {
  return text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
}

/** Whether line `a` says what name `b` says, ignoring case and punctuation. */
function sameWords(a: string, b: string): boolean {
  const left = comparable(a);
  const right = comparable(b);
  // File systems shorten long names, so a name that is the start of the line matches too.
  return left !== '' && (left === right || (right.length >= 20 && left.startsWith(right)));
}

/** The index of the line the file was named after, or null. */
function lineNamedByFile(pieces: readonly Piece[], hint: FileNameHint): number | null {
  const full = hint.site ? `${hint.title} ${hint.site}` : hint.title;
  const match = pieces.find((piece) => isKept(piece) && (sameWords(piece.text, hint.title) || sameWords(piece.text, full)));
  return match ? match.index : null;
}

/** The nearest kept piece before `index`, or undefined. */
function keptBefore(pieces: readonly Piece[], index: number): Piece | undefined {
  for (let i = index - 1; i >= 0; i--) if (isKept(pieces[i]!)) return pieces[i];
  return undefined;
}

/** Fewest words in a headline: two-word lines above a story are buttons and names ("Download PDF", "Jane Doe"). */
const MIN_TITLE_WORDS = 3;
/** A headline-shaped line this long under a shorter one is the deck, and the shorter one is the headline. */
const MIN_DECK_WORDS = 13;
/** Right under the headline, with nothing between them, a deck may be shorter. */
const MIN_ADJACENT_DECK_WORDS = 8;

/** Whether `lower` says more than `upper`: more words, or as many and more characters (scripts that write short words). */
function longerThan(lower: Piece, upper: Piece): boolean {
  return lower.words > upper.words || (lower.words === upper.words && lower.text.length > upper.text.length);
}

/** Whether `lower`, longer than `upper`, is the deck under the headline `upper`. */
function isDeckUnder(upper: Piece, lower: Piece): boolean {
  return lower.words >= MIN_DECK_WORDS || (lower.index === upper.index + 1 && lower.words >= MIN_ADJACENT_DECK_WORDS);
}
/** Whether `lower` is a deck on the line right under the headline-shaped `upper`. */
function deckRightUnder(upper: Piece, lower: Piece): boolean {
  return lower.index === upper.index + 1 && titleShaped(upper) && upper.words >= MIN_UPPER_HEADLINE_WORDS && longerThan(lower, upper) && isDeckUnder(upper, lower);
}
/** Fewest story terms a headline over its deck names. */
const MIN_HEADLINE_STORY_TERMS = 1;
/** Whether a headline over a deck names the story's things: a button over a headline ("View the original article") names none. */
function namesStory(pieces: readonly Piece[], piece: Piece): boolean {
  return storyTermCount(pieces, piece, storyProse(pieces)) >= MIN_HEADLINE_STORY_TERMS;
}
/** Fewest words in a headline with a deck under it: shorter lines above a longer one are kickers and sections ("Economy", "Tech news"). */
const MIN_UPPER_HEADLINE_WORDS = 4;
/** A headline is words; a line more than this share digits is a release number or a date. */
const MAX_TITLE_DIGIT_SHARE = 0.2;

/** A field's name and value on one line ("Notice type: Temporary order", "Text size: A A A"). */
const FIELD_LINE = /^([^:：]{1,30})[:：]\s+(\S.*)$/u;
/** Fewest words after a label's colon for a line to be a headline with a kicker ("Fact Check: No, the water did not …"). */
const MIN_KICKED_HEADLINE_WORDS = 6;

/** Fewest words of a quotation after a speaker's name and a colon: a quoted title or term is a field's value. */
const MIN_QUOTED_SPEECH_WORDS = 4;
/** Fewest words naming a speaker, an office and a name ("Landesrat Hollweger"): a record's one-word label ("Proposal:") may quote a title. */
const MIN_SPEAKER_WORDS = 2;
/** Words wholly in quotation marks, in any language's marks: „…“, «…», “…”, ‘…’, "…". */
const QUOTED = /^["“„«‘‚‹»][^"“”„«»]+["”“»’‘›«]$/u;

/** Whether a "Label: value" line is a speaker's words in quotation marks: "Minister X: „We will …“" is a quote headline, not a field. */
function quotedSpeech(label: string, value: string): boolean {
  return label.split(/\s+/u).length >= MIN_SPEAKER_WORDS && QUOTED.test(value.trim()) && value.trim().split(/\s+/u).length >= MIN_QUOTED_SPEECH_WORDS;
}

/** Whether a label is one pages print above a value ("From:", "Location:", "Proposal:"). */
function fieldLabel(label: string): boolean {
  return matchFurniture({ text: `${label}:`, folded: `${label.toLowerCase()}:`, words: label.split(/\s+/u).length })?.name === 'field-label';
}

/**
 * Whether `text` is a "Label: value" field rather than a headline that opens
 * with a kicker: the name a word or two and the value short, or the name one
 * that pages print above a value ("From:", "Location:"), however long the value.
 * A speaker's name over their words in quotation marks is a quote headline, not a field.
 */
export function isFieldLine(text: string): boolean {
  const field = FIELD_LINE.exec(text);
  if (!field) return false;
  const label = field[1]!.trim();
  if (fieldLabel(label)) return true;
  if (quotedSpeech(label, field[2]!)) return false;
  return label.split(/\s+/u).length <= 2 && field[2]!.split(/\s+/u).length < MIN_KICKED_HEADLINE_WORDS;
}

/** Most words in the label of a line that stands in a block of fields ("Organisation complained about: …"). */
const MAX_BLOCK_LABEL_WORDS = 4;

/** The value of a line shaped as a field with a label of a few words, or null. */
function fieldValue(piece: Piece | undefined): string | null {
  const field = piece ? FIELD_LINE.exec(piece.text) : null;
  if (!field || field[1]!.trim().split(/\s+/u).length > MAX_BLOCK_LABEL_WORDS) return null;
  // A speaker's words in quotation marks under a kicked headline are a quote deck, not the next field of a record.
  if (quotedSpeech(field[1]!.trim(), field[2]!) && !fieldLabel(field[1]!.trim())) return null;
  // A labelled byline ("By: Ruth Ambler") is the author's line under a headline, not one of a record's fields.
  return parseByline(piece!.text)?.explicit ? null : field[2]!;
}

/**
 * Whether `piece` is one of a block of "Label: value" fields, as a decision, a statement or a motion prints them under
 * its headline ("Made on: …" / "Made by: …"): next to another field, every line of the block is a field, whatever its
 * label's or value's length. Only the block's first line may be a headline with a kicker over its date field
 * ("Explainer: What the new tariff means …" / "Published: …"), and only with a headline's words after the colon.
 */
function inFieldBlock(pieces: readonly Piece[], piece: Piece): boolean {
  const value = fieldValue(piece);
  if (value === null || titlesRecord(pieces, piece)) return false;
  const fieldAbove = fieldValue(pieces[piece.index - 1]) !== null;
  if (!fieldAbove && fieldValue(pieces[piece.index + 1]) === null) return false;
  // A headline's words, not a date's: "Period covered: 28 November – 3 December 2026" has two.
  return fieldAbove || value.split(/\s+/u).filter((word) => /\p{L}/u.test(word)).length < MIN_KICKED_HEADLINE_WORDS;
}

/**
 * Whether a line shaped as a field heads a block of fields as the record's headline, its subject before the colon and
 * the kind of record after it: a field under it gives that subject again as its value ("Marlow Haulage Ltd: Decision
 * Notice" over "Operator: Marlow Haulage Ltd"), as a field's own name ("Subject:", "Date of report:") never is.
 */
function titlesRecord(pieces: readonly Piece[], piece: Piece): boolean {
  const field = FIELD_LINE.exec(piece.text);
  if (!field || fieldValue(pieces[piece.index - 1]) !== null) return false;
  const subject = field[1]!.trim().toLowerCase();
  for (let below = pieces[piece.index + 1]; below; below = pieces[below.index + 1]) {
    const value = fieldValue(below);
    if (value === null) return false;
    if (value.trim().toLowerCase() === subject) return true;
  }
  return false;
}

/** Whether `piece` is a field, on its own shape or as one line of a block of fields, and not the headline of a record over its fields. */
function isFieldPiece(pieces: readonly Piece[], piece: Piece): boolean {
  return (isFieldLine(piece.text) || inFieldBlock(pieces, piece)) && !titlesRecord(pieces, piece);
}

/** Legal forms of companies, which a line naming only the company ends in: "Shimanami Zosen Co., Ltd.", "Nordkraft Tidal AS". */
const LEGAL_FORM = String.raw`(?:Inc|Ltd|LLC|LLP|Corp|Corporation|Co\.,? Ltd|Pty Ltd|plc|PLC|GmbH(?: & Co\. KG)?|AG|KG|SE|S\.A|SA|S\.p\.A|SpA|S\.r\.l|S\.L|SL|SAS|S\.A\.S|SARL|B\.V|BV|N\.V|NV|A\.Ş|Sp\. z o\.o|s\.r\.o|a\.s|Kft|Zrt|Oy|Oyj|AB|AS|ASA|A/S|ApS)\.?`;
const COMPANY_NAME = new RegExp(String.raw`^\p{Lu}[\p{L}\p{N}&'’.-]*(?:\s+[\p{L}\p{N}&'’.-]+){0,4},?\s+${LEGAL_FORM}$`, 'u');
/** The same in Chinese, Japanese and Korean, where the form stands before or after the name: "株式会社しまなみ造船", "海湾科技有限公司". */
const CJK_COMPANY_NAME = /^(?:(?:株式会社|有限会社|合同会社|주식회사|\(주\)|㈜)\s?[^\s、。，,.!?！？「」]{1,20}|[^\s、。，,.!?！？「」]{1,20}(?:株式会社|有限会社|合同会社|股份有限公司|有限公司|集团))$/u;

/** Whether a line is only a company's name with its legal form: the issuer of a press release, not its headline. */
function companyName(text: string): boolean {
  return COMPANY_NAME.test(text) || CJK_COMPANY_NAME.test(text);
}

/** Fewest words after a kicker's colon in a headline that stands over its byline or date ("Club statement: Northfield Road redevelopment"). */
const MIN_KICKED_WORDS_ABOVE_METADATA = 3;

/** Fewest of the story's terms a kicked headline names: a control over the date ("Text size: A A A") names none. */
const MIN_KICKED_STORY_TERMS = 1;

/**
 * Whether a short "Label: value" line is a headline with a kicker all the
 * same: it stands right over the byline or date, its value is a few words
 * that name the story's things, and its label is not one pages print above a
 * value ("Location:").
 */
function kickedHeadline(pieces: readonly Piece[], piece: Piece): boolean {
  const field = FIELD_LINE.exec(piece.text);
  if (!field || field[2]!.split(/\s+/u).length < MIN_KICKED_WORDS_ABOVE_METADATA || !aboveMetadata(pieces, piece)) return false;
  if (fieldLabel(field[1]!.trim())) return false;
  return storyTermCount(pieces, piece, storyProse(pieces)) >= MIN_KICKED_STORY_TERMS;
}

/**
 * A picture's credit in brackets closing a line, which makes the line a caption: "(Photo d'archives)", "(Foto: Ana Ruiz)",
 * "（記者林佳蓉攝）", "（圖／縣府提供）". A lone "(Video)" or "(Photos)" marks a headline's media, so the label needs words after it.
 */
const BRACKETED_CREDIT_END = new RegExp(
  String.raw`[(（\[](?:${CREDIT_LABEL}[\s:：/／]+[^()（）\[\]]+|[^()（）\[\]]*\p{Script=Han}(?:攝|摄|攝影|摄影|撮影)|(?:圖|图|照片|写真)\s*[/／:：][^()（）\[\]]+)[)）\]]$`,
  'u',
);

/**
 * A sentence closed by a note on its picture in brackets, which makes the line a caption: "… in 2015. (Family photo)",
 * "… en 1999. (Archivo, foto de la familia)". The picture's word may stand anywhere in the note, in many languages.
 */
const PHOTO_NOTE_END = /[.!?。]\s*[(（[][^()（）[\]]*(?<![\p{L}])(?:photos?|photographs?|pictures?|images?|fotos?|fotografías?|fotografias?|bild|aufnahme|фото|світлина|zdjęcie|fotka|resim|fotoğraf|görsel|صورة|תמונה|צילום|写真|照片|사진|عکس)(?![\p{L}])[^()（）[\]]*[)）\]]$/u;

/** A document's file name, as pages list their attachments ("(보도자료) 폐어구 수거 사업 확대.pdf", "NP ayudas.docx"). */
const ATTACHED_FILE = /\.(?:pdf|docx?|hwpx?|xlsx?|pptx?|odt|ods|odp|rtf|txt|csv|zip)$/u;

/** Times a line is printed whole above the story that make it the site's or channel's name: its header, its card, its bar. */
const MIN_MASTHEAD_PRINTS = 3;

/** How often each line is printed above the story, by copy: counted once, for the headline search. */
const headPrintsByCopy = new WeakMap<readonly Piece[], Map<string, number>>();

/** Whether `piece` is printed whole at least three times above the story: a headline is printed twice at most. */
function mastheadRepeated(pieces: readonly Piece[], piece: Piece): boolean {
  let prints = headPrintsByCopy.get(pieces);
  if (!prints) {
    prints = new Map();
    for (const line of pieces.slice(0, firstBody(pieces)?.index ?? pieces.length)) prints.set(line.folded, (prints.get(line.folded) ?? 0) + 1);
    headPrintsByCopy.set(pieces, prints);
  }
  return (prints.get(piece.folded) ?? 0) >= MIN_MASTHEAD_PRINTS;
}

/** A span of years, as an obituary's headline gives a life ("1931–2026") or a report its period: words, not a number. */
const YEAR_SPAN = /(?<!\p{Nd})\p{Nd}{4}\s?[–—-]\s?\p{Nd}{4}(?!\p{Nd})/gu;

/** A letter of a script written without spaces between words, or with short ones. */
const CJK_LETTER = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/u;

/** The share of a line's letters and digits that are digits, a span of years counting as a word. */
function digitShare(text: string): number {
  // A Chinese, Japanese or Korean word is a character or two, so a number there counts as one character ("2026年12月4日外交部…").
  const spanless = CJK_LETTER.test(text) ? text.replace(/\p{Nd}+/gu, '0') : text.replace(YEAR_SPAN, 'years');
  const digits = spanless.match(/\p{Nd}/gu)?.length ?? 0;
  return digits / (spanless.match(/[\p{L}\p{Nd}]/gu)?.length ?? 1);
}

/** A link's arrow, set apart by a space, opening or closing a line: "‹ Back", "← Retour", "Next ›", "العودة ←". */
const ARROW_LINK = /^[‹←⟵◀◄❮⬅<]\s|\s[›→⟶▶►❯➡>]$|\s[←⟵⬅]$|^[→⟶➡]\s/u;

/**
 * Whether a line can be the headline: headline-shaped, three words or more,
 * not mostly digits, not a link, not a person's name nor a company's.
 */
function titleShaped(piece: Piece): boolean {
  if (!isHeadlineLike(piece) || piece.words < MIN_TITLE_WORDS) return false;
  if (digitShare(piece.text) > MAX_TITLE_DIGIT_SHARE || /https?:\/\/|(?:^|[\s(])@\w/u.test(piece.text)) return false;
  // A line that ends in a dash leads into what follows: a wire's dateline ("Vellmar, 6 Mar (Wire).-"); one that opens with a
  // list's dash or bullet is a point under the headline ("- 반도체·선박 호조로 …", "• Three ferries a night").
  if (/[-–—]$/u.test(piece.text) || /^[-–—•▪·]\s/u.test(piece.text)) return false;
  // Nor is a link that points back or on with an arrow before or after its words ("‹ Back to current status", "Next ›"),
  // whatever its language; guillemets are quotation marks, not arrows.
  if (ARROW_LINK.test(piece.text)) return false;
  // Nor is a prompt asking the reader to click or tap ("Click here to vote for …"), however many of the story's words it holds.
  if (asksForGesture(piece.folded)) return false;
  // Nor is a line that ends in "by": it names whoever is on the next line ("News provided by").
  if (/\s(?:by|von|par|por|da|door|av|oleh)$/iu.test(piece.text)) return false;
  // A row of fields ("Writer: Rina Hapsari | Editor: Dodi Saputra") is page furniture, however long.
  const fields = piece.text.split(/\s+[|·•]\s+/u);
  if (fields.length > 1 && fields.every((part) => /^[^:：]{1,30}[:：]\s*\S/u.test(part))) return false;
  if (companyName(piece.text) || BRACKETED_CREDIT_END.test(piece.folded) || PHOTO_NOTE_END.test(piece.folded) || ATTACHED_FILE.test(piece.folded)) return false;
  const name = parseByline(piece.text);
  return !(name && !name.explicit);
}

/** A line of several words all in capitals, in a cased script: a section heading ("BACKGROUND TO THE APPEAL"), seldom the headline. */
function allCapitals(piece: Piece): boolean {
  return piece.words >= 2 && /\p{Lu}/u.test(piece.text) && !/\p{Ll}/u.test(piece.text);
}

/** A line above the byline shorter than this does not win over a longer headline-shaped line nearer the story: it is a section or a label ("Nota de prensa"). */
const MIN_LABELLED_TITLE_WORDS = 5;

/** Most words in a headline, as `isHeadlineLike` counts by default. */
const MAX_HEADLINE_WORDS = 25;

/** A standfirst under a headline: a sentence, or a run of words too long for a headline, however it ends. */
function standfirstShaped(piece: Piece): boolean {
  return (endsSentence(piece.text) && !companyName(piece.text)) || piece.words > MAX_HEADLINE_WORDS;
}

/**
 * Whether the piece after `piece`, passing over badges and one standfirst
 * sentence, is a byline or date line: a headline stands above them, and a
 * headline-shaped line below them (a "Read in Spanish" link, a caption) does not.
 */
function aboveMetadata(pieces: readonly Piece[], piece: Piece): boolean {
  let standfirst = false;
  for (const next of pieces.slice(piece.index + 1, piece.index + 1 + METADATA_LOOKAHEAD)) {
    if (next.removedBy === 'metadata') return true;
    // A release's issuer stands over its date as a byline would, and so does its number ("Nr. 412/2026").
    if (!isKept(next) || companyName(next.text) || releaseNumber(next)) continue;
    if (standfirst || !standfirstShaped(next)) return false;
    standfirst = true;
  }
  return false;
}

/** Most words in a release's number line. */
const MAX_RELEASE_NUMBER_WORDS = 3;

/** A release's or a notice's number on its own line, mostly digits: "Nr. 412/2026", "No. 151", "Komunikat 88/26". */
function releaseNumber(piece: Piece): boolean {
  return piece.words <= MAX_RELEASE_NUMBER_WORDS && digitShare(piece.text) > MAX_TITLE_DIGIT_SHARE;
}

/** Lines after a headline that `aboveMetadata` looks through for the byline or date. */
const METADATA_LOOKAHEAD = 4;

/**
 * Whether the byline and date lines under `piece` (once `aboveMetadata` has found
 * them) hold a date, told by its digits in any language: a book's title in a
 * review or a speaker's line stands over a name alone.
 */
function aboveDatedMetadata(pieces: readonly Piece[], piece: Piece): boolean {
  let metadataSeen = false;
  for (const next of pieces.slice(piece.index + 1, piece.index + 1 + METADATA_LOOKAHEAD)) {
    if (next.removedBy === 'metadata') {
      if (/\p{Nd}/u.test(next.text)) return true;
      metadataSeen = true;
    } else if (metadataSeen && isKept(next)) return false;
  }
  return false;
}

/** Whether a byline naming someone stands in the byline and date lines under `piece`. */
function overByline(pieces: readonly Piece[], piece: Piece): boolean {
  return metadataUnder(pieces, piece).some((line) => parseByline(line.text) !== null);
}

/**
 * Whether the lines under `piece` give a date and name nobody: a newsletter's or a magazine's issue line ("Issue #214 |
 * December 8, 2026") under its masthead's description, where a story's headline further down stands over its byline.
 */
function overDateAlone(pieces: readonly Piece[], piece: Piece): boolean {
  const lines = metadataUnder(pieces, piece);
  return lines.length > 0 && !lines.some((line) => parseByline(line.text) !== null);
}

/** The byline and date lines right under `piece`, up to the next kept line. */
function metadataUnder(pieces: readonly Piece[], piece: Piece): Piece[] {
  const lines: Piece[] = [];
  for (const next of pieces.slice(piece.index + 1, piece.index + 1 + METADATA_LOOKAHEAD)) {
    if (isKept(next)) break;
    if (next.removedBy === 'metadata') lines.push(next);
  }
  return lines;
}

/** Whether a date line stands right above `piece`: some pages print the date over the headline and the byline under it. */
function belowDate(pieces: readonly Piece[], piece: Piece): boolean {
  const above = pieces[piece.index - 1];
  return above?.removedBy === 'metadata' && /\p{Nd}/u.test(above.text);
}

/** How far above an undated byline a headline over a dated one may stand, in lines, and still be the story's. */
const MAX_DATED_HEADLINE_DISTANCE = 12;

/** Whether `lower` is a title over a name alone (a reviewed book, a speaker) a few lines under `head`, the headline over the byline and date. */
function secondHeadUnder(pieces: readonly Piece[], head: Piece, lower: Piece): boolean {
  return (
    lower.index > head.index &&
    lower.index - head.index <= MAX_DATED_HEADLINE_DISTANCE &&
    aboveDatedMetadata(pieces, head) &&
    aboveMetadata(pieces, lower) &&
    !aboveDatedMetadata(pieces, lower)
  );
}

/**
 * A notice above the headline ("Important: the office is closed …") reads as
 * the story's first paragraph: when no headline stands over a byline or date
 * above it, a headline-shaped line over a dated byline or date (or between a
 * date and a byline) between it and the next long paragraph is the headline.
 */
function headlineUnderNotice(pieces: readonly Piece[], body: Piece | undefined): Piece | undefined {
  if (!body) return undefined;
  const next = pieces.find((piece) => piece.index > body.index && isKept(piece) && isProse(piece, 20));
  // Of several, the one nearest the story: a date may stand over the headline, with the byline under it.
  return pieces
    .slice(body.index + 1, next?.index ?? pieces.length)
    .findLast((piece) => isKept(piece) && titleShaped(piece) && !isFieldPiece(pieces, piece) && aboveMetadata(pieces, piece) && (aboveDatedMetadata(pieces, piece) || belowDate(pieces, piece)));
}

/**
 * Walks up from the first long paragraph to the nearest headline-shaped
 * line, passing over captions and standfirsts (they end like sentences); a
 * headline-shaped line standing right above the byline or date is preferred
 * (a summary's bullet points or a standfirst may sit lower). The line above
 * the one chosen wins instead when it is also headline-shaped, neither opens nor ends with a number (a release number),
 * and either is shorter than a long chosen line (that one is the deck; when
 * that one stands over the byline or date, the line above must name the
 * story's things, or it is a button) or stands above a line of three words.
 * A notice that reads as the first paragraph may stand above the headline.
 */
function headlineAboveStory(pieces: readonly Piece[]): number | null {
  const body = firstBody(pieces);
  const limit = body ? body.index : pieces.length;
  let candidate: Piece | undefined;
  let nearest: Piece | undefined;
  // Lines in capitals and short "Label: value" fields are headlines only when no other line is.
  let fallback: Piece | undefined;
  // A line over a name with no date: a headline over a date a few lines up is the story's, this one a book's or a speaker's.
  let undated: Piece | undefined;
  for (let piece = keptBefore(pieces, limit); piece; piece = keptBefore(pieces, piece.index)) {
    if (undated && undated.index - piece.index > MAX_DATED_HEADLINE_DISTANCE) break;
    if (!titleShaped(piece) || mastheadRepeated(pieces, piece)) continue;
    if (inFieldBlock(pieces, piece) || (isFieldLine(piece.text) && !kickedHeadline(pieces, piece) && !titlesRecord(pieces, piece)) || (allCapitals(piece) && !aboveMetadata(pieces, piece))) {
      fallback ??= piece;
      continue;
    }
    nearest ??= piece;
    if (aboveMetadata(pieces, piece)) {
      if (piece !== nearest && piece.words < MIN_LABELLED_TITLE_WORDS && nearest.words >= MIN_LABELLED_TITLE_WORDS) break;
      if (!aboveDatedMetadata(pieces, piece) && !belowDate(pieces, piece)) {
        undated ??= piece;
        continue;
      }
      candidate = undated && overDateAlone(pieces, piece) && overByline(pieces, undated) ? undated : piece;
      break;
    }
  }
  candidate ??= headlineUnderNotice(pieces, body) ?? undated ?? nearest ?? fallback;
  if (!candidate) return null;
  const above = keptBefore(pieces, candidate.index);
  // A line with its own standfirst sentence between it and the byline is the headline, not a deck under a kicker.
  const next = pieces[candidate.index + 1];
  const hasStandfirst = next !== undefined && isKept(next) && standfirstShaped(next) && aboveMetadata(pieces, candidate);
  const aboveWins =
    above &&
    !hasStandfirst &&
    titleShaped(above) &&
    !mastheadRepeated(pieces, above) &&
    !isFieldPiece(pieces, above) &&
    !/^\p{Nd}|\p{Nd}$/u.test(above.text.replace(YEAR_SPAN, 'years')) &&
    above.words >= MIN_UPPER_HEADLINE_WORDS &&
    (longerThan(candidate, above) ? isDeckUnder(above, candidate) && (namesStory(pieces, above) || !aboveMetadata(pieces, candidate)) : candidate.words <= 3 || deckNoLonger(pieces, above, candidate));
  return aboveWins ? above.index : candidate.index;
}

/** Fewest commas that make a line a list (of judges, of credits), not a headline. */
const MIN_LIST_COMMAS = 3;

/**
 * Whether `lower`, right under `upper` and no longer, is its deck: pages print the headline first and the deck under
 * it, so of two headline-sized lines over the byline or date the upper is the headline when it names the story's
 * things. A kicker over a headline is shorter than the headline, and a deck shorter than eight words is a headline.
 * The upper line is no headline when it holds two sentences (a photo's caption over the headline), lists names
 * ("Justices: Lord A, Lady B, Lord C, …"), or is the lower one printed twice.
 */
function deckNoLonger(pieces: readonly Piece[], upper: Piece, lower: Piece): boolean {
  const list = (upper.text.match(/[,，、]/gu)?.length ?? 0) >= MIN_LIST_COMMAS;
  const sentences = new RegExp(`[.!?。${SCRIPT_OWN_STOPS}](?:\\s|$)`, 'u').test(upper.text.replace(/\s*[(（[][^)）\]]*[)）\]]$/u, ''));
  return lower.index === upper.index + 1 && lower.words >= MIN_ADJACENT_DECK_WORDS && lower.folded !== upper.folded && !list && !sentences && namesStory(pieces, upper);
}

/** Longest standfirst sentence, in words, kept as the deck: a longer one is a paragraph the story span weighs itself. */
const MAX_STANDFIRST_DECK_WORDS = 60;

/**
 * The deck: a line of eight words or more right under the headline, kept with the story: headline-shaped, or a
 * standfirst sentence naming the story's things (set off above the byline and date, the story span alone leaves it out).
 */
export function findDeck(pieces: readonly Piece[], titleIndex: number | null): number | null {
  const next = titleIndex === null ? undefined : pieces[titleIndex + 1];
  if (!next || !isKept(next) || next.words < MIN_ADJACENT_DECK_WORDS) return null;
  // The standfirst names the story's things; a notice there ("This article is more than two years old.") names none.
  const standfirst = endsSentence(next.text) && next.words <= MAX_STANDFIRST_DECK_WORDS && namesStory(pieces, next);
  // A line mostly digits that names none of the story's things is the headline's date ("Atualizado às 18h do dia 05/12/2026").
  const headlineShaped = isHeadlineLike(next) && (digitShare(next.text) <= MAX_TITLE_DIGIT_SHARE || namesStory(pieces, next));
  return headlineShaped || standfirst ? next.index : null;
}

/** Longest line weighed as a headline candidate, in words. */
const MAX_CANDIDATE_WORDS = 40;
/** Paragraphs of the story's opening that a headline's words are looked for in. */
const OPENING_PARAGRAPHS = 3;
/** Shortest word worth comparing: shorter ones are mostly function words in any spaced script. */
const MIN_COMPARED_LETTERS = 3;

/** Content terms of a line: its longer words that are not common stop words, and pairs of adjacent characters in unspaced Chinese and Japanese. */
function terms(folded: string): Set<string> {
  const tokens = stopWordTokens(folded);
  const stops = stopWordsFor(null);
  const found = new Set<string>();
  tokens.forEach((token, i) => {
    if (token.length >= MIN_COMPARED_LETTERS && !stops.has(token)) found.add(token);
    else if (token.length === 1 && tokens[i + 1]?.length === 1 && /[^\p{Script=Latin}]/u.test(token)) found.add(token + tokens[i + 1]!);
  });
  return found;
}

/** A line's terms and their stems, by its folded text. */
interface LineTerms {
  terms: ReadonlySet<string>;
  stems: ReadonlySet<string>;
}
/** The headline rules ask for the same paragraphs' terms several times over one copy: kept per copy (its pieces). */
const termsByCopy = new WeakMap<readonly Piece[], Map<string, LineTerms>>();

function lineTerms(pieces: readonly Piece[], folded: string): LineTerms {
  let copy = termsByCopy.get(pieces);
  if (!copy) {
    copy = new Map();
    termsByCopy.set(pieces, copy);
  }
  let found = copy.get(folded);
  if (!found) {
    const own = terms(folded);
    found = { terms: own, stems: stems(own) };
    copy.set(folded, found);
  }
  return found;
}

/** Whether two lines name a term in common, compared by their opening letters: a subheading and its section, a teaser and its headline. */
export function sharesTerm(pieces: readonly Piece[], one: Piece, other: Piece): boolean {
  const otherStems = lineTerms(pieces, other.folded).stems;
  return [...lineTerms(pieces, one.folded).stems].some((stem) => otherStems.has(stem));
}

/** A line's content terms cut to their opening letters, as `sharesTerm` compares them. */
export function termStems(pieces: readonly Piece[], piece: Piece): ReadonlySet<string> {
  return lineTerms(pieces, piece.folded).stems;
}

/** Share of a line's terms that the story's opening paragraphs use: a headline names what the lede tells. */
function openingOverlap(pieces: readonly Piece[], piece: Piece, opening: ReadonlySet<string>): number {
  const own = [...lineTerms(pieces, piece.folded).terms];
  return own.length === 0 ? 0 : own.filter((term) => opening.has(term)).length / own.length;
}

/** The separators of a breadcrumb trail or a menu row ("Home / News / 2026", "Notices > State"). */
export const PATH_SEPARATOR = /\s[/>›»|]\s/gu;

/** Letters a term is cut to before comparing, so that inflected forms match ("designation", "designated"; "театр", "театра"). */
const STEM_LETTERS = 5;

function stems(found: ReadonlySet<string>): Set<string> {
  return new Set([...found].map((term) => [...term].slice(0, STEM_LETTERS).join('')));
}

/** How many distinct terms of a line the story's prose below it uses, compared by their opening letters. */
function storyTermCount(pieces: readonly Piece[], piece: Piece, prose: ReadonlyArray<{ index: number; stems: ReadonlySet<string> }>): number {
  const below = prose.filter((later) => later.index > piece.index);
  return [...lineTerms(pieces, piece.folded).stems].filter((stem) => below.some((later) => later.stems.has(stem))).length;
}

/** The story's running text, with the terms and stems of each paragraph, for comparing a headline with it. */
function storyProse(pieces: readonly Piece[]): Array<{ index: number } & LineTerms> {
  return pieces.filter((piece) => isKept(piece) && isProse(piece)).map((piece) => ({ index: piece.index, ...lineTerms(pieces, piece.folded) }));
}

/** Fewest story terms a headline-shaped line must name to overrule the nearest one, and most the nearest one may name to be overruled. */
const MIN_TOLD_TERMS = 3;
const MAX_UNTOLD_TERMS = 1;

/**
 * The nearest headline-shaped line above the story is often a button or a
 * menu item on a site the rules have not met ("Report this notice"). A
 * headline names the story's things: when the nearest names one at most and
 * a headline-shaped line further up names three or more, that one is the headline.
 */
function tellingHeadline(pieces: readonly Piece[], ruled: number | null): number | null {
  if (ruled === null) return ruled;
  // A line right above the byline or date stands where headlines stand, unless it names nothing of the story (the next video's title).
  const prose = storyProse(pieces);
  if (aboveMetadata(pieces, pieces[ruled]!) && storyTermCount(pieces, pieces[ruled]!, prose) > 0) return ruled;
  const body = firstBody(pieces)?.index ?? pieces.length;
  const shaped = pieces.slice(0, body).filter((piece) => isKept(piece) && titleShaped(piece) && !isFieldPiece(pieces, piece) && !allCapitals(piece) && !mastheadRepeated(pieces, piece));
  let best: { piece: Piece; told: number } | null = null;
  // Of lines naming as many, the one nearest the story: the site's name in the header names its subject too.
  for (const piece of shaped) {
    const told = storyTermCount(pieces, piece, prose);
    if (!best || told >= best.told) best = { piece, told };
  }
  const ruledTold = storyTermCount(pieces, pieces[ruled]!, prose);
  // A deck under the headline names more of the story than the headline does: only a line above the rules' choice may win.
  return best && best.piece.index < ruled && best.told >= MIN_TOLD_TERMS && ruledTold <= MAX_UNTOLD_TERMS && ruledTold * 2 < best.told ? best.piece.index : ruled;
}

/** Headline-shaped lines further up than this many share one rank. */
const RANKED_LINES = 3;
/** Below this share of its terms in the story's opening, the rules' choice is likely a menu item or a button. */
const OFF_STORY_OVERLAP = 0.2;

/**
 * The lines above the story's second long paragraph that could be the
 * headline, each with what the title model weighs: its shape, the rule that
 * dropped it, how near the story and the byline or date it stands, how many of
 * its words the story's opening repeats, whether the page prints it again
 * (a "<title>"-like line), and whether the rules chose it.
 */
function titleCandidates(pieces: readonly Piece[], ruledChoice: number | null): FeatureRow[] {
  const prose = storyProse(pieces);
  const long = pieces.filter((piece) => isKept(piece) && isProse(piece, 20));
  const body = firstBody(pieces)?.index ?? pieces.length;
  // A notice above the story may read as its first paragraph ("Important: the office is closed …"): the headline may stand below it.
  const limit = long[1]?.index ?? pieces.length;
  const shapedAbove: Piece[] = [];
  for (let piece = keptBefore(pieces, body); piece; piece = keptBefore(pieces, piece.index)) if (titleShaped(piece)) shapedAbove.push(piece);
  const longestShaped = Math.max(0, ...shapedAbove.map((piece) => piece.words));
  const weighed = pieces.slice(0, limit).filter((piece) => !(piece.removedBy === 'metadata' || piece.words === 0 || piece.words > MAX_CANDIDATE_WORDS || isProse(piece, 20)));
  // How many of its terms the story below tells: a headline names several of its things, a button or a menu item one at most.
  const storyTerms = new Map(weighed.map((piece) => [piece.index, storyTermCount(pieces, piece, prose)]));
  const mostStoryTerms = Math.max(0, ...storyTerms.values());
  // The terms of the story's opening paragraphs after a line (prose is in page order): lines between the same two paragraphs share them.
  const openings = new Map<number, Set<string>>();
  const openingAfter = (index: number): Set<string> => {
    const from = prose.findIndex((later) => later.index > index);
    let opening = openings.get(from);
    if (!opening) {
      opening = new Set(from < 0 ? [] : prose.slice(from, from + OPENING_PARAGRAPHS).flatMap((later) => [...later.terms]));
      openings.set(from, opening);
    }
    return opening;
  };
  return weighed.map((piece) => {
    const overlap = openingOverlap(pieces, piece, openingAfter(piece.index));
    const told = storyTerms.get(piece.index)!;
    const above = keptBefore(pieces, piece.index);
    const keptBetween = pieces.slice(piece.index + 1, body).filter(isKept).length;
    const rank = shapedAbove.indexOf(piece);
    const next = pieces[piece.index + 1];
    const printedAgain = pieces.some((other) => other.index !== piece.index && (other.folded.startsWith(piece.folded) || piece.folded.startsWith(other.folded)) && Math.min(other.words, piece.words) >= MIN_TITLE_WORDS);
    const digits = piece.text.match(/\p{Nd}/gu)?.length ?? 0;
    const features: Features = {
      ruledChoice: flag(piece.index === ruledChoice),
      [`rule:${piece.removedBy ?? 'kept'}`]: 1,
      titleShaped: flag(titleShaped(piece)),
      headlineLike: flag(isHeadlineLike(piece)),
      fieldLine: flag(isFieldPiece(pieces, piece)),
      capitals: flag(allCapitals(piece)),
      aboveMetadata: flag(aboveMetadata(pieces, piece)),
      aboveDatedMetadata: flag(aboveDatedMetadata(pieces, piece)),
      belowMetadata: flag(pieces[piece.index - 1]?.removedBy === 'metadata'),
      endsSentence: flag(endsSentence(piece.text)),
      words: logWords(piece.words),
      twoWordsOrFewer: flag(piece.words <= 2),
      digitShare: digits / Math.max(1, piece.text.match(/[\p{L}\p{Nd}]/gu)?.length ?? 0),
      keptToStory: logWords(keptBetween),
      [`shapedRank:${rank < 0 ? 'none' : Math.min(rank, RANKED_LINES)}`]: 1,
      fromTop: body <= 1 ? 0 : Math.min(1, piece.index / body),
      printedAgain: flag(printedAgain),
      openingOverlap: overlap,
      ruledChoiceOffStory: flag(piece.index === ruledChoice && overlap < OFF_STORY_OVERLAP),
      belowFirstBody: flag(piece.index > body),
      longestShaped: flag(rank >= 0 && piece.words === longestShaped),
      shareOfLongest: longestShaped === 0 ? 0 : Math.min(1, piece.words / longestShaped),
      siteSeparator: flag(TITLE_SITE_SEPARATOR.test(piece.text)),
      nextKept: flag(next !== undefined && isKept(next)),
      afterGap: flag(piece.afterGap),
      storyTerms: logWords(told),
      mostStoryTerms: flag(told > 0 && told === mostStoryTerms),
      shareOfMostTold: mostStoryTerms === 0 ? 0 : told / mostStoryTerms,
      ruledChoiceTellsLess: flag(piece.index === ruledChoice && told * 2 < mostStoryTerms),
      // A deck names more of the story than its headline: a longer line right under a headline-shaped one.
      deckShaped: flag(above !== undefined && titleShaped(above) && longerThan(piece, above) && isDeckUnder(above, piece)),
      pathSeparators: Math.min(1, (piece.text.match(PATH_SEPARATOR)?.length ?? 0) / 3),
    };
    return { index: piece.index, text: piece.text, features };
  });
}

/**
 * Chooses the headline's piece: the one the file is named after, else, with
 * title `weights`, the candidate they score highest, else the rules' choice,
 * the headline-shaped line above the story. `log` receives the candidates.
 */
export function findTitlePiece(pieces: readonly Piece[], hint: FileNameHint | null, weights: Weights | null = null, log?: FeatureRow[]): number | null {
  const named = hint ? lineNamedByFile(pieces, hint) : null;
  if (named !== null) return named;
  const chosen = headlineByRulesOrModel(pieces, weights, log);
  const restated = chosen === null || aboveMetadata(pieces, pieces[chosen]!) ? null : nameTheLeadOpensWith(pieces);
  if (restated !== null) return restated;
  return chosen === null ? null : (headlineBelowMenu(pieces, chosen) ?? chosen);
}

/** Fewest words in a name the lead restates: a single word above the story is as often a section or a place label. */
const MIN_RESTATED_WORDS = 2;
/** A short word before the restated name in the lead: an article ("The", "La", "Der", "Ο"). */
const LEAD_ARTICLE = /^\p{L}{1,4}\s+/u;

/**
 * A reference page's title: an encyclopedia's lead opens by restating its subject's name ("The Halvorsen Tidal Barrage
 * is a …"), and the page prints the name twice above it (in its header and as its title), so a line printed twice above
 * the lead that is the lead's first words (after an article, if any) is the title, whatever infobox rows stand between
 * them ("Location Halvorsfjord, Nordland, Norway"). A company's name opens its own release's lead ("Kestrel Minerals
 * plc today announced …") and is left out; and a news story's headline over its byline or date is not asked.
 */
function nameTheLeadOpensWith(pieces: readonly Piece[]): number | null {
  const lead = firstBody(pieces);
  if (!lead) return null;
  const opening = lead.folded.replace(LEAD_ARTICLE, '');
  for (let piece = keptBefore(pieces, lead.index); piece; piece = keptBefore(pieces, piece.index)) {
    if (piece.words < MIN_RESTATED_WORDS || !isHeadlineLike(piece) || companyName(piece.text)) continue;
    const restates = (text: string) => text.startsWith(piece.folded) && !/[\p{L}\p{N}]/u.test(text.charAt(piece.folded.length));
    if (!restates(lead.folded) && !restates(opening)) continue;
    if (pieces.some((other) => other !== piece && other.index < lead.index && other.folded === piece.folded)) return piece.index;
  }
  return null;
}

/** Fewest menu lines between a headline and the story that put the headline in the site's header. */
const MIN_MENU_LINES = 2;

/**
 * A site's menu stands between its header and the article: when menu lines stand between the chosen line and the
 * story, the chosen line is the site's (a conference's name over its menu), and the headline is the title-shaped
 * line below the menu nearest the story that names the story's things.
 */
function headlineBelowMenu(pieces: readonly Piece[], chosen: number): number | null {
  const body = firstBody(pieces);
  if (!body || body.index <= chosen) return null;
  // A line over its byline is the article's headline, whatever menu a sticky header prints under them.
  const overByline = pieces.slice(chosen + 1, chosen + 1 + METADATA_LOOKAHEAD).some((piece) => piece.removedBy === 'metadata' && parseByline(piece.text) !== null);
  if (overByline) return null;
  const between = pieces.slice(chosen + 1, body.index);
  const menu = between.filter((piece) => piece.removedBy === 'navigation');
  if (menu.length < MIN_MENU_LINES) return null;
  const below = between.filter((piece) => piece.index > menu.at(-1)!.index);
  const headline = below.findLast((piece) => isKept(piece) && titleShaped(piece) && !isFieldPiece(pieces, piece) && namesStory(pieces, piece));
  return headline?.index ?? null;
}

/**
 * Whether `headline` stands right under the date or byline line and its deck under it holds no byline or date of
 * its own: a release's or a feature's headline that names none of the story's words ("Wie Stadtbäume Hitzewellen
 * überstehen") over the plain deck that does; a button above a headline stands over the headline's byline instead.
 */
function headlineUnderMetadataOverDeck(pieces: readonly Piece[], headline: Piece, deck: Piece): boolean {
  return pieces[headline.index - 1]?.removedBy === 'metadata' && !aboveMetadata(pieces, deck);
}

/** The headline as the rules find it, or as the learned model weighs the candidates. */
function headlineByRulesOrModel(pieces: readonly Piece[], weights: Weights | null, log: FeatureRow[] | undefined): number | null {
  const ruled = tellingHeadline(pieces, headlineAboveStory(pieces));
  if (!weights && !log) return ruled;
  const candidates = titleCandidates(pieces, ruled);
  log?.push(...candidates);
  if (!weights || candidates.length === 0) return ruled;
  // The headline is never the text's only sentence: then the text is a story with no headline.
  const storyBesides = (index: number) => pieces.some((piece) => piece.index !== index && isKept(piece) && endsSentence(piece.text));
  const scored = candidates
    .filter((candidate) => storyBesides(candidate.index))
    .map((candidate) => ({ index: candidate.index, score: probability(candidate.features, weights) }));
  if (scored.length === 0) return ruled;
  const chosen = scored.reduce((best, candidate) => (candidate.score > best.score ? candidate : best)).index;
  if (ruled !== null && mastheadRepeated(pieces, pieces[chosen]!)) return ruled;
  // A deck names more of the story than its headline; right under the rules' headline it stays the deck,
  // when that headline names the story's things too (a button above a headline names none: "View the original article").
  const deckUnderRuled = ruled !== null && chosen === ruled + 1 && deckRightUnder(pieces[ruled]!, pieces[chosen]!);
  if (deckUnderRuled && (namesStory(pieces, pieces[ruled]!) || headlineUnderMetadataOverDeck(pieces, pieces[ruled]!, pieces[chosen]!))) return ruled;
  return ruled !== null && secondHeadUnder(pieces, pieces[ruled]!, pieces[chosen]!) ? ruled : chosen;
}


/** A title for a text with no headline line: the file's, or the opening words of the first paragraph. */
export function fallbackTitle(hint: FileNameHint | null, firstParagraph: string | undefined): string {
  if (hint) return hint.title;
  const sentence = (firstParagraph ?? '').split(new RegExp(`(?<=[.!?؟${SCRIPT_OWN_STOPS}])\\s`, 'u'))[0] ?? '';
  const words = sentence.split(' ');
  if (words.length <= 14) return sentence.replace(new RegExp(`[.${SCRIPT_FULL_STOPS}]$`, 'u'), '');
  return `${words.slice(0, 12).join(' ')}…`;
}

/**
 * Splits a page-title line into headline and site ("Harbour strike ends |
 * The Coastal Ledger"). A pipe always separates them; a dash only when what
 * follows it is a site the page names elsewhere.
 */
export function splitTitleLine(line: string, knownSites: readonly string[]): { title: string; site: string | null } {
  const pipe = /^(.{10,}?)\s+\|\s+([^|]{2,60})$/u.exec(line);
  if (pipe && pipe[2]!.split(' ').length <= 6) return { title: pipe[1]!, site: pipe[2]! };
  const dash = /^(.{10,})\s+[–—-]\s+(.{2,60})$/u.exec(line);
  if (dash && knownSites.some((site) => comparable(site) === comparable(dash[2]!))) return { title: dash[1]!, site: dash[2]! };
  return { title: endsSentence(line) && !/[?!…]$/u.test(line) ? line.replace(new RegExp(`[.${SCRIPT_FULL_STOPS}]$`, 'u'), '') : line, site: null };
}
