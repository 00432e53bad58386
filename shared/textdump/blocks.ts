/**
 * Furniture that spans several lines and is known by its structure: a block
 * of links to other stories under a "Related" heading, a comments section
 * below the story, a caption beside its credit or under its label, the value
 * under a field name.
 */
import { isRoleLine, parseByline } from './byline.ts';
import { CAPTION_LABEL, CHANNEL } from './furniture.ts';
import { drop, firstBody, isHeadlineLike, isKept, isProse, type Piece } from './pieces.ts';
import { copyrightHolder } from './site.ts';

/** Rules whose lines a related block may hold besides headlines and teasers. */
const ABSORBED_BY_BLOCKS = new Set(['metadata', 'reading-time', 'relative-time', 'counter', 'section-label', 'photo-credit', 'photo-caption', 'media-control', 'comment-count', 'navigation']);

/** Shortest and longest teaser under a related headline, in words. */
const MIN_TEASER_WORDS = 5;
const MAX_TEASER_WORDS = 45;

/** Most words in the topic label a related card may open with ("Environment", "Local Politics"). */
const MAX_TOPIC_LABEL_WORDS = 2;

/** A topic label: a word or two, no sentence end. */
function isTopicLabel(piece: Piece): boolean {
  return piece.words >= 1 && piece.words <= MAX_TOPIC_LABEL_WORDS && !/[.!?:]$/u.test(piece.text);
}

/**
 * Drops the headlines and teasers under each related-stories heading; the
 * first line may be a topic label. The
 * block's first item sets its shape: if a teaser follows the first headline,
 * each headline may carry one; if not, the block is headlines only, and the
 * first line that is not a headline ends it. Dates, times and counters
 * inside the block go with it.
 */
export function dropRelatedBlocks(pieces: readonly Piece[]): void {
  // In a copy with blank lines between blocks, a teaser hangs under its headline; a paragraph after a gap is the story again.
  const gapsUsed = pieces.some((piece) => piece.afterGap);
  for (const heading of pieces) {
    if (heading.removedBy !== 'related-heading') continue;
    let teasers: boolean | null = null;
    let afterHeadline = false;
    for (let index = heading.index + 1; index < pieces.length; index++) {
      const piece = pieces[index]!;
      if (piece.removedBy !== null) {
        if (!ABSORBED_BY_BLOCKS.has(piece.removedBy)) break;
        drop(piece, 'related-block');
        continue;
      }
      if (index === heading.index + 1 && isTopicLabel(piece)) {
        drop(piece, 'related-block');
        continue;
      }
      // In a copy with blank lines, a line after a gap below a taken headline starts the story again (a subheading).
      if (gapsUsed && piece.afterGap && afterHeadline) break;
      if (isHeadlineLike(piece, 20)) {
        if (afterHeadline && teasers === null) teasers = false;
        afterHeadline = true;
      } else if (afterHeadline && teasers !== false && !(gapsUsed && piece.afterGap) && piece.words >= MIN_TEASER_WORDS && piece.words <= MAX_TEASER_WORDS) {
        teasers = true;
        afterHeadline = false;
      } else {
        break;
      }
      drop(piece, 'related-block');
    }
  }
}

/**
 * Drops everything from a comments heading to the end, when the heading
 * comes after the story has begun (a comment count above the story is only a
 * badge and is dropped by itself).
 */
export function dropCommentsSection(pieces: readonly Piece[]): void {
  let proseSeen = 0;
  for (const piece of pieces) {
    if (isKept(piece) && isProse(piece)) proseSeen++;
    if (piece.removedBy === 'comments-heading' && proseSeen >= 2) {
      for (const later of pieces.slice(piece.index + 1)) if (isKept(later) || later.removedBy === 'metadata') drop(later, 'comments-section');
      return;
    }
  }
}

/** Words before the organisation's name in a boilerplate heading ("Über die", "À propos de", "About"). */
const MAX_ABOUT_WORDS = 3;

/**
 * "Über die Stadtwerke Mühlheim": a word or three, then the name the page
 * opens with or its copyright line holds, alone on a line above a paragraph.
 * Under a story it heads the organisation's boilerplate, in any language.
 */
