// A commune's workspace (issue #4): `/commune` lists the 33 communes to choose from,
// `/commune/98818` is one commune's page: its projects, their calendar, works to coordinate, a report.
import { useCallback } from 'react';
import type { ScreenProps } from '../MapScreen.tsx';
import { communePageState } from './commune-links.ts';
import { CommunePage } from './CommunePage.tsx';
import { CommunePicker } from './CommunePicker.tsx';
import './commune.css';

export function CommuneScreen({ data, url, updateUrl }: ScreenProps) {
  const commune = data.communes.find((known) => known.insee === url.communePage);
  const onChoose = useCallback((insee: string | null) => updateUrl(communePageState(insee)), [updateUrl]);
  if (!commune) {
    return <CommunePicker communes={data.communes} url={url} unknown={url.communePage} onChoose={onChoose} />;
  }
  return <CommunePage key={commune.insee} data={data} commune={commune} url={url} updateUrl={updateUrl} />;
}
