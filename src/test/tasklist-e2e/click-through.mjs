// Clicks through one unplanned outage in the real Camunda Tasklist, with the
// real Camunda Forms, in Debian's headless Chromium, the way förvaltningen,
// a care unit and a citizen would: declare, assess and publish, look at the
// delivery log without a second login, post an update, a staff member's fault
// report joined to the outage and its answer, report the service restored,
// review the unit's cases, close. After each step it asserts through GET
// /api/outages that the outage journal moved on (NEW → ONGOING → RESOLVED →
// CLOSED), and on the public status page, as a visitor, what it shows.
//
//   node click-through.mjs BASE_URL [OUT_DIR]
//
// Starts no server. TasklistClickThroughTest starts the application and runs
// this script. Writes a screenshot of each form and submissions.json (what
// Tasklist POSTed to submit-form) to OUT_DIR (default target/tasklist-e2e).
// The script's own API calls (/api, /engine-rest) send HTTP Basic as
// E2E_API_USER / E2E_API_PASSWORD, by default the demo user forvaltare.

import { mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { chromium, request } from 'playwright-core';

const base = (process.argv[2] || process.env.BASE_URL || 'http://localhost:8080').replace(/\/$/, '');
const outDir = resolve(process.argv[3] || 'target/tasklist-e2e');
const password = process.env.E2E_DEMO_PASSWORD || 'demo';
const stateTimeoutMs = Number(process.env.E2E_STATE_TIMEOUT_MS || 180000);
// Generous: on a loaded 2-core CI machine the first Tasklist load alone took over 30 s.
const uiTimeoutMs = Number(process.env.E2E_UI_TIMEOUT_MS || 90000);

mkdirSync(outDir, { recursive: true });
readdirSync(outDir).filter((name) => name.endsWith('.png')).forEach((name) => rmSync(`${outDir}/${name}`));

const submissions = [];
let shot = 0;

function log(message) {
  console.log(`[${new Date().toISOString().slice(11, 19)}] ${message}`);
}

function fail(message) {
  throw new Error(message);
}

// --- The application's JSON APIs -------------------------------------------

const api = await request.newContext({
  baseURL: base,
  httpCredentials: {
    username: process.env.E2E_API_USER || 'forvaltare',
    password: process.env.E2E_API_PASSWORD || password,
    send: 'always',
  },
});

async function getJson(path) {
  const response = await api.get(path);
  if (!response.ok()) {
    fail(`GET ${path} answered ${response.status()}: ${(await response.text()).slice(0, 300)}`);
  }
  return response.json();
}

async function outageTitled(title) {
  const outages = await getJson('/api/outages?limit=500');
  return outages.find((outage) => outage.title === title);
}

/** Polls the outage journal until the outage is in the state; async steps run on the job executor. */
async function awaitOutageState(title, state) {
  const deadline = Date.now() + stateTimeoutMs;
  let outage;
  while (Date.now() < deadline) {
    outage = await outageTitled(title);
    if (outage && outage.state === state) {
      log(`outage ${outage.reference} is ${state}`);
      return outage;
    }
    await new Promise((done) => setTimeout(done, 500));
  }
  const incidents = await getJson('/engine-rest/incident').catch(() => []);
  fail(`outage '${title}' did not reach ${state} within ${stateTimeoutMs} ms; it is ` +
    `${outage ? outage.state : 'not in the journal'}. Incidents: ${JSON.stringify(incidents).slice(0, 1500)}`);
}

/** The process variables as the engine stored them; for the record only, so a refusal is noted, not fatal. */
async function processVariables(processInstanceId) {
  return getJson(`/engine-rest/history/variable-instance?processInstanceId=${processInstanceId}&deserializeValues=false&maxResults=500`)
    .then((variables) => variables.map((v) => ({ name: v.name, type: v.type, value: v.value, valueInfo: v.valueInfo })))
    .catch((error) => ({ unavailable: String(error.message) }));
}

// --- The browser -------------------------------------------------------------

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
    '--disable-background-networking', '--disable-component-update', '--disable-sync'],
});

// A Swedish browser in Swedish time, as the users have.
const context = await browser.newContext({
  locale: 'sv-SE',
  timezoneId: 'Europe/Stockholm',
  viewport: { width: 1400, height: 1000 },
});
context.setDefaultTimeout(uiTimeoutMs);
const page = await context.newPage();

