/**
 * The production build (`npm run build`), run once into a temporary folder: dist/ must be hostable
 * as it is, with the manifest pointing at ADDIN_PUBLIC_URL and Office.js left to Microsoft's CDN.
 * Slow (a full webpack production build, 30–60 s on two cores), so it builds only once.
 */
import { spawn } from 'child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'fs';
import { tmpdir } from 'os';
import { join, resolve } from 'path';

const ROOT = resolve(__dirname, '..');
const PUBLIC_URL = 'https://anvisning.test.example/boliger/';
const BUILD_TIMEOUT_MS = 300_000;

let out = '';
let build: { code: number | null; output: string } = { code: null, output: '' };

function runBuild(outputPath: string): Promise<{ code: number | null; output: string }> {
  return new Promise((done) => {
    const cli = require.resolve('webpack-cli/bin/cli.js', { paths: [ROOT] });
    const child = spawn(process.execPath, [cli, '--mode', 'production', '--output-path', outputPath], {
      cwd: ROOT,
      env: { ...process.env, ADDIN_PUBLIC_URL: PUBLIC_URL },
    });
    let output = '';
    child.stdout.on('data', (d) => (output += d));
    child.stderr.on('data', (d) => (output += d));
    const timer = setTimeout(() => child.kill(), BUILD_TIMEOUT_MS - 10_000);
    child.on('close', (code) => {
      clearTimeout(timer);
      done({ code, output });
    });
  });
}

beforeAll(async () => {
  out = mkdtempSync(join(tmpdir(), 'anvisning-dist-'));
  build = await runBuild(out);
}, BUILD_TIMEOUT_MS);

afterAll(() => {
  if (out) rmSync(out, { recursive: true, force: true });
});

const text = (name: string) => readFileSync(join(out, name), 'utf8');
const emittedJs = () => readdirSync(out).filter((f) => f.endsWith('.js'));
/** The src of every <script> in a built page (html-webpack-plugin minifies: quotes are optional). */
const scripts = (html: string) => Array.from(html.matchAll(/<script[^>]*\ssrc=["']?([^"'\s>]+)/g), (m) => m[1]);

/** Whether JavaScript carries Office.js itself (its globals defined), not just uses it. */
function definesOfficeJs(js: string): boolean {
  return /\bvar\s+OfficeExtension\b|\bOfficeExtension\s*=\s*(?!=)|\(\s*OfficeExtension\s*\|\|/.test(js) || js.includes('Microsoft.Office.WebExtension') || js.includes('OSF.OUtil');
}

describe('npm run build (production)', () => {
  test('succeeds', () => {
    if (build.code !== 0) throw new Error(`webpack exited with ${build.code}:\n${build.output.slice(-4000)}`);
  });

  test('emits the three pages, each loading scripts that exist in dist/ by relative path', () => {
    for (const page of ['taskpane.html', 'commands.html', 'workbench.html']) {
      const html = text(page);
      const own = scripts(html).filter((src) => !src.startsWith('https://appsforoffice.microsoft.com/'));
      expect([page, own.length > 0]).toEqual([page, true]);
      for (const src of own) {
        expect(src).not.toMatch(/^(https?:)?\/\//);
        expect([page, src, existsSync(join(out, src))]).toEqual([page, src, true]);
      }
    }
  });

  test("Office.js comes from Microsoft's CDN in taskpane.html and commands.html; the workbench needs none", () => {
    const cdn = 'https://appsforoffice.microsoft.com/lib/1/hosted/office.js';
    expect(scripts(text('taskpane.html'))).toContain(cdn);
    expect(scripts(text('commands.html'))).toContain(cdn);
    expect(text('workbench.html')).not.toContain('appsforoffice.microsoft.com');
    // and loads before our bundle, which calls Office.onReady
    const taskpane = scripts(text('taskpane.html'));
    expect(taskpane.indexOf(cdn)).toBe(0);
  });

  test('no emitted JavaScript contains Office.js', () => {
    // the check itself: the way office.js defines its global
    expect(definesOfficeJs('var OfficeExtension;(function(OfficeExtension){})(OfficeExtension||(OfficeExtension={}));')).toBe(true);
    expect(definesOfficeJs('if (e instanceof OfficeExtension.Error) Office.onReady(f);')).toBe(false);
    const files = emittedJs();
    expect(files.length).toBeGreaterThanOrEqual(3);
    for (const file of files) expect([file, definesOfficeJs(text(file))]).toEqual([file, false]);
  });

  test('manifest.xml points at ADDIN_PUBLIC_URL, with no localhost left', () => {
    const manifest = text('manifest.xml');
    expect(manifest).not.toMatch(/localhost/i);
    expect(manifest).toContain(`<SourceLocation DefaultValue="${PUBLIC_URL}taskpane.html"/>`);
    expect(manifest).toContain(`DefaultValue="${PUBLIC_URL}commands.html"`);
    expect(manifest).toContain(`DefaultValue="${PUBLIC_URL}assets/icon-80.png"`);
    expect(manifest).toContain('<AppDomain>https://anvisning.test.example</AppDomain>');
    // the rest of the manifest is the source's, URL for URL
    const source = readFileSync(join(ROOT, 'manifest.xml'), 'utf8');
    const count = (s: string, needle: string) => s.split(needle).length - 1;
    expect(count(manifest, PUBLIC_URL)).toBe(count(source, 'https://localhost:3000/'));
    expect(manifest).toContain('<Id>');
  });

  test('every URL in the hosted manifest names a file in dist/', () => {
    const manifest = text('manifest.xml');
    const files = Array.from(manifest.matchAll(/DefaultValue="([^"]+)"/g), (m) => m[1])
      .filter((v) => v.startsWith(PUBLIC_URL))
      .map((v) => v.slice(PUBLIC_URL.length));
    expect(files.length).toBeGreaterThan(5);
    for (const file of files) expect([file, existsSync(join(out, file))]).toEqual([file, true]);
  });

  test('copies the icons and the example workbook unchanged', () => {
    const icons = readdirSync(join(ROOT, 'assets')).filter((f) => f.endsWith('.png'));
    expect(icons.length).toBe(5);
    for (const icon of icons) {
      expect(readFileSync(join(out, 'assets', icon)).equals(readFileSync(join(ROOT, 'assets', icon)))).toBe(true);
    }
    const example = join('examples', 'ledige-boliger.xlsx');
    expect(readFileSync(join(out, example)).equals(readFileSync(join(ROOT, example)))).toBe(true);
  });
});
