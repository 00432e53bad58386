/**
 * The text-dump cleaner: turns a plain-text copy of a web page (pasted, or
 * saved from a browser) into the story it carries — title, byline, site,
 * date and the article's own paragraphs in order — and leaves the page's
 * furniture behind, saying for each dropped line which rule dropped it.
 *
 * The steps, in order:
 * 1. normalise lines and rebuild paragraphs (hard wraps joined);
 * 2. guess the language, so that matching folds case the language's way;
 * 3. mark metadata lines (bylines, dates) and furniture lines (one rule each);
 * 4. drop multi-line furniture: related-story blocks, summary boxes, captions, comments, labelled fields;
 * 5. choose the byline and date, find the headline (by the learned headline model) and the site;
 * 6. drop the page header above the headline and the labels between it and the story;
 * 7. drop repeated text, the page footer after the story, and move a closing author bio aside;
 * 8. keep the densest run of running text, and, with a learned line model, let it make the final call.
 */
import {
  dropAdvertText,
  dropAsidesToReader,
  dropAfterStoryEnd,
  ADVERTISER_CONTACT,
  dropBoxClosingLinks,
  dropButtonBoxes,
  dropCaptionsAboveCredits,
  dropChannelInvites,
  dropCaptionsBelowCredits,
  dropCaptionsBelowLabels,
  dropCaptionsClosedByPhotographer,
  dropChannelPromosNamingSite,
  dropCommentsSection,
  dropContentsLists,
  dropFeedbackPolls,
  dropForumReplies,
  dropLabelledFields,
  dropOutletNotes,
  dropReadAlsoLinks,
  dropRelatedBlocks,
  restoreUnrepeatedQuotes,
  dropSourceLists,
  dropSummaryBoxes,
  dropFactBoxes,
  dropLabelledFactLists,
  dropTriviaBoxes,
  dropGlossaries,
  dropTemplatedCaptions,
} from './blocks.ts';
import { bioSubject, isAuthorBio, isLoneBylineLabel, isRoleLine, joinAuthors, joinBylines, parseByline, readNameAndJob, readWireCredits, userHandle, type Byline } from './byline.ts';
import { asciiDigits, findDate, prefersDayFirst, type DateOptions, type FoundDate } from './dates.ts';
import { matchFurniture, READER_ADDRESS } from './furniture.ts';
import { caseFolder, guessLanguage, type Direction } from './lang.ts';
import { normalizeLines } from './lines.ts';
import { isPersonName, lowerCaseWords } from './person-name.ts';
import { MAX_META_WORDS, readMetaLine, type MetaLine } from './meta.ts';
import { rebuildParagraphs } from './paragraphs.ts';
import { dropPageNotes } from './page-notes.ts';
import { drop, endsSentence, firstBody, isHeadlineLike, isKept, isProse, isSalutation, TIME_OF_DAY, toPieces, type Piece } from './pieces.ts';
import { findRepeats } from './repeats.ts';
import { dropSecondLanguageVersion } from './second-language.ts';
import { SCRIPT_OWN_STOPS } from './sentence-stops.ts';
import { applyLineModel, lineFeatures, type FeatureLog, type TextDumpModel } from './learned.ts';
import { LEARNED_MODEL } from './learned-weights.ts';
import { dropLabelsOverDroppedLines, keepStorySpan, restoreEntryStamps, stopWordsFor } from './score.ts';
import { alignSiblingHeadings } from './siblings.ts';
import { bulletOf, dropLabelledBulletBoxes } from './summary-bullets.ts';
import { keepStoryTables, restoreTableRows } from './tables.ts';
import { readTranscriptTags } from './transcript.ts';
import type { TextBlock } from '../text.ts';
import { rebuildStory, NO_OVERRIDES, type CleanedUnit } from './review.ts';
import { copyrightHolder, findSiteName } from './site.ts';
import { fallbackTitle, findDeck, findTitlePiece, PATH_SEPARATOR, readFileName, sharesTerm, splitTitleLine, type FileNameHint } from './title.ts';

/** A block of the story: a paragraph, or a subheading that the stored HTML marks as h2 or h3. */
export type StoryBlock = TextBlock;

export interface CleanedDump {
  title: string;
  byline: string | null;
  /** A closing "Jane Doe is a senior correspondent covering …" paragraph, kept out of the story. */
  bylineBio: string | null;
  siteName: string | null;
  /** ISO 8601: 'YYYY-MM-DD', or a full date-time when the page gives a time. */
  publishedAt: string | null;
  /** A best guess at the BCP 47 primary language tag ('en', 'tr', 'ar', 'he'), or null. */
  lang: string | null;
  dir: Direction;
  /** The story's blocks' text, in order (the same as `blocks`, without the kinds). */
  paragraphs: string[];
  blocks: StoryBlock[];
  /** Every dropped line and the rule that dropped it, in page order. */
  removed: Array<{ line: string; rule: string }>;
  /** Every paragraph unit of the copy, in page order, with the call made on it: what a review shows and overrules. */
  units: CleanedUnit[];
}

export type TextDumpResult = { ok: true; article: CleanedDump } | { ok: false; reason: string };

export const EMPTY_TEXT = 'The text is empty.';
export const NO_ARTICLE_TEXT = 'No article text was found: every line looks like page navigation or boilerplate.';

/** Fewest words in a bio's subject that stands as the byline: one capitalised word opening "… is …" is a sentence's first word ("This is not an official record"). */
const MIN_BIO_SUBJECT_WORDS = 2;

/** Whether a bio's subject is a full name, a given and a family name, and so may stand as the byline. */
function namesInFull(subject: string): boolean {
  return subject.split(/\s+/u).length >= MIN_BIO_SUBJECT_WORDS;
}

/** Paragraphs at the end of a text that may form the author bio. */
const MAX_BIO_PARAGRAPHS = 2;
/** Lines that may stand between the author bio and the page's end: the outlet's note, its appeal for support. */
const MAX_LINES_UNDER_BIO = 2;

/** Who wrote the story and when, as the page states it. */
interface Metadata {
  byline: Byline | null;
  date: FoundDate | null;
}

/** A date labelled as published beats an unlabelled one, which beats one labelled as updated. */
const DATE_PREFERENCE = ['published', 'plain', 'updated'] as const;

/** Marks metadata lines and single furniture lines; returns the metadata read, by piece. */
function markLines(pieces: readonly Piece[], fold: (text: string) => string, dayFirst: boolean): Map<number, MetaLine> {
  const metadata = new Map<number, MetaLine>();
  for (const piece of pieces) {
    const rule = matchFurniture(piece);
    // A wire's credits name every reporter and where each was; they are read whole, as credits.
    const meta = piece.words <= MAX_META_WORDS && rule?.name !== 'wire-credits' ? readMetaLine(piece.text, fold, { dayFirst }) : null;
    if (meta) {
      metadata.set(piece.index, meta);
      drop(piece, 'metadata');
    } else if (rule) {
      drop(piece, rule.name);
    }
  }
  return metadata;
}

/** Buttons of a share bar above a line that make the line the bar's last button. */
const MIN_SHARE_BAR_BUTTONS = 2;
/** Most words in a share bar's button. */
const MAX_BUTTON_WORDS = 3;

/**
 * A short line under a share bar's buttons is the bar's last button in words the share rule does not know ("העתקת
 * קישור", copy the link), not a name at the story's head, unless a job line under it makes it an author's card.
 */
function dropShareBarTails(pieces: readonly Piece[]): void {
  for (const piece of pieces) {
    const buttons = pieces.slice(Math.max(0, piece.index - MIN_SHARE_BAR_BUTTONS), piece.index);
    const underBar = buttons.length === MIN_SHARE_BAR_BUTTONS && buttons.every((button) => button.removedBy === 'share-bar');
    // A name over its job under the bar is the author's card ("Tom Ashby" / "Environment reporter").
    const overJob = pieces[piece.index + 1] !== undefined && isRoleLine(pieces[piece.index + 1]!.text, true);
    if (underBar && !overJob && isKept(piece) && piece.words <= MAX_BUTTON_WORDS && !/\p{Nd}/u.test(piece.text) && !endsSentence(piece.text)) drop(piece, 'share-bar');
  }
}

