/**
 * Part 2: the command line end to end, as a user runs it: `node bin/anvisning.js allocate` on a
 * generated ";" CSV, stdout to /dev/null, timed from outside with its peak RSS. When a target is
 * missed (or with --phases), the same run is repeated in-process with its phases timed, and once
 * under --cpu-prof to say which functions cost the time.
 */
import { spawnSync } from 'child_process';
import fs from 'fs';
import os from 'os';
import path from 'path';
import { Phases, PhaseFigure } from './instrument';
import { repoRoot } from '../repoRoot';
import { now, round } from './timing';

export const AGREEMENT = path.join('rules', 'randers-bolig.json');
const TIME = '/usr/bin/time';

export interface CliRun {
  rows: number;
  /** False for the variant file with no quoted field anywhere (the parser may take a faster path). */
  quotedFields: boolean;
  csvMB: number;
  format: 'json' | 'table';
  seconds: number;
  peakRssMB: number;
  /** How the peak RSS was measured. */
  rssFrom: '/usr/bin/time' | 'process.resourceUsage';
  exitCode: number;
}

/** The CLI once, in a child process; its wall time, and its peak RSS from /usr/bin/time (or a preload that reports it). */
export function runCli(csv: string, rows: number, format: 'json' | 'table', quotedFields = true, extraNodeFlags: readonly string[] = []): CliRun {
  const root = repoRoot();
  return timedNode(
    [...extraNodeFlags, path.join(root, 'bin', 'anvisning.js'), 'allocate', '--agreement', path.join(root, AGREEMENT), '--input', csv, ...(format === 'json' ? ['--format', 'json'] : [])],
    csv,
    rows,
    format,
    quotedFields,
  );
}

/** The floor (floor.ts) once, timed as the CLI is: the minimal program the CLI is held to. */
export function runFloor(csv: string, rows: number, quotedFields = true): CliRun {
  return timedNode([path.join(__dirname, 'floor.js'), csv], csv, rows, 'json', quotedFields);
}

function timedNode(args: readonly string[], csv: string, rows: number, format: 'json' | 'table', quotedFields: boolean): CliRun {
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'anvisning-rss-'));
  const rssFile = path.join(tmp, 'rss');
  const useTime = fs.existsSync(TIME);
  const devNull = fs.openSync('/dev/null', 'w');
  const start = now();
  const r = useTime
    ? spawnSync(TIME, ['-f', '%e %M', '-o', rssFile, process.execPath, ...args], { stdio: ['ignore', devNull, 'pipe'], encoding: 'utf8' })
    : spawnSync(process.execPath, ['-r', path.join(__dirname, 'maxRss.js'), ...args], {
        stdio: ['ignore', devNull, 'pipe'],
        encoding: 'utf8',
        env: { ...process.env, BENCH_RSS_FILE: rssFile },
      });
  const seconds = now() - start;
  fs.closeSync(devNull);
  const text = fs.existsSync(rssFile) ? fs.readFileSync(rssFile, 'utf8').trim() : '';
  fs.rmSync(tmp, { recursive: true, force: true });
  if (r.status !== 0) throw new Error(`CLI failed (${r.status ?? r.signal}) on ${csv}:\n${r.stderr}\n${text}`);
  // /usr/bin/time prints "elapsed maxKB" (GNU time's %M is in kilobytes).
  const kb = useTime ? Number(text.split(/\s+/).pop()) : Number(text);
  return {
    rows,
    quotedFields,
    csvMB: round(fs.statSync(csv).size / 1024 / 1024, 1),
    format,
    seconds: round(seconds, 2),
    peakRssMB: round(kb / 1024, 0),
    rssFrom: useTime ? '/usr/bin/time' : 'process.resourceUsage',
    exitCode: r.status ?? -1,
  };
}

export interface PhaseRun {
  rows: number;
  format: 'json' | 'table';
  totalSeconds: number;
  peakRssMB: number;
  outputMB: number;
  /** Top-level phases in the order they ended; nested ones (inside another) are marked. */
  phases: (PhaseFigure & { nested: boolean })[];
}

