import { spawnSync } from 'child_process';
import { copyFileSync, mkdirSync, mkdtempSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import * as da from '../scripts/da';
import { ROOT } from './helpers';

const TOOLS = ['office-addin-debugging', 'office-addin-dev-settings'];

function installed(name: string): boolean {
  try {
    require.resolve(`${name}/package.json`, { paths: [ROOT] });
    return true;
  } catch {
    return false;
  }
}

describe('scripts/sideload.js and Microsoft’s tools (optional dependencies)', () => {
  it('where npm ci left the tools out (keytar could not be built), it says in Danish what is missing and how to get it', () => {
    // A copy of the script with no node_modules beside it: as a machine without the tools sees it.
    const dir = mkdtempSync(join(tmpdir(), 'sideload-'));
    mkdirSync(join(dir, 'scripts'));
    mkdirSync(join(dir, 'lib', 'scripts'), { recursive: true });
    copyFileSync(join(ROOT, 'scripts', 'sideload.js'), join(dir, 'scripts', 'sideload.js'));
    copyFileSync(join(ROOT, 'lib', 'scripts', 'da.js'), join(dir, 'lib', 'scripts', 'da.js'));
    const run = spawnSync(process.execPath, [join(dir, 'scripts', 'sideload.js'), 'stop'], { encoding: 'utf8', env: { ...process.env, NODE_PATH: '' } });
    expect({ status: run.status, stderr: run.stderr }).toEqual({ status: 1, stderr: `${da.dev.toolsMissing(TOOLS)}\n` });
  });

  it('runs office-addin-debugging from node_modules where npm ci installed it, else says what is missing', () => {
    const run = spawnSync(process.execPath, [join(ROOT, 'scripts', 'sideload.js'), 'stop', '--help'], { encoding: 'utf8', cwd: ROOT });
    if (TOOLS.every(installed)) {
      expect(run.status).toBe(0);
      expect(run.stdout).toContain('Usage: office-addin-debugging stop');
    } else {
      expect({ status: run.status, stderr: run.stderr }).toEqual({ status: 1, stderr: `${da.dev.toolsMissing(TOOLS.filter((t) => !installed(t)))}\n` });
    }
  });

  it('pins both tools to exact versions, as optional dependencies', () => {
    const pkg = require(join(ROOT, 'package.json')) as { optionalDependencies?: Record<string, string> };
    expect(TOOLS.map((t) => /^\d+\.\d+\.\d+$/.test(pkg.optionalDependencies?.[t] ?? ''))).toEqual([true, true]);
  });
});
