/* eslint-disable @typescript-eslint/no-explicit-any -- office-addin-mock's objects and the proxies around them are untyped by nature */
import { OfficeMockObject } from 'office-addin-mock';
import { isValidError } from 'office-addin-mock/lib/possibleErrors';
import { utf8Length, wireSize } from '../../../src/excel/wireSize';
import { parseAddress, formatAddress, intersects, Rect } from './a1';
import { excelError, guessSeries, PAYLOAD_LIMIT, READ_CELL_LIMIT, RequestStats, FakeChart, FakeSeries, FakeConditionalFormat, FakeSheet, FakeTable, FakeWorkbook } from './fakeWorkbook';

export { PAYLOAD_LIMIT };

type Loader = (fields: string[]) => unknown;

interface Spec {
  /** Properties that can be loaded; their value is read from the workbook when the request runs. */
  loads?: Record<string, Loader>;
  /** Properties that can be set; the write is queued and runs with the request. */
  writes?: Record<string, (value: never) => void>;
  methods?: Record<string, (...args: never[]) => unknown>;
  /** Navigation properties. */
  children?: Record<string, () => unknown>;
  /** For *OrNullObject results: isNullObject arrives with the next sync. */
  isNull?: () => boolean;
}

const protoLoad = OfficeMockObject.prototype.load;

/**
 * One Excel.run: proxies are office-addin-mock OfficeMockObjects, so a loaded property reads as an
 * error string until context.sync() has run; every set property and method is queued and runs, in
 * order, when the request is sent. A failing command stops the request there, as in Excel: what
 * ran before it stays done.
 */
export class MockContext {
  readonly workbook: unknown;
  private queue: { run: () => void; write: boolean }[] = [];
  private bytes = 0;
  private cellBytes = 0;
  private revealed = new Map<OfficeMockObject, Set<string>>();
  private responseBytes = 0;

  /** Requests of this Excel.run that wrote, so far: in a merged undo group only the first makes an undo record. */
  private writesSoFar = 0;

  constructor(
    readonly server: FakeWorkbook,
    readonly options: Excel.RunOptions = {},
  ) {
    this.workbook = workbookNode(this);
  }

  get pending(): boolean {
    return this.queue.length > 0;
  }

  enqueue(run: () => void, write = false): void {
    this.queue.push({ run, write });
  }

  measure(value: unknown, cells = false): void {
    // An API object passed as an argument (a Range for a chart's source) travels as a reference, not its contents.
    const bytes = utf8Length(JSON.stringify(value, (_, v: unknown) => (typeof v === 'object' && v !== null && proxies.has(v) ? '{ref}' : v)) ?? '');
    this.bytes += bytes;
    if (cells) this.cellBytes += bytes;
  }

  respond(raw: OfficeMockObject, name: string, bytes: number): void {
    this.revealed.set(raw, (this.revealed.get(raw) ?? new Set()).add(name));
    this.responseBytes += bytes;
  }

  async sync(): Promise<void> {
    const { server } = this;
    // A co-author (or a second pane) may change the workbook between two requests of this one.
    const coAuthor = server.betweenSyncs;
    if (coAuthor) await coAuthor({ writes: this.queue.some((c) => c.write) });
    const queue = this.queue;
    const bytes = this.bytes;
    const cellBytes = this.cellBytes;
    this.queue = [];
    this.bytes = 0;
    this.cellBytes = 0;
    this.responseBytes = 0;
    server.stats.syncs++;
    const request: RequestStats = { bytes, cellBytes, writes: queue.some((c) => c.write), responseBytes: 0, error: null };
    server.stats.requests.push(request);
    let failure: unknown = bytes > PAYLOAD_LIMIT ? excelError('RequestPayloadSizeLimitExceeded', `${bytes} bytes`) : null;
    if (failure === null && server.cellEditMode) {
      // "When true, … if the user is in cell edit mode then the batch request is delayed until the
      // user exits cell edit mode" (Excel.RunOptions.delayForCellEdit): the fake's user presses Enter.
      if (this.options.delayForCellEdit) {
        server.cellEditMode = false;
        server.delayedRuns++;
      } else failure = excelError('InvalidOperationInCellEditMode', 'the user is editing a cell');
    }
    if (failure === null && request.writes) server.undoStack?.beforeWrite(this.options.mergeUndoGroup === true && this.writesSoFar > 0);
    if (request.writes) this.writesSoFar++;
    if (failure === null) {
      server.mergingUndo = this.options.mergeUndoGroup === true;
      try {
        for (const command of queue) command.run();
      } catch (e) {
        failure = e;
      } finally {
        server.mergingUndo = false;
      }
    }
    request.responseBytes = this.responseBytes;
    const revealed = [...this.revealed];
    this.revealed.clear();
    if (failure === null && server.responseLimit !== null && request.responseBytes > server.responseLimit) {
      failure = excelError('ResponsePayloadSizeLimitExceeded', `${request.responseBytes} bytes`);
    }
    if (failure !== null) {
      // A failed request answers with its error only: nothing it loaded reaches the proxies.
      request.error = (failure as { code?: string }).code ?? 'Error';
      throw failure;
    }
    for (const [raw, names] of revealed) {
      await raw.sync();
      // office-addin-mock keeps the first loaded value of a property; a property loaded again must
      // show what Excel holds now, as Office.js does.
      for (const name of names) (raw as any)[name] = (raw as any)._properties.get(name)._value;
    }
  }
}

