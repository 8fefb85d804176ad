// Audits every screen and dialog of the UI in headless Chromium (Debian's
// /usr/bin/chromium, driven by playwright-core): axe-core in every theme and
// language, and at 200% text a check for horizontal overflow with a screenshot.
// Writes target/a11y/chromium.json; exits non-zero on any violation.
import { createServer } from 'node:http';
import { readFileSync, mkdirSync, writeFileSync, existsSync } from 'node:fs';
import { join, dirname, extname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createRequire } from 'node:module';
import { chromium } from 'playwright-core';
import { SCREENS as ALL_SCREENS, THEMES, LANGUAGES, AXE_TAGS } from './screens.mjs';

// AUDIT_ONLY=students,student audits only those screens (while working on
// them), into chromium-only.json: the report reads the whole audit only.
const only = process.env.AUDIT_ONLY?.split(',');
const SCREENS = only ? ALL_SCREENS.filter((s) => only.includes(s.name)) : ALL_SCREENS;

const here = dirname(fileURLToPath(import.meta.url));
const dist = join(here, '..', 'dist-audit');
const out = join(here, '..', '..', 'target', 'a11y');
const shots = join(out, 'screens');
mkdirSync(shots, { recursive: true });
const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
if (!existsSync(join(dist, 'audit.html'))) {
  console.error('dist-audit is missing: run npm run build:audit first');
  process.exit(2);
}

const TYPES = { '.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css', '.svg': 'image/svg+xml', '.woff': 'font/woff' };
const server = createServer((req, res) => {
  const path = decodeURIComponent(new URL(req.url, 'http://x').pathname);
  const file = join(dist, path === '/' ? 'audit.html' : path);
  if (!file.startsWith(dist) || !existsSync(file)) {
    res.writeHead(404).end();
    return;
  }
  res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' });
  res.end(readFileSync(file));
});
await new Promise((ok) => server.listen(0, '127.0.0.1', ok));
const base = `http://127.0.0.1:${server.address().port}/audit.html`;

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run'],
});
// The app's default window size.
const context = await browser.newContext({ viewport: { width: 1100, height: 780 } });

async function open(screen, params) {
  const page = await context.newPage();
  const query = new URLSearchParams(params);
  if (screen.query) query.set(screen.query, '1');
  await page.goto(`${base}?${query}`);
  await page.waitForSelector('body[data-ready=true]');
  for (const [action, selector, text] of screen.steps) {
    // With large text the menu folds behind its button: a student opens it first.
    if (action === 'click' && selector.startsWith('#nav-')) {
      const menu = page.locator('#menu-button[aria-expanded=false]');
      if (await menu.count()) await menu.click();
    }
    if (action === 'click') await page.click(selector);
    else if (action === 'type') await page.fill(selector, text);
    else if (action === 'press') await page.press(selector, text);
    else await page.waitForSelector(selector);
  }
  await page.waitForTimeout(100);
  return page;
}

// The audit must be able to fail: a page with known faults is caught.
{
  const page = await context.newPage();
  await page.setContent('<html><body><input type="text"><p style="color:#bbb;background:#fff">faint</p></body></html>');
  await page.addScriptTag({ content: axeSource });
  const ids = await page.evaluate(async (tags) => (await window.axe.run(document, { runOnly: { type: 'tag', values: tags } })).violations.map((v) => v.id), AXE_TAGS);
  await page.close();
  for (const expected of ['label', 'color-contrast', 'html-has-lang']) {
    if (!ids.includes(expected)) {
      console.error(`axe self-check failed: ${expected} was not reported (got ${ids})`);
      process.exit(2);
    }
  }
}

const results = [];
let failed = 0;
for (const screen of SCREENS) {
  for (const theme of THEMES) {
    for (const lang of LANGUAGES) {
      const page = await open(screen, { theme, lang });
      await page.addScriptTag({ content: axeSource });
      const violations = await page.evaluate(async (tags) => {
        const r = await window.axe.run(document, { runOnly: { type: 'tag', values: tags } });
        return r.violations.map((v) => ({ id: v.id, impact: v.impact, help: v.help, targets: v.nodes.map((n) => n.target.join(' ')) }));
      }, AXE_TAGS);
      results.push({ engine: 'chromium', screen: screen.name, theme, lang, check: 'axe', violations });
      if (violations.length) {
        failed++;
        console.log(`FAIL axe ${screen.name} ${theme} ${lang}:`, JSON.stringify(violations, null, 1));
      }
      await page.close();
    }
  }
  // 200% text at the default window size: nothing may scroll sideways.
  for (const lang of LANGUAGES) {
    const page = await open(screen, { theme: 'light', lang, size: 200 });
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    const file = join(shots, `${screen.name}-200-${lang}.png`);
    await page.screenshot({ path: file, fullPage: true });
    results.push({ engine: 'chromium', screen: screen.name, theme: 'light', lang, check: 'text-200', overflow, screenshot: file });
    if (overflow > 0) {
      failed++;
      console.log(`FAIL 200% text ${screen.name} ${lang}: ${overflow}px of horizontal scrolling`);
    }
    await page.close();
  }
  for (const theme of THEMES) {
    const page = await open(screen, { theme, lang: 'en-GB' });
    await page.screenshot({ path: join(shots, `${screen.name}-${theme}.png`) });
    await page.close();
  }
}
// What a screen reader is given: the accessibility tree of each screen.
const aria = join(out, 'aria');
mkdirSync(aria, { recursive: true });
for (const screen of SCREENS) {
  const page = await open(screen, { theme: 'light', lang: 'en-GB' });
  const tree = await page.locator('body').ariaSnapshot();
  writeFileSync(join(aria, `${screen.name}.yml`), tree);
  const problems = [];
  if (!/^- banner:/m.test(tree)) problems.push('no banner landmark');
  // The lock screen has no menu on purpose: nothing of the plan until unlocked.
  if (!screen.locked && !/- navigation "Plan sections"/.test(tree)) problems.push('no named navigation landmark');
  if (screen.locked && /- navigation/.test(tree)) problems.push('a menu on the lock screen');
  if (!/^- main:/m.test(tree)) problems.push('no main landmark');
  if ((tree.match(/- heading "[^"]*" \[level=1\]/g) ?? []).length !== 1) problems.push('not exactly one level-1 heading');
  if (!/- link "Skip to main content"/.test(tree)) problems.push('no skip link');
  if (!/- status/.test(tree)) problems.push('no status region for Saved');
  results.push({ engine: 'chromium', screen: screen.name, theme: 'light', lang: 'en-GB', check: 'aria-tree', problems });
  if (problems.length) {
    failed++;
    console.log(`FAIL accessibility tree ${screen.name}: ${problems.join(', ')}`);
  }
  await page.close();
}

for (const name of ['goals', 'goal', 'settings']) {
  const page = await open(ALL_SCREENS.find((s) => s.name === name), { theme: 'light', lang: 'de' });
  await page.screenshot({ path: join(shots, `${name}-de.png`) });
  await page.close();
}
{
  const page = await open(ALL_SCREENS.find((s) => s.name === 'goal'), { theme: 'light', lang: 'en-GB', reading: '1' });
  await page.screenshot({ path: join(shots, 'goal-easy-reading.png') });
  await page.close();
}

await browser.close();
server.close();
writeFileSync(join(out, only ? 'chromium-only.json' : 'chromium.json'), JSON.stringify(results, null, 1));
const passed = results.length - failed;
console.log(`\nChromium accessibility audit: ${results.length} checks over ${SCREENS.length} screens`);
console.log(`audit: ${passed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);
