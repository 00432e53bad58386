/**
 * Source evaluation on the Admiralty (NATO) system: how reliable the source
 * is (A–F) and how credible one piece of information is (1–6). Together they
 * read as one code, "B2".
 */
import { z } from 'zod';

export const SOURCE_GRADES = ['A', 'B', 'C', 'D', 'E', 'F'] as const;
export const sourceGradeSchema = z.enum(SOURCE_GRADES);
export type SourceGrade = z.infer<typeof sourceGradeSchema>;

export const CREDIBILITY_GRADES = [1, 2, 3, 4, 5, 6] as const;
export const credibilitySchema = z.literal(CREDIBILITY_GRADES, { error: 'Credibility is a whole number from 1 to 6.' });
export type Credibility = (typeof CREDIBILITY_GRADES)[number];

export const SOURCE_GRADE_LABELS: Record<SourceGrade, string> = {
  A: 'Completely reliable',
  B: 'Usually reliable',
  C: 'Fairly reliable',
  D: 'Not usually reliable',
  E: 'Unreliable',
  F: 'Reliability cannot be judged',
};

export const CREDIBILITY_LABELS: Record<Credibility, string> = {
  1: 'Confirmed by other sources',
  2: 'Probably true',
  3: 'Possibly true',
  4: 'Doubtful',
  5: 'Improbable',
  6: 'Truth cannot be judged',
};

export function isSourceGrade(value: unknown): value is SourceGrade {
  return typeof value === 'string' && (SOURCE_GRADES as readonly string[]).includes(value);
}

export function isCredibility(value: unknown): value is Credibility {
  return typeof value === 'number' && (CREDIBILITY_GRADES as readonly number[]).includes(value);
}

/**
 * The evaluation code as analysts write it: "B2" when both are set, "B" or
 * "2" when only one is, null when neither is.
 */
export function evaluationCode(sourceGrade: SourceGrade | null, credibility: Credibility | null): string | null {
  if (sourceGrade === null && credibility === null) return null;
  return `${sourceGrade ?? ''}${credibility ?? ''}`;
}

/** A source grade as exports print it: "B — Usually reliable". */
export function formatSourceGrade(grade: SourceGrade): string {
  return `${grade} — ${SOURCE_GRADE_LABELS[grade]}`;
}

/** The code spelled out for screen readers and tooltips: "B2 (source: usually reliable; information: probably true)". */
export function describeEvaluation(sourceGrade: SourceGrade | null, credibility: Credibility | null): string {
  const parts: string[] = [];
  if (sourceGrade !== null) parts.push(`source: ${SOURCE_GRADE_LABELS[sourceGrade].toLowerCase()}`);
  if (credibility !== null) parts.push(`information: ${CREDIBILITY_LABELS[credibility].toLowerCase()}`);
  const code = evaluationCode(sourceGrade, credibility);
  return code === null ? 'Not evaluated' : `${code} (${parts.join('; ')})`;
}