/** What the adapter asks for before it uses delayForCellEdit (see src/excel/runOptions.ts). */
const DELAY_FOR_CELL_EDIT = '1.11';

/** Office.context.requirements.isSetSupported for the fake: ExcelApi up to its apiVersion. */
export function mockSupports(server: FakeWorkbook) {
  return (set: string, version: string) => set === 'ExcelApi' && server.supports(version);
}

/** Excel.run over the fake workbook: a fresh context, and a last sync for anything still queued. */
export function mockRun(server: FakeWorkbook) {
  return async <T>(batch: (context: Excel.RequestContext) => Promise<T>, options: Excel.RunOptions = {}): Promise<T> => {
    // Options above the requirement sets this Excel has are refused, so the adapter must ask first.
    if (options.mergeUndoGroup !== undefined && !server.supports('1.20')) throw excelError('ApiNotFound', 'mergeUndoGroup needs ExcelApi 1.20');
    if (options.delayForCellEdit !== undefined && !server.supports(DELAY_FOR_CELL_EDIT)) throw excelError('ApiNotFound', `delayForCellEdit needs ExcelApi ${DELAY_FOR_CELL_EDIT}`);
    const context = new MockContext(server, options);
    const result = await batch(context as unknown as Excel.RequestContext);
    if (context.pending) await context.sync();
    return result;
  };
}

function node(ctx: MockContext, spec: Spec): any {
  const raw = new OfficeMockObject({}) as any;
  const loads = spec.loads ?? {};
  for (const name of Object.keys(loads)) raw.setValue(name, undefined);
  raw.load = (arg?: string | string[]) => {
    const wanted = groupFields(arg);
    for (const name of wanted.keys()) {
      if (!(name in loads)) throw new Error(`the mock cannot load ${name}`);
      protoLoad.call(raw, name);
    }
    ctx.enqueue(() => {
      for (const [name, fields] of wanted) reveal(ctx, raw, name, loads[name](fields));
    });
    return proxy;
  };
  for (const [name, method] of Object.entries(spec.methods ?? {})) {
    raw[name] = (...args: never[]) => {
      ctx.measure(args);
      return method(...args);
    };
  }
  if (spec.isNull) {
    raw.setValue('isNullObject', undefined);
    protoLoad.call(raw, 'isNullObject');
    ctx.enqueue(() => reveal(ctx, raw, 'isNullObject', spec.isNull!()));
  }
  const children = new Map<string, unknown>();
  const proxy: any = new Proxy(raw, {
    get(target, p) {
      const make = typeof p === 'string' ? spec.children?.[p] : undefined;
      if (!make) {
        const value = Reflect.get(target, p);
        // Excel throws when a property is read before it was loaded and synced; office-addin-mock
        // hands back an error text instead, which the adapter could carry on with unnoticed.
        // https://learn.microsoft.com/office/dev/add-ins/develop/application-specific-api-model#load
        if (typeof p === 'string' && (p in loads || p === 'isNullObject') && typeof value === 'string' && isValidError(value)) throw excelError('PropertyNotLoaded', `${String(p)}: ${value}`);
        return value;
      }
      if (!children.has(p as string)) children.set(p as string, make());
      return children.get(p as string);
    },
    set(target, p, value) {
      const write = typeof p === 'string' ? spec.writes?.[p] : undefined;
      if (!write) throw new Error(`the mock cannot set ${String(p)}`);
      ctx.measure(value, p === 'values' || p === 'numberFormat');
      ctx.enqueue(() => write(value as never), true);
      return true;
    },
  });
  proxies.add(proxy);
  return proxy;
}

