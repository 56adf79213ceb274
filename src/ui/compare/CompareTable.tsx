/** The comparison grid: sticky header row and indicator column, one line per figure, hover for the exact value. */
import { cellLines, type CellWords } from '../../compare/cell-text';
import type { ComparisonTable, Figure, Row } from '../../compare/types';
import { t } from '../i18n';
import { indicatorName } from './words';

interface Props {
  table: ComparisonTable;
  words: CellWords;
  chosenRow: string | null;
  onChooseRow(key: string): void;
  onOpen(figure: Figure): void;
  onClip(figures: Figure[]): void;
}

function columnFigures(table: ComparisonTable, columnId: string): Figure[] {
  return table.rows.flatMap((r) => r.cells[columnId]?.figures ?? []);
}

function RowHeader({ row, chosen, onChoose }: { row: Row; chosen: boolean; onChoose(): void }) {
  const name = indicatorName(row);
  return (
    <th scope="row" class={chosen ? 'il-row-chosen' : undefined}>
      <button type="button" class="il-row-name" onClick={onChoose} aria-pressed={chosen} title={t('compare_sort_hint')}>
        {name}
      </button>
      <span class="il-unit">{row.unit}</span>
    </th>
  );
}

export function CompareTable({ table, words, chosenRow, onChooseRow, onOpen, onClip }: Props) {
  return (
    <div class="il-table-wrap">
      <table class="il-table" data-testid="compare-table">
        <thead>
          <tr>
            <th scope="col" class="il-corner">
              {t('compare_indicator')}
            </th>
            {table.columns.map((c) => (
              <th scope="col" key={c.id} data-col={c.id} title={c.regionNote}>
                <span class="il-col-region">{c.region || '—'}</span>
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
          {table.rows.map((row) => (
            <tr key={row.key} data-row={row.key}>
              <RowHeader row={row} chosen={row.key === chosenRow} onChoose={() => onChooseRow(row.key)} />
              {table.columns.map((c) => {
                const cell = row.cells[c.id];
                return (
                  <td key={c.id} data-col={c.id}>
                    {cell &&
                      cellLines(cell, words).map((line, i) => (
                        <div key={i} class={`il-fig il-kind-${line.figure.kind}`}>
                          <button
                            type="button"
                            class="il-open"
                            title={`${line.exact}\n${t('compare_source', [line.figure.source.title || line.figure.source.url])}\n${t('compare_open_hint')}`}
                            onClick={() => onOpen(line.figure)}
                          >
                            {line.text}
                            {line.figure.origin === 'library' && <span class="il-from-lib">{t('compare_from_library')}</span>}
                          </button>
                          <button
                            type="button"
                            class="il-clip"
                            title={t('compare_clip_figure')}
                            aria-label={`${t('compare_clip_figure')} ${line.text}`}
                            onClick={() => onClip(line.progress?.stated ? [line.figure, line.progress.stated] : [line.figure])}
                          >
                            ☆
                          </button>
                        </div>
                      ))}
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