const pageErrors = [];
page.on('pageerror', (error) => pageErrors.push(String(error)));
// The last answers the application refused or failed, for the failure report.
const refusedResponses = [];
page.on('response', (response) => {
  if (response.status() >= 400) {
    refusedResponses.push(`${response.status()} ${response.request().method()} ${new URL(response.url()).pathname}`);
    refusedResponses.splice(0, Math.max(0, refusedResponses.length - 20));
  }
});
page.on('requestfailed', (req) => {
  refusedResponses.push(`failed ${req.method()} ${new URL(req.url()).pathname}: ${req.failure()?.errorText}`);
  refusedResponses.splice(0, Math.max(0, refusedResponses.length - 20));
});
page.on('request', (req) => {
  if (req.method() === 'POST' && /\/submit-form$/.test(new URL(req.url()).pathname)) {
    submissions.push({
      url: new URL(req.url()).pathname,
      body: req.postDataJSON(),
    });
  }
});

async function screenshot(name) {
  shot += 1;
  const path = `${outDir}/${String(shot).padStart(2, '0')}-${name}.png`;
  await page.screenshot({ path, fullPage: true });
  log(`screenshot ${path}`);
}

/**
 * The whole form, however long: the form scrolls inside its pane, so the
 * window is made tall enough for the moment of the screenshot.
 */
async function screenshotForm(name) {
  shot += 1;
  const path = `${outDir}/${String(shot).padStart(2, '0')}-${name}.png`;
  const form = page.locator('.fjs-container:visible').first();
  const height = await form.evaluate((element) => element.scrollHeight);
  await page.setViewportSize({ width: 1400, height: Math.max(1000, height + 600) });
  await form.screenshot({ path });
  await page.setViewportSize({ width: 1400, height: 1000 });
  log(`screenshot ${path}`);
}

// The public status page, in a browser of its own: a visitor, not logged in.
const visitor = await browser.newContext({
  locale: 'sv-SE',
  timezoneId: 'Europe/Stockholm',
  viewport: { width: 1000, height: 900 },
});
const statusPage = await visitor.newPage();

/**
 * Waits until the public page of the outage shows the state (the badge) and
 * the text, then takes its screenshot. The page is a snapshot rebuilt after
 * each change, so it may lag a moment behind the journal.
 */
async function statusPageShows(reference, stateLabel, text, name) {
  const deadline = Date.now() + 60000;
  let seen = '';
  while (Date.now() < deadline) {
    const response = await statusPage.goto(`${base}/driftinformation/${reference}`);
    if (response && response.status() === 200) {
      const badge = (await statusPage.locator('main .badge').first().textContent()).trim();
      const main = await statusPage.locator('main').textContent();
      seen = `badge '${badge}'`;
      if (badge === stateLabel && (!text || main.includes(text))) {
        shot += 1;
        const path = `${outDir}/${String(shot).padStart(2, '0')}-${name}.png`;
        await statusPage.screenshot({ path, fullPage: true });
        log(`status page of ${reference}: ${stateLabel}; screenshot ${path}`);
        return;
      }
    }
    else {
      seen = `HTTP ${response ? response.status() : 'no response'}`;
    }
    await statusPage.waitForTimeout(1000);
  }
  fail(`the status page of ${reference} did not show '${stateLabel}'${text ? ` and '${text}'` : ''}: ${seen}`);
}

async function logIn(user) {
  await page.goto(`${base}/camunda/app/tasklist/`);
  // On a loaded machine Tasklist may re-render the login form after the first
  // keystrokes (the password once landed in the user field): fill again until
  // both fields hold what was typed, then log in.
  const userField = page.getByPlaceholder('Användarnamn');
  const passwordField = page.getByPlaceholder('Lösenord');
  for (let attempt = 1; ; attempt++) {
    await page.waitForLoadState('networkidle');
    await userField.fill(user);
    await passwordField.fill(password);
    if ((await userField.inputValue()) === user && (await passwordField.inputValue()) === password) break;
    if (attempt === 5) fail(`login form for ${user} did not keep what was typed`);
    await page.waitForTimeout(1000);
  }
  await page.getByRole('button', { name: 'Logga in' }).click();
  // The header names the user once logged in, and the Swedish filters are there.
  await page.getByText('Min grupps uppgifter').waitFor();
  // Camunda's "migrate to Camunda 8" banner is not shown (styles/user-styles.css).
  const banners = page.locator('.ce-eol-banner');
  for (let i = 0; i < (await banners.count()); i++) {
    if (await banners.nth(i).isVisible()) fail('the "migrate to Camunda 8" banner is shown in Tasklist');
  }
  log(`logged in as ${user}`);
}

