// A commune's workspace (issue #4): placeholder until the page is built.
import type { AppData } from '../app-data.ts';
import type { UrlChange, UrlState } from '../url-state.ts';

export interface CommuneScreenProps {
  data: AppData;
  url: UrlState;
  updateUrl: (change: UrlChange) => void;
}

export function CommuneScreen({ data, url }: CommuneScreenProps) {
  const commune = data.communes.find((c) => c.insee === url.communePage);
  return <p className="app-status">{commune?.name ?? 'Communes'}</p>;
}
