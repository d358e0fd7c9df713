import { parsePieceNamespace } from './storedPieces';

export interface PartInfo {
  id: string;
  namespaceUri: string;
}

/** Which of the workbook's custom XML parts hold the add-in's data, and which of them count. */
export interface StoredLayout {
  /** The parts of the newest complete generation, in piece order; empty when nothing is stored. */
  current: string[];
  /** Every part of the add-in's, including pieces a failed write left behind. */
  ours: string[];
  nextGeneration: number;
}

/**
 * A generation counts only when all its pieces are there. A write adds its last piece in the
 * same request as its last block of cells, so a write that failed leaves an incomplete generation,
 * which is ignored here and deleted by the next save.
 */
export function storedLayout(parts: readonly PartInfo[]): StoredLayout {
  const generations = new Map<number, { count: number; ids: (string | undefined)[]; consistent: boolean }>();
  const ours: string[] = [];
  let newest = 0;
  for (const part of parts) {
    const name = parsePieceNamespace(part.namespaceUri);
    if (!name) continue;
    ours.push(part.id);
    newest = Math.max(newest, name.generation);
    const g = generations.get(name.generation) ?? { count: name.count, ids: [], consistent: true };
    if (g.count !== name.count || g.ids[name.index] !== undefined) g.consistent = false;
    g.ids[name.index] = part.id;
    generations.set(name.generation, g);
  }
  const complete = [...generations.entries()]
    .filter(([, g]) => g.consistent && g.ids.length === g.count && g.ids.every((id) => id !== undefined))
    .sort(([a], [b]) => b - a);
  return { current: complete.length > 0 ? (complete[0][1].ids as string[]) : [], ours, nextGeneration: newest + 1 };
}
