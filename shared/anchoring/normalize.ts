/**
 * A view of a text with white space collapsed and Unicode composed (NFC), with
 * a map back to the original offsets. Lets a quote survive re-flowed white
 * space or a different Unicode form without changing what offsets mean.
 */

export interface NormalizedText {
  text: string;
  /** For each position of `text` (and one past its end), the offset in the original. */
  toOriginal: number[];
}

const WHITESPACE = /\s/u;
const COMBINING_MARK = /\p{M}/u;

export function normalizeForMatching(original: string): NormalizedText {
  let text = '';
  const toOriginal: number[] = [];
  let index = 0;
  while (index < original.length) {
    const codePoint = original.codePointAt(index)!;
    const char = String.fromCodePoint(codePoint);
    if (WHITESPACE.test(char)) {
      let end = index + char.length;
      while (end < original.length && WHITESPACE.test(original[end]!)) end++;
      if (text !== '' && !text.endsWith(' ')) {
        text += ' ';
        toOriginal.push(index);
      }
      index = end;
      continue;
    }
    // A base character and the marks that follow it compose as one unit.
    let end = index + char.length;
    while (end < original.length) {
      const next = String.fromCodePoint(original.codePointAt(end)!);
      if (!COMBINING_MARK.test(next)) break;
      end += next.length;
    }
    const composed = original.slice(index, end).normalize('NFC');
    for (let i = 0; i < composed.length; i++) toOriginal.push(index);
    text += composed;
    index = end;
  }
  if (text.endsWith(' ')) {
    text = text.slice(0, -1);
    toOriginal.pop();
  }
  toOriginal.push(original.length);
  return { text, toOriginal };
}

/** Maps a normalized range back to the original text, ending just after its last unit. */
export function originalRange(normalized: NormalizedText, original: string, start: number, end: number): { start: number; end: number } {
  const originalStart = normalized.toOriginal[start]!;
  const lastUnitStart = normalized.toOriginal[end - 1]!;
  let originalEnd = lastUnitStart + String.fromCodePoint(original.codePointAt(lastUnitStart)!).length;
  while (originalEnd < original.length && COMBINING_MARK.test(String.fromCodePoint(original.codePointAt(originalEnd)!))) {
    originalEnd += String.fromCodePoint(original.codePointAt(originalEnd)!).length;
  }
  return { start: originalStart, end: originalEnd };
}
