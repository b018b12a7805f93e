// A commune's workspace in its users' words: find a commune by typing its name, open its page, see
// its projects on the map and in the timeline, open one, read why it slipped, choose works to
// coordinate, print the report. Reads what the map drew through window.__map, like the map driver.
import { MapDriver } from './map-driver.ts';
import type { TestPage } from './playwright-helper.ts';
import { smallTouchTargets } from './touch-targets.ts';

/** Source and style layer ids from client/src/commune/project-style.ts. */
const PROJECTS_SOURCE = 'commune-projects';
const PAIR_HALOS = ['commune-pair-halo-line', 'commune-pair-halo-point'];
const SELECTED_HALOS = ['commune-project-selected-line', 'commune-project-selected-point'];

/** What is on screen; the printed report, hidden on screen, repeats much of it. */
const SCREEN = '.commune-page__screen';
const TIMELINE_ROWS = `${SCREEN} .timeline__row`;
const DETAIL = '.project-detail';

export interface ApiProject {
  id: number;
  title: string;
  status: string;
  slippageReason: string | null;
}

export class CommuneDriver extends MapDriver {
  constructor(
    page: TestPage,
    private readonly appUrl: string,
  ) {
    super(page, appUrl);
  }

  /** Opens the list of communes with the header's "Communes" button, from the map. */
  async openPickerFromHeader(buttonName = 'Communes'): Promise<void> {
    await this.open();
    await this.page.pressButton(buttonName);
    await this.page.waitForSelector('.commune-picker');
  }

  /** Opens a page of the workspace by its address: `/commune`, `/commune/98811#project=19`. */
  async openAddress(path: string): Promise<void> {
    await this.page.open(`${this.appUrl}${path}`);
    if (path.startsWith('/commune/')) await this.waitForCommunePage();
    else await this.page.waitForSelector('.commune-picker');
  }

  /** Types into the search field, as a reader would, replacing what it held. */
  async search(label: string, text: string): Promise<void> {
    await this.page.fillField(label, text);
  }

  /** The communes listed, by province in the order shown: `[['Province Nord', ['Koné']]]`. */
  listedCommunes(): Promise<[string, string[]][]> {
    return this.page.evaluate(
      () =>
        [...document.querySelectorAll('.commune-picker__province')].map((section) => [
          section.querySelector('h3')?.textContent ?? '',
          [...section.querySelectorAll('.commune-picker__name')].map((name) => name.textContent ?? ''),
        ]) as [string, string[]][],
      undefined,
    );
  }

  /** Follows a commune's link in the list, then waits for its page to have drawn. */
  async chooseCommune(name: string): Promise<void> {
    await this.page.click(`.commune-picker__list a:has(.commune-picker__name:text-is("${name}"))`);
    await this.waitForCommunePage();
  }

  /** Waits until the map has drawn and the timeline lists the projects. */
  async waitForCommunePage(): Promise<void> {
    await this.waitUntilReady();
    await this.page.waitForSelector(`${TIMELINE_ROWS}, ${SCREEN} .timeline + p, ${SCREEN} .commune-note`);
    await this.waitUntilIdle();
  }

  pageTitle(): Promise<string> {
    return this.page.textOf('.commune-header__name');
  }

  headerFacts(): Promise<string> {
    return this.page.textOf('.commune-header__identity');
  }

  path(): string {
    return new URL(this.page.url()).pathname;
  }

  /** The commune's projects as the API gives them, in its order (planned start). */
  apiProjects(insee: string): Promise<ApiProject[]> {
    return this.page.evaluate(async (commune) => {
      const response = await fetch(`/api/projects?commune=${commune}`);
      const body = (await response.json()) as { features: { properties: ApiProject }[] };
      return body.features.map(({ properties: p }) => ({
        id: p.id,
        title: p.title,
        status: p.status,
        slippageReason: p.slippageReason,
      }));
    }, insee);
  }

