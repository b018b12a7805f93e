// Editing in the words of a planner: sign in, pick a layer and draw on the map, fill a form, open a
// feature, drag it, delete it; and what the server holds afterwards, asked through its own API
// from the page (with the planner's session).
import type { EditGeometry, EditedFeature } from '../../client/src/editing/edit-api.ts';
import { MAP_CANVAS, MapDriver } from './map-driver.ts';

export interface Pixel {
  x: number;
  y: number;
}
export type LonLat = [number, number];

export class EditingDriver extends MapDriver {
  async signIn(email: string, password: string): Promise<void> {
    await this.page.click('.sign-in-button');
    await this.page.waitForSelector('.sign-in-form');
    await this.page.fillField('Adresse e-mail', email);
    await this.page.fillField('Mot de passe', password);
    await this.page.click('.sign-in-form button[type="submit"]');
    await this.page.waitForSelector('.account-badge');
  }

  /** The map canvas's middle, in its own pixels. */
  async centre(): Promise<Pixel> {
    const size = await this.page.evaluate(() => {
      const rect = document.querySelector('.map-view canvas')?.getBoundingClientRect();
      return rect ? { width: rect.width, height: rect.height } : null;
    }, undefined);
    if (!size) throw new Error('no map canvas');
    return { x: Math.round(size.width / 2), y: Math.round(size.height / 2) };
  }

  /** The position (lon, lat) under a pixel of the map. */
  positionAt(pixel: Pixel): Promise<LonLat> {
    return this.page.evaluate(({ x, y }) => {
      const map = window.__map;
      if (!map) throw new Error('window.__map is not set: the map has not loaded');
      const { lng, lat } = map.unproject([x, y]);
      return [lng, lat] as [number, number];
    }, pixel);
  }

  /** The pixel of the map where a position is drawn. */
  pixelOf(position: LonLat): Promise<Pixel> {
    return this.page.evaluate((at) => {
      const map = window.__map;
      if (!map) throw new Error('window.__map is not set: the map has not loaded');
      const { x, y } = map.project(at);
      return { x: Math.round(x), y: Math.round(y) };
    }, position);
  }

  /** Chooses the layer in the toolbar and presses its drawing button. */
  async startDrawing(layerId: string): Promise<void> {
    await this.page.selectValue('.edit-toolbar select[name="layer"]', layerId);
    await this.page.click('.new-feature-button');
    await this.page.waitForSelector('.map-view[data-drawing]');
  }

  async clickMap(pixel: Pixel): Promise<void> {
    await this.page.clickAt(MAP_CANVAS, pixel.x, pixel.y);
  }

  /** Clicks each vertex in turn, then the last one again: Terra Draw's way of finishing a line. */
  async drawLine(vertices: readonly Pixel[]): Promise<void> {
    for (const vertex of vertices) await this.clickMap(vertex);
    const last = vertices.at(-1);
    if (last) await this.clickMap(last);
    await this.page.waitForSelector('.edit-panel form');
  }

  /** Clicks each corner in turn, then the first one again, which closes the area. */
  async drawArea(corners: readonly Pixel[]): Promise<void> {
    for (const corner of corners) await this.clickMap(corner);
    const first = corners[0];
    if (first) await this.clickMap(first);
    await this.page.waitForSelector('.edit-panel form');
  }

  async fill(label: string, value: string): Promise<void> {
    await this.page.fillField(label, value);
  }

  async choose(name: string, value: string): Promise<void> {
    await this.page.selectValue(`.edit-panel select[name="${name}"]`, value);
  }

  /** Presses a button of the edit panel and waits for its note to say `expected`. */
  async pressAndWaitForNote(selector: string, expected: string): Promise<void> {
    await this.page.click(selector);
    await this.page.waitUntil(
      (text) => document.querySelector('.edit-panel__note')?.textContent?.includes(text),
      expected,
    );
  }

  /** Clicks the feature's point on the map and "Modifier" in its popup, then waits for its form. */
  async openFeatureAt(position: LonLat): Promise<void> {
    await this.clickMap(await this.pixelOf(position));
    await this.page.waitForSelector('.edit-feature-button', 10_000);
    await this.page.click('.edit-feature-button');
    await this.page.waitForSelector('.edit-panel form');
  }

  /** "Déplacer": the feature's geometry goes to Terra Draw, ready to be dragged. */
  async startMoving(): Promise<void> {
    await this.page.click('.edit-reshape');
    await this.page.waitForSelector('.map-view[data-drawing="reshape"]');
  }

  async drag(from: Pixel, to: Pixel): Promise<void> {
    await this.page.dragAt(MAP_CANVAS, from, to);
  }

  /** "Supprimer", then "Confirmer la suppression"; waits for the panel to close. */
  async deleteOpenFeature(): Promise<void> {
    await this.page.click('.edit-delete');
    await this.page.waitForSelector('.edit-delete-confirm');
    await this.page.click('.edit-delete-confirm');
    await this.page
      .waitUntil(() => !document.querySelector('.edit-panel'))
      .catch(async (e) => {
        await this.page.screenshot('/work/main/test-results/debug-delete.png');
        throw e;
      });
  }