/** Every API object the mock handed out, so that measuring a request never reads one's properties. */
const proxies = new WeakSet<object>();

/** Hands a loaded value to the OfficeMockObject; it becomes readable when the object syncs. */
function reveal(ctx: MockContext, raw: any, name: string, value: unknown): void {
  raw._properties.get(name)._valueBeforeLoaded = value;
  ctx.respond(raw, name, wireSize(value));
}

function groupFields(arg?: string | string[]): Map<string, string[]> {
  const paths = (Array.isArray(arg) ? arg : (arg ?? '').split(',')).map((s) => s.trim()).filter(Boolean);
  const out = new Map<string, string[]>();
  for (const path of paths) {
    const [head, ...rest] = path.split('/');
    out.set(head, [...(out.get(head) ?? []), ...(rest.length ? [rest.join('/')] : [])]);
  }
  return out;
}

function pick(fields: string[], all: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(fields.map((f) => [f, all[f]]));
}

function clientResult(ctx: MockContext, compute: () => unknown): unknown {
  const result = node(ctx, { loads: { value: compute } });
  result.load('value');
  return result;
}

function workbookNode(ctx: MockContext): unknown {
  const s = ctx.server;
  return node(ctx, {
    methods: {
      getSelectedRange: () => rangeNode(ctx, () => s.selectionRect()),
      getSelectedRanges: () => rangeNode(ctx, () => s.selectionRect()),
    },
    children: {
      worksheets: () => worksheetsNode(ctx),
      tables: () =>
        node(ctx, {
          loads: { items: (fields) => s.tables.map((t) => pick(fields, { name: t.name })) },
          methods: {
            getItem: (name: string) => tableNode(ctx, () => s.table(name)),
            // Excel.TableCollection.getItemOrNullObject (ExcelApi 1.4): table names compare without regard to case.
            getItemOrNullObject: (name: string) => tableNode(ctx, () => s.findTable(name), true),
          },
        }),
      customXmlParts: () => partsNode(ctx),
    },
  });
}

function worksheetsNode(ctx: MockContext): unknown {
  const s = ctx.server;
  return node(ctx, {
    loads: { items: (fields) => s.sheets.map((sheet) => pick(fields, { name: sheet.name, visibility: sheet.visibility, id: sheet.id })) },
    methods: {
      getActiveWorksheet: () => sheetNode(ctx, () => s.active),
      getItem: (name: string) => sheetNode(ctx, () => s.sheet(name)),
      getItemOrNullObject: (name: string) => sheetNode(ctx, () => s.findSheet(name), true),
      add: (name: string) => {
        let added: FakeSheet | null = null;
        ctx.enqueue(() => (added = s.addSheet(name)), true);
        return sheetNode(ctx, () => added!);
      },
    },
    children: {
      // Worksheets.onActivated (ExcelApi 1.7): the handler is kept by the workbook, not by this request.
      onActivated: () => node(ctx, { methods: { add: (handler: (e: { worksheetId: string; type: string }) => Promise<unknown>) => ctx.enqueue(() => s.activatedHandlers.push(handler)) } }),
    },
  });
}

