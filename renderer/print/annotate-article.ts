/**
 * Puts an article's highlights and note numbers into its printed text. The
 * marks are the reader's (paint-highlights.ts); after them, each note gets a
 * superscript number at the end of its highlight and, in margin mode, a
 * callout floated into the column at the end of the lines (the left one for a
 * right-to-left article, print.css) beside that line. Floats are what print
 * fragmentation handles well: a callout sits on the line of its number,
 * later callouts stack below earlier ones (they clear each other), and a
 * callout that does not fit moves to the next page with its line; one that
 * lands too far from its number is printed as an endnote instead (`moved`,
 * margin-notes.ts). A graded highlight's evaluation code ("B2") goes in its
 * callout, or after its text as an inline label ("Source B2") when it has no
 * note: on the line, never raised, so that it cannot read as a note number.
 *
 * Numbers and callouts are added only after every highlight is painted:
 * they add text, and painting works by text offsets.
 */
import type { PdfOptions } from '../../shared/export.ts';
import { marksOf } from '../components/HighlightMarks.tsx';
import { renderMarkdown } from '../markdown.ts';
import { paintHighlight } from '../reader/paint-highlights.ts';
import type { NumberedNote } from './notes.ts';

export interface ArticleAnnotations {
  /** `evaluation`: the highlight's code ("B2"), printed in its callout, or after it when it has no note. */
  placed: ReadonlyArray<{ id: number; start: number; end: number; color: string; evaluation: string | null }>;
  notes: readonly NumberedNote[];
  mode: PdfOptions['notes'];
  /** The endnote element id for a note number (endnotes mode links the number to it). */
  endnoteId: (number: number) => string;
  /** In margin mode, the highlights whose notes did not fit beside their passage: printed as endnotes (margin-notes.ts). */
  moved?: ReadonlySet<number>;
}

export function annotateArticle(body: HTMLElement, { placed, notes, mode, endnoteId, moved = new Set() }: ArticleAnnotations): void {
  const document = body.ownerDocument;
  for (const highlight of placed) paintHighlight(body, highlight);
  const evaluations = new Map(placed.map((highlight) => [highlight.id, highlight.evaluation]));
  const noted = new Set(notes.map(({ highlight }) => highlight.id));
  for (const { id, evaluation } of placed) {
    if (evaluation === null || noted.has(id)) continue;
    marksOf(body, id).at(-1)?.after(evaluationRef(document, evaluation));
  }
  for (const { number, highlight } of notes) {
    const last = marksOf(body, highlight.id).at(-1);
    if (!last) continue;
    const ref = document.createElement('sup');
    ref.className = 'note-ref';
    ref.dataset.color = highlight.color;
    ref.dataset.highlightId = String(highlight.id);
    const inMargin = mode === 'margin' && !moved.has(highlight.id);
    if (!inMargin) {
      const link = document.createElement('a');
      link.href = `#${endnoteId(number)}`;
      link.textContent = String(number);
      ref.append(link);
    } else {
      ref.textContent = String(number);
    }
    last.after(ref);
    const evaluation = evaluations.get(highlight.id) ?? null;
    if (inMargin) ref.after(marginCallout(document, highlight.id, number, highlight.color, highlight.note, evaluation));
    else if (evaluation !== null) ref.after(evaluationRef(document, evaluation));
  }
}

/** A graded highlight's code in the text, after its last mark: "Source B2", or "Information 2" for credibility alone. */
function evaluationRef(document: Document, evaluation: string): HTMLElement {
  const ref = document.createElement('span');
  ref.className = 'evaluation-ref';
  ref.textContent = `${/^[A-F]/.test(evaluation) ? 'Source' : 'Information'} ${evaluation}`;
  return ref;
}

function marginCallout(document: Document, highlightId: number, number: number, color: string, note: string, evaluation: string | null): HTMLElement {
  const callout = document.createElement('span');
  callout.className = 'sidenote';
  callout.dataset.color = color;
  callout.dataset.highlightId = String(highlightId);
  callout.setAttribute('role', 'note');
  const label = document.createElement('span');
  label.className = 'sidenote-number';
  label.textContent = String(number);
  const text = document.createElement('span');
  text.className = 'sidenote-text note-markdown';
  text.dir = 'auto';
  // renderMarkdown's output is sanitized with the reader's policy.
  text.innerHTML = renderMarkdown(note);
  callout.append(label);
  if (evaluation !== null) {
    const code = document.createElement('span');
    code.className = 'sidenote-evaluation';
    code.textContent = evaluation;
    callout.append(code);
  }
  callout.append(text);
  return callout;
}
