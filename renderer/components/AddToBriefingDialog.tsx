/**
 * "Add to briefing…": the selected articles (or the articles of the highlights
 * chosen in the evidence locker) go into the briefing chosen here, or into a
 * new one named here. An article may sit in several briefings; one already in
 * the chosen briefing keeps its place there.
 */
import { useId, useState, type FormEvent } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { plural } from '../format.ts';
import type { AddToBriefingTarget } from '../store/briefings-slice.ts';
import { useAppStore } from '../store/store.ts';
import { BriefingIcon } from './icons.tsx';
import { ReaderDialog } from './ReaderDialog.tsx';
import { TlpBadge, tlpLabel } from './TlpBadge.tsx';

/** Highlights name no articles here: main finds them. */
const NO_ARTICLES: readonly number[] = [];

export function AddToBriefingDialog() {
  const target = useAppStore((s) => s.addToBriefingTarget);
  return target && target.ids.length > 0 ? <AddToBriefingBody target={target} /> : null;
}

function AddToBriefingBody({ target }: { target: AddToBriefingTarget }) {
  const articleIds = target.kind === 'articles' ? target.ids : NO_ARTICLES;
  const briefingIds = useAppStore(useShallow((s) => s.briefings.map((b) => b.id)));
  const close = useAppStore((s) => s.closeAddToBriefing);
  const createBriefing = useAppStore((s) => s.createBriefing);
  const addArticles = useAppStore((s) => s.addArticlesToBriefing);
  const addHighlights = useAppStore((s) => s.addEvidenceToBriefing);
  const firstTitle = useAppStore((s) => (articleIds.length === 1 ? (s.articlesById[articleIds[0]!]?.title ?? s.readerArticle?.title) : undefined));
  const [busy, setBusy] = useState(false);
  const [newTitle, setNewTitle] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const newTitleId = useId();
  const problemId = useId();

  const addTo = async (briefingId: number) => {
    setBusy(true);
    const added = target.kind === 'articles' ? await addArticles(briefingId, target.ids) : await addHighlights(briefingId, target.ids);
    setBusy(false);
    if (added) close();
  };

  const createAndAdd = async (event: FormEvent) => {
    event.preventDefault();
    const title = newTitle.trim();
    if (title === '') {
      setProblem('Give the new briefing a title.');
      return;
    }
    setBusy(true);
    const created = await createBriefing(title);
    if (created) await addTo(created.id);
    else setBusy(false);
  };

  const what =
    target.kind === 'highlights'
      ? `the articles of the ${plural(target.ids.length, 'chosen highlight')}`
      : firstTitle
        ? `“${firstTitle}”`
        : plural(target.ids.length, 'article');
  return (
    <ReaderDialog
      title="Add to briefing"
      description={`Choose the briefing for ${what}. An article can sit in several briefings.`}
      className="add-briefing-dialog"
      onClose={close}
      footer={
        <button type="button" className="button button-quiet" onClick={close}>
          Cancel
        </button>
      }
    >
      {briefingIds.length > 0 ? (
        <ul className="add-briefing-list" aria-label="Briefings">
          {briefingIds.map((id) => (
            <li key={id}>
              <BriefingChoice id={id} articleIds={articleIds} disabled={busy} onChoose={() => void addTo(id)} />
            </li>
          ))}
        </ul>
      ) : null}
      <form className="add-briefing-new" onSubmit={(event) => void createAndAdd(event)}>
        <label className="add-briefing-new-label" htmlFor={newTitleId}>
          {briefingIds.length > 0 ? 'Or a new briefing' : 'A new briefing'}
        </label>
        <div className="add-briefing-new-row">
          <input
            id={newTitleId}
            className="text-input"
            type="text"
            placeholder="Briefing title"
            maxLength={300}
            value={newTitle}
            aria-invalid={problem ? true : undefined}
            aria-describedby={problem ? problemId : undefined}
            onChange={(event) => {
              setNewTitle(event.target.value);
              setProblem(null);
            }}
          />
          <button type="submit" className="button" disabled={busy}>
            Create and add
          </button>
        </div>
        {problem ? (
          <p className="field-hint" id={problemId} data-problem>
            {problem}
          </p>
        ) : null}
      </form>
    </ReaderDialog>
  );
}

function BriefingChoice({ id, articleIds, disabled, onChoose }: { id: number; articleIds: readonly number[]; disabled: boolean; onChoose: () => void }) {
  const briefing = useAppStore((s) => s.briefings.find((b) => b.id === id));
  // Only the open briefing's articles are known here; for it, say when there is nothing to add.
  const allHere = useAppStore(
    (s) => articleIds.length > 0 && s.view.kind === 'briefing' && s.view.id === id && articleIds.every((a) => s.articleIds.includes(a)),
  );
  if (!briefing) return null;
  return (
    <button
      type="button"
      className="add-briefing-choice"
      disabled={disabled || allHere}
      aria-label={`${briefing.title}, ${tlpLabel(briefing.marking)}, ${plural(briefing.articleCount, 'article')}${allHere ? ', already in it' : ''}`}
      onClick={onChoose}
    >
      <BriefingIcon />
      <span className="add-briefing-choice-title" dir="auto" title={briefing.title}>
        {briefing.title}
      </span>
      <TlpBadge marking={briefing.marking} />
      <span className="add-briefing-choice-count">{allHere ? 'Already in it' : plural(briefing.articleCount, 'article')}</span>
    </button>
  );
}
