/**
 * One figure with its source, ready to paste into an article or notes: the exact value with its unit and comparator,
 * the words the page used, what kind of figure it is, its period and region, the sentence, the page's title and URL, and
 * the day it was read — as plain text, and as Markdown whose page text cannot turn into markup. Pure.
 */
import { formatPeriod } from '../compare/format';
import type { Comparator, IndicatorRecord } from '../extract/types';
import { escapeMarkdown } from './markdown-escape';

export interface Citation {
  /** The indicator's name in the UI's language. */
  name: string;
  record: Pick<IndicatorRecord, 'value' | 'max' | 'unit' | 'comparator' | 'text' | 'masked'>;
  kind: string;
  period: string | null;
  /** 全年, 年均/每年 … in the UI's language. */
  periodType: string;
  region: string | null;
  /** 省级 … ('' when it adds nothing). */
  scope: string;
  sentence: string;
  title: string;
  url: string;
  /** ms since epoch. */
  readAt?: number;
}

export interface CitationLabels {
  kind: string;
  period: string;
  region: string;
  stated: string;
  source: string;
  readAt: string;
}

const SIGNS: Record<Comparator, string> = { '>=': '≥', '<=': '≤', '~': '≈', '=': '', range: '' };

/** The value in base units, in full: ≥400000人, 4–4.5%, 15325人 (never 1.53万人); the page's words when masked. */
export function exactFigure(record: Citation['record']): string {
  if (record.value === null || record.masked) return record.text;
  if (record.comparator === 'range' && record.max != null) return `${record.value}–${record.max}${record.unit}`;
  return `${SIGNS[record.comparator]}${record.value}${record.unit}`;
}

/** The day in the reader's calendar, YYYY-MM-DD. */
export function readDay(ms: number): string {
  const d = new Date(ms);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}

function withTag(value: string, tag: string): string {
  return tag ? `${value}（${tag}）` : value;
}

function facts(c: Citation, l: CitationLabels): string[] {
  return [
    `${l.kind}：${c.kind}`,
    `${l.period}：${withTag(formatPeriod(c.period) || '—', c.periodType)}`,
    `${l.region}：${withTag(c.region || '—', c.scope)}`,
  ];
}

export function citationText(c: Citation, l: CitationLabels): string {
  const lines = [
    `${c.name} ${exactFigure(c.record)}（${l.stated}：${c.record.text}）`,
    facts(c, l).join('；'),
    `“${c.sentence || c.record.text}”`,
    `${l.source}：${c.title ? `《${c.title}》 ` : ''}${c.url}${c.readAt === undefined ? '' : `（${l.readAt} ${readDay(c.readAt)}）`}`,
  ];
  return `${lines.join('\n')}\n`;
}

/** A URL as a Markdown link target: <…> keeps its parentheses literal; < > and spaces are escaped by percent-encoding. */
export function markdownUrl(url: string): string {
  return `<${url.replace(/[<>\s]/g, (ch) => encodeURIComponent(ch))}>`;
}

export function citationMarkdown(c: Citation, l: CitationLabels): string {
  const md = escapeMarkdown;
  const title = md(c.title || c.url);
  const read = c.readAt === undefined ? '' : `，${md(l.readAt)} ${readDay(c.readAt)}`;
  return [
    `**${md(c.name)}** ${md(exactFigure(c.record))}（${md(l.stated)}：${md(c.record.text)}）`,
    '',
    md(facts(c, l).join('；')),
    '',
    `> ${md(c.sentence || c.record.text)}`,
    '',
    `${md(l.source)}：[${title}](${markdownUrl(c.url)})${read}`,
    '',
  ].join('\n');
}
