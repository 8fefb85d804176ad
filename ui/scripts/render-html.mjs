// Renders an HTML file in headless Chromium (Debian's) to a PNG, as a tutor
// would see it opened from a USB stick: a file:// page, no server.
// Usage: node scripts/render-html.mjs <page.html> <out.png> [width]
import { chromium } from 'playwright-core';
import { resolve } from 'node:path';

const [page, out, width = '1000'] = process.argv.slice(2);
const browser = await chromium.launch({
  executablePath: '/usr/bin/chromium',
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking'],
});
const tab = await browser.newPage({ viewport: { width: Number(width), height: Number(process.env.HEIGHT ?? 900) } });
await tab.goto(`file://${resolve(page)}`);
await tab.screenshot({ path: out, fullPage: false });
await browser.close();
console.log(`rendered ${page} to ${out}`);
