// The static site's "Goede voorbeelden" in headless Chromium, opened from
// disk: the search runs in the browser (lunr with its Dutch stemmer over
// the index the site wrote), so a word in another form finds a practice
// ("stageplekken" finds "stageplek"); every term must be there; the
// filters narrow the list; a practice's page names where it was taken up.
// The pages pass axe-core and fit a phone; the site loads nothing from
// the network.
//
//   node practices.mjs SITE_DIR SCREENSHOT_DIR
import { chromium } from 'playwright-core';
import { pathToFileURL } from 'node:url';
import { join } from 'node:path';
import { mkdirSync } from 'node:fs';
import assert from 'node:assert/strict';
import { accessible } from './axe.mjs';

const [site, shots] = process.argv.slice(2);
mkdirSync(shots, { recursive: true });
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking'],
});


let failed = false;
try {
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  const errors = [];
  page.on('pageerror', (e) => errors.push(e.message));
  const requests = [];
  page.on('request', (r) => { if (!r.url().startsWith('file:')) requests.push(r.url()); });
  await page.goto(pathToFileURL(join(site, 'index.html')).href);
  await Promise.all([page.waitForURL(/voorbeelden\.html$/), page.locator('.practices-link a').click()]);
  const shown = async () => page.locator('li.practice:not([hidden]) h2').allInnerTexts();
  assert.deepEqual(await shown(), ['Praktijkleerroute retail', 'Route praktijkleren zorg']);
  await accessible(page, 'the practices page');

  // A word in another form ("winkeliers"); a word that means the same
  // as the theme one is about ("stageplekken": both are about
  // stageplaatsen, and one says "stageplek").
  await page.fill('#field-q', 'winkelier');
  assert.deepEqual(await shown(), ['Praktijkleerroute retail']);
  assert.match(await page.locator('#found').innerText(), /1 van de 2 goede voorbeelden van het netwerk passen bij "winkelier"/);
  await page.fill('#field-q', 'stageplekken');
  assert.equal((await shown()).length, 2);
  // Every word must be there.
  await page.fill('#field-q', 'stageplek kinderopvang');
  assert.deepEqual(await shown(), []);
  assert.equal(await page.locator('#none').isVisible(), true);
  await page.fill('#field-q', 'opstapbanen');
  assert.deepEqual(await shown(), ['Route praktijkleren zorg']);
  // The filters.
  await page.fill('#field-q', '');
  await page.selectOption('#field-partner', 'werkgever');
  assert.deepEqual(await shown(), ['Praktijkleerroute retail']);
  await page.selectOption('#field-partner', '');
  await page.selectOption('#field-target', 'arbeidsmarktgericht');
  assert.deepEqual(await shown(), ['Praktijkleerroute retail']);
  await page.selectOption('#field-target', '');
  await page.selectOption('#field-region', 'gooi-en-vechtstreek');
  assert.equal((await shown()).length, 2);
  await page.screenshot({ path: join(shots, 'practices.png'), fullPage: true });

  // A practice's page: where it was taken up.
  await Promise.all([page.waitForURL(/voorbeelden\/gooi-en-vechtstreek\/route-retail\.html$/),
    page.locator('li.practice h2 a', { hasText: 'Praktijkleerroute retail' }).click()]);
  assert.match(await page.locator('ul.adopted').innerText(), /Gorinchem: Praktijkleerroute retail \(gepland\)/);
  assert.match(await page.locator('.practice-facts').innerText(), /stage- en uitstroomcoördinator, De Klimop/);
  await accessible(page, "a practice's page");
  const phone = await browser.newPage({ viewport: { width: 390, height: 844 } });
  await phone.goto(pathToFileURL(join(site, 'voorbeelden.html')).href);
  const width = await phone.evaluate(() => document.documentElement.scrollWidth);
  assert.ok(width <= 390, `the practices page is ${width}px wide on a 390px phone`);
  assert.deepEqual(errors, [], 'no script error');
  assert.deepEqual(requests, [], 'nothing loaded from the network');
  console.log('practices ok: searched in the browser with Dutch stemming, filtered, a practice page with its adoption; axe clean; phone width ok');
} catch (e) {
  failed = true;
  console.error(e);
} finally {
  await browser.close();
}
process.exit(failed ? 1 : 0);
