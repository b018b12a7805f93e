// The uncovered places, ranked, beside the map and in step with it: a click on a row, or Enter on
// the focused row, selects the place and flies the map to it; a place selected on the map scrolls
// its row into view. One row takes Tab focus at a time; the arrow keys move between rows.
import { useEffect, useRef, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { GlossaryTermId } from '../../../server/glossary/terms.ts';
import { Term } from '../glossary/Term.tsx';
import { gapKey } from './GapCircles.tsx';
import type { RankedGap, Technology } from './planning-api.ts';
import { useFormatters } from './planning-format.ts';

export interface GapsTableProps {
  ranked: readonly RankedGap[];
  /** The network the distances are to. */
  technology: Technology;
  selected: string | null;
  /** A row chosen from the table: select the place and go there. */
  onActivate: (gap: RankedGap) => void;
  caption: string;
}

/** The glossary's definition of each technology's distance column. */
const distanceTerm: Record<Technology, GlossaryTermId> = {
  fibre: 'distanceToFibre',
  '4g': 'distanceTo4g',
  mobile: 'distanceToMobile',
};

const moves: Record<string, (index: number, last: number) => number> = {
  ArrowDown: (index, last) => Math.min(last, index + 1),
  ArrowUp: (index) => Math.max(0, index - 1),
  Home: () => 0,
  End: (_, last) => last,
  PageDown: (index, last) => Math.min(last, index + 10),
  PageUp: (index) => Math.max(0, index - 10),
};

export function GapsTable({ ranked, technology, selected, onActivate, caption }: GapsTableProps) {
  const { t } = useTranslation();
  const format = useFormatters();
  const bodyRef = useRef<HTMLTableSectionElement>(null);
  const selectedIndex = ranked.findIndex((gap) => gapKey(gap) === selected);
  const [focusIndex, setFocusIndex] = useState(0);
  const tabIndexRow = selectedIndex >= 0 ? selectedIndex : Math.min(focusIndex, ranked.length - 1);

  useEffect(() => {
    if (!selected) return;
    bodyRef.current?.querySelector(`tr[data-key="${selected}"]`)?.scrollIntoView({ block: 'nearest' });
  }, [selected, ranked]);

  const rowAt = (index: number) => bodyRef.current?.querySelector<HTMLElement>(`tr[data-index="${index}"]`);
  const onKeyDown = (event: KeyboardEvent<HTMLTableRowElement>, index: number, gap: RankedGap) => {
    if (event.key === 'Enter' || event.key === ' ') {
      event.preventDefault();
      onActivate(gap);
      return;
    }
    const move = moves[event.key];
    if (!move) return;
    event.preventDefault();
    const next = move(index, ranked.length - 1);
    setFocusIndex(next);
    rowAt(next)?.focus();
  };

  return (
    <div className="gaps-table">
      <table className="figures-table">
        <caption className="visually-hidden">{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{t('planning.gaps.rank')}</th>
            <th scope="col">{t('planning.gaps.name')}</th>
            <th scope="col">{t('planning.gaps.kind')}</th>
            <th scope="col">{t('planning.gaps.commune')}</th>
            <th scope="col">
              <Term id="inhabitants" />
            </th>
            <th scope="col">
              <Term id="pupils" />
            </th>
            <th scope="col">
              <Term id={distanceTerm[technology]}>{t('planning.gaps.distance')}</Term>
            </th>
          </tr>
        </thead>
        <tbody ref={bodyRef}>
          {ranked.map((gap, index) => {
            const key = gapKey(gap);
            return (
              <tr
                key={key}
                data-key={key}
                data-index={index}
                tabIndex={index === tabIndexRow ? 0 : -1}
                aria-current={key === selected ? 'true' : undefined}
                className={key === selected ? 'is-selected' : undefined}
                onClick={() => {
                  setFocusIndex(index);
                  onActivate(gap);
                }}
                onFocus={() => setFocusIndex(index)}
                onKeyDown={(event) => onKeyDown(event, index, gap)}
              >
                <td>{format.count(gap.rank)}</td>
                <th scope="row">{gap.name}</th>
                <td>{t(`planning.kind.${gap.kind}.${gap.category}`, { defaultValue: gap.category })}</td>
                <td>{gap.communeName}</td>
                <td className="number">{gap.inhabitants === null ? '' : format.count(gap.inhabitants)}</td>
                <td className="number">{gap.pupils === null ? '' : format.count(gap.pupils)}</td>
                <td className="number">
                  {gap.distanceM === null ? t('planning.gaps.noNetwork') : format.km(gap.distanceM)}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
