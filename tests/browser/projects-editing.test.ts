// Communes keep their projects and raise requests, planners answer them (issue 10), in a real
// browser against the real app (embedded database with sample data): Koné's account changes a
// project of Koné and the server holds the new values; it gets no edit button on Nouméa's page;
// a write the server refuses (403) says why; a resident reports a problem from the public view,
// meets the hourly limit, and a planner finds the report on the commune's page and answers it.
import assert from 'node:assert/strict';
import { sql } from 'drizzle-orm';
import { afterEach, describe, it } from 'node:test';
import { createAccount } from '../../server/auth/accounts.ts';
import { useAppSession } from './app-session.ts';
import type { TestPage } from './playwright-helper.ts';
import type { ApiProject } from './commune-driver.ts';
import { ProjectEditingDriver } from './project-editing-driver.ts';

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
/** The middle of Koné's village, on land: where the resident's report is about. */
const KONE_VIEW = 'map=13/-21.06/164.86';
/** The browser reports each refused request as a console error: 403, 429, and 404 once deleted. */
const refusedRequest = /Failed to load resource: the server responded with a status of (403|404|429)/;

describe('editing projects and answering requests in a browser', { timeout: 300_000 }, () => {
  const session = useAppSession();
  const pages: TestPage[] = [];
  let accounts: Promise<unknown> | null = null;

  const newDriver = async () => {
    accounts ??= Promise.all([
      createAccount(session.app.db, { ...KONE_ACCOUNT, commune: KONE }),
      createAccount(session.app.db, { ...PLANNER, commune: null }),
    ]);
    await accounts;
    const page = await session.browser.newPage();
    pages.push(page);
    return new ProjectEditingDriver(page, session.app.url);
  };

  /** A commune's projects as the API gives them, asked from the test itself. */
  const projectsOf = async (insee: string) => {
    const response = await fetch(`${session.app.url}/api/projects?commune=${insee}`);
    const body = (await response.json()) as { features: { properties: ApiProject }[] };
    return body.features.map((feature) => feature.properties);
  };

  afterEach(async () => {
    for (const page of pages.splice(0)) {
      await page.close();
      assert.deepEqual(page.offOriginRequests, [], 'the page asked for something outside the app');
      assert.deepEqual(page.cspViolations, [], 'the page broke its Content-Security-Policy');
      assert.deepEqual(
        page.errors.filter((error) => !refusedRequest.test(error)),
        [],
        'the page logged errors',
      );
    }
  });

  it("lets Koné's account change a project of Koné, and the server holds the change", async () => {
    const commune = await newDriver();
    // Given Koné's account signed in on one of Koné's projects, not yet done
    const [project] = (await projectsOf(KONE)).filter((p) => p.status !== 'done');
    assert.ok(project, 'Koné has no project to edit in the sample');
    await commune.openProject(KONE, project.id);
    assert.equal(await commune.editButtons(), 0, 'a reader who is not signed in gets no edit button');
    await commune.signIn(KONE_ACCOUNT.email, KONE_ACCOUNT.password);
    await commune.startEditing();

    // When the title is emptied, the shared schema refuses before anything is sent, next to the field
    await commune.setField('Intitulé', '   ');
    await commune.save();
    assert.equal(await commune.fieldError('title'), 'must not be empty');

    // When the status and the planned end change, and the form is saved
    await commune.setField('Intitulé', project.title);
    await commune.chooseStatus('delayed');
    await commune.setField('Fin prévue', '2027-06-30');
    await commune.setField('Raison du retard', 'Attente du passage du câble sous la route');
    await commune.save();

    // Then the details show the new status, the page says it was saved, and the server holds it
    await commune.waitForDetailsSaying(project.id, 'Retardé');
    assert.match(await commune.detailNote(), /Projet enregistré \(version \d+\)/);
    const stored = await commune.apiProject(project.id);
    assert.equal(stored.status, 'delayed');
    assert.equal(stored.plannedEnd, '2027-06-30');
    assert.equal(stored.slippageReason, 'Attente du passage du câble sous la route');
    // And its history names the change and who made it
    await commune.waitForHistory(1);
    const [latest] = await commune.historyEntries();
    assert.match(latest ?? '', /Modification/);
    assert.match(latest ?? '', /mairie@kone\.nc/);
    assert.match(latest ?? '', /Statut : [^→]+ → Retardé/);
    assert.match(latest ?? '', /Fin prévue : [\d-]+ → 2027-06-30/);
    await commune.screenshot(results('projects-editing-saved.png'));
    await commune.showHistory();
    await commune.screenshot(results('projects-editing-history.png'));
  });

  it("lets Koné's account place a new project on its map, then delete it after saying yes", async () => {
    const commune = await newDriver();
    // Given Koné's account signed in on Koné's page
    await commune.openAddress(`/commune/${KONE}`);
    await commune.signIn(KONE_ACCOUNT.email, KONE_ACCOUNT.password);
    // When it places a new project in the middle of the map and fills its form
    await commune.placeNewProjectAtMapCentre();
    await commune.setField('Intitulé', 'Nouvelle antenne de la tribu de Netchaot');
    await commune.setField("Maître d'ouvrage", 'Mairie de Koné');
    await commune.chooseStatus('studies');
    await commune.save();
    // Then its details open, the page says it was created, and the server holds a point in Koné
    const id = await commune.openDetailsId();
    assert.match(await commune.detailNote(), new RegExp(`Projet n° ${id} créé`));
    const stored = await commune.apiProject(id);
    assert.equal(stored.title, 'Nouvelle antenne de la tribu de Netchaot');
    assert.equal(stored.communeInsee, KONE);
    assert.equal(stored.status, 'studies');
    await commune.screenshot(results('projects-editing-created.png'));

    // When it asks to delete it, and says no
    await commune.deleteOpenProject(false);
    // Then the project is still there
    assert.equal(await commune.apiProjectStatus(id), 200);
    // When it asks again, and says yes
    await commune.deleteOpenProject(true);
    // Then it is gone, and the page says so
    assert.equal(await commune.apiProjectStatus(id), 404);
    assert.match(await commune.barText(), /Projet « Nouvelle antenne de la tribu de Netchaot » supprimé/);
  });

  it("gives Koné's account no edit button on Nouméa's page, and says why", async () => {
    const commune = await newDriver();
    const [other] = await projectsOf(NOUMEA);
    assert.ok(other, 'Nouméa has no project in the sample');
    // Given Koné's account signed in, on one of Nouméa's projects
    await commune.openProject(NOUMEA, other.id);
    await commune.signIn(KONE_ACCOUNT.email, KONE_ACCOUNT.password);
    // Then it may read but finds no edit, delete or new-project button, and is told why
    await commune.waitForReadOnlyNote();
    assert.equal(await commune.editButtons(), 0);
    assert.match(await commune.barText(), /modifie les projets de sa commune seulement \(Koné\)/);
    // And the requests of Nouméa are not listed for it
    assert.equal(await commune.requestsSectionShown(), false);
    await commune.screenshot(results('projects-editing-other-commune.png'));
  });

  it('shows the reason of a refused write (403) in the form', async () => {
    const commune = await newDriver();
    const [, project] = await projectsOf(KONE);
    assert.ok(project, 'Koné has fewer than two projects in the sample');
    // Given Koné's account editing one of Koné's projects
    await commune.openProject(KONE, project.id);
    await commune.signIn(KONE_ACCOUNT.email, KONE_ACCOUNT.password);
    await commune.startEditing();
    // When, meanwhile, the project is moved to Nouméa (as a planner would), and the form is saved
    await session.app.db.rows(sql`UPDATE projects SET commune_insee = ${NOUMEA} WHERE id = ${project.id}`);
    await commune.chooseStatus('studies');
    await commune.save();
    // Then the form stays, and says in words that the server refused, and why
    const note = await commune.editorNote();
    assert.match(note, /Refusé : ce compte n'a pas le droit de modifier ce projet/);
    assert.match(note, new RegExp(`project ${project.id} is in commune ${NOUMEA}`));
    assert.equal(await commune.editorNoteRole(), 'alert');
    assert.equal((await commune.apiProject(project.id)).status, project.status, 'nothing was written');
    await commune.screenshot(results('projects-editing-refused.png'));
  });

  it('takes a report from the public, and a planner answers it on the commune page', async () => {
    const resident = await newDriver();
    // Given a resident on the public view, the map on Koné
    await resident.openReportForm(KONE_VIEW);
    assert.match(await resident.reportPlace(), /centre de la carte \(-21\.06000, 164\.86000\)/);
    // When an empty message is sent, the shared schema refuses it
    assert.match(await resident.sendReport(''), /must not be empty/);
    // When they describe the problem and send it
    const thanks = await resident.sendReport('Pas de 4G à la tribu de Netchaot depuis une semaine');
    // Then they are thanked, with the number of the report and the commune it went to
    assert.match(thanks, /Merci ! Votre signalement n° \d+ est enregistré pour la commune Koné/);
    await resident.screenshot(results('projects-editing-report.png'));
    // And past the hourly limit (5 from one connection), the form says so plainly
    for (let sent = 2; sent <= 5; sent += 1) {
      assert.match(await resident.sendReport(`Borne en panne, signalement ${sent}`), /Merci/);
    }
    assert.match(
      await resident.sendReport('Un sixième signalement'),
      /Trop de signalements.*Réessayez dans une heure/,
    );
    await resident.screenshot(results('projects-editing-too-many.png'));

    // Given a planner signed in on Koné's page
    const planner = await newDriver();
    await planner.openAddress(`/commune/${KONE}`);
    await planner.signIn(PLANNER.email, PLANNER.password);
    // Then the report is listed, new, with its place and its commune
    const id = await planner.findRequest('Pas de 4G à la tribu de Netchaot');
    const shown = await planner.requestText(id);
    assert.match(shown, /Nouvelle/);
    assert.match(shown, /Lieu : -21\.06000, 164\.86000 \(Koné\)/);
    assert.match(shown, /un habitant \(sans compte\)/);
    // When the planner answers it
    await planner.answerRequest(id, 'planned', 'Un relais 4G est prévu au premier semestre 2027.');
    // Then the list shows the answer, and the server holds it
    assert.match(await planner.requestText(id), /Planifiée[\s\S]*Réponse : Un relais 4G est prévu/);
    const stored = (await planner.apiRequests(KONE)).find((request) => request.id === id);
    assert.equal(stored?.status, 'planned');
    assert.equal(stored?.answer, 'Un relais 4G est prévu au premier semestre 2027.');
    await planner.scrollToRequest(id);
    await planner.screenshot(results('projects-editing-requests.png'));

    // And Koné's account reads the answer, without a form to change it
    const commune = await newDriver();
    await commune.openAddress(`/commune/${KONE}`);
    await commune.signIn(KONE_ACCOUNT.email, KONE_ACCOUNT.password);
    await commune.findRequest('Un relais 4G est prévu');
    assert.equal(await commune.answerForms(), 0);
  });
});
