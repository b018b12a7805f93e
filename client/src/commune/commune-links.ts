// Links within the commune workspace: real addresses (a link can be opened in a new tab, copied,
// shared), followed in place by a plain click.
import type { MouseEvent } from 'react';
import { formatUrlState, type UrlState } from '../url-state.ts';
import { noCommuneState } from './commune-url.ts';

function href(state: UrlState): string {
  const url = new URL(formatUrlState(new URL(window.location.href), state));
  return `${url.pathname}${url.search}${url.hash}`;
}

/** The state of a commune's page (`/commune/98818`), or of the picker for null; no project open. */
export const communePageState = (insee: string | null): Partial<UrlState> => ({
  screen: 'commune',
  communePage: insee,
  view: null,
  commune: noCommuneState,
});

export const communePageHref = (url: UrlState, insee: string | null) =>
  href({ ...url, ...communePageState(insee) });

/** `/commune/98818#project=12`, keeping the filters, the distance and the language. */
export const projectHref = (url: UrlState, id: number) =>
  href({ ...url, commune: { ...url.commune, project: id } });

/** A click the page handles itself; one with a modifier (new tab, new window) is left to the browser. */
export const isPlainClick = (event: MouseEvent) =>
  event.button === 0 && !event.metaKey && !event.ctrlKey && !event.shiftKey && !event.altKey;
