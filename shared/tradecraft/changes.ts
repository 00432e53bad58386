/** What changed between a saved article's text and a fresh copy, word by word. */
import { diffWords } from 'diff';

export type ChangeKind = 'same' | 'added' | 'removed';

export interface TextChange {
  kind: ChangeKind;
  text: string;
}

export interface TextComparison {
  changes: TextChange[];
  added: number;
  removed: number;
  /** True when the texts are the same. */
  unchanged: boolean;
}

/** Word-level differences, with counts of the words added and removed. */
export function compareTexts(before: string, after: string): TextComparison {
  if (before === after) return { changes: before === '' ? [] : [{ kind: 'same', text: before }], added: 0, removed: 0, unchanged: true };
  const changes: TextChange[] = [];
  let added = 0;
  let removed = 0;
  for (const part of diffWords(before, after)) {
    const kind: ChangeKind = part.added ? 'added' : part.removed ? 'removed' : 'same';
    const words = part.value.match(/[\p{L}\p{N}]+/gu)?.length ?? 0;
    if (kind === 'added') added += words;
    if (kind === 'removed') removed += words;
    const previous = changes[changes.length - 1];
    if (previous?.kind === kind) previous.text += part.value;
    else changes.push({ kind, text: part.value });
  }
  return { changes, added, removed, unchanged: false };
}
