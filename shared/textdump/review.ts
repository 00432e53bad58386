/**
 * Reviewing a cleaned text copy: the cleaner's call on each paragraph unit of
 * the paste, and the story rebuilt from those calls with the analyst's own
 * (units put back, units left out). The cleaner builds its story with the same
 * rebuild, so an import and a review can never disagree about what is kept.
 */
import type { TextBlock } from '../text.ts';

/** One paragraph unit of the paste (a line, or hard-wrapped lines joined) and the cleaner's call on it. */
export interface CleanedUnit {
  text: string;
  /** The kind of story block it became, or null when it is not part of the story. */
  kept: TextBlock['kind'] | null;
  /** The rule that took it out of the story ('title', 'metadata' and 'author-bio' for the lines read as those), or null when kept. */
  rule: string | null;
}

/** The analyst's calls on units, by index in the unit list: each overrules the cleaner's. */
export interface ReviewOverrides {
  /** Units the cleaner left out that go back into the story, as paragraphs. */
  putBack: number[];
  /** Units the cleaner kept that come out of the story. */
  leaveOut: number[];
}

export const NO_OVERRIDES: ReviewOverrides = { putBack: [], leaveOut: [] };

export const NO_STORY_LEFT = 'Nothing would be left of the article: keep at least one line of the story.';

export type RebuildResult = { ok: true; blocks: TextBlock[] } | { ok: false; reason: string };

/** Why an override cannot apply to these units, or null when it can. */
function overrideProblem(units: readonly CleanedUnit[], overrides: ReviewOverrides): string | null {
  const seen = new Set<number>();
  for (const [list, wantKept] of [
    [overrides.putBack, false],
    [overrides.leaveOut, true],
  ] as const) {
    for (const index of list) {
      const unit = Number.isInteger(index) ? units[index] : undefined;
      if (!unit) return `The pasted copy has ${units.length} lines; there is no line ${index + 1}. Open the review again.`;
      if (seen.has(index)) return `Line ${index + 1} is both put back and left out. Choose one.`;
      seen.add(index);
      if ((unit.kept !== null) !== wantKept) return `Line ${index + 1} is already ${wantKept ? 'left out of' : 'in'} the story. Open the review again.`;
    }
  }
  return null;
}

/**
 * The overrides that still fit the units: a later cleaner may read the same
 * copy differently, and an override of a line it now reads as asked, or of a
 * line that is not there, is dropped rather than left to block every apply.
 */
export function fittingOverrides(units: readonly CleanedUnit[], overrides: ReviewOverrides): ReviewOverrides {
  const fits = (wantKept: boolean) => (index: number) => units[index] !== undefined && (units[index].kept !== null) === wantKept;
  return { putBack: overrides.putBack.filter(fits(false)), leaveOut: overrides.leaveOut.filter(fits(true)) };
}

/**
 * The story's blocks, in paste order: the units the cleaner kept, less those
 * the analyst left out, plus those the analyst put back (as paragraphs).
 * Refuses, with a reason a person can act on, overrides that name a unit
 * that does not exist or already stands as asked, and any that leave no story.
 */
export function rebuildStory(units: readonly CleanedUnit[], overrides: ReviewOverrides): RebuildResult {
  const problem = overrideProblem(units, overrides);
  if (problem) return { ok: false, reason: problem };
  const putBack = new Set(overrides.putBack);
  const leftOut = new Set(overrides.leaveOut);
  const blocks = units.flatMap((unit, index): TextBlock[] => {
    if (putBack.has(index)) return [{ kind: 'paragraph', text: unit.text }];
    return unit.kept !== null && !leftOut.has(index) ? [{ kind: unit.kept, text: unit.text }] : [];
  });
  return blocks.length > 0 ? { ok: true, blocks } : { ok: false, reason: NO_STORY_LEFT };
}

/** What the review of a cleaned text copy shows: every unit of the original with the cleaner's call, and the analyst's overrides so far. */
export interface CleanedCopyReview {
  articleId: number;
  /** The name the copy came under ("pasted text", "harbour-strike.txt"). */
  label: string;
  units: CleanedUnit[];
  overrides: ReviewOverrides;
}