/** In a child: the CLI's main() in-process, its modules wrapped so each phase is timed. */
export async function phasesChild(csv: string, rows: number, format: 'json' | 'table'): Promise<PhaseRun> {
  const lib = path.join(repoRoot(), 'lib', 'src');
  const phases = new Phases();
  const modules: [string, string][] = [
    ['cli/inputs', 'inputs'],
    ['file/vacancyFile', 'file'],
    ['core/util/decode', 'decode'],
    ['file/csv', 'csv'],
    ['core/results/stripResults', 'strip'],
    ['core/sheet/readSheet', 'sheet'],
    ['core/agreement/load', 'agreement'],
    ['core/allocation/allocate', 'allocation'],
    ['core/allocation/ruleChooser', 'ruleChooser'],
    ['core/allocation/summary', 'summary'],
    ['cli/jsonReport', 'jsonReport'],
    ['cli/tableReport', 'tableReport'],
  ];
  for (const [file, label] of modules) {
    const js = path.join(lib, `${file}.js`);
    if (fs.existsSync(js)) phases.wrapModule(js, label, label === 'ruleChooser' ? ['createRuleChooser'] : undefined);
  }
  const { main } = require(path.join(lib, 'cli', 'main.js')) as { main: (argv: string[], io: { out: (t: string) => void; err: (t: string) => void }) => Promise<number> };
  const devNull = fs.openSync('/dev/null', 'w');
  let outBytes = 0;
  const write = phases.wrap('stdout:write', (t: string) => {
    outBytes += Buffer.byteLength(t);
    fs.writeSync(devNull, t);
  });
  const start = now();
  const code = await main(['allocate', '--agreement', path.join(repoRoot(), AGREEMENT), '--input', csv, ...(format === 'json' ? ['--format', 'json'] : [])], {
    out: write,
    err: (t) => process.stderr.write(t),
  });
  const totalSeconds = now() - start;
  if (code !== 0) throw new Error(`main() returned ${code}`);
  return {
    rows,
    format,
    totalSeconds: round(totalSeconds, 2),
    peakRssMB: round(process.resourceUsage().maxRSS / 1024, 0),
    outputMB: round(outBytes / 1024 / 1024, 1),
    phases: phases.list().map((p) => ({ ...p, nested: phases.nested.has(p.phase) })),
  };
}

export interface ProfileEntry {
  where: string;
  selfSeconds: number;
  share: number;
}

/** The CLI once under --cpu-prof: self time by function and by source file (top entries). */
export function cpuProfile(csv: string, rows: number, format: 'json' | 'table', top = 15): { byFunction: ProfileEntry[]; byFile: ProfileEntry[]; profiledSeconds: number } {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'anvisning-prof-'));
  try {
    // With the heap ceiling given, bin/anvisning.js does not relaunch itself: the profile is of the work, not of a parent waiting.
    runCli(csv, rows, format, true, ['--max-old-space-size=1400', '--cpu-prof', `--cpu-prof-dir=${dir}`]);
    const file = fs.readdirSync(dir).find((f) => f.endsWith('.cpuprofile'));
    if (!file) throw new Error('no .cpuprofile written');
    return summariseProfile(JSON.parse(fs.readFileSync(path.join(dir, file), 'utf8')), top);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

interface CpuProfile {
  nodes: { id: number; callFrame: { functionName: string; url: string; lineNumber: number }; hitCount?: number }[];
  samples: number[];
  timeDeltas: number[];
  startTime: number;
  endTime: number;
}

function summariseProfile(p: CpuProfile, top: number) {
  const root = repoRoot();
  const self = new Map<number, number>();
  p.samples.forEach((id, i) => self.set(id, (self.get(id) ?? 0) + (p.timeDeltas[i] ?? 0)));
  const total = (p.endTime - p.startTime) / 1e6;
  const byFunction = new Map<string, number>();
  const byFile = new Map<string, number>();
  for (const n of p.nodes) {
    const us = self.get(n.id) ?? 0;
    if (us === 0) continue;
    const url = n.callFrame.url.replace(/^file:\/\//, '');
    const file = url === '' ? `(${n.callFrame.functionName || 'native'})` : url.startsWith(root) ? path.relative(root, url) : url.startsWith('node:') ? url : path.basename(url);
    const fn = `${n.callFrame.functionName || '(anonymous)'} ${url === '' ? '' : `${file}:${n.callFrame.lineNumber + 1}`}`.trim();
    byFunction.set(fn, (byFunction.get(fn) ?? 0) + us);
    byFile.set(file, (byFile.get(file) ?? 0) + us);
  }
  const list = (m: Map<string, number>) =>
    [...m.entries()]
      .sort((a, b) => b[1] - a[1])
      .slice(0, top)
      .map(([where, us]) => ({ where, selfSeconds: round(us / 1e6, 2), share: round((us / 1e6 / total) * 100, 1) }));
  return { byFunction: list(byFunction), byFile: list(byFile), profiledSeconds: round(total, 2) };
}
