import { describe, expect, it } from 'vitest';
import { joinPages, layoutPage, type PdfTextRun } from '../../../src/page/pdf-layout';
import { alignPageText, joinTextMaps } from '../../../src/pdf-viewer/text-layer-map';

const run = (str: string, x: number, y: number, size = 10): PdfTextRun => ({ str, x, y, width: str.length * size, height: size });

/** Every copied character of `text` comes from the piece and offset its chunk names. */
function expectFaithful(text: string, pieces: string[]) {
  const chunks = alignPageText(text, pieces);
  for (const c of chunks) expect(text.slice(c.start, c.start + c.length)).toBe(pieces[c.piece]!.slice(c.pieceOffset, c.pieceOffset + c.length));
  return chunks;
}

describe('page text → text layer', () => {
  it('a wrapped paragraph joined without spaces maps each character to its span, a figure cut over two lines too', () => {
    // Two full lines of one paragraph; the figure 城镇新增就业1271人 is cut after 就.
    const runs = [run('今年以来全县全年城镇新增就', 0, 700), run('业1271人，完成目标任务。', 0, 686), run('', 0, 0)];
    const page = layoutPage(runs);
    expect(page.text).toContain('城镇新增就业1271人');
    const pieces = runs.map((r) => r.str);
    const chunks = expectFaithful(page.text, pieces);
    const at = page.text.indexOf('城镇新增就业1271人');
    const covering = chunks.filter((c) => c.start < at + 11 && c.start + c.length > at);
    expect(covering.map((c) => c.piece)).toEqual([0, 1]);
  });

  it('spaces PDF.js wrote between spread glyphs, and a page number dropped from the top, are skipped', () => {
    const runs = [run('3', 300, 800), run('机 关 事 业 单 位 养 老 保 险 参 保 5154 人', 0, 700, 10), run('城镇登记失业率4.5%以内', 0, 670)];
    const page = layoutPage(runs);
    expect(page.text.startsWith('3')).toBe(false);
    const chunks = expectFaithful(page.text, runs.map((r) => r.str));
    const copied = chunks.reduce((n, c) => n + c.length, 0);
    expect(copied).toBe(page.text.replace(/\s/g, '').length);
  });

  it('pages joined into one text map onto their own pages’ nodes', () => {
    const p1 = [run('城镇新增就业5万人。', 0, 700)];
    const p2 = [run('城镇登记失业率4.5%以内。', 0, 700)];
    const { text, pageStarts } = joinPages([layoutPage(p1), layoutPage(p2)]);
    const pages = [p1, p2].map((runs, i) => ({
      start: pageStarts[i]!,
      chunks: alignPageText(joinPages([layoutPage(runs)]).text, runs.map((r) => r.str)),
      nodes: runs.map((_, k) => `page${i + 1}-span${k}`),
    }));
    const map = joinTextMaps(pages, text.length);
    const at = text.indexOf('4.5%');
    const chunk = map.starts.findIndex((s, i) => s <= at && at < s + map.lengths[i]!);
    expect(map.nodes[chunk]).toBe('page2-span0');
    expect(map.nodeOffsets[chunk]! + (at - map.starts[chunk]!)).toBe('城镇登记失业率'.length);
  });
});
