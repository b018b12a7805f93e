// The nearest working Wi-Fi terminals as a numbered list, the numbers those of the map's markers,
// each with its distance, status, opening hours and directions in the phone's map app; terminals
// under maintenance that are nearer are listed apart, as such, never as the nearest (issue #5).
import { useTranslation } from 'react-i18next';
import { geoUri } from './geo-uri.ts';
import { openingHoursWording } from './here-wording.ts';
import type { NearbyTerminal } from './public-api.ts';
import type { PublicFormat } from './usePublicFormat.ts';

export interface NearestTerminalsProps {
  terminals: readonly NearbyTerminal[];
  unavailable: readonly NearbyTerminal[];
  format: PublicFormat;
}

export function NearestTerminals({ terminals, unavailable, format }: NearestTerminalsProps) {
  const { t } = useTranslation();
  if (terminals.length === 0) return <p className="public__note">{t('public.nearest.none')}</p>;
  return (
    <>
      <ol className="terminals">
        {terminals.map((terminal, index) => (
          <TerminalItem key={terminal.id} terminal={terminal} marker={String(index + 1)} format={format} />
        ))}
      </ol>
      {unavailable.length > 0 && (
        <>
          <h3 className="terminals__apart">{t('public.nearest.unavailableTitle')}</h3>
          <ul className="terminals terminals--unavailable">
            {unavailable.map((terminal) => (
              <TerminalItem key={terminal.id} terminal={terminal} marker="×" format={format} />
            ))}
          </ul>
        </>
      )}
    </>
  );
}

function TerminalItem({
  terminal,
  marker,
  format,
}: {
  terminal: NearbyTerminal;
  marker: string;
  format: PublicFormat;
}) {
  const { t } = useTranslation();
  const working = terminal.status === 'active';
  const hours = openingHoursWording(t, terminal.openingHours);
  return (
    <li
      className={`terminal terminal--${working ? 'active' : 'maintenance'}`}
      data-terminal-id={terminal.id}
      data-distance-m={terminal.distanceM}
    >
      <span className="terminal__marker" aria-hidden="true">
        {marker}
      </span>
      <div className="terminal__body">
        <p className="terminal__name">{terminal.siteName}</p>
        <p className="terminal__meta">
          <span className={`terminal__status terminal__status--${working ? 'active' : 'maintenance'}`}>
            {t(working ? 'public.nearest.active' : 'public.nearest.maintenance')}
          </span>
          {' · '}
          {terminal.communeName}
        </p>
        {hours && <p className="terminal__hours">{t('public.nearest.hours', { hours })}</p>}
      </div>
      <div className="terminal__side">
        <p className="terminal__distance">{format.distance(terminal.distanceM)}</p>
        {working && (
          <a
            className="terminal__directions"
            href={geoUri(terminal.lat, terminal.lon, terminal.siteName)}
            aria-label={t('public.nearest.directionsTo', { name: terminal.siteName })}
          >
            {t('public.nearest.directions')}
          </a>
        )}
      </div>
    </li>
  );
}