async function logOut() {
  await page.locator('[cam-widget-header] .account').click().catch(async () => {
    await page.getByText(/Förvaltare|Personal|Chef/).first().click();
  });
  await page.getByText('Logga ut').click();
  await page.getByPlaceholder('Användarnamn').waitFor();
  log('logged out');
}

/** The form-js field with this label (a label may end with '*' when required). */
function field(scope, label) {
  return scope.getByLabel(new RegExp(`^${label.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\*?$`));
}

/** Types into a form-js field and lets form-js take the value (it debounces by 300 ms). */
async function enter(locator, text) {
  await locator.fill(text);
  await locator.blur();
  await page.waitForTimeout(400);
}

async function setDateTime(scope, prefix, date, time) {
  const dateInput = field(scope, `${prefix} – datum`);
  await dateInput.fill(date);
  await dateInput.press('Enter');
  const timeInput = field(scope, `${prefix} – tid`);
  await timeInput.fill(time);
  await timeInput.press('Enter');
  await timeInput.blur();
}

async function expectValue(locator, expected, what) {
  const actual = await locator.inputValue();
  if (actual !== expected) {
    fail(`${what}: expected '${expected}' but the form shows '${actual}'`);
  }
}

async function expectChecked(locator, expected, what) {
  const actual = await locator.isChecked();
  if (actual !== expected) {
    fail(`${what}: expected ${expected ? 'checked' : 'unchecked'} but it is ${actual ? 'checked' : 'unchecked'}`);
  }
}

/**
 * Waits until Tasklist has wired up the form: it shows the form before it is
 * ready to submit ("Cannot read properties of undefined (reading 'submit')").
 */
async function formReady(scope) {
  await scope.locator('.fjs-container').first().waitFor();
  await page.waitForLoadState('networkidle');
  await page.waitForTimeout(500);
}

/**
 * Opens a task from a filter ("Min grupps uppgifter": claims it; "Mina
 * uppgifter": it is already the user's), returns the form.
 */
async function openTask(name, filter = 'Min grupps uppgifter') {
  await page.getByText(filter).click();
  const item = page.locator('.tasks-list li', { hasText: name }).first();
  const deadline = Date.now() + stateTimeoutMs;
  while (!(await item.isVisible())) {
    if (Date.now() > deadline) {
      await screenshot('task-not-found');
      fail(`task '${name}' did not appear in 'Min grupps uppgifter'`);
    }
    await page.waitForTimeout(1000);
    await page.getByText(filter).click();
  }
  await item.click();
  await page.locator('.task-details').getByText(name).first().waitFor();
  if (filter === 'Min grupps uppgifter') {
    const claim = page.getByRole('button', { name: 'Ta uppgiften' });
    await claim.click();
    await claim.waitFor({ state: 'detached' });
  }
  const form = page.locator('.task-details .fjs-container').first();
  await formReady(page.locator('.task-details'));
  log(`claimed '${name}'`);
  return form;
}

async function complete() {
  // form-js takes a typed value into its data 300 ms after the last keystroke;
  // a person never clicks that fast, a script does.
  await page.waitForTimeout(500);
  const submitted = page.waitForResponse((r) => /\/task\/[^/]+\/submit-form$/.test(r.url()));
  await page.getByRole('button', { name: 'Slutför' }).click();
  const response = await submitted;
  if (response.status() >= 300) {
    await screenshot('submit-failed');
    fail(`submit-form answered ${response.status()}: ${(await response.text()).slice(0, 500)}`);
  }
}

function localDate(date) {
  return new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Stockholm', year: 'numeric', month: '2-digit', day: '2-digit' })
    .format(date);
}

function localTime(date) {
  return new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Stockholm', hour: '2-digit', minute: '2-digit' })
    .format(date);
}

/**
 * A whole minute about `hours` from now that is NOT on a quarter of an hour:
 * form-js once showed such a time rounded down while storing the typed one.
 */
function offGridFromNow(hours) {
  const date = new Date(Date.now() + hours * 3600000);
  date.setUTCSeconds(0, 0);
  if (date.getUTCMinutes() % 15 === 0) {
    date.setUTCMinutes(date.getUTCMinutes() + 7);
  }
  return date;
}

