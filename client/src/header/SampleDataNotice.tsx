// Says plainly what the map shows: the date the data stands at (always), and when it is not real,
// generated sample data (every layer, or the layers still sample once real files are imported) or
// commune boundaries that are approximate. Stays on screen; there is nothing to dismiss.
import { useTranslation } from 'react-i18next';
import { useCommuneFormat } from '../commune/commune-format.ts';

export interface SampleDataNoticeProps {
  /** The date the data stands at (GET /api/config asOf), YYYY-MM-DD. */
  asOf: string;
  sampleData: boolean;
  /** The titles of the layers still holding sample data, when only some do. */
  sampleLayers?: string[];
  approximateBoundaries: boolean;
}

export function SampleDataNotice({
  asOf,
  sampleData,
  sampleLayers,
  approximateBoundaries,
}: SampleDataNoticeProps) {
  const { t } = useTranslation();
  const format = useCommuneFormat();
  const messages = [
    sampleData &&
      (sampleLayers?.length
        ? t('notice.sampleLayers', { layers: sampleLayers.join(', ') })
        : t('notice.sampleData')),
    t('notice.asOf', { date: format.longDay(asOf) }),
    approximateBoundaries && t('notice.approximateBoundaries'),
  ].filter((message): message is string => Boolean(message));
  return (
    <div className="data-notice" role="note" aria-label={t('notice.label')}>
      {messages.map((message) => (
        <p key={message}>{message}</p>
      ))}
    </div>
  );
}
