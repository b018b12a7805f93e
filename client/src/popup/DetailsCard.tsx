// The body of a map popup: what it is (kicker), its name, a close button, and labelled values.
// Values are rendered as text, never as HTML.
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

export interface DetailsRow {
  key: string;
  label: string;
  value: string;
}

export interface DetailsCardProps {
  kicker: string;
  title: string;
  rows: readonly DetailsRow[];
  onClose: () => void;
  /** Buttons under the values, when the reader may act on the feature. */
  children?: ReactNode;
}

export function DetailsCard({ kicker, title, rows, onClose, children }: DetailsCardProps) {
  const { t } = useTranslation();
  return (
    <article className="feature-details" aria-label={title}>
      <header className="feature-details__header">
        <div>
          <p className="feature-details__layer">{kicker}</p>
          <h2 className="feature-details__title">{title}</h2>
        </div>
        <button
          type="button"
          className="feature-details__close"
          aria-label={t('mapControls.closePopup')}
          onClick={onClose}
        >
          <span aria-hidden="true">×</span>
        </button>
      </header>
      <dl className="feature-details__attributes">
        {rows.map((row) => (
          <div key={row.key} className="feature-details__row">
            <dt>{row.label}</dt>
            <dd>{row.value}</dd>
          </div>
        ))}
      </dl>
      {children && <div className="feature-details__actions">{children}</div>}
    </article>
  );
}
