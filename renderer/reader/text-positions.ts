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

/** {@link offsetsOfRange} for a range between two text nodes (as selections mostly are): one walk, up to its end. */
function textOffsetsOfRange(root: Node, range: Range): { start: number; end: number } | null {
  const walker = root.ownerDocument!.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  let total = 0;
  let start: number | null = null;
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (node === range.startContainer) start = total + range.startOffset;
    if (node === range.endContainer) {
      const end = total + range.endOffset;
      return start !== null && end > start ? { start, end } : null;
    }
    total += (node as Text).data.length;
  }
  return null;
}

/**
 * The [start, end) of a selection within `root`'s text, or null when the
 * selection is collapsed or reaches outside `root`.
 */
export function offsetsOfRange(root: Node, range: Range): { start: number; end: number } | null {
  if (range.collapsed) return null;
  const { startContainer, endContainer } = range;
  if (startContainer.nodeType === Node.TEXT_NODE && endContainer.nodeType === Node.TEXT_NODE) return textOffsetsOfRange(root, range);
  const start = offsetOf(root, startContainer, range.startOffset);
  const end = offsetOf(root, endContainer, range.endOffset);
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

/** A text segment in a {@link TextNodeIndex}: where its node is in the index, and the part of it inside a range. */
export interface IndexedSegment {
  index: number;
  node: Text;
  from: number;
  to: number;
}

/**
 * The text nodes under `root` and where each starts in its text, walked once
 * and kept in step as nodes are split: painting 300 highlights into a long
 * article looks each one up by binary search instead of walking the article's
 * text nodes from the top every time.
 */
export class TextNodeIndex {
  private readonly nodes: Text[];
  private readonly starts: number[] = [];

  constructor(root: Node) {
    this.nodes = textNodes(root);
    let position = 0;
    for (const node of this.nodes) {
      this.starts.push(position);
      position += node.data.length;
    }
  }

  /** The same segments as {@link segmentsForOffsets}, with their place in the index. */
  segments(start: number, end: number): IndexedSegment[] {
    // The first node that ends after `start` (a node's end is the next one's start).
    let low = 0;
    let high = this.nodes.length;
    while (low < high) {
      const middle = (low + high) >> 1;
      if (this.starts[middle]! + this.nodes[middle]!.data.length <= start) low = middle + 1;
      else high = middle;
    }
    const segments: IndexedSegment[] = [];
    for (let index = low; index < this.nodes.length && this.starts[index]! < end; index++) {
      const node = this.nodes[index]!;
      const position = this.starts[index]!;
      const from = Math.max(start, position);
      const to = Math.min(end, position + node.data.length);
      if (from < to) segments.push({ index, node, from: from - position, to: to - position });
    }
    return segments;
  }

  /** Splits the node at `index` `at` characters in, as Text.splitText does; returns the second part. */
  split(index: number, at: number): Text {
    const rest = this.nodes[index]!.splitText(at);
    this.nodes.splice(index + 1, 0, rest);
    this.starts.splice(index + 1, 0, this.starts[index]! + at);
    return rest;
  }
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
