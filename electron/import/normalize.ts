/**
 * Shapes sanitized article HTML so that its text content *is* the article's
 * plain text: whitespace collapsed inside blocks, and exactly one blank line
 * (BLOCK_SEPARATOR) between blocks. The reader anchors highlights into the
 * DOM's text, the library stores `text`; because they are the same string,
 * offsets agree without any mapping.
 */
import { BLOCK_SEPARATOR } from '../../shared/text.ts';

const BLOCKS = new Set([
  'ADDRESS', 'ARTICLE', 'ASIDE', 'BLOCKQUOTE', 'CAPTION', 'DD', 'DIV', 'DL', 'DT', 'FIGCAPTION', 'FIGURE',
  'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'HR', 'LI', 'OL', 'P', 'PRE', 'SECTION', 'TABLE', 'TBODY', 'TD',
  'TFOOT', 'TH', 'THEAD', 'TR', 'UL',
]);

const TEXT_NODE = 3;
const ELEMENT_NODE = 1;

function isBlock(node: Node): boolean {
  return node.nodeType === ELEMENT_NODE && BLOCKS.has((node as Element).tagName);
}

/** Collapses white space across a run of inline nodes as a browser would show it. */
function collapseInline(nodes: Node[]): void {
  let endsWithSpace = true; // at the start of a block, leading space disappears
  const texts: Text[] = [];
  const visit = (node: Node): void => {
    if (node.nodeType === TEXT_NODE) {
      const text = node as Text;
      let value = text.data.replace(/[\t\n\f\r ]+/g, ' ');
      if (endsWithSpace && value.startsWith(' ')) value = value.slice(1);
      // Most text is already collapsed; jsdom makes every write of `data` a replace, even of the same text.
      if (value !== text.data) text.data = value;
      if (value !== '') {
        endsWithSpace = value.endsWith(' ');
        texts.push(text);
      }
    } else if (node.nodeType === ELEMENT_NODE) {
      if ((node as Element).tagName === 'BR') {
        const last = texts[texts.length - 1];
        if (last && last.data.endsWith(' ')) last.data = last.data.slice(0, -1);
        node.parentNode?.insertBefore(node.ownerDocument!.createTextNode('\n'), node.nextSibling);
        endsWithSpace = true;
        return;
      }
      for (const child of [...node.childNodes]) visit(child);
    }
  };
  for (const node of nodes) visit(node);
  const last = texts[texts.length - 1];
  if (last && last.data.endsWith(' ')) last.data = last.data.slice(0, -1);
}

/** Normalizes `container`'s children; returns whether it holds any text. */
function normalizeBlock(container: Element): boolean {
  if (container.tagName === 'PRE') return (container.textContent ?? '') !== '';
  const items: Array<{ nodes: Node[]; hasText: boolean }> = [];
  let run: Node[] = [];
  const flush = () => {
    if (run.length === 0) return;
    collapseInline(run);
    const hasText = run.some((node) => (node.textContent ?? '') !== '');
    items.push({ nodes: run, hasText });
    run = [];
  };
  for (const child of [...container.childNodes]) {
    if (child.nodeType === TEXT_NODE || (child.nodeType === ELEMENT_NODE && !isBlock(child))) run.push(child);
    else if (isBlock(child)) {
      flush();
      items.push({ nodes: [child], hasText: normalizeBlock(child as Element) });
    } else container.removeChild(child);
  }
  flush();

  // Drop text nodes left empty, then put one separator between blocks that have text.
  for (const item of items) {
    for (const node of item.nodes) if (node.nodeType === TEXT_NODE && (node as Text).data === '') (node as Text).remove();
  }
  const withText = items.filter((item) => item.hasText);
  for (const item of withText.slice(1)) {
    const first = item.nodes.find((node) => node.parentNode === container);
    if (first) container.insertBefore(container.ownerDocument.createTextNode(BLOCK_SEPARATOR), first);
  }
  return withText.length > 0;
}

export function normalizeArticleDom(root: Element): void {
  normalizeBlock(root);
}
