/**
 * TLP 2.0 handling: which items of a briefing may go out under the briefing's
 * own marking. An article or highlight marked more restrictively than the
 * briefing is left out of the export, and the analyst is told what and why.
 */
import type { BriefingDocument, BriefingDocumentArticle } from '../briefing-document.ts';
import type { Judgment } from '../judgments.ts';
import { TLP_MARKINGS, type TlpMarking } from '../model.ts';

/** Position in TLP order: CLEAR < GREEN < AMBER < AMBER+STRICT < RED. */
export function tlpRank(marking: TlpMarking): number {
  return TLP_MARKINGS.indexOf(marking);
}

/** True when an item marked `item` may be shared under `container`. */
export function markingAllows(container: TlpMarking, item: TlpMarking): boolean {
  return tlpRank(item) <= tlpRank(container);
}

export interface LeftOutItem {
  /** A citation is a key judgment's footnote quoting a passage the briefing cannot carry. */
  kind: 'article' | 'highlight' | 'citation';
  /** The article's or highlight's id (a citation's is the cited highlight's). */
  id: number;
  /** The article's title, or the quote (shortened). */
  label: string;
  articleId: number;
  marking: TlpMarking;
  reason: string;
  /** The key judgments (numbered from 1, as printed) that cite this passage and so go out without it. */
  judgments?: number[];
}

export interface AllowedDocument {
  document: BriefingDocument;
  leftOut: LeftOutItem[];
}

const QUOTE_LABEL_LENGTH = 80;

function shorten(text: string): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length <= QUOTE_LABEL_LENGTH ? flat : `${flat.slice(0, QUOTE_LABEL_LENGTH - 1)}…`;
}

function reasonFor(item: TlpMarking, briefing: TlpMarking): string {
  return `Marked TLP:${item}, more restrictive than the briefing's TLP:${briefing}.`;
}

/**
 * The document as it may be exported under `briefingMarking`: articles and
 * highlights marked more restrictively are removed, each listed with the
 * reason. A left-out article takes its highlights with it (they are not
 * listed again). A key judgment keeps only the citations whose passage may go
 * out: `citationMarkings` gives each cited highlight's marking (the stricter of
 * its own and its article's); a citation with none known (its highlight and
 * article deleted) goes out only under TLP:RED, which allows everything.
 */
export function itemsAllowedIn(
  briefingMarking: TlpMarking,
  document: BriefingDocument,
  citationMarkings: ReadonlyMap<number, TlpMarking> = new Map(),
): AllowedDocument {
  const leftOut: LeftOutItem[] = [];
  const articles: BriefingDocumentArticle[] = [];
  for (const entry of document.articles) {
    const { article } = entry;
    if (!markingAllows(briefingMarking, article.marking)) {
      leftOut.push({
        kind: 'article',
        id: article.id,
        label: article.title,
        articleId: article.id,
        marking: article.marking,
        reason: reasonFor(article.marking, briefingMarking),
      });
      continue;
    }
    const highlights = entry.highlights.filter((highlight) => {
      if (markingAllows(briefingMarking, highlight.marking)) return true;
      leftOut.push({
        kind: 'highlight',
        id: highlight.id,
        label: shorten(highlight.quote.exact),
        articleId: article.id,
        marking: highlight.marking,
        reason: reasonFor(highlight.marking, briefingMarking),
      });
      return false;
    });
    articles.push({ ...entry, highlights });
  }
  const leftOutCitations = new Set<number>();
  const judgments = document.judgments.map((judgment) => ({
    ...judgment,
    citations: judgment.citations.filter((citation) => {
      const marking = citationMarkings.get(citation.highlightId) ?? 'RED';
      if (markingAllows(briefingMarking, marking)) return true;
      const listed = leftOut.some((item) => item.kind !== 'article' && item.id === citation.highlightId) || leftOutCitations.has(citation.highlightId);
      if (!listed) {
        leftOutCitations.add(citation.highlightId);
        leftOut.push({
          kind: 'citation',
          id: citation.highlightId,
          label: shorten(citation.quote),
          articleId: citation.source?.articleId ?? 0,
          marking,
          reason: citationMarkings.has(citation.highlightId)
            ? reasonFor(marking, briefingMarking)
            : `Its highlight and article are no longer in the library, so its marking cannot be checked under TLP:${briefingMarking}.`,
        });
      }
      return false;
    }),
  }));
  noteWithheldCitations(document.judgments, judgments, leftOut);
  return { document: { ...document, articles, judgments }, leftOut };
}

