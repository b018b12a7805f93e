// The queue of requests and the comments on projects (issue 10 item 6), in a real browser against
// the real app (embedded database with sample data): requests sent from Koné and from Nouméa; a
// planner finds both on /demandes, in the list and as dots on the map, filters by commune (the link
// keeps it), goes from the list to the map and back, and answers one; Koné's account sees its own
// requests only; a comment on a project is shown with its author, as text.
import assert from 'node:assert/strict';
import { sql } from 'drizzle-orm';
import { afterEach, before, describe, it } from 'node:test';
import { createAccount } from '../../server/auth/accounts.ts';
import { useAppSession } from './app-session.ts';
import type { ApiProject } from './commune-driver.ts';
import type { TestPage } from './playwright-helper.ts';
import { RequestsQueueDriver } from './requests-queue-driver.ts';

const results = (name: string) => new URL(`../../test-results/${name}`, import.meta.url).pathname;
const KONE = '98811';
const NOUMEA = '98818';
const KONE_ACCOUNT = {
  email: 'mairie@kone.nc',
  password: 'a long commune password',
  role: 'commune',
} as const;
const PLANNER = {
  email: 'planner@example.nc',
  password: 'a long planner password',
  role: 'planner',
} as const;
/** A request answered before the test, and so closed: it must come after the open ones. */
const ANSWERED = 'Borne Wi-Fi réparée, merci';

