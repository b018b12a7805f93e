// The nearest working Wi-Fi terminals as a numbered list, the numbers those of the map's markers,
// each with its distance, status, opening hours and directions in the phone's map app; terminals
// under maintenance that are nearer are listed apart, as such, never as the nearest (issue #5). A
// terminal on another island says so and offers only its place on a map, never a walk (issue #9);
// when none is on the asker's island, that comes first.
import { useTranslation } from 'react-i18next';
import { currentPlatform, directionsUrl } from './geo-uri.ts';
import { openingHoursWording } from './here-wording.ts';
import type { NearbyTerminal } from './public-api.ts';
import type { PublicFormat } from './usePublicFormat.ts';

export interface NearestTerminalsProps {
  terminals: readonly NearbyTerminal[];
  unavailable: readonly NearbyTerminal[];
  format: PublicFormat;
  /** The place asked about stands on an island (false at sea; undefined in a list saved before). */
  onIsland?: boolean | undefined;
  /** The place asked about: where walking directions start, and whose island "your" island is. */
  from: { lon: number; lat: number; mine: boolean };
}

/** A terminal known to stand on another island (a list saved before issue #9 does not say). */
const acrossTheSea = (terminal: NearbyTerminal) => terminal.sameIsland === false;

export function NearestTerminals({ terminals, unavailable, format, onIsland, from }: NearestTerminalsProps) {
  const { t } = useTranslation();
  if (terminals.length === 0) return <p className="public__note">{t('public.nearest.none')}</p>;
  const nearest = terminals[0];
  const noneOnIsland = onIsland === true && nearest && terminals.every(acrossTheSea);
  return (
    <>
      {noneOnIsland && (
        <p className="nearest__island public__note">
          {t(from.mine ? 'publicReach.noneOnYourIsland' : 'publicReach.noneOnThisIsland', {
            commune: nearest.communeName,
            distance: format.distance(nearest.distanceM),
          })}
        </p>
      )}
      <ol className="terminals">
        {terminals.map((terminal, index) => (
          <TerminalItem
            key={terminal.id}
            terminal={terminal}
            marker={String(index + 1)}
            format={format}
            from={from}
          />
        ))}
      </ol>
      {unavailable.length > 0 && (
        <>
          <h3 className="terminals__apart">{t('public.nearest.unavailableTitle')}</h3>
          <ul className="terminals terminals--unavailable">
            {unavailable.map((terminal) => (
              <TerminalItem key={terminal.id} terminal={terminal} marker="×" format={format} from={from} />
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
  from,
}: {
  terminal: NearbyTerminal;
  marker: string;
  format: PublicFormat;
  from: { lon: number; lat: number; mine: boolean };
}) {
  const { t } = useTranslation();
  const working = terminal.status === 'active';
  const hours = openingHoursWording(t, terminal.openingHours);
  const across = acrossTheSea(terminal);
  const to = { lat: terminal.lat, lon: terminal.lon, label: terminal.siteName };
  const platform = currentPlatform();
  return (
    <li
      className={`terminal terminal--${working ? 'active' : 'maintenance'}`}
      data-terminal-id={terminal.id}
      data-distance-m={terminal.distanceM}
      data-same-island={across ? 'false' : 'true'}
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
        {across && <p className="terminal__island">{t('publicReach.otherIsland')}</p>}
        {hours && <p className="terminal__hours">{t('public.nearest.hours', { hours })}</p>}
      </div>
      <div className="terminal__side">
        <p className="terminal__distance">{format.distance(terminal.distanceM)}</p>
        {working && !across && (
          <a
            className="terminal__directions"
            href={directionsUrl(platform, { to, from: from.mine ? from : null })}
            aria-label={t('public.nearest.directionsTo', { name: terminal.siteName })}
          >
            {t('public.nearest.directions')}
          </a>
        )}
        {working && across && (
          <a
            className="terminal__place-link"
            href={directionsUrl(platform, { to, walk: false })}
            aria-label={t('publicReach.viewOnMapTo', { name: terminal.siteName })}
          >
            {t('publicReach.viewOnMap')}
          </a>
        )}
      </div>
    </li>
  );
}
