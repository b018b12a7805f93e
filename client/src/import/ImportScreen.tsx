// `/import` (issue 11): the import wizard, for planners and admins. Anyone else is told who may
// import, and the public is asked to sign in first.
// Before any schema is built (the wizard reads the layers' properties from the shared payloads).
import '../editing/zod-jitless.ts';
import { useTranslation } from 'react-i18next';
import { useAccount } from '../editing/account-store.ts';
import type { ScreenProps } from '../MapScreen.tsx';
import { ImportWizard } from './ImportWizard.tsx';
import { mayImport } from './may-import.ts';
import './import.css';

export function ImportScreen({ data, updateUrl }: ScreenProps) {
  const { t } = useTranslation();
  const account = useAccount();
  if (!mayImport(account)) {
    return (
      <p className="app-status import-page__signed-out" role="status">
        {t(account ? 'import.notAllowed' : 'import.signIn')}
      </p>
    );
  }
  return <ImportWizard key={account?.id} data={data} updateUrl={updateUrl} />;
}
