import { makeStyles, tokens } from '@fluentui/react-components';
import { ReactNode } from 'react';

const useStyles = makeStyles({
  table: { width: '100%', borderCollapse: 'collapse', tableLayout: 'auto', fontSize: tokens.fontSizeBase200 },
  th: {
    textAlign: 'left',
    verticalAlign: 'bottom',
    fontWeight: tokens.fontWeightSemibold,
    padding: '2px 4px',
    borderBottom: `1px solid ${tokens.colorNeutralStroke1}`,
    whiteSpace: 'normal',
    overflowWrap: 'break-word',
    hyphens: 'auto',
  },
  td: { padding: '2px 4px', borderBottom: `1px solid ${tokens.colorNeutralStroke3}`, overflowWrap: 'break-word', verticalAlign: 'top' },
  number: { textAlign: 'right', fontVariantNumeric: 'tabular-nums', whiteSpace: 'nowrap' },
  numberHeader: { textAlign: 'right' },
});

/**
 * A small table for the pane's 320–350 px: headers wrap instead of overlapping, long text breaks,
 * numbers stay right-aligned on one line.
 */
export function CompactTable(props: { label: string; headers: readonly string[]; rows: readonly (readonly ReactNode[])[]; testId?: string; rowKeys?: readonly string[] }) {
  const s = useStyles();
  // A column of numbers has its header over the numbers, on the right.
  const numeric = props.headers.map((_, c) => props.rows.length > 0 && props.rows.every((r) => typeof r[c] === 'number'));
  return (
    <table className={s.table} aria-label={props.label} data-testid={props.testId} lang="da">
      <thead>
        <tr>
          {props.headers.map((h, i) => (
            <th key={i} scope="col" className={numeric[i] ? `${s.th} ${s.numberHeader}` : s.th}>
              {h}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {props.rows.map((r, i) => (
          <tr key={props.rowKeys?.[i] ?? i}>
            {r.map((c, j) => (
              <td key={j} className={typeof c === 'number' ? `${s.td} ${s.number}` : s.td}>
                {c}
              </td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
