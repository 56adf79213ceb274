/** The current comparison as a Markdown table, for pasting into notes and reports. */
import { cellLines, type CellWords } from '../compare/cell-text';
import type { Column, ComparisonTable, Row } from '../compare/types';

export interface MarkdownLabels {
  words: CellWords;
  /** Header of the first column, e.g. 指标. */
  indicatorHeader: string;
  rowName(row: Row): string;
}

/**
 * A cell's text as literal Markdown: no table break (|), no HTML (<, >), and no link or image ([…](…), ![…](…),
 * <…> autolinks) — a label or region from a page or an import must not become a live link in a report.
 */
function escapeCell(text: string): string {
  return text
    .replace(/\\/g, '\\\\')
    .replace(/([|[\]()!*_`])/g, '\\$1')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/\r?\n/g, ' ');
}

export function columnLabel(c: Column): string {
  const region = c.regionNote ? `${c.region}（${c.regionNote}）` : c.region;
  return [region, c.periodLabel].filter(Boolean).join(' ');
}

export function toMarkdown(table: ComparisonTable, labels: MarkdownLabels): string {
  const header = [labels.indicatorHeader, ...table.columns.map(columnLabel)];
  const lines = [
    `| ${header.map(escapeCell).join(' | ')} |`,
    `| ${header.map(() => '---').join(' | ')} |`,
  ];
  for (const row of table.rows) {
    const cells = table.columns.map((c) => {
      const cell = row.cells[c.id];
      return cell ? cellLines(cell, labels.words, row.unnamed).map((l) => escapeCell(l.text)).join('<br>') : '';
    });
    lines.push(`| ${[escapeCell(labels.rowName(row)), ...cells].join(' | ')} |`);
  }
  return `${lines.join('\n')}\n`;
}
