/**
 * Grading from the keyboard, two keys at a time: `g` then A–F grades the
 * source's reliability, `c` then 1–6 the active highlight's credibility. The
 * first key waits a moment for the second; anything else lets it go.
 */
import { isCredibility, isSourceGrade, type Credibility, type SourceGrade } from '../../shared/tradecraft/grades.ts';

export type GradePrefix = 'g' | 'c';

/** How long the first key waits for the second. */
export const GRADE_PREFIX_MS = 2000;

export type GradeKeyResult =
  | { kind: 'prefix'; prefix: GradePrefix }
  | { kind: 'source'; grade: SourceGrade }
  | { kind: 'credibility'; credibility: Credibility }
  /** The first key was pressed and the second did not fit: the key is left to the reader's other shortcuts. */
  | { kind: 'cancel' }
  | { kind: 'none' };

/**
 * What `key` does after `prefix` (null: no first key yet). `canCredit` says
 * whether a highlight is active, so that `c` means something.
 */
export function readGradeKey(prefix: GradePrefix | null, key: string, canCredit: boolean): GradeKeyResult {
  if (prefix === 'g') {
    const grade = key.toUpperCase();
    return isSourceGrade(grade) ? { kind: 'source', grade } : { kind: 'cancel' };
  }
  if (prefix === 'c') {
    const credibility = Number(key);
    return /^[1-6]$/.test(key) && isCredibility(credibility) ? { kind: 'credibility', credibility } : { kind: 'cancel' };
  }
  if (key === 'g') return { kind: 'prefix', prefix: 'g' };
  if (key === 'c' && canCredit) return { kind: 'prefix', prefix: 'c' };
  return { kind: 'none' };
}
