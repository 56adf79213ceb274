/** The comparison grid: sticky header row and indicator column, one line per figure, hover for the exact value. */
import { useEffect, useLayoutEffect, useRef, useState } from 'preact/hooks';
import { cellLines, type CellWords } from '../../compare/cell-text';
import { isOtherRow } from '../../compare/row-order';
import type { ComparisonTable, Figure, Row } from '../../compare/types';
import { t } from '../i18n';
import { indicatorName, scopeName } from './compare-words';
import { figureLineContext, FigureLine } from './FigureLine';
import { gridTarget, rovingTabStop } from './grid-keys';

interface Props {
  table: ComparisonTable;
  words: CellWords;
  chosenRow: string | null;
  onChooseRow(key: string): void;
  onOpen(figure: Figure): void;
  onClip(figures: Figure[]): void;
  /** Whether the figure is in the library (★) or not (☆). */
  isClipped?(figure: Figure): boolean;
  onUnclip?(figures: Figure[]): void;
  onCopy?(figure: Figure, format: 'text' | 'markdown'): void;
  /** Follows the row's indicator over time for one region (the full page's region view). */
  onTrack?(row: Row): void;
}

function columnFigures(table: ComparisonTable, columnId: string): Figure[] {
  return table.rows.flatMap((r) => r.cells[columnId]?.figures ?? []);
}

function RowHeader({ row, chosen, onChoose, onTrack }: { row: Row; chosen: boolean; onChoose(): void; onTrack?(): void }) {
  const name = indicatorName(row);
  return (
    <th scope="row" class={chosen ? 'il-row-chosen' : undefined}>
      <button type="button" class="il-row-name" onClick={onChoose} aria-pressed={chosen} title={t('compare_sort_hint')}>
        {name}
      </button>
      {onTrack && (
        <button type="button" class="il-track" data-testid="track-region" title={t('region_track', [name])}
          aria-label={t('region_track', [name])} onClick={onTrack}>
          ↗
        </button>
      )}
      <span class="il-unit">{row.unit}</span>
    </th>
  );
}

/**
 * The first paint fills the cells of about one popup screen: 12 rows, and the 6 columns that fit its 780 px (the
 * headers of all columns are there at once). The other cells follow in the next frames, this many rows per frame.
 */
export const FIRST_ROWS = 12;
export const FIRST_COLUMNS = 6;
const ROWS_PER_FRAME = 40;

export function CompareTable({ table, words, chosenRow, onChooseRow, onOpen, onClip, isClipped, onUnclip, onCopy, onTrack }: Props) {
  // Large tables paint the first screen at once and the rest over the next frames, so the popup opens fast.
  const [limit, setLimit] = useState(FIRST_ROWS);
  const [columnLimit, setColumnLimit] = useState(FIRST_COLUMNS);
  const total = table.rows.length;
  const columnCount = table.columns.length;
  useEffect(() => {
    if (limit >= total && columnLimit >= columnCount) {
      performance.mark('il-compare-complete');
      return;
    }
    const id = setTimeout(() => {
      setColumnLimit(Infinity);
      setLimit((l) => l + ROWS_PER_FRAME);
    }, 0);
    return () => clearTimeout(id);
  }, [limit, total, columnLimit, columnCount]);
  const tableRef = useRef<HTMLTableElement>(null);
  const active = useRef<HTMLElement | null>(null);
  // After every render (rows arrive over several frames): one tab stop, where the user last was.
  useLayoutEffect(() => {
    if (tableRef.current) active.current = rovingTabStop(tableRef.current, active.current);
  });
  const moveTo = (button: HTMLElement) => {
    if (!tableRef.current) return;
    active.current = rovingTabStop(tableRef.current, button);
  };
  const onKeyDown = (e: KeyboardEvent) => {
    const from = e.target as HTMLElement;
    if (!tableRef.current || from.tagName !== 'BUTTON' || e.altKey || e.metaKey || e.shiftKey) return;
    const to = gridTarget(tableRef.current, from, e.key, e.ctrlKey);
    if (!to) return;
    e.preventDefault();
    moveTo(to);
    to.focus();
  };
  const onFocusIn = (e: FocusEvent) => {
    const el = e.target as HTMLElement;
    if (el.tagName === 'BUTTON') moveTo(el);
  };
  // Core and custom rows lead; `other` rows wait in a collapsed group (open at once when there is nothing else).
  const main = table.rows.filter((r) => !isOtherRow(r.key));
  const others = table.rows.filter((r) => isOtherRow(r.key));
  const [expanded, setExpanded] = useState<boolean | null>(null);
  const open = expanded ?? main.length === 0;
  const shown = main.slice(0, limit);
  const lineContext = figureLineContext({ onOpen, onClip, isClipped, onUnclip, onCopy });
  const renderRow = (row: Row) => (
    <tr key={row.key} data-row={row.key}>
      <RowHeader row={row} chosen={row.key === chosenRow} onChoose={() => onChooseRow(row.key)}
        onTrack={onTrack && (() => onTrack(row))} />
      {table.columns.map((c, column) => {
        const cell = column < columnLimit ? row.cells[c.id] : undefined;
        return (
          <td key={c.id} data-col={c.id}>
            {cell &&
              cellLines(cell, words, row.unnamed).map((line, i) => (
                <FigureLine key={i} line={line} ctx={lineContext} />
              ))}
          </td>
        );
      })}
    </tr>
  );
  return (
    <div class="il-table-wrap">
      <table class="il-table" data-testid="compare-table" ref={tableRef} onKeyDown={onKeyDown} onFocusIn={onFocusIn}
        aria-describedby="il-grid-keys">
        <thead>
          <tr>
            <th scope="col" class="il-corner">
              {t('compare_indicator')}
            </th>
            {table.columns.map((c) => (
              <th scope="col" key={c.id} data-col={c.id} title={c.regionNote}>
                <span class="il-col-region">
                  {c.region || '—'}{' '}
                  {c.scope !== 'unknown' && scopeName(c.scope) !== c.region && (
                    <span class="il-col-scope" data-scope={c.scope}>{scopeName(c.scope)}</span>
                  )}
                </span>
                {c.regionNote && <span class="il-col-note">{c.regionNote}</span>}
                <span class="il-col-period">{c.periodLabel}</span>
                <button
                  type="button"
                  class="il-clip il-clip-col"
                  title={t('compare_clip_column')}
                  aria-label={`${t('compare_clip_column')} ${c.region} ${c.periodLabel}`}
                  onClick={() => onClip(columnFigures(table, c.id))}
                >
                  ☆
                </button>
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {shown.map(renderRow)}
          {others.length > 0 && main.length > 0 && shown.length === main.length && (
            <tr class="il-group" data-testid="other-group">
              <th scope="rowgroup" colSpan={table.columns.length + 1}>
                <button type="button" class="il-group-toggle" aria-expanded={open} onClick={() => setExpanded(!open)}>
                  {open ? '▾' : '▸'} {t('compare_other_group', [others.length])}
                </button>
              </th>
            </tr>
          )}
          {open && others.slice(0, Math.max(0, limit - main.length)).map(renderRow)}
        </tbody>
      </table>
      <p id="il-grid-keys" class="il-sr-only">{t('compare_grid_keys')}</p>
    </div>
  );
}
