// The import wizard (/import, issue 11) in a planner's words: choose a layer and a file, read the
// dry run's counts, coordinate system and rejections, map a value, read what the preview map drew,
// import. Reads the map through window.__map and asks the API from the page, signed in as it is.
import { PREVIEW_LAYERS } from '../../client/src/import/preview-style.ts';
import type { TestPage } from './playwright-helper.ts';
import { ProjectEditingDriver } from './project-editing-driver.ts';

const PAGE = '.import-page';
const COMMIT = '.import-commit__button';

export interface ShownIssue {
  feature: string;
  field: string;
  reason: string;
}

export class ImportWizardDriver extends ProjectEditingDriver {
  constructor(
    page: TestPage,
    private readonly home: string,
  ) {
    super(page, home);
  }

  async openImport(): Promise<void> {
    await this.page.open(`${this.home}/import`);
    await this.page.waitForSelector(`${PAGE}, .import-page__signed-out`, 10_000);
  }

  addressPath(): Promise<string> {
    return this.page.evaluate(() => window.location.pathname, undefined);
  }

  /** The view buttons of the header, by their words. */
  viewButtons(): Promise<string[]> {
    return this.page.textsOf('.view-switch button');
  }

  signedOutNote(): Promise<string> {
    return this.page.textOf('.import-page__signed-out');
  }

  async chooseView(label: string): Promise<void> {
    await this.page.pressButton(label);
  }

  /** The layer, by its title in the list, then the file. */
  async chooseSource(layerTitle: string, file: string): Promise<void> {
    await this.page.selectOption('Couche à alimenter', layerTitle);
    await this.page.chooseFile('Fichier à importer', file);
  }

  /** Waits for a dry run to have given its report with `added` features to add, and the map drawn. */
  async waitForDryRun(added: number): Promise<void> {
    await this.page.waitUntil(
      (wanted) =>
        !document.querySelector('.import-progress') &&
        document.querySelector('.import-summary [data-count="added"] dd')?.textContent === String(wanted),
      added,
      { timeout: 60_000 },
    );
    await this.waitUntilReady();
    await this.waitUntilIdle();
  }

  /** Waits for the server's refusal in the alert region, and returns its words. */
  async waitForAlert(): Promise<string> {
    await this.page.waitForSelector('.import-alert-region .import-alert', 60_000);
    return this.page.textOf('.import-alert-region');
  }

  /** Chooses the coordinate system the server asked for, by its words in the list. */
  async chooseCrs(label: string): Promise<void> {
    await this.page.selectOption('Système de coordonnées du fichier', label);
  }

  /** The counts of the report, by their name (added, updated, unchanged, rejected, repaired). */
  counts(): Promise<Record<string, number>> {
    return this.page.evaluate(
      () =>
        Object.fromEntries(
          [...document.querySelectorAll<HTMLElement>('.import-summary [data-count]')].map((item) => [
            item.dataset.count ?? '',
            Number(item.querySelector('dd')?.textContent?.replace(/\s/g, '')),
          ]),
        ),
      undefined,
    );
  }

  crsLine(): Promise<string> {
    return this.page.textOf('.import-summary__crs');
  }

  /** The rows of the rejected list. */
  rejected(): Promise<ShownIssue[]> {
    return this.page.evaluate(
      () =>
        [...document.querySelectorAll('.import-issues--rejected tbody tr')].map((row) => {
          const cells = [...row.querySelectorAll('td')].map((cell) => cell.textContent ?? '');
          return { feature: cells[0] ?? '', field: cells.at(-2) ?? '', reason: cells.at(-1) ?? '' };
        }),
      undefined,
    );
  }

  /** The field a file field is mapped to, as its select shows it ('' : not imported). */
  mappedTo(field: string): Promise<string> {
    return this.page.evaluate(
      (name) =>
        [...document.querySelectorAll<HTMLSelectElement>('.import-mapping select[data-field]')].find(
          (select) => select.dataset.field === name,
        )?.value ?? 'absent',
      field,
    );
  }

  /** The values offered for mapping, by the file's words. */
  valuesToMap(): Promise<string[]> {
    return this.page.evaluate(
      () =>
        [...document.querySelectorAll<HTMLSelectElement>('.import-values select[data-value]')].map(
          (select) => select.dataset.value ?? '',
        ),
      undefined,
    );
  }

  /** Maps one value of the file to one of the layer's (by its value, e.g. `maintenance`). */
  async mapValue(fileValue: string, value: string): Promise<void> {
    await this.page.selectValue(`.import-values select[data-value="${fileValue}"]`, value);
  }

  /** What the preview map draws now: the `change` of each feature rendered, sorted. */
  previewDrawn(): Promise<string[]> {
    return this.page.evaluate((layers) => {
      const map = window.__map;
      if (!map) throw new Error('window.__map is not set: the map has not loaded');
      return map
        .queryRenderedFeatures({ layers: layers.filter((id) => map.getLayer(id)) })
        .map((feature) => `${feature.properties.feature}:${feature.properties.change}`)
        .sort();
    }, Object.values(PREVIEW_LAYERS));
  }

  /** Scrolls the page to one part of the wizard (`summary`, `preview`, `mapping`, `commit`, `done`). */
  async scrollToPart(part: 'source' | 'mapping' | 'summary' | 'preview' | 'commit' | 'done'): Promise<void> {
    await this.page.evaluate((name) => {
      document.querySelector(`.import-${name}`)?.scrollIntoView({ block: 'start' });
    }, part);
  }

  /** A picture of the page, once its preview map (when there is one) has drawn. */
  override async screenshot(path: string): Promise<void> {
    if ((await this.page.count('.map-view')) > 0) await this.waitUntilIdle();
    await this.page.screenshot(path);
  }

  /** How many elements match, e.g. whether the commit button is there at all. */
  count(selector: string): Promise<number> {
    return this.page.count(selector);
  }

  commitLabel(): Promise<string> {
    return this.page.textOf(COMMIT);
  }

  async commitEnabled(): Promise<boolean> {
    return (await this.page.attributeOf(COMMIT, 'disabled')) === null;
  }

  /** Presses "Importer" twice in a row, faster than the page can redraw, as an impatient hand. */
  async commitTwice(): Promise<void> {
    await this.page.evaluate((selector) => {
      const button = document.querySelector<HTMLButtonElement>(selector);
      if (!button) throw new Error('no commit button');
      button.click();
      button.click();
    }, COMMIT);
  }

  /** Waits for the import's final word, and returns it. */
  async waitForImportDone(): Promise<string> {
    await this.page.waitForSelector('.import-done', 60_000);
    return this.page.textOf('.import-done');
  }

  /** "Voir la carte" after the import, then waits for the map to have drawn. */
  async backToMap(): Promise<void> {
    await this.page.click('.import-done a');
    await this.page.waitUntil(() => window.location.pathname === '/');
    await this.waitUntilReady();
  }

  summaryTitle(): Promise<string> {
    return this.page.textOf('#import-summary-title');
  }

  /** GET /api/imports from the page, with its cookie: the imports recorded, newest first. */
  apiImports(): Promise<{ id: number; target: string; added: number; rejected: number }[]> {
    return this.page.evaluate(async () => {
      const response = await fetch('/api/imports');
      if (!response.ok) throw new Error(`/api/imports: ${response.status}`);
      return ((await response.json()) as { imports: never[] }).imports;
    }, undefined);
  }

  /** The status GET /api/imports answers this page (signed in or not). */
  apiImportsStatus(): Promise<number> {
    return this.page.evaluate(async () => (await fetch('/api/imports')).status, undefined);
  }
}
