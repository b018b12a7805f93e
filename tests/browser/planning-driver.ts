// The Planning view in its users' words: open it, choose a network or a commune, pick a place in
// the table or on the map, move the year, draw an area and read both columns of figures.
// Reads what the map drew through window.__map, like the map driver it extends.
import { AreaAnalysisDriver } from './area-analysis-driver.ts';
import { MapDriver } from './map-driver.ts';
import type { TestPage } from './playwright-helper.ts';
import { smallTouchTargets } from './touch-targets.ts';

/** Style layer and source ids from client/src/planning/map-sources.ts. */
const CHOROPLETH_FILL = 'planning-communes-fill';
const GAPS_SOURCE = 'planning-gaps';
const GAPS_SELECTED = 'planning-gaps-selected';
const ROLLOUT_DEPLOYED = 'planning-rollout-deployed';
const ROLLOUT_PLANNED = 'planning-rollout-planned';
const WHITE_ZONES_SOURCE = 'planning-white-zones';

const ROWS = '.gaps-table tbody tr';

export interface TableRow {
  key: string;
  cells: string[];
}

export class PlanningDriver extends MapDriver {
  /** Drawing an area and reading its figures. */
  readonly area: AreaAnalysisDriver;

  constructor(page: TestPage, baseUrl: string) {
    super(page, baseUrl);
    this.area = new AreaAnalysisDriver(page, () => this.waitUntilIdle());
  }

  /** Opens the Planning view (with more hash state if given) and waits until it has drawn. */
  async openPlanning(hash = ''): Promise<void> {
    await this.open(`view=planning${hash ? `&${hash}` : ''}`);
    const state = new URLSearchParams(hash);
    await this.waitForGaps(state.get('tech') ?? 'fibre', state.get('commune') ?? '');
  }

  /** Opens every section of the panel that is closed. */
  async openAllSections(): Promise<void> {
    await this.page.openAllDetails('.planning__panel details');
  }

  /** Switches view with the header's buttons ("Carte" / "Planification", or in English). */
  async chooseView(name: string): Promise<void> {
    await this.page.pressButton(name);
    await this.waitUntilReady();
  }

  /** Waits until the ranked places shown answer for this network (and commune, if any). */
  async waitForGaps(technology = 'fibre', commune = ''): Promise<void> {
    await this.page.waitForSelector(`.gaps-count[data-answer="${technology}|${commune}"][aria-busy="false"]`);
    await this.waitUntilIdle();
  }

  async chooseTechnology(label: string, technology: string, commune = ''): Promise<void> {
    await this.page.checkRadio(label);
    await this.waitForGaps(technology, commune);
  }

  async chooseCommune(name: string, insee: string, technology = 'fibre'): Promise<void> {
    await this.page.selectOption('Commune', name);
    await this.waitForGaps(technology, insee);
    await this.page.waitUntil(() => !window.__map?.isMoving());
    await this.waitUntilIdle();
  }

  async chooseIndicator(label: string, optionLabel: string): Promise<void> {
    await this.page.selectOption(label, optionLabel);
    await this.waitUntilIdle();
  }

  /** The commune polygons coloured on screen, and the colour the map's expression gives each. */
  choroplethColours(): Promise<{ communes: number; colours: string[] }> {
    return this.page.evaluate((layer) => {
      const map = window.__map;
      if (!map) throw new Error('window.__map is not set: the map has not loaded');
      const features = map.queryRenderedFeatures({ layers: [layer] });
      const expression = map.getPaintProperty(layer, 'fill-color');
      if (!Array.isArray(expression) || expression[0] !== 'match')
        return { communes: features.length, colours: [] };
      const colours = new Set<string>();
      for (const feature of features) {
        const index = expression.indexOf(String(feature.properties.insee), 2);
        if (index > 1) colours.add(String(expression[index + 1]));
      }
      return { communes: features.length, colours: [...colours].sort() };
    }, CHOROPLETH_FILL);
  }

  /** Legend classes as shown: range text and commune count. */
  legendClasses(): Promise<string[]> {
    return this.page.textsOf('.class-legend li');
  }

  uncoveredCirclesDrawn(): Promise<number> {
    return this.renderedFeatureCount(GAPS_SOURCE);
  }

  /** Keys of the places ringed as selected on the map. */
  highlightedOnMap(): Promise<string[]> {
    return this.page.evaluate((layer) => {
      const map = window.__map;
      if (!map) throw new Error('window.__map is not set: the map has not loaded');
      return [
        ...new Set(map.queryRenderedFeatures({ layers: [layer] }).map((f) => String(f.properties.key))),
      ];
    }, GAPS_SELECTED);
  }

