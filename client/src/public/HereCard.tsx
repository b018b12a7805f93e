// "Que puis-je avoir ici ?" (issue #5): from one answer of /api/here, the commune, fibre at the spot,
// mobile coverage by technology in plain words, and the nearest Wi-Fi terminal, PO box block and
// school with their distances. At sea or outside New Caledonia, the API's own message says so.
import { useTranslation } from 'react-i18next';
import { Term } from '../glossary/Term.tsx';
import { useLanguage } from '../i18n.ts';
import type { GlossaryTermId } from '../../../server/glossary/terms.ts';
import {
  fibreAtSpot,
  fibreWording,
  mobileWording,
  openingHoursWording,
  schoolConnectionWording,
  type Wording,
} from './here-wording.ts';
import type { HereAnswer } from './public-api.ts';
import type { PublicFormat } from './usePublicFormat.ts';

export interface HereCardProps {
  answer: HereAnswer;
  /** The reader's own spot (after "Près de moi"): the card says so. */
  mine?: boolean;
  format: PublicFormat;
  /** Lists the nearest terminals from this spot. */
  onNearestWifi: () => void;
}

export function HereCard({ answer, mine = false, format, onNearestWifi }: HereCardProps) {
  const { t } = useTranslation();
  const language = useLanguage();
  const { commune, message, where } = answer;
  const fibre = fibreWording(t, fibreAtSpot(answer), format.distance, format.date);
  const mobile = mobileWording(t, answer.mobile);

  return (
    <section
      className="here-card"
      aria-labelledby="here-card-title"
      data-where={where}
      data-spot={mine ? 'position' : 'point'}
      data-lon={answer.point.lon}
      data-lat={answer.point.lat}
    >
      <h2 id="here-card-title" className="public__heading">
        {t(mine ? 'publicReach.hereTitlePosition' : 'public.here.title')}
      </h2>
      {commune && (
        <p className="here-card__where">
          {t('public.here.where', {
            commune: commune.name,
            province: t(`public.here.province.${commune.province}`, { defaultValue: commune.province }),
          })}
        </p>
      )}
      {message && <p className="here-card__message">{message[language]}</p>}
      {where === 'land' && (
        <dl className="here-card__facts">
          <Fact kind="fibre" label={t('public.here.fibre.label')} term="distanceToFibre" wording={fibre} />
          <Fact
            kind="mobile"
            label={t('public.here.mobile.label')}
            term="distanceToMobile"
            wording={mobile}
          />
        </dl>
      )}
      {where !== 'outside' && <Nearest answer={answer} format={format} />}
      {where !== 'outside' && (
        <button type="button" className="public__secondary" onClick={onNearestWifi}>
          {t('public.nearest.nearHere')}
        </button>
      )}
    </section>
  );
}

interface FactProps {
  kind: string;
  label: string;
  /** The glossary's definition of the figure. */
  term: GlossaryTermId;
  wording: Wording;
}

function Fact({ kind, label, term, wording }: FactProps) {
  return (
    <div className={`here-card__fact here-card__fact--${kind}`}>
      <dt>
        <Term id={term}>{label}</Term>
      </dt>
      <dd>
        <strong className="here-card__summary">{wording.summary}</strong>
        {wording.details.length > 0 && (
          <ul className="here-card__details">
            {wording.details.map((line) => (
              <li key={line}>{line}</li>
            ))}
          </ul>
        )}
      </dd>
    </div>
  );
}

function Nearest({ answer, format }: { answer: HereAnswer; format: PublicFormat }) {
  const { t } = useTranslation();
  const { wifi, poBox, school } = answer.nearest;
  const rows = [
    {
      kind: 'wifi',
      label: t('public.here.nearest.wifi'),
      place: wifi,
      detail: openingHoursWording(t, wifi?.openingHours ?? null),
    },
    {
      kind: 'po-box',
      label: t('public.here.nearest.poBox'),
      place: poBox,
      detail: poBox
        ? t('public.here.nearest.boxes', { count: poBox.boxes, formatted: format.count(poBox.boxes) })
        : null,
    },
    {
      kind: 'school',
      label: t('public.here.nearest.school'),
      place: school,
      detail: schoolConnectionWording(t, school?.connection ?? null),
    },
  ];
  return (
    <>
      <h3 className="here-card__subheading">{t('public.here.nearest.title')}</h3>
      <dl className="here-card__nearest">
        {rows.map(({ kind, label, place, detail }) => (
          <div key={kind} className={`here-card__near here-card__near--${kind}`}>
            <dt>{label}</dt>
            <dd>
              {place ? (
                <>
                  <span className="here-card__near-name">{place.name}</span>
                  <span className="here-card__near-distance">
                    {t('public.nearest.distance', { distance: format.distance(place.distanceM) })}
                  </span>
                  {detail && <span className="here-card__near-detail">{detail}</span>}
                </>
              ) : (
                t('public.here.nearest.none')
              )}
            </dd>
          </div>
        ))}
      </dl>
    </>
  );
}
