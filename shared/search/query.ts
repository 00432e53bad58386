/**
 * What a person types in the search box, read as an SQLite FTS5 MATCH
 * expression that is always valid.
 *
 * The syntax: words are ANDed; `"quoted phrases"`; `nato*` matches words that
 * begin with "nato"; `OR` (capitals) between two words or phrases matches either;
 * `-word`, `-"a phrase"` or `NOT word` excludes. Everything else is read as
 * plain words: every word or phrase reaches FTS5 as a quoted string, so its
 * operators (`NEAR(`, `^`, `:`, `(`, `+`, column filters such as `title:x`)
 * never take effect, an unbalanced quote is dropped and a stray operator is a
 * word. Words are folded with {@link foldForIndex} like the index. A model
 * number ("S-400", "F-16") also finds its plural and possessive ("S-400s",
 * "F-16's"), see {@link modelNumberForms}.
 */
import { foldForIndex } from './fold.ts';

/** At most this many words and phrases are searched; the rest are ignored. */
export const MAX_QUERY_TERMS = 32;

interface Term {
  text: string;
  prefix: boolean;
  negated: boolean;
  /** Typed in quotes: searched exactly as written. */
  phrase?: boolean;
}

type Lexeme = { kind: 'word'; text: string } | { kind: 'phrase'; text: string; prefix: boolean; negated: boolean };

const OPERATORS = new Set(['OR', 'AND', 'NOT']);
/** What the index's tokenizer keeps as part of a word: letters, digits, private-use characters. */
const WORD_CHARACTER = /[\p{L}\p{N}\p{Co}]/u;

/** Splits the text into bare words and quoted phrases; a quote without its pair is a space. */
function lex(typed: string): Lexeme[] {
  // Control characters are spaces: SQLite would end the expression at a NUL.
  const input = typed.replace(/\p{Cc}/gu, ' ');
  const lexemes: Lexeme[] = [];
  let i = 0;
  while (i < input.length) {
    const rest = input.slice(i);
    const phrase = /^(-?)"([^"]*)"(\*?)/.exec(rest);
    if (phrase) {
      lexemes.push({ kind: 'phrase', text: phrase[2]!, prefix: phrase[3] === '*', negated: phrase[1] === '-' });
      i += phrase[0].length;
      continue;
    }
    const word = /^[^\s"]+/u.exec(rest);
    if (word) {
      lexemes.push({ kind: 'word', text: word[0] });
      i += word[0].length;
      continue;
    }
    i += 1;
  }
  return lexemes;
}

function isOperator(lexeme: Lexeme | undefined, ...names: string[]): boolean {
  return lexeme?.kind === 'word' && OPERATORS.has(lexeme.text) && (names.length === 0 || names.includes(lexeme.text));
}

function wordTerm(text: string, negated: boolean): Term {
  const exclude = text.length > 1 && text.startsWith('-');
  const body = exclude ? text.slice(1) : text;
  const stem = body.replace(/\*+$/u, '');
  return { text: stem, prefix: stem.length < body.length, negated: negated || exclude };
}

/** Letters or digits, then a digit last, then an optional plural or possessive ending. */
const MODEL_NUMBER = /^([\p{L}\p{N}\p{Co}][^\s"]*\p{N})(?:s|['’]s?)?$/u;

/**
 * The forms a typed word is searched in. A model number — a word with a letter
 * that ends in a digit, such as "S-400", "F-16", "Su-35" or "T72" — is written
 * with plural and possessive endings: "S-400s", "F-16's". The tokenizer reads
 * "S-400s" as the tokens "s" "400s", which the phrase "s 400" does not match
 * (the possessive is "s" "400" "s", which it does), so the word is searched as
 * itself and with the plural "s"; typed with an ending ("S-400s", "F-16's"), it
 * is searched as the bare number and its plural. Any other word is one form.
 */
export function modelNumberForms(word: string): string[] {
  const bare = MODEL_NUMBER.exec(word.replace(/[^\p{L}\p{N}\p{Co}]+$/u, ''))?.[1];
  if (bare === undefined || !/\p{L}/u.test(bare)) return [word];
  return [bare, `${bare}s`];
}

function quote(term: Term): string {
  const asString = (text: string) => `"${foldForIndex(text).replaceAll('"', '""')}"`;
  if (term.prefix) return `${asString(term.text)}*`;
  const forms = term.phrase ? [term.text] : modelNumberForms(term.text);
  return forms.length === 1 ? asString(forms[0]!) : `(${forms.map(asString).join(' OR ')})`;
}

/**
 * The FTS5 MATCH expression for `input`, or null when there is nothing to
 * look for (empty, only punctuation, or only exclusions). Never throws.
 */
export function toMatchExpression(input: unknown): string | null {
  if (typeof input !== 'string') return null;
  const lexemes = lex(input);
  const groups: Term[][] = [];
  const excluded: Term[] = [];
  let joinWithPrevious = false;
  let negateNext = false;
  let terms = 0;

  for (let i = 0; i < lexemes.length && terms < MAX_QUERY_TERMS; i++) {
    const lexeme = lexemes[i]!;
    const previous = lexemes[i - 1];
    const next = lexemes[i + 1];
    // An operator counts only where it has its operands; anywhere else it is a word.
    if (isOperator(lexeme) && next !== undefined && !isOperator(next)) {
      if (isOperator(lexeme, 'NOT')) {
        negateNext = true;
        continue;
      }
      if (previous !== undefined && !isOperator(previous)) {
        joinWithPrevious = isOperator(lexeme, 'OR');
        continue;
      }
    }
    const term: Term =
      lexeme.kind === 'phrase'
        ? { text: lexeme.text, prefix: lexeme.prefix, negated: lexeme.negated || negateNext, phrase: true }
        : wordTerm(lexeme.text, negateNext);
    const orWithPrevious = joinWithPrevious;
    negateNext = false;
    joinWithPrevious = false;
    if (!WORD_CHARACTER.test(term.text)) continue;
    terms += 1;
    if (term.negated) excluded.push(term);
    else if (orWithPrevious && groups.length > 0) groups[groups.length - 1]!.push(term);
    else groups.push([term]);
  }

  if (groups.length === 0) return null;
  const required = groups.map((group) => (group.length === 1 ? quote(group[0]!) : `(${group.map(quote).join(' OR ')})`));
  const positive = required.length === 1 ? required[0]! : `(${required.join(' AND ')})`;
  return [positive, ...excluded.map((term) => `NOT ${quote(term)}`)].join(' ');
}
