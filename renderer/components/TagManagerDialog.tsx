/**
 * "Manage tags": every tag with its counts. A name is edited in place (Enter
 * or leaving the field saves; Escape puts it back); a name another tag has is
 * refused with the offer to merge into that tag. "Merge into…" moves a tag's
 * articles and highlights to another tag; "Delete" asks first.
 */
import { useState } from 'react';
import { TAG_NAME_MAX, type Tag } from '../../shared/organize.ts';
import { plural } from '../format.ts';
import { useAppStore } from '../store/store.ts';
import { TrashIcon } from './icons.tsx';
import { ReaderDialog } from './ReaderDialog.tsx';

export function TagManagerDialog({ onClose }: { onClose: () => void }) {
  const tags = useAppStore((s) => s.tags);
  return (
    <ReaderDialog
      title="Manage tags"
      description="Rename a tag, merge two tags into one, or delete a tag. Articles and highlights keep everything else."
      className="tag-manager"
      onClose={onClose}
      footer={
        <button type="button" className="button button-primary" onClick={onClose}>
          Done
        </button>
      }
    >
      {tags.length === 0 ? (
        <p>There are no tags yet.</p>
      ) : (
        <ul className="tag-manager-list">
          {tags.map((tag) => (
            <TagManagerRow key={tag.id} tag={tag} others={tags.filter((t) => t.id !== tag.id)} />
          ))}
        </ul>
      )}
    </ReaderDialog>
  );
}

type Mode = { kind: 'idle' } | { kind: 'conflict'; message: string; target: Tag | null } | { kind: 'merge' } | { kind: 'delete' };

function TagManagerRow({ tag, others }: { tag: Tag; others: Tag[] }) {
  const renameTag = useAppStore((s) => s.renameTag);
  const mergeTags = useAppStore((s) => s.mergeTags);
  const deleteTag = useAppStore((s) => s.deleteTag);
  const [draft, setDraft] = useState(tag.name);
  const [mode, setMode] = useState<Mode>({ kind: 'idle' });
  const [mergeTarget, setMergeTarget] = useState<number | null>(others[0]?.id ?? null);

  const save = async () => {
    const wanted = draft.trim().replace(/\s+/g, ' ');
    if (wanted === '' || wanted === tag.name) {
      setDraft(tag.name);
      return;
    }
    const outcome = await renameTag(tag.id, wanted);
    if (outcome.status === 'conflict') setMode({ kind: 'conflict', message: outcome.message, target: outcome.target });
    else if (outcome.status === 'failed') setDraft(tag.name);
    else setMode({ kind: 'idle' });
  };

  const merge = async (targetId: number) => {
    if (await mergeTags(tag.id, targetId)) setMode({ kind: 'idle' });
  };

  const problemId = `tag-${tag.id}-problem`;
  return (
    <li className="tag-manager-row" data-tag-id={tag.id}>
      <div className="tag-manager-main">
        <input
          className="text-input"
          aria-label={`Name of tag ${tag.name}`}
          aria-invalid={mode.kind === 'conflict' || undefined}
          aria-describedby={mode.kind === 'conflict' ? problemId : undefined}
          maxLength={TAG_NAME_MAX}
          value={draft}
          onChange={(event) => {
            setDraft(event.target.value);
            if (mode.kind === 'conflict') setMode({ kind: 'idle' });
          }}
          onBlur={() => void save()}
          onKeyDown={(event) => {
            if (event.key === 'Enter') {
              event.preventDefault();
              void save();
            } else if (event.key === 'Escape' && draft !== tag.name) {
              event.preventDefault();
              event.stopPropagation();
              setDraft(tag.name);
              setMode({ kind: 'idle' });
            }
          }}
        />
        <span className="tag-manager-counts">
          {plural(tag.articleCount, 'article')} · {plural(tag.highlightCount, 'highlight')}
        </span>
        {others.length > 0 ? (
          <button type="button" className="button button-quiet button-small" aria-expanded={mode.kind === 'merge'} onClick={() => setMode(mode.kind === 'merge' ? { kind: 'idle' } : { kind: 'merge' })}>
            Merge into…
          </button>
        ) : null}
        <button type="button" className="icon-button hl-danger" aria-label={`Delete tag ${tag.name}`} title="Delete tag" onClick={() => setMode({ kind: 'delete' })}>
          <TrashIcon />
        </button>
      </div>
      {mode.kind === 'conflict' ? (
        <div className="tag-manager-note" role="alert">
          <p id={problemId}>{mode.message}</p>
          {mode.target ? (
            <button type="button" className="button button-small" onClick={() => void merge(mode.target!.id)}>
              Merge into “{mode.target.name}”
            </button>
          ) : null}
        </div>
      ) : null}
      {mode.kind === 'merge' ? (
        <div className="tag-manager-note">
          <label>
            <span className="sr-only">Merge {tag.name} into</span>
            <select className="select" value={mergeTarget ?? ''} onChange={(event) => setMergeTarget(Number(event.target.value))}>
              {others.map((other) => (
                <option key={other.id} value={other.id}>
                  {other.name}
                </option>
              ))}
            </select>
          </label>
          <button type="button" className="button button-small" disabled={mergeTarget === null} onClick={() => mergeTarget !== null && void merge(mergeTarget)}>
            Merge
          </button>
          <button type="button" className="button button-quiet button-small" onClick={() => setMode({ kind: 'idle' })}>
            Cancel
          </button>
        </div>
      ) : null}
      {mode.kind === 'delete' ? (
        <div className="tag-manager-note" role="alert">
          <p>
            Delete “{tag.name}”? It comes off {plural(tag.articleCount, 'article')} and {plural(tag.highlightCount, 'highlight')}.
          </p>
          <button type="button" className="button button-small button-danger" onClick={() => void deleteTag(tag.id)}>
            Delete
          </button>
          <button type="button" className="button button-quiet button-small" onClick={() => setMode({ kind: 'idle' })}>
            Cancel
          </button>
        </div>
      ) : null}
    </li>
  );
}