/** Longest place name in a byline's dateline ("Langreo", "Rio de Janeiro"), in words. */
const MAX_PLACE_WORDS = 3;

/**
 * Whether a date line is the next line from `index` in direction `step`,
 * passing over one badge line (a view count) or, going down, one place name.
 */
function dateNear(pieces: readonly Piece[], metadata: ReadonlyMap<number, MetaLine>, index: number, step: -1 | 1): boolean {
  for (let i = index + step, passed = 0; i >= 0 && i < pieces.length && passed <= 1; i += step, passed++) {
    const piece = pieces[i]!;
    if (metadata.get(i)?.date && piece.removedBy === 'metadata') return true;
    const place = step === 1 && piece.words <= MAX_PLACE_WORDS && /^\p{Lu}/u.test(piece.text) && !new RegExp(`[.!?:${SCRIPT_OWN_STOPS}]$`, 'u').test(piece.text);
    if (isKept(piece) && !place) return false;
  }
  return false;
}

/** Separators opening or closing a line of fields. */
const OUTER_SEPARATORS = /^[\s|·•–—-]+|[\s|·•–—-]+$/gu;

/**
 * "Al Ofoq - Omar Sharif", "Reuters | Jane Doe": the outlet and the author on
 * one line. The outlet is the part the page prints elsewhere too (its header,
 * a source line, the copyright); the other part must read as a name.
 */
function outletAndName(piece: Piece, pieces: readonly Piece[]): Byline | null {
  // A separator may close the line as well as part it: "Jane Doe · The Ledger ·".
  const unclosed = (text: string) => text.replace(OUTER_SEPARATORS, '');
  const parts = unclosed(piece.folded).split(/\s+[|·•–—-]\s+/u);
  if (parts.length !== 2) return null;
  const originals = unclosed(piece.text).split(/\s+[|·•–—-]\s+/u);
  for (const [outlet, person] of [[0, 1], [1, 0]] as const) {
    const printedElsewhere = parts[outlet]!.length >= 3 && pieces.some((other) => other.index !== piece.index && other.folded.includes(parts[outlet]!));
    const name = printedElsewhere ? parseByline(originals[person]!) : null;
    if (name) return name;
  }
  return null;
}

/** What tells a person's name from a label on this page: its ordinary (lower-case) words and its language. */
interface NameEvidence {
  ordinaryWords: ReadonlySet<string>;
  lang: string | null;
}

/** Whether a byline may stand: a label or a job says so, or else every name passes the person-name test ("Latest News", "Container Terminal" do not). */
function namesPeople(byline: Byline, names: NameEvidence): boolean {
  return byline.explicit || byline.names.every((name) => isPersonName(name, names.ordinaryWords, names.lang));
}

/** The next piece after `index` still kept. */
function nextKept(pieces: readonly Piece[], index: number): Piece | undefined {
  for (let i = index + 1; i < pieces.length; i++) if (isKept(pieces[i]!)) return pieces[i];
  return undefined;
}

/** Letters a user name shares with the start of one of its owner's names: "tomas_r" under "Tomás Reyes", "@dana.levi" under "Dana Levi". */
const HANDLE_NAME_PREFIX = 3;

/** Letters only, lower case and without accents, for comparing a user name with a name. */
function plainLetters(text: string): string {
  return text.normalize('NFD').replace(/[^\p{L}]/gu, '').toLowerCase();
}

/** Whether `line` is the user name of the person named `name`, as forums and social posts print it under the display name. */
function isHandleOf(line: string, name: string): boolean {
  const handle = line.startsWith('@') ? line.slice(1) : userHandle(line);
  if (!handle || !/^[\p{L}\p{N}._@-]+$/u.test(handle)) return false;
  const start = plainLetters(handle).slice(0, HANDLE_NAME_PREFIX);
  return start.length === HANDLE_NAME_PREFIX && name.split(/\s+/u).some((word) => plainLetters(word).startsWith(start));
}

/** Two numbers and one word: a range of minutes in any language ("9–11 minutes", "۶ تا ۸ دقیقه", "4-6 Minuten"). */
const NUMBER_RANGE_AND_WORD = /^(\p{Nd}{1,2})\s*(?:[–—-]|\p{L}{1,3})\s*(\p{Nd}{1,2})\s+\p{L}+\.?$/u;

/**
 * Whether `text` is a reading time given as a range, as reader views estimate it: the range grows ("9–11"), which a
 * score line ("12 – 9 Vellmar") need not; the numbers are read in any script's digits.
 */
function isReadingTimeRange(text: string): boolean {
  const range = NUMBER_RANGE_AND_WORD.exec(text);
  return range !== null && Number(asciiDigits(range[1]!)) < Number(asciiDigits(range[2]!));
}

/** Most words in a profile's headline under its owner's name. */
const MAX_PROFILE_HEADLINE_WORDS = 15;

/** A profile's headline: jobs and interests in parts between bars ("Head of Operations at FrostRoute | Cold chain"), no sentence. */
function isProfileHeadline(piece: Piece): boolean {
  return piece.words <= MAX_PROFILE_HEADLINE_WORDS && !endsSentence(piece.text) && piece.text.split(/\s+[|·•]\s+/u).length >= 2;
}

/** Lines right above a name that make it one item of a menu when each is a menu item's few words. */
const MENU_LINES_ABOVE = 2;
/** Most words in a menu item. */
const MAX_MENU_ITEM_WORDS = 3;

/** Whether the lines right above `piece` are menu items: a few words each, no number, no sentence. */
function underMenuLines(pieces: readonly Piece[], piece: Piece): boolean {
  const above = pieces.slice(Math.max(0, piece.index - MENU_LINES_ABOVE), piece.index);
  return above.length === MENU_LINES_ABOVE && above.every((line) => line.words <= MAX_MENU_ITEM_WORDS && !/\p{Nd}/u.test(line.text) && !endsSentence(line.text));
}

/**
 * A bare name ("Marta Kowal") is a byline when it sits right next to a date
 * line, or right above a reading time, a time of day, a follow button or a line that only gives a job ("Northshire reporter";
 * with a date under it, also a one-word job or a profile's headline),
 * before the story's second long paragraph and below some headline-like line (so that a short
 * headline above a date is not taken for a name). A job line goes with it.
 */