/** Tells each left-out passage which key judgments cited it, so that neither the warning nor the print drops that silently. */
function noteWithheldCitations(before: readonly Judgment[], after: readonly Judgment[], leftOut: LeftOutItem[]): void {
  before.forEach((judgment, index) => {
    const kept = new Set(after[index]?.citations.map((citation) => citation.highlightId));
    for (const { highlightId } of judgment.citations) {
      if (kept.has(highlightId)) continue;
      const item = leftOut.find((candidate) => candidate.kind !== 'article' && candidate.id === highlightId);
      if (item && !item.judgments?.includes(index + 1)) item.judgments = [...(item.judgments ?? []), index + 1];
    }
  });
}

/** The left-out passages a key judgment (numbered from 1) cites: the PDF says each was withheld. */
export function withheldCitations(leftOut: readonly LeftOutItem[], judgmentNumber: number): LeftOutItem[] {
  return leftOut.filter((item) => item.judgments?.includes(judgmentNumber));
}

/**
 * What every export says in the place of the footnotes a key judgment lost to
 * the briefing's marking: "Citation withheld under TLP:GREEN: the cited
 * passage is marked TLP:AMBER." Empty when it lost none.
 */
export function withheldCitationsNote(leftOut: readonly LeftOutItem[], judgmentNumber: number, briefingMarking: TlpMarking): string {
  const items = withheldCitations(leftOut, judgmentNumber);
  if (items.length === 0) return '';
  const markings = [...new Set(items.map((item) => `TLP:${item.marking}`))].join(', ');
  const what = items.length === 1 ? 'Citation' : `${items.length} citations`;
  return `${what} withheld under TLP:${briefingMarking}: the cited ${items.length === 1 ? 'passage is' : 'passages are'} marked ${markings}.`;
}

/** How a left-out item is named to a person. */
export const LEFT_OUT_KIND: Record<LeftOutItem['kind'], string> = { article: 'Article', highlight: 'Highlight', citation: 'Judgment citation' };

/** "cited by key judgment 2", "cited by key judgments 1 and 3"; "" when no judgment cites it. */
export function citedByJudgments(item: LeftOutItem): string {
  const numbers = item.judgments ?? [];
  if (numbers.length === 0) return '';
  const list = numbers.length === 1 ? String(numbers[0]) : `${numbers.slice(0, -1).join(', ')} and ${numbers.at(-1)}`;
  return `cited by key judgment${numbers.length === 1 ? '' : 's'} ${list}`;
}

/** One line per left-out item, for a person: `Article “Title” — TLP:RED`, and the key judgments that lose it as a citation. */
export function describeLeftOut(item: LeftOutItem): string {
  const cited = citedByJudgments(item);
  return `${LEFT_OUT_KIND[item.kind]} “${item.label}” — TLP:${item.marking}${cited ? ` (${cited})` : ''}`;
}

/** The warning before an export: what its marking leaves out; empty when nothing is. */
export function leftOutWarning(briefingMarking: TlpMarking, leftOut: readonly LeftOutItem[]): string {
  if (leftOut.length === 0) return '';
  const count = leftOut.length === 1 ? '1 item' : `${leftOut.length} items`;
  return [`Leaving out ${count} marked more restrictively than the briefing's TLP:${briefingMarking}:`, ...leftOut.map((item) => `  ${describeLeftOut(item)}`)].join('\n');
}
