// axe-core at WCAG 2.1 AA, shared by the browser tests: no violation on
// the page (the page's context must bypass CSP to take the script).
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import assert from 'node:assert/strict';

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

export async function accessible(page, what) {
  await page.addScriptTag({ content: axeSource });
  const result = await page.evaluate(async () => await window.axe.run(document, {
    runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] },
  }));
  const found = result.violations.map((v) => `${v.id}: ${v.nodes.length}× ${v.nodes[0].target}`);
  assert.deepEqual(found, [], `${what} has accessibility violations`);
}
