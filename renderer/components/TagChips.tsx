/**
 * Tags shown as small chips (list rows, the locker); the editor (TagEditor) adds and removes them.
 * Tags from an article's highlights follow its own, marked as such (they are why a tag lists it).
 */
import type { TagRef } from '../../shared/model.ts';
import { HighlightIcon, TagIcon } from './icons.tsx';

export function TagChips({ tags, highlightTags = [], className }: { tags: readonly TagRef[]; highlightTags?: readonly TagRef[]; className?: string }) {
  return (
    <ul className={`tag-chips${className ? ` ${className}` : ''}`} aria-label="Tags">
      {tags.map((tag) => (
        <li key={tag.id} className="tag-chip" data-tag-id={tag.id}>
          <TagIcon />
          <span className="tag-chip-name" dir="auto">{tag.name}</span>
        </li>
      ))}
      {highlightTags.map((tag) => (
        <li
          key={tag.id}
          className="tag-chip tag-chip-from-highlights"
          data-tag-id={tag.id}
          aria-label={`${tag.name}, from highlights`}
          title={`“${tag.name}” is on a highlight in this article`}
        >
          <HighlightIcon />
          <span className="tag-chip-name" dir="auto">{tag.name}</span>
        </li>
      ))}
    </ul>
  );
}