function bareNameByline(pieces: readonly Piece[], metadata: Map<number, MetaLine>, names: NameEvidence): { byline: Byline; index: number } | null {
  // A standfirst long enough to look like the story's first paragraph may stand above the author card.
  const first = firstBody(pieces);
  const second = first && pieces.find((piece) => piece.index > first.index && isKept(piece) && isProse(piece, 20));
  const storyStart = second?.index ?? first?.index ?? pieces.length;
  let headlineSeen = false;
  // The last two lines kept: a standfirst may stand between the headline and the name.
  let previousKept: readonly Piece[] = [];
  for (const piece of pieces.slice(0, storyStart)) {
    if (!isKept(piece)) continue;
    const next = pieces[piece.index + 1];
    // A display name over its own user name is a poster's card wherever it stands, above a post's title or with none.
    const overOwnHandle = next !== undefined && isHandleOf(next.text, piece.text);
    const read = headlineSeen || overOwnHandle ? (parseByline(piece.text) ?? outletAndName(piece, pieces)) : null;
    const byline = read && namesPeople(read, names) ? read : null;
    // The name alone between the headline (or its standfirst) and the first paragraph, passing the tests a person's name must pass.
    const atStoryHead = first !== undefined && nextKept(pieces, piece.index) === first && previousKept.some((line) => isHeadlineLike(line)) && isPersonName(piece.text, names.ordinaryWords, names.lang);
    previousKept = [...previousKept.slice(-1), piece];
    // A label on its own line ("Автор:", "By") says the names under it are the byline, whatever they look like.
    const labelAbove = read !== null && piece.index > 0 && isLoneBylineLabel(pieces[piece.index - 1]!.text);
    if (labelAbove) {
      drop(piece, 'metadata');
      return { byline: { ...read, explicit: true }, index: piece.index };
    }
    const besideDate = dateNear(pieces, metadata, piece.index, -1) || dateNear(pieces, metadata, piece.index, 1);
    // An author card: the name above a reading time, a time of day, a follow button, the user name or a bio opening with the name.
    const overOwnBio = next !== undefined && isKept(next) && isAuthorBio(next.text, [piece.text]);
    // A menu item over the menu's "Follow" or "Join us" link is no card: two short menu lines stand right above it.
    const overFollowLink = next?.removedBy === 'social-link' && !underMenuLines(pieces, piece);
    const aboveCardLine = overOwnHandle || overOwnBio || next?.removedBy === 'reading-time' || (next !== undefined && isReadingTimeRange(next.text)) || overFollowLink || (next !== undefined && TIME_OF_DAY.test(next.text));
    const role = pieces[piece.index + 1];
    // A one-word job ("Обозреватель") counts only with a date right under it; alone it is more often a menu item.
    const aboveRole =
      role !== undefined &&
      (isKept(role) || (role.removedBy === 'metadata' && !metadata.get(role.index)?.date)) &&
      (isRoleLine(role.text) || ((isRoleLine(role.text, true) || isProfileHeadline(role)) && dateNear(pieces, metadata, role.index, 1)));
    // The outlet's name from the page header, printed again beside the date, is a source line, not an author.
    if (read && !byline && besideDate && pieces.some((other) => other.index < piece.index && other.folded === piece.folded)) drop(piece, 'metadata');
    if (byline && (atStoryHead || besideDate || aboveRole || aboveCardLine)) {
      drop(piece, 'metadata');
      if (overOwnBio) drop(next, 'author-bio');
      if (!aboveRole) return { byline, index: piece.index };
      drop(role, 'metadata');
      // Under the name, a job line that reads as "Name, Job" ("Senior Analyst, Energy Research") is the job, not a second byline.
      metadata.delete(role.index);
      return { byline: joinBylines([byline, ...coauthorCards(pieces, role.index + 1, names)]), index: piece.index };
    }
    headlineSeen ||= isHeadlineLike(piece);
  }
  return null;
}

/** Most co-authors' cards read after the first. */
const MAX_COAUTHOR_CARDS = 5;

/**
 * The co-authors' cards from `from` on, each a name over a line that only gives a job, as the first author's
 * card is ("Eleanor Saks" / "Research Fellow", "Rahim Qadir" / "Associate Fellow"). Their lines are dropped as metadata.
 */
function coauthorCards(pieces: readonly Piece[], from: number, names: NameEvidence): Byline[] {
  const cards: Byline[] = [];
  for (let at = from; cards.length < MAX_COAUTHOR_CARDS; at += 2) {
    const name = pieces[at];
    const role = pieces[at + 1];
    if (!name || !role || !isKept(name) || !isKept(role) || !isRoleLine(role.text, true)) break;
    const read = parseByline(name.text);
    if (!read || !namesPeople(read, names)) break;
    drop(name, 'metadata');
    drop(role, 'metadata');
    cards.push(read);
  }
  return cards;
}

/** Most words in one person's bare name standing above the headline. */
const MAX_NAME_WORDS_ABOVE_TITLE = 3;

/** The words of a name, in any order, for comparing "Comunicación Poder Judicial" with "Poder Judicial – Comunicación". */
function wordSet(text: string): string {
  return [...new Set(text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [])].sort().join(' ');
}

/** Fewest words in a byline read as the outlet's name: a person's two-word name may also be a newsletter's masthead. */
const MIN_OUTLET_WORDS = 3;

/** Lines above the headline that print a shorter name whole for it to be the outlet's: its header and its feed's label. */
const MIN_SHORT_OUTLET_LINES = 2;

/**
 * Whether a byline only repeats the outlet's name from the page header above the headline (a press office, an agency):
 * no person wrote it. A name of two words may be a person's that a newsletter's masthead prints once; printed on two
 * lines of the header ("Polizeipräsidium Wendtal" over its follow button and again over the headline), it is the outlet's.
 */
function namesOutlet(byline: Byline, pieces: readonly Piece[], titleIndex: number | null): boolean {
  const words = wordSet(byline.names.join(' '));
  const head = pieces.slice(0, titleIndex ?? 0);
  const printed = head.filter((piece) => piece.removedBy !== 'metadata' && wordSet(piece.text) === words).length;
  // Printed alone and again as a step of the page's path ("Media centre / Press releases"), it is a section of the site.
  const pathStep = head.some((piece) => {
    const steps = piece.text.split(PATH_SEPARATOR);
    return steps.length > 1 && steps.some((step) => wordSet(step) === words);
  });
  return printed >= (words.split(' ').length < MIN_OUTLET_WORDS && !pathStep ? MIN_SHORT_OUTLET_LINES : 1);
}

/** Whether `piece` says how long ago something was posted ("6 hr. ago", "il y a 3 h"). */
function isRelativeTime(piece: Piece | undefined): boolean {
  return piece !== undefined && matchFurniture(piece)?.name === 'relative-time';
}

/**
 * A forum's or a chat's poster: a user name alone on its line ("transitnerd_mk"),
 * next to how long ago the post went up, above the post's title.
 */
function forumPoster(pieces: readonly Piece[], titleIndex: number | null): Byline | null {
  for (const piece of pieces.slice(0, titleIndex ?? 0)) {
    const handle = userHandle(piece.text);
    if (handle && (isRelativeTime(pieces[piece.index - 1]) || isRelativeTime(pieces[piece.index + 1]))) return { names: [handle], explicit: false };
  }
  return null;
}

/**
 * A thread's first poster: a user name alone on its line between the thread's title and the first post (the post's
 * card), that the head also prints inside a longer line ("Thread starter Ghillie_Dave", "Iniciado por pesca_77").
 */
function threadStarter(pieces: readonly Piece[], titleIndex: number | null): Byline | null {
  const storyStart = firstBody(pieces)?.index ?? pieces.length;
  if (titleIndex === null || titleIndex >= storyStart) return null;
  const head = pieces.slice(0, storyStart);
  for (const piece of head.slice(titleIndex + 1)) {
    const handle = userHandle(piece.text);
    if (handle && head.some((other) => other.text !== piece.text && other.text.split(/\s+/u).includes(handle))) return { names: [handle], explicit: false };
  }
  return null;
}

/** Whether a word of `line` stands in another line of the page that does not repeat the line whole: a label's words recur ("Local Chapters", "عنصر الإعلان"), a name's seldom do. */
function wordsUsedElsewhere(pieces: readonly Piece[], line: Piece): boolean {
  const words = new Set(line.folded.split(/\s+/u));
  return pieces.some((piece) => piece !== line && !piece.folded.includes(line.folded) && piece.folded.split(/[^\p{L}\p{M}\p{N}]+/u).some((word) => words.has(word)));
}

/**
 * A bare name on the first line kept under the headline, before the story begins: where pages print the byline
 * when no label, date or job line marks it ("Tariq Mehmood" over its dateline's city and a share bar). It must read
 * as one person's name alone, and the line under it must not be another name (a list of columnists is a menu).
 */
function nameUnderTitle(pieces: readonly Piece[], titleIndex: number | null, names: NameEvidence): Byline | null {
  const first = firstBody(pieces);
  const under = titleIndex === null ? undefined : nextKept(pieces, titleIndex);
  if (!first || !under || under.index >= first.index) return null;
  const isName = (piece: Piece | undefined) => piece !== undefined && isPersonName(piece.text, names.ordinaryWords, names.lang);
  const read = isName(under) ? parseByline(under.text) : null;
  if (!read || read.names.length !== 1 || isName(nextKept(pieces, under.index)) || wordsUsedElsewhere(pieces, under)) return null;
  drop(under, 'metadata');
  return read;
}

