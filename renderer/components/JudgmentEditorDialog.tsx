/**
 * Writing or editing a key judgment: its words, its estimative term (each
 * shown with its probability range, "Likely (55–80%)"), the analyst's
 * confidence, and the passages it cites — in order, chosen from the
 * highlights of the briefing's articles with a search. Ctrl/Cmd+Enter saves;
 * Escape, Cancel or the backdrop close it, keeping what was not saved for its
 * next open (with a way to start over).
 */
import { useEffect, useId, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import {
  CONFIDENCES,
  LIKELIHOODS,
  MAX_CITATIONS_PER_JUDGMENT,
  MAX_JUDGMENT_LENGTH,
  confidenceLabel,
  likelihoodLabel,
  type Confidence,
  type JudgmentCitation,
  type Likelihood,
} from '../../shared/judgments.ts';
import { quoteText } from '../../shared/citation.ts';
import type { EvidenceItem } from '../../shared/organize.ts';
import { formatDate, sourceName } from '../format.ts';
import type { JudgmentDraft, JudgmentEditorTarget } from '../store/judgments-slice.ts';
import { useAppStore } from '../store/store.ts';
import { HIGHLIGHT_COLOR_STYLE } from '../reader/highlight-colors.ts';
import { ChevronDownIcon, ChevronUpIcon, CloseIcon, SearchIcon } from './icons.tsx';
import { CitationLine } from './KeyJudgmentList.tsx';
import { ReaderDialog } from './ReaderDialog.tsx';
import { SettingsChoices } from './SettingsChoices.tsx';

/** Typing pauses this long before the picker searches. */
const SEARCH_AFTER_MS = 200;

export function JudgmentEditorDialog() {
  const target = useAppStore((s) => s.judgmentEditor);
  return target ? <JudgmentEditor key={`${target.briefingId}-${target.judgmentId ?? 'new'}`} target={target} /> : null;
}

function asCitation(item: EvidenceItem): JudgmentCitation {
  return { highlightId: item.highlight.id, status: 'cited', quote: item.highlight.quote.exact, source: { ...item.article, articleId: item.article.id } };
}

function JudgmentEditor({ target }: { target: JudgmentEditorTarget }) {
  const judgment = useAppStore((s) => (target.judgmentId === null ? undefined : s.judgments.find((j) => j.id === target.judgmentId)));
  const close = useAppStore((s) => s.closeJudgmentEditor);
  const saveJudgment = useAppStore((s) => s.saveJudgment);
  const citable = useAppStore((s) => s.citable);
  const kept = useAppStore((s) => s.judgmentEditorKept);
  // What the library holds (or a new judgment starts from): closing with anything else keeps the draft for the next open.
  const [original] = useState<JudgmentDraft>(() => ({
    text: judgment?.text ?? '',
    likelihood: judgment?.likelihood ?? 'likely',
    confidence: judgment?.confidence ?? 'moderate',
    highlightIds: judgment?.citations.map((c) => c.highlightId) ?? target.cite,
  }));
  const [text, setText] = useState((kept ?? original).text);
  const [likelihood, setLikelihood] = useState<Likelihood>((kept ?? original).likelihood);
  const [confidence, setConfidence] = useState<Confidence>((kept ?? original).confidence);
  const [cited, setCited] = useState<number[]>((kept ?? original).highlightIds);
  const [showKept, setShowKept] = useState(kept !== null);
  const [problem, setProblem] = useState<string | null>(null);
  const textRef = useRef<HTMLTextAreaElement>(null);
  // A draft brought back is continued where it ends, not typed over from its start.
  const [restored] = useState(kept !== null);
  useEffect(() => {
    const field = textRef.current;
    if (restored && field) field.setSelectionRange(field.value.length, field.value.length);
  }, [restored]);
  const [saving, setSaving] = useState(false);
  const textId = useId();
  const likelihoodId = useId();
  const problemId = useId();

  // What each cited highlight shows: as the judgment holds it, or as the picker lists it.
  const known = useMemo(() => {
    const map = new Map<number, JudgmentCitation>();
    for (const item of citable) map.set(item.highlight.id, asCitation(item));
    for (const citation of judgment?.citations ?? []) map.set(citation.highlightId, citation);
    return map;
  }, [citable, judgment]);

  const toggle = (highlightId: number) => {
    setProblem(null);
    setCited((list) => {
      if (list.includes(highlightId)) return list.filter((id) => id !== highlightId);
      if (list.length >= MAX_CITATIONS_PER_JUDGMENT) {
        setProblem(`A judgment cites at most ${MAX_CITATIONS_PER_JUDGMENT} highlights; cite the strongest.`);
        return list;
      }
      return [...list, highlightId];
    });
  };
  const move = (index: number, by: -1 | 1) =>
    setCited((list) => {
      const to = index + by;
      if (to < 0 || to >= list.length) return list;
      const next = [...list];
      [next[index], next[to]] = [next[to]!, next[index]!];
      return next;
    });

  const unsaved =
    text.trim() !== original.text.trim() ||
    likelihood !== original.likelihood ||
    confidence !== original.confidence ||
    cited.join() !== original.highlightIds.join();
  const closeKeepingDraft = () => close(unsaved ? { text, likelihood, confidence, highlightIds: cited } : undefined);
  const startOver = () => {
    setText(original.text);
    setLikelihood(original.likelihood);
    setConfidence(original.confidence);
    setCited(original.highlightIds);
    setShowKept(false);
    setProblem(null);
    textRef.current?.focus();
  };

  const save = async () => {
    const words = text.trim();
    if (words === '') {
      setProblem('Write the judgment first: one or two sentences with the bottom line.');
      return;
    }
    setSaving(true);
    const saved = await saveJudgment(target, { text: words, likelihood, confidence, highlightIds: cited });
    setSaving(false);
    if (saved) close();
  };

  const onKeyDown = (event: KeyboardEvent<HTMLFormElement>) => {
    if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) {
      event.preventDefault();
      void save();
    }
  };

  return (
    <ReaderDialog
      title={target.judgmentId === null ? 'New key judgment' : 'Edit key judgment'}
      description="State the judgment, how likely it is and how confident you are, and cite the passages that support it."
      className="judgment-dialog"
      onClose={closeKeepingDraft}
      footer={
        <>
          <span className="field-hint judgment-dialog-hint">{saveShortcut} to save</span>
          <button type="button" className="button button-quiet" onClick={closeKeepingDraft}>
            Cancel
          </button>
          <button type="submit" form={`${textId}-form`} className="button button-primary" disabled={saving}>
            {saving ? 'Saving…' : 'Save judgment'}
          </button>
        </>
      }
    >
      <form
        id={`${textId}-form`}
        className="judgment-form"
        onKeyDown={onKeyDown}
        onSubmit={(event) => {
          event.preventDefault();
          void save();
        }}
      >
        {showKept ? (
          <p className="kept-draft" role="status">
            <span>{target.judgmentId === null ? 'The judgment you were writing is back.' : 'Your unsaved changes to this judgment are back.'}</span>
            <button type="button" className="button button-small button-quiet" onClick={startOver}>
              {target.judgmentId === null ? 'Start over' : 'Discard changes'}
            </button>
          </p>
        ) : null}
        <label className="judgment-field-label" htmlFor={textId}>
          Judgment
        </label>
        <textarea
          ref={textRef}
          id={textId}
          className="text-area judgment-text-input"
          rows={3}
          maxLength={MAX_JUDGMENT_LENGTH}
          placeholder="e.g. The shipment has already left the port."
          value={text}
          data-autofocus
          aria-invalid={problem && text.trim() === '' ? true : undefined}
          aria-describedby={problem ? problemId : undefined}
          onChange={(event) => {
            setText(event.target.value);
            setProblem(null);
          }}
        />
        <div className="judgment-estimate-fields">
          <div className="judgment-field">
            <label className="judgment-field-label" htmlFor={likelihoodId}>
              Likelihood
            </label>
            <select id={likelihoodId} className="select" value={likelihood} onChange={(event) => setLikelihood(event.target.value as Likelihood)}>
              {[...LIKELIHOODS].reverse().map((term) => (
                <option key={term} value={term}>
                  {likelihoodLabel(term)}
                </option>
              ))}
            </select>
          </div>
          <div className="judgment-field judgment-confidence-field">
            <SettingsChoices
              label="Confidence"
              values={CONFIDENCES}
              selected={confidence}
              disabled={false}
              onChoose={setConfidence}
              render={(level) => <span className="judgment-confidence-choice">{confidenceLabel(level).replace(' confidence', '')}</span>}
            />
          </div>
        </div>
        <section className="judgment-cited" aria-label="Cited passages">
          <h3 className="judgment-field-label">
            Cited passages <span className="judgment-count">{cited.length}</span>
          </h3>
          {cited.length === 0 ? (
            <p className="judgment-uncited">Choose the highlights that support this judgment below.</p>
          ) : (
            <ol className="judgment-cited-list">
              {cited.map((highlightId, index) => (
                <li key={highlightId} className="judgment-cited-row">
                  <span className="judgment-number" aria-hidden="true">
                    {index + 1}
                  </span>
                  <ol className="judgment-citations">
                    <CitationLine citation={known.get(highlightId) ?? { highlightId, status: 'cited', quote: `Highlight ${highlightId}`, source: null }} />
                  </ol>
                  <span className="judgment-tools">
                    <button type="button" className="icon-button" aria-label={`Move passage ${index + 1} up`} disabled={index === 0} onClick={() => move(index, -1)}>
                      <ChevronUpIcon />
                    </button>
                    <button
                      type="button"
                      className="icon-button"
                      aria-label={`Move passage ${index + 1} down`}
                      disabled={index === cited.length - 1}
                      onClick={() => move(index, 1)}
                    >
                      <ChevronDownIcon />
                    </button>
                    <button type="button" className="icon-button hl-danger" aria-label={`Remove passage ${index + 1}`} onClick={() => toggle(highlightId)}>
                      <CloseIcon />
                    </button>
                  </span>
                </li>
              ))}
            </ol>
          )}
        </section>
        <HighlightPicker briefingId={target.briefingId} cited={cited} onToggle={toggle} />
        {problem ? (
          <p className="field-hint" id={problemId} data-problem role="alert">
            {problem}
          </p>
        ) : null}
      </form>
    </ReaderDialog>
  );
}