// --- The walk-through ----------------------------------------------------------

const title = `Personalverktyget går inte att nå (test ${new Date().toISOString().slice(0, 19)})`;
// Unique per run: the journal allows one outage per Inera reference.
const ineraReference = `INC-${Date.now()}`;
const started = offGridFromNow(-2);
const expectedEnd = offGridFromNow(3);
const nextUpdate = offGridFromNow(1);

try {
  // 1. Förvaltningen declares the outage with the start form.
  await logIn('forvaltare');
  await page.getByText('Starta process').first().click();
  await page.locator('.modal-content').getByRole('link', { name: 'Driftstörning i 1177 e-tjänster' }).click();
  const startForm = page.locator('.modal-content');
  await formReady(startForm);
  // An empty form is refused in the browser, in Swedish (scripts/form-texts-sv.js).
  await startForm.getByRole('button', { name: 'Starta', exact: true }).click();
  await startForm.locator('.fjs-form-field-error').first().waitFor();
  const errors = await startForm.locator('.fjs-form-field-error').allInnerTexts();
  if (errors.length === 0 || !errors.every((error) => error === 'Fältet måste fyllas i.')) {
    fail(`validation messages of the empty start form: ${JSON.stringify(errors)}`);
  }
  if (submissions.length > 0) {
    fail('the empty start form was submitted');
  }
  await screenshotForm('declare-outage-empty');
  // The date picker in Swedish, weeks starting on Monday, and picking a day with it.
  await field(startForm, 'Start – datum').click();
  const calendar = startForm.locator('.flatpickr-calendar.open');
  const weekdays = (await calendar.locator('.flatpickr-weekday').allInnerTexts()).map((day) => day.trim());
  if (weekdays[0] !== 'mån' || weekdays[6] !== 'sön') {
    fail(`date picker weekdays: ${JSON.stringify(weekdays)}`);
  }
  await screenshot('declare-outage-date-picker');
  await calendar.locator('.flatpickr-day:not(.prevMonthDay):not(.nextMonthDay)')
    .getByText(String(Number(localDate(started).slice(8))), { exact: true }).click();
  await expectValue(field(startForm, 'Start – datum'), localDate(started), 'Start date picked in the calendar');
  await enter(field(startForm, 'Rubrik'), title);
  // Escape in an open date picker closes the picker only; Escape in a field does nothing. Before, either closed
  // the whole dialog and lost what was typed.
  await field(startForm, 'Start – datum').click();
  await startForm.locator('.flatpickr-calendar.open').waitFor();
  await page.keyboard.press('Escape');
  await page.waitForFunction(() => !document.querySelector('.flatpickr-calendar.open'));
  await field(startForm, 'Rubrik').press('Escape');
  await page.waitForTimeout(500);
  if (!(await startForm.isVisible())) {
    fail('Escape closed the start form');
  }
  await expectValue(field(startForm, 'Rubrik'), title, 'Rubrik kept after Escape');
  await startForm.getByLabel('1177 e-tjänster/personalverktyget').check();
  await startForm.getByLabel('1177 Journalen').check();
  await enter(field(startForm, 'Beskrivning'), 'Personalverktyget svarar inte. Meddelanden från invånare går inte att läsa.');
  await setDateTime(startForm, 'Start', localDate(started), localTime(started));
  await startForm.getByLabel('Invånarna kan inte logga in på 1177').check();
  await screenshotForm('declare-outage');
  await page.waitForTimeout(500);
  const startSubmitted = page.waitForResponse((r) => /\/process-definition\/[^/]+\/submit-form$/.test(r.url()));
  await startForm.getByRole('button', { name: 'Starta', exact: true }).click();
  const startResponse = await startSubmitted;
  if (startResponse.status() >= 300) {
    await screenshot('start-failed');
    fail(`start form answered ${startResponse.status()}: ${(await startResponse.text()).slice(0, 500)}`);
  }
  const declared = await awaitOutageState(title, 'NEW');
  if (JSON.stringify(declared.services) !== JSON.stringify(['personalverktyget', 'journalen'])) {
    fail(`declared services: ${JSON.stringify(declared.services)}`);
  }
  if (Math.abs(Date.parse(declared.startsAt) - started.getTime()) > 60000) {
    fail(`declared start ${declared.startsAt}, typed ${started.toISOString()}`);
  }
  if (!declared.loginAffected) {
    fail('loginAffected was not recorded');
  }

  // 2. Förvaltningen assesses it: the form comes prefilled from the declaration.
  let form = await openTask('Bedöm driftstörning');
  await expectValue(field(form, 'Rubrik'), title, 'Rubrik prefilled');
  await expectValue(field(form, 'Referens'), declared.reference, 'Referens prefilled');
  await expectChecked(form.getByLabel('1177 e-tjänster/personalverktyget'), true, 'personalverktyget prefilled');
  await expectChecked(form.getByLabel('1177 Journalen'), true, 'Journalen prefilled');
  await expectChecked(form.getByLabel('1177 Formulär'), false, 'Formulär prefilled');
  await expectChecked(form.getByLabel('Invånarna kan inte logga in på 1177'), true, 'loginAffected prefilled');
  await expectValue(field(form, 'Start – datum'), localDate(started), 'Start date prefilled');
  await expectValue(field(form, 'Start – tid'), localTime(started), 'Start time prefilled');
  if (await form.getByLabel('Ursprungligt meddelande').count() > 0) {
    fail("'Ursprungligt meddelande' is shown for an outage declared without one");
  }
  await screenshotForm('assess-outage-prefilled');
  // No unit comes ticked (empty means every unit using the services); this outage concerns one.
  await expectChecked(form.getByLabel('Hälsocentralen Krokom'), false, 'Krokom not prefilled');
  await form.getByLabel('Hälsocentralen Östersund').check();
  await setDateTime(form, 'Beräknat slut (prognos)', localDate(expectedEnd), localTime(expectedEnd));
  await setDateTime(form, 'Nästa uppdatering', localDate(nextUpdate), localTime(nextUpdate));
  await enter(field(form, 'Ineras referens'), ineraReference);
  await form.getByLabel('Ineras driftinformation finns i tjänsternas webbgränssnitt').check();
  await screenshotForm('assess-outage-filled');
  await complete();
  const ongoing = await awaitOutageState(title, 'ONGOING');
  if (JSON.stringify(ongoing.units) !== JSON.stringify(['hc-ostersund'])) {
    fail(`assessed units: ${JSON.stringify(ongoing.units)}`);
  }
  // What was typed, off the quarter-hour grid, is exactly what is stored ...
  if (Date.parse(ongoing.expectedEnd) !== expectedEnd.getTime()) {
    fail(`assessed expected end ${ongoing.expectedEnd}, typed ${expectedEnd.toISOString()}`);
  }
  if (Date.parse(ongoing.nextUpdateAt) !== nextUpdate.getTime()) {
    fail(`assessed next update ${ongoing.nextUpdateAt}, typed ${nextUpdate.toISOString()}`);
  }
  if (Date.parse(ongoing.startsAt) !== started.getTime()) {
    fail(`declared start ${ongoing.startsAt}, typed ${started.toISOString()}`);
  }
  // ... and what the status page promises.
  {
    // The page is a snapshot rebuilt after each change: give it a few seconds.
    let html = '';
    for (let attempt = 0; attempt < 40; attempt++) {
      html = await (await fetch(`${base}/driftinformation/${ongoing.reference}`)).text();
      if (html.includes(localTime(nextUpdate)) && html.includes(localTime(expectedEnd))) {
        break;
      }
      await new Promise((resolve) => setTimeout(resolve, 500));
    }
    if (!html.includes(localTime(nextUpdate)) || !html.includes(localTime(expectedEnd))) {
      fail(`the status page does not show the typed times ${localTime(expectedEnd)} and ${localTime(nextUpdate)}`);
    }
  }
  if (ongoing.ineraReference !== ineraReference) {
    fail(`assessed Inera reference ${ongoing.ineraReference}`);
  }
  await statusPageShows(ongoing.reference, 'pågår', title, 'status-page-ongoing');

  // One login: the application's own pages open in the same browser without a second one.
  await page.goto(`${base}/leveranser`);
  if (new URL(page.url()).pathname !== '/leveranser') {
    fail(`the delivery log asked for a second login: ${page.url()}`);
  }
  await page.getByRole('heading', { level: 1 }).waitFor();
  {
    const deadline = Date.now() + stateTimeoutMs;
    while (!(await page.locator('main').textContent()).includes(ongoing.reference)) {
      if (Date.now() > deadline) fail(`the delivery log does not list ${ongoing.reference}`);
      await page.waitForTimeout(1000);
      await page.reload();
    }
  }
  await screenshot('delivery-log');
  await page.goto(`${base}/camunda/app/tasklist/`);
  await page.getByText('Min grupps uppgifter').waitFor();

  // 3. Förvaltningen posts a status update; the outage goes on.
  const updateText = 'Inera felsöker fortfarande. Meddelanden från invånare sparas och går att läsa när felet är åtgärdat.';
  form = await openTask('Uppdatera status och prognos');
  await expectValue(field(form, 'Referens'), ongoing.reference, 'Referens prefilled in the update');
  await enter(field(form, 'Lägesbeskrivning'), updateText);
  await screenshotForm('update-status');
  await complete();
  await statusPageShows(ongoing.reference, 'pågår', updateText, 'status-page-update');
  await logOut();

  // 4. A staff member reports the fault; förvaltningen joins the report to the outage and answers.
  await logIn('personal-ostersund');
  await page.getByText('Starta process').first().click();
  await page.locator('.modal-content').getByRole('link', { name: 'Felanmälan till förvaltningen' }).click();
  const reportForm = page.locator('.modal-content');
  await formReady(reportForm);
  await reportForm.getByLabel('1177 e-tjänster/personalverktyget').check();
  await enter(field(reportForm, 'Vad fungerar inte?'), 'Vi kommer inte åt meddelandena i personalverktyget sedan i morse.');
  await enter(field(reportForm, 'Hur når vi dig?'), 'Receptionen, 063-14 20 00');
  await screenshotForm('fault-report');
  const reportSubmitted = page.waitForResponse((r) => /\/process-definition\/[^/]+\/submit-form$/.test(r.url()));
  await reportForm.getByRole('button', { name: 'Starta', exact: true }).click();
  const reportResponse = await reportSubmitted;
  if (reportResponse.status() >= 300) {
    await screenshot('fault-report-failed');
    fail(`the fault report answered ${reportResponse.status()}: ${(await reportResponse.text()).slice(0, 500)}`);
  }
  await logOut();
  await logIn('forvaltare');
  form = await openTask('Bedöm felanmälan');
  await expectValue(field(form, 'Enhet'), 'Hälsocentralen Östersund', 'the reporter\'s unit in the triage');
  await form.getByLabel('Koppla till pågående driftstörning').check();
  // form-js draws its own select: the labelled input is hidden, the box beside it opens the list.
  await form.locator('.fjs-form-field-select', { hasText: 'Pågående driftstörning' }).locator('.fjs-input-group').click();
  await page.locator('.fjs-dropdownlist-item', { hasText: ongoing.reference }).first().click();
  const answer = 'Tack! Felet är känt och gäller hela regionen. Följ er lokala reservrutin tills vidare.';
  await enter(field(form, 'Svar till den som anmälde'), answer);
  await screenshotForm('triage-fault-report');
  await complete();

  // 5. The service is back.
  form = await openTask('Uppdatera status och prognos');
  await screenshotForm('update-status-prefilled');
  await enter(field(form, 'Lägesbeskrivning'), 'Personalverktyget fungerar igen sedan kl. 10.');
  await form.getByLabel('Tjänsten är åter i drift').check();
  await screenshotForm('update-status-restored');
  await complete();
  await awaitOutageState(title, 'RESOLVED');
  await statusPageShows(ongoing.reference, 'åter i drift', 'Personalverktyget fungerar igen sedan kl. 10.',
    'status-page-restored');
  await logOut();

  // 6. The reporter reads the answer, which names the outage the report joined.
  await logIn('personal-ostersund');
  form = await openTask('Läs svaret på felanmälan', 'Mina uppgifter');
  await expectValue(field(form, 'Bedömning'), `Del av driftstörning ${ongoing.reference} ${title}`,
    'the answer names the outage');
  await expectValue(field(form, 'Svar från förvaltningen'), answer, 'the answer as förvaltningen wrote it');
  await screenshotForm('fault-report-answer');
  await complete();

  // 7. The unit reviews the cases that came in during the outage; it sees its own unit's review only.
  await page.getByText('Min grupps uppgifter').click();
  await page.locator('.tasks-list li', { hasText: 'Gå igenom ärenden som inkommit under driftstörningen' }).first()
    .waitFor();
  const reviews = await page.locator('.tasks-list li', { hasText: 'Gå igenom ärenden som inkommit under driftstörningen' })
    .count();
  if (reviews !== 1) fail(`personal-ostersund sees ${reviews} review tasks, expected the unit's one`);
  await screenshot('unit-task-list');
  form = await openTask('Gå igenom ärenden som inkommit under driftstörningen');
  await expectValue(field(form, 'Driftstörning'), declared.reference, 'Driftstörning prefilled');
  await expectValue(field(form, 'Enhet'), 'Hälsocentralen Östersund', 'Enhet prefilled');
  await enter(field(form, 'Antal genomgångna ärenden'), '12');
  await enter(field(form, 'Varav avslutade med "avsluta utan svar"'), '3');
  await enter(field(form, 'Antal patienter som ringts upp'), '4');
  await enter(field(form, 'Kommentar'), 'Två ärenden behöver följas upp av läkare.');
  await screenshotForm('review-cases');
  await expectValue(field(form, 'Kommentar'), 'Två ärenden behöver följas upp av läkare.', 'Kommentar typed');
  await complete();
  // The review is recorded asynchronously; the closing task then waits for förvaltningen.
  await logOut();

  // 8. Förvaltningen closes the outage.
  await logIn('forvaltare');
  form = await openTask('Avsluta och följ upp driftstörning');
  await enter(field(form, 'Sammanfattning'), 'Personalverktyget var nere i två timmar. Enheterna arbetade enligt reservrutinen.');
  await form.getByLabel('Brist i den centrala reservrutinen upptäcktes').check();
  await enter(field(form, 'Beskriv bristen'), 'Telefonlistan i reservrutinen var inaktuell.');
  await screenshotForm('close-outage');
  await complete();
  const closed = await awaitOutageState(title, 'CLOSED');
  if (!closed.summary || !closed.summary.startsWith('Personalverktyget var nere')) {
    fail(`closed outage summary: ${closed.summary}`);
  }
  await screenshot('tasklist-after-closing');
  await statusPageShows(closed.reference, 'avslutad', null, 'status-page-closed');

  // What the forms sent, as the journal recorded it.
  const { timeline } = await getJson(`/api/outages/${closed.id}`);
  const entry = (type) => timeline.find((e) => e.type === type) || fail(`no ${type} in the timeline`);
  if (!entry('INERA_INFO_CONFIRMED').text.includes('Ineras driftinformation finns')) {
    fail('the Inera information checkbox was not recorded');
  }
  const review = entry('UNIT_REVIEW_DONE');
  if (review.actor !== 'personal-ostersund' || review.unitId !== 'hc-ostersund'
      || JSON.stringify(JSON.parse(review.details)) !== '{"casesReviewed":12,"casesClosedWithoutReply":3,"patientsPhoned":4}'
      || !review.text.endsWith('Två ärenden behöver följas upp av läkare.')) {
    fail(`unit review recorded as ${JSON.stringify(review)}`);
  }
  if (entry('DEFICIENCY_FOUND').text !== 'Telefonlistan i reservrutinen var inaktuell.') {
    fail('the deficiency was not recorded');
  }

  const variables = await processVariables(closed.processInstanceId);
  writeFileSync(`${outDir}/variables.json`, JSON.stringify(variables, null, 2));
  if (pageErrors.length > 0) {
    fail(`the page threw: ${pageErrors.join('\n')}`);
  }
  entry('FAULT_REPORT');
  log(`done: ${closed.reference} went NEW → ONGOING → RESOLVED → CLOSED through Tasklist`);
}
catch (error) {
  await screenshot('failure').catch(() => {});
  console.error(error.stack || String(error));
  // What the browser showed and what the application refused, so a failure on
  // a machine whose screenshots are out of reach can still be read from the log.
  console.error(`page at failure: ${page.url()}`);
  const shown = await page.locator('body').innerText().catch((e) => `(unreadable: ${e})`);
  console.error(`text shown:\n${shown.replace(/\n{2,}/g, '\n').slice(0, 2000)}`);
  console.error(`refused or failed requests:\n${refusedResponses.join('\n') || '(none)'}`);
  if (pageErrors.length > 0) console.error(`page errors:\n${pageErrors.join('\n')}`);
  process.exitCode = 1;
}
finally {
  writeFileSync(`${outDir}/submissions.json`, JSON.stringify(submissions, null, 2));
  await browser.close();
  await api.dispose();
}