/**
 * Authors' cards under the headline, before the story begins: each line a person's name, a comma and a job or a
 * department in words no list holds ("Ольга Сечина, отдел экологического просвещения", "Priya Raman, Plant
 * Pathologist" over "Tom Greaves, County Agent") over the date or the story. A place and what it is ("Ennerdale Water, the
 * most westerly of the lakes") stands there too: its name is the story's, which it names again, and what follows opens
 * with a stop word.
 */
function jobCardsUnderTitle(pieces: readonly Piece[], titleIndex: number | null, names: NameEvidence): Byline | null {
  const first = firstBody(pieces);
  if (titleIndex === null || !first) return null;
  const stops = stopWordsFor(names.lang);
  const cards: Array<{ piece: Piece; byline: Byline }> = [];
  for (const piece of pieces.slice(titleIndex + 1, first.index)) {
    if (!isKept(piece)) continue;
    const card = readNameAndJob(piece.text);
    const folded = card?.name.toLowerCase();
    const namedElsewhere = folded !== undefined && pieces.some((other) => other !== piece && other.folded.includes(folded));
    const jobOpensPhrase = card !== null && stops.has(card.job.split(/\s+/u)[0]!.toLowerCase());
    if (!card || namedElsewhere || jobOpensPhrase || !isPersonName(card.name, names.ordinaryWords, names.lang)) break;
    cards.push({ piece, byline: { names: [card.name], explicit: false } });
  }
  // The cards stand over the date or the story: an infobox's first row ("Location Halvorsfjord, Nordland, Norway") stands over more rows.
  const under = cards.length === 0 ? undefined : pieces[cards.at(-1)!.piece.index + 1];
  if (!under || (under !== first && under.removedBy !== 'metadata')) return null;
  for (const { piece } of cards) drop(piece, 'metadata');
  return joinBylines(cards.map(({ byline }) => byline));
}

/**
 * A labelled byline that runs on into its date and more on one line under the headline, which the metadata reader
 * does not take whole: "Rédigé par Jane Doe le vendredi 4 décembre 2026 à 19:42 | Lu 2 318 fois", "Von Jana Roth am
 * Freitag, 4. Dezember 2026, 19:42 Uhr | 3 Kommentare". The label opens it, a date follows, and it ends no sentence.
 */
function dropLabelledBylineDateLines(pieces: readonly Piece[], titleIndex: number | null, dates: DateOptions): void {
  const first = firstBody(pieces);
  if (titleIndex === null || !first) return;
  for (const piece of pieces.slice(titleIndex + 1, first.index)) {
    if (!isKept(piece) || piece.words > MAX_META_WORDS || endsSentence(piece.text)) continue;
    const date = findDate(piece.text, dates);
    if (date && date.start > 0 && parseByline(piece.text.slice(0, date.start).trim())?.explicit) drop(piece, 'metadata');
  }
}

/** Fewest words in a photo's caption. */
const MIN_CAPTION_WORDS = 3;

/** An agency and a person on a credit's line: "Ulusal Haber Ajansı / Aylin Karataş", "ΑΠΕ-ΜΠΕ / Μαρία Λάμπρου". */
const AGENCY_AND_PERSON = /^[^/:：]{2,60}\s?\/\s?([^/:：]{3,60})$/u;

/**
 * A line read as a photo credit, "Agency / Person", that stands right under the date line and over no caption:
 * there the agency and its reporter sign the story (a photo's credit goes with its picture and caption).
 */
function agencyReporterUnderDate(pieces: readonly Piece[], metadata: ReadonlyMap<number, MetaLine>, names: NameEvidence): Byline | null {
  const storyStart = firstBody(pieces)?.index ?? pieces.length;
  for (const piece of pieces.slice(1, storyStart)) {
    const person = piece.removedBy === 'photo-credit' ? AGENCY_AND_PERSON.exec(piece.text)?.[1]?.trim() : undefined;
    const next = pieces[piece.index + 1];
    // A caption says what the picture shows in a few words; a word or two under the credit is a button ("Share", "Abone Ol").
    const captionNext = next !== undefined && (next.removedBy === 'photo-caption' || isKept(next)) && !isProse(next) && next.words >= MIN_CAPTION_WORDS;
    if (!person || !metadata.get(piece.index - 1)?.date || captionNext) continue;
    const read = parseByline(person);
    if (read && read.names.length === 1 && isPersonName(read.names[0]!, names.ordinaryWords, names.lang)) return read;
  }
  return null;
}

/**
 * An author's card in the page's head, above the headline too: a person's name over a line that only gives a job
 * ("Олег Смирнов" / "Обозреватель"), with a date right above the name or right under the job. The card's lines go as metadata.
 */
function authorCardInHead(pieces: readonly Piece[], metadata: ReadonlyMap<number, MetaLine>, names: NameEvidence): Byline | null {
  const storyStart = firstBody(pieces)?.index ?? pieces.length;
  for (const piece of pieces.slice(0, storyStart)) {
    const role = pieces[piece.index + 1];
    if (!isKept(piece) || role === undefined || !isKept(role) || !isRoleLine(role.text, true)) continue;
    if (!dateNear(pieces, metadata, piece.index, -1) && !dateNear(pieces, metadata, role.index, 1)) continue;
    const read = parseByline(piece.text);
    if (!read || read.names.length !== 1 || !namesPeople(read, names)) continue;
    drop(piece, 'metadata');
    drop(role, 'metadata');
    return read;
  }
  return null;
}

/**
 * The byline and date, from the metadata lines that no block swallowed, in
 * page order. A labelled byline wins; then a bare name beside a date, but only
 * below the headline (above it, "World News | 2 March 2026" is a section);
 * then a bare name on its own line; then a wire's credits.
 */
function chooseMetadata(
  pieces: readonly Piece[],
  metadata: ReadonlyMap<number, MetaLine>,
  titleIndex: number | null,
  bareName: { byline: Byline; index: number } | null,
  names: NameEvidence,
): Metadata {
  // After the story, a name beside or over a telephone number or an address is a press contact's card, not the author's.
  const storyEnd = pieces.findLast((piece) => isKept(piece) && isProse(piece))?.index ?? pieces.length;
  // A reporter signs off with an e-mail address ("박서윤 기자 sy.park@…"); on the name's own line only a number or a web address is a contact's.
  const withoutMailAddress = (text: string) => text.split(/\s+/u).filter((word) => !word.includes('@')).join(' ');
  const contactCard = (index: number) => index > storyEnd && (ADVERTISER_CONTACT.test(withoutMailAddress(pieces[index]!.text)) || contactNear(pieces, index + 1, 0));
  const entries = [...metadata].filter(([index]) => pieces[index]!.removedBy === 'metadata' && !contactCard(index));
  const lines = entries.map(([, line]) => line);
  const storyStart = firstBody(pieces)?.index ?? pieces.length;
  // A labelled byline between the headline and the story is the story's own; one above the headline may be a forwarder's "From:".
  const underHeadline = entries.find(([index, line]) => line.byline?.explicit && titleIndex !== null && index > titleIndex && index < storyStart)?.[1].byline;
  let byline = underHeadline ?? lines.find((line) => line.byline?.explicit)?.byline ?? null;
  byline ??= entries.find(([index, line]) => line.byline && index > (titleIndex ?? -1) && namesPeople(line.byline, names))?.[1].byline ?? null;
  // Above the headline a short line is more often a label: without capitals any reads as a name ("بيان رسمي"),
  // and four capitalised words are more often a page's section ("Haftalık Basın Bilgilendirme Toplantısı") than one person.
  const above = bareName !== null && bareName.index < (titleIndex ?? -1);
  const labelLike = (name: Byline) => !name.names.some((one) => /\p{Lu}/u.test(one)) || name.names.some((one) => one.split(' ').length > MAX_NAME_WORDS_ABOVE_TITLE);
  const trusted = bareName && !(above && labelLike(bareName.byline));
  byline ??= trusted ? bareName.byline : null;
  if (byline && namesOutlet(byline, pieces, titleIndex)) byline = null;
  const wireCredits = pieces.find((piece) => piece.removedBy === 'wire-credits');
  byline ??= wireCredits ? readWireCredits(wireCredits.text) : null;
  byline ??= forumPoster(pieces, titleIndex);
  byline ??= threadStarter(pieces, titleIndex);
  byline ??= nameUnderTitle(pieces, titleIndex, names);
  byline ??= jobCardsUnderTitle(pieces, titleIndex, names);
  byline ??= agencyReporterUnderDate(pieces, metadata, names);
  byline ??= authorCardInHead(pieces, metadata, names);
  // Of dates of one kind, the one between the headline and the story is the article's; one above the headline is
  // often the page's own ("Saturday 6 December 2026" in the masthead), and one after the story a comment's.
  const underTitle = entries.filter(([index]) => titleIndex !== null && index > titleIndex && index < storyStart).map(([, line]) => line);
  let date: FoundDate | null = null;
  for (const kind of DATE_PREFERENCE) {
    const ofKind = (line: MetaLine) => line.date !== null && line.dateKind === kind;
    date ??= underTitle.find(ofKind)?.date ?? lines.find(ofKind)?.date ?? null;
  }
  return { byline, date };
}

