/** The sidebar's tags: each opens the articles that carry it; "Manage tags…" renames, merges and deletes. */
import { useId } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { plural } from '../format.ts';
import { useAppStore } from '../store/store.ts';
import { TagIcon } from './icons.tsx';
import { TagManagerDialog } from './TagManagerDialog.tsx';

export function TagsSection() {
  const ids = useAppStore(useShallow((s) => s.tags.map((t) => t.id)));
  const status = useAppStore((s) => s.tagsStatus);
  const managerOpen = useAppStore((s) => s.tagManagerOpen);
  const setManagerOpen = useAppStore((s) => s.setTagManagerOpen);
  const headingId = useId();
  return (
    <section className="sidebar-section" aria-labelledby={headingId}>
      <div className="sidebar-heading-row">
        <h2 className="sidebar-heading" id={headingId}>
          Tags
        </h2>
        {ids.length > 0 ? (
          <button type="button" className="sidebar-heading-action" aria-haspopup="dialog" onClick={() => setManagerOpen(true)}>
            Manage…
          </button>
        ) : null}
      </div>
      {ids.length > 0 ? (
        <ul className="nav-list">
          {ids.map((id) => (
            <li key={id}>
              <TagItem id={id} />
            </li>
          ))}
        </ul>
      ) : status === 'ready' ? (
        <p className="sidebar-hint">Tag an article or a highlight (in the reader) to gather it here.</p>
      ) : null}
      {managerOpen ? <TagManagerDialog onClose={() => setManagerOpen(false)} /> : null}
    </section>
  );
}

function TagItem({ id }: { id: number }) {
  const tag = useAppStore((s) => s.tags.find((t) => t.id === id));
  const current = useAppStore((s) => s.view.kind === 'tag' && s.view.id === id);
  const selectView = useAppStore((s) => s.selectView);
  if (!tag) return null;
  return (
    <button
      type="button"
      className="nav-item tag-item"
      aria-current={current ? 'page' : undefined}
      aria-label={`${tag.name}, ${plural(tag.listedArticleCount, 'article')}, ${plural(tag.highlightCount, 'highlight')}`}
      onClick={() => selectView({ kind: 'tag', id })}
    >
      <TagIcon />
      <span className="nav-label" dir="auto">{tag.name}</span>
      {tag.listedArticleCount > 0 ? (
        <span className="nav-count" aria-hidden="true">
          {tag.listedArticleCount.toLocaleString()}
        </span>
      ) : null}
    </button>
  );
}
