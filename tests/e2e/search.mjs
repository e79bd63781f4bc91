// The site's search of the good practices on the shipped data, in
// headless Chromium: for each set of words the browser's search (lunr over
// the index vsopro wrote) finds as many practices as `vsopro voorbeelden`
// found for the same words on the command line.
//
//   node search.mjs SITE_DIR COUNTS_JSON
import { pathToFileURL } from 'node:url';
import { join } from 'node:path';
import { readFileSync } from 'node:fs';
import assert from 'node:assert/strict';
import { launch } from './common.mjs';

const [site, countsFile] = process.argv.slice(2);
const counts = JSON.parse(readFileSync(countsFile, 'utf8'));
const browser = await launch();
try {
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  await page.goto(pathToFileURL(join(site, 'voorbeelden.html')).href);
  const said = [];
  for (const [words, cli] of Object.entries(counts)) {
    await page.fill('#field-q', words);
    const shown = await page.locator('li.practice:not([hidden])').count();
    assert.equal(shown, cli, `"${words}": the browser found ${shown}, the command line ${cli}`);
    said.push(`${words} ${shown}`);
  }
  console.log(`search ok: the site's search finds what the command line finds (${said.join(', ')})`);
} finally {
  await browser.close();
}