/**
 * Rules for lines inside or under the story whose shape a headline may share: a quotation (a pull quote), two
 * sentences ending in a short one (a box's text over its button, "… wiosną. Trwają jazdy testowe").
 */
const HEADLINE_SHAPED_STORY_FURNITURE = new Set(['pull-quote', 'button-box']);

/**
 * A line right above the byline or date, or above a deck or standfirst right above them, before the story has begun, stands where
 * the headline stands: dropped for a pull quote (an interview's headline in quotes) or a button's box (a headline of
 * two sentences), it goes back into the text for the headline search.
 */
function restoreHeadlineOverMetadata(pieces: readonly Piece[]): void {
  const storyStart = firstBody(pieces)?.index ?? pieces.length;
  const isMetadata = (piece: Piece | undefined) => piece?.removedBy === 'metadata';
  for (const piece of pieces.slice(0, storyStart)) {
    const [next, afterNext] = [pieces[piece.index + 1], pieces[piece.index + 2]];
    // The deck may be a standfirst sentence ("After fleeing fighting in the north, families … one classroom at a time.").
    const overDeck = next !== undefined && isKept(next) && (isHeadlineLike(next) || endsSentence(next.text)) && isMetadata(afterNext);
    if (HEADLINE_SHAPED_STORY_FURNITURE.has(piece.removedBy ?? '') && (isMetadata(next) || overDeck)) piece.removedBy = null;
  }
}

/** The site named next to the headline: in a "Headline | Site" line above it, or after a separator in the headline line itself. */
function siteBesideTitle(pieces: readonly Piece[], titleIndex: number, title: string): string | null {
  for (const piece of pieces.slice(0, titleIndex)) {
    if (piece.text.startsWith(title) && piece.text !== title) {
      const rest = piece.text.slice(title.length).replace(/^\s*[|–—-]\s*/u, '').trim();
      if (rest !== '' && rest.split(' ').length <= 6) return rest;
    }
  }
  return null;
}

/** A line this long under the headline is a standfirst even without a full stop. */
const MIN_STANDFIRST_WORDS = 15;

/** Fewest words in a short opening sentence of the story ("Живу в панельной девятиэтажке, балкон открытый, зимой холодно."). */
const MIN_OPENING_WORDS = 8;

/** A short sentence set off by a blank line right above the story's first long paragraph opens the story; a label or badge is not a sentence. */
function opensStory(piece: Piece, pieces: readonly Piece[], storyStart: number): boolean {
  const between = pieces.slice(piece.index + 1, storyStart);
  return piece.afterGap && piece.words >= MIN_OPENING_WORDS && endsSentence(piece.text) && between.every((other) => !isKept(other) || isProse(other));
}

/**
 * Whether a short line between a short opening paragraph and the story's first long one heads the first section
 * ("… opened the briefing with an update." / "Mine clearance in the southern provinces" / "Teams cleared …"): it is
 * shaped like a subheading, the story heads sections further down, and it names a term of the paragraph it heads,
 * which a label or a button there ("Leggi dopo", "Teilen") does not.
 */
function headsFirstSection(piece: Piece, pieces: readonly Piece[], storyStart: number): boolean {
  const [above, under] = [pieces[piece.index - 1], pieces[storyStart]];
  if (piece.index + 1 !== storyStart || !under || !above || !isKept(above) || !isProse(above) || !isSubheadingShaped(piece)) return false;
  return sharesTerm(pieces, piece, under) && pieces.some((later) => later.index > storyStart && headsSection(pieces, later));
}

/**
 * A standfirst set between the headline and the byline or date ("The council's numbers add up. The assumptions under
 * them do not."): the line right under the headline, sentences of some length, with the metadata right under it; or null.
 * It stands in for a deck the headline rules did not find, short or full of names as it may be.
 */
function standfirstOverByline(pieces: readonly Piece[], titleIndex: number | null): number | null {
  if (titleIndex === null) return null;
  const [line, under] = [pieces[titleIndex + 1], pieces[titleIndex + 2]];
  const fits = line !== undefined && isKept(line) && line.words >= MIN_OPENING_WORDS && endsSentence(line.text) && under?.removedBy === 'metadata';
  return fits ? line.index : null;
}

/**
 * Drops what comes before the story: the page header above the headline,
 * and, between the headline and the first long paragraph, every line that is
 * not a sentence (labels, badges, "From:" lines). A standfirst, a greeting and a short opening sentence stay.
 */
function dropBeforeStory(pieces: readonly Piece[], titleIndex: number | null, deckIndex: number | null): void {
  const afterTitle = titleIndex ?? -1;
  const later = pieces.filter((piece) => isKept(piece) && piece.index > afterTitle);
  const storyStart = (later.find((piece) => isProse(piece, 20)) ?? later.find((piece) => isProse(piece)))?.index;
  for (const piece of pieces) {
    if (!isKept(piece)) continue;
    if (piece.index < afterTitle) drop(piece, 'page-header');
    else if (storyStart !== undefined && piece.index < storyStart && !isProse(piece) && piece.words < MIN_STANDFIRST_WORDS && piece.index !== deckIndex && !isSalutation(piece, storyStart) && !opensStory(piece, pieces, storyStart) && !headsFirstSection(piece, pieces, storyStart))
      drop(piece, 'before-story');
  }
}

/** Most lines between a headline and its second print for them to be the page's head: farther down, the second print closes the story. */
const MAX_HEAD_BETWEEN_PRINTS = 8;

/**
 * Drops what stands between the headline and its second print right over the story (a disclosure service's legal notice
 * and responsibility line, a newsletter's web-view links): the page prints the headline again where the story starts, so
 * the lines above it are the page's head, even a full sentence. The second print must stand a few lines down, with running
 * text right under it.
 */
function dropHeadBetweenHeadlinePrints(pieces: readonly Piece[], headline: Piece): void {
  const reprint = pieces.find((piece) => piece.index > headline.index && piece.removedBy === 'repeated-text' && piece.folded === headline.folded);
  const under = reprint && pieces[reprint.index + 1];
  if (!reprint || !under || !isKept(under) || !isProse(under) || reprint.index - headline.index > MAX_HEAD_BETWEEN_PRINTS + 1) return;
  for (const piece of pieces.slice(headline.index + 1, reprint.index)) if (isKept(piece)) drop(piece, 'before-story');
}

/**
 * Drops a bulleted line above the story when the line right under it opens with the same bullet and went as a line before
 * the story ("– Revenue up 12% –" kept as a deck over "– Guidance confirmed –"): the points of one list go together.
 */
function dropPointsOverDroppedPoints(pieces: readonly Piece[]): void {
  for (let index = pieces.length - 2; index >= 0; index--) {
    const [point, under] = [pieces[index]!, pieces[index + 1]!];
    const bullet = bulletOf(point);
    if (isKept(point) && bullet !== undefined && under.removedBy === 'before-story' && bulletOf(under) === bullet) drop(point, 'before-story');
  }
}

