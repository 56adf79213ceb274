/**
 * The current comparison as a Markdown table, for pasting into notes and reports: exact values (15325人, not 1.53万人),
 * each figure's period type, and a footnote per figure citing its sentence, page and the day it was read.
 */
import { cellLines, progressText, type CellLine, type CellWords } from '../compare/cell-text';
import type { Column, ComparisonTable, Figure, Row } from '../compare/types';
import { exactFigure, markdownUrl, readDay } from './citation';
import { escapeMarkdown as escapeCell } from './markdown-escape';

export interface MarkdownLabels {
  words: CellWords;
  /** Header of the first column, e.g. 指标. */
  indicatorHeader: string;
  rowName(row: Row): string;
  /** A figure's period type in words (全年, 年均/每年…); none when absent. */
  periodTypeName?(figure: Figure): string;
  /** The sentence and reading date of a figure, for its footnote; no footnotes when absent. */
  sourceOf?(figure: Figure): { sentence: string; readAt?: number };
  /** 读取于 */
  readAt?: string;
}

function lineText(line: CellLine, labels: MarkdownLabels, quoted: boolean): string {
  const f = line.figure;
  const value = quoted ? `「${f.record.text}」` : exactFigure({ ...f.record, value: f.value, max: f.max, unit: f.unit });
  const parts = [f.kind === 'progress' && !quoted ? `${labels.words.done}${value}` : `${value} ${labels.words[f.kind]}`];
  if (line.progress) parts.push(`· ${progressText(line.progress, labels.words)}`);
  const type = labels.periodTypeName?.(f);
  if (type) parts.push(`（${type}）`);
  return parts.join(' ');
}

function footnote(n: number, f: Figure, labels: MarkdownLabels): string {
  const { sentence, readAt } = labels.sourceOf!(f);
  const read = readAt === undefined ? '' : `，${escapeCell(labels.readAt ?? '')} ${readDay(readAt)}`;
  return `[^${n}]: “${escapeCell(sentence || f.record.text)}” — [${escapeCell(f.source.title || f.source.url)}](${markdownUrl(f.source.url)})${read}`;
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
  const notes: string[] = [];
  for (const row of table.rows) {
    const cells = table.columns.map((c) => {
      const cell = row.cells[c.id];
      if (!cell) return '';
      return cellLines(cell, labels.words, row.unnamed)
        .map((l) => {
          const text = escapeCell(lineText(l, labels, row.unnamed === true));
          if (!labels.sourceOf) return text;
          notes.push(footnote(notes.length + 1, l.figure, labels));
          return `${text}[^${notes.length}]`;
        })
        .join('<br>');
    });
    lines.push(`| ${[escapeCell(labels.rowName(row)), ...cells].join(' | ')} |`);
  }
  const tail = notes.length > 0 ? ['', ...notes] : [];
  return `${[...lines, ...tail].join('\n')}\n`;
}
