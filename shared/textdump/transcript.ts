/**
 * A broadcast's transcript marks its segments with tags in brackets ("[앵커]",
 * "[ANCHOR]", "[SOT] Gareth Lewis / dairy farmer", "【インタビュー】…"): the tags are
 * the page's furniture, and the quotation right under a tag is the speaker's
 * clip, a paragraph of the story, not a pull quote lifted from it.
 */
import { endsSentence, isKept, type Piece } from './pieces.ts';

/** A tag of a few letters in brackets opening a line, then at most a name and a role ("[SOT] Helen Price / farmers' union"). */
const SEGMENT_TAG = /^[[【]\p{L}[\p{L} ]{0,15}[\]】]\s*([^,，、]*)$/u;
/** Most words after the tag: a kicker over a headline ("[포토에세이] 겨울 새벽, …") runs longer, or has a clause. */
const MAX_TAG_LINE_WORDS = 6;
/** Fewest tags that show a page is a transcript. */
const MIN_TAGS = 2;

function isSegmentTag(piece: Piece): boolean {
  const rest = SEGMENT_TAG.exec(piece.text)?.[1];
  return rest !== undefined && (rest === '' || rest.split(/\s+/u).length <= MAX_TAG_LINE_WORDS) && !endsSentence(piece.text);
}

/** Drops a transcript's segment tags and keeps the quotation under each as the story's: a page whose tags stand over speakers' clips. */
export function readTranscriptTags(pieces: readonly Piece[]): void {
  const tags = pieces.filter(isSegmentTag);
  const overClip = tags.some((tag) => pieces[tag.index + 1]?.removedBy === 'pull-quote');
  if (tags.length < MIN_TAGS || !overClip) return;
  for (const tag of tags) {
    // A marker of the broadcast set inside the story, like a player's control: the story goes on past it.
    if (isKept(tag)) tag.removedBy = 'media-control';
    const clip = pieces[tag.index + 1];
    if (clip?.removedBy === 'pull-quote') clip.removedBy = null;
  }
}