/** The briefing's highlights to cite: quote and source, newest first; a search narrows them. */
function HighlightPicker({ briefingId, cited, onToggle }: { briefingId: number; cited: readonly number[]; onToggle: (highlightId: number) => void }) {
  const items = useAppStore((s) => s.citable);
  const total = useAppStore((s) => s.citableTotal);
  const status = useAppStore((s) => s.citableStatus);
  const searchCitable = useAppStore((s) => s.searchCitable);
  const [query, setQuery] = useState('');
  const searchId = useId();

  useEffect(() => {
    const timer = setTimeout(() => void searchCitable(briefingId, query), query === '' ? 0 : SEARCH_AFTER_MS);
    return () => clearTimeout(timer);
  }, [briefingId, query, searchCitable]);

  return (
    <section className="judgment-picker" aria-labelledby={`${searchId}-title`}>
      <h3 className="judgment-field-label" id={`${searchId}-title`}>
        Cite highlights from this briefing
      </h3>
      <div className="judgment-picker-search">
        <SearchIcon />
        <input
          id={searchId}
          className="text-input"
          type="search"
          aria-label="Search highlights"
          placeholder="Search the quotes and notes"
          maxLength={200}
          value={query}
          onChange={(event) => setQuery(event.target.value)}
          onKeyDown={(event) => {
            // Enter searches at once instead of submitting the judgment.
            if (event.key === 'Enter') event.preventDefault();
          }}
        />
      </div>
      <ul className="judgment-picker-list" aria-label="Highlights" aria-busy={status === 'loading'} style={HIGHLIGHT_COLOR_STYLE}>
        {items.map((item) => {
          const chosen = cited.includes(item.highlight.id);
          const where = [sourceName(item.article.siteName, item.article.url), item.article.title, formatDate(item.article.publishedAt)].filter(Boolean).join(' · ');
          return (
            <li key={item.highlight.id}>
              <button type="button" className="judgment-pick" aria-pressed={chosen} data-color={item.highlight.color} onClick={() => onToggle(item.highlight.id)}>
                <span className="judgment-pick-mark" aria-hidden="true">
                  {chosen ? cited.indexOf(item.highlight.id) + 1 : '+'}
                </span>
                <span className="judgment-pick-body">
                  <span className="judgment-pick-quote">“{quoteText(item.highlight.quote.exact)}”</span>
                  <span className="judgment-pick-source">{where}</span>
                </span>
              </button>
            </li>
          );
        })}
      </ul>
      {status === 'ready' && items.length === 0 ? (
        <p className="judgment-uncited">{query.trim() ? 'No highlight in this briefing matches.' : 'The briefing’s articles have no highlights yet: highlight passages in the reader first.'}</p>
      ) : null}
      {total > items.length ? <p className="field-hint">Showing {items.length} of {total}; search to find the others.</p> : null}
    </section>
  );
}

const saveShortcut = /Mac|iPhone|iPad/.test(navigator.userAgent) ? '⌘Enter' : 'Ctrl+Enter';