  /** The features of the layer the server holds, by their names. */
  featureNamed(layerId: string, name: string): Promise<EditedFeature | null> {
    return this.page.evaluate(
      async ([layer, wanted]) => {
        const response = await fetch(`/api/layers/${layer}`, { cache: 'no-store' });
        const { features } = (await response.json()) as { features: EditedFeature[] };
        return features.find((feature) => feature.properties.name === wanted) ?? null;
      },
      [layerId, name] as const,
    );
  }

  /** GET /api/layers/:layer/features/:id: the feature, or the status that refused it. */
  fetchFeature(layerId: string, id: number): Promise<{ status: number; feature: EditedFeature | null }> {
    return this.page.evaluate(
      async ([layer, featureId]) => {
        const response = await fetch(`/api/layers/${layer}/features/${featureId}`, { cache: 'no-store' });
        return {
          status: response.status,
          feature: response.ok ? ((await response.json()) as EditedFeature) : null,
        };
      },
      [layerId, id] as const,
    );
  }

  /** POST /api/layers/:layer/features with the planner's session: a feature to work on. */
  createFeature(layerId: string, geometry: EditGeometry, properties: object): Promise<EditedFeature> {
    return this.page.evaluate(
      async ([layer, body]) => {
        const response = await fetch(`/api/layers/${layer}/features`, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify(body),
        });
        if (response.status !== 201)
          throw new Error(`POST ${layer}: ${response.status} ${await response.text()}`);
        return (await response.json()) as EditedFeature;
      },
      [layerId, { type: 'Feature', geometry, properties }] as const,
    );
  }

  /** Whether the map's source of the layer holds a feature of this id (drawn or not). */
  sourceHolds(layerId: string, id: number): Promise<boolean> {
    return this.page.evaluate(
      ([layer, featureId]) =>
        (window.__map?.querySourceFeatures(layer) ?? []).some(
          (feature) => Number(feature.properties.id) === featureId,
        ),
      [layerId, id] as const,
    );
  }

  /** Loads the page again (the session stays): the layers show what the server holds now. */
  async reloadSignedIn(): Promise<void> {
    await this.page.reload();
    await this.waitUntilReady();
    await this.page.waitForSelector('.account-badge');
    await this.waitUntilIdle();
  }

  panelTitle(): Promise<string> {
    return this.page.textOf('#edit-panel-title');
  }

  /** The edit panel's text as a reader sees it. */
  editPanelText(): Promise<string> {
    return this.page.textOf('.edit-panel');
  }

  toolbarText(): Promise<string> {
    return this.page.textOf('.edit-toolbar');
  }

  /** How many controls of the edit panel's form are named so. */
  fieldCount(name: string): Promise<number> {
    return this.page.count(`.edit-panel form [name="${name}"]`);
  }

  async waitForForm(): Promise<void> {
    await this.page.waitForSelector('.edit-panel form');
  }

  /** Ticks the edit panel's checkbox labelled so (one technology of a site). */
  async tick(label: string): Promise<void> {
    await this.page.setCheckboxWithin('.edit-panel', label, true);
  }

  async save(): Promise<void> {
    await this.page.click('.edit-save');
  }

  /** Waits until the field is marked invalid and its complaint shown next to it. */
  async waitForFieldError(name: string): Promise<void> {
    await this.page.waitUntil((field) => {
      const input = document.querySelector(`.edit-panel form [name="${field}"]`);
      const described = input?.getAttribute('aria-describedby')?.split(' ')[0];
      return (
        input?.getAttribute('aria-invalid') === 'true' &&
        !!described &&
        !!document.getElementById(described)?.textContent
      );
    }, name);
  }

  /** Waits until the map's source of the layer no longer holds the feature. */
  async waitUntilGone(layerId: string, id: number): Promise<void> {
    await this.page.waitUntil(
      ([layer, featureId]) =>
        !(window.__map?.querySourceFeatures(layer) ?? []).some(
          (feature) => Number(feature.properties.id) === featureId,
        ),
      [layerId, id] as const,
    );
  }

  /** Opens the toolbar's list of the layer's deleted features and restores the one named. */
  async restoreDeleted(layerId: string, name: string): Promise<void> {
    await this.page.selectValue('.edit-toolbar select[name="layer"]', layerId);
    await this.page.click('.deleted-features summary');
    await this.page.waitUntil(
      (wanted) =>
        [...document.querySelectorAll('.deleted-feature__name')].some((item) => item.textContent === wanted),
      name,
    );
    await this.page.evaluate((wanted) => {
      const item = [...document.querySelectorAll('.deleted-feature')].find(
        (entry) => entry.querySelector('.deleted-feature__name')?.textContent === wanted,
      );
      item?.querySelector<HTMLButtonElement>('.deleted-feature__restore')?.click();
    }, name);
  }

  /** Waits until the map's source of the layer holds the feature. */
  async waitUntilDrawn(layerId: string, id: number): Promise<void> {
    await this.page.waitUntil(
      ([layer, featureId]) =>
        (window.__map?.querySourceFeatures(layer) ?? []).some(
          (feature) => Number(feature.properties.id) === featureId,
        ),
      [layerId, id] as const,
    );
  }
}
