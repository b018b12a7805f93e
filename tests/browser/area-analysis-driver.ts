// Area analysis in its users' words: draw a polygon with the mouse or pick a centre and a radius,
// then read the figures the browser computed beside those the server gave.
import { MAP_CANVAS } from './map-driver.ts';
import type { TestPage } from './playwright-helper.ts';

const VERDICT = '.area-comparison__verdict';

export type AreaColumns = Record<'browser' | 'server', Record<string, string>>;

export class AreaAnalysisDriver {
  constructor(
    private readonly page: TestPage,
    private readonly waitUntilIdle: () => Promise<void>,
  ) {}

  /** Picks a centre at the middle of the map with the "pick a centre" tool, radius in km. */
  async circleAtMapMiddle(toolLabel: string, radiusLabel: string, radiusKm: string): Promise<void> {
    await this.page.fillField(radiusLabel, radiusKm);
    await this.page.pressButton(toolLabel);
    const { width, height } = await this.canvasSize();
    await this.page.clickAt(MAP_CANVAS, Math.round(width / 2), Math.round(height / 2));
    await this.waitForFigures();
  }

  /** Draws a polygon with the drawing tool: clicks its corners (offsets from the map's middle), then the first again. */
  async drawPolygon(toolLabel: string, corners: [number, number][]): Promise<void> {
    await this.page.pressButton(toolLabel);
    const { width, height } = await this.canvasSize();
    const points = corners.map(
      ([dx, dy]) => [Math.round(width / 2 + dx), Math.round(height / 2 + dy)] as const,
    );
    const first = points[0];
    if (!first) throw new Error('a polygon needs corners');
    for (const [x, y] of [...points, first]) {
      await this.page.clickAt(MAP_CANVAS, x, y);
      // Terra Draw tells a click from a double click by time: leave a gap between corners.
      await this.page.evaluate(() => new Promise((resolve) => setTimeout(resolve, 350)), undefined);
    }
    await this.waitForFigures();
  }

  async waitForFigures(): Promise<void> {
    await this.page.waitForSelector(`${VERDICT}[data-agree]`, 30_000);
    await this.waitUntilIdle();
  }

  /** Both columns of the area figures, as displayed: figure → text. */
  columns(): Promise<AreaColumns> {
    return this.page.evaluate(() => {
      const columns: AreaColumns = { browser: {}, server: {} };
      for (const row of document.querySelectorAll('.area-comparison tr[data-figure]')) {
        const figure = row.getAttribute('data-figure') ?? '';
        for (const source of ['browser', 'server'] as const) {
          columns[source][figure] = (row.querySelector(`[data-source="${source}"]`) as HTMLElement).innerText;
        }
      }
      return columns;
    }, undefined);
  }

  verdict(): Promise<string | null> {
    return this.page.attributeOf(VERDICT, 'data-agree');
  }

  private canvasSize(): Promise<{ width: number; height: number }> {
    return this.page.evaluate((selector) => {
      const canvas = document.querySelector(selector);
      if (!canvas) throw new Error('no map canvas');
      const { width, height } = canvas.getBoundingClientRect();
      return { width, height };
    }, MAP_CANVAS);
  }
}
