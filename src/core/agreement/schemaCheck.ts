import type { ErrorObject, ValidateFunction } from 'ajv';
import type { AgreementIssue } from './agreementError';
import { nearest } from '../util/nearest';
import { JsonPath, pointerToPath, valueAt } from './path';
// The schema compiled at build time by ajv's standalone generator (scripts/make-validator.js):
// the same checks and errors, without loading ajv's compiler or compiling on every start.
import generatedValidator from './schemaValidator.generated';

/** A problem found at a JSON path: its code (what kind) and the values it names. */
export type PathError = AgreementIssue & { path: JsonPath };

const validator = (): ValidateFunction => generatedValidator as unknown as ValidateFunction;

/** Checks the agreement against the shipped JSON Schema: each problem a code with its JSON path. */
export function schemaCheck(data: unknown): PathError[] {
  const validate = validator();
  if (validate(data)) return [];
  const out: PathError[] = [];
  const rootConditionReported = new Set<string>();
  for (const e of validate.errors ?? []) {
    if (e.keyword === 'if') continue;
    const path = pointerToPath(e.instancePath, data);
    if (e.schemaPath.startsWith('#/definitions/conditionReference/')) {
      const node = valueAt(data, path);
      if (node !== null && typeof node === 'object' && !('condition' in node)) {
        if (!rootConditionReported.has(e.instancePath)) out.push({ path, code: 'rootCondition', values: {} });
        rootConditionReported.add(e.instancePath);
        continue;
      }
    }
    out.push(translate(e, path));
  }
  return dedupe(out);
}

function translate(e: ErrorObject, path: JsonPath): PathError {
  const p = e.params as Record<string, unknown>;
  const last = path[path.length - 1];
  switch (e.keyword) {
    case 'required':
      return { path, code: 'required', values: { field: String(p.missingProperty) } };
    case 'additionalProperties': {
      const field = String(p.additionalProperty);
      const allowed = Object.keys((e.parentSchema as { properties?: object })?.properties ?? {});
      return { path: [...path, field], code: 'unknownField', values: { field, suggestion: nearest(field, allowed) ?? null } };
    }
    case 'false schema':
      return last === 'path' ? { path, code: 'pathNotAllowed', values: {} } : { path, code: 'unknownField', values: { field: String(last), suggestion: null } };
    case 'type':
      return { path, code: 'type', values: { types: String(p.type).split(',') } };
    case 'enum':
      return { path, code: 'enum', values: { allowed: p.allowedValues as unknown[] } };
    case 'const':
      return { path, code: 'enum', values: { allowed: [p.allowedValue] } };
    case 'minimum':
      return { path, code: 'minimum', values: { limit: Number(p.limit) } };
    case 'minLength':
    case 'minProperties':
      return { path, code: 'empty', values: {} };
    case 'pattern':
      return { path, code: 'pattern', values: { field: String(last) } };
    default:
      return { path, code: 'invalid', values: {} };
  }
}

function dedupe(errors: PathError[]): PathError[] {
  const seen = new Set<string>();
  return errors.filter((e) => {
    const key = JSON.stringify(e);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
