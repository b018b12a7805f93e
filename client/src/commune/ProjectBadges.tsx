// Small labels of a project: its status (colour and words), and its slip ("+31 j") whose reason
// shows on hover and on keyboard focus (a tooltip; Escape hides it, as WCAG 1.4.13 asks).
import { useId, useState, type CSSProperties } from 'react';
import type { ProjectStatus } from './commune-api.ts';
import { statusColors } from './project-style.ts';
import { useProjectWords, type SlipSummary } from './project-words.ts';

export function StatusBadge({ status }: { status: ProjectStatus }) {
  const words = useProjectWords();
  return (
    <span className="status-badge" style={{ '--status-color': statusColors[status] } as CSSProperties}>
      <span className="status-badge__swatch" aria-hidden="true" />
      {words.status(status)}
    </span>
  );
}

export interface SlipBadgeProps {
  slip: SlipSummary;
  /** The reason for the slip, shown with it; none for a project ahead of its plan. */
  reason: string | null;
  /** In print, the badge is plain text: no tooltip to open. */
  interactive?: boolean;
}

export function SlipBadge({ slip, reason, interactive = true }: SlipBadgeProps) {
  const words = useProjectWords();
  const tooltipId = useId();
  const [open, setOpen] = useState(false);
  const className = `slip-badge ${slip.late ? 'slip-badge--late' : 'slip-badge--early'}`;
  const short = words.slipShort(slip);
  const long = words.slipLong(slip);
  if (!interactive) {
    return (
      <span className={className}>
        <span aria-hidden="true">{short}</span>
        <span className="visually-hidden">{long}</span>
      </span>
    );
  }
  return (
    <span className="slip" onMouseEnter={() => setOpen(true)} onMouseLeave={() => setOpen(false)}>
      <button
        type="button"
        className="slip__button"
        aria-describedby={reason === null ? undefined : `${tooltipId}-reason`}
        onFocus={() => setOpen(true)}
        onBlur={() => setOpen(false)}
        onClick={() => setOpen((shown) => !shown)}
        onKeyDown={(event) => {
          if (event.key === 'Escape' && open) {
            event.stopPropagation();
            setOpen(false);
          }
        }}
      >
        <span className={className}>
          <span aria-hidden="true">{short}</span>
          <span className="visually-hidden">{long}</span>
        </span>
      </button>
      <span role="tooltip" id={tooltipId} className="slip__tooltip" hidden={!open}>
        <span className="slip__tooltip-line">{long}</span>
        {reason !== null && (
          <span id={`${tooltipId}-reason`} className="slip__tooltip-line">
            {reason}
          </span>
        )}
      </span>
    </span>
  );
}
