/**
 * An offline check of manifest.xml (`npm run validate:manifest`). Microsoft's validator
 * (`office-addin-manifest validate`) posts the file to a web service, which these machines cannot
 * reach; this checks what that validator would reject and what Office needs to load the add-in:
 * the element order of the XSDs, the ids and resources, the URLs and the icons behind them.
 */
import { existsSync, readFileSync, statSync } from 'fs';
import { join, resolve } from 'path';
import { inflateSync } from 'zlib';
import { JSDOM } from 'jsdom';
import { ICON_SIZES, iconPixels } from '../scripts/make-icons';

const ROOT = resolve(__dirname, '..');
const MANIFEST = join(ROOT, 'manifest.xml');
const DEV = 'https://localhost:3000/';

const NS = {
  app: 'http://schemas.microsoft.com/office/appforoffice/1.1',
  ov: 'http://schemas.microsoft.com/office/taskpaneappversionoverrides',
  bt: 'http://schemas.microsoft.com/office/officeappbasictypes/1.0',
  xsi: 'http://www.w3.org/2001/XMLSchema-instance',
  dsig: 'http://www.w3.org/2000/09/xmldsig#',
};

function parse(xml: string): Document {
  const doc = new new JSDOM('').window.DOMParser().parseFromString(xml, 'text/xml');
  const error = doc.getElementsByTagName('parsererror')[0];
  if (error) throw new Error(`manifest.xml is not well-formed XML: ${error.textContent}`);
  return doc;
}

const children = (parent: Element): Element[] => Array.from(parent.children);

/** The one child with this name (in the parent's namespace unless given); fails when absent or repeated. */
function child(parent: Element, name: string, ns = parent.namespaceURI): Element {
  const found = children(parent).filter((e) => e.localName === name && e.namespaceURI === ns);
  if (found.length !== 1) throw new Error(`<${parent.localName}> has ${found.length} <${name}> children, expected 1`);
  return found[0];
}

const xsiType = (e: Element) => e.getAttributeNS(NS.xsi, 'type');
const defaultValue = (e: Element) => e.getAttribute('DefaultValue') ?? '';

// ---- an xs:sequence checker ---------------------------------------------------------------------

/** One element of an xs:sequence: name, namespace, minOccurs (default 1), maxOccurs (default 1). */
interface Particle {
  name: string;
  ns: string;
  min?: number;
  max?: number;
}
const one = (ns: string, name: string): Particle => ({ name, ns });
const opt = (ns: string, name: string): Particle => ({ name, ns, min: 0 });
const many = (ns: string, name: string, min = 1): Particle => ({ name, ns, min, max: Infinity });

/**
 * Where `parent`'s element children break the xs:sequence. The XSDs' sequences name each element
 * once, so a greedy walk decides it: each particle takes as many matching children as it may.
 */
function sequenceProblems(parent: Element, sequence: Particle[]): string[] {
  const kids = children(parent);
  const problems: string[] = [];
  let i = 0;
  for (const p of sequence) {
    let count = 0;
    while (i < kids.length && kids[i].localName === p.name && kids[i].namespaceURI === p.ns && count < (p.max ?? 1)) {
      i++;
      count++;
    }
    if (count < (p.min ?? 1)) {
      const at = kids[i] ? `found <${kids[i].localName}>` : 'found the end';
      problems.push(`<${parent.localName}>: expected <${p.name}> (${p.ns}) at child ${i + 1}, ${at}`);
    }
  }
  if (i < kids.length) {
    problems.push(`<${parent.localName}>: <${kids[i].localName}> (${kids[i].namespaceURI}) is out of order or not allowed here (child ${i + 1})`);
  }
  return problems;
}

// OfficeAppManifestV1_1.xsd: OfficeApp, then the TaskPaneApp extension.
const TASKPANE_APP: Particle[] = [
  one(NS.app, 'Id'),
  opt(NS.app, 'AlternateId'),
  one(NS.app, 'Version'),
  one(NS.app, 'ProviderName'),
  one(NS.app, 'DefaultLocale'),
  one(NS.app, 'DisplayName'),
  one(NS.app, 'Description'),
  opt(NS.app, 'IconUrl'),
  opt(NS.app, 'HighResolutionIconUrl'),
  opt(NS.app, 'SupportUrl'),
  opt(NS.app, 'AppDomains'),
  opt(NS.app, 'Hosts'),
  opt(NS.app, 'Requirements'),
  one(NS.app, 'DefaultSettings'),
  one(NS.app, 'Permissions'),
  opt(NS.app, 'Dictionary'),
  opt(NS.ov, 'VersionOverrides'),
  opt(NS.dsig, 'Signature'),
];

