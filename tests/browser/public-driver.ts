// The public's view (/ici) in its users' words: press "Près de moi", search for a place, tap the map
// or ask about its centre, read the list of terminals and the card of what one can get at a spot.
// Asks the API the same questions, from the page, so that a test can compare what it shows.
import { MapDriver } from './map-driver.ts';
import type { TestPage } from './playwright-helper.ts';

export const PUBLIC_MAP = '.public__map .map-view';

export interface ListedTerminal {
  id: number;
  name: string;
  distanceM: number;
  distanceText: string;
  marker: string;
  status: string;
  hours: string;
  directions: string | null;
  /** "Sur une autre île…" when the terminal is across the sea, else ''. */
  island: string;
  /** The link to its place on a map, offered instead of directions across the sea. */
  placeLink: string | null;
}

export interface HereCardText {
  where: string;
  place: string;
  message: string;
  fibre: string;
  mobile: string;
  mobileDetails: string[];
  nearest: string;
}

export interface ApiTerminal {
  id: number;
  siteName: string;
  distanceM: number;
  lon: number;
  lat: number;
}

export interface ApiHere {
  where: string;
  message: { fr: string; en: string } | null;
  commune: { name: string } | null;
  fibre: { status: string; zone: { plannedYear: number } | null };
  mobile: { technology: string; level: string }[];
}

export class PublicDriver extends MapDriver {
  constructor(
    page: TestPage,
    private readonly appUrl: string,
  ) {
    super(page, appUrl);
  }

