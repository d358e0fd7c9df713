import { Agreement, AgreementFile, checkAgreement } from '../core';
import * as da from '../core/da';
import { StoredVariant, WorkbookPort } from '../port/workbookPort';

/**
 * "Gem som variant": the edited agreement kept in the workbook beside its original. A variant gets
 * an id of its own (its counters must never mix with the original's) and, when the user kept the
 * original's name, a name that says it is a variant. Saving it again under the same id replaces it.
 */
export async function saveVariant(port: WorkbookPort, edited: AgreementFile, basedOn: Agreement | null): Promise<StoredVariant> {
  const variants = await port.loadVariants();
  const taken = new Set([...(basedOn ? [basedOn.id] : []), ...variants.filter((v) => v.file.id !== edited.id || v.basedOn !== (basedOn?.id ?? null)).map((v) => v.file.id ?? '')]);
  const base = edited.id && !(basedOn && edited.id === basedOn.id) ? edited.id : `${basedOn?.id ?? 'aftale'}-variant`;
  let id = base;
  for (let n = 2; taken.has(id); n++) id = `${base}-${n}`;
  const name = basedOn && edited.name === basedOn.name ? da.editor.variantName(basedOn.name) : (edited.name ?? id);
  const variant: StoredVariant = { file: { ...edited, id, name }, basedOn: basedOn?.id ?? null };
  await port.saveVariants([...variants.filter((v) => v.file.id !== id), variant]);
  return variant;
}

/** The saved variants that are valid agreements, checked as any other (a damaged one is left out). */
export function usableVariants(variants: readonly StoredVariant[]): { variant: StoredVariant; agreement: Agreement }[] {
  return variants.flatMap((variant) => {
    const r = checkAgreement(variant.file, variant.file.id ?? 'variant');
    return r.ok ? [{ variant, agreement: r.agreement }] : [];
  });
}
