/** Entity kinds and the folded name entities are matched by; light enough for the contract and the renderer. */

export const ENTITY_KINDS = ['person', 'organization', 'place'] as const;
export type EntityKind = (typeof ENTITY_KINDS)[number];

/** A name that a reader for a script without capitals (Arabic, Hebrew) found, where it stands in the text. */
export interface UncasedName {
  kind: EntityKind;
  text: string;
  /** The full name a surname stands for, else `text` without its prefix. */
  name: string;
  role?: string;
  start: number;
  end: number;
}

/** Folds a name for matching: "Erdoğan", "ERDOGAN" and "Erdogan" share one key. */
export function entityKey(name: string): string {
  return name
    .replace(/ı/g, 'i')
    .replace(/İ/g, 'I')
    .replace(/ß/g, 'ss')
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[’']s$/u, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}