function sheetNode(ctx: MockContext, find: () => FakeSheet | undefined, nullable = false): unknown {
  const s = ctx.server;
  // Excel resolves the sheet when the first command using it runs; later renames keep it.
  let found: FakeSheet | undefined;
  const sheet = () => {
    found ??= find();
    if (found === undefined) throw excelError(nullable ? 'InvalidOperation' : 'ItemNotFound', 'the sheet is a null object');
    return found;
  };
  return node(ctx, {
    isNull: nullable ? () => (found ??= find()) === undefined : undefined,
    loads: {
      name: () => ((found ??= find()) === undefined ? null : found.name),
      visibility: () => ((found ??= find()) === undefined ? null : found.visibility),
      id: () => ((found ??= find()) === undefined ? null : found.id),
    },
    writes: { name: (name: string) => s.renameSheet(sheet(), name) },
    methods: {
      getRange: (address: string) => rangeNode(ctx, () => ({ sheet: sheet(), rect: parseAddress(address) })),
      getUsedRangeOrNullObject: (valuesOnly?: boolean) => {
        if (valuesOnly !== true) throw new Error('the mock models the used range with valuesOnly only');
        return rangeNode(ctx, () => ({ sheet: sheet(), rect: sheet().usedRect() }), true);
      },
      activate: () => ctx.enqueue(() => (s.active = sheet()), true),
      delete: () => ctx.enqueue(() => s.deleteSheet(sheet()), true),
    },
    children: {
      charts: () =>
        node(ctx, {
          methods: {
            add: (type: string, source: object, seriesBy: string) => {
              if (seriesBy !== 'Columns') throw new Error('the mock models series by columns only');
              const chart: FakeChart = { type, source: { row: 0, column: 0, rows: 0, columns: 0 }, title: null, position: null, series: [] };
              ctx.enqueue(() => {
                const t = rangeTargets.get(source)!();
                chart.source = t.rect;
                chart.series = guessSeries(t.sheet, t.rect, s.chartsTakeFirstColumnAsSeries);
                sheet().charts.push(chart);
              }, true);
              return chartNode(ctx, chart);
            },
          },
        }),
      tables: () =>
        node(ctx, {
          loads: { items: (fields) => s.tables.filter((t) => t.sheet === sheet()).map((t) => pick(fields, { name: t.name })) },
          methods: {
            add: (address: string | object, hasHeaders: boolean) => {
              let created: FakeTable | null = null;
              if (!hasHeaders) throw new Error('the mock models tables with headers only');
              // "If the address does not contain a sheet name, the currently-active sheet is used", even
              // on a worksheet's own collection; a Range says its sheet itself
              // (https://learn.microsoft.com/javascript/api/excel/excel.tablecollection#excel-excel-tablecollection-add-member(1)).
              ctx.enqueue(() => {
                const where =
                  typeof address === 'string'
                    ? { sheet: address.includes('!') ? s.sheet(address.slice(0, address.lastIndexOf('!')).replace(/^'|'$/g, '')) : s.active, rect: parseAddress(address) }
                    : rangeTargets.get(address)!();
                created = s.addTable(where.sheet, where.rect);
              }, true);
              return tableNode(ctx, () => created!);
            },
          },
        }),
    },
  });
}

type Target = { sheet: FakeSheet; rect: Rect | null };

