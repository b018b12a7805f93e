// The account's API tokens in the browser, in the words of the app: sign in, open "Jetons d'API",
// make a token and read it the one time it is shown, the tokens listed, revoke one.
import type { TestPage } from './playwright-helper.ts';

export class ApiTokensDriver {
  constructor(private readonly page: TestPage) {}

  async signIn(email: string, password: string): Promise<void> {
    await this.page.click('.sign-in-button');
    await this.page.waitForSelector('.sign-in-form');
    await this.page.fillField('Adresse e-mail', email);
    await this.page.fillField('Mot de passe', password);
    await this.page.click('.sign-in-form button[type="submit"]');
    await this.page.waitForSelector('.account-badge');
  }

  async openTokens(): Promise<void> {
    await this.page.pressButton("Jetons d'API");
    await this.page.waitForSelector('.api-tokens');
  }

  /** Makes a token named so; the secret as the page shows it. */
  async makeToken(name: string): Promise<string> {
    await this.page.fillField("Nom du jeton (le programme ou le poste qui l'utilise)", name);
    await this.page.pressButton('Créer le jeton');
    await this.page.waitForSelector('.api-tokens__secret');
    await this.page.waitUntil(
      (wanted) => [...document.querySelectorAll('.api-tokens__name')].some((n) => n.textContent === wanted),
      name,
    );
    return this.page.evaluate(
      () => document.querySelector<HTMLInputElement>('.api-tokens__secret')?.value ?? '',
      undefined,
    );
  }

  async revoke(name: string): Promise<void> {
    await this.page.pressButton(`Révoquer le jeton ${name}`);
    await this.page.waitUntil(
      (wanted) =>
        [...document.querySelectorAll('.api-tokens__item')].some(
          (item) =>
            item.querySelector('.api-tokens__name')?.textContent === wanted &&
            item.getAttribute('data-revoked') === 'true',
        ),
      name,
    );
  }

  /** Each token listed, as its name and its line of dates. */
  async listed(): Promise<string[]> {
    return this.page.textsOf('.api-tokens__item');
  }

  async noticeText(): Promise<string> {
    return this.page.textOf('.api-tokens__made');
  }
}
