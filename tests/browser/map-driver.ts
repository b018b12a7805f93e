// The map in the words of its users: open it, toggle a layer, click a feature, switch language.
// Reads what the map drew through window.__map (the app's loaded maplibregl.Map).
import type { TestPage } from './playwright-helper.ts';

export const MAP_CANVAS = '.map-view canvas.maplibregl-canvas';
const POPUP = '.maplibregl-popup';

interface CatalogueEntry {
  id: string;
  title: { fr: string; en: string };
}

export class MapDriver {
  private catalogue: CatalogueEntry[] | undefined;

  constructor(
    protected readonly page: TestPage,
    private readonly baseUrl: string,
  ) {}

  /** Opens the map (with an optional URL hash, e.g. `layers=po-boxes&lang=en`) and waits until it has drawn. */
  async open(hash = ''): Promise<void> {
    await this.page.open(`${this.baseUrl}/${hash ? `#${hash}` : ''}`);
    await this.waitUntilReady();
  }

  /**
   * Makes the app use `style` as its configured basemap (instead of the offline one), as with
   * BASEMAP_STYLE_URL: the style is served from the app's own origin. Call before open().
   */
  async useBasemapStyle(style: object): Promise<void> {
    const url = `${this.baseUrl}/test-basemap/style.json`;
    await this.page.serveJson('**/test-basemap/style.json', style);
    await this.page.rewriteJson('**/api/config', (config) => ({ ...config, basemapStyleUrl: url }));
  }

  /** Puts a new hash in the address bar of the open map, as when a link is pasted into it. */
  async followHash(hash: string): Promise<void> {
    await this.page.evaluate((next) => {
      window.location.hash = next;
    }, hash);
    await this.page.waitUntil(() => !window.__map?.isMoving());
    await this.waitUntilIdle();
  }

  async waitUntilReady(): Promise<void> {
    await this.page.waitForSelector('[data-map-ready="true"]', 60_000);
  }

  /** Waits for the map to finish rendering what it has now (no pending tiles or transitions). */
  async waitUntilIdle(): Promise<void> {
    await this.page.evaluate(
      () =>
        new Promise<void>((resolve) => {
          const map = window.__map;
          if (!map) throw new Error('window.__map is not set: the map has not loaded');
          map.once('idle', () => resolve());
          map.triggerRepaint();
        }),
      undefined,
    );
  }

  /** The layer's title in the language the page shows now, as the panel labels its checkbox. */
  async layerTitle(layerId: string): Promise<string> {
    this.catalogue ??= await this.page.evaluate(async () => {
      const response = await fetch('/api/layers');
      return ((await response.json()) as { layers: CatalogueEntry[] }).layers;
    }, undefined);
    const entry = this.catalogue.find((layer) => layer.id === layerId);
    if (!entry) throw new Error(`no layer "${layerId}" in the catalogue`);
    const lang = await this.page.evaluate(() => document.documentElement.lang, undefined);
    return lang === 'en' ? entry.title.en : entry.title.fr;
  }

  /** Ticks or unticks the layer's checkbox in the panel, then waits for its data to be drawn. */
  async setLayerVisible(layerId: string, visible: boolean): Promise<void> {
    await this.page.setCheckbox(await this.layerTitle(layerId), visible);
    if (visible) {
      await this.page.waitForSelector(`[data-layer="${layerId}"][data-status="loaded"]`);
    }
    await this.waitUntilIdle();
  }

  /** Ticks or unticks one legend value of a layer (e.g. '5G' of mobile coverage), then waits for the redraw. */
  async setLegendValue(layerId: string, label: string, shown: boolean): Promise<void> {
    await this.page.setCheckboxWithin(`[data-layer="${layerId}"] .legend`, label, shown);
    await this.page.waitForSelector(`[data-layer="${layerId}"][data-status="loaded"]`);
    await this.waitUntilIdle();
  }

  /** The distinct values of one property among the layer's features drawn on screen. */
  renderedValues(layerId: string, property: string): Promise<string[]> {
    return this.page.evaluate(
      ([source, key]) => {
        const map = window.__map;
        if (!map) throw new Error('window.__map is not set: the map has not loaded');
        const layers = map
          .getStyle()
          .layers.filter((layer) => 'source' in layer && layer.source === source)
          .map((layer) => layer.id);
        const values = map.queryRenderedFeatures({ layers }).map((f) => String(f.properties[key]));
        return [...new Set(values)].sort();
      },
      [layerId, property] as const,
    );
  }

  async isLayerChecked(layerId: string): Promise<boolean> {
    return this.page.isChecked(await this.layerTitle(layerId));
  }

  /** How many features of the catalogue layer the map has drawn on screen. */
  renderedFeatureCount(layerId: string): Promise<number> {
    return this.page.evaluate((source) => {
      const map = window.__map;
      if (!map) throw new Error('window.__map is not set: the map has not loaded');
      const layers = map
        .getStyle()
        .layers.filter((layer) => 'source' in layer && layer.source === source)
        .map((layer) => layer.id);
      return layers.length === 0 ? 0 : map.queryRenderedFeatures({ layers }).length;
    }, layerId);
  }

  /** How many commune names are drawn (symbols placed, not merely loaded). */
  communeLabels(): Promise<string[]> {
    return this.page.evaluate(() => {
      const map = window.__map;
      if (!map) throw new Error('window.__map is not set: the map has not loaded');
      if (!map.getLayer('commune-labels')) return [];
      return map
        .queryRenderedFeatures({ layers: ['commune-labels'] })
        .map((feature) => String(feature.properties.name));
    }, undefined);
  }

  /**
   * Clicks a spot where a feature of the layer is the topmost thing the map would pick (points at
   * their centre, lines and areas on a search grid), away from the panels over the map.
   */
  async clickFeature(layerId: string): Promise<void> {
    await this.clickTopmost(layerId);
    await this.page.waitForSelector(POPUP, 5_000);
  }

  /** Clicks a spot of the map where a feature drawn from `source` is the topmost one the app would pick. */
  protected async clickTopmost(source: string): Promise<void> {
    // No named functions inside: tsx would wrap them in a helper the page does not have.
    const spot = await this.page.evaluate((source) => {
      const map = window.__map;
      if (!map) throw new Error('window.__map is not set: the map has not loaded');
      const canvas = map.getCanvas();
      const rect = canvas.getBoundingClientRect();
      const styleLayers = map.getStyle().layers;
      const own = styleLayers.filter((l) => 'source' in l && l.source === source).map((l) => l.id);
      const pickable = styleLayers
        .filter((l) => 'source' in l && !String(l.source).startsWith('basemap-'))
        .map((l) => l.id);
      const candidates: { x: number; y: number }[] = [];
      for (const feature of map.queryRenderedFeatures({ layers: own })) {
        if (feature.geometry.type === 'Point' && feature.properties.cluster !== true) {
          const [lon, lat] = feature.geometry.coordinates as [number, number];
          candidates.push(map.project([lon, lat]));
        }
      }
      for (let y = 20; y < rect.height; y += 15) {
        for (let x = 20; x < rect.width; x += 15) {
          if (map.queryRenderedFeatures([x, y], { layers: own }).length > 0) candidates.push({ x, y });
        }
      }
      for (const { x, y } of candidates) {
        if (x < 10 || y < 10 || x > rect.width - 10 || y > rect.height - 10) continue;
        // Not under the layer panel or a control.
        if (document.elementFromPoint(rect.left + x, rect.top + y) !== canvas) continue;
        // The app picks the topmost feature within 5 px: it must be one of this layer.
        const box: [[number, number], [number, number]] = [
          [x - 5, y - 5],
          [x + 5, y + 5],
        ];
        const top = map.queryRenderedFeatures(box, { layers: pickable })[0];
        // A cluster is not a feature: a click on it zooms in (see clickCluster).
        if (top?.source === source && top.properties.cluster !== true) return { x, y };
      }
      return null;
    }, source);
    if (!spot) throw new Error(`no feature of source "${source}" can be clicked in the current view`);
    await this.page.clickAt(MAP_CANVAS, spot.x, spot.y);
  }

  /** How many features one style layer (e.g. `po-boxes-cluster`) has drawn on screen. */
  renderedStyleLayerCount(styleLayerId: string): Promise<number> {
    return this.page.evaluate((id) => {
      const map = window.__map;
      if (!map) throw new Error('window.__map is not set: the map has not loaded');
      return map.getLayer(id) ? map.queryRenderedFeatures({ layers: [id] }).length : 0;
    }, styleLayerId);
  }

  /** The style's layer ids, bottom first, as the map draws them now. */
  styleLayerIds(): Promise<string[]> {
    return this.page.evaluate(() => {
      const map = window.__map;
      if (!map) throw new Error('window.__map is not set: the map has not loaded');
      return map.getStyle().layers.map((layer) => layer.id);
    }, undefined);
  }

  /** Clicks the biggest cluster of the layer on screen, then waits for the map to settle. */
  async clickCluster(layerId: string): Promise<void> {
    const spot = await this.page.evaluate((source) => {
      const map = window.__map;
      if (!map) throw new Error('window.__map is not set: the map has not loaded');
      const canvas = map.getCanvas();
      const rect = canvas.getBoundingClientRect();
      const clusters = map
        .queryRenderedFeatures({ layers: [`${source}-cluster`] })
        .filter((f) => f.geometry.type === 'Point')
        .map((f) => ({
          count: Number(f.properties.point_count),
          at: map.project(
            f.geometry.type === 'Point' ? (f.geometry.coordinates as [number, number]) : [0, 0],
          ),
        }))
        .filter(({ at }) => document.elementFromPoint(rect.left + at.x, rect.top + at.y) === canvas)
        .sort((a, b) => b.count - a.count);
      const best = clusters[0];
      return best ? { x: best.at.x, y: best.at.y } : null;
    }, layerId);
    if (!spot) throw new Error(`no cluster of "${layerId}" can be clicked in the current view`);
    const before = (await this.view()).zoom;
    await this.page.clickAt(MAP_CANVAS, spot.x, spot.y);
    // The zoom starts once MapLibre has worked out where the cluster breaks apart.
    await this.page.waitUntil(
      (zoom) => !!window.__map && window.__map.getZoom() > zoom + 0.5 && !window.__map.isMoving(),
      before,
    );
    await this.waitUntilIdle();
  }

  popupOpen(): Promise<boolean> {
    return this.page.evaluate((selector) => document.querySelector(selector) !== null, POPUP);
  }

  /** How far the open popup reaches past the map's box on each side, in CSS pixels (0 when inside). */
  popupPastMap(): Promise<{ left: number; right: number; top: number; bottom: number }> {
    return this.page.evaluate((selector) => {
      const popup = document.querySelector(`${selector} .maplibregl-popup-content`);
      const map = window.__map;
      if (!popup || !map) throw new Error('no popup open on a loaded map');
      const inner = popup.getBoundingClientRect();
      const outer = map.getCanvas().getBoundingClientRect();
      return {
        left: Math.max(0, Math.round(outer.left - inner.left)),
        right: Math.max(0, Math.round(inner.right - outer.right)),
        top: Math.max(0, Math.round(outer.top - inner.top)),
        bottom: Math.max(0, Math.round(inner.bottom - outer.bottom)),
      };
    }, POPUP);
  }

  popupText(): Promise<string> {
    return this.page.textOf(POPUP);
  }

  async switchLanguage(language: 'fr' | 'en'): Promise<void> {
    await this.page.pressButton(language === 'en' ? 'EN English' : 'FR Français');
    await this.page.waitUntil((lang) => document.documentElement.lang === lang, language);
  }

  /** WCAG 2.1 A and AA violations axe-core finds on the page as it stands; none is the goal. */
  accessibilityViolations(): Promise<string[]> {
    return this.page.accessibilityViolations();
  }

  /**
   * How far the document reaches past the window, down and across, in CSS pixels: 0 and 0 when
   * nothing can be scrolled into blank space (issue #9). The body is measured as well as the root.
   */
  async overflowPastWindow(): Promise<{ down: number; across: number }> {
    const heights = await this.page.pageHeights();
    return {
      down: Math.max(heights.document, heights.body) - heights.window,
      across: heights.documentWidth - heights.windowWidth,
    };
  }

  /** The `<html lang>` of the page: the language it tells browsers and screen readers it speaks. */
  documentLanguage(): Promise<string> {
    return this.page.evaluate(() => document.documentElement.lang, undefined);
  }

  async waitForDocumentLanguage(language: string): Promise<void> {
    await this.page.waitUntil((lang) => document.documentElement.lang === lang, language, {
      timeout: 10_000,
    });
  }

  /** Opens or closes the layer panel with its own button, in whichever language. */
  async toggleLayerPanel(): Promise<void> {
    await this.page.clickAt('.layer-panel__toggle', 10, 10);
  }

  layerPanelOpen(): Promise<boolean> {
    return this.page.evaluate(
      () => document.querySelector('.layer-panel__toggle')?.getAttribute('aria-expanded') === 'true',
      undefined,
    );
  }

  panelText(): Promise<string> {
    return this.page.textOf('.layer-panel');
  }

  noticeText(): Promise<string> {
    return this.page.textOf('.data-notice');
  }

  /** The hash of the page's URL as parameters: `map`, `layers`, `lang`. */
  urlState(): URLSearchParams {
    return new URLSearchParams(new URL(this.page.url()).hash.slice(1));
  }

  /** Where the map looks now: zoom and centre. */
  view(): Promise<{ zoom: number; lat: number; lon: number }> {
    return this.page.evaluate(() => {
      const map = window.__map;
      if (!map) throw new Error('window.__map is not set: the map has not loaded');
      const { lat, lng } = map.getCenter();
      return { zoom: map.getZoom(), lat, lon: lng };
    }, undefined);
  }

  async screenshot(path: string): Promise<void> {
    await this.waitUntilIdle();
    await this.page.screenshot(path);
  }
}
