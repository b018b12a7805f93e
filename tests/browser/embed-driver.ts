// The embed in the words of a commune's webmaster and of its readers: put the code on the website,
// look at the framed map, read its legend and notice, follow its link; sign in on the full map first;
// copy the code from the commune's page. Reads what the framed map drew through its window.__map.
import type { RunningApp } from '../support/app-server.ts';
import type { FramingSite } from '../support/framing-site.ts';
import type { TestFrame, TestPage } from './playwright-helper.ts';

export const EMBED_FRAME = 'iframe.commune-map';
const CODE_SECTION = '.commune-section--embed';

export interface DrawnFeature {
  id: number;
  communeInsee: string;
}

export class EmbedDriver {
  constructor(
    private readonly page: TestPage,
    private readonly app: RunningApp,
    private readonly site: FramingSite,
  ) {}

  /** Signs in on the full map's origin with the real login endpoint; the browser keeps the cookie. */
  async signIn(email: string, password: string): Promise<string | null> {
    await this.page.open(`${this.app.url}/api/health`);
    return this.page.evaluate(
      async ([user, secret]) => {
        const login = await fetch('/api/auth/login', {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ email: user, password: secret }),
        });
        if (!login.ok) throw new Error(`sign-in refused: ${login.status}`);
        const me = (await (await fetch('/api/auth/me')).json()) as { account: { email: string } | null };
        return me.account?.email ?? null;
      },
      [email, password] as const,
    );
  }

  /** The website shows a frame of `src` (a path of the app, or a whole snippet with `html`). */
  async visitWebsite(
    host: '127.0.0.1' | 'localhost',
    frame: { path: string } | { html: string },
  ): Promise<void> {
    const body =
      'html' in frame
        ? frame.html.replace('<iframe ', '<iframe class="commune-map" ')
        : `<iframe class="commune-map" src="${this.app.url}${frame.path}" width="600" height="450" title="Carte" style="border:0"></iframe>`;
    this.site.show('Mairie de Koné', `<p>Les infrastructures de la commune :</p>${body}`);
    await this.page.open(this.site.url(host));
  }

  async frame(): Promise<TestFrame> {
    return this.page.frameOf(EMBED_FRAME);
  }

  /** Waits until the framed map has drawn every layer it shows. */
  async waitForFramedMap(): Promise<TestFrame> {
    const frame = await this.frame();
    await frame.waitForSelector('[data-map-ready="true"]', 60_000);
    return frame;
  }

  /** The features of one layer the framed map drew on screen, each once. */
  drawnFeatures(frame: TestFrame, layerId: string): Promise<DrawnFeature[]> {
    return frame.evaluate((source) => {
      const map = window.__map;
      if (!map) throw new Error('the framed map has not loaded');
      const layers = map
        .getStyle()
        .layers.filter((layer) => 'source' in layer && layer.source === source)
        .map((layer) => layer.id);
      const seen = new Map<number, string>();
      for (const feature of map.queryRenderedFeatures({ layers })) {
        if (feature.properties.cluster) continue;
        seen.set(Number(feature.properties.id), String(feature.properties.communeInsee));
      }
      return [...seen].map(([id, communeInsee]) => ({ id, communeInsee })).sort((a, b) => a.id - b.id);
    }, layerId);
  }

  /** The picture of the frame as the reader sees it: its distinct colours and its commonest one's share. */
  framePicture(path: string): Promise<{ colours: number; commonest: number }> {
    return this.page.pictureOf(EMBED_FRAME, path);
  }

  /** Opens the commune page's "embed" section. */
  async openCodeSection(): Promise<void> {
    await this.page.openAllDetails(CODE_SECTION);
    await this.page.waitForSelector(`${CODE_SECTION} textarea`);
  }

  async pressCopy(buttonName: string): Promise<string> {
    await this.page.pressButton(buttonName);
    await this.page.waitUntil(() => document.querySelector('.embed-code__status')?.textContent !== '');
    return this.page.textOf('.embed-code__status');
  }

  codeInField(): Promise<string> {
    return this.page.evaluate(
      () => document.querySelector<HTMLTextAreaElement>('.embed-code__field')?.value ?? '',
    );
  }

  /** What of the field is selected (for copying by hand), and whether it has the focus. */
  fieldSelection(): Promise<{ focused: boolean; selected: string }> {
    return this.page.evaluate(() => {
      const field = document.querySelector<HTMLTextAreaElement>('.embed-code__field');
      return {
        focused: document.activeElement === field,
        selected: field ? field.value.slice(field.selectionStart, field.selectionEnd) : '',
      };
    });
  }

  async screenshotOfCodeBox(path: string): Promise<void> {
    await this.page.screenshotOf(CODE_SECTION, path);
  }
}