/** Every sequence the manifest's elements must follow, found by walking from the root. */
function orderProblems(doc: Document): string[] {
  const root = doc.documentElement;
  const problems = sequenceProblems(root, TASKPANE_APP);
  const check = (e: Element | undefined, sequence: Particle[]) => e && problems.push(...sequenceProblems(e, sequence));
  const all = (name: string, ns: string) => Array.from(doc.getElementsByTagNameNS(ns, name));

  check(all('Requirements', NS.app)[0], [opt(NS.app, 'Sets'), opt(NS.app, 'Methods')]);
  // TaskPaneAppVersionOverridesV1_0.xsd
  check(all('VersionOverrides', NS.ov)[0], [
    opt(NS.ov, 'Description'),
    opt(NS.ov, 'Requirements'),
    opt(NS.ov, 'Hosts'),
    opt(NS.ov, 'Resources'),
    opt(NS.ov, 'WebApplicationInfo'),
    opt(NS.ov, 'EquivalentAddins'),
  ]);
  for (const host of all('Host', NS.ov)) check(host, [opt(NS.ov, 'AllFormFactors'), opt(NS.ov, 'DesktopFormFactor')]);
  for (const ff of all('DesktopFormFactor', NS.ov)) check(ff, [opt(NS.ov, 'GetStarted'), opt(NS.ov, 'FunctionFile'), many(NS.ov, 'ExtensionPoint')]);
  for (const gs of all('GetStarted', NS.ov)) check(gs, [one(NS.ov, 'Title'), one(NS.ov, 'Description'), one(NS.ov, 'LearnMoreUrl')]);
  for (const ep of all('ExtensionPoint', NS.ov)) check(ep, [many(NS.ov, 'OfficeTab', 0), many(NS.ov, 'CustomTab', 0)]);
  for (const tab of all('OfficeTab', NS.ov)) check(tab, [many(NS.ov, 'Group')]);
  for (const group of all('Group', NS.ov)) check(group, [one(NS.ov, 'Label'), one(NS.ov, 'Icon'), many(NS.ov, 'Control')]);
  for (const control of all('Control', NS.ov)) {
    check(control, [one(NS.ov, 'Label'), one(NS.ov, 'Supertip'), one(NS.ov, 'Icon'), one(NS.ov, 'Action')]);
  }
  for (const tip of all('Supertip', NS.ov)) check(tip, [one(NS.ov, 'Title'), one(NS.ov, 'Description')]);
  for (const action of all('Action', NS.ov)) check(action, [opt(NS.ov, 'TaskpaneId'), one(NS.ov, 'SourceLocation'), opt(NS.ov, 'Title')]);
  for (const icon of all('Icon', NS.ov)) check(icon, [many(NS.bt, 'Image')]);
  // OfficeAppBasicTypesV1_0.xsd
  check(all('Resources', NS.ov)[0], [opt(NS.bt, 'Images'), opt(NS.bt, 'Urls'), opt(NS.bt, 'ShortStrings'), opt(NS.bt, 'LongStrings')]);
  return problems;
}

// ---- PNG ----------------------------------------------------------------------------------------

/** Width, height and RGBA pixels of a PNG written as make-icons writes them (RGBA, filter 0). */
function readPng(file: string): { width: number; height: number; pixels?: Buffer } {
  const bytes = readFileSync(file);
  if (bytes.subarray(0, 8).toString('hex') !== '89504e470d0a1a0a') throw new Error(`${file} is not a PNG`);
  const width = bytes.readUInt32BE(16);
  const height = bytes.readUInt32BE(20);
  const idat: Buffer[] = [];
  for (let at = 8; at < bytes.length;) {
    const length = bytes.readUInt32BE(at);
    if (bytes.toString('ascii', at + 4, at + 8) === 'IDAT') idat.push(bytes.subarray(at + 8, at + 8 + length));
    at += 12 + length;
  }
  const rgba = bytes[24] === 8 && bytes[25] === 6;
  if (!rgba) return { width, height };
  const rows = inflateSync(Buffer.concat(idat));
  const stride = width * 4 + 1;
  if (Array.from({ length: height }, (_, y) => rows[y * stride]).some((filter) => filter !== 0)) return { width, height };
  const pixels = Buffer.concat(Array.from({ length: height }, (_, y) => rows.subarray(y * stride + 1, (y + 1) * stride)));
  return { width, height, pixels };
}

