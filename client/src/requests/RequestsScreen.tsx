// `/demandes` (issue 10): the queue of requests for signed-in accounts, all of them for planners,
// its own for a commune account. Nobody signed in is asked to sign in first.
// Before any schema is built (request-queue.ts reads the statuses from the shared payloads).
import '../editing/zod-jitless.ts';
import { useTranslation } from 'react-i18next';
import { useAccount } from '../editing/account-store.ts';
import type { ScreenProps } from '../MapScreen.tsx';
import { RequestQueue } from './RequestQueue.tsx';
import './requests.css';
import './requests-queue.css';

export function RequestsScreen({ data, url, updateUrl }: ScreenProps) {
  const { t } = useTranslation();
  const account = useAccount();
  if (!account) {
    return (
      <p className="app-status requests-queue__signed-out" role="status">
        {t('requests.queue.signIn')}
      </p>
    );
  }
  return <RequestQueue key={account.id} account={account} data={data} url={url} updateUrl={updateUrl} />;
}
