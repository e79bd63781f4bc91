// The workbench in headless Chromium: opens the link `vsopro serve` prints,
// marks an action done through its form, sees the page say so and finds the
// commit in `git log`; adds an action through its form; sees a bad BRIN
// refused beside its field; saves screenshots.
//
//   node workbench.mjs VSOPRO DATA_DIR SCREENSHOT_DIR
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { mkdirSync } from 'node:fs';
import assert from 'node:assert/strict';
import { startWorkbench, launch } from './common.mjs';

const [vsopro, data, shots] = process.argv.slice(2);
mkdirSync(shots, { recursive: true });

const env = {
  ...process.env,
  GIT_AUTHOR_NAME: 'Coördinator Test', GIT_AUTHOR_EMAIL: 'coordinator@example.org',
  GIT_COMMITTER_NAME: 'Coördinator Test', GIT_COMMITTER_EMAIL: 'coordinator@example.org',
  GIT_CONFIG_GLOBAL: '/dev/null', GIT_CONFIG_NOSYSTEM: '1',
};
const { server, link } = await startWorkbench(vsopro, env, { data });
const browser = await launch();
try {
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  await page.goto(link);
  // The token became a cookie and left the address bar.
  assert.ok(!page.url().includes('token='), `the token leaves the URL: ${page.url()}`);
  assert.match(await page.locator('header .workbench').innerText(), /Werkbank/);

  await page.goto(new URL('/regio/midden-holland.html', link).href);
  const item = page.locator('#actie-stagebank-techniek');
  assert.match(await item.locator('.status').innerText(), /lopend/);
  await page.screenshot({ path: join(shots, 'workbench-region.png') });
  await item.locator('select[name=status]').selectOption('done');
  await Promise.all([page.waitForURL(/midden-holland\.html#actie-stagebank-techniek$/), item.locator('button').click()]);

  const flash = await page.locator('.flash').innerText();
  assert.match(flash, /Opgeslagen en vastgelegd op uw naam: Actie 'Gezamenlijke stagebank techniek met het…' afgerond/);
  assert.match(await page.locator('#actie-stagebank-techniek .status').innerText(), /afgerond/);
  await page.evaluate(() => window.scrollTo(0, 0));
  await page.screenshot({ path: join(shots, 'workbench-saved.png') });

  const log = execFileSync('git', ['-C', data, 'log', '-1', '--format=%an: %s', '--name-only'], { env, encoding: 'utf8' });
  assert.equal(log, "Coördinator Test: Actie 'Gezamenlijke stagebank techniek met het…' afgerond\n\nregions/midden-holland/actions.toml\n");
  // A new action through its form: the link under the knelpunten, a title,
  // a theme, a status; the page says so and git has the commit.
  await page.locator('a', { hasText: '+ Actie toevoegen' }).click();
  await page.waitForURL(/\/regio\/midden-holland\/nieuw\/actie$/);
  assert.equal(await page.locator('h1').innerText(), 'Actie toevoegen');
  await page.fill('#field-title', 'Werkgeversontbijt in Gouda');
  await page.check('input[name=themes][value=stageplaatsen]');
  await page.selectOption('#field-status', 'planned');
  await page.selectOption('#field-schools', ['pro-goudse-hoeve', 'vso-de-brug']);
  await page.fill('#field-due', '2027-02-15');
  await page.screenshot({ path: join(shots, 'workbench-form.png'), fullPage: true });
  await Promise.all([page.waitForURL(/midden-holland\.html#actie-werkgeversontbijt-in-gouda$/), page.click('form.record-form button[type=submit]')]);
  assert.match(await page.locator('.flash').innerText(), /Actie 'Werkgeversontbijt in Gouda' toegevoegd/);
  assert.match(await page.locator('#actie-werkgeversontbijt-in-gouda').innerText(), /Werkgeversontbijt in Gouda/);
  const added = execFileSync('git', ['-C', data, 'log', '-1', '--format=%s'], { env, encoding: 'utf8' });
  assert.equal(added, "Actie 'Werkgeversontbijt in Gouda' toegevoegd\n");

  // A school's BRIN that is none: the form comes back with the diagnostic
  // beside the field, and nothing is written.
  const schools = execFileSync('git', ['-C', data, 'show', 'HEAD:regions/midden-holland/schools.toml'], { encoding: 'utf8' });
  await page.goto(new URL('/regio/midden-holland/school/vso-de-brug', link).href);
  await page.fill('#field-brin', 'XYZ');
  await page.click('form.record-form button[type=submit]');
  await page.waitForSelector('#error-brin');
  assert.match(await page.locator('#error-brin').innerText(), /Vul de BRIN in als 2 cijfers en 2 letters/);
  assert.equal(await page.locator('#field-brin').inputValue(), 'XYZ');
  assert.equal(await page.locator('#field-brin').getAttribute('aria-invalid'), 'true');
  await page.locator('#field-brin').scrollIntoViewIfNeeded();
  await page.screenshot({ path: join(shots, 'workbench-refused.png') });
  const { readFileSync } = await import('node:fs');
  assert.equal(readFileSync(join(data, 'regions/midden-holland/schools.toml'), 'utf8'), schools);

  // Uitstroom figures of a school and year: the link under Uitstroom, the
  // school chosen, counts typed; figures that add up to more than the
  // leavers come back beside the field, the right ones are committed.
  await page.goto(new URL('/regio/midden-holland.html', link).href);
  await page.locator('a', { hasText: '+ Uitstroomcijfers invullen' }).click();
  await page.waitForURL(/\/regio\/midden-holland\/uitstroom$/);
  assert.equal(await page.locator('h1').innerText(), 'Uitstroomcijfers invullen');
  await page.selectOption('#field-school', 'pro-waddinxveen');
  await page.fill('#field-year', '2025-2026');
  await page.fill('#field-leavers', '30');
  await page.fill('#field-werk', '20');
  await page.fill('#field-mbo_entree', '15');
  await page.click('form.record-form button[type=submit]');
  await page.waitForSelector('#error-leavers');
  assert.match(await page.locator('#error-leavers').innerText(), /Tel de bestemmingen na: samen zijn ze hooguit het aantal uitstromers/);
  assert.equal(await page.locator('#field-werk').inputValue(), '20');
  await page.fill('#field-mbo_entree', '10');
  await Promise.all([page.waitForURL(/midden-holland\.html#uitstroom$/), page.click('form.record-form button[type=submit]')]);
  assert.match(await page.locator('.flash').innerText(), /Uitstroom 2025-2026 van Praktijkcollege Waddinxveen vastgelegd/);
  assert.match(await page.locator('.outcome-forms').innerText(), /Praktijkcollege Waddinxveen, 2025-2026/);

  console.log(`workbench ok: ${link.replace(/token=\w+/, 'token=…')}; marked stagebank-techniek done; added an action; a bad BRIN refused beside its field; uitstroom entered through its form; ${log.split('\n')[0]}`);
} finally {
  await browser.close();
  server.kill();
}
