// The hub behind a real Caddy (Debian's package, `tls internal`) in
// headless Chromium over HTTPS: an invited coordinator sets a password,
// signs in, marks an action done, sees it recorded, and git has the commit
// with their name; a form saved after someone changed its record shows their
// change beside the field; another region's form is refused; a lezer sees no
// form; the beheerder's page; sign-out ends the session; after ten wrong
// passwords the eleventh is refused at once. Every page
// passes axe-core at WCAG 2.1 AA, and the sign-in and region pages fit a
// phone (390 px).
//
//   node hub.mjs VSOPRO WORK_DIR SCREENSHOT_DIR
import { spawn, execFileSync } from 'node:child_process';
import { createInterface } from 'node:readline';
import { join } from 'node:path';
import { writeFileSync } from 'node:fs';
import assert from 'node:assert/strict';
import { accessible } from './axe.mjs';
import { workspace, environment, dataRepository, command, inviter, startHub, launch } from './common.mjs';

const [vsopro, work, shots] = process.argv.slice(2);
const { data, state } = workspace(work, shots);
const env = environment(work);
const git = dataRepository(data, env, [['examples', '.'], ['tests/fixtures/base/regions/gorinchem', 'regions/gorinchem']]);

const port = 18443;
const publicUrl = `https://localhost:${port}`;
const run = command(vsopro, env);
const invitation = inviter(run, state, publicUrl);
const invite = (email, name, role, ...regions) =>
  invitation(email, name, role, ...regions.flatMap((r) => ['--region', r]));
const coordinatorLink = invite('anna@example.org', 'Anna Jansen', 'coordinator', 'midden-holland');
const readerLink = invite('lea@example.org', 'Lea Lezer', 'lezer');
const beheerderLink = invite('bureau@example.org', 'Landelijk bureau', 'beheerder');

const started = [];
const { hub, address: upstream } = await startHub(vsopro, env, {
  data, state, args: ['--public-url', publicUrl, '--trusted-proxy', '127.0.0.1'],
});
started.push(hub);
const caddyfile = join(work, 'Caddyfile');
writeFileSync(caddyfile, `{
\tadmin off
\tauto_https disable_redirects
\tskip_install_trust
\tstorage file_system ${join(work, 'caddy')}
}
https://localhost:${port} {
\ttls internal
\treverse_proxy ${upstream}
}
`);
const caddy = spawn('caddy', ['run', '--config', caddyfile, '--adapter', 'caddyfile'],
  { env, stdio: ['ignore', 'ignore', 'pipe'] });
started.push(caddy);
await new Promise((resolve, reject) => {
  const lines = createInterface({ input: caddy.stderr });
  lines.on('line', (l) => { if (/serving initial configuration|server running/.test(l)) resolve(); });
  caddy.on('exit', (code) => reject(new Error(`caddy ended (${code})`)));
});

const browser = await launch();


// Fits a phone: nothing wider than the screen.
async function fitsPhone(context, url, what) {
  const phone = await context.newPage();
  await phone.setViewportSize({ width: 390, height: 844 });
  await phone.goto(url);
  const width = await phone.evaluate(() => document.documentElement.scrollWidth);
  assert.ok(width <= 390, `${what} is ${width}px wide on a 390px phone`);
  await phone.screenshot({ path: join(shots, `hub-phone-${what}.png`) });
  await phone.close();
}