  async tableRows(): Promise<TableRow[]> {
    return this.page.evaluate(
      (selector) =>
        [...document.querySelectorAll(selector)].map((row) => ({
          key: row.getAttribute('data-key') ?? '',
          cells: [...row.children].map((cell) => (cell as HTMLElement).innerText.trim()),
        })),
      ROWS,
    );
  }

  /** Clicks the row at `index` (0 for the first) and waits for the map to arrive there. */
  async clickRow(index: number): Promise<void> {
    await this.page.click(`${ROWS}[data-index="${index}"]`);
    await this.waitForMapToSettle();
  }

  /** Focuses the row at `index`, presses the keys on it in turn, and waits for the map. */
  async pressKeysOnRow(index: number, keys: string[]): Promise<void> {
    await this.page.click(`${ROWS}[data-index="${index}"]`);
    await this.waitForMapToSettle();
    for (const key of keys) await this.page.pressKey(':focus', key);
    await this.waitForMapToSettle();
  }

  /** The selected row's key, and whether it lies within the visible part of the table. */
  selectedRow(): Promise<{ key: string | null; visible: boolean }> {
    return this.page.evaluate(() => {
      const row = document.querySelector('.gaps-table tbody tr[aria-current="true"]');
      const box = document.querySelector('.gaps-table');
      if (!row || !box) return { key: null, visible: false };
      const r = row.getBoundingClientRect();
      const b = box.getBoundingClientRect();
      return { key: row.getAttribute('data-key'), visible: r.top >= b.top - 1 && r.bottom <= b.bottom + 1 };
    }, undefined);
  }

  /** Clicks an uncovered place's circle on the map. */
  async clickUncoveredPlace(): Promise<void> {
    await this.clickTopmost(GAPS_SOURCE);
    await this.page.waitForSelector('.gaps-table tbody tr[aria-current="true"]', 5_000);
  }

  /** Lon/lat of an uncovered place, as the API ranks it. */
  placeLocation(key: string, technology = 'fibre'): Promise<{ lon: number; lat: number }> {
    return this.page.evaluate(
      async ([wanted, tech]) => {
        const response = await fetch(`/api/gaps?technology=${tech}`);
        const body = (await response.json()) as {
          ranked: { kind: string; id: number; lon: number; lat: number }[];
        };
        const place = body.ranked.find((gap) => `${gap.kind}-${gap.id}` === wanted);
        if (!place) throw new Error(`no ranked place ${wanted}`);
        return { lon: place.lon, lat: place.lat };
      },
      [key, technology] as const,
    );
  }

  async scrollTotalsIntoView(): Promise<void> {
    await this.page.evaluate(() => document.querySelector('.gap-totals')?.scrollIntoView(), undefined);
  }

  /**
   * How many CSS pixels the coverage summary reaches past its section, the panel past its own width
   * (what it would scroll sideways), and the page past the window: all 0 when nothing is cut.
   */
  totalsOverflow(): Promise<{ table: number; panel: number; page: number }> {
    return this.page.evaluate(() => {
      const table = document.querySelector('.gap-totals');
      const section = table?.parentElement;
      const panel = document.querySelector('.planning__panel');
      if (!table || !section || !panel) throw new Error('no coverage summary on the page');
      const sectionRight = section.getBoundingClientRect().right;
      return {
        table: Math.max(0, Math.ceil(table.getBoundingClientRect().right - sectionRight)),
        panel: Math.max(0, panel.scrollWidth - panel.clientWidth),
        page: Math.max(0, document.documentElement.scrollWidth - window.innerWidth),
      };
    }, undefined);
  }

  totals(): Promise<Record<string, { covered: string; uncovered: string; total: string }>> {
    // No named functions inside: tsx would wrap them in a helper the page does not have.
    return this.page.evaluate(
      () =>
        Object.fromEntries(
          [...document.querySelectorAll('.gap-totals tbody tr')].map((row) => {
            const [covered = '', uncovered = '', total = ''] = ['covered', 'uncovered', 'total'].map(
              (column) =>
                (row.querySelector(`[data-column="${column}"]`) as HTMLElement | null)?.innerText ?? '',
            );
            return [row.getAttribute('data-total') ?? '', { covered, uncovered, total }];
          }),
        ),
      undefined,
    );
  }

  /** The last year the slider offers: the end of the rollout series. */
  async lastYear(): Promise<number> {
    return Number(await this.page.attributeOf('.year-slider input[type="range"]', 'max'));
  }

