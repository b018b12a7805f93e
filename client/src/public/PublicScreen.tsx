// The public's phone-first view (issue #5): placeholder until the page is built.
import type { AppData } from '../app-data.ts';
import type { UrlChange, UrlState } from '../url-state.ts';

export interface PublicScreenProps {
  data: AppData;
  url: UrlState;
  updateUrl: (change: UrlChange) => void;
}

export function PublicScreen(_props: PublicScreenProps) {
  return <p className="app-status">…</p>;
}
