import type { ErrorObject, ValidateFunction } from 'ajv';
import * as da from '../da';
import { nearest } from '../util/nearest';
import { JsonPath, pointerToPath, valueAt } from './path';
// The schema compiled at build time by ajv's standalone generator (scripts/make-validator.js):
// the same checks and errors, without loading ajv's compiler or compiling on every start.
import generatedValidator from './schemaValidator.generated';

/** A problem found at a JSON path: its code (what kind), the Danish sentence, and the values it names. */
export interface PathError {
  path: JsonPath;
  code: string;
  message: string;
  values?: Record<string, unknown>;
}

const validator = (): ValidateFunction => generatedValidator as unknown as ValidateFunction;

/** Checks the agreement against the shipped JSON Schema; messages in Danish, each with its JSON path. */
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
        if (!rootConditionReported.has(e.instancePath)) out.push({ path, code: 'rootCondition', message: da.agreement.rootCondition });
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
      return { path, code: 'required', message: da.agreement.required(String(p.missingProperty)), values: { field: p.missingProperty } };
    case 'additionalProperties': {
      const field = String(p.additionalProperty);
      const allowed = Object.keys((e.parentSchema as { properties?: object })?.properties ?? {});
      return { path: [...path, field], code: 'unknownField', message: da.agreement.unknownField(field, nearest(field, allowed)), values: { field } };
    }
    case 'false schema':
      return last === 'path' ? { path, code: 'pathNotAllowed', message: da.agreement.pathNotAllowed } : { path, code: 'unknownField', message: da.agreement.unknownField(String(last)), values: { field: last } };
    case 'type':
      return { path, code: 'type', message: da.agreement.type(String(p.type).split(',')), values: { types: String(p.type).split(',') } };
    case 'enum':
      return { path, code: 'enum', message: da.agreement.enumValue(p.allowedValues as unknown[]), values: { allowed: p.allowedValues } };
    case 'const':
      return { path, code: 'enum', message: da.agreement.enumValue([p.allowedValue]), values: { allowed: [p.allowedValue] } };
    case 'minimum':
      return { path, code: 'minimum', message: da.agreement.minimum(Number(p.limit)), values: { limit: Number(p.limit) } };
    case 'minLength':
    case 'minProperties':
      return { path, code: 'empty', message: da.agreement.minLength };
    case 'pattern':
      return { path, code: 'pattern', message: da.agreement.pattern(String(last)) };
    default:
      return { path, code: 'invalid', message: da.agreement.invalid };
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
