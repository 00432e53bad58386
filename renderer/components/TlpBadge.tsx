/** A TLP 2.0 label as the standard draws it: the marking in its colour on black. */
import type { TlpMarking } from '../../shared/model.ts';

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
