// The fibre rollout year by year as a table for screen readers (visually hidden): the figures the
// planning chart and the commune's bars draw, one row per year, the chosen year marked current.
import type { RolloutYear } from './planning-api.ts';
import { useFormatters } from './planning-format.ts';

export interface RolloutTableProps {
  caption: string;
  yearly: readonly RolloutYear[];
  /** Column headings: the year, then the planned, deployed and overdue premises. */
  headings: { year: string; planned: string; deployed: string; overdue: string };
  /** The year chosen on the page, if any (aria-current on its row). */
  current?: number;
}

export function RolloutTable({ caption, yearly, headings, current }: RolloutTableProps) {
  const format = useFormatters();
  return (
    <table className="visually-hidden">
      <caption>{caption}</caption>
      <thead>
        <tr>
          <th scope="col">{headings.year}</th>
          <th scope="col">{headings.planned}</th>
          <th scope="col">{headings.deployed}</th>
          <th scope="col">{headings.overdue}</th>
        </tr>
      </thead>
      <tbody>
        {yearly.map((entry) => (
          <tr key={entry.year} aria-current={entry.year === current ? 'true' : undefined}>
            <th scope="row">{entry.year}</th>
            <td>{format.count(entry.plannedPremises)}</td>
            <td>{format.count(entry.deployedPremises)}</td>
            <td>{format.count(entry.overduePremises)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
