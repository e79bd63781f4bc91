// Opens the generated site from disk in headless Chromium, checks that the
// map shows the 35 regions, follows the link of a region with data to its
// page, finds the regionale foto there, and saves screenshots.
//
//   node site.mjs SITE_DIR SCREENSHOT_DIR
import { chromium } from 'playwright-core';
import { pathToFileURL } from 'node:url';
import { join } from 'node:path';
import { mkdirSync } from 'node:fs';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';

const [site, shots] = process.argv.slice(2);
mkdirSync(shots, { recursive: true });

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
         '--disable-background-networking', '--disable-component-update', '--disable-sync'],
});
try {
  const page = await browser.newPage({ viewport: { width: 1280, height: 1000 } });
  const requests = [];
  page.on('request', (r) => { if (!r.url().startsWith('file:')) requests.push(r.url()); });

  await page.goto(pathToFileURL(join(site, 'index.html')).href);
  const regions = page.locator('#status-map path.region');
  assert.equal(await regions.count(), 35, 'the map shows the 35 regions');
  // The second map shades each region by its required hours (or unknown).
  const need = page.locator('#need-map path.region');
  assert.equal(await need.count(), 35, 'the map of need shows the 35 regions');
  const shaded = await need.evaluateAll((ps) => ps.filter((p) => /need-\d|status-unknown/.test(p.getAttribute('class'))).length);
  assert.equal(shaded, 35, 'each region has a band of need or is unknown');
  assert.equal(await page.locator('ol.region-key li').count(), 35, 'every region is named beside the maps');
  const codes = await regions.evaluateAll((ps) => ps.map((p) => p.getAttribute('data-code')));
  assert.equal(new Set(codes).size, 35, 'each region once');
  // Every region is drawn: a real, non-empty box on the screen.
  const boxes = await regions.evaluateAll((ps) => ps.map((p) => p.getBBox().width * p.getBBox().height));
  assert.ok(boxes.every((a) => a > 0), 'every region has an area');
  assert.match(await page.locator('h1').innerText(), /35 arbeidsmarktregio/);
  await page.screenshot({ path: join(shots, 'index.png') });

  const link = page.locator('#status-map a[data-region]').first();
  const code = await link.getAttribute('data-region');
  const title = await page.locator(`#status-map path[data-code="${code}"] title`).textContent();
  const name = title.split(' (')[0];
  await Promise.all([page.waitForURL(/regio\/.+\.html$/), link.dispatchEvent('click')]);
  const h1 = await page.locator('h1').innerText();
  assert.ok(h1.includes('Regionale foto') && h1.includes(name), `the foto of ${name}: ${h1}`);
  assert.ok(await page.locator('h2', { hasText: 'Scholen' }).count() === 1);
  await page.screenshot({ path: join(shots, 'region.png'), fullPage: true });

  // Printing on A4, as Chromium prints: the index on at most two pages, the
  // region page with the knelpunten and the jaarplan each on a page of
  // their own, and no page with only the footer.
  const pages = (pdf) => Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [pdf], { encoding: 'utf8' }))[1]);
  const text = (pdf, n) => execFileSync('pdftotext', ['-f', String(n), '-l', String(n), '-layout', pdf, '-'], { encoding: 'utf8' });
  const footer = (await page.locator('footer').innerText()).trim();
  const words = (s) => s.split(/\s+/).filter(Boolean).length;
  const printed = async (url, name) => {
    await page.goto(url);
    const pdf = join(shots, `${name}.pdf`);
    writeFileSync(pdf, await page.pdf({ format: 'A4', printBackground: true }));
    const n = pages(pdf);
    const last = text(pdf, n);
    assert.ok(words(last) > words(footer) + 5, `the last page of ${name} holds more than the footer:\n${last}`);
    return { pdf, n };
  };
  const regionUrl = page.url();
  const index = await printed(pathToFileURL(join(site, 'index.html')).href, 'index-print');
  assert.ok(index.n <= 2, `the index prints on at most two A4 pages, not ${index.n}`);
  const region = await printed(regionUrl, 'region-print');
  const firsts = [];
  for (let i = 1; i <= region.n; i++) firsts.push(text(region.pdf, i).split('\n').map((l) => l.trim()).filter(Boolean)[0]);
  for (const h of ['Knelpunten en acties', 'Jaarplan']) {
    assert.ok(firsts.includes(h), `"${h}" starts a printed page: ${JSON.stringify(firsts)}`);
  }
  execFileSync('pdftoppm', ['-r', '60', '-png', '-f', '1', '-l', '1', index.pdf, join(shots, 'index-print')]);

  assert.deepEqual(requests, [], 'no request leaves the disk');
  console.log(`e2e ok: 35 regions on the map; followed ${code} to "${h1}"; index prints on ${index.n} pages, the region page on ${region.n}; screenshots in ${shots}`);
} finally {
  await browser.close();
}
