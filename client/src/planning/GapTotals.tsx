// How many inhabitants, settlements, tribus, schools and pupils the chosen network covers or not, as
// the API counts them: covered + not covered = total, every figure shown.
import { useTranslation } from 'react-i18next';
import type { GlossaryTermId } from '../../../server/glossary/terms.ts';
import { Term } from '../glossary/Term.tsx';
import type { GapTotals as Totals } from './planning-api.ts';
import { useFormatters } from './planning-format.ts';

const rows = ['population', 'settlements', 'tribus', 'schools', 'pupils'] as const;
/** The rows whose figure the glossary defines. */
const rowTerms: Partial<Record<(typeof rows)[number], GlossaryTermId>> = {
  population: 'inhabitants',
  pupils: 'pupils',
};

export function GapTotals({ totals, caption }: { totals: Totals; caption: string }) {
  const { t } = useTranslation();
  const format = useFormatters();
  return (
    <table className="figures-table gap-totals">
      <caption>{caption}</caption>
      <thead>
        <tr>
          <td />
          <th scope="col">
            <Term id="covered">{t('planning.totals.covered')}</Term>
          </th>
          <th scope="col">{t('planning.totals.uncovered')}</th>
          <th scope="col">{t('planning.totals.total')}</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <tr key={row} data-total={row}>
            <th scope="row">
              {rowTerms[row] ? (
                <Term id={rowTerms[row]}>{t(`planning.totals.${row}`)}</Term>
              ) : (
                t(`planning.totals.${row}`)
              )}
            </th>
            <td data-column="covered">{format.count(totals[row].covered)}</td>
            <td data-column="uncovered">{format.count(totals[row].uncovered)}</td>
            <td data-column="total">{format.count(totals[row].total)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