function rangeNode(ctx: MockContext, find: () => Target, nullable = false): unknown {
  const s = ctx.server;
  // Excel resolves a range once, when the first command using it runs.
  let found: Target | null = null;
  const target = () => (found ??= find());
  const rect = () => {
    const t = target();
    if (t.rect === null) throw excelError('InvalidOperation', 'the range is a null object');
    return { sheet: t.sheet, rect: t.rect };
  };
  const orNull =
    <T>(read: (t: { sheet: FakeSheet; rect: Rect }) => T) =>
    () =>
      target().rect === null ? null : read(rect());
  const range = node(ctx, {
    isNull: nullable ? () => target().rect === null : undefined,
    loads: {
      values: orNull((t) => {
        // "A range is limited to 5,000,000 cells for read operations", on every host
        // (https://learn.microsoft.com/office/dev/add-ins/concepts/resource-limits-and-performance-optimization#excel-add-ins).
        if (t.rect.rows * t.rect.columns > READ_CELL_LIMIT) {
          if (s.overLimitRead === 'null') return null;
          throw excelError('RangeExceedsLimit', `${t.rect.rows * t.rect.columns} cells`);
        }
        return t.sheet.read(t.rect);
      }),
      address: orNull((t) => `${t.sheet.name}!${formatAddress(t.rect)}`),
      rowIndex: orNull((t) => t.rect.row - 1),
      columnIndex: orNull((t) => t.rect.column),
      rowCount: orNull((t) => t.rect.rows),
      columnCount: orNull((t) => t.rect.columns),
    },
    writes: {
      values: (v: unknown) => {
        s.check('values');
        const t = rect();
        s.writeValues(t.sheet, t.rect, v);
      },
      numberFormat: (v: unknown) => {
        const t = rect();
        s.writeFormats(t.sheet, t.rect, v);
      },
    },
    methods: {
      // Range.clear (ExcelApi 1.1): Contents, Formats, or All; conditional formats are cleared on their own (clearAll).
      clear: (applyTo: string = 'All') => ctx.enqueue(() => s.clearCells(rect().sheet, rect().rect, applyTo), true),
      getTables: () => node(ctx, { loads: { items: (fields) => tablesIn(ctx, rect()).map((t) => pick(fields, { name: t.name })) } }),
      select: () =>
        ctx.enqueue(() => {
          const t = rect();
          s.active = t.sheet;
          s.selection = { sheet: t.sheet, rect: t.rect };
        }, true),
    },
    children: {
      dataValidation: () =>
        node(ctx, {
          writes: {
            rule: (rule: { list?: { inCellDropDown: boolean; source: unknown } }) => {
              if (!rule.list) throw new Error('the mock models list validation only');
              const { source } = rule.list;
              // The source is comma-separated text or a Range (Excel.ListDataValidation.source).
              const list = typeof source === 'string' ? source.split(',') : { range: rangeTargets.get(source as object)!().rect };
              s.setValidationRule(rect().sheet, rect().rect, list);
            },
            errorAlert: (alert: { showAlert: boolean; message?: string }) => s.setValidationAlert(rect().sheet, rect().rect, alert),
          },
        }),
      format: () =>
        node(ctx, {
          writes: { columnWidth: (w: number) => s.setColumnWidth(rect().sheet, rect().rect, w) },
          methods: { autofitColumns: () => ctx.enqueue(() => rect(), true) },
          children: { font: () => node(ctx, { writes: { bold: (b: boolean) => s.setBold(rect().sheet, rect().rect, b) } }) },
        }),
      conditionalFormats: () => {
        // Range.conditionalFormats: "the collection of ConditionalFormats that intersect the range".
        const intersecting = () => rect().sheet.conditionalFormats.filter((cf) => s.conditionalFormatsOfWholeSheet || intersects(cf.rect, rect().rect));
        const formatNode = (find: () => FakeConditionalFormat | undefined) => {
          let found: FakeConditionalFormat | undefined;
          const cf = () => {
            found ??= find();
            if (!found) throw excelError('ItemNotFound', 'conditional format');
            return found;
          };
          return node(ctx, {
            loads: { type: () => cf().type, id: () => s.conditionalFormatId(cf()) },
            methods: {
              // ConditionalFormat.getRange (ExcelApi 1.6): the cells the rule applies to.
              getRange: () => rangeNode(ctx, () => ({ sheet: rect().sheet, rect: cf().rect })),
              delete: () =>
                ctx.enqueue(() => {
                  const list = rect().sheet.conditionalFormats;
                  list.splice(list.indexOf(cf()), 1);
                }, true),
            },
            children: { custom: () => node(ctx, { children: { rule: () => node(ctx, { loads: { formula: () => cf().formula } }) } }) },
          });
        };
        return node(ctx, {
          loads: { items: (fields) => intersecting().map((cf) => pick(fields, { id: s.conditionalFormatId(cf), type: cf.type })) },
          methods: {
            clearAll: () => ctx.enqueue(() => s.clearConditionalFormats(rect().sheet, rect().rect), true),
            // Documented as "the number of conditional formats in the workbook", whichever range asks
            // (https://learn.microsoft.com/javascript/api/excel/excel.conditionalformatcollection#excel-excel-conditionalformatcollection-getcount-member(1)).
            getCount: () => clientResult(ctx, () => s.allConditionalFormats().length),
            // An index into the formats that intersect the range; past them there is nothing to get.
            getItemAt: (index: number) => formatNode(() => intersecting()[index]),
            getItem: (id: string) => formatNode(() => intersecting().find((cf) => s.conditionalFormatId(cf) === id)),
            add: (type: string) => {
              let cf: FakeConditionalFormat | null = null;
              ctx.enqueue(() => {
                const t = rect();
                cf = { rect: t.rect, type, formula: null, fill: null, fontColor: null, clipped: false };
                t.sheet.conditionalFormats.push(cf);
              }, true);
              return conditionalFormatNode(ctx, () => cf!);
            },
          },
        });
      },
    },
  });
  // charts.add receives a range proxy; the mock finds its cells through this.
  rangeTargets.set(range, rect);
  return range;
}

