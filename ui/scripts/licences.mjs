// Writes src/about_waymark/licences.json: everything Waymark ships and its licence,
// generated (never typed): the Rust crates compiled into the app for the
// desktop platforms (`cargo tree`), the npm packages whose code is in the UI
// bundle (read from a source-mapped build), and the fonts with the licence
// files beside them. `node scripts/licences.mjs`; the test command checks
// the committed file is what this writes.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const UI = join(dirname(fileURLToPath(import.meta.url)), '..');
const ROOT = join(UI, '..');
const TARGETS = ['x86_64-unknown-linux-gnu', 'x86_64-pc-windows-msvc', 'aarch64-apple-darwin', 'x86_64-apple-darwin'];

// Rust: the app's normal dependencies, on the platforms it is built for.
const tree = execFileSync(
  'cargo',
  ['tree', '-p', 'waymark', '-e', 'normal', '--prefix', 'none', '--format', '{p}\t{l}', '--locked', ...TARGETS.flatMap((t) => ['--target', t])],
  { cwd: ROOT, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 },
);
const rust = new Map();
for (const line of tree.split('\n')) {
  const [pkg, license = ''] = line.split('\t');
  const m = /^(\S+) v(\S+)/.exec(pkg ?? '');
  if (!m || pkg.includes(`(${ROOT}`)) continue; // Waymark's own crates
  const spdx = license.replace(/\(\*\)\s*$/, '').trim();
  rust.set(`${m[1]}@${m[2]}`, { name: m[1], version: m[2], license: spdx || 'see the crate' });
}

// npm: the packages whose files are in the built bundle.
const out = mkdtempSync(join(tmpdir(), 'waymark-licences-'));
try {
  execFileSync('npx', ['vite', 'build', '--sourcemap', '--outDir', out, '--emptyOutDir', '--logLevel', 'silent'], { cwd: UI, stdio: 'inherit' });
  var sources = readdirSync(join(out, 'assets'))
    .filter((f) => f.endsWith('.js.map'))
    .flatMap((f) => JSON.parse(readFileSync(join(out, 'assets', f), 'utf8')).sources);
} finally {
  rmSync(out, { recursive: true, force: true });
}
const npm = new Map();
for (const source of sources) {
  const m = /node_modules\/((?:@[^/]+\/)?[^/]+)\//.exec(source);
  if (!m) continue;
  const pkg = JSON.parse(readFileSync(join(UI, 'node_modules', m[1], 'package.json'), 'utf8'));
  npm.set(pkg.name, { name: pkg.name, version: pkg.version, license: pkg.license ?? 'see the package' });
}

// Fonts: each font file, with the licence file beside it.
const fonts = [];
for (const dir of ['ui/public/fonts', 'src-tauri/core/fonts']) {
  const files = readdirSync(join(ROOT, dir));
  const licence = files.find((f) => /licen[cs]e/i.test(f));
  const text = licence ? readFileSync(join(ROOT, dir, licence), 'utf8') : '';
  // A Debian-style copyright file says its licence; otherwise its words do.
  const dep5 = /^License:\s*(.+)$/m.exec(text)?.[1]?.trim();
  const spdx =
    dep5 ??
    (/SIL OPEN FONT LICENSE/i.test(text) ? 'OFL-1.1' : /Bitstream Vera/i.test(text) ? 'Bitstream-Vera' : 'see the licence file');
  for (const f of files.filter((f) => /\.(woff2?|ttf|otf)$/i.test(f)).sort()) {
    fonts.push({ name: f.replace(/\.(woff2?|ttf|otf)$/i, ''), license: spdx, licence_file: `${dir}/${licence ?? ''}` });
  }
}

const byName = (a, b) => a.name.localeCompare(b.name) || a.version.localeCompare(b.version);
const result = {
  generated_by: 'ui/scripts/licences.mjs',
  rust: [...rust.values()].sort(byName),
  npm: [...npm.values()].sort(byName),
  fonts,
};
// One entry a line, so a change reads well in a diff.
const list = (items) => `[\n${items.map((i) => `    ${JSON.stringify(i)}`).join(',\n')}\n  ]`;
writeFileSync(
  join(UI, 'src/about_waymark/licences.json'),
  `{\n  "generated_by": ${JSON.stringify(result.generated_by)},\n  "rust": ${list(result.rust)},\n  "npm": ${list(result.npm)},\n  "fonts": ${list(result.fonts)}\n}\n`,
);
console.log(`licences: ${result.rust.length} Rust crates, ${result.npm.length} npm packages, ${result.fonts.length} fonts`);
