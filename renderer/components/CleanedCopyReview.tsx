/**
 * "Review cleaned copy": for an article cleaned from a pasted or saved text
 * copy, a note under the title says how many of the copy's lines the cleaner
 * left out, and the review lists every line of the original in order — left-out
 * lines struck through with "Put back", story lines with "Leave out" — so that
 * nothing the analyst brought is lost for good. Apply rebuilds the article.
 */
import { useEffect, useId, useState } from 'react';
import type { CleanedCopyReview, CleanedUnit, ReviewOverrides } from '../../shared/textdump/review.ts';
import { plural } from '../format.ts';
import { useAppStore } from '../store/store.ts';
import { ReaderDialog } from './ReaderDialog.tsx';

/** Lines the cleaner read as the article's title, byline, date or author bio: used, though not in the story's text. */
const READ_AS: Readonly<Record<string, string>> = { title: 'Title', metadata: 'Byline or date', 'author-bio': 'Author bio' };

/** Whether the unit at `index` is in the story once the overrides apply. */
function inStory(unit: CleanedUnit, index: number, overrides: ReviewOverrides): boolean {
  return unit.kept !== null ? !overrides.leaveOut.includes(index) : overrides.putBack.includes(index);
}

/** Lines out of the story and not read as the title, byline, date or bio: what the cleaner threw away. */
function countLeftOut(review: CleanedCopyReview, overrides: ReviewOverrides): number {
  return review.units.filter((unit, index) => !inStory(unit, index, overrides) && !(unit.rule && unit.rule in READ_AS)).length;
}

/** The copy's origin as the note says it: a file by its name, else a paste. */
function copyName(label: string): string {
  return /\.(txt|text)$/i.test(label) ? label : 'a pasted copy';
}

/**
 * The note under the reader's title, and the review it opens; nothing for an
 * article saved otherwise. With nothing left out the note offers no review:
 * the article's actions still do, to leave lines out.
 */
export function CleanedCopyNote({ articleId, contentHash }: { articleId: number; contentHash: string }) {
  const review = useAppStore((s) => (s.cleanedCopy?.articleId === articleId ? s.cleanedCopy : null));
  const reviewOpen = useAppStore((s) => s.cleanedCopyReviewOpen);
  const load = useAppStore((s) => s.loadCleanedCopy);
  const open = useAppStore((s) => s.openCleanedCopyReview);

  // Again when the text changes: a review applied elsewhere changes what is left out.
  useEffect(() => {
    void load(articleId);
  }, [articleId, contentHash, load]);

  if (!review) return null;
  const leftOut = countLeftOut(review, review.overrides);
  return (
    <div className="cleaned-copy">
      <p className="cleaned-copy-note">
        <span>
          <bdi>Cleaned from {copyName(review.label)}</bdi>
        </span>
        {leftOut === 0 ? (
          <span>Nothing left out</span>
        ) : (
          <>
            <span>
              <bdi>{plural(leftOut, 'line')} left out</bdi>
            </span>
            <button type="button" className="link-button" onClick={open}>
              Review
            </button>
          </>
        )}
      </p>
      {reviewOpen ? <ReviewDialog review={review} /> : null}
    </div>
  );
}

function ReviewDialog({ review }: { review: CleanedCopyReview }) {
  const close = useAppStore((s) => s.closeCleanedCopyReview);
  const apply = useAppStore((s) => s.applyCleanedCopyReview);
  const [overrides, setOverrides] = useState<ReviewOverrides>(review.overrides);
  const [problem, setProblem] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const baseId = useId();
  const changed = JSON.stringify(overrides) !== JSON.stringify(review.overrides);
  const leftOut = countLeftOut(review, overrides);

  const toggle = (unit: CleanedUnit, index: number) => {
    const list = unit.kept !== null ? 'leaveOut' : 'putBack';
    const current = overrides[list];
    const next = current.includes(index) ? current.filter((other) => other !== index) : [...current, index].sort((a, b) => a - b);
    setOverrides({ ...overrides, [list]: next });
    setProblem(null);
  };

  const submit = async () => {
    setBusy(true);
    const refusal = await apply(overrides);
    setBusy(false);
    if (refusal !== null) setProblem(refusal);
  };

  return (
    <ReaderDialog
      title="Review cleaned copy"
      className="cleaned-copy-dialog"
      description="Every line of the original copy, in order. Struck-through lines were left out of the article; put back what belongs to the story, leave out what does not."
      onClose={close}
      footer={
        <>
          <span className="cleaned-copy-count" aria-live="polite">
            {plural(leftOut, 'line')} left out
          </span>
          <button type="button" className="button button-quiet" onClick={close}>
            Cancel
          </button>
          <button type="button" className="button button-primary" disabled={busy || !changed} onClick={() => void submit()}>
            Apply
          </button>
        </>
      }
    >
      <ol className="cleaned-copy-lines" aria-label="Lines of the original copy">
        {review.units.map((unit, index) => {
          const kept = unit.kept !== null;
          const overruled = (kept ? overrides.leaveOut : overrides.putBack).includes(index);
          const story = kept !== overruled;
          const readAs = !kept && unit.rule ? READ_AS[unit.rule] : undefined;
          const textId = `${baseId}-${index}`;
          return (
            <li key={index} className="cleaned-copy-line" data-in-story={story || undefined} data-read-as={readAs ? '' : undefined} data-changed={overruled || undefined}>
              <span className="cleaned-copy-number" aria-hidden="true">
                {index + 1}
              </span>
              <span className="cleaned-copy-text" id={textId} dir="auto">
                {unit.kept === 'h2' || unit.kept === 'h3' ? <strong>{unit.text}</strong> : unit.text}
                {readAs ? <span className="cleaned-copy-tag">{readAs}</span> : null}
              </span>
              <label className="cleaned-copy-toggle">
                <input type="checkbox" checked={overruled} aria-describedby={textId} onChange={() => toggle(unit, index)} />
                {kept ? 'Leave out' : 'Put back'}
                <span className="sr-only"> line {index + 1}</span>
              </label>
            </li>
          );
        })}
      </ol>
      {problem ? (
        <p className="field-hint" role="alert" data-problem>
          {problem}
        </p>
      ) : null}
    </ReaderDialog>
  );
}
