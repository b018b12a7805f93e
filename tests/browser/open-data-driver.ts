// The open data page (/donnees, issue 11) in its readers' words: open it, read each layer's card
// (title, sample notice, facts, download links), fetch what a link gives, change the language.
import type { TestPage } from './playwright-helper.ts';

export interface ListedDataset {
  title: string;
  sample: boolean;
  facts: string;
  downloads: { text: string; href: string }[];
}

export class OpenDataDriver {
  constructor(
    readonly page: TestPage,
    private readonly home: string,
  ) {}

  /** Opens `/donnees` and waits for the list (the first one builds every file: it takes a while). */
  async openPage(): Promise<void> {
    await this.page.open(`${this.home}/donnees`);
    await this.waitForList();
  }

  async openHome(): Promise<void> {
    await this.page.open(`${this.home}/`);
    await this.page.waitForSelector('.view-switch button', 30_000);
  }

  async waitForList(): Promise<void> {
    await this.page.waitForSelector('.open-data__dataset', 120_000);
  }

  /** A button of the header's view switch, by its words. */
  async chooseView(label: string): Promise<void> {
    await this.page.pressButton(label);
  }

  async chooseLanguage(language: 'fr' | 'en'): Promise<void> {
    await this.page.click(`.language-switch button[lang="${language}"]`);
    await this.page.waitUntil((lang) => document.documentElement.lang === lang, language);
  }

  addressPath(): Promise<string> {
    return this.page.evaluate(() => window.location.pathname, undefined);
  }

  /** The words over the download columns: each CRS in full. */
  columns(): Promise<string> {
    return this.page.textOf('.open-data__dataset >> nth=0 >> .open-data__columns');
  }

  heading(): Promise<string> {
    return this.page.textOf('.open-data h2');
  }

  /** Every layer's card, as a reader sees it; link texts with their spaces made plain. */
  datasets(): Promise<ListedDataset[]> {
    return this.page.evaluate(() =>
      [...document.querySelectorAll('.open-data__dataset')].map((card) => ({
        title: card.querySelector('h3')?.textContent ?? '',
        sample: card.querySelector('.open-data__sample') !== null,
        facts: (card.querySelector('.open-data__facts') as HTMLElement | null)?.innerText ?? '',
        downloads: [...card.querySelectorAll<HTMLAnchorElement>('a.open-data__download')].map((a) => ({
          text: (a.textContent ?? '').replace(/\s+/g, ' ').trim(),
          href: a.href,
        })),
      })),
    );
  }

  /** The first `n` bytes of what a link downloads, fetched by the page as the browser would. */
  firstBytes(href: string, n: number): Promise<number[]> {
    return this.page.evaluate(
      async ([url, count]) => [...new Uint8Array(await (await fetch(url)).arrayBuffer()).slice(0, count)],
      [href, n] as const,
    );
  }

  /** Scrolls the page to a layer's card, by its title, as a reader would. */
  async scrollToDataset(title: string): Promise<void> {
    await this.page.evaluate((wanted) => {
      const card = [...document.querySelectorAll('.open-data__dataset')].find(
        (element) => element.querySelector('h3')?.textContent === wanted,
      );
      card?.scrollIntoView({ block: 'start' });
    }, title);
  }

  screenshot(path: string): Promise<void> {
    return this.page.screenshot(path);
  }
}
