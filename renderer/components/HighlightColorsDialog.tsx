/**
 * "Colours": the analyst's own names for the five highlight colours ("Key
 * fact", "Claim", …). Each name is saved when its field is left or on Enter;
 * an empty field goes back to the default name.
 */
import { useRef, useState } from 'react';
import { HIGHLIGHT_COLORS, HIGHLIGHT_STYLES, highlightLabel, type HighlightColor } from '../../shared/highlights.ts';
import type { HighlightLabels } from '../reader/highlight-colors.ts';
import { useAppStore } from '../store/store.ts';
import { ReaderDialog } from './ReaderDialog.tsx';

const COLOR_NAMES: Record<HighlightColor, string> = { yellow: 'Yellow', green: 'Green', blue: 'Blue', pink: 'Pink', purple: 'Purple' };

export function HighlightColorsDialog({ labels, onClose }: { labels: HighlightLabels; onClose: () => void }) {
  const updateSettings = useAppStore((s) => s.updateSettings);
  const [drafts, setDrafts] = useState<Record<HighlightColor, string>>(
    () => Object.fromEntries(HIGHLIGHT_COLORS.map((c) => [c, highlightLabel(c, labels)])) as Record<HighlightColor, string>,
  );

  /** Names sent and not yet back in the settings: not sent twice. */
  const sent = useRef<HighlightLabels>({});
  const nameFor = (color: HighlightColor) => drafts[color].trim().slice(0, 40) || HIGHLIGHT_STYLES[color].label;
  const current = (color: HighlightColor) => sent.current[color] ?? highlightLabel(color, labels);

  const save = (color: HighlightColor) => {
    const name = nameFor(color);
    if (name !== drafts[color]) setDrafts((d) => ({ ...d, [color]: name }));
    if (name === current(color)) return;
    sent.current[color] = name;
    void updateSettings({ highlightLabels: { [color]: name } });
  };

  /** Closing (Escape, Done, the backdrop) saves a name still being typed. */
  const close = () => {
    const changes = HIGHLIGHT_COLORS.filter((c) => nameFor(c) !== current(c));
    if (changes.length > 0) void updateSettings({ highlightLabels: Object.fromEntries(changes.map((c) => [c, nameFor(c)])) });
    onClose();
  };

  const resetAll = () => {
    const defaults = Object.fromEntries(HIGHLIGHT_COLORS.map((c) => [c, HIGHLIGHT_STYLES[c].label])) as Record<HighlightColor, string>;
    setDrafts(defaults);
    sent.current = { ...defaults };
    void updateSettings({ highlightLabels: defaults });
  };

  const changed = HIGHLIGHT_COLORS.some((c) => highlightLabel(c, labels) !== HIGHLIGHT_STYLES[c].label);

  return (
    <ReaderDialog
      title="Highlight colours"
      description="Name each colour for what it means in your analysis. The names show in the toolbar, in the notes and in exports."
      className="colors-dialog"
      onClose={close}
      footer={
        <>
          <button type="button" className="button button-quiet" onClick={resetAll} disabled={!changed}>
            Restore default names
          </button>
          <button type="button" className="button button-primary" onClick={close}>
            Done
          </button>
        </>
      }
    >
      <ul className="colors-list">
        {HIGHLIGHT_COLORS.map((color, index) => (
          <li key={color} className="colors-row">
            <span className="hl-swatch hl-swatch-large" data-color={color} aria-hidden="true" />
            <label className="colors-name">
              <span className="colors-color">
                {COLOR_NAMES[color]} <kbd aria-hidden="true">{index + 1}</kbd>
              </span>
              <input
                className="text-input"
                value={drafts[color]}
                maxLength={40}
                placeholder={HIGHLIGHT_STYLES[color].label}
                aria-label={`Name for ${COLOR_NAMES[color].toLowerCase()} highlights`}
                onChange={(event) => setDrafts((d) => ({ ...d, [color]: event.target.value }))}
                onBlur={() => save(color)}
                onKeyDown={(event) => {
                  if (event.key === 'Enter') {
                    event.preventDefault();
                    save(color);
                  }
                }}
              />
            </label>
          </li>
        ))}
      </ul>
    </ReaderDialog>
  );
}
