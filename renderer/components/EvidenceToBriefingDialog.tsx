/**
 * "Add to briefing…" from the evidence locker: choose a briefing; the chosen
 * highlights' articles are added to it (each once, at its end).
 */
import { useState } from 'react';
import { plural } from '../format.ts';
import { useAppStore } from '../store/store.ts';
import { ReaderDialog } from './ReaderDialog.tsx';
import { TlpBadge } from './TlpBadge.tsx';

export function EvidenceToBriefingDialog({ count, onClose }: { count: number; onClose: () => void }) {
  const briefings = useAppStore((s) => s.briefings);
  const addEvidenceToBriefing = useAppStore((s) => s.addEvidenceToBriefing);
  const [chosen, setChosen] = useState<number | null>(briefings[0]?.id ?? null);
  const [saving, setSaving] = useState(false);

  const add = async () => {
    if (chosen === null) return;
    setSaving(true);
    const added = await addEvidenceToBriefing(chosen);
    setSaving(false);
    if (added) onClose();
  };

  return (
    <ReaderDialog
      title="Add to briefing"
      description={`The articles of the ${plural(count, 'chosen highlight')} go to the end of the briefing; an article already in it keeps its place.`}
      className="briefing-picker"
      onClose={onClose}
      footer={
        <>
          <button type="button" className="button button-quiet" onClick={onClose}>
            Cancel
          </button>
          <button type="button" className="button button-primary" disabled={chosen === null || saving} onClick={() => void add()}>
            Add
          </button>
        </>
      }
    >
      {briefings.length === 0 ? (
        <p>There are no briefings yet. Make one with “New briefing” in the sidebar.</p>
      ) : (
        <div className="briefing-picker-list" role="radiogroup" aria-label="Briefing">
          {briefings.map((briefing) => (
            <label key={briefing.id} className="briefing-picker-option">
              <input type="radio" name="briefing" checked={chosen === briefing.id} onChange={() => setChosen(briefing.id)} />
              <span className="briefing-picker-title">{briefing.title}</span>
              <TlpBadge marking={briefing.marking} />
              <span className="briefing-picker-count">{plural(briefing.articleCount, 'article')}</span>
            </label>
          ))}
        </div>
      )}
    </ReaderDialog>
  );
}
