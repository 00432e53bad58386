/** A TLP 2.0 label as the standard draws it: the marking in its colour on black. */
import { TLP_MARKINGS, type TlpMarking } from '../../shared/model.ts';

export function tlpLabel(marking: TlpMarking): string {
  return `TLP:${marking}`;
}

export function TlpBadge({ marking, size = 'small' }: { marking: TlpMarking; size?: 'small' | 'medium' }) {
  return (
    <span className={`tlp tlp-${size}`} data-marking={marking}>
      {tlpLabel(marking)}
    </span>
  );
}

/** The marking chooser, itself drawn as the TLP label it sets. */
export function TlpSelect({ marking, label, onChange }: { marking: TlpMarking; label: string; onChange: (marking: TlpMarking) => void }) {
  return (
    <span className="tlp-select-wrap" data-marking={marking}>
      <select className="tlp-select" aria-label={label} data-marking={marking} value={marking} onChange={(event) => onChange(event.target.value as TlpMarking)}>
        {TLP_MARKINGS.map((value) => (
          <option key={value} value={value} data-marking={value}>
            {tlpLabel(value)}
          </option>
        ))}
      </select>
    </span>
  );
}
