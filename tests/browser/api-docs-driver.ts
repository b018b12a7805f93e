// Drives the API documentation page (/api/docs, Swagger UI) in app terms: open it, list the
// operations it shows, open one, look at it. Only this file knows Swagger UI's markup.
import type { TestPage } from './playwright-helper.ts';

const OPERATION = '.opblock';

export class ApiDocsDriver {
  constructor(
    readonly page: TestPage,
    private readonly baseUrl: string,
  ) {}

  /** Opens the page and waits until Swagger UI has drawn the operations of the document. */
  async open(): Promise<void> {
    await this.page.open(`${this.baseUrl}/api/docs`);
    await this.page.waitForSelector(`${OPERATION} .opblock-summary-path`);
  }

  async title(): Promise<string> {
    return this.page.textOf('.information-container .title');
  }

  /** Every operation listed, as "GET /api/layers/{id}". */
  async operations(): Promise<string[]> {
    const methods = await this.page.textsOf(`${OPERATION} .opblock-summary-method`);
    const paths = await this.page.textsOf(`${OPERATION} .opblock-summary-path`);
    return paths.map((path, i) => `${methods[i] ?? '?'} ${path.replace(/\u200b/g, '').trim()}`);
  }

  /** The tags (sections) in the order shown. */
  async sections(): Promise<string[]> {
    return (await this.page.textsOf('.opblock-tag-section .opblock-tag a span')).map((s) => s.trim());
  }

  /** Opens an operation ("GET /api/layers/{id}") and gives the names of its parameters. */
  async openOperation(operation: string): Promise<string[]> {
    const [method, path] = operation.split(' ');
    const id = `#operations-${await this.tagOf(operation)}-${await this.operationIdOf(method ?? '', path ?? '')}`;
    await this.page.click(`${id} .opblock-summary-control`);
    await this.page.waitForSelector(`${id} .parameters`);
    await this.page.evaluate((selector) => document.querySelector(selector)?.scrollIntoView(), id);
    const names = await this.page.textsOf(`${id} .parameters .parameter__name`);
    return names.map((name) => name.replace(/\s*\*[\s\S]*$/, '').trim());
  }

  private async tagOf(operation: string): Promise<string> {
    const doc = await this.document();
    const [method, path] = operation.split(' ');
    const tag = doc.paths[path ?? '']?.[method?.toLowerCase() ?? '']?.tags[0] ?? '';
    return tag.replace(/\s/g, '_');
  }

  private async operationIdOf(method: string, path: string): Promise<string> {
    const doc = await this.document();
    return doc.paths[path]?.[method.toLowerCase()]?.operationId ?? '';
  }

  private async document(): Promise<{
    paths: Record<string, Record<string, { tags: string[]; operationId: string }>>;
  }> {
    return this.page.evaluate(async (url) => (await fetch(url)).json(), `${this.baseUrl}/api/openapi.json`);
  }

  async screenshot(path: string): Promise<void> {
    await this.page.screenshot(path);
  }
}
