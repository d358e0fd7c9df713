/**
 * Each part of the benchmark runs in a fresh Node process, so one part's heap, JIT state and
 * type feedback (e.g. the compiled predicates of another agreement) cannot colour another's
 * figures, and the memory a part reports is its own. A child prints its figures as the last
 * line of its output, as JSON.
 */
import { spawnSync } from 'child_process';
import path from 'path';

const MAIN = path.join(__dirname, 'main.js');

export function runChild<T>(args: readonly string[], nodeFlags: readonly string[] = []): T {
  const r = spawnSync(process.execPath, [...nodeFlags, MAIN, '--child', ...args], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024, stdio: ['ignore', 'pipe', 'pipe'] });
  const lines = (r.stdout ?? '').trim().split('\n');
  if (r.status !== 0) throw new Error(`bench child ${args.join(' ')} failed (${r.status ?? r.signal}):\n${r.stderr}${r.stdout}`);
  return JSON.parse(lines[lines.length - 1]) as T;
}

/** In a child: hand the figures back to the parent. */
export function reply(figures: unknown): void {
  process.stdout.write(`${JSON.stringify(figures)}\n`);
}
