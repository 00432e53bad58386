/**
 * The tags on one article or highlight, as chips that can be removed, and a
 * field to add one, with suggestions from the library's tags (the ARIA
 * combobox pattern: arrows move through the suggestions, Enter adds the one
 * chosen or the name typed, Escape closes the suggestions; Backspace in the
 * empty field takes the last tag off and leaves its name there). A name that
 * differs only in case from an existing tag is that tag.
 */
import { useId, useMemo, useState, type KeyboardEvent } from 'react';
import type { TagRef } from '../../shared/model.ts';
import { TAG_NAME_MAX } from '../../shared/organize.ts';
import { useAppStore } from '../store/store.ts';
import { tagSuggestions } from '../tags/suggestions.ts';
import { CloseIcon, TagIcon } from './icons.tsx';

interface TagEditorProps {
  /** "article" or "highlight": names the field ("Add a tag to this article"). */
  what: string;
  tags: readonly TagRef[];
  onAdd: (name: string) => void;
  onRemove: (tag: TagRef) => void;
  className?: string;
}

export function TagEditor({ what, tags, onAdd, onRemove, className }: TagEditorProps) {
  const allTags = useAppStore((s) => s.tags);
  const [text, setText] = useState('');
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(-1);
  const listId = useId();
  const inputId = useId();

  const suggestions = useMemo(() => tagSuggestions(allTags, tags, text), [allTags, tags, text]);
  const trimmed = text.trim().replace(/\s+/g, ' ');
  const exact = allTags.some((t) => t.name.toLowerCase() === trimmed.toLowerCase());
  const options: Array<{ key: string; label: string; name: string }> = [
    ...suggestions.map((t) => ({ key: `tag-${t.id}`, label: t.name, name: t.name })),
    ...(trimmed !== '' && !exact ? [{ key: 'new', label: `Create “${trimmed}”`, name: trimmed }] : []),
  ];
  const shown = open && options.length > 0;

  const add = (name: string) => {
    const clean = name.trim().replace(/\s+/g, ' ');
    if (clean === '') return;
    if (!tags.some((t) => t.name.toLowerCase() === clean.toLowerCase())) onAdd(clean);
    setText('');
    setActive(-1);
    setOpen(false);
  };

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      setOpen(true);
      if (options.length === 0) return;
      // From the field (-1) through the suggestions and back to the field.
      const step = event.key === 'ArrowDown' ? 1 : -1;
      setActive((current) => {
        const next = current + step;
        if (next >= options.length) return -1;
        return next < -1 ? options.length - 1 : next;
      });
    } else if (event.key === 'Enter') {
      event.preventDefault();
      add(shown && active >= 0 && options[active] ? options[active].name : text);
    } else if (event.key === 'Escape' && (shown || text !== '')) {
      event.preventDefault();
      event.stopPropagation();
      if (shown) setOpen(false);
      else setText('');
    } else if (event.key === 'Backspace' && text === '' && tags.length > 0) {
      // The name stays in the field, so a stray Backspace is undone with Enter.
      event.preventDefault();
      const last = tags[tags.length - 1]!;
      onRemove(last);
      setText(last.name);
      setActive(-1);
    }
  };

  return (
    <div className={`tag-editor${className ? ` ${className}` : ''}`}>
      <ul className="tag-chips" aria-label={`Tags on this ${what}`}>
        {tags.map((tag) => (
          <li key={tag.id} className="tag-chip tag-chip-editable" data-tag-id={tag.id}>
            <TagIcon />
            <span className="tag-chip-name" dir="auto">{tag.name}</span>
            <button type="button" className="tag-chip-remove" aria-label={`Remove tag ${tag.name}`} title="Remove tag" onClick={() => onRemove(tag)}>
              <CloseIcon />
            </button>
          </li>
        ))}
      </ul>
      <div className="tag-editor-field">
        <label className="sr-only" htmlFor={inputId}>
          Add a tag to this {what}
        </label>
        <input
          id={inputId}
          className="text-input tag-editor-input"
          role="combobox"
          aria-expanded={shown}
          aria-controls={listId}
          aria-autocomplete="list"
          aria-activedescendant={shown && active >= 0 ? `${listId}-${options[active]?.key}` : undefined}
          placeholder="Add tag…"
          dir="auto"
          maxLength={TAG_NAME_MAX}
          value={text}
          onChange={(event) => {
            setText(event.target.value);
            setOpen(true);
            setActive(-1);
          }}
          onFocus={() => setOpen(true)}
          onBlur={() => setOpen(false)}
          onKeyDown={onKeyDown}
        />
        <ul className="tag-suggestions" id={listId} role="listbox" aria-label="Tags" hidden={!shown}>
          {options.map((option, index) => (
            <li
              key={option.key}
              id={`${listId}-${option.key}`}
              role="option"
              aria-selected={index === active}
              className="tag-suggestion"
              data-new={option.key === 'new' || undefined}
              // Chosen on press, before the field loses focus and closes the list.
              onPointerDown={(event) => {
                event.preventDefault();
                add(option.name);
              }}
            >
              {option.label}
            </li>
          ))}
        </ul>
      </div>
    </div>
  );
}
