// The queue of requests (issue 10 item 6): a map of the territory with a dot per request coloured
// by status, beside the list (under it on a phone), open requests first, filtered by commune and
// status from the link. Choosing a request in the list flies the map to it; a dot on the map
// brings its request into view in the list. Planners answer from the list.
import { useCallback, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AppData } from '../app-data.ts';
import type { Account } from '../editing/edit-api.ts';
import { BasemapLand, CommuneLabels } from '../map/BasemapLayers.tsx';
import { FlyTo, type FlyTarget } from '../map/FlyTo.tsx';
import { MapView, NEW_CALEDONIA_BOUNDS } from '../map/MapView.tsx';
import { useMapShell } from '../map/useMapShell.ts';
import { useRemote } from '../planning/useRemote.ts';
import type { UrlChange, UrlState } from '../url-state.ts';
import { RequestCard } from './RequestCard.tsx';
import { RequestFilters } from './RequestFilters.tsx';
import { RequestMapKey } from './RequestMapKey.tsx';
import { RequestMarkers } from './RequestMarkers.tsx';
import { queueOrder, requestStatusOf } from './request-queue.ts';
import { REQUESTS_SOURCE } from './request-style.ts';
import { fetchRequests } from './requests-api.ts';
import type { RequestsUrlState } from './requests-url.ts';

const FIT_PADDING = { top: 24, right: 24, bottom: 24, left: 24 };
/** How close the map comes to a request chosen in the list. */
const REQUEST_ZOOM = 13;

export interface RequestQueueProps {
  account: Account;
  data: AppData;
  url: UrlState;
  updateUrl: (change: UrlChange) => void;
}

export function RequestQueue({ account, data, url, updateUrl }: RequestQueueProps) {
  const { t } = useTranslation();
  const shell = useMapShell(data.config, updateUrl);
  // A commune account sees its own commune's requests (the server says so too).
  const ownCommune = account.role === 'commune' ? account.commune : null;
  const commune = ownCommune ?? url.requests.commune;
  const status = requestStatusOf(url.requests.status);
  const filter: RequestsUrlState = { commune, status };
  const [answered, setAnswered] = useState(0);
  const requests = useRemote(
    useCallback(
      (signal: AbortSignal) =>
        fetchRequests({ ...(commune ? { commune } : {}), ...(status ? { status } : {}) }, signal),
      // answered is not read: each answer asks again.
      [commune, status, answered],
    ),
  );
  const list = useMemo(() => (requests.data ? queueOrder(requests.data) : null), [requests.data]);
  const [selected, setSelected] = useState<number | null>(null);
  // A link naming a commune (or a commune account) opens on it, unless the link says where to look.
  const [flyTarget, setFlyTarget] = useState<FlyTarget | null>(() => {
    const bbox = data.communes.find((known) => known.insee === commune)?.bbox;
    return bbox && !url.view ? { bounds: bbox } : null;
  });
  const listRef = useRef<HTMLOListElement>(null);

  const setFilter = (next: RequestsUrlState) => {
    updateUrl({ requests: ownCommune ? { ...next, commune: null } : next });
    if (next.commune !== commune) {
      const chosen = data.communes.find((known) => known.insee === next.commune);
      setFlyTarget({ bounds: chosen?.bbox ?? NEW_CALEDONIA_BOUNDS });
    }
  };
  const chooseFromList = (id: number) => {
    const request = list?.find((candidate) => candidate.id === id);
    if (!request) return;
    setSelected(id);
    setFlyTarget({ center: [request.lon, request.lat], zoom: REQUEST_ZOOM });
  };
  const chooseFromMap = useCallback((id: number) => {
    setSelected(id);
    listRef.current
      ?.querySelector(`[data-request="${id}"]`)
      ?.scrollIntoView({ block: 'nearest', behavior: 'smooth' });
  }, []);
  const ownName = data.communes.find((known) => known.insee === ownCommune)?.name;

  return (
    <div className="requests-queue">
      <div className="requests-queue__map">
        <MapView
          mapStyle={shell.mapStyle}
          view={url.view}
          locale={shell.locale}
          label={t('requests.queue.mapLabel')}
          fitPadding={FIT_PADDING}
          dataLoaded={shell.loaded([REQUESTS_SOURCE])}
          onViewChange={shell.onViewChange}
        >
          {shell.offlineBasemap && <BasemapLand viewport={shell.viewport} onStatus={shell.onStatus} />}
          {shell.offlineBasemap && <CommuneLabels communes={data.communes} onStatus={shell.onStatus} />}
          <RequestMarkers
            requests={list}
            selected={selected}
            onSelect={chooseFromMap}
            onStatus={shell.onStatus}
          />
          <FlyTo target={flyTarget} />
        </MapView>
        <RequestMapKey />
      </div>
      <section
        className="requests-queue__panel"
        aria-labelledby="requests-queue-title"
        aria-busy={requests.status === 'loading'}
      >
        <h2 id="requests-queue-title" className="requests-queue__title">
          {ownName ? t('requests.queue.titleOf', { name: ownName }) : t('requests.queue.title')}
        </h2>
        <RequestFilters filter={filter} communes={ownCommune ? null : data.communes} onChange={setFilter} />
        {requests.error && (
          <p className="report-problem__error" role="alert">
            {t('requests.list.failed', { detail: requests.error.message })}
          </p>
        )}
        {!list && !requests.error && <p>{t('requests.list.loading')}</p>}
        {list && (
          <p className="request-list__count" role="status">
            {list.length === 0 ? t('requests.list.empty') : t('requests.list.count', { count: list.length })}
          </p>
        )}
        {list && list.length > 0 && (
          <ol ref={listRef} className="request-list__items requests-queue__items">
            {list.map((request) => (
              <RequestCard
                key={request.id}
                request={request}
                canAnswer={account.role === 'planner'}
                onAnswered={() => setAnswered((count) => count + 1)}
                selected={request.id === selected}
                title={
                  <button
                    type="button"
                    className="request-item__locate"
                    aria-pressed={request.id === selected}
                    onClick={() => chooseFromList(request.id)}
                  >
                    {t('requests.list.number', { id: request.id })} · {request.communeName}
                  </button>
                }
              />
            ))}
          </ol>
        )}
      </section>
    </div>
  );
}
