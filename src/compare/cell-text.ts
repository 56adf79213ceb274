/** Cell text such as "≥40万人 目标" or "1271人 实际 · 完成72.22%"; the words come from the UI's locale. */
import { formatExact, formatFigureValue, formatNumber } from './format';
import type { Cell, Figure, Progress } from './types';

export interface CellWords {
  target: string;
  actual: string;
  progress: string;
  /** Prefix of a progress percentage, e.g. 完成. */
  done: string;
  /** Marks a percentage computed here rather than stated on the page, e.g. （估算）. */
  computed: string;
  met: string;
  notMet: string;
}

export interface CellLine {
  text: string;
  /** The exact value and the page's wording, for hover. */
  exact: string;
  figure: Figure;
  progress?: Progress;
}

export function figureText(f: Pick<Figure, 'value' | 'unit' | 'comparator' | 'max' | 'kind'>, words: CellWords): string {
  return `${formatFigureValue(f.value, f.unit, f.comparator, f.max)} ${words[f.kind]}`;
}

/** A figure whose label names nothing is shown in the page's words: 「同比增长2.3%」 实际. */
function quotedText(f: Figure, words: CellWords): string {
  return `「${f.record.text}」 ${words[f.kind]}`;
}

export function progressText(p: Progress, words: CellWords): string {
  const parts: string[] = [];
  if (p.percent !== null) parts.push(`${words.done}${formatNumber(p.percent, '%')}%${p.computed ? words.computed : ''}`);
  else if (p.met !== undefined) parts.push(p.met ? words.met : words.notMet);
  return parts.join(' ');
}

export function exactText(f: Figure): string {
  const value =
    f.value === null ? '****' : f.max != null ? `${formatExact(f.value)}–${formatExact(f.max)}` : formatExact(f.value);
  const mentions = f.mentions > 1 ? ` ×${f.mentions}` : '';
  return `${value} ${f.unit} — ${f.record.text}${mentions}`;
}

/**
 * Targets first, then actuals with their progress, then any progress not tied to an actual. `quoted`: the row's label
 * names nothing (Row.unnamed), so each figure shows the words it stands in.
 */
export function cellLines(cell: Cell, words: CellWords, quoted = false): CellLine[] {
  const lines: CellLine[] = [];
  const text = (f: Figure) => (quoted ? quotedText(f, words) : figureText(f, words));
  const byActual = new Map<Figure, Progress>();
  for (const p of cell.progress) {
    if (p.actual && !byActual.has(p.actual)) byActual.set(p.actual, p);
  }
  for (const f of cell.figures.filter((x) => x.kind === 'target')) {
    lines.push({ text: text(f), exact: exactText(f), figure: f });
  }
  for (const f of cell.figures.filter((x) => x.kind === 'actual')) {
    const p = byActual.get(f);
    const line = p ? `${text(f)} · ${progressText(p, words)}` : text(f);
    lines.push(p ? { text: line, exact: exactText(f), figure: f, progress: p } : { text: line, exact: exactText(f), figure: f });
  }
  for (const f of cell.figures.filter((x) => x.kind === 'progress')) {
    const tied = [...byActual.values()].some((p) => p.stated === f);
    if (!tied) lines.push({ text: `${words.done}${formatFigureValue(f.value, f.unit, f.comparator)}`, exact: exactText(f), figure: f });
  }
  return lines;
}
