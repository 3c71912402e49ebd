// Runs axe-core (WCAG 2.0/2.1, levels A and AA) on pages of a running
// application, in Debian's headless Chromium, at a desktop and a phone width.
// Usage: node axe-check.mjs BASE_URL PATH... (CHROMIUM overrides /usr/bin/chromium)
// Starts no server: StatusPageInEachStateTest starts the application, seeds
// each state and calls this script.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { chromium } from 'playwright-core';

const require = createRequire(import.meta.url);
const axeSource = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');
const [baseUrl, ...paths] = process.argv.slice(2);
if (!baseUrl || paths.length === 0) {
  console.error('usage: node axe-check.mjs BASE_URL PATH...');
  process.exit(2);
}

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
    '--disable-background-networking', '--disable-component-update', '--disable-sync'],
});
const viewports = [{ name: 'desktop', width: 1280, height: 900 }, { name: 'phone', width: 375, height: 740 }];
let passed = 0;
let failed = 0;
try {
  for (const path of paths) {
    for (const viewport of viewports) {
      // The app's Content-Security-Policy forbids inline scripts; only axe itself is injected past it.
      const context = await browser.newContext({ viewport, locale: 'sv-SE', bypassCSP: true });
      const page = await context.newPage();
      const response = await page.goto(baseUrl + path, { waitUntil: 'load' });
      const label = `${path} (${viewport.name})`;
      // 404 is the Swedish "not found" page, which people see too.
      if (!response || (response.status() !== 200 && response.status() !== 404)) {
        console.log(`FAIL ${label}: HTTP ${response ? response.status() : 'no response'}`);
        failed++;
        await context.close();
        continue;
      }
      await page.addScriptTag({ content: axeSource });
      const result = await page.evaluate(() => window.axe.run(document, {
        runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] },
        resultTypes: ['violations'],
      }));
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth > window.innerWidth + 1);
      if (result.violations.length === 0 && !overflow) {
        console.log(`ok   ${label}: ${result.passes.length} rules passed`);
        passed++;
      } else {
        failed++;
        console.log(`FAIL ${label}`);
        if (overflow) {
          console.log('  - the page scrolls sideways (WCAG 1.4.10 reflow)');
        }
        for (const violation of result.violations) {
          console.log(`  - ${violation.id} (${violation.impact}): ${violation.help}`);
          for (const node of violation.nodes.slice(0, 5)) {
            console.log(`      ${node.target.join(' ')}: ${node.failureSummary.replace(/\n/g, ' ')}`);
          }
        }
      }
      await context.close();
    }
  }
} finally {
  await browser.close();
}
console.log(`axe-core summary: ${passed} page views without violations, ${failed} with`);
process.exit(failed === 0 ? 0 : 1);