function headsOrganisationBoilerplate(piece: Piece, pieces: readonly Piece[]): boolean {
  const next = pieces[piece.index + 1];
  if (!next || !isKept(next) || !isProse(next) || piece.words > MAX_ABOUT_WORDS + 6 || /[.!?:;,]$/u.test(piece.text)) return false;
  const owners = ownerLines(pieces);
  const words = wordsOf(piece.folded).trim().split(' ');
  for (let skip = 1; skip <= MAX_ABOUT_WORDS && words.length - skip >= 2; skip++) {
    const name = ` ${words.slice(skip).join(' ')} `;
    if (owners.some((owner) => owner.includes(name))) return true;
  }
  return false;
}

/** Folded text as words between single spaces, padded, so that names compare word by word. */
function wordsOf(folded: string): string {
  return ` ${folded.replace(/[^\p{L}\p{N}]+/gu, ' ').trim()} `;
}

/** The page owner's names, as words: the first line (a masthead) and the holders of the copyright lines. */
function ownerLines(pieces: readonly Piece[]): string[] {
  const holders = pieces.filter((piece) => piece.removedBy === 'copyright').map((piece) => copyrightHolder(piece.text)?.toLowerCase() ?? '');
  return [pieces[0]?.folded ?? '', ...holders].filter((name) => name !== '').map(wordsOf);
}

/** Longest call to follow the site, in words. */
const MAX_CHANNEL_PROMO_WORDS = 30;

/**
 * Drops a line that sends the reader to a platform under the site's own name
 * ("Siga o Jornal do Minho no WhatsApp …"): the page speaking of itself in the
 * third person, which the line rule's pronouns miss. The name is the page's
 * first line or its copyright holder, two words or more.
 */
