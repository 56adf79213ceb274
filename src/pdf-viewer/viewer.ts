/**
 * The PDF viewer: fetches the PDF, lays out its pages one at a time (text layer now, picture when looked at), reads
 * each page's text in reading order (pdf-layout.ts, as the CLI does) and sends the text read so far to the engine
 * whenever it is free, so figures appear as pages are read and the last answer is the whole document's. Figures are
 * painted, carded, stepped through and clipped by the annotator's own parts (src/annotate/).
 */
import type { PDFDocumentProxy } from 'pdfjs-dist';
import type { ExtractResult, IndicatorRecord } from '../extract/types';
import type { SourceRef } from '../model';
import type { Annotation } from '../annotate/annotation-run';
import { createFigureCursor, scrollToRange, type FigureCursor } from '../annotate/figure-cursor';
import { createHighlightStyle } from '../annotate/highlight-style';
import { flashHighlight, paintHighlights } from '../annotate/highlights';
import { createRangeIndex } from '../annotate/hit-test';
import { listenForInput } from '../annotate/page-input';
import { findQuote } from '../annotate/quote';
import type { ColourOverrides } from '../annotate/styles';
import { createUiHost } from '../annotate/ui-host';
import { joinPages, layoutPage, pageAt, textRuns, type PageLayout } from '../page/pdf-layout';
import { toRange, type TextMap } from '../page/text-map';
import type { MessageKey } from '../ui/i18n';
import { fetchPdf } from './pdf-fetch';
import { isFailure, openPdf } from './pdf-open';
import { createPageView, paintPage, paintWhenNear } from './page-view';
import { alignPageText, joinTextMaps, type MappedPage } from './text-layer-map';
import { pageUrl } from './viewer-url';

export interface ViewerDeps {
  signal: AbortSignal;
  doc: Document;
  /** Where the pages go. */
  pages: HTMLElement;
  fileUrl: string;
  cMapUrl: string;
  /** Shows a line of status (`alert`: a reason nothing can be read). */
  say(key: MessageKey, subs?: Array<string | number>, alert?: boolean): void;
  /** The engine, through the background, which keeps the result as this tab's. */
  extract(text: string, page: { title: string; url: string }, pageStarts: number[]): Promise<ExtractResult>;
  clip(record: IndicatorRecord, source: SourceRef): Promise<{ added: number; duplicates: number }>;
  highlightColours(): Promise<ColourOverrides>;
  /** The document's title is known. */
  onTitle(title: string): void;
}

export interface Viewer {
  togglePanel(): boolean;
  reveal(source: Pick<SourceRef, 'quote' | 'prefix' | 'suffix'>): boolean;
  /** Resolves when every page is read and the engine has answered for all of them. */
  done: Promise<void>;
}

const nextTask = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/** The file's name, for a PDF without a title of its own. */
function fileName(url: string): string {
  const last = decodeURIComponent(new URL(url).pathname.split('/').pop() ?? '');
  return last || url;
}

/** Fits the page width to the window (at most 1000 px wide). */
function scaleFor(pdfWidth: number, win: Window): number {
  return Math.min(1000, Math.max(320, win.innerWidth - 48)) / pdfWidth;
}

export function startViewer(deps: ViewerDeps): Viewer {
  const { signal, doc } = deps;
  let annotation: Annotation | null = null;
  const ui = createUiHost(doc);
  signal.addEventListener('abort', () => ui.destroy(), { once: true });
  const style = createHighlightStyle({ signal, doc, highlightColours: deps.highlightColours });
  void style.loadColours();
  let pageStarts: number[] = [];
  let textMap: TextMap | null = null;
  const cursor: FigureCursor = createFigureCursor({
    signal,
    doc,
    ui,
    annotation: () => annotation,
    clip: deps.clip,
    sourceUrl: (record) => pageUrl(deps.fileUrl, pageAt(pageStarts, record.start)),
  });
  listenForInput({ signal, doc, ui, cursor, annotation: () => annotation });

  /** Paints the engine's answer for the pages read so far. */
  function show(text: string, starts: number[], map: TextMap, result: ExtractResult, final: boolean): void {
    const sorted = [...result.records].sort((a, b) => a.start - b.start || b.end - a.end);
    const records: IndicatorRecord[] = [];
    const ranges: Range[] = [];
    for (const record of sorted) {
      const range = toRange(map, record.start, record.end, doc);
      if (!range) continue;
      records.push(record);
      ranges.push(range);
    }
    if (records.length) style.ensure();
    paintHighlights(records.map((record, i) => ({ record, range: ranges[i]! })));
    const previous = annotation;
    pageStarts = starts;
    textMap = map;
    annotation = { text, result, preview: !final, records, ranges, index: createRangeIndex(ranges) };
    cursor.onAnnotationChange(previous, annotation);
  }

  const done = read(deps, show).catch((err: unknown) => {
    if (!signal.aborted) deps.say('pdf_viewer_broken', [err instanceof Error ? err.message : String(err)], true);
  });

  return {
    togglePanel: () => cursor.togglePanel(),
    reveal(source) {
      const at = annotation && textMap && findQuote(annotation.text, source);
      const range = at && textMap && toRange(textMap, at.start, at.end, doc);
      if (!range) return false;
      scrollToRange(range);
      flashHighlight(range, signal, 2500);
      return true;
    },
    done,
  };
}

