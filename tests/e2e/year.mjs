// The coordinator's whole year in the hub, in headless Chromium, as the
// people who do it would: a coordinator whose region has no plan begins
// the jaarplan from the region page, adds a goal and changes its target,
// records a theme that is not addressed this year, adds a stuurgroep
// meeting and edits it, adds a measurement and corrects it, removes an
// action and undoes the removal, opens an approval round and extends its
// deadline; a stuurgroep member and a lezer read; a beheerder invites a
// directie for an institution chosen from the region's list, lowers a role
// and removes an account, each after a confirmation. Every page on the way
// passes axe-core (WCAG 2.1 AA) at 1280 px and at 390 px, never scrolls
// sideways on the phone, and every step's confirmation is in view.
//
//   node year.mjs VSOPRO WORK_DIR SCREENSHOT_DIR
import { join } from 'node:path';
import { rmSync, readFileSync } from 'node:fs';
import assert from 'node:assert/strict';
import { accessible } from './axe.mjs';
import {
  workspace, environment, dataRepository, freePort, command, inviter, startHub, launch, acceptInvitation,
} from './common.mjs';

const [vsopro, work, shots] = process.argv.slice(2);
const { data, state } = workspace(work, shots);
const env = environment(work);
const git = dataRepository(data, env, [['tests/fixtures/base', '.']]);
// Gorinchem has actions and schools, but no plan yet.
rmSync(join(data, 'regions/gorinchem/jaarplan.toml'));
git('commit', '-qam', 'Zonder jaarplan');

const port = await freePort();
const hubUrl = `http://127.0.0.1:${port}`;
const run = command(vsopro, env);
const invite = inviter(run, state, hubUrl);
const links = {
  gert: invite('gert@example.org', 'Gert de Vries', 'coordinator', '--region', 'gorinchem'),
  sam: invite('sam@example.org', 'Sam Stuur', 'stuurgroep', '--region', 'gorinchem'),
  lea: invite('lea@example.org', 'Lea Lezer', 'lezer'),
  bureau: invite('bureau@example.org', 'Landelijk Bureau', 'beheerder'),
};
const { hub } = await startHub(vsopro, env, { data, state, port, args: ['--public-url', hubUrl] });
const browser = await launch();
const plan = () => readFileSync(join(data, 'regions/gorinchem/jaarplan.toml'), 'utf8');

// The page passes axe at this width and, on a phone, neither scrolls
// sideways nor fails axe; a screenshot of each.
let shot = 0;
async function checked(page, what) {
  await accessible(page, what);
  const url = page.url();
  const phone = await page.context().newPage();
  await phone.setViewportSize({ width: 390, height: 844 });
  await phone.goto(url);
  const width = await phone.evaluate(() => document.documentElement.scrollWidth);
  assert.ok(width <= 390, `${what} is ${width}px wide on a 390px phone`);
  await accessible(phone, `${what} (phone)`);
  shot += 1;
  const name = `year-${String(shot).padStart(2, '0')}-${what.replace(/[^a-z0-9]+/gi, '-').toLowerCase()}`;
  await page.screenshot({ path: join(shots, `${name}.png`) });
  await phone.screenshot({ path: join(shots, `${name}-phone.png`) });
  await phone.close();
}

// The confirmation after a save: said, and in view where the page opened.
async function confirmed(page, words) {
  const flash = page.locator('.flash');
  assert.match(await flash.innerText(), words);
  assert.ok(await flash.isVisible(), 'the confirmation is shown');
  const box = await flash.boundingBox();
  assert.ok(box && box.y >= 0 && box.y < 900, `the confirmation is in view (y = ${box && box.y})`);
}

// A record's form, filled and saved: back on the region page.
async function save(page, fields) {
  for (const [name, value] of Object.entries(fields)) {
    const field = page.locator(`form.record-form [name="${name}"]`).first();
    const tag = await field.evaluate((e) => e.tagName.toLowerCase());
    if (tag === 'select') await field.selectOption(value);
    else await field.fill(value);
  }
  await Promise.all([page.waitForURL(/\/regio\/gorinchem\.html/), page.click('form.record-form button[type=submit]')]);
}