/** Rules that drop metadata rather than furniture: passing them does not mean the story has ended. */
const NOT_FURNITURE = new Set(['title', 'metadata', 'repeated-text']);

/** Furniture lines that set a short closing sentence apart from the story as a footer blurb. */
const FOOTER_RUN = 3;
/** Longest footer blurb, in words ("The Ledger is not responsible for the content of external sites."). */
const MAX_BLURB_WORDS = 40;
/** A field's name on its own line ("Story Source:", "Journal Reference:"): below the story, what follows it is the page's. */
const FIELD_NAME = /^\p{Lu}[\p{L}'’]*(?: [\p{L}'’]+){1,4}:$/u;
/** Furniture that belongs to a page's end; adverts, captions and related boxes also sit inside stories. */
const PAGE_END_RULES = new Set(['source-list', 'copyright', 'print-note', 'link-row', 'navigation', 'policy-link', 'newsletter', 'social-link', 'page-feedback', 'share-bar', 'tag-list', 'contact-line', 'bare-url']);

function isFurniture(piece: Piece): boolean {
  return piece.removedBy !== null && !NOT_FURNITURE.has(piece.removedBy);
}

/** Whether a line is only the name of one of the story's authors: under the story, it opens the author's card. */
function namesAuthor(piece: Piece, names: readonly string[]): boolean {
  const name = piece.text.replace(/\s+/gu, ' ').trim().toLowerCase();
  return names.some((author) => author.toLowerCase() === name);
}

/**
 * Whether a line alone above a short paragraph is the name that opens an author's card: the paragraph is a bio of
 * the same person, naming a job ("Rahim Qadir" / "Rahim Qadir is an Associate Fellow at …"), byline or not.
 */
function opensAuthorCard(piece: Piece, under: Piece): boolean {
  if (piece.index + 1 !== under.index || piece.words > MAX_PLACE_WORDS + 1 || under.words > MAX_BLURB_WORDS) return false;
  return bioSubject(under.text, true) === piece.text.replace(/\s+/gu, ' ').trim();
}

/**
 * The story's last long paragraph. A short one that ends the page behind at
 * least three furniture lines is a footer blurb instead, when those lines
 * include page-end furniture (share buttons, menus, a copyright line) or a
 * line that is not a sentence stands between it and the story; so is one under
 * a field's name ("Story Source:") or under the author's card (the byline's name
 * again, then the bio). A story's own closing paragraph after a mid-story related box stays.
 */
function lastStoryParagraph(pieces: readonly Piece[], names: readonly string[]): Piece | undefined {
  let candidate: Piece | undefined;
  let furniture = 0;
  let pageEnd = false;
  let notSentence = false;
  let fieldLabel = false;
  let authorCard = false;
  for (let i = pieces.length - 1; i >= 0; i--) {
    const piece = pieces[i]!;
    if (isFurniture(piece)) {
      furniture++;
      pageEnd ||= PAGE_END_RULES.has(piece.removedBy!);
    }
    if (!isKept(piece)) continue;
    if (!isProse(piece)) {
      // A line right above the candidate heads it (a subheading); it does not set it apart.
      notSentence ||= candidate !== undefined && !endsSentence(piece.text) && piece.index + 1 !== candidate.index;
      // A field's value stands right under its name; a lead-in above a list ("The new timetable:") introduces the story's own lines.
      fieldLabel ||= candidate !== undefined && FIELD_NAME.test(piece.text) && !pieces.slice(piece.index + 1, candidate.index).some(isKept);
      authorCard ||= candidate !== undefined && (namesAuthor(piece, names) || opensAuthorCard(piece, candidate));
      continue;
    }
    if (candidate && !((furniture >= FOOTER_RUN && (pageEnd || notSentence)) || fieldLabel || authorCard)) return candidate;
    // The candidate was a footer blurb: the paragraph above is judged the same way, as a bio under an author card may stand above a footer.
    if (piece.words > MAX_BLURB_WORDS) return piece;
    candidate = piece;
    furniture = 0;
    pageEnd = false;
    notSentence = false;
    fieldLabel = false;
    authorCard = false;
  }
  return candidate;
}

/** Furniture that sits inside a story (an inline link, an advert slot, a photo, a video, an appeal to readers): a closing sentence may follow it. */
const INSIDE_STORY_RULES = new Set(['related-link', 'advertisement', 'sponsor-line', 'photo-credit', 'photo-caption', 'pull-quote', 'media-control', 'site-promo', 'channel-promo']);

/** The names a closing bio may open with: each author's full name and, of a name of two words or more, the first ("Tom covers council …"). */
function bioOpenings(names: readonly string[]): string[] {
  return [...names, ...names.flatMap((name) => (name.includes(' ') ? [name.split(' ')[0]!] : []))];
}

/**
 * Drops the page footer. After the story's last long paragraph, closing
 * sentences may follow, but the first line that is not a sentence (a menu, a
 * heading, a label), or the first furniture line, starts the footer, which
 * runs to the end. An author bio there is left for `takeClosingBio`.
 */
function dropPageFooter(pieces: readonly Piece[], names: readonly string[]): void {
  const openings = bioOpenings(names);
  const lastProse = lastStoryParagraph(pieces, names);
  if (!lastProse) return;
  let inFooter = false;
  // Where the story first heads a section between two paragraphs, if it does: read once, not once a footer line.
  const firstSection = pieces.find((piece) => piece.index < lastProse.index && headsSection(pieces, piece))?.index;
  for (const piece of pieces.slice(lastProse.index + 1)) {
    if (!isKept(piece)) {
      inFooter ||= isFurniture(piece) && !INSIDE_STORY_RULES.has(piece.removedBy!);
      continue;
    }
    if (isAuthorBio(piece.text, openings)) continue;
    // The advert's own line under its label ("Anzeige" / "Webinar am 9. Dezember – jetzt anmelden") is the slot's, not the footer's start.
    if (!inFooter && pieces[piece.index - 1]?.removedBy === 'advertisement' && !endsSentence(piece.text)) {
      drop(piece, 'advertisement');
      continue;
    }
    // Right under the last paragraph a closing sentence may be two words ("Thank you.").
    const shortest = piece.index === lastProse.index + 1 ? 2 : 3;
    inFooter ||= !(endsSentence(piece.text) && piece.words >= shortest) && !(firstSection !== undefined && headsClosingSection(pieces, piece));
    if (inFooter) drop(piece, 'page-footer');
  }
}

/** Most words in the subheading of a story's short closing section. */
const MAX_CLOSING_HEADING_WORDS = 8;
/** Fewest words in the sentence under it. */
const MIN_CLOSING_SECTION_WORDS = 6;

/**
 * Whether a short line under the story's last long paragraph heads a short closing section ("What happens next" /
 * "Parliament is due to vote in February."): a few words with no stop, over a sentence of the story's that does not
 * speak to the reader (a footer's "Newsletter" / "Get our best stories every week." does). Only a story that has
 * subheadings between its paragraphs above has one (a box's "Zur Person" under an interview has none to follow).
 */
function headsClosingSection(pieces: readonly Piece[], piece: Piece): boolean {
  const under = pieces[piece.index + 1];
  return (
    isSubheadingShaped(piece) &&
    under !== undefined &&
    isKept(under) &&
    endsSentence(under.text) &&
    under.words >= MIN_CLOSING_SECTION_WORDS &&
    !READER_ADDRESS.test(under.folded)
  );
}

/** A few words with no stop, no question (an interview's) and no field label ("责任编辑：陈思远", "Source: …"). */
function isSubheadingShaped(piece: Piece): boolean {
  return isHeadlineLike(piece, MAX_CLOSING_HEADING_WORDS) && !/[:：|?？؟]/u.test(piece.text);
}

