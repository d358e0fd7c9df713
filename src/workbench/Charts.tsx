import { ChartData } from '../file/exceljsWorkbook';

const COLOURS = ['#217346', '#2B579A', '#B7472A', '#7F6000', '#5C2D91', '#038387'];
const W = 560;
const PLOT_H = 220;
const LEGEND_LINE = 15;
const PAD = { left: 44, right: 12, top: 28, bottom: 24 };

/** The charts a report sheet would show in Excel, drawn as SVG (the file format here cannot hold charts). */
export function Charts({ charts }: { charts: ChartData[] }) {
  return (
    <div style={{ display: 'flex', gap: 16, flexWrap: 'wrap', padding: 8 }} data-testid="charts">
      {charts.map((c, i) => (
        <Chart key={i} chart={c} />
      ))}
    </div>
  );
}

function Chart({ chart }: { chart: ChartData }) {
  const max = Math.max(1, ...chart.series.flatMap((s) => s.values));
  const plotW = W - PAD.left - PAD.right;
  const plotH = PLOT_H - PAD.top - PAD.bottom;
  // One legend line per series: agreement names are long, and side by side they would run into each other.
  const H = PLOT_H + LEGEND_LINE * chart.series.length + 6;
  const y = (v: number) => PAD.top + plotH - (v / max) * plotH;
  const n = Math.max(1, chart.categories.length);
  const slot = plotW / n;
  const label = (i: number) => PAD.left + slot * (i + 0.5);
  const step = Math.ceil(n / 12);
  return (
    <svg width={W} height={H} role="img" aria-label={chart.title} data-kind={chart.kind} style={{ background: '#fff', border: '1px solid #ddd' }}>
      <text x={W / 2} y={18} textAnchor="middle" fontSize={13} fontWeight={600}>
        {chart.title}
      </text>
      <line x1={PAD.left} y1={PAD.top + plotH} x2={W - PAD.right} y2={PAD.top + plotH} stroke="#999" />
      <text x={PAD.left - 6} y={PAD.top + 4} textAnchor="end" fontSize={10}>
        {max}
      </text>
      <text x={PAD.left - 6} y={PAD.top + plotH} textAnchor="end" fontSize={10}>
        0
      </text>
      {chart.categories.map((c, i) =>
        i % step === 0 ? (
          <text key={c + i} x={label(i)} y={PLOT_H - PAD.bottom + 14} textAnchor="middle" fontSize={10}>
            {c}
          </text>
        ) : null,
      )}
      {chart.series.map((s, si) =>
        chart.kind === 'column' ? (
          s.values.map((v, i) => {
            const bw = (slot * 0.8) / chart.series.length;
            const x = PAD.left + slot * i + slot * 0.1 + bw * si;
            return <rect key={`${si}-${i}`} x={x} y={y(v)} width={bw} height={PAD.top + plotH - y(v)} fill={COLOURS[si % COLOURS.length]} />;
          })
        ) : (
          <polyline key={si} fill="none" stroke={COLOURS[si % COLOURS.length]} strokeWidth={2} points={s.values.map((v, i) => `${label(i)},${y(v)}`).join(' ')} />
        ),
      )}
      {chart.series.map((s, si) => (
        <text key={`legend-${si}`} x={PAD.left} y={PLOT_H + LEGEND_LINE * (si + 1)} fontSize={11} fill={COLOURS[si % COLOURS.length]}>
          ■ {s.name}
        </text>
      ))}
    </svg>
  );
}
