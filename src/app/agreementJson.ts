import { Agreement } from '../core';
import { AgreementFile } from '../core/agreement';

/** An agreement as the JSON file a user downloads or edits: the file's own fields, two spaces indented. */
export function agreementJsonText(file: AgreementFile): string {
  const { $schema: _, ...rest } = file as AgreementFile & { $schema?: string };
  return JSON.stringify(rest, null, 2) + '\n';
}

/** The file name for an agreement downloaded as JSON. */
export function agreementFileName(agreement: Pick<Agreement, 'id'>): string {
  return `${agreement.id.replace(/[^A-Za-z0-9_.-]/g, '-') || 'aftale'}.json`;
}