/** Whether a kept line heads a section of the story between two of its paragraphs: the story is one that uses subheadings. */
function headsSection(pieces: readonly Piece[], piece: Piece): boolean {
  const [above, under] = [pieces[piece.index - 1], pieces[piece.index + 1]];
  return isKept(piece) && isSubheadingShaped(piece) && [above, under].every((next) => next !== undefined && isKept(next) && isProse(next));
}

/** Lines of a contact's card under the story: a label, the name with the office, the telephone. */
const CONTACT_CARD_LINES = 2;

/** Whether `index`'s line or one of the `below` lines under it gives a telephone number, a web or an e-mail address. */
function contactNear(pieces: readonly Piece[], index: number, below: number): boolean {
  return pieces.slice(index, index + 1 + below).some((piece) => ADVERTISER_CONTACT.test(piece.text));
}

/** A line in capitals throughout, as some papers print the reporter's signature ("HOÀNG MINH TUẤN", "MAGDALENA NOWAK"). */
function inCapitals(text: string): boolean {
  return /\p{Lu}/u.test(text) && !/\p{Ll}/u.test(text);
}

/** A line in capitals written as names are cased ("Hoàng Minh Tuấn"), for the tests a name in capitals would fail on its shape alone. */
function casedAsName(text: string): string {
  return text.replace(/\p{Lu}[\p{Lu}\p{M}]*/gu, (word) => word[0]! + word.slice(1).toLowerCase());
}

/** A Chinese or Japanese reporter's name alone in brackets, maybe after the word for reporter: "（山本美咲）", "（记者 王明远）". */
const BRACKETED_HAN_SIGNATURE = /^[（(]\s*(?:(?:本报|本報)?(?:记者|記者)\s*)?(\p{Script=Han}{1,3}[\s\u3000]?\p{Script=Han}{1,3})\s*[）)]$/u;
/** What a news agency's or a paper's name ends in, or is, in Chinese and Japanese: "新华社", "东海日报", "共同", "時事". */
const HAN_OUTLET = /(?:社|新聞|新闻|日報|日报|晚报|晩報|時報|时报|通信|電視台|电视台|放送|共同|時事)$/u;

/**
 * A name alone on the line right under the story's last paragraph, where
 * some sites sign their stories ("Ngọc Lan", "HOÀNG MINH TUẤN"), read once the footer is dropped;
 * only in a cased script, where a name is told by its capitals, and only if it reads as a person's name.
 * A signature in capitals is kept as printed; there the short line in capitals was taken for a section's label.
 */
function closingSignature(pieces: readonly Piece[], names: NameEvidence): Byline | null {
  const kept = pieces.filter(isKept);
  const last = kept[kept.length - 1];
  const next = last && pieces[last.index + 1];
  const capitals = next !== undefined && inCapitals(next.text);
  if (!next || !(next.removedBy === 'page-footer' || (capitals && next.removedBy === 'section-label'))) return null;
  // Where blank lines part the blocks, a signature is set apart; a line held to the story's last paragraph is a link under it ("Ver Documento").
  if (!next.afterGap && pieces.some((piece) => piece.afterGap)) return null;
  // A label over a contact's name and number ("Ihre Ansprechpartnerin") names whom to call, not who wrote.
  if (contactNear(pieces, next.index, CONTACT_CARD_LINES)) return null;
  // Japanese and Chinese papers sign with the reporter's name in brackets; an agency or a paper stands there too.
  const bracketed = BRACKETED_HAN_SIGNATURE.exec(next.text.trim())?.[1];
  if (bracketed !== undefined) return HAN_OUTLET.test(bracketed) ? null : { names: [bracketed], explicit: false };
  // In a script without capitals any short line reads as a name; there the signature is left alone.
  const name = /\p{Lu}/u.test(next.text) ? parseByline(capitals ? casedAsName(next.text) : next.text) : null;
  // A box's heading stands there too ("Uyarı Seviyeleri Hakkında", "Related Topics"): its words are the page's ordinary
  // words, or stand in its other lines, as a name's seldom do.
  if (!name || name.explicit || !namesPeople(name, names) || wordsUsedElsewhere(pieces, next)) return null;
  if (!capitals) return name;
  return name.names.length === 1 ? { names: [next.text.trim()], explicit: false } : null;
}

/** Takes the paragraph under each "About the author" heading as bio; returns the bio and the person it is about. */
function takeBioUnderHeading(pieces: readonly Piece[]): { bio: string[]; subject: string | null } {
  const bio: string[] = [];
  let subject: string | null = null;
  for (const heading of pieces) {
    if (heading.removedBy !== 'about-author-heading') continue;
    let next = pieces.find((piece) => piece.index > heading.index && isKept(piece));
    // An author box may print the name on its own line above the bio.
    const name = next && next.words <= 4 ? parseByline(next.text) : null;
    if (next && name) {
      drop(next, 'author-bio');
      subject ??= name.names[0] ?? null;
      next = pieces.find((piece) => piece.index > heading.index && isKept(piece));
    }
    if (next) {
      drop(next, 'author-bio');
      bio.push(next.text);
      subject ??= bioSubject(next.text);
    }
  }
  return { bio, subject };
}

/**
 * Whether a short closing paragraph is a note about the author ("Orla McNeese's first collection … is forthcoming",
 * "Le premier recueil d'Orla McNeese paraîtra …"): it names an author in full, and the story above never does.
 */
function isAuthorNote(piece: Piece, names: readonly string[], story: readonly Piece[]): boolean {
  if (piece.words > MAX_BLURB_WORDS) return false;
  return names.some((name) => name.includes(' ') && piece.text.includes(name) && !story.some((other) => other !== piece && other.text.includes(name)));
}

/** Longest bio, in words, under an author's name at the story's end. */
const MAX_CARD_BIO_WORDS = 60;

/**
 * The author's card under the story, where charities' and associations' pages sign their updates: the name alone on
 * a line right under a paragraph, over a short bio opening with that name or its given name ("Ruth Okafor" / "Ruth is
 * Wellspring's programme officer …"), with no long paragraph after them. A person the story names (a profile's
 * subject over a last paragraph about her) is not its author. Both lines leave the story; returns the name and the bio.
 */
function authorCardUnderStory(pieces: readonly Piece[], names: NameEvidence): { byline: Byline; bio: string } | null {
  const kept = pieces.filter(isKept);
  // No long paragraph after the bio: the card is one of the last lines, so the search starts at the last long paragraph.
  const lastLong = kept.findLastIndex((piece) => isProse(piece, 20));
  for (let i = Math.max(1, lastLong - 1); i < kept.length - 1; i++) {
    const [above, card, bio] = [kept[i - 1]!, kept[i]!, kept[i + 1]!];
    if (!isProse(above) || bio.words > MAX_CARD_BIO_WORDS) continue;
    const read = isPersonName(card.text, names.ordinaryWords, names.lang) ? parseByline(card.text) : null;
    if (!read || read.names.length !== 1 || !isAuthorBio(bio.text, bioOpenings(read.names))) continue;
    if (kept.some((other) => other !== card && other !== bio && other.folded.includes(card.folded))) continue;
    drop(card, 'metadata');
    drop(bio, 'author-bio');
    return { byline: read, bio: bio.text };
  }
  return null;
}

/**
 * Takes closing bio paragraphs about the author out of the story. With no
 * byline, a closing paragraph that opens "Name is a …" and names a job is a
 * bio too, and names the author.
 */
function takeClosingBio(pieces: readonly Piece[], names: readonly string[]): { bio: string[]; subject: string | null } {
  const kept = pieces.filter(isKept);
  const last = kept[kept.length - 1];
  if (names.length === 0) {
    const subject = kept.length > 1 && last ? bioSubject(last.text, true) : null;
    if (!subject || !last) return { bio: [], subject: null };
    drop(last, 'author-bio');
    return { bio: [last.text], subject };
  }
  const bio: string[] = [];
  // The outlet's note or appeal may stand under the bio ("The Courier is a nonprofit newsroom …"): the bio opening on
  // the author's name is looked for above them; the rules for notes and footers judge the lines under it.
  const openings = bioOpenings(names);
  const lastBio = kept.findLastIndex((piece, i) => i >= kept.length - 1 - MAX_LINES_UNDER_BIO && isAuthorBio(piece.text, openings));
  for (let i = lastBio >= 0 ? lastBio : kept.length - 1; i > 0 && bio.length < MAX_BIO_PARAGRAPHS; i--) {
    const piece = kept[i]!;
    if (!isAuthorBio(piece.text, openings) && !isAuthorNote(piece, names, kept)) break;
    drop(piece, 'author-bio');
    bio.unshift(piece.text);
  }
  return { bio, subject: null };
}