export function dropChannelPromosNamingSite(pieces: readonly Piece[]): void {
  const owners = ownerLines(pieces).filter((owner) => owner.trim().includes(' '));
  for (const piece of pieces) {
    if (!isKept(piece) || piece.words > MAX_CHANNEL_PROMO_WORDS || !CHANNEL.test(piece.folded) || /["“”«»„]/u.test(piece.text)) continue;
    const text = wordsOf(piece.folded);
    if (owners.some((owner) => text.includes(owner))) drop(piece, 'channel-promo');
  }
}

/** Lines after which nothing is the story: an end marker, notes to editors, footnotes, the organisation's boilerplate. */
const STORY_END_RULES = new Set(['end-marker', 'notes-heading', 'about-organisation']);

/**
 * Drops everything after the story's end: an end marker ("ENDS", "-30-"),
 * a "Notes to editors", "Footnotes" or "About Harbourline Ferries" heading below running text,
 * or one that names the organisation the page belongs to ("Über die Stadtwerke Mühlheim").
 */
export function dropAfterStoryEnd(pieces: readonly Piece[]): void {
  let proseSeen = 0;
  for (const piece of pieces) {
    if (isKept(piece) && isProse(piece)) proseSeen++;
    if (proseSeen >= 2 && isKept(piece) && headsOrganisationBoilerplate(piece, pieces)) drop(piece, 'about-organisation');
    if (piece.removedBy !== null && STORY_END_RULES.has(piece.removedBy) && proseSeen >= 2) {
      for (const later of pieces.slice(piece.index + 1)) if (isKept(later)) drop(later, 'after-story-end');
      return;
    }
  }
}

/** Most lines and longest line, in words, of a summary box. */
const MAX_SUMMARY_LINES = 6;
const MAX_SUMMARY_LINE_WORDS = 45;

/**
 * Drops the lines of each summary box: those held to its heading with no
 * blank line between, or, in a copy without blank lines, the short lines
 * under it up to the first long paragraph.
 */
export function dropSummaryBoxes(pieces: readonly Piece[]): void {
  const gapsUsed = pieces.some((piece) => piece.afterGap);
  for (const heading of pieces) {
    if (heading.removedBy !== 'summary-heading') continue;
    const box: Piece[] = [];
    for (const piece of pieces.slice(heading.index + 1, heading.index + 1 + MAX_SUMMARY_LINES)) {
      if (piece.afterGap || !isKept(piece) || piece.words > MAX_SUMMARY_LINE_WORDS || (!gapsUsed && isProse(piece, 20))) break;
      box.push(piece);
    }
    if (!opensSections(pieces, box)) for (const piece of box) drop(piece, 'summary-box');
  }
}

/** Longest subheading, in words, that tells a report's sections apart. */
const MAX_SECTION_HEADING_WORDS = 8;

/**
 * Whether a box is the first section of a report rather than a recap above
 * its story: the next block is a subheading over running text ("Highlights"
 * / … / "Situation overview" / …), so the box is one section among others.
 */
function opensSections(pieces: readonly Piece[], box: readonly Piece[]): boolean {
  const last = box[box.length - 1];
  const heading = last && pieces[last.index + 1];
  const text = heading && pieces[heading.index + 1];
  if (!heading || !text || !heading.afterGap || !isKept(heading) || !isKept(text)) return false;
  return isHeadlineLike(heading) && heading.words <= MAX_SECTION_HEADING_WORDS && !text.afterGap && isProse(text);
}

/** Longest caption, in words, that may stand on the line above its credit. */
const MAX_CAPTION_WORDS = 40;
/** Longest caption, in words, when a blank line separates it from its credit. */
const MAX_DETACHED_CAPTION_WORDS = 25;
/** Longest credit line, in words, that stands alone under its caption. */
const MAX_CREDIT_WORDS = 12;

/** The caption printed right under a credit ("Photo: Jane Doe" / "Dockers at the gate."): one short sentence, no blank line between; or undefined. */
function captionBelow(pieces: readonly Piece[], credit: Piece): Piece | undefined {
  const caption = pieces[credit.index + 1];
  const oneSentence = caption !== undefined && !/[.!?]\s/u.test(caption.text);
  return caption && isKept(caption) && !caption.afterGap && caption.words <= MAX_DETACHED_CAPTION_WORDS && oneSentence ? caption : undefined;
}

/**
 * Drops the caption above a credit line. Written on the line right above it,
 * a caption of up to forty words goes. Across a blank line only a single short
 * sentence goes, and only when it does not continue running text (the piece
 * before it is already dropped) and the credit has no caption under it, so
 * that a story's short paragraph above a photo stays. Nor does a sentence go
 * that continues the story right above a credit with no story after it.
 */
export function dropCaptionsAboveCredits(pieces: readonly Piece[]): void {
  for (const credit of pieces) {
    if (credit.removedBy !== 'photo-credit' || credit.words > MAX_CREDIT_WORDS) continue;
    const caption = pieces[credit.index - 1];
    if (!caption || !isKept(caption)) continue;
    const attached = !credit.afterGap && caption.words <= MAX_CAPTION_WORDS;
    const beforeCaption = pieces[caption.index - 1];
    const detached =
      caption.words <= MAX_DETACHED_CAPTION_WORDS &&
      !/[.!?]\s/u.test(caption.text) &&
      (!beforeCaption || !isKept(beforeCaption)) &&
      captionBelow(pieces, credit) === undefined;
    // A credit after the story's last paragraph credits the lead photo: the sentence above it ends the story.
    const endsStory = beforeCaption !== undefined && isKept(beforeCaption) && isProse(beforeCaption) && !pieces.slice(credit.index + 1).some((piece) => isKept(piece) && isProse(piece));
    if ((attached || detached) && !endsStory && !isRoleLine(caption.text)) drop(caption, 'photo-caption');
  }
}

/** Drops the caption printed right under its credit. */
export function dropCaptionsBelowCredits(pieces: readonly Piece[]): void {
  for (const credit of pieces) {
    if (credit.removedBy !== 'photo-credit') continue;
    const caption = captionBelow(pieces, credit);
    if (caption) drop(caption, 'photo-caption');
  }
}

/** Drops the caption under a caption label that stands alone on its line ("Image caption,"). */
export function dropCaptionsBelowLabels(pieces: readonly Piece[]): void {
  for (const label of pieces) {
    if (label.removedBy !== 'photo-caption' || label.folded.replace(CAPTION_LABEL, '').trim() !== '') continue;
    const caption = pieces[label.index + 1];
    if (caption && isKept(caption) && caption.words <= MAX_CAPTION_WORDS) drop(caption, 'photo-caption');
  }
}

/** Longest value, in words, printed under a field name. */
const MAX_FIELD_VALUE_WORDS = 12;

/**
 * Drops the value under each field name ("From:" / "Ministry of Coastal
 * Affairs") above the story's first long paragraph; a date value is already
 * metadata. Below that point a line ending in a colon introduces story text.
 */
export function dropLabelledFields(pieces: readonly Piece[]): void {
  const storyStart = firstBody(pieces)?.index ?? pieces.length;
  const gapsUsed = pieces.some((piece) => piece.afterGap);
  for (const label of pieces.slice(0, storyStart)) {
    if (label.removedBy === 'field-label') {
      const value = pieces[label.index + 1];
      if (value && isKept(value) && value.words <= MAX_FIELD_VALUE_WORDS) drop(value, 'field-value');
    } else if (gapsUsed && isKept(label) && label.afterGap && FIELD_NAME_LINE.test(label.text)) {
      dropFieldList(pieces, label, storyStart);
    }
  }
}

/** A field's name alone on its line, a word to three ("Podium:", "Speakers:"). */
const FIELD_NAME_LINE = /^\p{L}[\p{L}'’-]*(?: [\p{L}'’-]+){0,2}\s?[:：]$/u;
/** Most lines, and longest line in words, of a list under a field name. */
const MAX_FIELD_LIST_LINES = 6;
const MAX_FIELD_LIST_LINE_WORDS = 25;

/**
 * Drops a field name that opens a block and the lines held to it without a
 * blank line (a panel's speakers, a list of documents): names in such a list
 * are not the byline, nor is any of its lines the headline.
 */
function dropFieldList(pieces: readonly Piece[], label: Piece, storyStart: number): void {
  const list = [];
  for (const piece of pieces.slice(label.index + 1, Math.min(storyStart, label.index + 1 + MAX_FIELD_LIST_LINES))) {
    if (piece.afterGap) break;
    if (piece.words > MAX_FIELD_LIST_LINE_WORDS || (!isKept(piece) && piece.removedBy !== 'metadata')) return;
    list.push(piece);
  }
  // "Author:" over a name is a byline split in two, not a list.
  if (list.length === 0 || parseByline(`${label.text} ${list[0]!.text}`)?.explicit) return;
  drop(label, 'field-label');
  for (const piece of list) drop(piece, 'field-value');
}

/**
 * Drops the advert's own line under an "Advertisement" or "Sponsored" label
 * inside the story: in a copy with blank lines between blocks, the line held to
 * the label without a gap that is not running text; in a copy without gaps,
 * where the next line may as well be the story going on, only one that gives the advertiser's contact.
 */
export function dropAdvertText(pieces: readonly Piece[]): void {
  const gapsUsed = pieces.some((piece) => piece.afterGap);
  let proseSeen = false;
  for (const label of pieces) {
    proseSeen ||= isKept(label) && isProse(label);
    // Above the story, the line under the label may be the headline.
    if (label.removedBy !== 'advertisement' || !proseSeen) continue;
    const next = pieces[label.index + 1];
    if (!next || !isKept(next) || next.afterGap) continue;
    // Without blank lines, only a line that gives a phone number or an address to reach the advertiser is told from the story going on.
    if (gapsUsed ? !isProse(next, 20) : ADVERTISER_CONTACT.test(next.text)) drop(next, 'advertisement');
  }
}

/** A phone number, a web address or an e-mail address, as an advert gives them. */
const ADVERTISER_CONTACT = /(?:^|[\s:.])(?:\+?\p{Nd}[\p{Nd} ()/-]{7,}\p{Nd})(?:$|[\s.,;])|https?:\/\/|www\.|[\p{L}\p{N}._%+-]+@[\p{L}\p{N}-]+\./u;

/** A numbered line's number: "2. ", "[2] ". */
const ITEM_NUMBER = /^(?:\[\p{Nd}{1,3}\]|\p{Nd}{1,3}\.)\s/u;
/** A year from 1800 to 2099 standing alone. */
const YEAR = /(?<!\p{Nd})(?:1[89]|20)\p{Nd}{2}(?!\p{Nd})/u;

/** A numbered source: a number, then fields between commas, one of them a year ("2. Services Agreement (2017), clause 14.3."). */
function isNumberedSource(text: string): boolean {
  return ITEM_NUMBER.test(text) && text.includes(',') && YEAR.test(text);
}

/**
 * Drops a list of numbered sources under the story (footnotes printed
 * without a heading): two or more numbered lines in a row, each citing
 * fields and a year, once the story has begun.
 */
export function dropSourceLists(pieces: readonly Piece[]): void {
  let proseSeen = 0;
  for (let i = 0; i < pieces.length; i++) {
    const piece = pieces[i]!;
    if (isKept(piece) && isProse(piece)) proseSeen++;
    if (proseSeen < 2 || !isNumberedSource(piece.text)) continue;
    let end = i;
    while (end + 1 < pieces.length && isNumberedSource(pieces[end + 1]!.text)) end++;
    if (end > i) for (const source of pieces.slice(i, end + 1)) drop(source, 'source-list');
    i = end;
  }
}
