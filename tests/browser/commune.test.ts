// A commune's workspace (issue #4) in a real browser against the real app (embedded database with
// sample data): find Koné typed without its accent, its projects on the map and in the timeline,
// a project's details and its link, why a project slipped on hover and on focus, the works to
// coordinate, the report printed to an A4 PDF, English, a phone.
import assert from 'node:assert/strict';
import { afterEach, beforeEach, describe, it } from 'node:test';
import { CommuneDriver } from './commune-driver.ts';
import { readPdf, renderFirstPage } from './commune-report-pdf.ts';
import type { TestPage } from './playwright-helper.ts';
import { useAppSession } from './app-session.ts';

const results = (name: string) => new URL(`../../test-results/${name}`, import.meta.url).pathname;
const KONE = '98811';
const KONE_PATH = `/commune/${KONE}`;
/** A sample project whose start slipped, with a reason given: Zone FTTH Poindimié 03, late and under way. */
const SLIPPED = 43;
const SLIPPED_PATH = '/commune/98822';
const SLIPPED_TITLE = 'Déploiement fibre — Zone FTTH Poindimié 03';
const SLIPPED_REASON = 'Reprise des études après découverte de réseaux non cartographiés';

describe('a commune workspace in a browser', { timeout: 300_000 }, () => {
  const session = useAppSession();
  let page: TestPage;
  let commune: CommuneDriver;

  beforeEach(async () => {
    page = await session.browser.newPage();
    commune = new CommuneDriver(page, session.app.url);
  });

  afterEach(async () => {
    await page.close();
    assert.deepEqual(page.offOriginRequests, [], 'the page asked for something outside the app');
    assert.deepEqual(page.cspViolations, [], 'the page broke its Content-Security-Policy');
    assert.deepEqual(page.errors, [], 'the page logged errors');
  });

  it('lists the 33 communes by province, from the header', async () => {
    // Given the map
    // When "Communes" is chosen in the header
    await commune.openPickerFromHeader();
    // Then the picker has its own address and lists every commune under its province
    assert.equal(commune.path(), '/commune');
    const provinces = await commune.listedCommunes();
    assert.deepEqual(
      provinces.map(([province]) => province),
      ['Province Sud', 'Province Nord', 'Province des Îles Loyauté'],
    );
    assert.equal(provinces.flatMap(([, names]) => names).length, 33);
  });

  it('finds Koné typed without its accent, and opens its page framed on its projects', async () => {
    // Given the list of communes
    await commune.openPickerFromHeader();
    // When "kone" is typed
    await commune.search('Rechercher une commune', 'kone');
    // Then Koné alone is listed, under the North Province
    assert.deepEqual(await commune.listedCommunes(), [['Province Nord', ['Koné']]]);
    // When it is chosen
    await commune.chooseCommune('Koné');
    // Then its page has its own address, its name, province and population
    assert.equal(commune.path(), KONE_PATH);
    assert.equal(await commune.pageTitle(), 'Koné');
    assert.match(await commune.headerFacts(), /Province Nord · 8\s144 habitants/);
    // And every one of its projects is drawn on the map and has its row in the timeline
    const projects = await commune.apiProjects(KONE);
    assert.ok(projects.length > 0, 'Koné has no project in the sample');
    assert.deepEqual(
      await commune.projectsOnMap(),
      projects.map((project) => project.id).sort((a, b) => a - b),
    );
    assert.deepEqual(
      [...(await commune.timelineTitles())].sort(),
      projects.map((project) => project.title).sort(),
    );
  });

  it('finds a name of several words typed with hyphens and no accents', async () => {
    await commune.openAddress('/commune');
    await commune.search('Rechercher une commune', 'ile-des-pins');
    assert.deepEqual(await commune.listedCommunes(), [['Province Sud', ['Île des Pins']]]);
  });

  it('opens a project from the timeline: its details, its link, the map ringing it', async () => {
    // Given Poindimié's page
    await commune.openAddress(SLIPPED_PATH);
    // When a project's title is clicked in the timeline
    await commune.openFromTimeline(SLIPPED);
    // Then its details show its title and every attribute in words, the feature it builds named
    assert.equal(await commune.detailsTitle(), SLIPPED_TITLE);
    const details = await commune.details();
    assert.equal(details['Statut'], 'Retardé');
    assert.equal(details["Maître d'ouvrage"], 'Opérateur télécom et postal');
    assert.equal(details['Raison du retard'], SLIPPED_REASON);
    assert.equal(details['Ouvrage concerné'], 'Fibre : zones de déploiement — Zone FTTH Poindimié 03');
    assert.match(details['Décalage du début'] ?? '', /^27 jours de retard/);
    // And the link names it, the map rings it, and the keyboard is in the details
    assert.equal(commune.urlState().get('project'), String(SLIPPED));
    assert.deepEqual(await commune.ringedAsOpen(), [SLIPPED]);
    assert.equal(await commune.focusedText(), SLIPPED_TITLE);
    // When Escape is pressed, the details close and the link forgets the project
    await commune.closeDetailsWithEscape();
    assert.equal(commune.urlState().get('project'), null);
  });

  it('opens a project from its link', async () => {
    // When the project's link is followed
    await commune.openAddress(`${SLIPPED_PATH}#project=${SLIPPED}`);
    await commune.waitForDetails(SLIPPED);
    // Then its details are open
    assert.equal(await commune.detailsTitle(), SLIPPED_TITLE);
  });

  it('gives the reason for a slip on hover and on keyboard focus, and in words for screen readers', async () => {
    // Given Poindimié's page
    await commune.openAddress(SLIPPED_PATH);
    const reason = SLIPPED_REASON;
    // When the pointer rests on a slip badge, its reason shows
    assert.match(await commune.hoverSlip(SLIPPED), new RegExp(reason));
    await commune.pointAway();
    assert.equal(await commune.tooltipsShown(), 0);
    // When the keyboard reaches it, too; Escape hides it
    assert.match(await commune.tabToSlip(SLIPPED), new RegExp(reason));
    await commune.pressEscape();
    assert.equal(await commune.tooltipsShown(), 0);
    // And the row says its calendar in words
    const words = await commune.timelineRowText(SLIPPED);
    assert.match(words, /^Prévu : 27 mars\s–\s27 août 2026\. Commencé le 23 avr\. 2026, en cours\./);
    assert.match(words, new RegExp(`Raison : ${reason}`));
  });

  it('filters the projects by status, on the map and in the list alike', async () => {
    // Given Poindimié's page with every project
    await commune.openAddress(SLIPPED_PATH);
    const projects = await commune.apiProjects(SLIPPED_PATH.slice(-5));
    // When only delayed projects are left ticked
    for (const status of ['planned', 'studies', 'works', 'done', 'cancelled']) {
      await commune.setStatusShown(status, false);
    }
    // Then the list, the timeline and the map show those alone
    const delayed = projects.filter((project) => project.status === 'delayed');
    assert.ok(delayed.length > 0);
    assert.deepEqual((await commune.listedProjects()).sort(), delayed.map((p) => p.title).sort());
    assert.equal((await commune.timelineTitles()).length, delayed.length);
    assert.deepEqual(
      await commune.projectsOnMap(),
      delayed.map((p) => p.id).sort((a, b) => a - b),
    );
  });

  it('keeps its filters and its coordination distance in the link, across a reload', async () => {
    // Given Koné's page
    await commune.openAddress(KONE_PATH);
    // When the finished and cancelled projects are hidden, fibre works alone chosen, and works
    // within 250 m proposed for coordination
    await commune.setStatusShown('done', false);
    await commune.setStatusShown('cancelled', false);
    await commune.chooseKind('fibre_works');
    await commune.chooseCoordinationDistance(250);
    const listed = await commune.listedProjects();
    // Then the link says so
    assert.equal(commune.urlState().get('status'), 'planned,studies,works,delayed');
    assert.equal(commune.urlState().get('kind'), 'fibre_works');
    assert.equal(commune.urlState().get('distance'), '250');
    // And when the page is reloaded, it shows the same choices and the same projects
    await commune.reload();
    assert.deepEqual(await commune.filtersShown(), {
      statuses: ['planned', 'studies', 'works', 'delayed'],
      kind: 'fibre_works',
      distance: '250',
    });
    assert.deepEqual(await commune.listedProjects(), listed);
  });

  it('lists works that could share a trench, and frames a pair on the map', async () => {
    // Given Koné's page
    await commune.openAddress(KONE_PATH);
    // Then pairs of works are listed with their distance, shared period and both organisations
    const pairs = await commune.coordinationPairs();
    assert.ok(pairs.length > 0, 'no works to coordinate in Koné');
    assert.match(pairs[0] ?? '', /Distance : \d+ m · période commune : /);
    assert.match(pairs[0] ?? '', /Opérateur télécom et postal/);
    // When the first pair is chosen
    const [a, b] = await commune.choosePair(0);
    // Then both are ringed on the map, and both are in view
    assert.deepEqual(
      await commune.ringedAsPair(),
      [a, b].sort((x, y) => x - y),
    );
    assert.equal(await commune.projectsInView([a, b]), true);
  });

  it('prints an A4 report with the commune, its projects and a picture of the map', async () => {
    // Given Koné's page
    await commune.openAddress(KONE_PATH);
    const projects = await commune.apiProjects(KONE);
    // Then the report holds a picture of the map that is not blank
    assert.ok((await commune.reportMapColours()) > 20, 'the picture of the map is blank');
    await commune.screenshot(results('commune.png'));
    // When it is printed to PDF with Chromium
    const bytes = await commune.printToPdf(results('commune-report.pdf'));
    await renderFirstPage(bytes, results('commune-report.png'));
    // Then it is A4 and says the commune, the sample-data notice and every project's title
    const pdf = await readPdf(bytes);
    assert.deepEqual(pdf.pageSize, [595, 842]);
    assert.match(pdf.text, /Koné/);
    assert.match(pdf.text, /Imprimé le/);
    assert.match(pdf.text, /Données d'exemple/);
    for (const project of projects)
      assert.ok(pdf.text.includes(project.title), `"${project.title}" not printed`);
    // And nothing of the screen's controls
    assert.doesNotMatch(pdf.text, /Imprimer le rapport|Toutes les communes|Rechercher/);
  });

  it('prints the whole commune, not the project open, with a scale bar and a north arrow', async () => {
    // Given Poindimié's page with a project opened from the timeline, the map framed on that project
    await commune.openAddress(SLIPPED_PATH);
    const communeView = await commune.view();
    await commune.openFromTimeline(SLIPPED);
    const before = await commune.view();
    assert.ok(before.zoom > communeView.zoom + 1, 'the map is not framed on the project');
    // When the report is printed with the page's button
    await commune.pressPrint();
    // Then the screen's map is back where the reader had it
    await commune.waitUntilIdle();
    assert.deepEqual(await commune.view(), before);
    const bytes = await commune.printToPdf(results('commune-report-project-open.pdf'));
    await renderFirstPage(bytes, results('commune-report-project-open.png'));
    // And the report's picture holds the whole commune's bounding box
    const picture = await commune.reportPicture();
    const [west, south, east, north] = await commune.apiCommuneBbox(SLIPPED_PATH.slice(-5));
    const [left, bottom, right, top] = picture.bounds;
    assert.ok(
      left! <= west! && bottom! <= south! && right! >= east! && top! >= north!,
      `the picture shows ${picture.bounds.join(',')}, not all of ${[west, south, east, north].join(',')}`,
    );
    // And a scale bar and a north arrow are drawn over it, on paper too
    assert.match(picture.scale, /^\d+ (km|m)$/);
    assert.equal(picture.north, 'Nord');
    const pdf = await readPdf(bytes);
    assert.ok(pdf.text.includes(picture.scale), `the scale "${picture.scale}" is not printed`);
  });

  it('speaks English', async () => {
    // Given Koné's page in French
    await commune.openAddress(KONE_PATH);
    // When English is chosen
    await commune.switchLanguage('en');
    // Then the page speaks English and the link remembers it
    assert.deepEqual(await commune.sectionTitles(), [
      'Project calendar',
      'List of projects',
      'Works to coordinate',
      'Key figures',
      'Embed the map in a website',
    ]);
    assert.match(await commune.headerFacts(), /North Province · 8,144 inhabitants/);
    assert.equal(commune.urlState().get('lang'), 'en');
  });

  it('gives a phone the map and the panel, every control big enough for a finger', async () => {
    // Given a phone-sized screen
    await page.close();
    page = await session.browser.newPage({ width: 390, height: 844 });
    commune = new CommuneDriver(page, session.app.url);
    // When Poindimié's page opens, with a project's details
    await commune.openAddress(`${SLIPPED_PATH}#project=${SLIPPED}`);
    await commune.waitForDetails(SLIPPED);
    // Then its projects are drawn, and no control is under 44 px high
    assert.ok((await commune.projectsOnMap()).length > 0);
    assert.deepEqual(await commune.smallTouchTargets(44), []);
  });
});
