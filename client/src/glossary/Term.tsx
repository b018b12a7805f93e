// A figure's name with its definition one press away (issue 9): the glossary's words, the same as
// GET /api/glossary serves, in the interface language. A disclosure button (WAI-ARIA APG pattern):
// keyboard reachable, Escape closes it, the definition read out as the button's description.
import { useId, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { glossary, type GlossaryTermId } from '../../../server/glossary/terms.ts';
import { useLanguage } from '../i18n.ts';
import './term.css';

export interface TermProps {
  id: GlossaryTermId;
  /** The figure's name as shown; the glossary's label when left out. */
  children?: ReactNode;
}

export function Term({ id, children }: TermProps) {
  const { t } = useTranslation();
  const language = useLanguage();
  const [open, setOpen] = useState(false);
  const definitionId = useId();
  const term = glossary[id];
  return (
    <span className="term" data-term={id}>
      {children ?? term.label[language]}
      <button
        type="button"
        className="term__toggle"
        aria-expanded={open}
        aria-controls={definitionId}
        aria-label={t('glossary.whatIs', { term: term.label[language] })}
        onClick={() => setOpen((was) => !was)}
        onKeyDown={(event) => {
          if (event.key === 'Escape' && open) {
            event.stopPropagation();
            setOpen(false);
          }
        }}
      >
        ?
      </button>
      <span id={definitionId} className="term__definition" role="note" hidden={!open}>
        {term.definition[language]}
      </span>
    </span>
  );
}
