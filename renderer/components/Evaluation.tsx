/**
 * Source evaluation in the UI: the "B2" badge, the grade and credibility
 * choosers, the reader header's evaluation row (grade, marking, re-fetch) and
 * the two-key grading shortcuts (`g` A–F, `c` 1–6).
 */
import { useEffect, useEffectEvent, useRef, useState, type RefObject } from 'react';
import { TLP_MARKINGS, type Article, type TlpMarking } from '../../shared/model.ts';
import {
  CREDIBILITY_GRADES,
  CREDIBILITY_LABELS,
  describeEvaluation,
  evaluationCode,
  SOURCE_GRADE_LABELS,
  SOURCE_GRADES,
  type Credibility,
  type SourceGrade,
} from '../../shared/tradecraft/grades.ts';
import { GRADE_PREFIX_MS, readGradeKey, type GradePrefix } from '../reader/grade-keys.ts';
import { isReaderKey } from '../reader/reader-keys.ts';
import { useAppStore } from '../store/store.ts';
import { TlpBadge, TlpSelect, tlpLabel } from './TlpBadge.tsx';

/** "B2", "B" or "2"; nothing when neither grade is set. */
export function EvaluationBadge({ grade, credibility }: { grade: SourceGrade | null; credibility: Credibility | null }) {
  const code = evaluationCode(grade, credibility);
  if (code === null) return null;
  const description = describeEvaluation(grade, credibility);
  return (
    <span className="evaluation-badge" title={description} aria-label={`Evaluation ${description}`}>
      {code}
    </span>
  );
}

/** The article's grade and marking badges, as the list rows show them (a CLEAR marking goes unsaid). */
export function ArticleEvaluation({ grade, marking }: { grade: SourceGrade | null; marking: TlpMarking }) {
  if (grade === null && marking === 'CLEAR') return null;
  return (
    <span className="article-evaluation">
      <EvaluationBadge grade={grade} credibility={null} />
      {marking !== 'CLEAR' ? <TlpBadge marking={marking} /> : null}
    </span>
  );
}

/** The grades A–F as <option>s, "B — Usually reliable": for the chooser and the filters. */
export function SourceGradeOptions() {
  return SOURCE_GRADES.map((value) => (
    <option key={value} value={value}>
      {value} — {SOURCE_GRADE_LABELS[value]}
    </option>
  ));
}

/** The credibility grades 1–6 as <option>s. */
export function CredibilityOptions() {
  return CREDIBILITY_GRADES.map((value) => (
    <option key={value} value={value}>
      {value} — {CREDIBILITY_LABELS[value]}
    </option>
  ));
}

/** The TLP markings as <option>s, for the filters. */
export function MarkingOptions() {
  return TLP_MARKINGS.map((value) => (
    <option key={value} value={value}>
      {tlpLabel(value)}
    </option>
  ));
}

export function SourceGradeSelect({ grade, onChange }: { grade: SourceGrade | null; onChange: (grade: SourceGrade | null) => void }) {
  return (
    <select
      className="select evaluation-select"
      aria-label="Source reliability"
      aria-keyshortcuts="g"
      title="Source reliability (G, then A–F)"
      value={grade ?? ''}
      onChange={(event) => onChange(event.target.value === '' ? null : (event.target.value as SourceGrade))}
    >
      <option value="">Source: not graded</option>
      <SourceGradeOptions />
    </select>
  );
}

export function CredibilitySelect({ credibility, onChange }: { credibility: Credibility | null; onChange: (credibility: Credibility | null) => void }) {
  return (
    <select
      className="select evaluation-select"
      aria-label="Credibility"
      aria-keyshortcuts="c"
      title="Credibility of the information (C, then 1–6)"
      value={credibility ?? ''}
      onChange={(event) => onChange(event.target.value === '' ? null : (Number(event.target.value) as Credibility))}
    >
      <option value="">Credibility: not graded</option>
      <CredibilityOptions />
    </select>
  );
}

/** The reader header's row: how reliable the source is, and how the article may be shared. */
export function ReaderEvaluation({ article }: { article: Article }) {
  const setSourceGrade = useAppStore((s) => s.setSourceGrade);
  const setArticleMarking = useAppStore((s) => s.setArticleMarking);
  return (
    <div className="reader-evaluation" role="group" aria-label="Source evaluation and handling">
      <SourceGradeSelect grade={article.sourceGrade} onChange={(grade) => void setSourceGrade(article.id, grade)} />
      <TlpSelect marking={article.marking} label="Article handling marking" onChange={(marking) => void setArticleMarking(article.id, marking)} />
    </div>
  );
}

/**
 * `g` then A–F grades the article's source, `c` then 1–6 the active
 * highlight, when focus is in the reader and not in a field. Listens before
 * the reader's other shortcuts, so the digit after `c` is a grade, not a
 * colour. Returns what to announce.
 */
export function useGradeKeys(article: Article, readerRef: RefObject<HTMLElement | null>): string {
  const [announcement, setAnnouncement] = useState('');
  const prefix = useRef<{ key: GradePrefix; at: number } | null>(null);

  const onKeyDown = useEffectEvent((event: KeyboardEvent) => {
    if (event.ctrlKey || event.metaKey || event.altKey || !isReaderKey(event, readerRef.current)) return;
    const state = useAppStore.getState();
    const active = state.highlights.find((h) => h.id === state.activeHighlightId && h.anchor.status === 'anchored') ?? null;
    const waiting = prefix.current && performance.now() - prefix.current.at < GRADE_PREFIX_MS ? prefix.current.key : null;
    const result = readGradeKey(waiting, event.key, active !== null);
    if (result.kind === 'none') return;
    prefix.current = null;
    if (result.kind === 'cancel') {
      if (event.key === 'Escape') event.preventDefault();
      setAnnouncement('');
      return;
    }
    event.preventDefault();
    if (result.kind === 'prefix') {
      prefix.current = { key: result.prefix, at: performance.now() };
      setAnnouncement(result.prefix === 'g' ? 'Source reliability: press A to F' : 'Credibility: press 1 to 6');
    } else if (result.kind === 'source') {
      void state.setSourceGrade(article.id, result.grade);
      setAnnouncement(`Source graded ${result.grade}, ${SOURCE_GRADE_LABELS[result.grade].toLowerCase()}`);
    } else if (active) {
      void state.setHighlightCredibility(active.id, result.credibility);
      setAnnouncement(`Highlight graded ${result.credibility}, ${CREDIBILITY_LABELS[result.credibility].toLowerCase()}`);
    }
  });

  useEffect(() => {
    const listener = (event: KeyboardEvent) => onKeyDown(event);
    // Capture: before the reader's own shortcuts (1–5 colour a highlight).
    document.addEventListener('keydown', listener, true);
    return () => document.removeEventListener('keydown', listener, true);
  }, []);

  return announcement;
}