describe('the queue of requests and comments on projects in a browser', { timeout: 300_000 }, () => {
  const session = useAppSession();
  const pages: TestPage[] = [];
  /** The requests sent before the tests, by commune: the first of Koné's is already done. */
  const sent: Record<string, number[]> = { [KONE]: [], [NOUMEA]: [] };

  const api = async (path: string, init?: RequestInit) => {
    const response = await fetch(`${session.app.url}${path}`, init);
    assert.ok(response.ok, `${path}: ${response.status} ${await response.clone().text()}`);
    return (await response.json()) as unknown;
  };
  const send = async (insee: string, text: string, at: [number, number]) => {
    const body = (await api('/api/requests', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ lon: at[0], lat: at[1], text }),
    })) as { request: { id: number; communeInsee: string } };
    assert.equal(body.request.communeInsee, insee, `"${text}" went to another commune`);
    sent[insee]?.push(body.request.id);
    return body.request.id;
  };

  before(async () => {
    await createAccount(session.app.db, { ...KONE_ACCOUNT, commune: KONE });
    await createAccount(session.app.db, { ...PLANNER, commune: null });
    // Given requests sent from the middle of Koné's and of Nouméa's towns, through the API
    const { communes } = (await api('/api/communes')) as {
      communes: { insee: string; town: [number, number] }[];
    };
    const town = (insee: string) => {
      const found = communes.find((commune) => commune.insee === insee)?.town;
      assert.ok(found, `no commune ${insee}`);
      return found;
    };
    const [kx, ky] = town(KONE);
    const [nx, ny] = town(NOUMEA);
    const done = await send(KONE, ANSWERED, [kx + 0.01, ky]);
    await send(KONE, 'Pas de 4G à la tribu <b>Netchaot</b>', [kx, ky]);
    await send(NOUMEA, 'Fibre coupée rue de Sébastopol', [nx, ny]);
    // And one of Koné's already answered, as a planner would have
    await session.app.db.rows(
      sql`UPDATE requests SET status = 'done', answer = 'Réparée' WHERE id = ${done}`,
    );
  });

  const newDriver = async (viewport?: { width: number; height: number }) => {
    const page = await session.browser.newPage(viewport);
    pages.push(page);
    return new RequestsQueueDriver(page, session.app.url);
  };

  afterEach(async () => {
    for (const page of pages.splice(0)) {
      await page.close();
      assert.deepEqual(page.offOriginRequests, [], 'the page asked for something outside the app');
      assert.deepEqual(page.cspViolations, [], 'the page broke its Content-Security-Policy');
      assert.deepEqual(page.errors, [], 'the page logged errors');
    }
  });

  it('asks who is there before showing the queue, and names it in the header once signed in', async () => {
    const planner = await newDriver();
    // Given nobody signed in on /demandes
    await planner.openQueue();
    // Then the page asks to sign in, and the header has no "Demandes"
    assert.match(await planner.signedOutNote(), /Connectez-vous/);
    assert.ok(!(await planner.viewButtons()).includes('Demandes'), 'no "Demandes" for the public');
    // When a planner signs in, the queue shows, and the header names it
    await planner.signIn(PLANNER.email, PLANNER.password);
    await planner.waitForQueue();
    assert.ok((await planner.viewButtons()).includes('Demandes'));
    // And from the map, "Demandes" comes back to it, on its own path
    await planner.chooseView('Carte');
    await planner.chooseView('Demandes');
    await planner.waitForQueue();
    assert.equal(await planner.addressPath(), '/demandes');
  });

  it('shows a planner every commune’s requests in the list and on the map, open ones first', async () => {
    const planner = await newDriver();
    // Given a planner on /demandes
    await planner.openQueue();
    await planner.signIn(PLANNER.email, PLANNER.password);
    await planner.waitForQueue();
    const all = [...(sent[KONE] ?? []), ...(sent[NOUMEA] ?? [])];
    // Then the list holds the requests of both communes, the closed one last
    await planner.waitForListed(all);
    const listed = await planner.listed();
    assert.deepEqual(new Set(listed.map((r) => r.commune)), new Set([KONE, NOUMEA]));
    assert.equal(listed.at(-1)?.status, 'done', 'the request already done comes after the open ones');
    // And the text is shown as text, tags and all
    assert.match(await planner.requestText(sent[KONE]?.[1] ?? 0), /Pas de 4G à la tribu <b>Netchaot<\/b>/);
    // And the map draws a dot for each of them, on the whole territory
    await planner.waitForMapRequests(all);
    assert.deepEqual(
      await planner.requestsDrawn(),
      [...all].sort((a, b) => a - b),
    );
    await planner.screenshot(results('requests-queue-planner.png'));
  });

  it('filters by commune, keeps the filter in the link, and answers from the list', async () => {
    const planner = await newDriver();
    await planner.openQueue();
    await planner.signIn(PLANNER.email, PLANNER.password);
    await planner.waitForQueue();
    // When the planner keeps Nouméa only
    await planner.filterByCommune(NOUMEA);
    // Then Koné's requests leave the list and the map, and the link says Nouméa
    await planner.waitForListed(sent[NOUMEA] ?? []);
    await planner.waitForMapRequests(sent[NOUMEA] ?? []);
    assert.equal(await planner.addressQuery(), `?commune=${NOUMEA}`);
    await planner.screenshot(results('requests-queue-filtered.png'));
    // And a reload of that link shows the same
    await planner.openQueue(`?commune=${NOUMEA}`);
    await planner.waitForQueue();
    await planner.waitForListed(sent[NOUMEA] ?? []);

    // When the planner answers Nouméa's request
    const [id] = sent[NOUMEA] ?? [];
    assert.ok(id);
    await planner.answerRequest(id, 'acknowledged', 'Une équipe passe jeudi.');
    // Then the list says so, and the server holds it
    assert.match(await planner.requestText(id), /Prise en compte[\s\S]*Réponse : Une équipe passe jeudi\./);
    const stored = (await planner.apiRequests(NOUMEA)).find((request) => request.id === id);
    assert.equal(stored?.status, 'acknowledged');
    assert.equal(stored?.answer, 'Une équipe passe jeudi.');
    await planner.screenshot(results('requests-queue-answered.png'));
  });

  it('flies the map to a request chosen in the list, and marks in the list a dot clicked', async () => {
    const planner = await newDriver();
    await planner.openQueue();
    await planner.signIn(PLANNER.email, PLANNER.password);
    await planner.waitForQueue();
    const [id] = sent[NOUMEA] ?? [];
    assert.ok(id);
    const before = await planner.mapCentre();
    // When the planner chooses Nouméa's request in the list
    await planner.chooseInList(id);
    // Then the map has come close to it, and rings it
    const after = await planner.mapCentre();
    assert.ok(after.zoom > before.zoom + 2, `the map did not zoom in (${before.zoom} → ${after.zoom})`);
    const request = (await planner.apiRequests(NOUMEA)).find((r) => r.id === id);
    assert.ok(request);
    assert.deepEqual(await planner.ringedRequests(), [id]);
    // When the planner goes back to all communes and clicks one of Koné's dots
    await planner.filterByCommune('');
    const [, kone] = sent[KONE] ?? [];
    assert.ok(kone);
    await planner.chooseInList(kone);
    await planner.clickOnMap(kone);
    assert.equal(await planner.chosenInList(), kone);
    assert.ok(await planner.inViewInList(kone), 'the chosen request is scrolled into view');
    await planner.screenshot(results('requests-queue-chosen.png'));
  });

  it("shows Koné's account its own requests only, with their answers, and no form", async () => {
    const commune = await newDriver();
    // Given Koné's account on /demandes, even with a link naming Nouméa
    await commune.openQueue(`?commune=${NOUMEA}`);
    await commune.signIn(KONE_ACCOUNT.email, KONE_ACCOUNT.password);
    await commune.waitForQueue();
    // Then it sees Koné's requests only, in the list and on the map, and no commune filter
    await commune.waitForListed(sent[KONE] ?? []);
    await commune.waitForMapRequests(sent[KONE] ?? []);
    assert.match(await commune.queueTitle(), /Koné/);
    assert.equal(await commune.communeFilters(), 0);
    // And it reads the answer given, without a form to change it
    assert.match(await commune.requestText(sent[KONE]?.[0] ?? 0), /Réponse : Réparée/);
    assert.equal(await commune.answerForms(), 0);
    await commune.screenshot(results('requests-queue-commune.png'));
  });

  it('puts the list under the map on a phone', async () => {
    const planner = await newDriver({ width: 390, height: 844 });
    await planner.openQueue();
    await planner.signIn(PLANNER.email, PLANNER.password);
    await planner.waitForQueue();
    const { map: mapBox, list: listBox } = await planner.queueLayout();
    assert.ok(listBox.top >= mapBox.bottom - 1, 'the list starts under the map');
    assert.ok(listBox.width > 350, 'the list takes the width of the phone');
    await planner.screenshot(results('requests-queue-phone.png'));
  });

  it('shows a comment on a project with its author, as text, to the commune and to planners', async () => {
    const [project] = (
      (await api(`/api/projects?commune=${KONE}`)) as { features: { properties: ApiProject }[] }
    ).features.map((feature) => feature.properties);
    assert.ok(project, 'Koné has no project in the sample');
    // Given Koné's account on one of Koné's projects
    const commune = await newDriver();
    await commune.openProject(KONE, project.id);
    await commune.signIn(KONE_ACCOUNT.email, KONE_ACCOUNT.password);
    await commune.waitForComments(0);
    // When it comments, with what looks like HTML
    const text = 'Tranchée à rouvrir <img src=x onerror=alert(1)> avant la pose';
    await commune.postComment(text);
    // Then the comment is listed with its author and date, its text as given, no element in it
    const [shown] = await commune.comments();
    assert.equal(shown?.text, text);
    assert.equal(shown?.elements, 0, 'the comment was read as HTML');
    assert.match(shown?.meta ?? '', /^mairie@kone\.nc, le \d/);
    await commune.showComments();
    await commune.screenshot(results('requests-queue-comment.png'));

    // And a planner reads it on the same project, with a form of its own
    const planner = await newDriver();
    await planner.openProject(KONE, project.id);
    await planner.signIn(PLANNER.email, PLANNER.password);
    await planner.waitForComments(1);
    assert.equal((await planner.comments())[0]?.text, text);
    assert.equal(await planner.commentForms(), 1);
  });

  it("gives Koné's account the comments of Nouméa's projects to read, without a form", async () => {
    const [project] = (
      (await api(`/api/projects?commune=${NOUMEA}`)) as { features: { properties: ApiProject }[] }
    ).features.map((feature) => feature.properties);
    assert.ok(project, 'Nouméa has no project in the sample');
    const commune = await newDriver();
    await commune.openProject(NOUMEA, project.id);
    await commune.signIn(KONE_ACCOUNT.email, KONE_ACCOUNT.password);
    await commune.waitForComments(0);
    assert.equal(await commune.commentForms(), 0);
  });
});
