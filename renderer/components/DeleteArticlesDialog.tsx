/**
 * "Delete article": before anything goes, says what cites the articles — the
 * briefings they sit in, the key judgments citing their highlights (each
 * named), and the highlights and notes that go with them. The delete can be
 * undone from the notice that follows (or Ctrl/Cmd+Z).
 */
import { deletionTitle, describeDeletion, type ArticleDeletionImpact } from '../../shared/articles.ts';
import { refocusArticleListIfLost } from '../list/refocus-list.ts';
import { useAppStore } from '../store/store.ts';
import { ReaderDialog } from './ReaderDialog.tsx';
import { QuotedNames } from './QuotedNames.tsx';

export function DeleteArticlesDialog() {
  const impact = useAppStore((s) => s.articleDeletion);
  return impact ? <DeleteArticlesConfirm impact={impact} /> : null;
}

function DeleteArticlesConfirm({ impact }: { impact: ArticleDeletionImpact }) {
  const cancel = useAppStore((s) => s.cancelArticleDeletion);
  const deleteArticles = useAppStore((s) => s.deleteArticles);
  const ids = impact.articles.map((article) => article.id);
  return (
    <ReaderDialog
      title={deletionTitle(impact.articles)}
      description={`${ids.length === 1 ? 'The article leaves' : 'The articles leave'} the library. You can undo this for a few seconds afterwards.`}
      className="delete-articles-dialog"
      onClose={cancel}
      footer={
        <>
          <button type="button" className="button button-quiet" onClick={cancel}>
            Cancel
          </button>
          <button
            type="button"
            className="button button-danger"
            onClick={() => {
              void deleteArticles(ids);
              // The reader (and its actions menu) or the list row that asked may be gone with the article.
              refocusArticleListIfLost();
            }}
          >
            {ids.length === 1 ? 'Delete article' : `Delete ${ids.length} articles`}
          </button>
        </>
      }
    >
      {impact.articles.length > 1 ? (
        <ul className="delete-articles-list" aria-label="Articles to delete">
          {impact.articles.slice(0, 8).map((article) => (
            <li key={article.id}>{article.title}</li>
          ))}
          {impact.articles.length > 8 ? <li>… and {impact.articles.length - 8} more</li> : null}
        </ul>
      ) : null}
      <ul className="delete-articles-impact" aria-label="What cites it">
        {describeDeletion(impact).map((line) => (
          <li key={line}>
            <QuotedNames text={line} />
          </li>
        ))}
      </ul>
      {impact.judgments.length > 0 ? (
        <ul className="delete-articles-judgments" aria-label="Key judgments citing it">
          {impact.judgments.slice(0, 6).map((judgment) => (
            <li key={judgment.id}>
              <q>{judgment.text}</q> <span className="delete-articles-briefing">— {judgment.briefingTitle}</span>
            </li>
          ))}
          {impact.judgments.length > 6 ? <li>… and {impact.judgments.length - 6} more</li> : null}
        </ul>
      ) : null}
    </ReaderDialog>
  );
}