  /** Moves the year slider with the keyboard (Home, then arrows) to `year`, then waits for the redraw. */
  async setYear(year: number): Promise<void> {
    const slider = '.year-slider input[type="range"]';
    const min = Number(await this.page.attributeOf(slider, 'min'));
    await this.page.pressKey(slider, 'Home');
    for (let current = min; current < year; current++) await this.page.pressKey(slider, 'ArrowRight');
    await this.page.waitUntil(
      (wanted) => document.querySelector('.year-slider__value')?.textContent?.includes(wanted),
      String(year),
    );
    await this.waitUntilIdle();
  }

  /** Fibre zones drawn as deployed and as planned (distinct zones, whatever the tiles). */
  rolloutZonesDrawn(): Promise<{ deployed: number; planned: number }> {
    return this.page.evaluate(
      (layers) => {
        const map = window.__map;
        if (!map) throw new Error('window.__map is not set: the map has not loaded');
        const [deployed = 0, planned = 0] = layers.map(
          (layer) =>
            new Set(map.queryRenderedFeatures({ layers: [layer] }).map((f) => String(f.properties.id))).size,
        );
        return { deployed, planned };
      },
      [ROLLOUT_DEPLOYED, ROLLOUT_PLANNED],
    );
  }

  /** Fibre zones with a deployment date on or before 31 December of `year`, from the API. */
  zonesDeployedBy(year: number): Promise<number> {
    return this.page.evaluate(async (until) => {
      const response = await fetch('/api/layers/fibre-zones');
      const body = (await response.json()) as { features: { properties: { deployedOn: string | null } }[] };
      return body.features.filter((f) => f.properties.deployedOn !== null && f.properties.deployedOn <= until)
        .length;
    }, `${year}-12-31`);
  }

  /** The selected year as the chart's text alternative marks it. */
  chartYear(): Promise<string | null> {
    return this.page.evaluate(
      () => document.querySelector('.rollout-chart table tr[aria-current="true"] th')?.textContent ?? null,
      undefined,
    );
  }

  chartBars(): Promise<number> {
    return this.page.count('.rollout-chart__plot svg rect');
  }

  async showWhiteZones(label: string): Promise<void> {
    await this.page.setCheckbox(label, true);
    await this.page.waitUntil((source) => {
      const map = window.__map;
      return (
        !!map?.getSource(source) && map.isSourceLoaded(source) && map.querySourceFeatures(source).length > 0
      );
    }, WHITE_ZONES_SOURCE);
    await this.waitUntilIdle();
  }

  whiteZonesDrawn(): Promise<number> {
    return this.renderedFeatureCount(WHITE_ZONES_SOURCE);
  }

  async clickWhiteZone(): Promise<void> {
    await this.clickTopmost(WHITE_ZONES_SOURCE);
    await this.page.waitForSelector('.maplibregl-popup', 5_000);
  }

  downloadLinks(): Promise<string[]> {
    return this.page.evaluate(
      () => [...document.querySelectorAll('.gap-downloads a')].map((a) => a.getAttribute('href') ?? ''),
      undefined,
    );
  }

  /** Status and Content-Disposition of a download link, fetched from the page. */
  download(href: string): Promise<{ status: number; disposition: string | null; firstLine: string }> {
    return this.page.evaluate(async (url) => {
      const response = await fetch(url);
      const text = await response.text();
      return {
        status: response.status,
        disposition: response.headers.get('content-disposition'),
        firstLine: text.split('\n')[0] ?? '',
      };
    }, href);
  }

  headings(): Promise<string[]> {
    return this.page.textsOf('.planning-section__title');
  }

  /** Interactive things in the panel and header shorter than `minPx`, named by their text. */
  smallTouchTargets(minPx: number): Promise<string[]> {
    return smallTouchTargets(
      this.page,
      [
        '.app-header button',
        '.planning__panel button',
        '.planning__panel select',
        '.planning__panel input[type="range"]',
        '.planning__panel input[type="number"]',
        '.planning__panel summary',
        '.planning__panel a',
        '.segmented__option',
        '.planning__panel label.check',
        '.gaps-table tbody tr',
      ],
      minPx,
    );
  }

  private async waitForMapToSettle(): Promise<void> {
    await this.page.evaluate(() => new Promise((resolve) => setTimeout(resolve, 100)), undefined);
    await this.page.waitUntil(() => !window.__map?.isMoving(), undefined, { timeout: 10_000 });
    await this.waitUntilIdle();
  }
}