/** https://localhost:3000/assets/icon-16.png → assets/icon-16.png: webpack copies assets/ to dist/assets/ as is. */
function sourceOf(url: string): string {
  expect(url.startsWith(DEV)).toBe(true);
  return join(ROOT, url.slice(DEV.length));
}

// ---- the manifest -------------------------------------------------------------------------------

const xml = readFileSync(MANIFEST, 'utf8');
const doc = parse(xml);
const root = doc.documentElement;
const bt = (name: string) => Array.from(doc.getElementsByTagNameNS(NS.bt, name));
const ov = (name: string) => Array.from(doc.getElementsByTagNameNS(NS.ov, name));

/** Resource id → value, per kind (bt:Images, bt:Urls, bt:ShortStrings, bt:LongStrings). */
function resources(kind: 'Images' | 'Urls' | 'ShortStrings' | 'LongStrings'): Map<string, string> {
  const list = bt(kind);
  expect(list).toHaveLength(1);
  return new Map(children(list[0]).map((e) => [e.getAttribute('id') ?? '', defaultValue(e)]));
}
const images = resources('Images');
const urls = resources('Urls');
const shortStrings = resources('ShortStrings');
const longStrings = resources('LongStrings');

function resolveResid(e: Element, kind: Map<string, string>): string {
  const id = e.getAttribute('resid') ?? '';
  const value = kind.get(id);
  if (value === undefined) throw new Error(`<${e.localName} resid="${id}"> names no resource of the right kind`);
  return value;
}

