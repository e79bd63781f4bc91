// The directies' approval round in the hub, in headless Chromium: the
// coordinator opens a round; three directors (separate accounts, each for
// their own institution) land on it when they sign in and vote; the
// coordinator changes a goal (through git, as a sync brings it); the
// earlier votes show as on an older version and no longer count; the
// directors vote again; the quorum is reached and the plan shows as
// approved with the list. Each vote's commit has its director as author;
// the PDF's approval block lists them. The round's page passes axe-core and
// fits a phone (390 px); a director cannot vote for another's institution.
//
//   node round.mjs VSOPRO WORK_DIR SCREENSHOT_DIR
import { join } from 'node:path';
import { execFileSync } from 'node:child_process';
import { writeFileSync, readFileSync, appendFileSync } from 'node:fs';
import assert from 'node:assert/strict';
import { accessible } from './axe.mjs';
import {
  workspace, environment, dataRepository, freePort, command, inviter, startHub, launch, acceptInvitation,
} from './common.mjs';

const [vsopro, work, shots] = process.argv.slice(2);
const { data, state } = workspace(work, shots);
const env = environment(work);
// Three institutions: two locations of 12AB count as one. All must agree.
const git = dataRepository(data, env, [['tests/fixtures/base', '.']]);
const schools = join(data, 'regions/gorinchem/schools.toml');
writeFileSync(schools, readFileSync(schools, 'utf8').replace('id = "pro-a"\n', 'id = "pro-a"\nbrin = "12AB00"\n'));
appendFileSync(schools, '\n[[school]]\nid = "pro-c"\nbrin = "12AB01"\nname = "Praktijkschool A, locatie Noord"\nkind = "pro"\nmunicipality = "Gorinchem"\n'
  + '\n[[school]]\nid = "vso-d"\nbrin = "34CD00"\nname = "VSO D"\nkind = "vso"\ncluster = 4\nmunicipality = "Gorinchem"\n');
writeFileSync(join(data, 'vsopro.toml'), '[approval]\nquorum = "allen"\n');
git('add', '-A');
git('commit', '-qm', 'Drie instellingen');

const port = await freePort();
const hubUrl = `http://127.0.0.1:${port}`;
const run = command(vsopro, env);
const invitation = inviter(run, state, hubUrl);
const invite = (email, name, role, ...extra) => invitation(email, name, role, '--region', 'gorinchem', ...extra);
const people = {
  coordinator: ['cora@example.org', 'Cora Coördinator', invite('cora@example.org', 'Cora Coördinator', 'coordinator')],
  anna: ['anna@example.org', 'Anna de Vries', invite('anna@example.org', 'Anna de Vries', 'directie', '--institution', '12AB')],
  bert: ['bert@example.org', 'Bert Jansen', invite('bert@example.org', 'Bert Jansen', 'directie', '--institution', 'vso-b')],
  carla: ['carla@example.org', 'Carla Smit', invite('carla@example.org', 'Carla Smit', 'directie', '--institution', 'vso-d')],
};

const { hub } = await startHub(vsopro, env, { data, state, port, args: ['--public-url', hubUrl] });
const browser = await launch();

// A person's own browser: the invitation's password, then signed in.
const pages = {};
async function signIn(who, width = 1280) {
  const page = await acceptInvitation(browser, people[who][2], `paard batterij nietje ${who}`, { width });
  pages[who] = page;
  return page;
}

async function vote(who, decision, comment) {
  const page = pages[who];
  await page.goto(`${hubUrl}/regio/gorinchem/ronde`);
  const form = page.locator('form.vote-form');
  await form.locator('input[name=function]').fill('directeur');
  if (comment) await form.locator('textarea[name=comment]').fill(comment);
  await Promise.all([page.waitForURL(/\/regio\/gorinchem\/ronde$/),
    form.locator(`button[value=${decision}]`).click()]);
  return page;
}

