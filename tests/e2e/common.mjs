// What every browser test starts with, in one place: a data repository
// in git made from the project's fixtures, vsopro run as a command, the
// hub and the workbench started on a port of their own and waited for,
// people invited and signed in, and Chromium launched as this machine
// allows it.
import { chromium } from 'playwright-core';
import { spawn, execFileSync } from 'node:child_process';
import { createInterface } from 'node:readline';
import { createServer } from 'node:net';
import { join, dirname } from 'node:path';
import { mkdirSync, rmSync, cpSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

export const repo = join(dirname(fileURLToPath(import.meta.url)), '..', '..');

// A fresh work folder with its screenshots' folder.
export function workspace(work, shots) {
  rmSync(work, { recursive: true, force: true });
  mkdirSync(shots, { recursive: true });
  return { data: join(work, 'data'), state: join(work, 'state') };
}

// The environment of every process: git's identities fixed, no user's
// configuration, XDG folders inside the work folder.
export function environment(work) {
  return {
    ...process.env,
    GIT_AUTHOR_NAME: 'CI', GIT_AUTHOR_EMAIL: 'ci@example.org',
    GIT_COMMITTER_NAME: 'vsopro hub', GIT_COMMITTER_EMAIL: 'hub@example.org',
    GIT_CONFIG_GLOBAL: '/dev/null', GIT_CONFIG_NOSYSTEM: '1',
    XDG_DATA_HOME: join(work, 'xdg-data'), XDG_CONFIG_HOME: join(work, 'xdg-config'),
  };
}

// The project's folders (relative to the repository) copied to `data`,
// each to its own place there, and committed: the network's repository.
export function dataRepository(data, env, copies) {
  for (const [from, to] of copies) cpSync(join(repo, from), join(data, to), { recursive: true });
  const git = (...args) => execFileSync('git', ['-C', data, ...args], { env, encoding: 'utf8' });
  git('init', '-q');
  git('add', '-A');
  git('commit', '-qm', 'Gegevens');
  return git;
}

// A free port on this machine.
export const freePort = () => new Promise((resolve) => {
  const s = createServer();
  s.listen(0, '127.0.0.1', () => { const { port } = s.address(); s.close(() => resolve(port)); });
});

// vsopro as a command, in Dutch.
export const command = (vsopro, env) =>
  (...args) => execFileSync(vsopro, ['--lang', 'nl', ...args], { env, encoding: 'utf8' });

// `hub user add`: the invitation's link.
export function inviter(run, state, publicUrl) {
  return (email, name, role, ...extra) => {
    const out = run('hub', 'user', 'add', email, '--name', name, '--role', role,
      ...extra, '--state', state, '--public-url', publicUrl);
    return /(https?:\/\/\S+\/uitnodiging\/\S+)/.exec(out)[1];
  };
}

// The first match of `pattern` in a process's output (its group 1).
export const lineOf = (child, pattern, stream = 'stdout') => new Promise((resolve, reject) => {
  createInterface({ input: child[stream] }).on('line', (l) => { const m = pattern.exec(l); if (m) resolve(m[1]); });
  child.on('exit', (code) => reject(new Error(`${child.spawnargs[0]} ended (${code})`)));
});

// `vsopro hub` started and listening: the process and its own address.
export async function startHub(vsopro, env, { data, state, port = 0, args = [] }) {
  const hub = spawn(vsopro, ['--lang', 'nl', '--root', data, 'hub', '--port', String(port),
    '--state', state, ...args], { env, stdio: ['ignore', 'pipe', 'inherit'] });
  const address = await lineOf(hub, /luistert op http:\/\/(\S+)/);
  return { hub, address };
}

// `vsopro serve` started: the process and the link it printed (with its token).
export async function startWorkbench(vsopro, env, { data, args = [] }) {
  const server = spawn(vsopro, ['--root', data, '--today', '2026-11-22', '--lang', 'nl', 'serve',
    '--port', '0', ...args], { env, stdio: ['ignore', 'pipe', 'inherit'] });
  const link = await lineOf(server, /(http:\/\/\S+\?token=\S+)/);
  return { server, link };
}

// Chromium as this machine runs it (see the env notes: no background
// networking, no sandbox as root).
export const launch = () => chromium.launch({
  executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking'],
});

// A person's own browser signed in through their invitation: the
// password set, the page they land on returned.
export async function acceptInvitation(browser, link, password, { width = 1280, ignoreHTTPSErrors = false } = {}) {
  const context = await browser.newContext({ bypassCSP: true, ignoreHTTPSErrors, viewport: { width, height: 900 } });
  context.setDefaultTimeout(10000);
  const page = await context.newPage();
  await page.goto(link);
  await page.fill('#field-password', password);
  await page.fill('#field-password2', password);
  await Promise.all([page.waitForNavigation(), page.click('button[type=submit]')]);
  return page;
}