  /** Opens /ici (with an optional hash, e.g. `map=11/-20.92/167.26`) and waits until the map has drawn. */
  async openPublic(hash = ''): Promise<void> {
    await this.page.open(`${this.appUrl}/ici${hash ? `#${hash}` : ''}`);
    await this.waitUntilPublicMapReady();
  }

  /** The public view's own map has drawn (not the map view's, left behind when switching views). */
  async waitUntilPublicMapReady(): Promise<void> {
    await this.page.waitForSelector('.public__map [data-map-ready="true"]', 60_000);
  }

  /** Opens /ici and waits for its actions only, not for the map (which may be held back). */
  async openPublicSheet(): Promise<void> {
    await this.page.open(`${this.appUrl}/ici`);
    await this.page.waitForSelector('.public__action--locate');
  }

  /** Whether MapLibre has drawn the map yet. */
  mapLoaded(): Promise<boolean> {
    return this.page.evaluate(() => window.__map !== undefined, undefined);
  }

  /** Presses "Ce point" and waits for its card. */
  async pressThisSpot(): Promise<void> {
    await this.page.click('.public__action--spot');
    await this.waitForHereCard();
  }

  /** Where the card says it speaks of: the reader's position or a point of the map, and its coordinates. */
  async hereCardSpot(): Promise<{ spot: string; lon: number; lat: number; title: string }> {
    return {
      spot: (await this.page.attributeOf('.here-card', 'data-spot')) ?? '',
      lon: Number(await this.page.attributeOf('.here-card', 'data-lon')),
      lat: Number(await this.page.attributeOf('.here-card', 'data-lat')),
      title: await this.page.textOf('.here-card .public__heading'),
    };
  }

  /** The line saying no terminal is on the island, shown before the list; '' when there is none. */
  async islandNote(): Promise<string> {
    return (await this.page.count('.nearest__island')) ? this.page.textOf('.nearest__island') : '';
  }

  /** Presses "Près de moi" and waits for the list; gives the milliseconds it took. */
  async pressNearMe(): Promise<number> {
    const answered = await this.answers();
    const started = Date.now();
    await this.page.click('.public__action--locate');
    await this.waitForAnswer(answered);
    return Date.now() - started;
  }

  /** How many questions the list has answered since the page opened (the saved list is none). */
  private async answers(): Promise<number> {
    return Number(await this.page.attributeOf('.nearest', 'data-answers'));
  }

  /** Waits for the list to answer one more question than `answered`, then for its terminals. */
  private async waitForAnswer(answered: number): Promise<void> {
    await this.page.waitUntil(
      (before) => Number(document.querySelector('.nearest')?.getAttribute('data-answers')) > before,
      answered,
    );
    await this.waitForTerminals();
  }

  /** Presses "Près de moi" when it cannot end in a list (location refused) and waits for the reason. */
  async pressNearMeExpectingAlert(): Promise<string> {
    await this.page.click('.public__action--locate');
    await this.page.waitForSelector('.public__controls .public__alert');
    return this.page.textOf('.public__controls .public__alert');
  }

  /** Waits for a list answering the last question: from the server, its cache, or saved on the phone. */
  async waitForTerminals(): Promise<void> {
    await this.page.waitForSelector('.nearest:is([data-status="ready"], [data-status="error"]) .terminal');
  }

  /** The terminals listed, working ones first (numbered), then those under maintenance. */
  terminals(): Promise<ListedTerminal[]> {
    return this.page.evaluate(
      () =>
        [...document.querySelectorAll<HTMLElement>('.nearest .terminal')].map((item) => ({
          id: Number(item.dataset.terminalId),
          name: item.querySelector('.terminal__name')?.textContent ?? '',
          distanceM: Number(item.dataset.distanceM),
          distanceText: item.querySelector('.terminal__distance')?.textContent ?? '',
          marker: item.querySelector('.terminal__marker')?.textContent ?? '',
          status: item.querySelector('.terminal__status')?.textContent ?? '',
          hours: item.querySelector('.terminal__hours')?.textContent ?? '',
          directions: item.querySelector('a.terminal__directions')?.getAttribute('href') ?? null,
          island: item.querySelector('.terminal__island')?.textContent ?? '',
          placeLink: item.querySelector('a.terminal__place-link')?.getAttribute('href') ?? null,
        })),
      undefined,
    );
  }

  nearestHeading(): Promise<string> {
    return this.page.textOf('.nearest .public__heading');
  }

  offlineNote(): Promise<string> {
    return this.page.textOf('.public__offline');
  }

  /** The numbers drawn on the map and where: the markers of the list. */
  markersOnMap(): Promise<{ marker: string; id: number; lon: number; lat: number }[]> {
    return this.page.evaluate(() => {
      const map = window.__map;
      if (!map) throw new Error('window.__map is not set: the map has not loaded');
      // A source's features come once per tile they touch: one per terminal is enough.
      const markers = new Map<number, { marker: string; id: number; lon: number; lat: number }>();
      for (const feature of map.querySourceFeatures('public-terminals')) {
        const [lon, lat] = (feature.geometry as GeoJSON.Point).coordinates as [number, number];
        const id = Number(feature.properties.id);
        markers.set(id, { marker: String(feature.properties.marker), id, lon, lat });
      }
      return [...markers.values()].sort((a, b) => a.marker.localeCompare(b.marker));
    }, undefined);
  }

  /** Types into the search box as someone would, and gives the places it offers. */
  async search(text: string): Promise<string[]> {
    await this.page.fillField('Chercher un lieu', text);
    await this.page.waitForSelector('.place-search__option');
    return this.page.textsOf('.place-search__option .place-search__name');
  }

  /** Chooses the highlighted place (the first, unless arrows moved) with Enter, and waits for its terminals. */
  async chooseWithEnter(): Promise<void> {
    const answered = await this.answers();
    await this.page.pressKey('.place-search__input', 'Enter');
    await this.waitForAnswer(answered);
  }

  /** Taps the map where the place at lon/lat is drawn, and waits for the card about it. */
  async tapMap(lon: number, lat: number): Promise<void> {
    const spot = await this.page.evaluate(
      ([lon, lat]) => {
        const map = window.__map;
        if (!map) throw new Error('window.__map is not set: the map has not loaded');
        // The header may have grown since the map was sized (a notice wrapping on a phone):
        // MapLibre follows its container a frame later, so size it now, as it is about to.
        map.resize();
        const { x, y } = map.project([lon, lat]);
        return { x, y };
      },
      [lon, lat] as const,
    );
    await this.page.tapAt(PUBLIC_MAP, spot.x, spot.y);
    await this.waitForHereCard();
  }

  /** Asks about the map's centre from the keyboard: focus on "Ce point", then Enter. */
  async askThisSpotWithKeyboard(): Promise<void> {
    await this.page.pressKey('.public__action--spot', 'Enter');
    await this.waitForHereCard();
  }

  async waitForHereCard(): Promise<void> {
    await this.page.waitForSelector('[data-status="ready"] > .here-card');
  }

  hereCard(): Promise<HereCardText> {
    // No named functions inside: tsx would wrap them in a helper the page does not have.
    return this.page.evaluate(() => {
      const card = document.querySelector<HTMLElement>('.here-card');
      const texts = [
        '.here-card__where',
        '.here-card__message',
        '.here-card__fact--fibre .here-card__summary',
        '.here-card__fact--mobile .here-card__summary',
        '.here-card__nearest',
      ].map((selector) => card?.querySelector<HTMLElement>(selector)?.innerText.trim() ?? '');
      return {
        where: card?.dataset.where ?? '',
        place: texts[0] ?? '',
        message: texts[1] ?? '',
        fibre: texts[2] ?? '',
        mobile: texts[3] ?? '',
        mobileDetails: [...(card?.querySelectorAll<HTMLElement>('.here-card__fact--mobile li') ?? [])].map(
          (item) => item.innerText.trim(),
        ),
        nearest: texts[4] ?? '',
      };
    }, undefined);
  }

  /** GET /api/wifi/nearest from the page, for what the list should show. */
  nearestFromApi(
    lon: number,
    lat: number,
  ): Promise<{ terminals: ApiTerminal[]; unavailable: ApiTerminal[] }> {
    return this.page.evaluate(
      async ([lon, lat]) => {
        const response = await fetch(`/api/wifi/nearest?lon=${lon}&lat=${lat}`);
        return (await response.json()) as { terminals: ApiTerminal[]; unavailable: ApiTerminal[] };
      },
      [lon, lat] as const,
    );
  }

  /** GET /api/here from the page, for what the card should say. */
  hereFromApi(lon: number, lat: number): Promise<ApiHere> {
    return this.page.evaluate(
      async ([lon, lat]) => {
        const response = await fetch(`/api/here?lon=${lon}&lat=${lat}`);
        return (await response.json()) as ApiHere;
      },
      [lon, lat] as const,
    );
  }

  /**
   * Every control on screen a finger could aim at (buttons, links, fields, options, the map's
   * controls) smaller than `min` CSS pixels either way, named by its text or label.
   */
  smallTouchTargets(min = 44): Promise<{ name: string; width: number; height: number }[]> {
    return this.page.evaluate((min) => {
      const selector = 'a[href], button, input, select, textarea, [role="option"], [role="button"]';
      return [...document.querySelectorAll<HTMLElement>(selector)]
        .filter((element) => element.checkVisibility() && element.getClientRects().length > 0)
        .map((element) => {
          const { width, height } = element.getBoundingClientRect();
          const name =
            element.getAttribute('aria-label') ?? element.getAttribute('title') ?? element.textContent ?? '';
          return { name: `${element.tagName.toLowerCase()} "${name.trim()}"`, width, height };
        })
        .filter(({ width, height }) => width < min - 0.5 || height < min - 0.5);
    }, min);
  }

  /** Waits until the app's service worker controls the page (production build, workers allowed). */
  async waitForServiceWorker(): Promise<void> {
    await this.page.waitUntil(() => navigator.serviceWorker?.controller != null, undefined, {
      timeout: 30_000,
    });
  }

  /** Loses the network and reloads the page, as someone opening the app again with no signal. */
  async reopenOffline(): Promise<void> {
    await this.page.setOffline(true);
    await this.page.reload();
  }
}
