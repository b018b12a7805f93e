// Editing a commune's projects and handling requests (issue 10) in their users' words: sign in,
// open a project, change it in its form and save, read what the page says back; send a report
// from the public view; read and answer the requests of a commune. Asks the API the same things
// from the page, so that a test compares what was shown with what the server holds.
import { CommuneDriver } from './commune-driver.ts';
import { MAP_CANVAS } from './map-driver.ts';
import type { TestPage } from './playwright-helper.ts';

const EDITOR = '.project-editor';
const DETAIL = '.project-detail:not(.project-editor)';

export interface ApiRequest {
  id: number;
  communeName: string;
  text: string;
  status: string;
  answer: string | null;
  author: string | null;
}

export class ProjectEditingDriver extends CommuneDriver {
  constructor(
    page: TestPage,
    private readonly origin: string,
  ) {
    super(page, origin);
  }

  /** Signs in with the header's form and waits for the account's badge. */
  async signIn(email: string, password: string): Promise<void> {
    await this.page.click('.sign-in-button');
    await this.page.waitForSelector('.sign-in-form');
    await this.page.fillField('Adresse e-mail', email);
    await this.page.fillField('Mot de passe', password);
    await this.page.click('.sign-in-form button[type="submit"]');
    await this.page.waitForSelector('.account-badge');
  }

  /** Opens a commune's page on one project's details. */
  async openProject(insee: string, projectId: number): Promise<void> {
    await this.openAddress(`/commune/${insee}#project=${projectId}`);
    await this.page.waitForSelector(`${DETAIL}[data-project="${projectId}"]`, 10_000);
  }

  editButtons(): Promise<number> {
    return this.page.count('.project-edit-button, .project-delete-button, .new-project-button');
  }

  /** "Modifier" in the details, then waits for the form filled with the project's values. */
  async startEditing(): Promise<void> {
    await this.page.click(`${DETAIL} .project-edit-button`);
    await this.page.waitForSelector(`${EDITOR} form`, 10_000);
  }

  async setField(label: string, value: string): Promise<void> {
    await this.page.fillField(label, value);
  }

  async chooseStatus(status: string): Promise<void> {
    await this.page.selectValue(`${EDITOR} select[name="status"]`, status);
  }

  async save(): Promise<void> {
    await this.page.click(`${EDITOR} .edit-save`);
  }

  /** The complaint shown next to a field of the form, '' when there is none. */
  fieldError(name: string): Promise<string> {
    return this.page.evaluate((field) => {
      const input = document.querySelector(`.project-editor [name="${field}"]`);
      const ids = input?.getAttribute('aria-describedby')?.split(' ') ?? [];
      const invalid = input?.getAttribute('aria-invalid') === 'true';
      const error = ids
        .map((id) => document.getElementById(id))
        .find((el) => el?.className === 'edit-field__error');
      return invalid ? (error?.textContent ?? '') : '';
    }, name);
  }

  /** Waits for the form to close after a save, and for the details to say `status` in words. */
  async waitForDetailsSaying(projectId: number, text: string): Promise<void> {
    await this.page.waitUntil(
      ([selector, wanted]) => document.querySelector(selector)?.textContent?.includes(wanted) ?? false,
      [`${DETAIL}[data-project="${projectId}"] .project-detail__attributes`, text] as const,
      { timeout: 10_000 },
    );
  }

  /** What the editor says of the last save, once it says something. */
  async editorNote(): Promise<string> {
    await this.page.waitForSelector(`${EDITOR} .project-editor__note`, 10_000);
    return this.page.textOf(`${EDITOR} .project-editor__note`);
  }

  /** Waits for the bar over the map to say that this commune's projects are for reading only. */
  async waitForReadOnlyNote(): Promise<void> {
    await this.page.waitForSelector('.commune-edit-bar__elsewhere', 10_000);
  }

  requestsSectionShown(): Promise<boolean> {
    return this.page.evaluate(() => document.querySelector('.commune-section--requests') !== null, undefined);
  }

  /** The role of the editor's note: `alert` for a refusal, `status` for news. */
  editorNoteRole(): Promise<string | null> {
    return this.page.attributeOf('.project-editor__note', 'role');
  }

  /** Scrolls the panel to one request of the list. */
  async scrollToRequest(id: number): Promise<void> {
    await this.page.evaluate(
      (selector) => document.querySelector(selector)?.scrollIntoView({ block: 'center' }),
      `.request-item[data-request="${id}"]`,
    );
  }

  /** What the details say of the last write ("Projet enregistré (version 2)."). */
  async detailNote(): Promise<string> {
    await this.page.waitForSelector(`${DETAIL} .project-detail__note`, 10_000);
    return this.page.textOf(`${DETAIL} .project-detail__note`);
  }

  /** "Nouveau projet", then a click in the middle of the map where it is; waits for the empty form. */
  async placeNewProjectAtMapCentre(): Promise<void> {
    await this.page.click('.new-project-button');
    await this.page.waitForSelector('.map-view[data-placing="ready"]');
    const size = await this.page.evaluate(() => {
      const rect = document.querySelector('.map-view canvas')?.getBoundingClientRect();
      return rect ? { width: rect.width, height: rect.height } : null;
    }, undefined);
    if (!size) throw new Error('no map canvas');
    await this.page.clickAt(MAP_CANVAS, Math.round(size.width / 2), Math.round(size.height / 2));
    await this.page.waitForSelector(`${EDITOR}[data-project="new"] form`, 10_000);
  }