try {
  const context = await browser.newContext({ ignoreHTTPSErrors: true, bypassCSP: true, viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  // The invitation: a password, and signed in.
  await page.goto(coordinatorLink);
  assert.equal(new URL(page.url()).protocol, 'https:');
  await accessible(page, 'the invitation page');
  await page.fill('#field-password', 'paard batterij nietje');
  await page.fill('#field-password2', 'paard batterij nietje');
  // A coordinator of one region starts on it, named in the header.
  await Promise.all([page.waitForURL(`${publicUrl}/regio/midden-holland.html`), page.click('button[type=submit]')]);
  const cookies = await context.cookies();
  const session = cookies.find((c) => c.name === 'vsopro-hub');
  assert.ok(session && session.secure && session.httpOnly, `a Secure, HttpOnly session cookie: ${JSON.stringify(session)}`);
  assert.match(await page.locator('header .mine').innerText(), /Mijn regio: Midden-Holland/);
  await page.goto(`${publicUrl}/`);
  await accessible(page, 'the national page');

  await page.goto(`${publicUrl}/regio/midden-holland.html`);
  assert.match(await page.locator('.person').innerText(), /Anna Jansen \(coördinator\)/);
  await accessible(page, 'the region page');
  const item = page.locator('#actie-stagebank-techniek');
  await item.locator('select[name=status]').selectOption('done');
  await Promise.all([page.waitForURL(/midden-holland\.html#actie-stagebank-techniek$/), item.locator('button').click()]);
  assert.match(await page.locator('.flash').innerText(), /vastgelegd op uw naam: Actie 'Gezamenlijke stagebank techniek met het…' afgerond/);
  await page.screenshot({ path: join(shots, 'hub-saved.png') });
  const log = git('log', '-1', '--format=%an <%ae> / %cn: %s');
  assert.equal(log, "Anna Jansen <anna@example.org> / vsopro hub: Actie 'Gezamenlijke stagebank techniek met het…' afgerond\n");

  await page.goto(`${publicUrl}/regio/midden-holland/nieuw/actie`);
  await accessible(page, 'a record form');

  // Two tabs on one record: the second save is refused with the first's
  // change beside the field, and that page passes axe too.
  const form = `${publicUrl}/regio/midden-holland/actie/nazorgprotocol`;
  const other = await context.newPage();
  await other.goto(form);
  await page.goto(form);
  await page.fill('#field-due', '2027-05-31');
  await Promise.all([page.waitForURL(/midden-holland\.html/), page.click('form.record-form button[type=submit]')]);
  await other.fill('#field-title', 'Eén nazorgprotocol, ook voor de jobcoaches');
  await Promise.all([other.waitForLoadState('load'), other.click('form.record-form button[type=submit]')]);
  assert.match(await other.locator('#other-due').innerText(), /2027-05-31/);
  assert.equal(await other.inputValue('#field-title'), 'Eén nazorgprotocol, ook voor de jobcoaches');
  await accessible(other, 'a form refused because the record changed');
  await other.screenshot({ path: join(shots, 'hub-stale-form.png'), fullPage: true });
  await other.close();
  // Another region's form, by its address: refused.
  const refused = await page.goto(`${publicUrl}/regio/gorinchem/nieuw/actie`);
  assert.equal(refused.status(), 403);

  await fitsPhone(context, `${publicUrl}/regio/midden-holland.html`, 'region');

  // Sign-out ends the session: the region page asks to sign in again.
  await page.goto(`${publicUrl}/regio/midden-holland.html`);
  await Promise.all([page.waitForURL(/\/aanmelden\?uit=1$/), page.click('form.signout button')]);
  await accessible(page, 'the sign-in page');
  await page.goto(`${publicUrl}/regio/midden-holland.html`);
  assert.match(page.url(), /\/aanmelden\?next=/);
  await fitsPhone(context, `${publicUrl}/aanmelden`, 'signin');

  // A lezer: every page, no form but signing out.
  const reader = await (await browser.newContext({ ignoreHTTPSErrors: true })).newPage();
  await reader.goto(readerLink);
  await reader.fill('#field-password', 'lezen is een vak apart');
  await reader.fill('#field-password2', 'lezen is een vak apart');
  await Promise.all([reader.waitForURL(`${publicUrl}/`), reader.click('button[type=submit]')]);
  await reader.goto(`${publicUrl}/regio/midden-holland.html`);
  assert.equal(await reader.locator('form').count(), 1, 'only the sign-out form');

  // The beheerder's page.
  const office = await (await browser.newContext({ ignoreHTTPSErrors: true, bypassCSP: true })).newPage();
  await office.goto(beheerderLink);
  await office.fill('#field-password', 'het landelijk bureau beheert');
  await office.fill('#field-password2', 'het landelijk bureau beheert');
  await Promise.all([office.waitForURL(`${publicUrl}/`), office.click('button[type=submit]')]);
  await office.goto(`${publicUrl}/beheer`);
  assert.match(await office.locator('table.accounts').innerText(), /anna@example\.org/);
  await accessible(office, 'the beheerder\'s page');
  await fitsPhone(office.context(), `${publicUrl}/beheer`, 'beheer');

  // Ten wrong passwords from this browser's address, then the eleventh is
  // refused at once, with when to try again.
  const attempt = async () => {
    await page.goto(`${publicUrl}/aanmelden`);
    await page.fill('#field-email', 'anna@example.org');
    await page.fill('#field-password', 'niet mijn wachtwoord');
    await Promise.all([page.waitForLoadState('load'), page.click('button[type=submit]')]);
    return page.locator('#hub-error').innerText();
  };
  for (let i = 0; i < 10; i++) await attempt();
  const limited = await attempt();
  assert.match(limited, /Te veel mislukte aanmeldpogingen/);
  await page.screenshot({ path: join(shots, 'hub-signin-refused.png') });

  console.log(`hub ok: ${publicUrl} through Caddy ${execFileSync('caddy', ['version'], { encoding: 'utf8' }).trim().split(' ')[0]}; invited, signed in, edited (${log.trim()}); another region refused; lezer without forms; signed out; the eleventh wrong password refused at once; axe clean on 7 pages; phone width ok`);
} finally {
  await browser.close();
  for (const child of started) child.kill();
}
