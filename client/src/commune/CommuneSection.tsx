// One collapsible part of a commune's panel: a native <details> whose summary holds the section's
// heading, so it opens with the keyboard, says whether it is open, and lists among the headings.
import type { ReactNode } from 'react';

export interface CommuneSectionProps {
  title: string;
  defaultOpen: boolean;
  className?: string;
  children: ReactNode;
}

export function CommuneSection({ title, defaultOpen, className = '', children }: CommuneSectionProps) {
  return (
    <details className={`commune-section ${className}`} open={defaultOpen}>
      <summary className="commune-section__summary">
        <h3 className="commune-section__title">{title}</h3>
      </summary>
      <div className="commune-section__body">{children}</div>
    </details>
  );
}
