/**
 * One PDF page in the viewer: a box of the page's size holding PDF.js's text layer (transparent spans over the
 * picture, which the highlights paint and the pointer hits) and a canvas painted only when the page nears the
 * window, so a 200-page document holds 200 text layers but only the pictures looked at.
 */
import { TextLayer, type PDFPageProxy } from 'pdfjs-dist';
import type { TextContent } from 'pdfjs-dist/types/src/display/api';

export interface PageView {
  element: HTMLElement;
  /** The text layer's spans' texts and text nodes, in the order of the page's text items. */
  pieces: string[];
  nodes: (Text | null)[];
}

/** Lays out one page and its text layer; the canvas is painted by `paintWhenNear`. */
export async function createPageView(doc: Document, page: PDFPageProxy, content: TextContent, scale: number): Promise<PageView> {
  const viewport = page.getViewport({ scale });
  const element = doc.createElement('section');
  element.className = 'page';
  element.dataset.page = String(page.pageNumber);
  element.style.width = `${Math.floor(viewport.width)}px`;
  element.style.height = `${Math.floor(viewport.height)}px`;
  // PDF.js sizes the text layer's spans by this variable.
  element.style.setProperty('--scale-factor', String(scale));
  const layer = doc.createElement('div');
  layer.className = 'textLayer';
  element.append(layer);
  const textLayer = new TextLayer({ textContentSource: content, container: layer, viewport });
  await textLayer.render();
  const divs = textLayer.textDivs;
  return {
    element,
    pieces: divs.map((d) => d.textContent ?? ''),
    nodes: divs.map((d) => (d.firstChild instanceof Text ? d.firstChild : null)),
  };
}

/** Paints a page's picture the first time it comes within a screen of the window; stops with `signal`. */
export function paintWhenNear(signal: AbortSignal, paint: (pageNumber: number, element: HTMLElement) => Promise<void>): (element: HTMLElement) => void {
  const observer = new IntersectionObserver(
    (entries) => {
      for (const entry of entries) {
        if (!entry.isIntersecting) continue;
        const el = entry.target as HTMLElement;
        observer.unobserve(el);
        void paint(Number(el.dataset.page), el).catch((err: unknown) => console.debug('[indicator-lens] page not painted', err));
      }
    },
    { rootMargin: '100% 0px' },
  );
  signal.addEventListener('abort', () => observer.disconnect(), { once: true });
  return (element) => observer.observe(element);
}

/** Paints `page` into a canvas under its text layer, at the screen's pixel density. */
export async function paintPage(doc: Document, page: PDFPageProxy, element: HTMLElement, scale: number): Promise<void> {
  const viewport = page.getViewport({ scale });
  const ratio = doc.defaultView?.devicePixelRatio ?? 1;
  const canvas = doc.createElement('canvas');
  canvas.width = Math.floor(viewport.width * ratio);
  canvas.height = Math.floor(viewport.height * ratio);
  canvas.style.width = `${Math.floor(viewport.width)}px`;
  canvas.style.height = `${Math.floor(viewport.height)}px`;
  element.prepend(canvas);
  await page.render({ canvasContext: canvas.getContext('2d')!, viewport, transform: ratio === 1 ? undefined : [ratio, 0, 0, ratio, 0, 0] }).promise;
}
