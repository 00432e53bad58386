/** Tags shown as small chips (list rows, the locker); the editor (TagEditor) adds and removes them. */
import type { TagRef } from '../../shared/model.ts';
import { TagIcon } from './icons.tsx';

export function TagChips({ tags, className }: { tags: readonly TagRef[]; className?: string }) {
  return (
    <ul className={`tag-chips${className ? ` ${className}` : ''}`} aria-label="Tags">
      {tags.map((tag) => (
        <li key={tag.id} className="tag-chip" data-tag-id={tag.id}>
          <TagIcon />
          <span className="tag-chip-name" dir="auto">{tag.name}</span>
        </li>
      ))}
    </ul>
  );
}
