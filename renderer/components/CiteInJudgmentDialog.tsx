/**
 * "Cite in judgment…" from a highlight in the reader: choose the briefing
 * (the open one first), then the key judgment the passage supports — or start
 * a new judgment citing it. A passage can only be cited by a briefing that
 * holds its article; the dialog offers to add the article first.
 */
import { quoteText } from '../../shared/citation.ts';
import { estimateLabel } from '../../shared/judgments.ts';
import { useAppStore } from '../store/store.ts';
import { PlusIcon } from './icons.tsx';
import { ReaderDialog } from './ReaderDialog.tsx';

export function CiteInJudgmentDialog() {
  const request = useAppStore((s) => s.citeRequest);
  return request ? <CiteInJudgment highlightId={request.highlightId} articleId={request.articleId} /> : null;
}

function CiteInJudgment({ highlightId, articleId }: { highlightId: number; articleId: number }) {
  const close = useAppStore((s) => s.closeCiteInJudgment);
  const briefings = useAppStore((s) => s.briefings);
  const choice = useAppStore((s) => s.citeChoice);
  const choose = useAppStore((s) => s.chooseCiteBriefing);
  const cite = useAppStore((s) => s.citeInJudgment);
  const addArticles = useAppStore((s) => s.addArticlesToBriefing);
  const openEditor = useAppStore((s) => s.openJudgmentEditor);
  const notify = useAppStore((s) => s.notify);
  const quote = useAppStore((s) => s.highlights.find((h) => h.id === highlightId)?.quote.exact);

  const citeIn = async (judgmentIndex: number) => {
    const judgment = choice?.judgments[judgmentIndex];
    if (!judgment) return;
    if (await cite(judgment, highlightId)) {
      close();
      notify({ tone: 'success', title: `Cited in key judgment ${judgmentIndex + 1}` });
    }
  };

  return (
    <ReaderDialog
      title="Cite in judgment"
      description={quote ? <span className="cite-dialog-quote">“{quoteText(quote)}”</span> : 'Choose the key judgment this passage supports.'}
      className="judgment-dialog cite-dialog"
      onClose={close}
      footer={
        <button type="button" className="button button-quiet" onClick={close}>
          Cancel
        </button>
      }
    >
      {briefings.length === 0 ? (
        <p className="judgment-uncited">There are no briefings yet: make one, add this article to it, then cite the passage.</p>
      ) : (
        <label className="cite-dialog-briefing">
          <span className="judgment-field-label">Briefing</span>
          <select className="select" value={choice?.briefingId ?? ''} onChange={(event) => void choose(Number(event.target.value))}>
            {briefings.map((briefing) => (
              <option key={briefing.id} value={briefing.id}>
                {briefing.title}
              </option>
            ))}
          </select>
        </label>
      )}
      {choice?.status === 'ready' && !choice.articleInBriefing ? (
        <p className="cite-dialog-outside">
          This article is not in the briefing, so its passages cannot be cited there.{' '}
          <button
            type="button"
            className="link-button"
            onClick={() => void addArticles(choice.briefingId, [articleId]).then((added) => (added ? choose(choice.briefingId) : undefined))}
          >
            Add the article to the briefing
          </button>
        </p>
      ) : null}
      {choice?.status === 'ready' && choice.articleInBriefing ? (
        <ul className="cite-dialog-list" aria-label="Key judgments">
          {choice.judgments.map((judgment, index) => {
            const already = judgment.citations.some((c) => c.highlightId === highlightId);
            return (
              <li key={judgment.id}>
                <button type="button" className="cite-dialog-choice" disabled={already} onClick={() => void citeIn(index)}>
                  <span className="judgment-number" aria-hidden="true">
                    {index + 1}
                  </span>
                  <span className="cite-dialog-choice-body">
                    <span className="cite-dialog-choice-text">{judgment.text}</span>
                    <span className="cite-dialog-choice-meta">
                      {estimateLabel(judgment)} · {already ? 'already cites this passage' : `${judgment.citations.length} cited`}
                    </span>
                  </span>
                </button>
              </li>
            );
          })}
          <li>
            <button
              type="button"
              className="cite-dialog-choice cite-dialog-new"
              onClick={() => openEditor({ briefingId: choice.briefingId, judgmentId: null, cite: [highlightId] })}
            >
              <PlusIcon />
              <span className="cite-dialog-choice-text">New judgment citing this passage…</span>
            </button>
          </li>
        </ul>
      ) : null}
    </ReaderDialog>
  );
}
