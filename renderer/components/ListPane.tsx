/** The middle pane: the current view's header (or the briefing header) above its articles, and an import's progress below. */
import { useId } from 'react';
import { plural } from '../format.ts';
import { useAppStore } from '../store/store.ts';
import { ArticleList } from './ArticleList.tsx';
import { BriefingHeader } from './BriefingHeader.tsx';
import { ImportButton } from './ImportButton.tsx';
import { ImportPanel } from './ImportPanel.tsx';
import { EntitiesPane, TimelinePane } from './TradecraftViews.tsx';

export function ListPane() {
  const kind = useAppStore((s) => s.view.kind);
  const titleId = useId();
  if (kind === 'entities' || kind === 'timeline') {
    return (
      <section className="list-pane" aria-labelledby={titleId}>
        {kind === 'entities' ? <EntitiesPane titleId={titleId} /> : <TimelinePane titleId={titleId} />}
      </section>
    );
  }
  return (
    <section className="list-pane" aria-labelledby={titleId}>
      {kind === 'briefing' ? <BriefingHeader titleId={titleId} /> : <ViewHeader titleId={titleId} />}
      <ArticleList />
      <ImportPanel />
    </section>
  );
}

function ViewHeader({ titleId }: { titleId: string }) {
  const kind = useAppStore((s) => s.view.kind);
  const total = useAppStore((s) => s.articlesTotal);
  const ready = useAppStore((s) => s.articlesStatus === 'ready');
  const title = kind === 'unread' ? 'Unread' : 'All articles';
  return (
    <header className="pane-header view-header">
      <h1 className="view-title" id={titleId}>
        {title}
      </h1>
      <p className="view-subtitle" aria-live="polite">
        {ready ? (kind === 'unread' ? `${plural(total, 'article')} to read` : plural(total, 'article')) : '\u00a0'}
      </p>
      <ImportButton />
    </header>
  );
}
