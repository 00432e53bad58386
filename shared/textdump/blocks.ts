/**
 * Furniture that spans several lines and is known by its structure: a block
 * of links to other stories under a "Related" heading, a comments section
 * below the story, a caption beside its credit or under its label, the value
 * under a field name.
 */
import { isRoleLine, parseByline } from './byline.ts';
import { CAPTION_LABEL, CHANNEL, CREDIT_LABEL, PULL_QUOTE, READER_ADDRESS, READER_PRONOUN, REPORTED_SPEECH } from './furniture.ts';
import { drop, endsInSubheading, endsSentence, firstBody, isHeadlineLike, isKept, isProse, median, type Piece } from './pieces.ts';
import type { Headings } from './score.ts';
import { stopWordTokens } from './lang.ts';
import { copyrightHolder } from './site.ts';
import { sharesTerm } from './title.ts';
import { COMMON_STOPS, SCRIPT_OWN_STOPS } from './sentence-stops.ts';

/** Rules whose lines a related block may hold besides headlines and teasers. */
const ABSORBED_BY_BLOCKS = new Set(['metadata', 'reading-time', 'relative-time', 'counter', 'section-label', 'photo-credit', 'photo-caption', 'media-control', 'comment-count', 'navigation']);

/** Shortest and longest teaser under a related headline, in words. */
const MIN_TEASER_WORDS = 5;
const MAX_TEASER_WORDS = 45;

/** Most words in the topic label a related card may open with ("Environment", "Local Politics"). */
const MAX_TOPIC_LABEL_WORDS = 2;

/** A topic label: a word or two, no sentence end. */
function isTopicLabel(piece: Piece): boolean {
  return piece.words >= 1 && piece.words <= MAX_TOPIC_LABEL_WORDS && !new RegExp(`[.!?:${SCRIPT_OWN_STOPS}]$`, 'u').test(piece.text);
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
    const taken = new Map<Piece, string | null>();
    const take = (piece: Piece) => {
      taken.set(piece, piece.removedBy);
      drop(piece, 'related-block');
    };
    let teasers: boolean | null = null;
    let afterHeadline = false;
    const teaserLines: Piece[] = [];
    let topicLabel = false;
    const headlines: Piece[] = [];
    let resumed = false;
    let index = heading.index + 1;
    for (; index < pieces.length; index++) {
      const piece = pieces[index]!;
      if (piece.removedBy !== null) {
        if (!ABSORBED_BY_BLOCKS.has(piece.removedBy)) break;
        take(piece);
        continue;
      }
      if (index === heading.index + 1 && isTopicLabel(piece)) {
        take(piece);
        topicLabel = true;
        continue;
      }
      // In a copy with blank lines, a line after a gap below a taken headline starts the story again (a subheading).
      if (gapsUsed && piece.afterGap && afterHeadline) break;
      // Between teasers, a line much shorter than the box's headline, over running text, is the story's next subheading: the box has ended.
      const after = pieces[index + 1];
      if (teasers === true && headlines[0] && endsInSubheading([headlines[0], piece]) && after && isKept(after) && isProse(after) && !after.afterGap) {
        resumed = true;
        break;
      }
      // After a headline and its teaser, a line speaking to the reader is the site's prompt ("L'actualité vous intéresse ?"), not another headline.
      if (teasers === true && READER_PRONOUN.test(piece.folded)) break;
      if (isHeadlineLike(piece, 20)) {
        if (afterHeadline && teasers === null) teasers = false;
        afterHeadline = true;
        headlines.push(piece);
      } else if (afterHeadline && teasers !== false && !(gapsUsed && piece.afterGap) && piece.words >= MIN_TEASER_WORDS && piece.words <= MAX_TEASER_WORDS) {
        teasers = true;
        afterHeadline = false;
        teaserLines.push(piece);
      } else {
        break;
      }
      take(piece);
    }
    // A card ("Artillery" / headline / teaser) is told by its topic label; without one, a box's single headline and line are ambiguous.
    const lone = teaserLines.length === 1 && !topicLabel ? teaserLines[0]! : null;
    if (lone && (storyGoesOnUnder(lone, pieces[index]) || (resumed && index === lone.index + 1))) {
      lone.removedBy = taken.get(lone) ?? null;
      taken.delete(lone);
    }
    // A box of headlines alone may end on the story's next subheading, right above its running text.
    const lastHeadline = headlines[headlines.length - 1];
    if (teasers !== true && lastHeadline && lastHeadline.index === index - 1 && storyGoesOnUnder(lastHeadline, pieces[index]) && endsInSubheading(headlines, pieces[index])) {
      lastHeadline.removedBy = taken.get(lastHeadline) ?? null;
      taken.delete(lastHeadline);
    }
    if (headsTheStory(pieces, taken, pieces[index])) for (const [piece, rule] of taken) piece.removedBy = rule;
  }
}

/**
 * Whether the one "teaser" a box took under its only headline is the story going on: it is the box's last line, and running
 * text follows it with no blank line between. A box of one link is often a headline alone; a teaser is told by the pairs that
 * repeat, or by the topic label a card opens with.
 */
function storyGoesOnUnder(teaser: Piece, next: Piece | undefined): boolean {
  return next !== undefined && next.index === teaser.index + 1 && isKept(next) && (isProse(next) || endsSentence(next.text)) && !next.afterGap && !teaser.afterGap;
}

/**
 * Whether what a related heading took is the story itself under a section
 * label ("Latest news" / headline / "Posted … by …" / first paragraph): it
 * stands above the story's running text, names its author, and running text
 * follows it straight on.
 */
