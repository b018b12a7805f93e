// The one file that touches Playwright: launches Debian's Chromium headless (WebGL through
// SwiftShader), keeps every page on the app's own origin, and offers the few page operations
// the map driver needs. Any request to another host is refused and recorded, so a test can fail on it;
// so is every Content-Security-Policy violation the page reports.
import { execFileSync } from 'node:child_process';
import { mkdir, readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname } from 'node:path';
import type { AxeResults, Result as AxeViolation } from 'axe-core';
import { chromium, type Browser, type BrowserContext, type Frame, type Page } from 'playwright';

export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];

const LOCAL_HOSTS = new Set(['127.0.0.1', 'localhost', '[::1]']);

/** The rules of WCAG 2.1 levels A and AA, as axe-core tags them (issue #9, item 8). */
const WCAG_21_AA = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

let axeSource: Promise<string> | undefined;
/** axe-core's browser build, read once from the package and injected into each page checked. */
function axeScript(): Promise<string> {
  axeSource ??= readFile(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
  return axeSource;
}

/** One line per failing element: rule, impact, what axe says, and where. */
function describeViolations(violations: AxeViolation[]): string[] {
  return violations.flatMap((violation) =>
    violation.nodes.map(
      (node) =>
        `${violation.id} (${violation.impact ?? 'n/a'}): ${node.failureSummary?.replace(/\s+/g, ' ') ?? violation.help} at ${node.target.join(' ')}`,
    ),
  );
}

/** The system Chromium (Debian's package): Playwright downloads no browser here. */
export function chromiumExecutable(): string {
  try {
    return execFileSync('sh', ['-c', 'command -v chromium'], { encoding: 'utf8' }).trim();
  } catch {
    throw new Error(
      'chromium is not on PATH; install the Debian package "chromium" to run the browser tests',
    );
  }
}

export async function launchBrowser(): Promise<TestBrowser> {
  const browser = await chromium.launch({
    executablePath: chromiumExecutable(),
    headless: true,
    args: CHROMIUM_ARGS,
  });
  return new TestBrowser(browser);
}

export interface PageOptions {
  /** A phone: touch events and the page's own viewport meta tag. */
  phone?: boolean;
  /** Where the browser says it is, with the permission to ask granted; without it, asking is refused. */
  geolocation?: { lon: number; lat: number };
  /** Let the app register its service worker (blocked otherwise, so each test starts uncached). */
  serviceWorkers?: boolean;
  /** Another browser's user agent (an Android phone, an iPhone), for what the app chooses by platform. */
  userAgent?: string;
  /**
   * true: the page may write and read the clipboard (permissions granted); false: a browser with no
   * clipboard access at all (no `navigator.clipboard`, as on a page served over plain HTTP).
   */
  clipboard?: boolean;
}

export class TestBrowser {
  constructor(private readonly browser: Browser) {}

  async newPage(viewport = { width: 1280, height: 800 }, options: PageOptions = {}): Promise<TestPage> {
    const context = await this.browser.newContext({
      viewport,
      locale: 'fr-FR',
      serviceWorkers: options.serviceWorkers ? 'allow' : 'block',
      ...(options.phone ? { isMobile: true, hasTouch: true } : {}),
      ...(options.userAgent ? { userAgent: options.userAgent } : {}),
      ...(options.geolocation
        ? {
            geolocation: { longitude: options.geolocation.lon, latitude: options.geolocation.lat },
            permissions: ['geolocation'],
          }
        : {}),
    });
    if (options.clipboard === true) await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    if (options.clipboard === false) {
      // As text: a function would reach the page with the test runner's transpiled helpers in it.
      await context.addInitScript({
        content: "Object.defineProperty(Navigator.prototype, 'clipboard', { get() { return undefined; } });",
      });
    }
    const page = await context.newPage();
    const testPage = new TestPage(context, page);
    await testPage.keepLocal();
    await testPage.watchContentSecurityPolicy();
    return testPage;
  }

  close(): Promise<void> {
    return this.browser.close();
  }
}

export class TestPage {
  /** Requests refused because they left the machine: a test should end with none. */
  readonly offOriginRequests: string[] = [];
  /** Uncaught exceptions and console errors in the page. */
  readonly errors: string[] = [];
  /** What the Content-Security-Policy blocked (issue #8): a test should end with none. */
  readonly cspViolations: string[] = [];
  /** Runs a function in the page (Playwright's page.evaluate). */
  readonly evaluate: Page['evaluate'];
  /** Waits until a function run in the page returns a truthy value (page.waitForFunction). */
  readonly waitUntil: Page['waitForFunction'];

  constructor(
    private readonly context: BrowserContext,
    private readonly page: Page,
  ) {
    this.evaluate = page.evaluate.bind(page);
    this.waitUntil = page.waitForFunction.bind(page);
    page.on('pageerror', (error) => this.errors.push(`pageerror: ${error.message}`));
    page.on('console', (message) => {
      if (message.type() === 'error') this.errors.push(`console.error: ${message.text()}`);
    });
  }

  async keepLocal(): Promise<void> {
    await this.context.route('**/*', async (route) => {
      const url = new URL(route.request().url());
      if (url.protocol === 'data:' || url.protocol === 'blob:' || LOCAL_HOSTS.has(url.hostname)) {
        await route.continue();
        return;
      }
      this.offOriginRequests.push(url.href);
      await route.abort('blockedbyclient');
    });
  }

  /**
   * Records CSP violations: the documents' `securitypolicyviolation` events, and the console
   * messages Chromium writes for each one. That covers starting MapLibre's worker and registering
   * the service worker; what those workers fetch themselves is blocked without a report reaching
   * Playwright, and shows as what it breaks (no map drawn, no offline list).
   */
  async watchContentSecurityPolicy(): Promise<void> {
    await this.context.exposeBinding('__reportCspViolation', (_source, report: string) => {
      this.cspViolations.push(report);
    });
    await this.context.addInitScript(() => {
      const page = window as unknown as { __reportCspViolation(report: string): Promise<void> };
      document.addEventListener('securitypolicyviolation', (event) => {
        const where = `${event.sourceFile || event.documentURI}:${event.lineNumber}`;
        void page.__reportCspViolation(
          `${event.effectiveDirective} blocked ${event.blockedURI || '(inline)'} at ${where}`,
        );
      });
    });
    this.context.on('console', (message) => {
      if (/Content[- ]Security[- ]Policy/i.test(message.text())) this.cspViolations.push(message.text());
    });
  }

  /** Answers requests matching `pattern` (a Playwright URL glob) with this JSON, from now on. */
  async serveJson(pattern: string, body: unknown): Promise<void> {
    await this.page.route(pattern, (route) => route.fulfill({ json: body }));
  }

  /** Lets the app answer requests matching `pattern`, then changes the JSON it answered. */
  async rewriteJson(pattern: string, change: (body: Record<string, unknown>) => unknown): Promise<void> {
    await this.page.route(pattern, async (route) => {
      const response = await route.fetch();
      const body = (await response.json()) as Record<string, unknown>;
      await route.fulfill({ response, json: change(body) });
    });
  }

  async open(url: string): Promise<void> {
    await this.page.goto(url, { waitUntil: 'load' });
  }

  url(): string {
    return this.page.url();
  }

  async waitForSelector(selector: string, timeoutMs = 30_000): Promise<void> {
    await this.page.locator(selector).first().waitFor({ state: 'attached', timeout: timeoutMs });
  }

  async setCheckbox(accessibleName: string, checked: boolean): Promise<void> {
    await this.page.getByRole('checkbox', { name: accessibleName, exact: true }).setChecked(checked);
  }

  /** The checkbox named so inside the element matching `selector` (names repeat across panels). */
  async setCheckboxWithin(selector: string, accessibleName: string, checked: boolean): Promise<void> {
    await this.page
      .locator(selector)
      .getByRole('checkbox', { name: accessibleName, exact: true })
      .setChecked(checked);
  }

  async isChecked(accessibleName: string): Promise<boolean> {
    return this.page.getByRole('checkbox', { name: accessibleName, exact: true }).isChecked();
  }

  async pressButton(accessibleName: string): Promise<void> {
    await this.page.getByRole('button', { name: accessibleName, exact: true }).click();
  }

  /** Chooses an option, by its text, in the drop-down list named so. */
  async selectOption(accessibleName: string, optionLabel: string): Promise<void> {
    await this.page
      .getByRole('combobox', { name: accessibleName, exact: true })
      .selectOption({ label: optionLabel });
  }

  /** Chooses an option, by its value, in the drop-down list matching the selector. */
  async selectValue(selector: string, value: string): Promise<void> {
    await this.page.locator(selector).first().selectOption(value);
  }

  /** Chooses a radio button by its name (e.g. one segment of a segmented control). */
  async checkRadio(accessibleName: string): Promise<void> {
    await this.page.getByRole('radio', { name: accessibleName, exact: true }).check();
  }

  /** Types into the field whose label says so, replacing what it held. */
  async fillField(label: string, text: string): Promise<void> {
    await this.page.getByLabel(label, { exact: true }).fill(text);
  }

  /** Puts a file from disk in the file input whose label says so, as a reader choosing it. */
  async chooseFile(label: string, path: string): Promise<void> {
    await this.page.getByLabel(label, { exact: true }).setInputFiles(path);
  }

  /** Types into the first field matching the selector, replacing what it held. */
  async fillSelector(selector: string, text: string): Promise<void> {
    await this.page.locator(selector).first().fill(text);
  }

  async click(selector: string): Promise<void> {
    await this.page.locator(selector).first().click();
  }

  /** Focuses the element and presses a key on it, as a keyboard user would. */
  async pressKey(selector: string, key: string): Promise<void> {
    await this.page.locator(selector).first().press(key);
  }

  async count(selector: string): Promise<number> {
    return this.page.locator(selector).count();
  }

  async attributeOf(selector: string, name: string): Promise<string | null> {
    return this.page.locator(selector).first().getAttribute(name);
  }

  /**
   * Holds back every request whose URL matches, as a slow link would, until the returned function is
   * called: then they go through.
   */
  async holdRequests(pattern: RegExp): Promise<() => Promise<void>> {
    let release = () => {};
    const released = new Promise<void>((resolve) => (release = resolve));
    await this.page.route(pattern, async (route) => {
      await released;
      await route.fallback();
    });
    return async () => release();
  }

  /** Cuts the page off the network (or puts it back), as a phone losing its signal. */
  async setOffline(offline: boolean): Promise<void> {
    await this.context.setOffline(offline);
  }

  async reload(): Promise<void> {
    await this.page.reload({ waitUntil: 'load' });
  }

  /** Taps with a finger at a point given in the element's own pixels (pages opened as a phone). */
  async tapAt(selector: string, x: number, y: number): Promise<void> {
    await this.page.locator(selector).first().tap({ position: { x, y } });
  }

  /**
   * Presses the mouse at one point of the element (its own pixels), moves it in small steps to
   * another and lets go, as a hand dragging something.
   */
  async dragAt(
    selector: string,
    from: { x: number; y: number },
    to: { x: number; y: number },
  ): Promise<void> {
    const box = await this.page.locator(selector).first().boundingBox();
    if (!box) throw new Error(`nothing to drag on: ${selector} is not shown`);
    await this.page.mouse.move(box.x + from.x, box.y + from.y);
    await this.page.mouse.down();
    await this.page.mouse.move(box.x + to.x, box.y + to.y, { steps: 12 });
    await this.page.mouse.up();
  }

  /** Clicks at a point given in the element's own pixels. */
  async clickAt(selector: string, x: number, y: number): Promise<void> {
    await this.page.locator(selector).click({ position: { x, y } });
  }

  async textOf(selector: string): Promise<string> {
    return this.page.locator(selector).innerText();
  }

  /** The text of every element matching the selector, in document order. */
  async textsOf(selector: string): Promise<string[]> {
    return this.page.locator(selector).allInnerTexts();
  }

  async screenshot(path: string): Promise<void> {
    await mkdir(dirname(path), { recursive: true });
    await this.page.screenshot({ path });
  }

  /** A picture of one element (scrolled into view first), saved at `path`. */
  async screenshotOf(selector: string, path: string): Promise<void> {
    await mkdir(dirname(path), { recursive: true });
    await this.page.locator(selector).first().screenshot({ path });
  }

  /** What the clipboard holds (the page needs the `clipboard` option). */
  async clipboardText(): Promise<string> {
    return this.page.evaluate(() => navigator.clipboard.readText());
  }

  /** The document inside the <iframe> matching `selector`, once it has one. */
  async frameOf(selector: string, timeoutMs = 30_000): Promise<TestFrame> {
    const element = await this.page.locator(selector).first().elementHandle({ timeout: timeoutMs });
    const frame = await element?.contentFrame();
    if (!frame) throw new Error(`${selector} is not a frame`);
    return new TestFrame(frame);
  }

  /**
   * The element as a person sees it (frames included), read back pixel by pixel: how many distinct
   * colours it shows, and how much of it the commonest colour covers (1 for a blank box).
   */
  async pictureOf(selector: string, path: string): Promise<{ colours: number; commonest: number }> {
    await mkdir(dirname(path), { recursive: true });
    const png = await this.page.locator(selector).first().screenshot({ path });
    return this.page.evaluate(async (base64) => {
      const image = new Image();
      image.src = `data:image/png;base64,${base64}`;
      await image.decode();
      const canvas = document.createElement('canvas');
      canvas.width = image.naturalWidth;
      canvas.height = image.naturalHeight;
      const context = canvas.getContext('2d');
      if (!context) throw new Error('no 2D canvas');
      context.drawImage(image, 0, 0);
      const { data } = context.getImageData(0, 0, canvas.width, canvas.height);
      const counts = new Map<number, number>();
      for (let i = 0; i < data.length; i += 4) {
        const colour = ((data[i] ?? 0) << 16) | ((data[i + 1] ?? 0) << 8) | (data[i + 2] ?? 0);
        counts.set(colour, (counts.get(colour) ?? 0) + 1);
      }
      return { colours: counts.size, commonest: Math.max(...counts.values()) / (data.length / 4) };
    }, png.toString('base64'));
  }

  /** The URLs of the page's requests matching `pattern` from now on (a live list). */
  requestsMatching(pattern: RegExp): string[] {
    const urls: string[] = [];
    this.page.on('request', (request) => {
      if (pattern.test(request.url())) urls.push(request.url());
    });
    return urls;
  }

  /**
   * What `change` takes off the element's picture, pixel by pixel: a picture before (saved at
   * `path`) and one after; how many pixels differ, and how many of those were the after-picture's
   * colour with `colour` laid over it, translucent (a blend of the two, as a fill-opacity draws).
   */
  async colourLaidOver(
    selector: string,
    path: string,
    change: () => Promise<void>,
    colour: string,
  ): Promise<{ pixels: number; changed: number; blended: number }> {
    await mkdir(dirname(path), { recursive: true });
    const before = await this.page.locator(selector).first().screenshot({ path });
    await change();
    const after = await this.page.locator(selector).first().screenshot();
    return this.page.evaluate(
      async ([withIt, without, hex]) => {
        // No named functions inside: tsx would wrap them in a helper the page does not have.
        const [a, b] = await Promise.all(
          [withIt, without].map(async (base64) => {
            const image = new Image();
            image.src = `data:image/png;base64,${base64}`;
            await image.decode();
            const canvas = document.createElement('canvas');
            canvas.width = image.naturalWidth;
            canvas.height = image.naturalHeight;
            const context = canvas.getContext('2d');
            if (!context) throw new Error('no 2D canvas');
            context.drawImage(image, 0, 0);
            return context.getImageData(0, 0, canvas.width, canvas.height).data;
          }),
        );
        if (!a || !b) throw new Error('no pictures');
        const c = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16));
        let changed = 0;
        let blended = 0;
        for (let i = 0; i < a.length && i < b.length; i += 4) {
          const on = [a[i] ?? 0, a[i + 1] ?? 0, a[i + 2] ?? 0];
          const off = [b[i] ?? 0, b[i + 1] ?? 0, b[i + 2] ?? 0];
          if (on.every((v, k) => Math.abs(v - (off[k] ?? 0)) <= 3)) continue;
          changed += 1;
          // The opacity that best explains on = off + alpha (colour - off), then how well it does.
          let num = 0;
          let den = 0;
          for (let k = 0; k < 3; k++) {
            num += ((on[k] ?? 0) - (off[k] ?? 0)) * ((c[k] ?? 0) - (off[k] ?? 0));
            den += ((c[k] ?? 0) - (off[k] ?? 0)) ** 2;
          }
          const alpha = den === 0 ? 0 : num / den;
          const fits = [0, 1, 2].every(
            (k) => Math.abs((on[k] ?? 0) - ((off[k] ?? 0) + alpha * ((c[k] ?? 0) - (off[k] ?? 0)))) <= 8,
          );
          if (alpha > 0.05 && alpha < 0.95 && fits) blended += 1;
        }
        return { pixels: a.length / 4, changed, blended };
      },
      [before.toString('base64'), after.toString('base64'), colour] as const,
    );
  }

  /** Moves the mouse over the element, as a reader pointing at it. */
  async hover(selector: string): Promise<void> {
    await this.page.locator(selector).first().hover();
  }

  /**
   * Runs axe-core's WCAG 2.1 A and AA rules on the page as it stands (panels, popups and all) and
   * returns one line per element that fails; an empty list means no violation.
   */
  async accessibilityViolations(): Promise<string[]> {
    const loaded = await this.page.evaluate(() => 'axe' in window);
    // Evaluated through the DevTools protocol, not as a <script>, so the page's CSP stays as it is.
    if (!loaded) await this.page.evaluate(await axeScript());
    const results = await this.page.evaluate(
      (tags) =>
        (
          window as unknown as { axe: { run(context: Document, options: object): Promise<AxeResults> } }
        ).axe.run(document, { runOnly: { type: 'tag', values: tags }, resultTypes: ['violations'] }),
      WCAG_21_AA,
    );
    return describeViolations(results.violations);
  }

  /** The document's and the body's scroll heights against the window's height, in CSS pixels. */
  async pageHeights(): Promise<{
    document: number;
    body: number;
    window: number;
    documentWidth: number;
    windowWidth: number;
  }> {
    return this.page.evaluate(() => ({
      document: document.documentElement.scrollHeight,
      body: document.body.scrollHeight,
      window: window.innerHeight,
      documentWidth: document.documentElement.scrollWidth,
      windowWidth: window.innerWidth,
    }));
  }

  /** Opens every closed <details> matching the selector with a click on its summary, as a reader would. */
  async openAllDetails(selector: string): Promise<void> {
    const closed = this.page.locator(`${selector}:not([open]) > summary`);
    while ((await closed.count()) > 0) await closed.first().click();
  }

  /** Prints the page to an A4 PDF with Chromium (print media, backgrounds kept), saved at `path`. */
  async pdf(path: string): Promise<Uint8Array> {
    await mkdir(dirname(path), { recursive: true });
    return this.page.pdf({ path, format: 'A4', printBackground: true, preferCSSPageSize: true });
  }

  close(): Promise<void> {
    return this.context.close();
  }
}

/** A document inside a frame of a TestPage: the few reads a test of an embedded page needs. */
export class TestFrame {
  /** Runs a function in the frame's document (Playwright's frame.evaluate). */
  readonly evaluate: Frame['evaluate'];
  /** Waits until a function run in the frame returns a truthy value. */
  readonly waitUntil: Frame['waitForFunction'];

  constructor(private readonly frame: Frame) {
    this.evaluate = frame.evaluate.bind(frame);
    this.waitUntil = frame.waitForFunction.bind(frame);
  }

  url(): string {
    return this.frame.url();
  }

  async waitForSelector(selector: string, timeoutMs = 30_000): Promise<void> {
    await this.frame.locator(selector).first().waitFor({ state: 'attached', timeout: timeoutMs });
  }

  async count(selector: string): Promise<number> {
    return this.frame.locator(selector).count();
  }

  async textOf(selector: string): Promise<string> {
    return this.frame.locator(selector).first().innerText();
  }

  async attributeOf(selector: string, name: string): Promise<string | null> {
    return this.frame.locator(selector).first().getAttribute(name);
  }
}
