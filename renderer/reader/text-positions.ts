/**
 * Between the DOM and the article's plain text. The reader's article element
 * holds the stored HTML, whose text content is exactly the article's `text`
 * (see electron/import/normalize.ts), so a character offset means the same in
 * both: count the characters of the text nodes in document order.
 */

/** The text nodes under `root`, in document order. */
function textNodes(root: Node): Text[] {
  const walker = root.ownerDocument!.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  const nodes: Text[] = [];
  for (let node = walker.nextNode(); node; node = walker.nextNode()) nodes.push(node as Text);
  return nodes;
}

/** The offset in `root`'s text of a DOM boundary point (a node and an offset in it). */
function offsetOf(root: Node, container: Node, offset: number): number | null {
  if (!root.contains(container)) return null;
  let total = 0;
  if (container.nodeType === Node.TEXT_NODE) {
    for (const node of textNodes(root)) {
      if (node === container) return total + offset;
      total += node.data.length;
    }
    return null;
  }
  // An element boundary: everything in the children before `offset`.
  const before = container.ownerDocument!.createRange();
  before.setStart(root, 0);
  before.setEnd(container, offset);
  return before.toString().length;
}

/**
 * The [start, end) of a selection within `root`'s text, or null when the
 * selection is collapsed or reaches outside `root`.
 */
export function offsetsOfRange(root: Node, range: Range): { start: number; end: number } | null {
  if (range.collapsed) return null;
  const start = offsetOf(root, range.startContainer, range.startOffset);
  const end = offsetOf(root, range.endContainer, range.endOffset);
  if (start === null || end === null || end <= start) return null;
  return { start, end };
}

/** The text segments covering [start, end): each a text node and the part of it inside the range. */
export function segmentsForOffsets(root: Node, start: number, end: number): Array<{ node: Text; from: number; to: number }> {
  const segments: Array<{ node: Text; from: number; to: number }> = [];
  let position = 0;
  for (const node of textNodes(root)) {
    const length = node.data.length;
    const from = Math.max(start, position);
    const to = Math.min(end, position + length);
    if (from < to) segments.push({ node, from: from - position, to: to - position });
    position += length;
    if (position >= end) break;
  }
  return segments;
}

/** A DOM range over [start, end) of `root`'s text, or null if the offsets are outside it. */
export function rangeForOffsets(root: Node, start: number, end: number): Range | null {
  const segments = segmentsForOffsets(root, start, end);
  const first = segments[0];
  const last = segments[segments.length - 1];
  if (!first || !last) return null;
  const range = root.ownerDocument!.createRange();
  range.setStart(first.node, first.from);
  range.setEnd(last.node, last.to);
  return range;
}

/**
 * [start, end) of `text` without the white space at either end (a drag often
 * takes in the space or the paragraph break beside the words), or null when
 * nothing but white space is left.
 */
export function trimOffsets(text: string, start: number, end: number): { start: number; end: number } | null {
  let from = Math.max(0, start);
  let to = Math.min(text.length, end);
  while (from < to && /\s/.test(text[from]!)) from++;
  while (to > from && /\s/.test(text[to - 1]!)) to--;
  return from < to ? { start: from, end: to } : null;
}
