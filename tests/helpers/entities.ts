/** What the names reader finds in a text, as [kind, name] pairs in text order: what the tradecraft tests compare. */
import { extractEntities } from '../../shared/tradecraft/entities.ts';

export const named = (text: string, lang: string) => extractEntities(text, lang).map((mention) => [mention.kind, mention.name]);
