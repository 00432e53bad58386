/**
 * "Reading settings": a button in the sidebar footer opening a small panel
 * (a popover: Escape or a click outside closes it, focus goes back to the
 * button) with the theme, the reader's font, text size, line spacing and
 * column width. Every change shows at once in the reader and is saved in the
 * preferences (renderer/typography/reader-typography.ts carries it to the page).
 */
import { useEffect, useId, useRef, useState, type ChangeEvent } from 'react';
import { DEFAULT_SETTINGS, type SettingsPatch } from '../../shared/settings.ts';
import {
  COLUMN_WIDTH,
  FONT_SIZE,
  LINE_HEIGHT,
  READER_FONTS,
  describeColumnWidth,
  describeFontSize,
  describeLineHeight,
  snap,
  type Range,
  type ReaderFont,
  type ReaderTypography,
} from '../typography/reader-typography.ts';
import { ignoreRepeatedClick } from '../dom/dialog-clicks.ts';
import { useAppStore } from '../store/store.ts';
import { TextSettingsIcon } from './icons.tsx';
import { SettingsChoices } from './SettingsChoices.tsx';
import { ThemeSwitch } from './ThemeSwitch.tsx';

const FONT_LABELS: Record<ReaderFont, string> = { serif: 'Serif', sans: 'Sans' };

export function ReaderSettings() {
  const panelId = useId();
  const titleId = useId();
  const panelRef = useRef<HTMLDivElement>(null);
  const [open, setOpen] = useState(false);

  useEffect(() => {
    const panel = panelRef.current;
    if (!panel) return;
    const onToggle = (event: Event) => {
      const isOpen = (event as ToggleEvent).newState === 'open';
      setOpen(isOpen);
      // Into the panel, so Tab and the screen reader start there; the first Tab reaches the theme.
      if (isOpen) panel.focus();
    };
    panel.addEventListener('toggle', onToggle);
    return () => panel.removeEventListener('toggle', onToggle);
  }, []);

  return (
    <>
      <button
        type="button"
        className="button button-quiet reader-settings-button"
        popoverTarget={panelId}
        onClick={ignoreRepeatedClick}
        aria-expanded={open}
        aria-haspopup="dialog"
      >
        <TextSettingsIcon />
        Reading settings
      </button>
      <div
        id={panelId}
        ref={panelRef}
        className="reader-settings"
        popover="auto"
        tabIndex={-1}
        role="dialog"
        aria-labelledby={titleId}
      >
        <div className="reader-settings-header">
          <h2 className="reader-settings-title" id={titleId}>
            Reading settings
          </h2>
          <ResetButton />
        </div>
        <ThemeSwitch />
        <FontChoice />
        <SliderField
          label="Text size"
          range={FONT_SIZE}
          pick={(reader) => reader.fontSize}
          patch={(fontSize) => ({ fontSize })}
          describe={describeFontSize}
          ends={['A', 'A']}
          endsClass="reader-settings-ends-size"
        />
        <SliderField
          label="Line spacing"
          range={LINE_HEIGHT}
          pick={(reader) => reader.lineHeight}
          patch={(lineHeight) => ({ lineHeight })}
          describe={describeLineHeight}
        />
        <SliderField
          label="Column width"
          range={COLUMN_WIDTH}
          pick={(reader) => reader.columnWidth}
          patch={(columnWidth) => ({ columnWidth })}
          describe={describeColumnWidth}
        />
      </div>
    </>
  );
}

function FontChoice() {
  const font = useAppStore((s) => s.settings?.reader.font ?? DEFAULT_SETTINGS.reader.font);
  const loaded = useAppStore((s) => s.settings !== null);
  const updateSettings = useAppStore((s) => s.updateSettings);
  return (
    <SettingsChoices
      label="Font"
      values={READER_FONTS}
      selected={font}
      disabled={!loaded}
      choiceClassName="settings-choice-row"
      onChoose={(value) => void updateSettings({ reader: { font: value } })}
      render={(value) => (
        <>
          <span className="font-sample" data-font={value} aria-hidden="true">
            Aa
          </span>
          <span className="settings-choice-label">
            {FONT_LABELS[value]}
            <span className="settings-choice-note">{value === 'serif' ? 'Source Serif' : 'Source Sans'}</span>
          </span>
        </>
      )}
    />
  );
}

function SliderField({
  label,
  range,
  pick,
  patch,
  describe,
  ends,
  endsClass,
}: {
  label: string;
  range: Range;
  pick: (reader: ReaderTypography) => number;
  patch: (value: number) => NonNullable<SettingsPatch['reader']>;
  describe: (value: number) => string;
  ends?: [string, string];
  endsClass?: string;
}) {
  const value = useAppStore((s) => pick(s.settings?.reader ?? DEFAULT_SETTINGS.reader));
  const loaded = useAppStore((s) => s.settings !== null);
  const updateSettings = useAppStore((s) => s.updateSettings);
  const inputId = useId();
  const outputId = useId();

  const onChange = (event: ChangeEvent<HTMLInputElement>) => {
    const next = snap(Number(event.target.value), range);
    if (next !== value) void updateSettings({ reader: patch(next) });
  };

  return (
    <div className="settings-field">
      <div className="settings-slider-head">
        <label className="settings-label" htmlFor={inputId}>
          {label}
        </label>
        <output className="settings-value" id={outputId} htmlFor={inputId}>
          {describe(value)}
        </output>
      </div>
      <div className={`settings-slider-row ${endsClass ?? ''}`}>
        {ends ? <span aria-hidden="true">{ends[0]}</span> : null}
        <input
          id={inputId}
          className="settings-slider"
          type="range"
          min={range.min}
          max={range.max}
          step={range.step}
          value={value}
          disabled={!loaded}
          aria-valuetext={describe(value)}
          onChange={onChange}
        />
        {ends ? <span aria-hidden="true">{ends[1]}</span> : null}
      </div>
    </div>
  );
}

function ResetButton() {
  const reader = useAppStore((s) => s.settings?.reader);
  const updateSettings = useAppStore((s) => s.updateSettings);
  const defaults = DEFAULT_SETTINGS.reader;
  const isDefault =
    !reader ||
    (reader.font === defaults.font &&
      reader.fontSize === defaults.fontSize &&
      reader.lineHeight === defaults.lineHeight &&
      reader.columnWidth === defaults.columnWidth);
  return (
    <button
      type="button"
      className="button button-quiet button-small"
      disabled={isDefault}
      title="Font, text size, line spacing and column width back to how they started"
      onClick={() => void updateSettings({ reader: { ...defaults } })}
    >
      Reset
    </button>
  );
}
