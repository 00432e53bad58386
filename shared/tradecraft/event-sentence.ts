/**
 * A timeline event shows the sentence that dates it. One sentence often
 * holds two dates ("fell … in February, according to figures published on
 * Monday"), each an event of its own with the same sentence: the words that
 * date this one are marked, so the two read apart.
 */

/** An event's sentence around its date expression; the whole sentence as `before` when the expression is not in it as written. */
export interface EventSentenceParts {
  before: string;
  expression: string;
  after: string;
}

/** Splits `sentence` at the first place it reads `expression` (white space compared as one space, as the sentence is stored). */
export function eventSentenceParts(sentence: string, expression: string): EventSentenceParts {
  const written = expression.replace(/\s+/g, ' ').trim();
  const at = written === '' ? -1 : sentence.indexOf(written);
  if (at < 0) return { before: sentence, expression: '', after: '' };
  return { before: sentence.slice(0, at), expression: written, after: sentence.slice(at + written.length) };
}
