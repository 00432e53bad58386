/**
 * Decisions about a briefing's article order and fields, as pure functions
 * over plain data: the library service applies them to SQLite, the renderer
 * applies the same ones to the screen before the library answers.
 */
import { TLP_MARKINGS, type TlpMarking } from './model.ts';
import type { ErrorCode } from './result.ts';

/** A place an article held in a briefing: what removing it gives back, and what undo puts back. */
export interface BriefingPlace {
  articleId: number;
  /** Index in the briefing's order when it was removed, 0-based. */
  position: number;
  addedAt: string;
}

export type OrderChange = { ok: true; order: number[] } | { ok: false; code: ErrorCode; reason: string };

/**
 * Moves `articleId` to `index` of `order` (indexes of the order after the
 * move, 0 = first). The id must be in the order and the index in range.
 */
export function moveInOrder(order: readonly number[], articleId: number, index: number): OrderChange {
  const from = order.indexOf(articleId);
  if (from < 0) return { ok: false, code: 'NOT_FOUND', reason: `Article ${articleId} is not in this briefing.` };
  if (!Number.isInteger(index) || index < 0 || index >= order.length) {
    return {
      ok: false,
      code: 'INVALID_ARGUMENTS',
      reason: `A briefing of ${order.length} article${order.length === 1 ? '' : 's'} has no place ${index + 1}; choose 1 to ${order.length}.`,
    };
  }
  const next = order.filter((id) => id !== articleId);
  next.splice(index, 0, articleId);
  return { ok: true, order: next };
}

/**
 * Articles to append to `order`: those not already in it, each once, in the
 * order given.
 */
export function articlesToAdd(order: readonly number[], articleIds: readonly number[]): number[] {
  const present = new Set(order);
  const added: number[] = [];
  for (const id of articleIds) {
    if (present.has(id)) continue;
    present.add(id);
    added.push(id);
  }
  return added;
}

/**
 * Puts removed articles back at the places they held: lowest place first, so
 * that undoing a removal restores the order exactly when nothing else moved.
 * Articles already in the order are left where they are.
 */
export function restorePlaces(order: readonly number[], places: readonly BriefingPlace[]): number[] {
  const next = [...order];
  for (const place of [...places].sort((a, b) => a.position - b.position)) {
    if (next.includes(place.articleId)) continue;
    next.splice(Math.min(Math.max(0, place.position), next.length), 0, place.articleId);
  }
  return next;
}

/** The title of a briefing's copy: "… (copy)", cut so that it stays within `maxLength`. */
export function copyTitle(title: string, maxLength = 300): string {
  const suffix = ' (copy)';
  return `${title.slice(0, maxLength - suffix.length).trimEnd()}${suffix}`;
}

/**
 * Reads a TLP marking as people write it: "amber", "TLP:AMBER", "amber+strict",
 * "TLP: CLEAR". Null when it is none of TLP 2.0's five.
 */
export function readTlpMarking(text: unknown): TlpMarking | null {
  if (typeof text !== 'string') return null;
  const bare = text
    .trim()
    .toUpperCase()
    .replace(/^TLP\s*:\s*/, '')
    .replace(/\s*\+\s*/, '+');
  return (TLP_MARKINGS as readonly string[]).includes(bare) ? (bare as TlpMarking) : null;
}

/** A calendar date "YYYY-MM-DD" of the given moment, in the local time zone of whoever calls it. */
export function localDate(moment: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${moment.getFullYear()}-${pad(moment.getMonth() + 1)}-${pad(moment.getDate())}`;
}
