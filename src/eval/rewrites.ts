/**
 * The corpus's pages written differently, as real copies of them are: figures in full-width digits (older pages, text
 * from Word), blanks as no-break spaces (text copied out of a browser), figures set apart by blanks (text from PDFs),
 * traditional characters (reposts in Taiwan's and Hong Kong's media), lines wrapped at a print's measure (text copied
 * out of a PDF), lines indented by ideographic spaces (text from Word), counts with their thousands marked, line breaks
 * lost (a dataset's text, a copy pasted flat). Each should read as the page does: the same core records, with the same
 * kind, region and period — but for line breaks lost, which take a page's headings and datelines off their lines: that
 * row measures how much a page's lines carry, not a fault to mend.
 */
import * as OpenCC from 'opencc-js';
import { takesHalfWidth } from '../extract/text/hard-wrap';

export interface Rewrite {
  name: string;
  rewrite: (text: string) => string;
}

const toTaiwan = OpenCC.Converter({ from: 'cn', to: 'tw' });

/** Digits, a decimal point between digits and per-cent signs in full width (２．１５％). */
export function fullWidthFigures(text: string): string {
  return text
    .replace(/(?<=\d)\.(?=\d)/g, '．')
    .replace(/%/g, '％')
    .replace(/[0-9]/g, (d) => String.fromCharCode(d.charCodeAt(0) + 0xfee0));
}

/** A blank between every figure and the ideographs around it (2021 年 9 月，城镇新增就业 44.5 万人), as text from a PDF keeps them. */
export function figuresSetApart(text: string): string {
  return text.replace(/(?<=[\u4e00-\u9fff])(?=\d)|(?<=[\d%])(?=[\u4e00-\u9fff])/g, ' ');
}

/** Every blank and ideographic space a no-break space. */
export function noBreakSpaces(text: string): string {
  return text.replace(/[ \u3000]/g, '\u00a0');
}

/** Every line that opens on a character indented by two ideographic spaces, as a document from Word keeps its paragraphs and cells. */
export function indentedLines(text: string): string {
  return text.replace(/^(?=\S)/gm, '\u3000\u3000');
}

/** Every whole number of five digits or more with its thousands marked (52,242人, 1,022,000), as some releases write counts. */
export function thousandsMarked(text: string): string {
  return text.replace(/(?<![\d.,])\d{5,}(?![\d,])/g, (n) => n.replace(/\B(?=(?:\d{3})+$)/g, ','));
}

/** Every line break, and the blanks around it, taken out: the page as one line. */
export function flattened(text: string): string {
  return text.replace(/[ \t\u3000]*\n\s*/g, '');
}

/**
 * Each line cut where the next character would pass `width` full-width characters (digits, letters, blanks, . and % take
 * half), as a print sets it; with `indent`, each paragraph opening indented by two ideographic spaces, as a print of a
 * report or a notice opens them.
 */
export function printedAt(width: number, text: string, indent = false): string {
  return text
    .split('\n')
    .map((line) => (indent && /^\S/.test(line) ? `\u3000\u3000${line}` : line))
    .map((line) => {
      const out: string[] = [];
      let cur = '';
      let w = 0;
      for (const ch of line) {
        const cw = takesHalfWidth(ch.charCodeAt(0)) ? 0.5 : 1;
        if (w + cw > width) {
          out.push(cur);
          cur = '';
          w = 0;
        }
        cur += ch;
        w += cw;
      }
      out.push(cur);
      return out.join('\n');
    })
    .join('\n');
}

export const REWRITES: readonly Rewrite[] = [
  { name: 'figures in full-width digits', rewrite: fullWidthFigures },
  { name: 'blanks as no-break spaces', rewrite: noBreakSpaces },
  { name: 'figures set apart by blanks (PDF text)', rewrite: figuresSetApart },
  { name: "traditional characters (Taiwan's, OpenCC)", rewrite: (t) => toTaiwan(t) },
  { name: 'printed at 38 characters a line', rewrite: (t) => printedAt(38, t) },
  { name: 'printed at 30 characters a line', rewrite: (t) => printedAt(30, t) },
  { name: 'printed at 30, paragraphs indented', rewrite: (t) => printedAt(30, t, true) },
  { name: 'lines indented by ideographic spaces', rewrite: indentedLines },
  { name: 'counts with their thousands marked', rewrite: thousandsMarked },
  { name: 'line breaks lost (the page as one line)', rewrite: flattened },
];

/** A pinyin-glossed mirror (城鎮(zhèn)): its glosses are cut by a print's wraps as no real print's words are. */
export const GLOSSED = /[(（][a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]{1,8}[)）]/;

/** How many of `a`'s keys `b` lacks and how many of `b`'s `a` lacks, counting repeats. */
export function keyDifference(a: readonly string[], b: readonly string[]): { lost: number; gained: number } {
  const left = new Map<string, number>();
  for (const k of a) left.set(k, (left.get(k) ?? 0) + 1);
  let gained = 0;
  for (const k of b) {
    const n = left.get(k) ?? 0;
    if (n > 0) left.set(k, n - 1);
    else gained++;
  }
  let lost = 0;
  for (const n of left.values()) lost += n;
  return { lost, gained };
}
