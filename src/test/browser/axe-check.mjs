// Runs axe-core (WCAG 2.0/2.1, levels A and AA) on pages of a running
// application, in Debian's headless Chromium, at a desktop and a phone width.
// Usage: node axe-check.mjs BASE_URL PATH... (CHROMIUM overrides /usr/bin/chromium)
// With AXE_USER and AXE_PASSWORD set, it first logs in on BASE_URL/login, as a
// person would, and checks every page as that user.
// Starts no server: the Java tests (support/AxeCheck) start the application,
// seed what the pages show and call this script.
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

// The login, once, kept as the browser's cookies for every page and width.
async function signedInState() {
  if (!process.env.AXE_USER) return undefined;
  const context = await browser.newContext({ locale: 'sv-SE' });
  const page = await context.newPage();
  await page.goto(`${baseUrl}/login`, { waitUntil: 'load' });
  await page.getByLabel('Användarnamn').fill(process.env.AXE_USER);
  await page.getByLabel('Lösenord').fill(process.env.AXE_PASSWORD || '');
  await Promise.all([page.waitForNavigation({ waitUntil: 'load' }), page.getByRole('button', { name: 'Logga in' }).click()]);
  if (new URL(page.url()).pathname === '/login') {
    await browser.close();
    console.error(`login as ${process.env.AXE_USER} failed: ${page.url()}`);
    process.exit(2);
  }
  const state = await context.storageState();
  await context.close();
  return state;
}

try {
  const storageState = await signedInState();
  for (const path of paths) {
    for (const viewport of viewports) {
      // The app's Content-Security-Policy forbids inline scripts; only axe itself is injected past it.
      const context = await browser.newContext({ viewport, locale: 'sv-SE', bypassCSP: true, storageState });
      const page = await context.newPage();
      const response = await page.goto(baseUrl + path, { waitUntil: 'load' });
      const label = `${path} (${viewport.name}${process.env.AXE_USER ? ', ' + process.env.AXE_USER : ''})`;
      // 403 and 404 are the Swedish error pages, which people see too.
      if (!response || ![200, 403, 404].includes(response.status())) {
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
