// The queue of requests (/demandes, issue 10) and the comments on a project in their users' words:
// open the queue, read its list and its map, filter it, choose a request in one and find it in the
// other; write a comment on a project and read it back. Reads the map through window.__map.
import type { GeoJSONSource } from 'maplibre-gl';
import {
  REQUEST_POINTS,
  REQUEST_SELECTED,
  REQUESTS_SOURCE,
} from '../../client/src/requests/request-style.ts';
import { MAP_CANVAS } from './map-driver.ts';
import type { TestPage } from './playwright-helper.ts';
import { ProjectEditingDriver } from './project-editing-driver.ts';

const QUEUE = '.requests-queue';

export interface ListedRequest {
  id: number;
  commune: string;
  status: string;
}

export class RequestsQueueDriver extends ProjectEditingDriver {
  constructor(
    page: TestPage,
    private readonly home: string,
  ) {
    super(page, home);
  }

  /** Opens `/demandes` with a query (e.g. `?commune=98811`), as a link from elsewhere would. */
  async openQueue(query = ''): Promise<void> {
    await this.page.open(`${this.home}/demandes${query}`);
    await this.page.waitForSelector('.requests-queue, .requests-queue__signed-out', 10_000);
  }

  /** A button of the header's view switch, by its words. */
  async chooseView(label: string): Promise<void> {
    await this.page.pressButton(label);
  }

  addressPath(): Promise<string> {
    return this.page.evaluate(() => window.location.pathname, undefined);
  }

  /** Waits for the queue's list to have loaded and its map to have drawn it. */
  async waitForQueue(): Promise<void> {
    await this.page.waitForSelector(`${QUEUE} .request-list__count`, 10_000);
    await this.waitUntilReady();
    await this.waitUntilIdle();
  }

  signedOutNote(): Promise<string> {
    return this.page.textOf('.requests-queue__signed-out');
  }

  /** The view buttons of the header, by their words. */
  viewButtons(): Promise<string[]> {
    return this.page.textsOf('.view-switch button');
  }

  queueTitle(): Promise<string> {
    return this.page.textOf('.requests-queue__title');
  }

  /** The requests of the list, in its order. */
  listed(): Promise<ListedRequest[]> {
    return this.page.evaluate(
      (selector) =>
        [...document.querySelectorAll<HTMLElement>(selector)].map((item) => ({
          id: Number(item.dataset.request),
          commune: item.dataset.commune ?? '',
          status: item.dataset.status ?? '',
        })),
      `${QUEUE} .request-item`,
    );
  }

  /** Waits until the list holds exactly these requests (in any order). */
  async waitForListed(ids: number[]): Promise<void> {
    await this.page.waitUntil(
      ([selector, wanted]) => {
        const shown = [...document.querySelectorAll<HTMLElement>(selector)].map((item) =>
          Number(item.dataset.request),
        );
        return shown.length === wanted.length && wanted.every((id) => shown.includes(id));
      },
      [`${QUEUE} .request-item`, ids] as const,
      { timeout: 10_000 },
    );
  }

  /** The requests the map's source holds (every one, on screen or not), sorted. */
  sourceRequests(): Promise<number[]> {
    return this.page.evaluate(async (source) => {
      const map = window.__map;
      if (!map) throw new Error('window.__map is not set: the map has not loaded');
      const geojson = map.getSource<GeoJSONSource>(source);
      if (!geojson) throw new Error(`no source ${source} on the map`);
      const data = (await geojson.getData()) as GeoJSON.FeatureCollection;
      return data.features.map((feature) => Number(feature.properties?.id)).sort((a, b) => a - b);
    }, REQUESTS_SOURCE);
  }

  /** Distinct requests drawn as dots on screen now, sorted. */
  requestsDrawn(layer = REQUEST_POINTS): Promise<number[]> {
    return this.page.evaluate((id) => {
      const map = window.__map;
      if (!map) throw new Error('window.__map is not set: the map has not loaded');
      const ids = map.queryRenderedFeatures({ layers: [id] }).map((feature) => Number(feature.properties.id));
      return [...new Set(ids)].sort((a, b) => a - b);
    }, layer);
  }

  /** The request ringed as chosen on the map. */
  ringedRequests(): Promise<number[]> {
    return this.requestsDrawn(REQUEST_SELECTED);
  }

  /** Waits until the map's source holds exactly these requests. */
  async waitForMapRequests(ids: number[]): Promise<void> {
    const wanted = [...ids].sort((a, b) => a - b).join(',');
    const deadline = Date.now() + 10_000;
    let held = '';
    while (Date.now() < deadline) {
      held = (await this.sourceRequests()).join(',');
      if (held === wanted) {
        await this.waitUntilIdle();
        return;
      }
      await this.page.evaluate(() => new Promise((resolve) => setTimeout(resolve, 100)), undefined);
    }
    throw new Error(`the map holds requests ${held}, not ${wanted}`);
  }

  /** Chooses a commune in the queue's filter ('' for all of them). */
  async filterByCommune(insee: string): Promise<void> {
    await this.page.selectValue(`${QUEUE} .request-filters select[name="commune"]`, insee);
    await this.settle();
  }

  communeFilters(): Promise<number> {
    return this.page.count(`${QUEUE} .request-filters select[name="commune"]`);
  }