  /** Distinct projects drawn on the map (points, lines and areas). */
  projectsOnMap(): Promise<number[]> {
    return this.page.evaluate((source) => {
      const map = window.__map;
      if (!map) throw new Error('window.__map is not set: the map has not loaded');
      const layers = map
        .getStyle()
        .layers.filter((layer) => 'source' in layer && layer.source === source)
        .map((layer) => layer.id);
      const ids = map.queryRenderedFeatures({ layers }).map((feature) => Number(feature.properties.id));
      return [...new Set(ids)].sort((a, b) => a - b);
    }, PROJECTS_SOURCE);
  }

  /** Ids of the projects ringed by these style layers (the open project, or the pair chosen). */
  private ringed(layers: string[]): Promise<number[]> {
    return this.page.evaluate((ids) => {
      const map = window.__map;
      if (!map) throw new Error('window.__map is not set: the map has not loaded');
      const found = map
        .queryRenderedFeatures({ layers: ids })
        .map((feature) => Number(feature.properties.id));
      return [...new Set(found)].sort((a, b) => a - b);
    }, layers);
  }

  ringedAsOpen(): Promise<number[]> {
    return this.ringed(SELECTED_HALOS);
  }

  ringedAsPair(): Promise<number[]> {
    return this.ringed(PAIR_HALOS);
  }

  /** Titles of the timeline's rows, top to bottom. */
  timelineTitles(): Promise<string[]> {
    return this.page.textsOf(`${TIMELINE_ROWS} .timeline__title`);
  }

  /** What a screen reader is told of one row of the timeline. */
  timelineRowText(projectId: number): Promise<string> {
    return this.page.evaluate(
      (selector) => document.querySelector(selector)?.textContent ?? '',
      `${TIMELINE_ROWS}[data-project="${projectId}"] .timeline__words`,
    );
  }

  /** Clicks a project's title in the timeline, then waits for its details and the map. */
  async openFromTimeline(projectId: number): Promise<void> {
    await this.page.click(`${TIMELINE_ROWS}[data-project="${projectId}"] .timeline__title`);
    await this.waitForDetails(projectId);
  }

  async waitForDetails(projectId: number): Promise<void> {
    await this.page.waitForSelector(`${DETAIL}[data-project="${projectId}"]`, 10_000);
    await this.page.waitUntil(() => !window.__map?.isMoving(), undefined, { timeout: 10_000 });
    await this.waitUntilIdle();
  }

  detailsTitle(): Promise<string> {
    return this.page.textOf(`${DETAIL} .project-detail__title`);
  }

  /** The details as label → value. */
  details(): Promise<Record<string, string>> {
    return this.page.evaluate(
      (selector) =>
        Object.fromEntries(
          [...document.querySelectorAll(`${selector} .project-detail__row`)].map((row) => [
            row.querySelector('dt')?.textContent ?? '',
            row.querySelector('dd')?.textContent ?? '',
          ]),
        ),
      DETAIL,
    );
  }

  /** The element that has the keyboard focus, by its text. */
  focusedText(): Promise<string> {
    return this.page.evaluate(
      () => (document.activeElement as HTMLElement | null)?.innerText ?? '',
      undefined,
    );
  }

  async closeDetailsWithEscape(): Promise<void> {
    await this.page.pressKey(':focus', 'Escape');
    await this.page.waitUntil((selector) => !document.querySelector(selector), DETAIL);
  }

  detailsOpen(): Promise<boolean> {
    return this.page.evaluate((selector) => document.querySelector(selector) !== null, DETAIL);
  }

  /** Points at a project's slip badge in the timeline; returns the tooltip then shown. */
  async hoverSlip(projectId: number): Promise<string> {
    await this.page.hover(`${TIMELINE_ROWS}[data-project="${projectId}"] .slip-badge`);
    return this.visibleTooltip(projectId);
  }

  /** Tabs from a project's title in the timeline to its slip badge; returns the tooltip then shown. */
  async tabToSlip(projectId: number): Promise<string> {
    await this.page.pressKey(`${TIMELINE_ROWS}[data-project="${projectId}"] .timeline__title`, 'Tab');
    return this.visibleTooltip(projectId);
  }

  /** Moves the mouse away from everything. */
  async pointAway(): Promise<void> {
    await this.page.hover('.commune-header__name');
  }