  /** The project whose details are open, by its number. */
  async openDetailsId(): Promise<number> {
    await this.page.waitForSelector(DETAIL, 10_000);
    return Number(await this.page.attributeOf(DETAIL, 'data-project'));
  }

  /** "Supprimer", then the answer to "are you sure?": yes deletes, no keeps. */
  async deleteOpenProject(confirm: boolean): Promise<void> {
    await this.page.click(`${DETAIL} .project-delete-button`);
    await this.page.waitForSelector('.project-delete-confirm');
    await this.page.click(confirm ? '.project-delete-yes' : '.project-delete-no');
    if (!confirm) {
      await this.page.waitUntil(() => !document.querySelector('.project-delete-confirm'));
      return;
    }
    // Gone, or refused in words: either way the test reads which.
    await this.page.waitUntil(
      (selector) => !document.querySelector(selector) || document.querySelector('.project-edit-refusal'),
      DETAIL,
      { timeout: 10_000 },
    );
    if ((await this.page.count('.project-edit-refusal')) > 0) {
      throw new Error(`the deletion was refused: ${await this.page.textOf('.project-edit-refusal')}`);
    }
  }

  confirmationText(): Promise<string> {
    return this.page.textOf('.project-delete-confirm');
  }

  /** The status of GET /api/projects/:id: 200, or 404 once deleted. */
  apiProjectStatus(projectId: number): Promise<number> {
    return this.page.evaluate(
      async (id) => (await fetch(`/api/projects/${id}`, { cache: 'no-store' })).status,
      projectId,
    );
  }

  /** What the bar over the map says (saved, deleted, or that this commune is read-only). */
  barText(): Promise<string> {
    return this.page.textOf('.commune-edit-bar');
  }

  /** The project as the server holds it now. */
  apiProject(projectId: number): Promise<Record<string, unknown>> {
    return this.page.evaluate(async (id) => {
      const response = await fetch(`/api/projects/${id}`, { cache: 'no-store' });
      return ((await response.json()) as { properties: Record<string, unknown> }).properties;
    }, projectId);
  }

  /** Scrolls the details down to the project's history. */
  async showHistory(): Promise<void> {
    await this.page.evaluate(
      () => document.querySelector('.project-detail .project-history')?.scrollIntoView({ block: 'start' }),
      undefined,
    );
  }

  historyEntries(): Promise<string[]> {
    return this.page.textsOf(`${DETAIL} .history-entry`);
  }

  async waitForHistory(count: number): Promise<void> {
    await this.page.waitUntil(
      ([selector, n]) => document.querySelectorAll(selector).length >= n,
      [`${DETAIL} .history-entry`, count] as const,
      { timeout: 10_000 },
    );
  }

  // Requests

  /** Opens the public view at a place of the map, then the report form. */
  async openReportForm(hash: string): Promise<void> {
    await this.page.open(`${this.origin}/ici#${hash}`);
    await this.page.waitForSelector('.public__action--report');
    await this.page.click('.public__action--report');
    await this.page.waitForSelector('.report-problem form', 10_000);
  }

  reportPlace(): Promise<string> {
    return this.page.textOf('.report-problem__place');
  }

  /** Types the message and sends it; resolves with what the form then says (thanks, or why not). */
  async sendReport(text: string): Promise<string> {
    await this.page.fillField('Votre message', text);
    await this.page.click('.report-problem__send');
    const answer = '.report-problem__sent, .report-problem__error';
    try {
      await this.page.waitForSelector(answer, 10_000);
    } catch (error) {
      throw new Error(`the report form did not answer; the page logged: ${this.page.errors.join(' | ')}`, {
        cause: error,
      });
    }
    return this.page.textOf(answer);
  }

  /** Waits until the requests section lists a request whose text holds `text`; its id. */
  async findRequest(text: string): Promise<number> {
    await this.page.waitUntil(
      (wanted) =>
        [...document.querySelectorAll('.request-item')].some((item) => item.textContent?.includes(wanted)),
      text,
      { timeout: 10_000 },
    );
    return this.page.evaluate(
      (wanted) =>
        Number(
          [...document.querySelectorAll<HTMLElement>('.request-item')].find((item) =>
            item.textContent?.includes(wanted),
          )?.dataset.request,
        ),
      text,
    );
  }

  requestText(id: number): Promise<string> {
    return this.page.textOf(`.request-item[data-request="${id}"]`);
  }

  answerForms(): Promise<number> {
    return this.page.count('.request-answer');
  }

  /** A planner's answer: a status and a text, saved; waits until the list shows the new status. */
  async answerRequest(id: number, status: string, answer: string): Promise<void> {
    const item = `.request-item[data-request="${id}"]`;
    await this.page.click(`${item} .request-answer-box summary`);
    await this.page.selectValue(`${item} select[name="status"]`, status);
    await this.page.fillSelector(`${item} textarea[name="answer"]`, answer);
    await this.page.click(`${item} .request-answer__send`);
    await this.page.waitForSelector(`${item}[data-status="${status}"]`, 10_000);
  }

  apiRequests(insee: string): Promise<ApiRequest[]> {
    return this.page.evaluate(async (commune) => {
      const response = await fetch(`/api/requests?commune=${commune}`, { cache: 'no-store' });
      return ((await response.json()) as { requests: ApiRequest[] }).requests;
    }, insee);
  }
}
