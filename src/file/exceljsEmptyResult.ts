/**
 * exceljs 4.4 reads a formula cell whose saved value is the empty string exactly like one saved
 * with no value at all: Excel writes the first as <c t="str"><f>…</f><v></v></c> (=HVIS(A2="";"";…)
 * in a template copied down a thousand rows), other programs write the second as <f>…</f> alone.
 * Only the first has a value. This teaches exceljs' cell parser to keep the empty text as the
 * formula's result, so that a formula without a result is one that was never calculated.
 *
 * Node only: the browser build of exceljs is one minified bundle whose parts cannot be reached.
 * Installed once, on first use; test/hostile/formulas.test.ts holds both spellings to it.
 */
interface CellXformLike {
  parser?: unknown;
  t?: string;
  model?: { type?: number; result?: unknown };
  sawValue?: boolean;
}

type Proto = {
  parseOpen(this: CellXformLike, node: { name: string }): boolean;
  parseClose(this: CellXformLike, name: string): boolean;
  anvisningEmptyResult?: true;
};

/** exceljs' ValueType.Formula. */
const FORMULA = 6;
let installed = false;

export function keepEmptyFormulaResults(): void {
  if (installed) return;
  installed = true;
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const proto = (require('exceljs/lib/xlsx/xform/sheet/cell-xform') as { prototype: Proto }).prototype;
  if (proto.anvisningEmptyResult) return;
  proto.anvisningEmptyResult = true;
  const open = proto.parseOpen;
  const close = proto.parseClose;
  proto.parseOpen = function (node) {
    if (!this.parser && node.name === 'c') this.sawValue = false;
    if (!this.parser && node.name === 'v') this.sawValue = true;
    return open.call(this, node);
  };
  proto.parseClose = function (name) {
    const done = close.call(this, name);
    const model = this.model;
    if (name === 'c' && this.sawValue && this.t === 'str' && model?.type === FORMULA && model.result === undefined) model.result = '';
    return done;
  };
}
