// Says plainly when what the map shows is not real: generated sample data, or commune
// boundaries that are approximate. Stays on screen; there is nothing to dismiss.
import { useTranslation } from 'react-i18next';

export interface SampleDataNoticeProps {
  sampleData: boolean;
  approximateBoundaries: boolean;
}

export function SampleDataNotice({ sampleData, approximateBoundaries }: SampleDataNoticeProps) {
  const { t } = useTranslation();
  const messages = [
    sampleData && t('notice.sampleData'),
    approximateBoundaries && t('notice.approximateBoundaries'),
  ].filter((message): message is string => Boolean(message));
  if (messages.length === 0) return null;
  return (
    <div className="data-notice" role="note" aria-label={t('notice.label')}>
      {messages.map((message) => (
        <p key={message}>{message}</p>
      ))}
    </div>
  );
}
