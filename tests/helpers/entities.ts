/** What the names reader finds in a text, as [kind, name] pairs in text order: what the tradecraft tests compare. */
import { extractEntities } from '../../shared/tradecraft/entities.ts';

export const named = (text: string, lang: string) => extractEntities(text, lang).map((mention) => [mention.kind, mention.name]);

/** The people the names reader finds in a text, each name once, in text order. */
export const peopleNamed = (text: string, lang: string) => [...new Set(extractEntities(text, lang).filter((mention) => mention.kind === 'person').map((mention) => mention.name))];
