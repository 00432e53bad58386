/**
 * Repeated text: the lede printed again under the photo, a standfirst that
 * is the first paragraph again, a pull quote, a teaser of the story itself.
 * Each is kept once.
 */

/** Fewer words than this are too common to call a repeat (a subheading, "Reply"). */
const MIN_REPEAT_WORDS = 8;
/**
 * Overlap (Jaccard) of word pairs above which two paragraphs are the same
 * text edited slightly. Pairs, not single words: two paragraphs of one story
 * share most of their words, but few of their word pairs.
 */
const NEAR_DUPLICATE = 0.75;
/**
 * Paragraphs compared for near-repeats: those this close together, and the
 * opening ones with all others (a lede may come back as a teaser at the end).
 * Exact repeats are found anywhere. The bound keeps a book-length text linear.
 */
const NEAR_WINDOW = 12;
const OPENING_PARAGRAPHS = 6;

interface Comparable {
  text: string;
  pairs: Set<string>;
  count: number;
}

function comparable(text: string, fold: (text: string) => string): Comparable {
  const normal = fold(text)
    .replace(/[\p{P}\p{S}]+/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  const words = normal.split(' ');
  const pairs = new Set<string>();
  for (let i = 1; i < words.length; i++) pairs.add(`${words[i - 1]!} ${words[i]!}`);
  return { text: normal, pairs, count: words.length };
}

function overlap(a: Set<string>, b: Set<string>): number {
  // Sets this different in size cannot overlap enough; skip the count.
  if (Math.min(a.size, b.size) < Math.max(a.size, b.size) * NEAR_DUPLICATE) return 0;
  let shared = 0;
  for (const pair of a) if (b.has(pair)) shared++;
  return shared / (a.size + b.size - shared);
}

/**
 * Finds paragraphs that repeat another. Returns the indexes to drop. The
 * fuller copy stays: of a truncated excerpt, a pull quote or a slightly
 * edited copy, the longer paragraph. Of two equal copies, the one in the
 * running text stays: the second when the first opens the text (a standfirst
 * above the photo), otherwise the first.
 */
export function findRepeats(paragraphs: readonly string[], fold: (text: string) => string): Set<number> {
  const items = paragraphs.map((paragraph) => comparable(paragraph, fold));
  const dropped = new Set<number>();
  const firstSeen = new Map<string, number>();
  items.forEach((item, index) => {
    if (item.count < MIN_REPEAT_WORDS) return;
    const earlier = firstSeen.get(item.text);
    if (earlier === undefined) firstSeen.set(item.text, index);
    else dropped.add(earlier === 0 && !dropped.has(0) ? 0 : index);
  });
  for (let i = 0; i < items.length; i++) {
    const a = items[i]!;
    const last = i < OPENING_PARAGRAPHS ? items.length - 1 : Math.min(items.length - 1, i + NEAR_WINDOW);
    for (let j = i + 1; j <= last && !dropped.has(i); j++) {
      const b = items[j]!;
      if (a.count < MIN_REPEAT_WORDS || b.count < MIN_REPEAT_WORDS || dropped.has(j) || a.text === b.text) continue;
      const similar = overlap(a.pairs, b.pairs) >= NEAR_DUPLICATE;
      if (b.text.includes(a.text) || (similar && a.count <= b.count)) dropped.add(i);
      else if (a.text.includes(b.text) || similar) dropped.add(j);
    }
  }
  return dropped;
}