const state_ = async (page) => page.locator('#stand').innerText();
let failed = false;
try {
  // The coordinator opens the round on its page.
  const cora = await signIn('coordinator');
  await cora.goto(`${hubUrl}/regio/gorinchem.html`);
  await Promise.all([cora.waitForURL(/\/ronde$/), cora.locator('a', { hasText: 'Accorderingsronde' }).first().click()]);
  await accessible(cora, "the round's page for the coordinator");
  await cora.fill('#field-message', 'Graag voor de vergadering.');
  await Promise.all([cora.waitForURL(/\/ronde$/), cora.click('section.open-round button[type=submit]')]);
  assert.match(await state_(cora), /0 van 3 instellingen akkoord, 3 nog niet; allen is 3: ter accordering tot en met/);

  // Each director lands on the round when they sign in.
  const anna = await signIn('anna');
  assert.match(anna.url(), /\/regio\/gorinchem\/ronde$/);
  assert.match(await anna.locator('.round-due').innerText(), /Ter accordering: Jaarplan, uiterlijk/);
  await accessible(anna, "the round's page for a director");
  await anna.screenshot({ path: join(shots, 'round-director.png'), fullPage: true });
  // A director votes for their own institution only: another's is refused.
  const csrf = await anna.locator('form.vote-form input[name=csrf]').getAttribute('value');
  const fingerprint = await anna.locator('form.vote-form input[name=fingerprint]').getAttribute('value');
  const forged = await anna.request.post(`${hubUrl}/regio/gorinchem/ronde`, {
    form: { csrf, action: 'vote', institution: 'vso-b', fingerprint, function: 'directeur', decision: 'akkoord' },
    headers: { Origin: hubUrl },
  });
  assert.equal(forged.status(), 403, 'a vote for another institution is refused');
  // Nor may a director open a round.
  const opened = await anna.request.post(`${hubUrl}/regio/gorinchem/ronde`, {
    form: { csrf, action: 'open', deadline: '2027-01-01' }, headers: { Origin: hubUrl },
  });
  assert.equal(opened.status(), 403, 'a director cannot open a round');

  await vote('anna', 'akkoord');
  assert.match(await anna.locator('.vote-current').innerText(), /Uw stem: akkoord op/);
  const bert = await signIn('bert');
  // "Niet akkoord" asks for a comment.
  await bert.locator('form.vote-form input[name=function]').fill('directeur');
  await Promise.all([bert.waitForURL(/\/ronde$/), bert.locator('form.vote-form button[value=niet-akkoord]').click()]);
  assert.match(await bert.locator('.form-problems').innerText(), /heeft een toelichting nodig/);
  await vote('bert', 'akkoord');
  assert.match(await state_(bert), /2 van 3 instellingen akkoord, 1 nog niet/);

  // The coordinator changes a goal: Anna's and Bert's votes are on an
  // earlier version and no longer count.
  const plan = join(data, 'regions/gorinchem/jaarplan.toml');
  writeFileSync(plan, readFileSync(plan, 'utf8').replace('text = "Meer stageplekken"', 'text = "Meer stageplekken in de zorg"'));
  git('commit', '-qam', 'Doel aangescherpt');
  await anna.goto(`${hubUrl}/regio/gorinchem/ronde`);
  assert.match(await anna.locator('.vote-earlier').innerText(), /die stem telt niet meer; stem opnieuw/);
  // What changed, in words: the goal by its text, the field before → after.
  assert.match(await anna.locator('.round-since-vote').innerText(),
    /Doel 'Meer stageplekken in de zorg' gewijzigd\s*Doel: Meer stageplekken → Meer stageplekken in de zorg/);
  // Bert's page was made before the change: his vote is refused, not counted.
  await bert.locator('form.vote-form input[name=function]').fill('directeur');
  await Promise.all([bert.waitForURL(/\/ronde$/), bert.locator('form.vote-form button[value=akkoord]').click()]);
  assert.match(await bert.locator('.form-problems').innerText(), /Het plan is veranderd sinds u deze pagina opende/);

  await signIn('carla', 390);
  const carla = pages.carla;
  const width = await carla.evaluate(() => document.documentElement.scrollWidth);
  assert.ok(width <= 390, `the round's page is ${width}px wide on a 390px phone`);
  await carla.screenshot({ path: join(shots, 'round-phone.png'), fullPage: true });
  await vote('carla', 'akkoord');
  assert.match(await state_(carla), /1 van 3 instellingen akkoord, 2 op een eerdere versie; allen is 3/);
  await vote('anna', 'akkoord');
  await vote('bert', 'akkoord');
  assert.match(await state_(bert), /3 van 3 instellingen akkoord; allen is 3: geaccordeerd op/);

  // The plan shows as approved, with the list.
  await cora.goto(`${hubUrl}/regio/gorinchem.html`);
  assert.match(await cora.locator('#ronde').innerText(), /3 van 3 instellingen akkoord; allen is 3: geaccordeerd op/);
  await cora.goto(`${hubUrl}/regio/gorinchem/ronde`);
  const table = await cora.locator('.round-table').innerText();
  for (const name of ['Anna de Vries', 'Bert Jansen', 'Carla Smit']) assert.match(table, new RegExp(name));
  // The history: every vote, the ones on the earlier version marked.
  const history = await cora.locator('.round-history li').allTextContents();
  assert.equal(history.length, 5, history.join('\n'));
  assert.equal(history.filter((l) => /eerdere versie: telt niet/.test(l)).length, 2, history.join('\n'));

  // Each vote one commit, by its director.
  const log = git('log', '--format=%an|%s', '-6').trim().split('\n');
  assert.deepEqual(log.map((l) => l.split('|')[0]),
    ['Bert Jansen', 'Anna de Vries', 'Carla Smit', 'CI', 'Bert Jansen', 'Anna de Vries']);
  assert.match(log[0], /Stem van Bert Jansen \(VSO B\): akkoord op versie/);
  assert.match(git('tag'), /jaarplan-gorinchem-/);
  assert.match(readFileSync(plan, 'utf8'), /status = "approved"[\s\S]*approvers = \["pro-a", "vso-b", "vso-d"\]/);

  // The PDF's approval block lists them.
  const pdf = await cora.request.get(`${hubUrl}/regio/gorinchem/ronde/jaarplan.pdf`);
  assert.equal(pdf.status(), 200);
  const pdfFile = join(work, 'jaarplan.pdf');
  writeFileSync(pdfFile, await pdf.body());
  const text = execFileSync('pdftotext', ['-layout', pdfFile, '-'], { encoding: 'utf8' });
  for (const name of ['Anna de Vries', 'Bert Jansen', 'Carla Smit', 'Accordering door de directies']) {
    assert.match(text, new RegExp(name), `the PDF names ${name}`);
  }
  assert.doesNotMatch(text, /Concept ter accordering/, 'an approved plan is no draft');
  console.log('round ok: opened, three directors voted, a goal changed, votes on the earlier version stopped counting, voted again, approved; commits by each director; PDF lists them; axe clean; phone width ok');
} catch (e) {
  failed = true;
  console.error(e);
} finally {
  await browser.close();
  hub.kill();
}
process.exit(failed ? 1 : 0);