  /** The query of the page's address (`?commune=98811`). */
  addressQuery(): Promise<string> {
    return this.page.evaluate(() => window.location.search, undefined);
  }

  /** "Demande n° N" in the list: the map flies to it. */
  async chooseInList(id: number): Promise<void> {
    await this.page.click(`${QUEUE} .request-item[data-request="${id}"] .request-item__locate`);
    await this.settle();
  }

  /** A click on the request's dot on the map; waits for the list to mark it chosen. */
  async clickOnMap(id: number): Promise<void> {
    const point = await this.page.evaluate(
      ([source, wanted]) => {
        const map = window.__map;
        if (!map) throw new Error('window.__map is not set: the map has not loaded');
        const feature = map
          .querySourceFeatures(source)
          .find((candidate) => Number(candidate.properties.id) === wanted);
        if (feature?.geometry.type !== 'Point') throw new Error(`request ${wanted} is not on the map`);
        const [lon, lat] = feature.geometry.coordinates as [number, number];
        const { x, y } = map.project([lon, lat]);
        return { x: Math.round(x), y: Math.round(y) };
      },
      [REQUESTS_SOURCE, id] as const,
    );
    await this.page.clickAt(MAP_CANVAS, point.x, point.y);
    await this.page.waitForSelector(`${QUEUE} .request-item--selected[data-request="${id}"]`, 10_000);
  }

  /** The chosen request of the list (marked so), or null. */
  async chosenInList(): Promise<number | null> {
    const id = await this.page.evaluate(
      (selector) => document.querySelector<HTMLElement>(selector)?.dataset.request ?? null,
      `${QUEUE} .request-item--selected`,
    );
    return id === null ? null : Number(id);
  }

  /** Where the map looks: its centre and zoom. */
  mapCentre(): Promise<{ lon: number; lat: number; zoom: number }> {
    return this.page.evaluate(() => {
      const map = window.__map;
      if (!map) throw new Error('window.__map is not set: the map has not loaded');
      const { lng, lat } = map.getCenter();
      return { lon: lng, lat, zoom: map.getZoom() };
    }, undefined);
  }

  /** True when the request item is within the visible part of the list. */
  inViewInList(id: number): Promise<boolean> {
    return this.page.evaluate((selector) => {
      const item = document.querySelector(selector);
      const panel = item?.closest('.requests-queue__panel');
      if (!item || !panel) return false;
      const a = item.getBoundingClientRect();
      const b = panel.getBoundingClientRect();
      return a.top >= b.top - 1 && a.bottom <= b.bottom + 1;
    }, `${QUEUE} .request-item[data-request="${id}"]`);
  }

  /** Where the map and the list lie on the page. */
  async queueLayout(): Promise<Record<'map' | 'list', { top: number; bottom: number; width: number }>> {
    // No named function inside: the page would miss the bundler's name helper.
    const [map, list] = await this.page.evaluate(
      (selectors) =>
        selectors.map((selector) => {
          const rect = document.querySelector(selector)?.getBoundingClientRect();
          return rect ? { top: rect.top, bottom: rect.bottom, width: rect.width } : null;
        }),
      ['.requests-queue__map', '.requests-queue__panel'],
    );
    if (!map || !list) throw new Error('the queue has no map or no list');
    return { map, list };
  }

  // Comments

  /** Waits for the open project's comments to have loaded, `count` of them at least (0: none yet). */
  async waitForComments(count: number): Promise<void> {
    await this.page.waitForSelector(
      count === 0 ? '.project-detail .comment-thread__empty' : `.project-detail .comment >> nth=${count - 1}`,
      10_000,
    );
  }

  /** Types a comment on the open project and posts it; waits for the thread to list it. */
  async postComment(text: string): Promise<void> {
    await this.page.fillField('Votre commentaire', text);
    await this.page.click('.comment-form__send');
    await this.page.waitUntil(
      (wanted) =>
        [...document.querySelectorAll('.comment__text')].some((item) => item.textContent === wanted),
      text,
      { timeout: 10_000 },
    );
  }

  /** Each comment of the open project: its line of author and date, its text, and what the text holds. */
  comments(): Promise<{ meta: string; text: string; elements: number }[]> {
    return this.page.evaluate(
      () =>
        [...document.querySelectorAll('.project-detail .comment')].map((item) => ({
          meta: item.querySelector('.comment__meta')?.textContent ?? '',
          text: item.querySelector('.comment__text')?.textContent ?? '',
          elements: item.querySelector('.comment__text')?.children.length ?? -1,
        })),
      undefined,
    );
  }

  commentForms(): Promise<number> {
    return this.page.count('.comment-form');
  }

  /** Scrolls the project's details down to its comments. */
  async showComments(): Promise<void> {
    await this.page.evaluate(
      () => document.querySelector('.project-detail .comment-thread')?.scrollIntoView({ block: 'start' }),
      undefined,
    );
  }

  /** Lets a flight start and end, then the map draw. */
  private async settle(): Promise<void> {
    await this.page.evaluate(() => new Promise((resolve) => setTimeout(resolve, 300)), undefined);
    await this.page.waitUntil(() => !window.__map?.isMoving(), undefined, { timeout: 10_000 });
    await this.waitUntilIdle();
  }
}
