// The top of a commune's page: back to the list of communes, the commune's name, province and
// population, where its projects stand in one line, and the button that prints its report.
import { useTranslation } from 'react-i18next';
import type { CommuneSummary } from '../api.ts';
import type { UrlState } from '../url-state.ts';
import { useCommuneFormat } from './commune-format.ts';
import { communePageHref, isPlainClick } from './commune-links.ts';
import { progressOrder, type Progress } from './project-schedule.ts';

export interface CommuneHeaderProps {
  commune: CommuneSummary;
  url: UrlState;
  /** How many projects the commune has; null while they load. */
  total: number | null;
  progress: Record<Progress, number>;
  onBack: () => void;
  /** Prints the report (after framing the whole commune for its picture). */
  onPrint: () => void;
}

export function CommuneHeader({ commune, url, total, progress, onBack, onPrint }: CommuneHeaderProps) {
  const { t } = useTranslation();
  const format = useCommuneFormat();
  return (
    <header className="commune-header">
      <a
        className="commune-header__back"
        href={communePageHref(url, null)}
        onClick={(event) => {
          if (!isPlainClick(event)) return;
          event.preventDefault();
          onBack();
        }}
      >
        {t('commune.page.back')}
      </a>
      <div className="commune-header__identity">
        <h2 className="commune-header__name">{commune.name}</h2>
        <p className="commune-header__facts">
          {t('commune.page.facts', {
            province: t(`commune.province.${commune.province}`),
            population: format.count(commune.population2019),
            postalCode: commune.postalCode,
          })}
        </p>
        {total !== null && (
          <div className="commune-header__progress">
            <p className="commune-header__total">
              {t('commune.page.summary', { count: total, formatted: format.count(total) })}
            </p>
            <ul className="progress-counts">
              {progressOrder
                .filter((stage) => stage !== 'cancelled' || progress.cancelled > 0)
                .map((stage) => (
                  <li
                    key={stage}
                    className={`progress-counts__item progress-counts__item--${stage}`}
                    data-stage={stage}
                  >
                    {t(`commune.progress.${stage}`, {
                      count: progress[stage],
                      formatted: format.count(progress[stage]),
                    })}
                  </li>
                ))}
            </ul>
          </div>
        )}
      </div>
      <button type="button" className="commune-button commune-header__print" onClick={onPrint}>
        {t('commune.page.print')}
      </button>
    </header>
  );
}
