/**
 * Phase timing without touching src/: the compiled modules call each other through their
 * export objects (`(0, mod.fn)(…)`), so wrapping a module's exported functions times every call
 * the product makes to them. Names the lead renames simply stop showing up; nothing breaks.
 */
import { now, round } from './timing';

export interface PhaseFigure {
  /** module:function */
  phase: string;
  calls: number;
  seconds: number;
  /** Resident set and V8 heap in use when the phase (its last call) ended, and the peak RSS so far. */
  rssAfterMB: number;
  heapUsedAfterMB: number;
  peakRssSoFarMB: number;
}

const toMB = (bytes: number) => round(bytes / 1024 / 1024, 0);

export class Phases {
  private readonly figures = new Map<string, PhaseFigure>();
  private depth = 0;
  /** Phase names that ran inside another wrapped phase. */
  readonly nested = new Set<string>();

  /** Wraps every exported function of the compiled module at `file` (an absolute path to a .js file). */
  wrapModule(file: string, label: string, only?: readonly string[]): void {
    const mod = require(file) as Record<string, unknown>;
    for (const name of Object.keys(mod)) {
      const fn = mod[name];
      if (typeof fn !== 'function' || (only && !only.includes(name)) || /^[A-Z]/.test(name)) continue;
      const descriptor = Object.getOwnPropertyDescriptor(mod, name);
      if (!descriptor || (!descriptor.writable && !descriptor.set)) continue;
      mod[name] = this.wrap(`${label}:${name}`, fn as (...args: unknown[]) => unknown);
    }
  }

  wrap<A extends unknown[], R>(phase: string, fn: (...args: A) => R): (...args: A) => R {
    // eslint-disable-next-line @typescript-eslint/no-this-alias
    const self = this;
    return function (this: unknown, ...args: A): R {
      if (self.depth > 0) self.nested.add(phase);
      self.depth++;
      const start = now();
      const done = () => {
        self.depth--;
        self.record(phase, now() - start);
      };
      let result: R;
      try {
        result = fn.apply(this, args);
      } catch (e) {
        done();
        throw e;
      }
      if (result instanceof Promise) {
        return result.then(
          (v) => {
            done();
            return v;
          },
          (e) => {
            done();
            throw e;
          },
        ) as R;
      }
      done();
      return result;
    };
  }

  private record(phase: string, seconds: number): void {
    const mem = process.memoryUsage();
    const f = this.figures.get(phase) ?? { phase, calls: 0, seconds: 0, rssAfterMB: 0, heapUsedAfterMB: 0, peakRssSoFarMB: 0 };
    f.calls++;
    f.seconds += seconds;
    f.rssAfterMB = toMB(mem.rss);
    f.heapUsedAfterMB = toMB(mem.heapUsed);
    f.peakRssSoFarMB = round(process.resourceUsage().maxRSS / 1024, 0);
    this.figures.set(phase, f);
  }

  list(): PhaseFigure[] {
    return [...this.figures.values()].map((f) => ({ ...f, seconds: round(f.seconds, 2) }));
  }
}