  private async visibleTooltip(projectId: number): Promise<string> {
    const selector = `${TIMELINE_ROWS}[data-project="${projectId}"] [role="tooltip"]:not([hidden])`;
    await this.page.waitForSelector(selector, 5_000);
    return this.page.textOf(selector);
  }

  async pressEscape(): Promise<void> {
    await this.page.pressKey(':focus', 'Escape');
  }

  tooltipsShown(): Promise<number> {
    return this.page.count(`${SCREEN} [role="tooltip"]:not([hidden])`);
  }

  /** Ticks or unticks a status among the filters (`planned`, `delayed`…), then waits for the redraw. */
  async setStatusShown(status: string, shown: boolean): Promise<void> {
    const box = `${SCREEN} .project-filters__statuses [data-status="${status}"] input`;
    const checked = await this.page.evaluate(
      (selector) => document.querySelector<HTMLInputElement>(selector)?.checked,
      box,
    );
    if (checked !== shown) await this.page.click(box);
    await this.waitUntilIdle();
  }

  /** Chooses one kind of work in the filters, by its value (`fibre_works`), or every kind with ''. */
  async chooseKind(kind: string): Promise<void> {
    await this.page.selectValue(`${SCREEN} .project-filters select`, kind);
    await this.waitUntilIdle();
  }

  /** Chooses how far apart works may be to be proposed together, and waits for the pairs at it. */
  async chooseCoordinationDistance(metres: number): Promise<void> {
    await this.page.selectValue(`${SCREEN} .coordination select`, String(metres));
    await this.page.waitForSelector(`${SCREEN} .coordination__count[data-distance="${metres}"]`);
  }

  /** What the filters and the coordination distance say now, as the page shows them. */
  filtersShown(): Promise<{ statuses: string[]; kind: string; distance: string }> {
    return this.page.evaluate(
      (screen) => ({
        statuses: [
          ...document.querySelectorAll<HTMLElement>(`${screen} .project-filters__statuses [data-status]`),
        ]
          .filter((label) => label.querySelector('input')?.checked)
          .map((label) => label.dataset.status ?? ''),
        kind: document.querySelector<HTMLSelectElement>(`${screen} .project-filters select`)?.value ?? '',
        distance: document.querySelector<HTMLSelectElement>(`${screen} .coordination select`)?.value ?? '',
      }),
      SCREEN,
    );
  }

  /** Reloads the page, as a reader pressing F5, and waits for it to have drawn again. */
  async reload(): Promise<void> {
    await this.page.reload();
    await this.waitForCommunePage();
  }

  listedProjects(): Promise<string[]> {
    return this.page.textsOf(`${SCREEN} .project-list__title`);
  }

  /** The pairs of works to coordinate, as their text. */
  coordinationPairs(): Promise<string[]> {
    return this.page.textsOf(`${SCREEN} .coordination__pair`);
  }

  /** Chooses the pair at `index` (0 for the first) and waits for the map to frame it. */
  async choosePair(index: number): Promise<[number, number]> {
    const key = await this.page.attributeOf(`${SCREEN} .coordination__pair >> nth=${index}`, 'data-pair');
    if (!key) throw new Error(`no pair number ${index}`);
    await this.page.click(`${SCREEN} .coordination__pair[data-pair="${key}"] button`);
    await this.page.evaluate(() => new Promise((resolve) => setTimeout(resolve, 100)), undefined);
    await this.page.waitUntil(() => !window.__map?.isMoving(), undefined, { timeout: 10_000 });
    await this.waitUntilIdle();
    const [a, b] = key.split('-').map(Number);
    return [a ?? 0, b ?? 0];
  }

  /** True when every one of the projects lies (at least partly) within the map's view. */
  projectsInView(ids: number[]): Promise<boolean> {
    return this.page.evaluate(
      async ([wanted, source]) => {
        const map = window.__map;
        if (!map) throw new Error('window.__map is not set: the map has not loaded');
        const layers = map
          .getStyle()
          .layers.filter((layer) => 'source' in layer && layer.source === source)
          .map((layer) => layer.id);
        const seen = new Set(
          map.queryRenderedFeatures({ layers }).map((feature) => Number(feature.properties.id)),
        );
        return wanted.every((id) => seen.has(id));
      },
      [ids, PROJECTS_SOURCE] as const,
    );
  }

