// Single sign-on against a real OpenID provider (panva's certified
// `oidc-provider` from npm, started here) in headless Chromium: an invited
// coordinator signs in through the provider's own login page and lands on
// their region; a callback with a wrong state, a replayed code, an
// unverified e-mail address and an address without an account are each
// refused and leave no session.
//
//   node oidc.mjs VSOPRO WORK_DIR SCREENSHOT_DIR
import Provider from 'oidc-provider';
import { join } from 'node:path';
import { mkdirSync, writeFileSync } from 'node:fs';
import assert from 'node:assert/strict';
import { workspace, environment, dataRepository, freePort, command, startHub, launch } from './common.mjs';

const [vsopro, work, shots] = process.argv.slice(2);
const { data, state } = workspace(work, shots);
mkdirSync(state, { recursive: true });
const [hubPort, idpPort] = [await freePort(), await freePort()];
const hubUrl = `http://127.0.0.1:${hubPort}`;
const issuer = `http://127.0.0.1:${idpPort}`;

// The provider: three people it knows, as an organisation would.
const people = {
  anna: { email: 'anna@example.org', email_verified: true, name: 'Anna Jansen' },
  bert: { email: 'bert@example.org', email_verified: false, name: 'Bert Bakker' },
  vera: { email: 'vera@example.org', email_verified: true, name: 'Vera Vreemd' },
};
const provider = new Provider(issuer, {
  clients: [{
    client_id: 'vsopro-hub',
    client_secret: 'een-geheim-van-de-test',
    redirect_uris: [`${hubUrl}/aanmelden/sso/terug`],
    grant_types: ['authorization_code'],
    response_types: ['code'],
  }],
  pkce: { required: () => true },
  claims: { openid: ['sub'], email: ['email', 'email_verified'], profile: ['name'] },
  // The ID token carries the claims (as SURFconext's does).
  conformIdTokenClaims: false,
  findAccount: async (ctx, id) => ({
    accountId: id,
    claims: async () => ({ sub: id, ...(people[id] ?? { email: `${id}@example.org`, email_verified: true }) }),
  }),
});
const idp = provider.listen(idpPort);

const env = { ...environment(work), VSOPRO_OIDC_SECRET: 'een-geheim-van-de-test' };
dataRepository(data, env, [['examples', '.']]);
writeFileSync(join(state, 'hub.toml'),
  `[oidc]\nissuer = "${issuer}"\nclient_id = "vsopro-hub"\nname = "Testorganisatie"\n`);
const run = command(vsopro, env);
for (const [email, name] of [['anna@example.org', 'Anna Jansen'], ['bert@example.org', 'Bert Bakker']]) {
  run('hub', 'user', 'add', email, '--name', name, '--role', 'coordinator', '--region', 'midden-holland',
    '--state', state, '--public-url', hubUrl);
}

const { hub } = await startHub(vsopro, env, { data, state, port: hubPort, args: ['--public-url', hubUrl] });

const browser = await launch();
const newContext = browser.newContext.bind(browser);
browser.newContext = async (...a) => { const c = await newContext(...a); c.setDefaultTimeout(10000); return c; };
const failures = [];
const check = async (name, fn) => {
  try { await fn(); console.log(`ok: ${name}`); } catch (e) { failures.push(name); console.error(`FAILED: ${name}\n${e.stack}`); }
};

/// Through the provider's login and consent pages as `login`; the page
/// ends where the hub sends it. `meanwhile` runs on the provider's login
/// page. Returns where it ended and the callback's address.
const viaProvider = async (page, login, meanwhile = async () => {}) => {
  let callback = null;
  page.on('request', (r) => { if (r.url().startsWith(`${hubUrl}/aanmelden/sso/terug`)) callback = r.url(); });
  await page.goto(`${hubUrl}/aanmelden?next=%2Fregio%2Fmidden-holland.html`);
  await page.getByRole('link', { name: 'Inloggen met Testorganisatie' }).click();
  await page.waitForURL(`${issuer}/**`);
  await meanwhile();
  await page.fill('input[name=login]', login);
  await page.fill('input[name=password]', 'wat-dan-ook');
  await page.click('button[type=submit]');
  await page.waitForSelector('button[type=submit]');
  await Promise.all([page.waitForURL(`${hubUrl}/**`), page.click('button[type=submit]')]);
  return [page.url(), callback];
};
const signedIn = async (context) => (await context.cookies(hubUrl)).some((c) => c.name === 'vsopro-hub');

await check('an invited coordinator signs in through the provider and lands on their region', async () => {
  const context = await browser.newContext();
  const page = await context.newPage();
  const [landed] = await viaProvider(page, 'anna');
  assert.equal(landed, `${hubUrl}/regio/midden-holland.html`);
  assert.match(await page.textContent('body'), /Anna Jansen \(coördinator\)/);
  assert.ok(await signedIn(context));
  await page.screenshot({ path: join(shots, 'hub-sso-signed-in.png') });
  await context.close();
});

await check('a callback with a wrong state is refused', async () => {
  // Another flow's state in the browser (a forged or mixed-up response).
  const context = await browser.newContext();
  const page = await context.newPage();
  let status = 0;
  page.on('response', (r) => { if (r.url().startsWith(`${hubUrl}/aanmelden/sso/terug`)) status = r.status(); });
  await viaProvider(page, 'anna', () =>
    context.addCookies([{ name: 'vsopro-hub-sso', value: 'de-state-van-een-ander', url: hubUrl }]));
  assert.equal(status, 400);
  assert.match(await page.textContent('body'), /Inloggen via uw organisatie is mislukt of verlopen/);
  assert.ok(!(await signedIn(context)));
  await context.close();
});

await check('a replayed code is refused', async () => {
  const context = await browser.newContext();
  const page = await context.newPage();
  const [landed, callback] = await viaProvider(page, 'anna');
  assert.equal(landed, `${hubUrl}/regio/midden-holland.html`);
  // The same code again, with its state's cookie in place: no one signs in.
  const state = new URL(callback).searchParams.get('state');
  const other = await browser.newContext();
  await other.addCookies([{ name: 'vsopro-hub-sso', value: state, url: hubUrl }]);
  const replay = await other.newPage();
  const r = await replay.goto(callback);
  assert.equal(r.status(), 400);
  assert.ok(!(await signedIn(other)));
  await other.close();
  await context.close();
});

await check('an unverified e-mail address is refused', async () => {
  const context = await browser.newContext();
  const page = await context.newPage();
  await viaProvider(page, 'bert');
  assert.match(await page.textContent('body'), /geeft het e-mailadres bert@example\.org niet als bevestigd door/);
  assert.ok(!(await signedIn(context)));
  await context.close();
});

await check('a verified address without an invited account is refused', async () => {
  const context = await browser.newContext();
  const page = await context.newPage();
  await viaProvider(page, 'vera');
  assert.match(await page.textContent('body'), /Er is geen account met het adres vera@example\.org/);
  assert.ok(!(await signedIn(context)));
  await context.close();
});

await check('the audit log has the sign-in and each refusal', async () => {
  const log = run('hub', 'audit', '--state', state, '--format', 'csv');
  assert.match(log, /sign-in-sso/);
  assert.match(log, /sign-in-failed,,sso: state/);
  assert.match(log, /sign-in-failed,,sso: unverified bert@example\.org/);
  assert.match(log, /sign-in-failed,,sso: no account vera@example\.org/);
});

await browser.close();
hub.kill();
idp.close();
if (failures.length) {
  console.error(`${failures.length} failed: ${failures.join('; ')}`);
  process.exit(1);
}
