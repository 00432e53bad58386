/**
 * The site's name, from the evidence a page copy carries: a page title or
 * file name "Headline - Site", a "© 2026 Site" footer, a masthead line above
 * the headline (more so when the page repeats it), or a bare address.
 */
import { endsSentence, type Piece } from './pieces.ts';

/** What the site name is chosen from. */
export interface SiteEvidence {
  pieces: readonly Piece[];
  titleIndex: number | null;
  /** The site named by the file name or the page-title line. */
  namedSite: string | null;
  /** The authors' names: a newsletter's masthead is often its author, who is not the site. */
  authors: readonly string[];
}

/** "© 2026 The Coastal Ledger. All rights reserved.", "Copyright © 2024–2026 Meridian Policy Institute". */
const COPYRIGHT_HOLDER = /^(?:copyright\s*)?(?:©|\(c\))?\s*(?:copyright\s*)?(?:\p{Nd}{4}(?:\s*[-–]\s*\p{Nd}{4})?\s*)?,?\s*(.+?)\s*(?:[.|,]|all rights reserved|tüm hakları|her hakkı|جميع الحقوق|כל הזכויות|$)/iu;
/** "The Coastal Ledger © 2026". */
const HOLDER_BEFORE_SIGN = /^(?!copyright)(.+?)\s*©\s*\p{Nd}{4}/iu;

/** The company form after a holder's name: the site is "The Harsk Gazette", not "The Harsk Gazette Ltd". */
const COMPANY_SUFFIX = /,?\s+(?:ltd|limited|inc|llc|plc|gmbh|ag|sa|s\.a|a\.ş|aş|bv|nv|oy|ab|as)\.?$/iu;

/** Case and punctuation fall away when comparing names. */
function key(name: string): string {
  return name.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
}

/** The holder named in a copyright line, or null. */
export function copyrightHolder(line: string): string | null {
  const holder = ((HOLDER_BEFORE_SIGN.exec(line) ?? COPYRIGHT_HOLDER.exec(line))?.[1] ?? '').replace(COMPANY_SUFFIX, '').trim();
  if (!/\p{L}/u.test(holder) || holder.split(' ').length > 6 || /^(?:all rights|tüm|\p{Nd})/iu.test(holder)) return null;
  return holder;
}

/** The host a bare link names, without "www.". */
function hostOf(line: string): string | null {
  const host = line.replace(/^\S+:\s+/, '').replace(/^https?:\/\//i, '').replace(/^www\./i, '').split(/[/?#]/)[0] ?? '';
  return /\.\p{L}{2,}$/u.test(host) ? host : null;
}

/** A line that can be a masthead: a short name, not a sentence, not a date or count. */
function mastheadLike(piece: Piece): boolean {
  if (piece.words < 1 || piece.words > 6 || endsSentence(piece.text) || /\p{Nd}/u.test(piece.text)) return false;
  // One plain word is more often a menu section ("World") than a site; "TechLedger" or "ledger.example" is a name.
  return piece.words >= 2 || /\p{Ll}\p{Lu}|\./u.test(piece.text);
}

/** What a masthead line may have been dropped as: nothing, an all-capitals label, or part of the page header. */
const MASTHEAD_SOURCES = new Set<string | null>([null, 'section-label', 'page-header']);

/** Picks the best-supported site name, or null when the page names none. */
export function findSiteName(evidence: SiteEvidence): string | null {
  const scores = new Map<string, { name: string; score: number }>();
  const add = (name: string | null, score: number) => {
    if (!name) return;
    const k = key(name);
    if (k === '' || evidence.authors.some((author) => key(author) === k)) return;
    const entry = scores.get(k);
    // Keep the spelling that is not all capitals: "THE COASTAL LEDGER" masthead, "The Coastal Ledger" footer.
    const better = entry && entry.name === entry.name.toUpperCase() ? name : (entry?.name ?? name);
    scores.set(k, { name: better, score: (entry?.score ?? 0) + score });
  };
  add(evidence.namedSite, 5);
  for (const piece of evidence.pieces) {
    if (piece.removedBy === 'copyright') add(copyrightHolder(piece.text), 3);
    if (piece.removedBy === 'bare-url') add(hostOf(piece.text), 1);
  }
  const beforeTitle = evidence.pieces.slice(0, evidence.titleIndex ?? 0);
  const masthead = beforeTitle.find((piece) => MASTHEAD_SOURCES.has(piece.removedBy) && mastheadLike(piece));
  if (masthead) {
    const k = key(masthead.text);
    const repeats = evidence.pieces.filter((piece) => piece !== masthead && ` ${key(piece.text)} `.includes(` ${k} `)).length;
    add(masthead.text, 2 + 2 * Math.min(repeats, 2));
  }
  const best = [...scores.values()].sort((a, b) => b.score - a.score)[0];
  return best ? best.name.replace(/[.,;:]$/, '') : null;
}