/** A chart and its series collection (ExcelApi 1.1; adding, deleting and setting a series' cells: 1.7). */
function chartNode(ctx: MockContext, chart: FakeChart): unknown {
  const cells = (range: object) => rangeTargets.get(range)!().rect;
  const seriesNode = (find: () => FakeSeries) =>
    node(ctx, {
      loads: { name: () => find().name },
      writes: { name: (name: string) => (find().name = name) },
      methods: {
        setValues: (range: object) => ctx.enqueue(() => (find().values = cells(range)), true),
        setXAxisValues: (range: object) => ctx.enqueue(() => (find().categories = cells(range)), true),
        delete: () => ctx.enqueue(() => chart.series.splice(chart.series.indexOf(find()), 1), true),
      },
    });
  const at = (index: number) => () => {
    const found = chart.series[index];
    if (!found) throw excelError('ItemNotFound', `series ${index}`);
    return found;
  };
  return node(ctx, {
    children: {
      title: () => node(ctx, { writes: { text: (t: string) => (chart.title = t) } }),
      series: () =>
        node(ctx, {
          loads: { count: () => chart.series.length, items: (fields) => chart.series.map((x) => pick(fields, { name: x.name })) },
          methods: {
            getItemAt: (index: number) => {
              let found: FakeSeries | undefined;
              return seriesNode(() => (found ??= at(index)()));
            },
            add: (name?: string) => {
              const added: FakeSeries = { name: name ?? '', values: { row: 0, column: 0, rows: 0, columns: 0 }, categories: null };
              ctx.enqueue(() => chart.series.push(added), true);
              return seriesNode(() => added);
            },
          },
        }),
    },
    methods: { setPosition: (from: string, to: string) => ctx.enqueue(() => (chart.position = [from, to]), true) },
  });
}

const rangeTargets = new WeakMap<object, () => { sheet: FakeSheet; rect: Rect }>();

function tablesIn(ctx: MockContext, t: { sheet: FakeSheet; rect: Rect }): FakeTable[] {
  return ctx.server.tables.filter((table) => table.sheet === t.sheet && intersects(table.rect, t.rect));
}

function conditionalFormatNode(ctx: MockContext, cf: () => FakeConditionalFormat): unknown {
  const format = () =>
    node(ctx, {
      children: {
        fill: () => node(ctx, { writes: { color: (c: string) => (cf().fill = c) } }),
        font: () => node(ctx, { writes: { color: (c: string) => (cf().fontColor = c) } }),
      },
    });
  return node(ctx, {
    children: {
      custom: () =>
        node(ctx, {
          children: {
            rule: () => node(ctx, { writes: { formula: (f: string) => (cf().formula = f) } }),
            format,
          },
        }),
    },
  });
}

function tableNode(ctx: MockContext, find: () => FakeTable | undefined, nullable = false): unknown {
  const s = ctx.server;
  let found: FakeTable | undefined;
  const table = () => {
    found ??= find();
    if (found === undefined) throw excelError('InvalidOperation', 'the table is a null object');
    return found;
  };
  return node(ctx, {
    isNull: nullable ? () => (found ??= find()) === undefined : undefined,
    loads: { name: () => ((found ??= find()) === undefined ? null : found.name), showTotals: () => table().showTotals === true },
    writes: { style: (style: string) => (table().style = style), name: (name: string) => s.renameTable(table(), name) },
    methods: { getRange: () => rangeNode(ctx, () => ({ sheet: table().sheet, rect: table().rect })) },
    children: { worksheet: () => sheetNode(ctx, () => table().sheet) },
  });
}

function partsNode(ctx: MockContext, namespace: string | null = null): unknown {
  const s = ctx.server;
  const parts = () => s.parts.filter((p) => namespace === null || p.namespaceUri === namespace);
  return node(ctx, {
    loads: { items: (fields) => parts().map((p) => pick(fields, { id: p.id, namespaceUri: p.namespaceUri })) },
    methods: {
      getByNamespace: (ns: string) => partsNode(ctx, ns),
      add: (xml: string) => {
        let added: string | null = null;
        ctx.enqueue(() => {
          s.check('addPart');
          added = s.addPart(xml).id;
        }, true);
        return partNode(ctx, () => added!);
      },
      getItem: (id: string) => partNode(ctx, () => id),
    },
  });
}

function partNode(ctx: MockContext, id: () => string): unknown {
  const s = ctx.server;
  return node(ctx, {
    // Excel looks the part up when the request runs: a part deleted meanwhile fails it with ItemNotFound.
    loads: { id: () => s.part(id()).id },
    methods: {
      // Excel hands the part back with an XML declaration.
      getXml: () => clientResult(ctx, () => s.partXml(id())),
      delete: () => ctx.enqueue(() => s.deletePart(id()), true),
    },
  });
}
