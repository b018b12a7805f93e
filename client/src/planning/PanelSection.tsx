// One collapsible part of the Planning panel: a native <details>, so it opens and closes with the
// keyboard and a screen reader says whether it is open, with no script of ours.
import type { ReactNode } from 'react';

export interface PanelSectionProps {
  title: string;
  /** Open at first; the reader may close it. */
  defaultOpen?: boolean;
  className?: string;
  children: ReactNode;
}

export function PanelSection({ title, defaultOpen = true, className, children }: PanelSectionProps) {
  return (
    <details className={`planning-section ${className ?? ''}`} open={defaultOpen}>
      <summary className="planning-section__title">{title}</summary>
      <div className="planning-section__body">{children}</div>
    </details>
  );
}