/** How to clean: what the file was called, which model decides, and where to log the features it decides on. */
export interface CleanOptions {
  /** The saved file's name, which helps find the headline and the site ("Harbour strike ends - The Coastal Ledger.txt"). */
  fileName?: string;
  /** The learned weights; `RULES_ONLY` runs the hand-set rules alone. Defaults to the weights learned from the corpus. */
  model?: TextDumpModel;
  /** Filled with each title candidate's and each line's features (the trainer reads them). */
  log?: FeatureLog;
}

/**
 * Cleans a plain-text copy of a web page into its article. The rules mark
 * furniture and metadata; models learned from the corpus then pick the
 * headline and, where they beat the rules, make the final call on each line.
 *
 * Returns `ok: false` with a reason a person can act on when the text is
 * empty or holds nothing but page furniture.
 */
export function cleanTextDump(input: string, options: CleanOptions = {}): TextDumpResult {
  const model = options.model ?? LEARNED_MODEL;
  const lines = normalizeLines(input);
  if (lines.every((line) => line === '')) return { ok: false, reason: EMPTY_TEXT };
  const units = rebuildParagraphs(lines);
  const allText = units.map((unit) => unit.text).join('\n');
  const { lang, dir } = guessLanguage(allText);
  const fold = caseFolder(lang);
  const pieces = toPieces(units, fold);

  const dayFirst = prefersDayFirst(allText, lang);
  const metadata = markLines(pieces, fold, dayFirst);
  dropShareBarTails(pieces);
  restoreTableRows(pieces);
  const sectionHeads = dropContentsLists(pieces);
  dropRelatedBlocks(pieces);
  dropSummaryBoxes(pieces);
  dropLabelledBulletBoxes(pieces);
  dropFactBoxes(pieces);
  dropLabelledFactLists(pieces, stopWordsFor(lang));
  dropTriviaBoxes(pieces);
  dropAdvertText(pieces);
  dropCaptionsAboveCredits(pieces);
  dropCaptionsBelowCredits(pieces);
  dropCaptionsBelowLabels(pieces);
  dropCaptionsClosedByPhotographer(pieces);
  dropTemplatedCaptions(pieces);
  dropCommentsSection(pieces);
  dropFeedbackPolls(pieces);
  dropAfterStoryEnd(pieces);
  dropSourceLists(pieces);
  dropChannelPromosNamingSite(pieces);
  dropChannelInvites(pieces);
  dropLabelledFields(pieces);
  dropReadAlsoLinks(pieces);
  dropButtonBoxes(pieces);
  restoreUnrepeatedQuotes(pieces);
  readTranscriptTags(pieces);
  const names: NameEvidence = { ordinaryWords: lowerCaseWords(allText), lang };
  const bareName = bareNameByline(pieces, metadata, names);

  const hint: FileNameHint | null = options.fileName ? readFileName(options.fileName) : null;
  restoreHeadlineOverMetadata(pieces);
  const titleIndex = findTitlePiece(pieces, hint, model.title, options.log?.titleCandidates);
  const { byline: foundByline, date } = chooseMetadata(pieces, metadata, titleIndex, bareName, names);
  const knownSites = [hint?.site, ...pieces.filter((piece) => piece.removedBy === 'copyright').map((piece) => copyrightHolder(piece.text))].filter(
    (site): site is string => Boolean(site),
  );
  const titleLine = titleIndex === null ? null : splitTitleLine(pieces[titleIndex]!.text, knownSites);
  if (titleIndex !== null) drop(pieces[titleIndex]!, 'title');
  // The headline printed again (a video player's title over the article's) is the headline, whichever copy was chosen.
  const headline = titleIndex === null ? undefined : pieces[titleIndex];
  for (const piece of pieces) if (headline && isKept(piece) && piece.folded === headline.folded) drop(piece, 'repeated-text');
  if (headline) dropHeadBetweenHeadlinePrints(pieces, headline);
  const namedSite = hint?.site ?? titleLine?.site ?? (titleLine && titleIndex !== null ? siteBesideTitle(pieces, titleIndex, titleLine.title) : null);

  if (titleIndex !== null) dropForumReplies(pieces, pieces[titleIndex]!);
  dropLabelledBylineDateLines(pieces, titleIndex, { dayFirst });
  const deckIndex = findDeck(pieces, titleIndex) ?? standfirstOverByline(pieces, titleIndex);
  dropBeforeStory(pieces, titleIndex, deckIndex);
  dropPointsOverDroppedPoints(pieces);
  const stamps = restoreEntryStamps(pieces, titleIndex);
  const kept = pieces.filter(isKept);
  for (const index of findRepeats(kept.map((piece) => piece.text), fold)) drop(kept[index]!, 'repeated-text');
  const underHeading = takeBioUnderHeading(pieces);
  const closingCard = foundByline || underHeading.subject ? null : authorCardUnderStory(pieces, names);
  const authorNames = foundByline?.names ?? (underHeading.subject ? [underHeading.subject] : (closingCard?.byline.names ?? []));
  dropPageFooter(pieces, authorNames);
  const signature = foundByline ? null : closingSignature(pieces, names);
  const closing = takeClosingBio(pieces, authorNames);
  dropOutletNotes(pieces);
  const headings = keepStorySpan(pieces, lang, titleIndex, { deckIndex, stamps, sectionHeads });
  alignSiblingHeadings(pieces, headings);
  dropBoxClosingLinks(pieces, headings);
  keepStoryTables(pieces, headings);
  dropLabelsOverDroppedLines(pieces, headings);
  dropAsidesToReader(pieces);
  dropGlossaries(pieces);
  dropSecondLanguageVersion(pieces, lang);
  dropPageNotes(pieces);
  const rows = model.line || model.heading || options.log ? lineFeatures(pieces, lang, titleIndex, headings) : [];
  options.log?.lines.push(...rows);
  applyLineModel(pieces, rows, titleIndex, model, headings);
  const bio = [...underHeading.bio, ...(closingCard ? [closingCard.bio] : []), ...closing.bio];
  const subject = underHeading.subject ?? closing.subject;

  const calls = pieces.map((piece): CleanedUnit => ({ text: piece.text, kept: isKept(piece) ? (headings.get(piece.index) ?? 'paragraph') : null, rule: piece.removedBy }));
  const story = rebuildStory(calls, NO_OVERRIDES);
  if (!story.ok) return { ok: false, reason: NO_ARTICLE_TEXT };
  const { blocks } = story;
  const paragraphs = blocks.map((block) => block.text);
  // The names are joined here, where the article's language is known: "Claire Dubois et Marc Lefèvre", not an English "and".
  const authors = foundByline?.names ?? (subject && namesInFull(subject) ? [subject] : null) ?? closingCard?.byline.names ?? signature?.names ?? null;
  const byline = authors ? joinAuthors(authors, lang) : null;
  return {
    ok: true,
    article: {
      title: titleLine?.title ?? fallbackTitle(hint, paragraphs[0]),
      byline,
      bylineBio: bio.length > 0 ? bio.join(' ') : null,
      siteName: findSiteName({ pieces, titleIndex, namedSite, authors: byline ? [byline, ...(foundByline?.names ?? [])] : [] }),
      publishedAt: date?.iso ?? null,
      lang,
      dir,
      paragraphs,
      blocks,
      removed: pieces.flatMap((piece) => (piece.removedBy === null ? [] : [{ line: piece.text, rule: piece.removedBy }])),
      units: calls,
    },
  };
}
