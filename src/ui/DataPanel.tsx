import { Button, Caption1, Spinner } from '@fluentui/react-components';
import { SheetReadResult } from '../core';
import * as da from '../core/da';
import { RangeSnapshot } from '../port/workbookPort';

/** Which sheet (and table) the next action works on, and how much data it holds. */
export function DataPanel(props: { snapshot: RangeSnapshot | null; sheet: SheetReadResult | null; reading: boolean; noData: boolean; sideNote?: string | null; onReread: () => void }) {
  const { snapshot, sheet } = props;
  return (
    <section aria-label={da.ui.dataHeading} style={{ display: 'flex', alignItems: 'center', gap: 4, flexWrap: 'wrap', minWidth: 0 }}>
      <Caption1 as="p" data-testid="data-source" style={{ margin: 0, flex: '1 1 180px', overflowWrap: 'anywhere' }}>
        <strong>{da.ui.dataHeading}: </strong>
        {props.noData
          ? da.ui.noDataSheet
          : snapshot && sheet?.ok
            ? da.ui.dataSource(snapshot.sheetName, snapshot.tableName, sheet.rows.length, sheet.headerRow)
            : snapshot
              ? da.ui.dataSheetOnly(snapshot.sheetName)
              : da.ui.readingSheet}
        {props.sideNote && <span data-testid="side-sheets"> {props.sideNote}</span>}
      </Caption1>
      {props.reading ? (
        <Spinner size="extra-tiny" label={da.ui.readingSheet} labelPosition="after" />
      ) : (
        <Button size="small" appearance="subtle" onClick={props.onReread}>
          {da.ui.rereadData}
        </Button>
      )}
    </section>
  );
}
