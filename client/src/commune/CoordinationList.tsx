// Works that could share a trench (issue #4): pairs of open projects within a distance of each other
// whose periods overlap, with the two organisations to put in touch. Choosing a pair rings both on
// the map, joined by a line, and frames them.
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { coordinationDistances, type CoordinationPair, type ProjectKind } from './commune-api.ts';
import { useCommuneFormat } from './commune-format.ts';
import { pairKey } from './coordination-map.ts';
import { useProjectWords } from './project-words.ts';
import './coordination.css';

export interface CoordinationListProps {
  pairs: readonly CoordinationPair[] | null;
  distanceM: number;
  chosen: string | null;
  /** Without them (print), the distance is said, not chosen, and pairs are listed, not chosen. */
  onDistanceChange?: (metres: number) => void;
  onChoose?: (pair: CoordinationPair) => void;
}

function PairSide({ side }: { side: CoordinationPair['a'] }) {
  const words = useProjectWords();
  return (
    <span className="pair__side">
      <span className="pair__title">{side.title}</span>
      <span className="pair__who">
        {side.organisation} · {words.kind(side.kind as ProjectKind)}
      </span>
    </span>
  );
}

export function PairFacts({ pair }: { pair: CoordinationPair }) {
  const { t } = useTranslation();
  const format = useCommuneFormat();
  return (
    <span className="pair__facts">
      {t('commune.coordination.facts', {
        distance: format.count(pair.distanceM),
        period: format.period(pair.sharedPeriod.start, pair.sharedPeriod.end),
      })}
    </span>
  );
}

export function CoordinationList({
  pairs,
  distanceM,
  onDistanceChange,
  chosen,
  onChoose,
}: CoordinationListProps) {
  const { t } = useTranslation();
  const format = useCommuneFormat();
  const distanceId = useId();
  return (
    <div className="coordination">
      <p className="commune-note">{t('commune.coordination.intro')}</p>
      {onDistanceChange && (
        <div className="field field--inline">
          <label htmlFor={distanceId}>{t('commune.coordination.distance')}</label>
          <select
            id={distanceId}
            value={distanceM}
            onChange={(event) => onDistanceChange(Number(event.currentTarget.value))}
          >
            {coordinationDistances.map((metres) => (
              <option key={metres} value={metres}>
                {t('commune.coordination.metres', { metres: format.count(metres) })}
              </option>
            ))}
          </select>
        </div>
      )}
      {pairs === null ? (
        <p className="commune-note">{t('commune.loading')}</p>
      ) : (
        <>
          <p className="coordination__count" aria-live="polite" data-distance={distanceM}>
            {t('commune.coordination.count', {
              count: pairs.length,
              formatted: format.count(pairs.length),
              metres: format.count(distanceM),
            })}
          </p>
          <ol className="coordination__pairs">
            {pairs.map((pair) => {
              const key = pairKey(pair);
              const content = (
                <>
                  <PairSide side={pair.a} />
                  <span className="pair__join" aria-hidden="true">
                    ↔
                  </span>
                  <span className="visually-hidden">{t('commune.coordination.and')}</span>
                  <PairSide side={pair.b} />
                  <PairFacts pair={pair} />
                </>
              );
              return (
                <li key={key} className="coordination__pair" data-pair={key}>
                  {onChoose ? (
                    <button
                      type="button"
                      className="pair"
                      aria-pressed={key === chosen}
                      onClick={() => onChoose(pair)}
                    >
                      {content}
                    </button>
                  ) : (
                    <div className="pair">{content}</div>
                  )}
                </li>
              );
            })}
          </ol>
        </>
      )}
    </div>
  );
}
