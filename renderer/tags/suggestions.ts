/** What the tag field offers as the person types. */
import type { TagRef } from '../../shared/model.ts';

const MAX_SUGGESTIONS = 8;

/** Tags not on the item whose names contain `text`, names starting with it first. */
export function tagSuggestions(all: readonly TagRef[], on: readonly TagRef[], text: string): TagRef[] {
  const wanted = text.trim().toLowerCase();
  const taken = new Set(on.map((t) => t.id));
  const free = all.filter((t) => !taken.has(t.id) && t.name.toLowerCase().includes(wanted));
  const starts = free.filter((t) => t.name.toLowerCase().startsWith(wanted));
  return [...starts, ...free.filter((t) => !starts.includes(t))].slice(0, MAX_SUGGESTIONS);
}
