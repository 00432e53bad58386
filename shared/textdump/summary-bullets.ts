/**
 * A box of bullet points under a short label, printed between the headline
 * and the story ("ポイント" / "・…" / "・…", "In short" / "- …" / "- …"): a recap of
 * the story, which the corpus counts as furniture, in any language. Bullets
 * with no label right under the headline are a release's subtitles, and a
 * list under the story's first paragraph is the story's own.
 */
import { drop, endsSentence, isKept, isProse, type Piece } from './pieces.ts';

/** A bullet opening a line: a symbol, maybe held to the text ("・冬に…"), or a dash or star and a space ("- Koeien …"). */
const BULLET = /^(?:([・•●▪◦○◆■])\s*|([-–*])\s+)\S/u;

/** Most words in the box's label ("Key points", "In het kort", "ポイント"); written without spaces, most characters. */
const MAX_LABEL_WORDS = 3;
const MAX_LABEL_CHARS = 25;
/** How many points such a box holds. */
const MIN_POINTS = 2;
const MAX_POINTS = 6;

/** The bullet a line opens with, or undefined. */
export function bulletOf(piece: Piece): string | undefined {
  const match = BULLET.exec(piece.text);
  return match ? (match[1] ?? match[2]) : undefined;
}

/** A few words with no stop and no bullet: what labels a box. */
function isBoxLabel(piece: Piece): boolean {
  return piece.words <= MAX_LABEL_WORDS && piece.text.length <= MAX_LABEL_CHARS && !endsSentence(piece.text) && bulletOf(piece) === undefined;
}

/** Drops the points of each labelled bullet box standing above the story's first paragraph, the label left to the header rules. */
export function dropLabelledBulletBoxes(pieces: readonly Piece[]): void {
  const kept = pieces.filter(isKept);
  const storyStart = kept.find((piece) => isProse(piece, 20) && bulletOf(piece) === undefined)?.index ?? pieces.length;
  for (let i = 0; i < kept.length && kept[i]!.index < storyStart; i++) {
    const bullet = kept[i + 1] && bulletOf(kept[i + 1]!);
    if (!isBoxLabel(kept[i]!) || bullet === undefined) continue;
    let end = i + 1;
    while (end + 1 < kept.length && bulletOf(kept[end + 1]!) === bullet) end++;
    const points = kept.slice(i + 1, end + 1);
    const under = kept[end + 1];
    const overStory = under !== undefined && under.index >= storyStart && bulletOf(under) === undefined;
    if (points.length >= MIN_POINTS && points.length <= MAX_POINTS && overStory) for (const point of points) drop(point, 'summary-box');
    i = end;
  }
}
