/**
 * One indicator across the compared columns: hatched bars for targets, solid for actuals, unit on the axis; only like
 * with like (chartSeries), and a line under it naming what it left out.
 */
import { chartSeries, type ChartGroup } from '../../compare/chart-series';
import { formatExact, formatNumber } from '../../compare/format';
import type { Column, Figure, Row } from '../../compare/types';
import type { CellWords } from '../../compare/cell-text';
import { t } from '../i18n';
import { leftOutText, periodTypeName, scopeName } from './compare-words';

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
const BAR = 22;
const GAP = 2;
const GROUP_PAD = 28;

const groupWidth = (g: ChartGroup) => Math.max(2, g.targets.length + g.actuals.length) * (BAR + GAP) + GROUP_PAD;
const BOTTOM = 40;

export function BarChart(p: { row: Row; columns: readonly Column[]; name: string; words: CellWords; title?: string }) {
  const { row, columns, name, words } = p;
  const series = chartSeries(row, columns);
  const leftOut = leftOutText(series.leftOut);
  if (series.groups.length === 0) {
    return (
      <div data-testid="chart">
        <p class="il-chart-none">{t('compare_chart_none')}</p>
        {leftOut && <p class="il-chart-left-out" data-testid="chart-left-out">{leftOut}</p>}
      </div>
    );
  }
  const values = series.groups.flatMap((g) => [...g.targets, ...g.actuals].map((f) => f.value ?? 0));
  const ticks = niceTicks(Math.max(...values));
  const top = ticks[ticks.length - 1]! || 1;
  const y = (v: number) => TOP + H - (v / top) * H;
  const offsets: number[] = [];
  let width = LEFT;
  for (const g of series.groups) {
    offsets.push(width);
    width += groupWidth(g);
  }
  width += 16;
  // The comparison's chart sets regions side by side; a region's series (RegionView) names its own.
  const title = p.title ?? t('compare_chart_title', [name, row.unit]);
  const what = t('compare_chart_series', [periodTypeName(series.periodType), scopeName(series.scope)]);
  const bar = (column: Column, f: Figure, x: number) => {
    const v = f.value ?? 0;
    const label = `${column.region} ${column.periodLabel} ${words[f.kind]}: ${formatExact(v)} ${row.unit} — ${f.source.title || f.source.url}`;
    return (
      // A small value next to big ones still shows as a sliver rather than nothing.
      <rect class={`il-bar il-bar-${f.kind}`} x={x} y={Math.min(y(v), TOP + H - 1)} width={BAR} height={Math.max(1, TOP + H - y(v))}>
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
        {series.groups.map((g, i) => {
          const x = offsets[i]! + 8;
          const figures = [...g.targets, ...g.actuals];
          const mid = x + (figures.length * (BAR + GAP)) / 2;
          return (
            <g key={g.column.id}>
              {figures.map((f, j) => bar(g.column, f, x + j * (BAR + GAP)))}
              <text x={mid} y={TOP + H + 16} text-anchor="middle" class="il-xlabel">
                {g.column.region}
              </text>
              <text x={mid} y={TOP + H + 30} text-anchor="middle" class="il-xlabel il-xlabel-period">
                {g.column.periodLabel}
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
      <figcaption>
        {title} <span class="il-chart-series" data-testid="chart-series">{what}</span>
        {leftOut && <span class="il-chart-left-out" data-testid="chart-left-out">{leftOut}</span>}
      </figcaption>
    </figure>
  );
}