describe('manifest.xml, checked offline', () => {
  test('is an Excel task pane add-in: OfficeApp 1.1, TaskPaneApp', () => {
    expect(root.localName).toBe('OfficeApp');
    expect(root.namespaceURI).toBe(NS.app);
    expect(xsiType(root)).toBe('TaskPaneApp');
  });

  test('elements appear in the order the XSDs demand, at every level', () => {
    expect(orderProblems(doc)).toEqual([]);
  });

  test('the order check itself catches a misplaced element', () => {
    // Permissions before DefaultSettings, and GetStarted after FunctionFile: both invalid.
    const swapped = xml
      .replace(/(\s*<DefaultSettings>[\s\S]*?<\/DefaultSettings>)(\s*<Permissions>[^<]*<\/Permissions>)/, '$2$1')
      .replace(/(\s*<GetStarted>[\s\S]*?<\/GetStarted>)(\s*<FunctionFile[^>]*\/>)/, '$2$1');
    expect(swapped).not.toBe(xml);
    const problems = orderProblems(parse(swapped));
    expect(problems.some((p) => p.startsWith('<OfficeApp>'))).toBe(true);
    expect(problems.some((p) => p.startsWith('<DesktopFormFactor>'))).toBe(true);
  });

  test('Id is a fresh GUID, Version is a.b.c.d, the names and the description are Danish and within limits', () => {
    const id = child(root, 'Id').textContent ?? '';
    expect(id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i);
    expect(id).not.toBe('05c2e1c9-3e1d-406e-9a91-e9ac64854143'); // Microsoft's template
    expect(child(root, 'Version').textContent).toMatch(/^\d{1,5}(\.\d{1,5}){3}$/);
    expect(child(root, 'DefaultLocale').textContent).toBe('da-DK');
    expect(defaultValue(child(root, 'DisplayName'))).toBe('Anvisningsaftaler');
    expect((child(root, 'ProviderName').textContent ?? '').length).toBeGreaterThan(0);
    const description = defaultValue(child(root, 'Description'));
    expect(description.length).toBeGreaterThan(0);
    expect(description.length).toBeLessThanOrEqual(250);
    expect(description).toMatch(/boliger/);
  });

  test('runs in Excel only (Hosts: Workbook) and needs the ExcelApi requirement set with a MinVersion', () => {
    const hosts = children(child(root, 'Hosts'));
    expect(hosts.map((h) => h.getAttribute('Name'))).toEqual(['Workbook']);
    const sets = children(child(child(root, 'Requirements'), 'Sets'));
    const excelApi = sets.filter((s) => s.getAttribute('Name') === 'ExcelApi');
    expect(excelApi).toHaveLength(1);
    expect(excelApi[0].getAttribute('MinVersion')).toMatch(/^1\.\d+$/);
  });

  test('opens taskpane.html and may read and write the workbook', () => {
    expect(defaultValue(child(child(root, 'DefaultSettings'), 'SourceLocation'))).toBe(`${DEV}taskpane.html`);
    expect(child(root, 'Permissions').textContent).toBe('ReadWriteDocument');
  });

  test('every URL is on the dev server, so the production build can move them all', () => {
    const values = Array.from(doc.getElementsByTagName('*')).flatMap((e) => [defaultValue(e), e.localName === 'AppDomain' ? (e.textContent ?? '') : '']);
    const urlsFound = values.filter((v) => /^[a-z]+:\/\//i.test(v));
    expect(urlsFound.length).toBeGreaterThan(5);
    for (const url of urlsFound) expect(url.startsWith(DEV.slice(0, -1))).toBe(true);
    expect(children(child(root, 'AppDomains')).length).toBeGreaterThan(0);
  });

  test('every page the manifest names has its template in src/ (webpack builds it)', () => {
    const pages = new Set([...urls.values(), defaultValue(child(root, 'SupportUrl'))].filter((u) => u.endsWith('.html')));
    expect(pages.size).toBeGreaterThanOrEqual(2);
    for (const url of pages) {
      const name = url.slice(DEV.length).replace(/\.html$/, '');
      expect(existsSync(join(ROOT, 'src', name, `${name}.html`))).toBe(true);
    }
  });

  test('the Home tab gets its own group "Anvisning" with a button that shows the task pane', () => {
    const surfaces = ov('ExtensionPoint').filter((e) => xsiType(e) === 'PrimaryCommandSurface');
    expect(surfaces).toHaveLength(1);
    const tab = child(surfaces[0], 'OfficeTab');
    expect(tab.getAttribute('id')).toBe('TabHome');
    const group = child(tab, 'Group');
    expect(resolveResid(child(group, 'Label'), shortStrings)).toBe('Anvisning');
    const button = child(group, 'Control');
    expect(xsiType(button)).toBe('Button');
    const action = child(button, 'Action');
    expect(xsiType(action)).toBe('ShowTaskpane');
    expect(child(action, 'TaskpaneId').textContent).not.toBe('');
    expect(resolveResid(child(action, 'SourceLocation'), urls)).toBe(`${DEV}taskpane.html`);
  });

  test('the FunctionFile is commands.html', () => {
    const functionFiles = ov('FunctionFile');
    expect(functionFiles).toHaveLength(1);
    expect(resolveResid(functionFiles[0], urls)).toBe(`${DEV}commands.html`);
  });

  test('every resid names a resource of the right kind; ids are unique, short and strings within limits', () => {
    const kindOf = (e: Element): Map<string, string> => {
      if (e.namespaceURI === NS.bt && e.localName === 'Image') return images;
      if (['SourceLocation', 'FunctionFile', 'LearnMoreUrl'].includes(e.localName)) return urls;
      if (e.localName === 'Description') return longStrings;
      return shortStrings; // Label, Title
    };
    const referencing = Array.from(doc.getElementsByTagName('*')).filter((e) => e.hasAttribute('resid'));
    expect(referencing.length).toBeGreaterThan(10);
    for (const e of referencing) {
      expect(() => resolveResid(e, kindOf(e))).not.toThrow();
      expect((e.getAttribute('resid') ?? '').length).toBeLessThanOrEqual(32);
    }
    const ids = [...images.keys(), ...urls.keys(), ...shortStrings.keys(), ...longStrings.keys()];
    expect(new Set(ids).size).toBe(ids.length);
    for (const s of shortStrings.values()) expect(s.length).toBeLessThanOrEqual(125);
    for (const s of longStrings.values()) expect(s.length).toBeLessThanOrEqual(250);
  });

  test('every icon URL is a PNG in assets/ of the size it is declared as, under 100 KB', () => {
    const declared: Array<[string, number]> = [
      [defaultValue(child(root, 'IconUrl')), 64],
      [defaultValue(child(root, 'HighResolutionIconUrl')), 128],
    ];
    for (const icon of ov('Icon')) {
      const sizes = children(icon).map((img) => Number(img.getAttribute('size')));
      expect(sizes).toEqual(expect.arrayContaining([16, 32, 80]));
      for (const img of children(icon)) declared.push([resolveResid(img, images), Number(img.getAttribute('size'))]);
    }
    expect(declared.length).toBeGreaterThan(5);
    for (const [url, size] of declared) {
      const file = sourceOf(url);
      expect(existsSync(file)).toBe(true);
      expect(statSync(file).size).toBeLessThan(100_000);
      const png = readPng(file);
      expect([url, png.width, png.height]).toEqual([url, size, size]);
    }
  });

  test('the icons in assets/ are the ones scripts/make-icons.ts draws (else: npm run icons)', () => {
    for (const size of ICON_SIZES) {
      const png = readPng(join(ROOT, 'assets', `icon-${size}.png`));
      expect(png.pixels?.equals(iconPixels(size))).toBe(true);
    }
  });
});
