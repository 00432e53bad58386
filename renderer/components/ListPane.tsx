/**
 * The middle pane: the current view's header (or the briefing header), the
 * sort and filter bar above its articles (and what can be done with several
 * chosen ones), and an import's progress below; or
 * the evidence locker, the entity index or the timeline.
 */
import { useId } from 'react';
import { plural } from '../format.ts';
import { useAppStore } from '../store/store.ts';
import { ArticleList } from './ArticleList.tsx';
import { BriefingHeader } from './BriefingHeader.tsx';
import { EvidenceLocker } from './EvidenceLocker.tsx';
import { ImportButton } from './ImportButton.tsx';
import { ImportPanel } from './ImportPanel.tsx';
import { ListToolbar } from './ListToolbar.tsx';
import { SelectionBar } from './SelectionBar.tsx';
import { TagIcon } from './icons.tsx';
import { EntitiesPane, TimelinePane } from './TradecraftViews.tsx';

export function ListPane() {
  const kind = useAppStore((s) => s.view.kind);
  const titleId = useId();
  if (kind === 'evidence') {
    return (
      <section className="list-pane" aria-labelledby={titleId}>
        <EvidenceLocker titleId={titleId} />
        <ImportPanel />
      </section>
    );
  }
  if (kind === 'entities' || kind === 'timeline') {
    return (
      <section className="list-pane" aria-labelledby={titleId}>
        {kind === 'entities' ? <EntitiesPane titleId={titleId} /> : <TimelinePane titleId={titleId} />}
        {/* A paste or a drop imports from any view: what it saved, found already saved or could not read shows here too. */}
        <ImportPanel />
      </section>
    );
  }
  return (
    <section className="list-pane" aria-labelledby={titleId}>
      {kind === 'briefing' ? <BriefingHeader titleId={titleId} /> : <ViewHeader titleId={titleId} />}
      <ListToolbar />
      <SelectionBar />
      <ArticleList />
      <ImportPanel />
    </section>
  );
}

function ViewHeader({ titleId }: { titleId: string }) {
  const kind = useAppStore((s) => s.view.kind);
  const tagName = useAppStore((s) => (s.view.kind === 'tag' ? (s.tags.find((t) => t.id === (s.view as { id: number }).id)?.name ?? null) : null));
  const total = useAppStore((s) => s.articlesTotal);
  const ready = useAppStore((s) => s.articlesStatus === 'ready');
  const title = kind === 'unread' ? 'Unread' : kind === 'tag' ? (tagName ?? 'Tag') : 'All articles';
  return (
    <header className="pane-header view-header">
      <h1 className={`view-title${kind === 'tag' ? ' view-title-tag' : ''}`} id={titleId}>
        {kind === 'tag' ? (
          <>
            <TagIcon />
            <span className="sr-only">Tag: </span>
          </>
        ) : null}
        {title}
      </h1>
      <p className="view-subtitle" aria-live="polite">
        {ready ? (kind === 'unread' ? `${plural(total, 'article')} to read` : plural(total, 'article')) : '\u00a0'}
      </p>
      <ImportButton />
    </header>
  );
}
