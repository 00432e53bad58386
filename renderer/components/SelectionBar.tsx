/**
 * Above the article list when several articles are chosen: what can be done
 * with all of them (add to a briefing; in a briefing, remove; delete from the
 * library, after saying what cites them), and a way back
 * to one.
 */
import { useShallow } from 'zustand/react/shallow';
import { inListOrder } from '../list/selection.ts';
import { useAppStore } from '../store/store.ts';
import { CloseIcon } from './icons.tsx';

export function SelectionBar() {
  const chosenIds = useAppStore(useShallow((s) => inListOrder(s.articleSelection, s.articleIds)));
  const briefingId = useAppStore((s) => (s.view.kind === 'briefing' ? s.view.id : null));
  const selectedId = useAppStore((s) => s.selectedArticleId);
  const selectArticle = useAppStore((s) => s.selectArticle);
  const openAddToBriefing = useAppStore((s) => s.openAddToBriefing);
  const removeArticles = useAppStore((s) => s.removeArticlesFromBriefing);
  const askToDeleteArticles = useAppStore((s) => s.askToDeleteArticles);
  if (chosenIds.length < 2) return null;
  return (
    <div className="selection-bar" role="toolbar" aria-label="Selected articles">
      <span className="selection-bar-count">{chosenIds.length} selected</span>
      <button type="button" className="button button-small" onClick={() => openAddToBriefing(chosenIds)}>
        Add to briefing…
      </button>
      {briefingId !== null ? (
        <button
          type="button"
          className="button button-small button-quiet"
          aria-label="Remove from briefing"
          title="Remove from briefing (Delete)"
          onClick={() => void removeArticles(briefingId, chosenIds)}
        >
          Remove
        </button>
      ) : null}
      <button
        type="button"
        className="button button-small button-quiet"
        aria-label={`Delete ${chosenIds.length} articles from the library`}
        title={briefingId === null ? 'Delete from the library (Delete)' : 'Delete from the library'}
        onClick={() => void askToDeleteArticles(chosenIds)}
      >
        Delete…
      </button>
      <button type="button" className="icon-button" aria-label="Clear selection" title="Clear selection (Esc)" onClick={() => selectArticle(selectedId)}>
        <CloseIcon />
      </button>
    </div>
  );
}
