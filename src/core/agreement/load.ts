import * as da from '../da';
import { checkConditions, findReferenceCycle } from './conditionCheck';
import { parseJson, locate, nodeOffset } from './parseJson';
import { formatPath } from './path';
import { checkPools } from './poolCheck';
import { PathError, schemaCheck } from './schemaCheck';
import { parseShare } from './share';
import { textLimitError, valueLimitError } from './size';
import { nearest } from '../util/nearest';
import { Agreement, AgreementError, AgreementFile, EVENT_OUTCOME, Pool, PoolSpec, Rule } from './types';
import type { Node } from 'jsonc-parser';

export type AgreementResult = { ok: true; agreement: Agreement } | { ok: false; errors: AgreementError[] };

/** Reads an agreement from its JSON text. `fallbackId` (usually the file name) names it when it has no id. */
export function loadAgreement(text: string, fallbackId: string): AgreementResult {
  const limit = textLimitError(text);
  if (limit !== null) return { ok: false, errors: [limit] };
  const parsed = parseJson(text);
  if (!parsed.ok) return { ok: false, errors: [parsed.error] };
  return checkAgreement(parsed.value, fallbackId, { text, tree: parsed.tree });
}

/** Checks an already parsed agreement (e.g. one stored in a workbook). */
export function checkAgreement(data: unknown, fallbackId: string, source?: { text: string; tree: Node | undefined }): AgreementResult {
  if (data === null || typeof data !== 'object' || Array.isArray(data)) {
    return { ok: false, errors: [{ code: 'notAnObject', where: da.agreement.whole, values: {} }] };
  }
  // A parsed agreement was not measured as text (one stored in a workbook): its depth is checked here.
  const deep = source === undefined ? valueLimitError(data) : null;
  if (deep !== null) return { ok: false, errors: [deep] };
  const errors = findProblems(data as Record<string, unknown>);
  if (errors.length > 0) {
    return { ok: false, errors: inDocumentOrder(errors, source).map((e) => toAgreementError(e, source)) };
  }
  return { ok: true, agreement: build(data as AgreementFile, fallbackId) };
}

/** Every problem the schema and the checks after it find in an agreement's data, each at its JSON path. */
export function findProblems(data: Record<string, unknown>): PathError[] {
  return [...schemaCheck(data), ...semanticCheck(data)];
}

function semanticCheck(data: Record<string, unknown>): PathError[] {
  const out: PathError[] = [];
  const poolNames = checkPools(data.pools, out);
  const named = data.namedConditions !== null && typeof data.namedConditions === 'object' ? (data.namedConditions as Record<string, unknown>) : {};
  const namedSet = new Set(Object.keys(named));
  for (const [name, tree] of Object.entries(named)) checkConditions(tree, ['namedConditions', name], namedSet, out);
  const cycle = findReferenceCycle(named);
  if (cycle) out.push({ path: ['namedConditions', cycle[0]], code: 'conditionCycle', values: { names: cycle } });
  if (Array.isArray(data.rules)) {
    data.rules.forEach((rule: unknown, i) => {
      if (rule === null || typeof rule !== 'object') return;
      const r = rule as Record<string, unknown>;
      checkConditions(r.conditions, ['rules', i, 'conditions'], namedSet, out);
      const event = r.event as { type?: unknown; params?: { pool?: unknown } } | undefined;
      const pool = event?.params?.pool;
      if (event?.type === 'quota' && typeof pool === 'string' && !poolNames.has(pool)) {
        const known = [...poolNames];
        out.push({ path: ['rules', i, 'event', 'params', 'pool'], code: 'unknownPool', values: { pool, known, suggestion: nearest(pool, known) ?? null } });
      }
    });
  }
  return out;
}

/** Errors in the order a reader meets them in the file (schema and semantic checks interleaved). */
function inDocumentOrder(errors: PathError[], source?: { text: string; tree: Node | undefined }): PathError[] {
  if (source?.tree === undefined) return errors;
  const offset = (e: PathError) => nodeOffset(source.tree!, e.path);
  return errors
    .map((e, i) => ({ e, i, at: offset(e) }))
    .sort((a, b) => a.at - b.at || a.i - b.i)
    .map(({ e }) => e);
}

function toAgreementError(e: PathError, source?: { text: string; tree: Node | undefined }): AgreementError {
  const at = locate(source?.text, source?.tree, e.path);
  const where = formatPath(e.path) + (at ? ` (${da.agreement.at(at.line, at.column)})` : '');
  return { code: e.code, values: e.values, where, path: e.path } as AgreementError;
}

function build(file: AgreementFile, fallbackId: string): Agreement {
  const pools = new Map<string, Pool>((file.pools ?? []).map((p) => [p.name, buildPool(p)]));
  const rules: Rule[] = file.rules.map((r, index) => ({
    index,
    name: r.name ?? da.agreement.defaultRuleName(index + 1),
    priority: r.priority ?? 1,
    conditions: r.conditions,
    outcome: EVENT_OUTCOME[r.event.type],
    pool: r.event.type === 'quota' ? r.event.params!.pool! : null,
  }));
  const id = file.id ?? fallbackId;
  return {
    id,
    name: file.name ?? id,
    parties: file.parties ?? [],
    description: file.description ?? '',
    defaultOutcome: file.defaultOutcome ?? 'waitlist',
    pools,
    namedConditions: file.namedConditions ?? {},
    rules,
    source: file,
  };
}

function buildPool(p: PoolSpec): Pool {
  const kind: Pool['kind'] = p.every !== undefined ? { kind: 'every', every: p.every, phase: p.phase ?? p.every } : { kind: 'share', ...parseShare(p.share!)! };
  return { name: p.name, label: p.label ?? p.name, kind, capPerMonth: p.capPerMonth ?? null, start: p.start ?? 0, per: p.per ?? null };
}
