/** Part 5: the machine the figures were measured on. */
import { spawnSync } from 'child_process';
import fs from 'fs';
import os from 'os';
import { round } from './timing';

export interface Machine {
  cpu: string;
  cores: number;
  memoryGB: number;
  node: string;
  os: string;
  /** 1-minute load average when the benchmark started and ended: other work on the machine skews the figures. */
  loadAtStart: number;
  loadAtEnd: number | null;
}

export function machine(): Machine {
  let cpu = os.cpus()[0]?.model ?? 'unknown';
  try {
    const info = fs.readFileSync('/proc/cpuinfo', 'utf8');
    const model = /^model name\s*:\s*(.+)$/m.exec(info);
    if (model) cpu = model[1].trim();
  } catch {
    // Not Linux: os.cpus() it is.
  }
  return {
    cpu,
    cores: typeof os.availableParallelism === 'function' ? os.availableParallelism() : os.cpus().length,
    memoryGB: round(os.totalmem() / 1024 ** 3, 1),
    node: process.version,
    os: `${os.type()} ${os.release()} ${os.arch()}`,
    loadAtStart: round(os.loadavg()[0], 2),
    loadAtEnd: null,
  };
}

export interface Build {
  /** The commit measured, and the files under src/ and rules/ that differ from it (the figures are of the working tree). */
  commit: string | null;
  uncommitted: string[];
}

/** Read-only git queries (no optional locks, so the index is not touched). */
export function build(root: string): Build {
  const git = (...args: string[]) => spawnSync('git', ['--no-optional-locks', ...args], { cwd: root, encoding: 'utf8' });
  const head = git('rev-parse', '--short', 'HEAD');
  if (head.status !== 0) return { commit: null, uncommitted: [] };
  const status = git('status', '--porcelain', '--', 'src', 'rules');
  return {
    commit: head.stdout.trim(),
    uncommitted: status.stdout
      .split('\n')
      .filter(Boolean)
      .map((l) => l.slice(3)),
  };
}