type Show = (text: string, starts: number[], map: TextMap, result: ExtractResult, final: boolean) => void;

/** Fetches, opens and reads the PDF page by page, extracting the text read so far whenever the engine is free. */
async function read(deps: ViewerDeps, show: Show): Promise<void> {
  const { signal, doc } = deps;
  deps.say('pdf_viewer_loading');
  const bytes = await fetchPdf(deps.fileUrl, signal);
  if (signal.aborted) return;
  if (!(bytes instanceof Uint8Array)) return deps.say(bytes.key, bytes.subs, true);
  const pdf = await openPdf(bytes, deps.cMapUrl);
  if (signal.aborted) return;
  if (isFailure(pdf)) return deps.say(pdf.key, pdf.subs, true);
  signal.addEventListener('abort', () => void pdf.destroy(), { once: true });
  const info = (await pdf.getMetadata().catch(() => null))?.info as { Title?: string } | undefined;
  const title = info?.Title?.trim() || fileName(deps.fileUrl);
  deps.onTitle(title);

  const layouts: PageLayout[] = [];
  const mapped: Array<Omit<MappedPage<Text>, 'start'>> = [];
  let records = 0;
  const extraction = extractWhenFree(deps, title, layouts, mapped, (text, starts, map, result, final) => {
    records = result.records.length;
    show(text, starts, map, result, final);
  });
  const scale = scaleFor((await pdf.getPage(1)).getViewport({ scale: 1 }).width, doc.defaultView!);
  const paintNear = paintWhenNear(signal, async (n, el) => paintPage(doc, await pdf.getPage(n), el, scale));
  // The worker reads the next page's text while this one is laid out.
  const textOf = (n: number) => pdf.getPage(n).then(async (page) => ({ page, content: await page.getTextContent() }));
  let next = textOf(1);
  for (let n = 1; n <= pdf.numPages; n++) {
    const { page, content } = await next;
    if (n < pdf.numPages) next = textOf(n + 1);
    if (signal.aborted) return;
    const view = await createPageView(doc, page, content, scale);
    deps.pages.append(view.element);
    paintNear(view.element);
    const layout = layoutPage(textRuns(content.items));
    layouts.push(layout);
    mapped.push({ chunks: alignPageText(layout.text, view.pieces), nodes: view.nodes });
    deps.say('pdf_viewer_reading', [n, pdf.numPages, records]);
    extraction.pagesRead();
    await nextTask(); // the page stays responsive while a long document is read
  }
  if (layouts.every((l) => l.text.trim() === '')) return deps.say('pdf_viewer_scanned', [pdf.numPages], true);
  await extraction.finished();
  if (!signal.aborted) deps.say('pdf_viewer_done', [pdf.numPages, records]);
}

/** A run waits until the pages read are this many times those of the last run: the engine reads the document about three times in all, not once per page. */
const GROWTH = 1.5;

/**
 * Runs the engine on all pages read so far, one run at a time, each on half as many pages again as the last (the
 * engine shares the CPU with the reading), and the last run on the whole document.
 */
function extractWhenFree(
  deps: ViewerDeps,
  title: string,
  layouts: PageLayout[],
  mapped: Array<Omit<MappedPage<Text>, 'start'>>,
  show: Show,
) {
  let running: Promise<void> | null = null;
  let extracted = 0;
  let total: number | null = null;
  let finish: () => void = () => undefined;
  const finishedAll = new Promise<void>((resolve) => (finish = resolve));

  async function once(): Promise<void> {
    const count = layouts.length;
    extracted = count; // taken, even if the engine fails on them: the next run tries again with more pages
    const { text, pageStarts } = joinPages(layouts.slice(0, count));
    if (text.trim() !== '') {
      const result = await deps.extract(text, { title, url: deps.fileUrl }, pageStarts);
      if (deps.signal.aborted) return;
      const map = joinTextMaps(mapped.slice(0, count).map((m, i) => ({ ...m, start: pageStarts[i]! })), text.length);
      show(text, pageStarts, map, result, count === total);
    }
  }

  function pump(): void {
    if (running || deps.signal.aborted) return;
    if (extracted === layouts.length) {
      if (total !== null && extracted === total) finish();
      return;
    }
    if (total === null && layouts.length < extracted * GROWTH) return;
    running = once()
      .catch((err: unknown) => console.debug('[indicator-lens] PDF extraction failed', err))
      .finally(() => {
        running = null;
        pump();
      });
  }

  return {
    pagesRead: pump,
    finished(): Promise<void> {
      total = layouts.length;
      pump();
      return finishedAll;
    },
  };
}
