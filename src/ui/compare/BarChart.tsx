/** One indicator across the compared columns: hatched bars for targets, solid for actuals, unit on the axis. */
import { formatExact, formatNumber } from '../../compare/format';
import type { Column, Row } from '../../compare/types';
import type { CellWords } from '../../compare/cell-text';
import { t } from '../i18n';

interface Bar {
  column: Column;
  target: number | null;
  actual: number | null;
}

function firstValue(row: Row, column: Column, kind: 'target' | 'actual'): number | null {
  const f = row.cells[column.id]?.figures.find((x) => x.kind === kind && x.value !== null && x.unit === row.unit);
  return f?.value ?? null;
}

/** 0, step, 2·step … with step 1, 2 or 5 × 10^k, about four ticks. */
export function niceTicks(max: number): number[] {
  if (max <= 0) return [0];
  const raw = max / 4;
  const mag = 10 ** Math.floor(Math.log10(raw));
  const step = [1, 2, 5, 10].map((m) => m * mag).find((s) => s >= raw) ?? raw;
  const ticks: number[] = [];
  for (let v = 0; v < max + step; v += step) ticks.push(Math.round(v * 1e6) / 1e6);
  return ticks;
}

const H = 200;
const TOP = 28;
const LEFT = 64;
const GROUP = 72;
const BAR = 22;
const BOTTOM = 40;

export function BarChart({ row, columns, name, words }: { row: Row; columns: readonly Column[]; name: string; words: CellWords }) {
  const bars: Bar[] = columns
    .map((column) => ({ column, target: firstValue(row, column, 'target'), actual: firstValue(row, column, 'actual') }))
    .filter((b) => b.target !== null || b.actual !== null);
  if (bars.length === 0) return <p class="il-chart-none">{t('compare_chart_none')}</p>;
  const ticks = niceTicks(Math.max(...bars.flatMap((b) => [b.target ?? 0, b.actual ?? 0])));
  const top = ticks[ticks.length - 1]! || 1;
  const y = (v: number) => TOP + H - (v / top) * H;
  const width = LEFT + bars.length * GROUP + 16;
  const title = t('compare_chart_title', [name, row.unit]);
  const bar = (b: Bar, kind: 'target' | 'actual', x: number) => {
    const v = b[kind];
    if (v === null) return null;
    const label = `${b.column.region} ${b.column.periodLabel} ${words[kind]}: ${formatExact(v)} ${row.unit}`;
    return (
      // A small value next to big ones still shows as a sliver rather than nothing.
      <rect class={`il-bar il-bar-${kind}`} x={x} y={Math.min(y(v), TOP + H - 1)} width={BAR} height={Math.max(1, TOP + H - y(v))}>
        <title>{label}</title>
      </rect>
    );
  };
  return (
    <figure class="il-chart" data-testid="chart">
      <svg width={width} height={TOP + H + BOTTOM} role="img" aria-label={title} viewBox={`0 0 ${width} ${TOP + H + BOTTOM}`}>
        <defs>
          <pattern id="il-hatch" patternUnits="userSpaceOnUse" width="6" height="6" patternTransform="rotate(45)">
            <rect width="6" height="6" class="il-hatch-bg" />
            <rect width="3" height="6" class="il-hatch-line" />
          </pattern>
        </defs>
        <text x={4} y={14} class="il-axis-unit">{row.unit}</text>
        {ticks.map((v) => (
          <g key={v}>
            <line x1={LEFT} x2={width - 8} y1={y(v)} y2={y(v)} class="il-grid" />
            <text x={LEFT - 6} y={y(v) + 4} text-anchor="end" class="il-tick">
              {formatNumber(v, row.unit)}
            </text>
          </g>
        ))}
        {bars.map((b, i) => {
          const x = LEFT + i * GROUP + 8;
          return (
            <g key={b.column.id}>
              {bar(b, 'target', x)}
              {bar(b, 'actual', x + BAR + 2)}
              <text x={x + BAR} y={TOP + H + 16} text-anchor="middle" class="il-xlabel">
                {b.column.region}
              </text>
              <text x={x + BAR} y={TOP + H + 30} text-anchor="middle" class="il-xlabel il-xlabel-period">
                {b.column.periodLabel}
              </text>
            </g>
          );
        })}
        <g transform={`translate(${width - 150}, 6)`} class="il-legend">
          <rect width="12" height="12" class="il-bar il-bar-target" />
          <text x="16" y="10">{words.target}</text>
          <rect x="70" width="12" height="12" class="il-bar il-bar-actual" />
          <text x="86" y="10">{words.actual}</text>
        </g>
      </svg>
      <figcaption>{title}</figcaption>
    </figure>
  );
}
