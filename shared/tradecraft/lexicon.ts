/** compromise's English lexicon (tags with their ancestors), read once: the entity and date extractors look words up in it. */
import nlp from 'compromise';

export interface Lexicon {
  words: Record<string, string | string[] | undefined>;
  tagParents: Record<string, string | undefined>;
  orgWords: Record<string, unknown>;
  placeWords: Record<string, unknown>;
  families: Map<string, ReadonlySet<string>>;
}

let lexicon: Lexicon | null = null;

/** compromise's data, read once. */
export function loadLexicon(): Lexicon {
  if (lexicon) return lexicon;
  const model = nlp.model() as {
    one: { lexicon: Lexicon['words']; tagSet: Record<string, { is?: string } | undefined> };
    two: { orgWords: Record<string, unknown>; placeWords: Record<string, unknown> };
  };
  const tagParents: Record<string, string | undefined> = {};
  for (const [tag, info] of Object.entries(model.one.tagSet)) tagParents[tag] = info?.is;
  lexicon = { words: model.one.lexicon, tagParents, orgWords: model.two.orgWords, placeWords: model.two.placeWords, families: new Map() };
  return lexicon;
}

export function tagsOf(word: string, lex: Lexicon): string[] {
  const found = lex.words[word];
  if (found === undefined) return [];
  return Array.isArray(found) ? found : [found];
}

/** Every tag of `word` with its ancestors (City → Place), remembered: articles repeat their words. */
function familiesOf(word: string, lex: Lexicon): ReadonlySet<string> {
  const known = lex.families.get(word);
  if (known) return known;
  const families = new Set<string>();
  for (const tag of tagsOf(word, lex)) {
    let at: string | undefined = tag;
    for (let depth = 0; at !== undefined && depth < 8; depth++) {
      families.add(at);
      at = lex.tagParents[at];
    }
  }
  if (lex.families.size > 100_000) lex.families.clear();
  lex.families.set(word, families);
  return families;
}

/** True when `word` carries `family` or a tag under it (City is a Place). */
export function isA(word: string, family: string, lex: Lexicon): boolean {
  return familiesOf(word, lex).has(family);
}