let failed = false;
try {
  // Gert lands on his region; it offers to begin the plan.
  const gert = await acceptInvitation(browser, links.gert, 'paard batterij nietje gert');
  assert.match(gert.url(), /\/regio\/gorinchem\.html$/);
  assert.match(await gert.locator('header .mine').innerText(), /Mijn regio: Gorinchem/);
  await checked(gert, 'region without a plan');
  await Promise.all([gert.waitForURL(/\/regio\/gorinchem\/jaarplan$/), gert.click('a#jaarplan')]);
  await checked(gert, 'begin the jaarplan');
  await save(gert, { title: 'Jaarplan Gorinchem 2026-2027', start: '2026-08-01', end: '2027-07-31' });
  await confirmed(gert, /Jaarplan/);
  assert.match(plan(), /title = "Jaarplan Gorinchem 2026-2027"/);

  // A goal with its target; then the target changed.
  await Promise.all([gert.waitForURL(/\/nieuw\/doel$/), gert.click('a[href$="/nieuw/doel"]')]);
  await checked(gert, 'new goal');
  await gert.locator('form.record-form input[name=themes][value=stageplaatsen]').check();
  await save(gert, { text: 'Twintig nieuwe stageplekken in de zorg', target: '20', unit: 'stageplekken' });
  await confirmed(gert, /Doel 'Twintig nieuwe stageplekken in de zorg' toegevoegd/);
  await gert.goto(`${hubUrl}/regio/gorinchem/doel/twintig-nieuwe-stageplekken-in-de-zorg`);
  await checked(gert, 'goal form');
  await save(gert, { target: '25' });
  await confirmed(gert, /gewijzigd: Streefwaarde/);
  assert.match(plan(), /target = 25/);

  // A theme not addressed this year, with its reason.
  await Promise.all([gert.waitForURL(/\/nieuw\/thema$/), gert.click('a[href$="/nieuw/thema"]')]);
  await checked(gert, 'theme not this year');
  await save(gert, { id: 'nieuwkomers', reason: 'Nieuwkomers gaan naar het ISK in Dordrecht.' });
  assert.match(plan(), /\[\[theme\]\]\nid = "nieuwkomers"\naddressed = false/);

  // A stuurgroep meeting, and then its notes completed in its own form.
  await gert.goto(`${hubUrl}/regio/gorinchem/nieuw/overleg`);
  await checked(gert, 'new meeting');
  await save(gert, { kind: 'stuurgroep', date: '2026-10-01', notes: 'Jaarplan besproken.' });
  await gert.goto(`${hubUrl}/regio/gorinchem/overleg/stuurgroep%2F2026-10-01`);
  assert.equal(await gert.locator('form.record-form [name=notes]').inputValue(), 'Jaarplan besproken.');
  await save(gert, { notes: 'Jaarplan besproken en vastgesteld.' });
  assert.match(plan(), /notes = "Jaarplan besproken en vastgesteld\."/);

  // A measurement of the goal, and then corrected.
  await gert.goto(`${hubUrl}/regio/gorinchem.html`);
  const measure = gert.locator('form#doel-twintig-nieuwe-stageplekken-in-de-zorg');
  await measure.locator('input[name=date]').fill('2026-11-01');
  await measure.locator('input[name=value]').fill('7');
  await Promise.all([gert.waitForURL(/\/regio\/gorinchem\.html/), measure.locator('button[type=submit]').click()]);
  await confirmed(gert, /Meting/);
  await gert.goto(`${hubUrl}/regio/gorinchem/meting/twintig-nieuwe-stageplekken-in-de-zorg%2F2026-11-01`);
  await checked(gert, 'measurement form');
  await save(gert, { value: '9', source: 'Telling stagebureau' });
  assert.match(plan(), /value = 9\nsource = "Telling stagebureau"/);

  // An action removed after the question; the page that follows is its
  // history, with the removal on top and a button to undo it.
  await gert.goto(`${hubUrl}/regio/gorinchem/actie/alles`);
  await Promise.all([gert.waitForURL(/\/verwijderen$/), gert.click('a.remove')]);
  await checked(gert, 'remove an action');
  await Promise.all([gert.waitForURL(/\/geschiedenis$/), gert.click('form.remove-form button[type=submit]')]);
  await confirmed(gert, /verwijderd/);
  await checked(gert, 'history after the removal');
  await gert.goto(`${hubUrl}/regio/gorinchem.html`);
  assert.equal(await gert.locator('#actie-alles').count(), 0);
  await gert.goto(`${hubUrl}/regio/gorinchem/wijzigingen`);
  await checked(gert, 'recent changes');
  const removal = gert.locator('li.change-removed').first();
  assert.match(await removal.innerText(), /Eén actie op alle zeven thema's/);
  await Promise.all([gert.waitForNavigation(), removal.locator('form.undo-form button').click()]);
  await confirmed(gert, /teruggezet/);
  await gert.goto(`${hubUrl}/regio/gorinchem.html`);
  assert.equal(await gert.locator('#actie-alles').count(), 1, 'the action is back');

  // The round: opened, then its deadline moved; the form to open is gone.
  await gert.goto(`${hubUrl}/regio/gorinchem/ronde`);
  await checked(gert, 'round before opening');
  await gert.fill('#field-deadline', '2026-12-31');
  await Promise.all([gert.waitForURL(/\/ronde/), gert.click('section.open-round button[type=submit]')]);
  assert.equal(await gert.locator('section.open-round').count(), 0, 'no second "open" form');
  await confirmed(gert, /./);
  await gert.fill('#field-new-deadline', '2027-01-15');
  await Promise.all([gert.waitForURL(/\/ronde/), gert.click('section.change-round form:first-of-type button[type=submit]')]);
  await confirmed(gert, /15 januari 2027/);
  await checked(gert, 'round open');
  assert.match(plan(), /deadline = 2027-01-15/);

  // The stuurgroep member and the lezer read: pages, no forms to change.
  const sam = await acceptInvitation(browser, links.sam, 'paard batterij nietje sam');
  assert.match(sam.url(), /\/regio\/gorinchem\.html$/);
  await checked(sam, 'region for the stuurgroep');
  // The stuurgroep records its meetings, and changes nothing else.
  const edits = await sam.locator('a.edit').evaluateAll((l) => l.map((a) => a.getAttribute('href')));
  assert.ok(edits.every((h) => /\/overleg\//.test(h)), edits.join(', '));
  const lea = await acceptInvitation(browser, links.lea, 'paard batterij nietje lea');
  await lea.goto(`${hubUrl}/regio/gorinchem.html`);
  await checked(lea, 'region for a lezer');
  assert.equal(await lea.locator('form').count(), 1, 'only the sign-out form');

  // The beheerder: a directie for an institution from the region's list;
  // a lower role and a removal, each confirmed first.
  const office = await acceptInvitation(browser, links.bureau, 'het landelijk bureau beheert');
  await office.goto(`${hubUrl}/beheer`);
  await checked(office, 'beheer');
  await office.fill('#field-email', 'dirk@example.org');
  await office.fill('#field-name', 'Dirk Directeur');
  await office.selectOption('#field-role', 'directie');
  await office.locator('form.hub-form input[name=region][value=gorinchem]').first().check();
  const institutions = office.locator('form.hub-form:has(input[value=add]) fieldset.institutions details', { hasText: 'Gorinchem' });
  await institutions.locator('summary').click();
  await institutions.locator('label', { hasText: 'Praktijkschool A' }).locator('input').check();
  await Promise.all([office.waitForNavigation(), office.click('form.hub-form:has(input[value=add]) button[type=submit]')]);
  const dirk = office.locator('table.accounts tr', { hasText: 'dirk@example.org' });
  assert.match(await dirk.innerText(), /directie[\s\S]*Gorinchem[\s\S]*Praktijkschool A/);
  await office.selectOption('#role-email', 'sam@example.org');
  await office.selectOption('#role-role', 'lezer');
  await Promise.all([office.waitForNavigation(), office.click('form.hub-form:has(input[value=role]) button[type=submit]')]);
  assert.match(await office.locator('#confirm').innerText(), /Sam Stuur van stuurgroep naar lezer/);
  await checked(office, 'confirm a lower role');
  await Promise.all([office.waitForNavigation(), office.click('#confirm button[type=submit]')]);
  assert.match(await office.locator('table.accounts tr', { hasText: 'sam@example.org' }).innerText(), /lezer/);
  const lea_row = office.locator('table.accounts tr', { hasText: 'lea@example.org' });
  await Promise.all([office.waitForNavigation(), lea_row.locator('button[value=remove]').click()]);
  assert.match(await office.locator('#confirm').innerText(), /account van Lea Lezer/);
  await Promise.all([office.waitForNavigation(), office.click('#confirm button[type=submit]')]);
  assert.equal(await office.locator('table.accounts tr', { hasText: 'lea@example.org' }).count(), 0);
  const audit = await office.locator('table.audit').innerText();
  assert.match(audit, /Landelijk Bureau nodigde Dirk Directeur uit als directie van Gorinchem/);
  assert.match(audit, /Landelijk Bureau maakte Sam Stuur lezer/);
  assert.match(audit, /Landelijk Bureau verwijderde het account van lea@example.org/);
  // Each edit in the words of its commit.
  assert.match(audit, /Gert de Vries in Gorinchem: Doel 'Twintig nieuwe stageplekken in de zorg' toegevoegd/);

  // Every change was a commit by the person who made it.
  const authors = git('log', '--format=%an', '-12').trim().split('\n');
  assert.ok(authors.slice(0, 10).every((a) => a === 'Gert de Vries'), authors.join(', '));
  console.log(`year: ${shot} pages checked at 1280 and 390 px`);
} catch (e) {
  failed = true;
  console.error(e);
} finally {
  await browser.close();
  hub.kill();
}
process.exit(failed ? 1 : 0);
