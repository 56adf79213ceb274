// @vitest-environment happy-dom
// The card as the pointer moves: it opens on a figure, closes a moment after the pointer leaves, and stays when the
// pointer comes back in time — every time, not only the first.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { IndicatorRecord } from '../../../src/model';
import { createFigureCursor } from '../../../src/annotate/figure-cursor';
import type { Annotation } from '../../../src/annotate/annotation-run';
import type { UiHost, UiState } from '../../../src/annotate/ui-host';
import { createRangeIndex } from '../../../src/annotate/hit-test';

const FIGURE = '城镇新增就业40万人以上';

function pageAnnotation(): Annotation {
  document.body.innerHTML = `<p>全年${FIGURE}。</p>`;
  const node = document.querySelector('p')!.firstChild!;
  const range = document.createRange();
  range.setStart(node, 2);
  range.setEnd(node, 2 + FIGURE.length);
  const record: IndicatorRecord = {
    indicator: 'urban_new_jobs', label: '城镇新增就业', value: 400000, unit: '人', comparator: '>=', kind: 'target', masked: false,
    region: '陕西省', period: '2022', text: FIGURE, start: 2, end: 2 + FIGURE.length,
  };
  const text = document.body.textContent!;
  return {
    text, preview: false, records: [record], ranges: [range], index: createRangeIndex([range]),
    result: { relevant: true, region: '陕西省', period: '2022', records: [record] },
  } as Annotation;
}

let controller: AbortController;
let shown: Array<UiState['card']>;

beforeEach(() => {
  vi.useFakeTimers();
  controller = new AbortController();
  shown = [];
  vi.stubGlobal('CSS', { highlights: new Map() });
  // happy-dom has no CSS Custom Highlight API.
  vi.stubGlobal('Highlight', class extends Set<AbstractRange> {
    constructor(...ranges: AbstractRange[]) {
      super(ranges);
    }
  });
});

afterEach(() => {
  controller.abort();
  vi.useRealTimers();
  vi.unstubAllGlobals();
});

function cursor() {
  const annotation = pageAnnotation();
  const ui: UiHost = {
    render: (state) => shown.push(state.card),
    contains: () => false,
    focusCard: () => {},
    element: () => null,
    destroy: () => {},
  };
  return createFigureCursor({ signal: controller.signal, doc: document, ui, annotation: () => annotation, clip: async () => ({ added: 1, duplicates: 0 }) });
}

describe('the figure cursor', () => {
  it('closes the card a moment after the pointer leaves, and again after the pointer came back in time', () => {
    const c = cursor();
    c.showCard(0);
    expect(c.index()).toBe(0);
    c.hideSoon();
    vi.advanceTimersByTime(100);
    // Back on the figure before the card closed: it stays…
    c.showCard(0);
    vi.advanceTimersByTime(1000);
    expect(c.index()).toBe(0);
    // …and leaving it again still closes it.
    c.hideSoon();
    vi.advanceTimersByTime(1000);
    expect(c.index()).toBe(-1);
    expect(shown.at(-1)).toBeNull();
  });

  it('keeps the card while the pointer is on it', () => {
    const c = cursor();
    c.showCard(0);
    c.hideSoon();
    c.keepCard();
    vi.advanceTimersByTime(1000);
    expect(c.index()).toBe(0);
  });

  it('says a figure clipped from this page is clipped when its card opens again', async () => {
    const c = cursor();
    c.showCard(0);
    expect(shown.at(-1)!.clip).toBe('idle');
    shown.at(-1)!.onClip({ isTrusted: true } as Event);
    await vi.waitFor(() => expect(shown.at(-1)!.clip).toBe('added'));
    c.showCard(-1);
    c.showCard(0);
    expect(shown.at(-1)!.clip).toBe('added');
  });
});
