/**
 * A labelled group of radio choices in the reading settings (Theme, Font):
 * one row per value, each with a sample drawn by the caller.
 */
import { useId, type ReactNode } from 'react';

interface SettingsChoicesProps<T extends string> {
  label: string;
  values: readonly T[];
  selected: T;
  disabled: boolean;
  onChoose: (value: T) => void;
  /** The sample and the words shown for each value. */
  render: (value: T) => ReactNode;
  choiceClassName?: string;
}

export function SettingsChoices<T extends string>({ label, values, selected, disabled, onChoose, render, choiceClassName }: SettingsChoicesProps<T>) {
  const labelId = useId();
  const name = useId();
  return (
    <div className="settings-field">
      <span className="settings-label" id={labelId}>
        {label}
      </span>
      <div className="settings-choices" role="radiogroup" aria-labelledby={labelId} data-count={values.length}>
        {values.map((value) => (
          <label key={value} className={choiceClassName ? `settings-choice ${choiceClassName}` : 'settings-choice'}>
            <input
              className="settings-choice-input"
              type="radio"
              name={name}
              value={value}
              checked={selected === value}
              disabled={disabled}
              onChange={() => onChoose(value)}
            />
            {render(value)}
          </label>
        ))}
      </div>
    </div>
  );
}
