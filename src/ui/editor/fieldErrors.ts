import * as da from '../../core/da';
import { errorsOn, FieldKey } from '../../core/agreement';
import type { Editor } from './useEditor';

/** Fluent Field props for one field of the draft: a red border and the core's Danish message when it has errors. */
export function fieldProps(editor: Editor, field: FieldKey): { validationState?: 'error'; validationMessage?: string } {
  if (editor.reading.ok) return {};
  const errors = errorsOn(editor.reading.errors, field);
  return errors.length === 0 ? {} : { validationState: 'error', validationMessage: errors.map(da.agreementErrors.message).join(' ') };
}