  /** Waits until the picture of the map the report prints is there, and says how many colours it has. */
  async reportMapColours(): Promise<number> {
    await this.page.waitForSelector('.commune-report__map img[src^="blob:"]', 10_000);
    return this.page.evaluate(async () => {
      const image = document.querySelector<HTMLImageElement>('.commune-report__map img');
      if (!image) return 0;
      await image.decode();
      const canvas = document.createElement('canvas');
      canvas.width = 64;
      canvas.height = 64;
      const context = canvas.getContext('2d');
      if (!context) return 0;
      context.drawImage(image, 0, 0, 64, 64);
      const { data } = context.getImageData(0, 0, 64, 64);
      const colours = new Set<number>();
      for (let i = 0; i < data.length; i += 4) {
        colours.add(((data[i] ?? 0) << 16) | ((data[i + 1] ?? 0) << 8) | (data[i + 2] ?? 0));
      }
      return colours.size;
    }, undefined);
  }

  /**
   * Presses "Imprimer le rapport" and waits until the page has opened the print dialog (window.print
   * is watched, not shown: a headless browser has no dialog); the PDF is then `printToPdf`.
   */
  async pressPrint(): Promise<void> {
    await this.page.evaluate(() => {
      const page = window as unknown as { __printed: number };
      page.__printed = 0;
      window.print = () => {
        page.__printed += 1;
      };
    }, undefined);
    await this.page.pressButton('Imprimer le rapport');
    await this.page.waitUntil(() => (window as unknown as { __printed: number }).__printed > 0, undefined, {
      timeout: 15_000,
    });
  }

  /** What the report's picture of the map shows (west, south, east, north), its scale and its north. */
  async reportPicture(): Promise<{ bounds: number[]; scale: string; north: string }> {
    await this.page.waitForSelector('.commune-report__map img[data-bounds]', 10_000);
    return this.page.evaluate(
      () => ({
        bounds: (document.querySelector('.commune-report__map img')?.getAttribute('data-bounds') ?? '')
          .split(',')
          .map(Number),
        scale: document.querySelector('.commune-report__scale')?.textContent ?? '',
        north: document.querySelector('.commune-report__north')?.getAttribute('aria-label') ?? '',
      }),
      undefined,
    );
  }

  /** The commune's bounding box as the API gives it: west, south, east, north. */
  apiCommuneBbox(insee: string): Promise<number[]> {
    return this.page.evaluate(async (wanted) => {
      const response = await fetch('/api/communes');
      const { communes } = (await response.json()) as { communes: { insee: string; bbox: number[] }[] };
      return communes.find((commune) => commune.insee === wanted)?.bbox ?? [];
    }, insee);
  }

  /** Prints the page to an A4 PDF, as Chromium prints it, once the picture of the map is ready. */
  async printToPdf(path: string): Promise<Uint8Array> {
    await this.reportMapColours();
    return this.page.pdf(path);
  }

  /** Controls of the page under `minPx` high (touch targets), described for the failure message. */
  smallTouchTargets(minPx: number): Promise<string[]> {
    return smallTouchTargets(
      this.page,
      [
        '.app-header button',
        '.commune-page__screen button',
        '.commune-page__screen select',
        '.commune-page__screen summary',
        '.commune-page__screen a',
        '.commune-page__screen label.check',
        '.project-detail button',
        '.project-detail a',
      ],
      minPx,
    );
  }

  /** Opens every section of the panel that is closed (phones start with most closed). */
  async openAllSections(): Promise<void> {
    await this.page.openAllDetails(`${SCREEN} details.commune-section`);
  }

  /** The level-3 headings of the panel (the sections), in order. */
  sectionTitles(): Promise<string[]> {
    return this.page.textsOf(`${SCREEN} .commune-section__title`);
  }
}
