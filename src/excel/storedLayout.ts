import { parsePendingNamespace, PendingPart } from './pendingWrite';
import { Generation, parsePieceNamespace } from './storedPieces';

export interface PartInfo {
  id: string;
  namespaceUri: string;
}

/** A part of the add-in's stored data, and the generation it belongs to. */
export interface OwnPart extends Generation {
  id: string;
}

/** Which of the workbook's custom XML parts hold the add-in's data, and which of them count. */
export interface StoredLayout {
  /** The parts of the newest complete generation, in piece order; empty when nothing is stored. */
  current: string[];
  /** That generation: what a write must find unchanged when it saves (null when nothing is stored). */
  base: Generation | null;
  /** Every part of the add-in's, including pieces a failed or refused write left behind. */
  parts: OwnPart[];
  /** Records of result writes under way or cut short (pendingWrite.ts). */
  pending: PendingPart[];
  nextGeneration: number;
}

interface GenerationParts {
  generation: Generation;
  count: number;
  ids: (string | undefined)[];
  consistent: boolean;
}

/**
 * A generation counts only when all its pieces are there. A write adds its last piece in the
 * same request as its last block of cells, so a write that failed leaves an incomplete generation,
 * which is ignored here. The newest complete one counts: the highest number, then the token, so
 * every reader picks the same one.
 */
export function storedLayout(parts: readonly PartInfo[]): StoredLayout {
  const { groups, own } = group(parts);
  const best = groups.filter(isComplete).sort(newestFirst)[0];
  const pending = parts.flatMap((p) => {
    const name = parsePendingNamespace(p.namespaceUri);
    return name ? [{ id: p.id, ...name }] : [];
  });
  const numbers = [...own.map((p) => p.number), ...pending.map((p) => p.generation.number)];
  return { current: best ? (best.ids as string[]) : [], base: best ? best.generation : null, parts: own, pending, nextGeneration: Math.max(0, ...numbers) + 1 };
}

/** The record of a write based on the stored data that counts, begun and never finished; null when there is none. */
export function unfinishedWrite(layout: StoredLayout): PendingPart | null {
  const based = layout.pending.filter((p) => (p.base === null ? layout.base === null : sameGeneration(p.base, layout.base)));
  return based.sort((a, b) => b.generation.number - a.generation.number)[0] ?? null;
}

/**
 * Whether someone else saved since `base` was read, seen from a listing made after a write that
 * added `ours`: another complete generation newer than the base is there. Whoever saves second
 * from the same base then gives way, so one run's counters are never mixed with another's.
 */
export function othersSavedSince(listing: readonly PartInfo[], base: Generation | null, ours: Generation): boolean {
  return group(listing).groups.some((g) => isComplete(g) && !sameGeneration(g.generation, ours) && g.generation.number > (base?.number ?? 0));
}

export function sameGeneration(a: Generation | null, b: Generation | null): boolean {
  return a !== null && b !== null && a.number === b.number && a.token === b.token;
}

function group(parts: readonly PartInfo[]): { groups: GenerationParts[]; own: OwnPart[] } {
  const groups = new Map<string, GenerationParts>();
  const own: OwnPart[] = [];
  for (const part of parts) {
    const name = parsePieceNamespace(part.namespaceUri);
    if (!name) continue;
    const generation = { number: name.number, token: name.token };
    own.push({ id: part.id, ...generation });
    const key = `${name.number}.${name.token}`;
    const g = groups.get(key) ?? { generation, count: name.count, ids: [], consistent: true };
    if (g.count !== name.count || g.ids[name.index] !== undefined) g.consistent = false;
    g.ids[name.index] = part.id;
    groups.set(key, g);
  }
  return { groups: [...groups.values()], own };
}

function isComplete(g: GenerationParts): boolean {
  return g.consistent && g.ids.length === g.count && g.ids.every((id) => id !== undefined);
}

function newestFirst(a: GenerationParts, b: GenerationParts): number {
  return b.generation.number - a.generation.number || (a.generation.token < b.generation.token ? 1 : a.generation.token > b.generation.token ? -1 : 0);
}