function headsTheStory(pieces: readonly Piece[], taken: ReadonlyMap<Piece, string | null>, next: Piece | undefined): boolean {
  const items = [...taken.keys()];
  const first = items[0];
  if (!first || !next || !isKept(next) || !isProse(next)) return false;
  const proseAbove = pieces.slice(0, first.index).some((piece) => isKept(piece) && isProse(piece, 20));
  const signed = items.some(
    (piece) => taken.get(piece) === 'metadata' && piece.text.split(/\s+[|·•–—-]\s+|\s(?=by\s)/iu).some((part) => parseByline(part)?.explicit === true),
  );
  return !proseAbove && signed;
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

/** A reply's label before the topic's title ("Re:", "RE :", "Antw:", "Odp:", "Ynt:"): a few letters and a colon. */
const REPLY_LABEL = /^\p{L}{1,5}\s?[:：]\s*$/u;

/**
 * Drops a forum topic's replies: from the first line that repeats the topic's title under a reply's label ("Re: Cracked
 * head on a 1961 Ferrand D35 – weld or replace?") to the end. The opening post is the story; the header line of each
 * post ("Post by oldfield_mick » Sat Dec 05, 2026 9:12 pm") opens as the reply's header does, and goes as well.
 */
export function dropForumReplies(pieces: readonly Piece[], title: Piece): void {
  const titleText = title.text.trim();
  const reply = pieces.find(
    (piece) => piece.index > title.index && isKept(piece) && piece.text.endsWith(titleText) && REPLY_LABEL.test(piece.text.slice(0, piece.text.length - titleText.length)),
  );
  const proseAbove = pieces.filter((piece) => piece.index > title.index && piece.index < (reply?.index ?? 0) && isKept(piece) && isProse(piece)).length;
  if (!reply || proseAbove < 2) return;
  // A post's header may already be read as metadata (the poster as byline, the date); it still counts as a header.
  const keptOrMetadata = (piece: Piece) => isKept(piece) || piece.removedBy === 'metadata';
  // The reply's header must open as the first post's does: a caption or a video repeating the headline ("Video: …") has none.
  const header = pieces.slice(reply.index + 1).find(keptOrMetadata);
  if (!header || endsSentence(header.text) || !/\p{Nd}/u.test(header.text)) return;
  // Post headers share their opening word ("Post by …", "Autor: …") and carry a date.
  const opening = `${header.folded.split(/\s+/u)[0]} `;
  const firstHeaders = pieces
    .slice(title.index + 1, reply.index)
    .filter((piece) => keptOrMetadata(piece) && !endsSentence(piece.text) && /\p{Nd}/u.test(piece.text) && piece.folded.startsWith(opening));
  if (firstHeaders.length === 0) return;
  for (const piece of firstHeaders) if (isKept(piece)) drop(piece, 'post-header');
  for (const piece of pieces.slice(reply.index)) if (isKept(piece)) drop(piece, 'forum-reply');
}

/** A poll's answer buttons: yes or no in the languages we read, alone on a line. */
const POLL_ANSWER = /^(?:yes|no|ja|nee|nein|oui|non|sí|si|sim|não|nao|tak|nie|nej|evet|hayır|да|нет|ano|ne|igen|nem|kyllä|ei|نعم|لا|כן|לא|はい|いいえ|是|否|예|아니요)$/u;
/** Longest question, in words, that a feedback poll asks. */
const MAX_POLL_QUESTION_WORDS = 12;

/**
 * Drops a feedback poll: a short question right above two answer buttons ("Was deze informatie nuttig?" / "Ja" / "Nee").
 * A story's question is answered in a sentence, not by a yes and a no on lines of their own.
 */
export function dropFeedbackPolls(pieces: readonly Piece[]): void {
  for (const question of pieces) {
    const answers = pieces.slice(question.index + 1, question.index + 3);
    if (question.words > MAX_POLL_QUESTION_WORDS || !/[?？؟]$/u.test(question.text) || answers.length < 2) continue;
    if (!answers.every((answer) => POLL_ANSWER.test(answer.folded.trim()))) continue;
    for (const piece of [question, ...answers]) if (isKept(piece)) drop(piece, 'page-feedback');
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
  if (!next || !isKept(next) || !isProse(next) || piece.words > MAX_ABOUT_WORDS + 6 || new RegExp(`[.!?:;,${SCRIPT_OWN_STOPS}]$`, 'u').test(piece.text)) return false;
  const owners = ownerLines(pieces);
  const words = wordsOf(piece.folded).trim().split(' ');
  const written = piece.text.trim().split(/\s+/u);
  for (let skip = 1; skip <= MAX_ABOUT_WORDS && words.length - skip >= 2; skip++) {
    const name = ` ${words.slice(skip).join(' ')} `;
    if (owners.some((owner) => owner.includes(name))) return true;
    // A press release's issuer, named with capitals in its opening ("Über die Nordwind Energie GmbH" / "Die Nordwind Energie GmbH hat …").
    const lead = words.slice(0, skip).join(' ');
    if (!ABOUT_WORDS.test(lead) || !properName(written.slice(written.length - (words.length - skip)))) continue;
    // Or named at the head of the paragraph under it: boilerplate opens on its subject ("El Ayuntamiento de Valdeolmos presta …").
    if (namedInOpening(pieces, piece, name) || wordsOf(next.folded).slice(0, name.length + BOILERPLATE_SUBJECT_LEAD).includes(name)) return true;
  }
  return false;
}

/** Paragraphs of running text at most from an organisation's boilerplate to the page's end: the boilerplate closes a release. */
const MAX_BOILERPLATE_PARAGRAPHS = 2;

/**
 * "À propos de Valrhône", "About Kestrel": "about" and a one-word name, alone on a line above a paragraph that opens on
 * the name, which the story's opening names too. A one-word name is less sure than a longer one, so the heading must also
 * stand near the page's end, with no more running text under it than a boilerplate holds.
 */
function headsOneWordOwnerBoilerplate(piece: Piece, pieces: readonly Piece[]): boolean {
  const next = pieces[piece.index + 1];
  if (piece.words > MAX_ABOUT_WORDS + 1 || !next || !isKept(next) || !isProse(next)) return false;
  const written = piece.text.trim().split(/\s+/u);
  const owner = written[written.length - 1]!;
  const lead = wordsOf(piece.folded).trim().split(' ').slice(0, -1).join(' ');
  if (!ABOUT_WORDS.test(lead) || !/^\p{Lu}\p{L}+$/u.test(owner)) return false;
  const name = wordsOf(owner.toLowerCase());
  const openedOn = wordsOf(next.folded).slice(0, name.length + BOILERPLATE_SUBJECT_LEAD).includes(name);
  const proseBelow = pieces.slice(piece.index + 1).filter((later) => isKept(later) && isProse(later)).length;
  return openedOn && namedInOpening(pieces, piece, name) && proseBelow <= MAX_BOILERPLATE_PARAGRAPHS;
}

/** "About", with an article maybe, in the languages we read: what opens a heading over an organisation's boilerplate. */
const ABOUT_WORDS = /^(?:about|über|à propos d[e']?|a propos d[e']?|acerca de|sobre|informazioni su|a proposito di|о|об|over|om|o|hakkında|عن|حول|אודות)(?: (?:the|die|der|das|den|la|le|les|l|el|los|las|il|lo|de|du|des|het|a|o))?$/u;

/** Characters before a boilerplate's subject, at most, in its first sentence ("Fondée en 1988, l'Association …"). */
const BOILERPLATE_SUBJECT_LEAD = 30;

/** The small words inside an organisation's name ("Ayuntamiento de Valdeolmos", "Office of the Mayor"). */
const NAME_PARTICLES = new Set(['de', 'del', 'des', 'du', 'la', 'le', 'di', 'da', 'do', 'dos', 'das', 'der', 'die', 'von', 'van', 'für', 'of', 'the', 'and', 'for', 'et', 'y', 'e']);

/** Words that each open with a capital or a digit, bar the particles between them: an organisation's name, not a topic ("die Reform"). */
function properName(words: readonly string[]): boolean {
  const [first] = words;
  const last = words[words.length - 1];
  const capitalised = (word: string | undefined) => word !== undefined && /^[\p{Lu}\p{Nd}&]/u.test(word);
  return words.length >= 2 && capitalised(first) && capitalised(last) && words.every((word) => capitalised(word) || NAME_PARTICLES.has(word));
}

/** Whether the story's first paragraph names `name` (folded words between spaces). */
function namedInOpening(pieces: readonly Piece[], heading: Piece, name: string): boolean {
  const opening = firstBody(pieces);
  return opening !== undefined && opening.index < heading.index && wordsOf(opening.folded).includes(name);
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

/** Most words in a name the page prints for itself outside the story (a masthead, a desk, a reporter's programme). */
const MAX_OUTLET_NAME_WORDS = 6;
/** Longest note about the page under its story, in words. */
const MAX_OUTLET_NOTE_WORDS = 40;
/** Closing lines looked at for notes about the page. */
const OUTLET_NOTES_CHECKED = 2;
/** Longest word before a name that opens a sentence (an article: "The", "Der", "La"). */
const MAX_ARTICLE_LETTERS = 3;

/**
 * The names the page prints for itself outside the story, as words as written: the lines above the story (masthead, desk,
 * series, the reporter's programme) and the copyright holders, each of two words or more, with the initials of a name
 * of capitalised words ("Local Democracy Reporter", "LDR").
 */
function outletNames(pieces: readonly Piece[], storyStart: number): string[] {
  const names: string[] = [];
  const add = (text: string) => {
    const words = text.trim().split(/\s+/u);
    if (words.length < 2 || words.length > MAX_OUTLET_NAME_WORDS || endsSentence(text) || !/\p{L}/u.test(text)) return;
    names.push(wordsOf(text).trim());
    const capitalised = words.filter((word) => !NAME_PARTICLES.has(word));
    if (capitalised.length >= 2 && capitalised.every((word) => /^\p{Lu}/u.test(word))) names.push(capitalised.map((word) => [...word][0]!).join(''));
  };
  for (const piece of pieces.slice(0, storyStart)) if (!isKept(piece) && piece.removedBy !== 'title') add(piece.text);
  for (const piece of pieces) if (piece.removedBy === 'copyright') add(copyrightHolder(piece.text) ?? '');
  return names;
}

/** Whether a sentence opens on `name` written as the page writes it ("Local news is …" is no "Local News"), perhaps after an article. */
function opensOn(text: string, name: string): boolean {
  const words = wordsOf(text);
  const article = /^ (\p{L}+) /u.exec(words)?.[1] ?? '';
  return words.startsWith(` ${name} `) || (article.length <= MAX_ARTICLE_LETTERS && words.slice(article.length + 1).startsWith(` ${name} `));
}

/** Fewest letters in a word of a name that a story naming the same body would use too ("Marlow" of "City of Marlow Vale"). */
const MIN_NAME_PART_LETTERS = 4;

/** Whether a line names `name` or one of its longer words as the name writes it ("Marlow" in "… the Marlow council …"). */
function namesPartOf(line: Piece, name: string): boolean {
  const words = wordsOf(line.text);
  if (wordsOf(line.folded).includes(` ${name.toLowerCase()} `)) return true;
  return name.split(' ').some((part) => [...part].length >= MIN_NAME_PART_LETTERS && !NAME_PARTICLES.has(part.toLowerCase()) && words.includes(` ${part} `));
}

/**
 * Drops a note about the page itself closing the story ("Session Daily is produced by … Its stories do not represent …",
 * "LDR is local body journalism co-funded by …"): a sentence whose subject is a name the page prints for itself outside
 * the story, which no line of the story names, whole or by one of its longer words. A story speaks of the event; a name
 * it never uses is the outlet's.
 */
export function dropOutletNotes(pieces: readonly Piece[]): void {
  const storyStart = firstBody(pieces);
  if (!storyStart) return;
  const names = outletNames(pieces, storyStart.index);
  const kept = pieces.filter(isKept);
  for (const note of kept.slice(-OUTLET_NOTES_CHECKED).reverse()) {
    if (note.index <= storyStart.index || note.words > MAX_OUTLET_NOTE_WORDS || !endsSentence(note.text)) return;
    const name = names.find((outlet) => opensOn(note.text, outlet));
    if (!name || kept.some((other) => other !== note && namesPartOf(other, name))) return;
    drop(note, 'outlet-note');
  }
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

/** Longest invitation to a channel set between the story's paragraphs, in words. */
const MAX_CHANNEL_INVITE_WORDS = 15;

/** Every platform a line names, found in one pass. */
const CHANNELS = new RegExp(CHANNEL.source, 'gu');

/** The platforms a line names (WhatsApp, Telegram, an app store …), folded. */
function channelsNamed(folded: string): string[] {
  return [...folded.matchAll(CHANNELS)].map((match) => match[0].replace(/^[^\p{L}]/u, ''));
}

/**
 * Drops an invitation to follow the site on a platform set between the story's paragraphs ("📲 Participe do canal …
 * no WhatsApp", "👉 Unser Kanal bei Telegram"): a short line with no stop, after the story has begun, naming a platform
 * no paragraph of the story names (share buttons may). A story about the platform names it again; an invitation is the page's, and its
 * shape (a few words, no stop) would make it a subheading.
 */
export function dropChannelInvites(pieces: readonly Piece[]): void {
  const kept = pieces.filter(isKept);
  const storyStart = kept.find((piece) => isProse(piece));
  for (const piece of kept) {
    if (!storyStart || piece.index <= storyStart.index || piece.words > MAX_CHANNEL_INVITE_WORDS || endsSentence(piece.text) || /["“”«»„]/u.test(piece.text)) continue;
    const channels = channelsNamed(piece.folded);
    if (channels.length === 0) continue;
    if (!kept.some((other) => other !== piece && isProse(other) && channels.some((channel) => other.folded.includes(channel)))) drop(piece, 'channel-promo');
  }
}

/** Longest greeting or sign-off at the story's edge, in words. */
const MAX_READER_ASIDE_WORDS = 30;
/** Dropped lines that set such an aside apart from the story's next paragraph. */
const MIN_LINES_SETTING_ASIDE_APART = 2;

/**
 * Drops a newsletter's greeting and sign-off ("Good morning. … Here's what we're watching.", "That's it for today. Hit
 * reply …"): the story's first or last line, speaking to the reader (you, we, a question), set apart from the next
 * paragraph by lines the rules dropped (an item's headline and byline, a box of links), naming none of the story's
 * terms and quoting nobody. A story's own first or last sentence names what the story is about.
 */
export function dropAsidesToReader(pieces: readonly Piece[]): void {
  const kept = pieces.filter(isKept);
  if (kept.length < 4) return;
  const edges: Array<[Piece, Piece]> = [[kept[0]!, kept[1]!], [kept[kept.length - 1]!, kept[kept.length - 2]!]];
  for (const [aside, neighbour] of edges) {
    const apart = Math.abs(aside.index - neighbour.index) - 1;
    if (aside.words > MAX_READER_ASIDE_WORDS || apart < MIN_LINES_SETTING_ASIDE_APART || !READER_ADDRESS.test(aside.folded)) continue;
    if (REPORTED_SPEECH.test(aside.folded) || OPENS_QUOTE.test(aside.text) || /["“”«»„]/u.test(aside.text)) continue;
    if (!kept.some((other) => other !== aside && sharesTerm(pieces, aside, other))) drop(aside, 'reader-aside');
  }
}

/**
 * Lines after which nothing is the story: an end marker, a wire's closing credits, notes to editors, footnotes, the
 * organisation's boilerplate, a suggested citation.
 */
const STORY_END_RULES = new Set(['end-marker', 'wire-credits', 'notes-heading', 'about-organisation', 'citation-heading']);

/**
 * Drops everything after the story's end: an end marker ("ENDS", "-30-"), a wire's credits ("(Reporting by …; Editing by …)"),
 * a "Notes to editors", "Footnotes" or "About Harbourline Ferries" heading below running text,
 * or one that names the organisation the page belongs to ("Über die Stadtwerke Mühlheim").
 */
export function dropAfterStoryEnd(pieces: readonly Piece[]): void {
  let proseSeen = 0;
  for (const piece of pieces) {
    if (isKept(piece) && isProse(piece)) proseSeen++;
    if (proseSeen >= 2 && isKept(piece) && (headsOrganisationBoilerplate(piece, pieces) || headsOneWordOwnerBoilerplate(piece, pieces))) drop(piece, 'about-organisation');
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
  const gapsUsed = paragraphsSpaced(pieces);
  for (const heading of pieces) {
    if (heading.removedBy !== 'summary-heading') continue;
    if (followsRunningText(pieces, heading)) {
      const facts = factLinesUnder(pieces, heading);
      if (facts.length >= MIN_FACT_LINES) for (const piece of facts.filter(isKept)) drop(piece, 'summary-box');
      else heading.removedBy = null;
      continue;
    }
    const box: Piece[] = [];
    for (const piece of pieces.slice(heading.index + 1, heading.index + 1 + MAX_SUMMARY_LINES)) {
      if (piece.afterGap || !isKept(piece) || piece.words > MAX_SUMMARY_LINE_WORDS || (!gapsUsed && isProse(piece, 20))) break;
      // A heading over a long paragraph opens the story's first section: the box has ended above it.
      const under = pieces[piece.index + 1];
      if (!gapsUsed && isHeadlineLike(piece) && under !== undefined && isKept(under) && isProse(under, 20)) break;
      box.push(piece);
    }
    // One paragraph of running text under "Summary:" is the story's standfirst; a box of points recaps it.
    const standfirst = box.length === 1 && isProse(box[0]!);
    if (!opensSections(pieces, box) && !standfirst) for (const piece of box) drop(piece, 'summary-box');
  }
}

/**
 * Whether a summary heading stands inside the story: running text comes right
 * above it, so what it heads is a section of the story ("… announces an update." /
 * "Highlights" / …), not a recap printed before the story starts.
 */
function followsRunningText(pieces: readonly Piece[], heading: Piece): boolean {
  const above = pieces[heading.index - 1];
  return above !== undefined && isKept(above) && isProse(above);
}

/** A fact in a box: a label of a word to four and a short value ("Crossing time: 50 minutes", "Baubeginn: März 2027"). */
const FACT_LINE = /^\p{L}[\p{L}'’-]*(?: [\p{L}'’-]+){0,3}\s?[:：]\s*\S[^.!?]{0,50}$/u;
/** Fewest fact lines under a heading that make a box of facts. */
const MIN_FACT_LINES = 2;

/**
 * The lines of a box of facts under a summary heading, which may stand inside the story: label-and-value pairs
 * ("Departure: 23:30", "Fare: £6.40"), which no section of running text is made of. The story goes on under them.
 */
function factLinesUnder(pieces: readonly Piece[], heading: Piece): Piece[] {
  const facts: Piece[] = [];
  for (const piece of pieces.slice(heading.index + 1, heading.index + 1 + MAX_SUMMARY_LINES)) {
    if (!FACT_LINE.test(piece.text)) break;
    facts.push(piece);
  }
  return facts;
}

/** Most words in the label over a box of facts set inside the story ("Key takeaways", "Chiffres clés", "Auf einen Blick"). */
const MAX_BOX_LABEL_WORDS = 4;
/** Lines in a box of facts: two short lines may be a story's own, more than five a section of it. */
const MIN_BOX_LINES = 3;
const MAX_BOX_LINES = 5;
/** Longest line of a box of facts, in words, and at most this share of the story's usual paragraph. */
const MAX_BOX_LINE_WORDS = 15;
const MAX_BOX_LINE_SHARE = 0.4;
/** Paragraphs of running text above a box: one right under the story's opening lists a release's highlights, its own text. */
const MIN_PARAGRAPHS_ABOVE_BOX = 2;
/** A line that opens with quotation marks: quoted speech is the story's. */
const OPENS_QUOTE = /^["“”«»„‚‘'「『]/u;

/** A box's label: a word to four, with no stop, colon or question mark (a lead-in or a question introduces the story's own lines). */
function isBoxLabel(piece: Piece): boolean {
  return piece.words <= MAX_BOX_LABEL_WORDS && !new RegExp(`[.:;,!?؟？。：，${SCRIPT_OWN_STOPS}]["'”’»)」』）]*$`, 'u').test(piece.text) && !OPENS_QUOTE.test(piece.text);
}

/**
 * The lines of a box of facts under `label`: three to five lines held together, each one sentence or fragment much
 * shorter than the story's paragraphs, all ending alike, and the story's running text going on right under them; or null.
 */
function boxLinesUnder(pieces: readonly Piece[], label: Piece, longest: number): Piece[] | null {
  const lines: Piece[] = [];
  for (const piece of pieces.slice(label.index + 1, label.index + 2 + MAX_BOX_LINES)) {
    const short = isKept(piece) && piece.words <= longest && !new RegExp(`[.!?。！？${SCRIPT_OWN_STOPS}]\\s`, 'u').test(piece.text) && !OPENS_QUOTE.test(piece.text);
    if (!short) break;
    lines.push(piece);
  }
  const after = pieces[label.index + 1 + lines.length];
  if (lines.length < MIN_BOX_LINES || lines.length > MAX_BOX_LINES || !after || !isKept(after) || !isProse(after)) return null;
  const ends = lines.map((line) => endsSentence(line.text));
  return ends.every((end) => end === ends[0]) && !lines.some((line) => /[:：]$/u.test(line.text)) ? lines : null;
}

/**
 * Drops a box of facts set inside the story ("Key takeaways" / "Batteries set the price on 41% of days." / …, "Chiffres
 * clés" / "45 000 tonnes traitées par an" / …): a short label between two paragraphs of running text, then three to five
 * lines much shorter than the story's paragraphs, then the story goes on. On any site, a section of the story's own runs
 * in paragraphs of the story's length; a box lists points beside it.
 */
export function dropFactBoxes(pieces: readonly Piece[]): void {
  const prose = pieces.filter((piece) => isKept(piece) && isProse(piece));
  if (prose.length <= MIN_PARAGRAPHS_ABOVE_BOX) return;
  const longest = Math.min(MAX_BOX_LINE_WORDS, median(prose.map((piece) => piece.words)) * MAX_BOX_LINE_SHARE);
  let proseAbove = 0;
  for (const label of pieces) {
    if (!isKept(label)) continue;
    if (isProse(label)) proseAbove++;
    else if (proseAbove >= MIN_PARAGRAPHS_ABOVE_BOX && isBoxLabel(label) && runningTextAbove(pieces, label)) {
      const lines = boxLinesUnder(pieces, label, longest);
      if (lines) for (const piece of [label, ...lines]) drop(piece, 'fact-box');
    }
  }
}

/** A labelled point: maybe a bullet, a label of a word to four, a colon, and a short value with no second sentence ("• Lease: 40 years", "● 投资金额：约5.8亿元"). */
const LABELLED_POINT = /^(?:[・•●▪◦○◆■]\s*|[-–*]\s+)?\p{L}[\p{L}'’-]*(?: [\p{L}'’-]+){0,3}\s?[:：]\s*\S.{0,60}$/u;
/** A second sentence inside a line: a value is one fragment ("ca. 1.150" holds a stop, but no capital follows it). */
const SENTENCE_BREAK = new RegExp(`[${COMMON_STOPS}${SCRIPT_OWN_STOPS}]\\s+\\p{Lu}`, 'u');
/** Most words and characters in the label over such a list ("Key figures:", "Zahlen und Fakten:", "重要内容提示："): a longer line is a sentence leading into the story's own figures. */
const MAX_LIST_LABEL_WORDS = 5;
const MAX_LIST_LABEL_CHARS = 30;
/** Fewest points in a list of labelled facts. */
const MIN_LABELLED_POINTS = 2;

function isLabelledPoint(piece: Piece): boolean {
  return isKept(piece) && LABELLED_POINT.test(piece.text) && !SENTENCE_BREAK.test(piece.text);
}

/**
 * Drops a list of labelled facts under a label ending in a colon ("Key figures:" / "• Lease: 40 years" / "• Cost: £38
 * million"), inside the story or above it: every point is a field, a label and its value. A box's label is a bare noun
 * phrase; one opening with a function word of the page's language (`stops`: "The new timetable:") is the story's
 * lead-in to its own list, as is a sentence. The colon and the fields' shape hold in any language.
 */
export function dropLabelledFactLists(pieces: readonly Piece[], stops: ReadonlySet<string>): void {
  for (const label of pieces) {
    const isListLabel = isKept(label) && /[:：]$/u.test(label.text) && label.words <= MAX_LIST_LABEL_WORDS && label.text.length <= MAX_LIST_LABEL_CHARS;
    if (!isListLabel || stops.has(stopWordTokens(label.folded)[0] ?? '')) continue;
    let end = label.index + 1;
    while (end < pieces.length && isLabelledPoint(pieces[end]!)) end++;
    const points = pieces.slice(label.index + 1, end);
    if (points.length >= MIN_LABELLED_POINTS) for (const piece of [label, ...points]) drop(piece, 'fact-box');
  }
}

/** A defined term: a word to three opening with a capital, a colon, and a definition opening in lower case ("Colony: a large group …"). */
const DEFINED_TERM = /^\p{Lu}[\p{L}'’-]*(?: [\p{L}'’-]+){0,2}\s?[:：]\s+\p{Ll}/u;
/** Fewest defined terms in a row that make a glossary: one such line may be the story's own. */
const MIN_DEFINED_TERMS = 2;
/** Most words in a glossary's label ("WORDS TO KNOW", "Les mots pour comprendre"). */
const MAX_GLOSSARY_LABEL_WORDS = 5;

/**
 * Drops a glossary box ("Colony: a large group of animals …" / "Hibernation: a long, deep sleep …") and its label: two or
 * more lines in a row, each a term, a colon and a definition opening in lower case. The story's sentences open with
 * capitals, a quoted speaker's words too, so such a run is the page's box in any cased script.
 */
export function dropGlossaries(pieces: readonly Piece[]): void {
  let run: Piece[] = [];
  for (const piece of [...pieces, undefined]) {
    if (piece && isKept(piece) && DEFINED_TERM.test(piece.text)) {
      run.push(piece);
      continue;
    }
    if (run.length >= MIN_DEFINED_TERMS) {
      const label = pieces[run[0]!.index - 1];
      const labelled = label !== undefined && isKept(label) && label.words <= MAX_GLOSSARY_LABEL_WORDS && !isProse(label) && !endsSentence(label.text);
      for (const line of labelled ? [label, ...run] : run) drop(line, 'glossary-box');
    }
    run = [];
  }
}

/** A trivia box's label, the whole line, in the languages we read: "Did you know?", "Le saviez-vous ?", "Czy wiesz, że…". */
const TRIVIA_LABEL = new RegExp(
  String.raw`^(?:did you know|le saviez-vous|wusstest du(?: schon)?|wussten sie(?: schon)?|schon gewusst|¿?sabías que|¿?sabía usted que|lo sapevi|sapevi che|sabia que|você sabia|wist je dat|wist u dat|czy wiesz(?:, że)?|знаете ли вы|а вы знали|чи знаєте ви|чи знали ви|biliyor muydunuz|biliyor musunuz|tahukah (?:kamu|anda)|هل تعلم|הידעת|הידעתם)\s*[?？؟…!.:]*$`,
  'u',
);

/**
 * Drops a trivia box set inside the story ("Did you know?" / one paragraph of a side fact): a closed phrase alone on its
 * line, and the paragraph under it. The story goes on below; inside a sentence the same words are the story's.
 */
export function dropTriviaBoxes(pieces: readonly Piece[]): void {
  for (const label of pieces) {
    const fact = pieces[label.index + 1];
    if (!isKept(label) || !TRIVIA_LABEL.test(label.folded) || fact === undefined || !isKept(fact)) continue;
    drop(label, 'trivia-box');
    drop(fact, 'trivia-box');
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

/** Longest caption, in words, that may stand on the line above its credit or under its label: two dozen words beside a photo credit are a story paragraph. */
const MAX_CAPTION_WORDS = 24;
/** Longest caption, in words, when a blank line separates it from its credit. */
const MAX_DETACHED_CAPTION_WORDS = 25;
/** Longest caption, in words, printed under its credit: the development copies' run to 16; a longer sentence there goes on with the story. */
const MAX_CAPTION_BELOW_WORDS = 20;
/** Longest credit line, in words, that stands alone under its caption. */
const MAX_CREDIT_WORDS = 12;

/** Longest subheading, in words, that may follow a photo credit between two of the story's paragraphs. */
const MAX_HEADING_UNDER_CREDIT_WORDS = 10;

/**
 * Whether the line under a credit heads the next section instead of captioning the photo: the credit
 * (with its caption above it, if any) stands between paragraphs of running text, and the line is short, ends in no full stop, and running text follows it
 * with no blank line between (a caption is set apart from the story under it).
 */
function headsSectionUnderCredit(pieces: readonly Piece[], credit: Piece, line: Piece): boolean {
  // The photo's own caption may stand between the credit and the text above.
  const captionAbove = pieces[credit.index - 1]?.removedBy === 'photo-caption';
  const [above, below] = [pieces[credit.index - (captionAbove ? 2 : 1)], pieces[line.index + 1]];
  return (
    line.words <= MAX_HEADING_UNDER_CREDIT_WORDS &&
    isHeadlineLike(line) &&
    above !== undefined && isKept(above) && isProse(above) &&
    below !== undefined && isKept(below) && isProse(below) && !below.afterGap
  );
}

/** The caption printed right under a credit ("Photo: Jane Doe" / "Dockers at the gate."): one short sentence, no blank line between; or undefined. */
function captionBelow(pieces: readonly Piece[], credit: Piece): Piece | undefined {
  const caption = pieces[credit.index + 1];
  const oneSentence = caption !== undefined && !new RegExp(`[${COMMON_STOPS}${SCRIPT_OWN_STOPS}]\\s`, 'u').test(caption.text);
  const fits = caption && isKept(caption) && !caption.afterGap && caption.words <= MAX_CAPTION_BELOW_WORDS && oneSentence;
  return fits && !headsSectionUnderCredit(pieces, credit, caption) ? caption : undefined;
}

/** Links and adverts set inside a story: the running text goes on past them. */
const SLOTS_IN_TEXT = new Set(['related-link', 'advertisement']);

/** The paragraph of running text right above a line, past a link or an advert set between them ("Read also: …"); or undefined. */
function runningTextAbove(pieces: readonly Piece[], line: Piece): Piece | undefined {
  let index = line.index - 1;
  while (index >= 0 && SLOTS_IN_TEXT.has(pieces[index]!.removedBy ?? '')) index--;
  const above = pieces[index];
  return above !== undefined && isKept(above) && isProse(above) ? above : undefined;
}

/**
 * Drops the caption above a credit line. Written on the line right above it,
 * a caption of up to forty words goes. Across a blank line only a single short
 * sentence goes, and only when it does not continue running text (the piece
 * before it is already dropped) and the credit has no caption under it, so
 * that a story's short paragraph above a photo stays. Nor does a sentence go
 * that continues the story right above a credit with no story after it, nor one
 * that follows no running text over a credit that has another caption under it
 * (a credit has one caption: the line above is a standfirst, "Deck / Photo: … / Caption"),
 * nor one held to running text over a credit that a subheading follows: it ends the section.
 */
export function dropCaptionsAboveCredits(pieces: readonly Piece[]): void {
  for (const credit of pieces) {
    if (credit.removedBy !== 'photo-credit' || credit.words > MAX_CREDIT_WORDS) continue;
    const caption = pieces[credit.index - 1];
    if (!caption || !isKept(caption)) continue;
    // A paragraph too long for a caption still is one when the page prints it again (the lede under the lead photo).
    const beforeCaption = pieces[caption.index - 1];
    const textAbove = runningTextAbove(pieces, caption);
    // Two sentences held to running text above them go on with the story; a photo's credit may follow a paragraph.
    const runsOn = SENTENCE_BREAK.test(caption.text) && textAbove !== undefined;
    const attached = !credit.afterGap && ((caption.words <= MAX_CAPTION_WORDS && !runsOn) || printedElsewhere(pieces, caption));
    const detached =
      caption.words <= MAX_DETACHED_CAPTION_WORDS &&
      !new RegExp(`[${COMMON_STOPS}${SCRIPT_OWN_STOPS}]\\s`, 'u').test(caption.text) &&
      (!beforeCaption || !isKept(beforeCaption)) &&
      captionBelow(pieces, credit) === undefined;
    // A credit after the story's last paragraph credits the lead photo: the sentence above it ends the story.
    const endsStory = textAbove !== undefined && !pieces.slice(credit.index + 1).some((piece) => isKept(piece) && isProse(piece));
    // Over a credit with its caption under it, a line that follows no running text is a standfirst ("Deck / Photo: … / Caption");
    // the same words on both sides are the picture's alternative text and its caption.
    const below = captionBelow(pieces, credit);
    const standfirst = !(beforeCaption !== undefined && isKept(beforeCaption) && isProse(beforeCaption)) && below !== undefined && below.folded !== caption.folded;
    // Held to the running text above, over a credit that closes a section (a subheading follows it), the sentence ends the section.
    const under = pieces[credit.index + 1];
    const endsSection = textAbove !== undefined && !caption.afterGap && under !== undefined && isKept(under) && headsSectionUnderCredit(pieces, credit, under);
    if ((attached || detached) && !endsStory && !endsSection && !standfirst && !isRoleLine(caption.text)) drop(caption, 'photo-caption');
  }
}

/** A person's name as a credit line prints it: two or three capitalised words. */
const CAPITALISED_NAME = /\p{Lu}[\p{Ll}\p{M}'’-]+(?:\s+\p{Lu}[\p{Ll}\p{M}'’-]+){1,2}/gu;
/** A line opening on the word for a picture's credit, in the languages we read ("Fotos: …", "Fotografías de …", "Photographs by …"). */
const CREDIT_WORD_OPENING = new RegExp(String.raw`^${CREDIT_LABEL}`, 'u');
/** Longest caption, in words, that closes on its photographer's name. */
const MAX_NAMED_CAPTION_WORDS = 40;
/** Most words in the credit that closes such a caption ("Kasper Vinding for Deep Field"). */
const MAX_CLOSING_CREDIT_WORDS = 8;

/**
 * Drops a caption that closes on the name of the page's photographer with no label ("A seismic station on the ice near
 * Ilulissat, anchored with rocks and rope. Kasper Vinding for Deep Field"): the page credits the same person once with a
 * label ("Photographs by Kasper Vinding", "Fotografías de …"), and the line ends on a fragment opening with the name, which no story sentence does.
 */
export function dropCaptionsClosedByPhotographer(pieces: readonly Piece[]): void {
  const credits = pieces.filter((piece) => piece.removedBy === 'photo-credit' || (piece.words <= MAX_CLOSING_CREDIT_WORDS && CREDIT_WORD_OPENING.test(piece.folded)));
  const photographers = new Set(credits.flatMap((piece) => piece.text.match(CAPITALISED_NAME) ?? []));
  if (photographers.size === 0) return;
  for (const piece of pieces) {
    if (!isKept(piece) || piece.words > MAX_NAMED_CAPTION_WORDS || endsSentence(piece.text)) continue;
    const sentences = piece.text.split(new RegExp(`(?<=[${COMMON_STOPS}${SCRIPT_OWN_STOPS}])\\s+`, 'u'));
    const credit = sentences[sentences.length - 1]!;
    if (sentences.length < 2 || credit.split(/\s+/u).length > MAX_CLOSING_CREDIT_WORDS) continue;
    if ([...photographers].some((name) => credit.startsWith(name))) drop(piece, 'photo-caption');
  }
}

/**
 * Drops the caption printed right under its credit. A credit has one caption: with one dropped right above it,
 * the line under it goes on with the story, unless it repeats that caption (the picture's alternative text and its caption).
 */
export function dropCaptionsBelowCredits(pieces: readonly Piece[]): void {
  for (const credit of pieces) {
    if (credit.removedBy !== 'photo-credit') continue;
    const caption = captionBelow(pieces, credit);
    const above = pieces[credit.index - 1];
    const captionedAbove = above?.removedBy === 'photo-caption' && above.folded !== caption?.folded;
    if (caption && !captionedAbove) drop(caption, 'photo-caption');
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
 * Whether blank lines part the story's own paragraphs: at least half of its
 * long paragraphs after the first stand after one. A copy may space out its
 * header alone, and there a line held to the one above says nothing.
 */
function paragraphsSpaced(pieces: readonly Piece[]): boolean {
  const paragraphs = pieces.filter((piece) => isKept(piece) && isProse(piece, 20)).slice(1);
  return paragraphs.length > 0 && paragraphs.filter((piece) => piece.afterGap).length * 2 >= paragraphs.length;
}

/**
 * Drops the advert's own line under an "Advertisement" or "Sponsored" label
 * inside the story: in a copy with blank lines between paragraphs, the line held to
 * the label without a gap that is not running text; in a copy without them,
 * where the next line may as well be the story going on, only one that gives the advertiser's contact.
 */
export function dropAdvertText(pieces: readonly Piece[]): void {
  const gapsUsed = paragraphsSpaced(pieces);
  let proseSeen = false;
  for (const label of pieces) {
    proseSeen ||= isKept(label) && isProse(label);
    // Above the story, the line under the label may be the headline.
    if (label.removedBy !== 'advertisement' || !proseSeen) continue;
    const next = pieces[label.index + 1];
    if (!next || !isKept(next) || next.afterGap) continue;
    // Without blank lines, only a line that gives a phone number or an address to reach the advertiser is told from the story going on,
    // or a headline the story does not take up: the sponsor's, where a subheading names what its section says.
    if (gapsUsed ? !isProse(next, 20) : ADVERTISER_CONTACT.test(next.text) || sponsoredHeadline(pieces, label, next)) drop(next, 'advertisement');
  }
}

/** Whether the headline-shaped line under an advert label shares no term with the paragraphs on either side of the slot. */
function sponsoredHeadline(pieces: readonly Piece[], label: Piece, line: Piece): boolean {
  const [above, below] = [pieces[label.index - 1], pieces[line.index + 1]];
  const around = [above, below].filter((piece): piece is Piece => piece !== undefined && isKept(piece) && isProse(piece));
  return isHeadlineLike(line) && !endsSentence(line.text) && around.length === 2 && !around.some((piece) => sharesTerm(pieces, line, piece));
}

/** A telephone number: eight digits or more, with spaces, brackets, slashes or dashes between them. */
export const TELEPHONE = /(?:^|[\s:.])(?:\+?\p{Nd}[\p{Nd} ()/-]{7,}\p{Nd})(?:$|[\s.,;])/u;
/** A phone number, a web address or an e-mail address, as an advert or a press contact's card gives them. */
export const ADVERTISER_CONTACT = new RegExp(String.raw`${TELEPHONE.source}|https?:\/\/|www\.|[\p{L}\p{N}._%+-]+@[\p{L}\p{N}-]+\.`, 'u');

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

/** Letters a window of a quotation holds when it is looked for elsewhere on the page: a clause, in any script. */
const QUOTE_WINDOW = 20;
/** Fewest words in a quotation that is a story paragraph: pull quotes and captions are punchier. */
const MIN_STORY_QUOTE_WORDS = 25;

/** Letters and digits only, so that a quotation compares with the sentence it was lifted from however either is punctuated. */
function lettersOf(folded: string): string {
  return folded.replace(/[^\p{L}\p{N}]+/gu, '');
}

/** Whether some other piece prints a window of `piece`'s letters. */
function printedElsewhere(pieces: readonly Piece[], piece: Piece): boolean {
  const own = lettersOf(piece.folded);
  const others = pieces.filter((other) => other.index !== piece.index).map((other) => lettersOf(other.folded));
  for (let start = 0; start + QUOTE_WINDOW <= own.length; start += QUOTE_WINDOW / 2) {
    const window = own.slice(start, start + QUOTE_WINDOW);
    if (others.some((other) => other.includes(window))) return true;
  }
  return false;
}

/**
 * A pull quote is short and repeats the story's words, and a caption describes
 * a photo; a long quotation alone on its line that the page prints nowhere
 * else, below the story's first running text, is a quoted paragraph of the
 * story (a speaker's appeal, a director's words), whatever the line rules took it for.
 */
export function restoreUnrepeatedQuotes(pieces: readonly Piece[]): void {
  const storyStart = firstBody(pieces)?.index ?? pieces.length;
  for (const piece of pieces) {
    if (piece.index <= storyStart || (piece.removedBy !== 'pull-quote' && piece.removedBy !== 'photo-caption')) continue;
    const quotation = PULL_QUOTE.test(piece.text.replace(/[.。]$/u, ''));
    if (quotation && piece.words >= MIN_STORY_QUOTE_WORDS && !printedElsewhere(pieces, piece)) piece.removedBy = null;
  }
}

/** Longest entry of a page's contents list, in words. */
const MAX_CONTENTS_ENTRY_WORDS = 15;
/** Longest label above a contents list ("Contents", "Índice", "In this article"). */
const MAX_CONTENTS_LABEL_WORDS = 3;

/**
 * Drops a page's table of contents: two or more short lines in a row, each
 * printed again further down with running text between the copies (where each
 * heads its section; an author card printed twice stays together, and so do a
 * headline and its section labels printed again in the footer's lists), and a
 * short label right above them. Known by the repeat alone, it needs no word of any language.
 * Returns the indexes of the copies below: the story's subheadings.
 */
export function dropContentsLists(pieces: readonly Piece[]): Set<number> {
  const sectionHeads = new Set<number>();
  // A section the contents list names is the document's own, even one a heading rule would end the story at ("Notes to editors").
  const listable = (piece: Piece) => isKept(piece) || piece.removedBy === 'notes-heading';
  const copyBelow = (piece: Piece) =>
    listable(piece) && piece.words <= MAX_CONTENTS_ENTRY_WORDS && !isProse(piece) ? pieces.find((later) => later.index > piece.index + 1 && later.folded === piece.folded) : undefined;
  for (let i = 0; i < pieces.length; i++) {
    let end = i;
    while (end < pieces.length && copyBelow(pieces[end]!)) end++;
    const copies = pieces.slice(i, end).map((entry) => copyBelow(entry)!.index);
    // Each copy heads a section of running text: a headline and its section labels printed again among the footer's lists head none.
    const sections = copies.every((index, k) => k === 0 || pieces.slice(copies[k - 1]! + 1, index).some((between) => isProse(between)));
    if (end - i >= 2 && sections) {
      const label = pieces[i - 1];
      if (label && isKept(label) && label.words <= MAX_CONTENTS_LABEL_WORDS && !new RegExp(`[${COMMON_STOPS}${SCRIPT_OWN_STOPS}]$`, 'u').test(label.text)) drop(label, 'contents-list');
      for (const entry of pieces.slice(i, end)) drop(entry, 'contents-list');
      for (const index of copies) {
        if (pieces[index]!.removedBy === 'notes-heading') pieces[index]!.removedBy = null;
        sectionHeads.add(index);
      }
    }
    i = Math.max(i, end);
  }
  return sectionHeads;
}

/** A closing bracketed part: where captions carry their credit ("… on Friday. (Ines Calderón / The Coastal Chronicle)"). */
const BRACKETED_TAIL = /\S\s+[(（[]([^()（）[\]]{3,80})[)）\]][.。]?$/u;

/**
 * Drops captions known by their template: two or more short paragraphs that
 * end in the same bracketed part are a gallery's captions with their credit,
 * in any language; story paragraphs do not repeat their closing words.
 */
export function dropTemplatedCaptions(pieces: readonly Piece[]): void {
  const byTail = new Map<string, Piece[]>();
  for (const piece of pieces) {
    const tail = isKept(piece) && piece.words <= MAX_CAPTION_WORDS ? BRACKETED_TAIL.exec(piece.folded)?.[1] : undefined;
    if (tail) byTail.set(tail, [...(byTail.get(tail) ?? []), piece]);
  }
  for (const captions of byTail.values()) if (captions.length >= 2) for (const caption of captions) drop(caption, 'photo-caption');
}

/** A label, a colon, then another story's headline: capitalised, four words or more, no sentence end ("Read also: Tea prices rise at the Mombasa auction"). */
const LABELLED_HEADLINE = /^[^:：]{2,40}?\s?[:：]\s+\p{Lu}\S*(?:\s+\S+){3,}$/u;
/**
 * The same in a script without capitals ("推荐阅读：储能电站招标价格连续三个月下降", "עוד בנושא: …"): a headline with no
 * clause in it. A field's value ("地点：市民中心") is shorter, or stands among other fields.
 */
const LABELLED_UNCASED_HEADLINE = new RegExp(`^[^:：]{1,20}?\\s?[:：]\\s*(\\p{Lo}[^.!?。！？，、,;；:：${SCRIPT_OWN_STOPS}]{7,})$`, 'u');
/** Fewest words in such a headline where words are spaced: a kicker's subheading names a topic in fewer ("הצעד הבא: ניסוי בשלוש ערים"). */
const MIN_UNCASED_HEADLINE_WORDS = 4;
/** Fewest characters in one written without spaces (Chinese, Japanese). */
const MIN_UNSPACED_HEADLINE_CHARS = 10;
/** Most words in the label of a link to another story. */
const MAX_LINK_LABEL_WORDS = 5;
/** Fewest words in the sentence that shows the story goes on under a link ("Tickets go on sale on 15 January."). */
const MIN_CLOSING_SENTENCE_WORDS = 3;

/** Whether a line is a label, a colon and another story's headline, in a cased script or one without capitals. */
function isLabelledHeadline(piece: Piece, above: Piece | undefined, below: Piece | undefined): boolean {
  if (new RegExp(`[.!?。"”»’${SCRIPT_OWN_STOPS}]$`, 'u').test(piece.text)) return false;
  if (LABELLED_HEADLINE.test(piece.text)) return true;
  // Without capitals only the lines around tell a link from a field: it stands alone between sentences of the story.
  const amongSentences = [above, below].every((line) => line !== undefined && endsSentence(line.text) && !/[:：]/u.test(line.text.slice(0, 20)));
  const headline = amongSentences ? LABELLED_UNCASED_HEADLINE.exec(piece.text)?.[1] : undefined;
  if (!headline) return false;
  const words = headline.split(/\s+/u).length;
  return words >= MIN_UNCASED_HEADLINE_WORDS || (words === 1 && headline.length >= MIN_UNSPACED_HEADLINE_CHARS);
}

/**
 * Drops links to other stories set inside the story, in any language: between
 * its paragraphs, a line that is a short label and a colon before a
 * headline with no sentence end. A subheading with a kicker runs
 * on in lower case ("Lesson two: people trust a graph"), and a quoted speaker's
 * words end as a sentence. Below the story such lines are the footer's ("Next notice: …").
 */
export function dropReadAlsoLinks(pieces: readonly Piece[]): void {
  const storyStart = firstBody(pieces)?.index ?? pieces.length;
  const lastProse = pieces.findLast((piece) => isKept(piece) && isProse(piece, 20))?.index ?? -1;
  const kept = pieces.filter(isKept);
  kept.forEach((piece, i) => {
    // A short closing sentence right under the link shows the story goes on ("Tickets go on sale on 15 January.").
    const storyGoesOn = piece.index < lastProse || (kept[i + 1] !== undefined && endsSentence(kept[i + 1]!.text) && kept[i + 1]!.words >= MIN_CLOSING_SENTENCE_WORDS);
    if (piece.index <= storyStart || !storyGoesOn || !isLabelledHeadline(piece, kept[i - 1], kept[i + 1])) return;
    const label = piece.text.split(/[:：]/u)[0]!;
    if (label.trim().split(/\s+/u).length <= MAX_LINK_LABEL_WORDS && !new RegExp(`[.!?,${SCRIPT_OWN_STOPS}]`, 'u').test(label)) drop(piece, 'related-link');
  });
}

/** Most words in a button's label ("Donate now", "Buy me a coffee", "サポート"). */
const MAX_BUTTON_WORDS = 4;
/** Most lines, and longest line in words, of the box above a button. */
const MAX_BUTTON_BOX_LINES = 2;
const MAX_BUTTON_BOX_LINE_WORDS = 60;

/** Longest line, in words, of an appeal set inside the story: a story's paragraph that speaks of support runs longer. */
const MAX_APPEAL_IN_TEXT_WORDS = 30;
/** What a box under the story asks the reader for, in the languages we read: a gift, support, a coffee, a subscription, its app (a closed class of stems). */
const SUPPORT_ASK = /donat|gift|support|subscri|membership|patreon|spende|unterstütz|abonn|soutien|souten|faire un don|donaci|donativo|apoy|suscri|doaç|apoi|assine|assinant|donazion|sostien|sostegno|abbon|поддерж|пожертв|подпиш|подписат|подписк|донат|bağış|destek|abone|تبرع|ادعم|اشترك|תרומה|תרמו|תמכו|サポート|支援|応援|投げ銭|打赏|赞赏|订阅|후원|구독|wesprzyj|wspie|wpłat|darowizn|steun|doneer|donatie|coffee|café|kaffee|caffè|ko-fi|download|télécharg|herunterlad|descarg|descarreg|baix[ae]|scarica|скача|indir|تحميل|הורד|ダウンロード|下载|다운로드/u;
/** A quotation of some length: a box asking for support quotes nobody, though it may put a section's name in quotes. */
const LONG_QUOTATION = /["“«„][^"“”«»„]{20,}["”»“]/u;

/** Letters a button's word and the call's verb share at their start when the button repeats the call ("Adoptez …" / "Adopter"). */
const ECHO_STEM_LETTERS = 4;
/** Longest label, in words, over a call box set inside the story ("Give a seal pup a home"). */
const MAX_CALL_BOX_LABEL_WORDS = 10;

/**
 * Whether a button repeats the verb of the call right above it ("Adopt a seal pup for £30 …" / "Adopt now", "Werden Sie
 * Pate …" / "Pate werden", "… sahiplenin." / "Sahiplen"): the verb opens the call, or closes it where the verb comes last.
 */
function echoesCall(button: Piece, call: Piece | undefined): boolean {
  if (call === undefined || !isKept(call)) return false;
  const stem = (word: string) => word.slice(0, ECHO_STEM_LETTERS);
  const callWords = call.folded.match(/\p{L}+/gu) ?? [];
  const edges = new Set([callWords[0], callWords[callWords.length - 1]].filter((word): word is string => word !== undefined && word.length >= ECHO_STEM_LETTERS).map(stem));
  return (button.folded.match(/\p{L}+/gu) ?? []).some((word) => word.length >= ECHO_STEM_LETTERS && edges.has(stem(word)));
}

/** A button's label: a word to four with no stop, kept or taken for a menu link. */
function isButton(piece: Piece): boolean {
  return (isKept(piece) || piece.removedBy === 'navigation') && piece.words >= 1 && piece.words <= MAX_BUTTON_WORDS && !new RegExp(`[.!?:。！？：${SCRIPT_OWN_STOPS}]$`, 'u').test(piece.text);
}

/**
 * Drops a box that asks the reader for support above its button, below the story's running text: a sentence or two,
 * one speaking to the reader, asking for a gift, support, a subscription or the app ("Your gift can bring clean water
 * to a family for a year." / "Donate now"; "この記事が気に入ったら、サポートをしてみませんか？" / "サポート"), held right
 * above a button that no running text follows. A story's closing words quote or report what someone said; a
 * subheading has its paragraph under it. Inside the story or above it, the box asks in a short line and its button asks
 * too ("Please support our work today. …" / "Donate"), or its button repeats the call's verb and a short label over the
 * call goes with it ("Give a seal pup a home" / "Adopt a seal pup … help us …" / "Adopt now"). The same ask printed again
 * elsewhere goes with it.
 */
export function dropButtonBoxes(pieces: readonly Piece[]): void {
  let proseSeen = 0;
  for (const button of pieces) {
    if (isKept(button) && isProse(button)) proseSeen++;
    const after = pieces[button.index + 1];
    // Above the story's running text or inside it, a short line may head a section: only a button that asks itself ("Donate", "Jetzt spenden") closes an appeal there.
    const inText = proseSeen < 2 || (after !== undefined && isKept(after) && isProse(after));
    // Inside the running text, a button that repeats the call above it closes a box as an asking button does.
    const echoed = inText && isButton(button) && echoesCall(button, pieces[button.index - 1]);
    if (!isButton(button) || (inText && !SUPPORT_ASK.test(button.folded) && !echoed)) continue;
    const box: Piece[] = [];
    for (let i = button.index - 1; i >= 0 && box.length < MAX_BUTTON_BOX_LINES; i--) {
      const line = pieces[i]!;
      // A call to get the site's app or to back it, dropped by its own rule, is part of the box all the same.
      if (line.removedBy === 'channel-promo' || line.removedBy === 'site-promo') {
        box.unshift(line);
        continue;
      }
      // Above the line next to the button, each line speaks to the reader: a story sentence that merely names support, signatures or a download does not.
      const asks = READER_ADDRESS.test(line.folded) || (box.length === 0 && SUPPORT_ASK.test(line.folded));
      if (!isKept(line) || !asks || line.words > MAX_BUTTON_BOX_LINE_WORDS || !endsSentence(line.text) || LONG_QUOTATION.test(line.text) || /[「」]/u.test(line.text) || REPORTED_SPEECH.test(line.folded)) break;
      box.unshift(line);
    }
    if (!box.some((line) => READER_ADDRESS.test(line.folded)) || (!echoed && ![button, ...box].some((line) => SUPPORT_ASK.test(line.folded)))) continue;
    if (inText && !box.some((line) => (echoed || SUPPORT_ASK.test(line.folded)) && line.words <= MAX_APPEAL_IN_TEXT_WORDS)) continue;
    for (const line of box.filter(isKept)) drop(line, 'button-box');
    drop(button, 'button-box');
    // Inside the story, a short line between running text and the box labels the box: the story goes on under the button.
    const label = pieces[box[0]!.index - 1];
    const aboveLabel = label && pieces[label.index - 1];
    if (echoed && label && isKept(label) && label.words <= MAX_CALL_BOX_LABEL_WORDS && isHeadlineLike(label) && aboveLabel && isKept(aboveLabel) && isProse(aboveLabel)) drop(label, 'button-box');
  }
  // The same ask printed once more inside the story (a platform's prompt between sections) goes too.
  const asks = new Set(pieces.filter((piece) => piece.removedBy === 'button-box' && piece.words > MAX_BUTTON_WORDS).map((piece) => lettersOf(piece.folded)));
  for (const piece of pieces) if (isKept(piece) && asks.has(lettersOf(piece.folded))) drop(piece, 'button-box');
}

/** Rules that drop the rows of a box of links set inside the story (listings, related pages). */
const BOX_ROW_RULES = new Set(['link-row', 'related-link', 'short-run']);
/** Fewest rows between a box's heading and the link that closes it. */
const MIN_BOX_ROWS = 2;

/**
 * Drops the link that closes a box of links set inside the story, taken for a subheading: right under the box's rows,
 * all dropped, it names a term of the box's heading ("Jobs you may like" / two listings / "View all jobs"). A
 * subheading under such a box names its own section's things.
 */
export function dropBoxClosingLinks(pieces: readonly Piece[], headings: Headings): void {
  for (const index of [...headings.keys()]) {
    const piece = pieces[index]!;
    let top = index - 1;
    while (top >= 0 && BOX_ROW_RULES.has(pieces[top]!.removedBy ?? '')) top--;
    const rows = index - 1 - top;
    const heading = pieces[top + 1];
    if (!heading || rows < MIN_BOX_ROWS + 1 || !sharesTerm(pieces, piece, heading)) continue;
    drop(piece, 'related-link');
    headings.delete(index);
  }
}
