/**
 * Passages and provenance in the reader: scrolling to a passage the entity
 * index or the timeline points at, and the "Check for changes" comparison of
 * a saved page with a fresh copy (Keep saved version / Replace).
 */
import { useEffect, useId, type RefObject } from 'react';
import type { Article } from '../../shared/model.ts';
import type { RefetchPreview } from '../../shared/tradecraft/model.ts';
import { formatDate } from '../format.ts';
import { rangeForOffsets } from '../reader/text-positions.ts';
import { useAppStore } from '../store/store.ts';
import { ReaderDialog } from './ReaderDialog.tsx';

/** The CSS highlight (::highlight(passage)) a shown passage wears for a moment. */
const PASSAGE_HIGHLIGHT = 'passage';
const PASSAGE_MS = 2400;

/**
 * When the store asks for a passage of this article, scrolls it into the
 * middle of the reader and marks it for a moment (the CSS Custom Highlight
 * API: nothing in the article's DOM changes).
 */
export function usePassage(article: Article, bodyRef: RefObject<HTMLElement | null>, ready: boolean): void {
  const passage = useAppStore((s) => (s.passage?.articleId === article.id ? s.passage : null));
  useEffect(() => {
    const body = bodyRef.current;
    if (!passage || !body || !ready) return;
    const range = rangeForOffsets(body, passage.start, passage.end);
    if (!range) return;
    const element = range.startContainer.parentElement;
    element?.scrollIntoView({ block: 'center' });
    if (typeof Highlight === 'undefined' || !('highlights' in CSS)) return;
    CSS.highlights.set(PASSAGE_HIGHLIGHT, new Highlight(range));
    const timer = setTimeout(() => CSS.highlights.delete(PASSAGE_HIGHLIGHT), PASSAGE_MS);
    return () => {
      clearTimeout(timer);
      CSS.highlights.delete(PASSAGE_HIGHLIGHT);
    };
  }, [passage, bodyRef, ready]);
}

/** Unchanged text between changes keeps a little context either side; the rest is elided. */
const CONTEXT_CHARS = 140;

function shortenUnchanged(text: string, first: boolean, last: boolean): string {
  if (text.length <= CONTEXT_CHARS * 2 + 20) return text;
  const head = first ? '' : text.slice(0, CONTEXT_CHARS);
  const tail = last ? '' : text.slice(-CONTEXT_CHARS);
  return `${head} … ${tail}`;
}

/** The comparison of the saved text with the fresh copy, shown when "Check for changes" has an answer. */
export function RefetchDialog({ preview }: { preview: RefetchPreview }) {
  const keep = useAppStore((s) => s.keepSavedVersion);
  const replace = useAppStore((s) => s.replaceWithNewVersion);
  const summaryId = useId();
  const orphaned = preview.highlights.filter((h) => h.anchor.status === 'orphaned');
  const saved = formatDate(preview.savedAt);
  return (
    <ReaderDialog
      title={preview.unchanged ? 'No changes since capture' : 'Changes since capture'}
      description={
        <span id={summaryId}>
          {preview.unchanged
            ? `The page reads the same as the copy saved ${saved ?? ''}.`
            : `Since the copy saved ${saved ?? ''}: ${preview.added} words added, ${preview.removed} removed.`}
        </span>
      }
      className="refetch-dialog"
      onClose={keep}
      footer={
        preview.unchanged ? (
          <button type="button" className="button button-primary" onClick={keep}>
            Done
          </button>
        ) : (
          <>
            <button type="button" className="button" onClick={keep}>
              Keep saved version
            </button>
            <button type="button" className="button button-primary" onClick={() => void replace()}>
              Replace with new version
            </button>
          </>
        )
      }
    >
      {preview.unchanged ? null : (
        <>
          <p className="refetch-legend">
            <ins className="diff-added">+ added</ins> <del className="diff-removed">− removed</del>
          </p>
          <div className="refetch-diff" tabIndex={0} role="region" aria-label="Differences" aria-describedby={summaryId}>
            {preview.changes.map((change, index) =>
              change.kind === 'added' ? (
                <ins key={index} className="diff-added">
                  <span className="diff-sign" aria-hidden="true">+</span>
                  {change.text}
                </ins>
              ) : change.kind === 'removed' ? (
                <del key={index} className="diff-removed">
                  <span className="diff-sign" aria-hidden="true">−</span>
                  {change.text}
                </del>
              ) : (
                <span key={index}>{shortenUnchanged(change.text, index === 0, index === preview.changes.length - 1)}</span>
              ),
            )}
          </div>
          {preview.highlights.length > 0 ? (
            <p className="refetch-highlights">
              {orphaned.length === 0
                ? `All ${preview.highlights.length} highlights still fit the new text.`
                : `${orphaned.length} of ${preview.highlights.length} highlights would be orphaned: ${orphaned.map((h) => `“${h.quote.slice(0, 60)}”`).join(', ')}.`}
            </p>
          ) : null}
        </>
      )}
    </ReaderDialog>
  );
}
