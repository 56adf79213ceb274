// @vitest-environment happy-dom
// The annotation run on a live page, with a fake engine: what goes to extract, what gets painted, and what happens when
// runs overlap, the page changes or the annotator ends. The CSS highlight registry is stood in for, so that what is
// painted can be read back.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { ExtractResult, IndicatorRecord, PageInfo } from '../../../src/model';
import { createAnnotationRun, type AnnotationRun } from '../../../src/annotate/annotation-run';
import { watchPage } from '../../../src/annotate/page-watcher';
import { startAnnotator } from '../../../src/annotate/annotator';

const FIGURES = ['城镇新增就业40万人以上', '城镇登记失业率4.5%以内', '开展职业技能培训4.8万人次'];
/** A figure the page gains later. */
const LATER = '城镇调查失业率5.5%左右';
const PAGE =
  `<h1>陕西省人社厅：今年城镇新增就业目标完成</h1>` +
  `<p>2月21日，记者从陕西省人社厅获悉，全面完成${FIGURES[0]}、${FIGURES[1]}的目标任务。</p>` +
  `<p>全年${FIGURES[2]}，扎实推进各项社保政策落地落细，深入实施全民参保计划，养老保险参保人数持续增长。</p>`;

/** A fake engine: a record for every figure of FIGURES found in the text, and every call remembered. */
function fakeEngine(figures: readonly string[] = [...FIGURES, LATER]) {
  const calls: string[] = [];
  const pending: Array<() => void> = [];
  let hold = false;
  const recordsOf = (text: string): IndicatorRecord[] =>
    figures.flatMap((figure) => {
      const start = text.indexOf(figure);
      if (start < 0) return [];
      const record: IndicatorRecord = {
        indicator: 'urban_new_jobs', label: figure.slice(0, 6), value: 1, unit: '人', comparator: '>=', kind: 'target', masked: false,
        region: '陕西省', period: '2022', text: figure, start, end: start + figure.length,
      };
      return [record];
    });
  const extract = (text: string, _page: PageInfo): Promise<ExtractResult> => {
    calls.push(text);
    const result = { relevant: true, region: '陕西省', period: '2022', records: recordsOf(text) } as ExtractResult;
    if (!hold) return Promise.resolve(result);
    return new Promise((resolve) => pending.push(() => resolve(result)));
  };
  return {
    calls,
    extract,
    /** From now on, answers wait for release(). */
    hold() {
      hold = true;
    },
    /** Answers the oldest waiting call. */
    release() {
      pending.shift()?.();
    },
    waiting: () => pending.length,
  };
}

/** The texts of the ranges painted in the page's highlight registry, in document order. */
function paintedTexts(): string[] {
  const ranges = [...CSS.highlights.values()].flatMap((h) => [...(h as unknown as Set<Range>)]);
  return ranges.sort((a, b) => a.compareBoundaryPoints(Range.START_TO_START, b)).map((r) => r.toString());
}

let controller: AbortController;

beforeEach(() => {
  document.body.innerHTML = PAGE;
  controller = new AbortController();
  // happy-dom has no CSS Custom Highlight API: a registry that records what is painted.
  vi.stubGlobal('Highlight', class extends Set<AbstractRange> {
    constructor(...ranges: AbstractRange[]) {
      super(ranges);
    }
  });
  vi.stubGlobal('CSS', { highlights: new Map<string, Set<AbstractRange>>() });
});

afterEach(() => {
  controller.abort();
  vi.unstubAllGlobals();
});

function newRun(engine: ReturnType<typeof fakeEngine>, onChange = vi.fn()): AnnotationRun {
  return createAnnotationRun({ signal: controller.signal, doc: document, extract: engine.extract, onChange });
}

/** Paints the page once, then starts a second run that waits for the engine (wrapped: an async function would await it). */
async function paintedThenWaiting(run: AnnotationRun, engine: ReturnType<typeof fakeEngine>): Promise<{ second: Promise<void> }> {
  await run.annotate();
  engine.hold();
  run.forceExtract();
  const second = run.annotate();
  await vi.waitFor(() => expect(engine.waiting()).toBe(1));
  return { second };
}

describe('the annotation run', () => {
  it("sends the page's text to extract once and paints ranges that cover the records' texts", async () => {
    const engine = fakeEngine();
    const onChange = vi.fn();
    const run = newRun(engine, onChange);
    await run.annotate();
    expect(engine.calls).toHaveLength(1);
    for (const figure of FIGURES) expect(engine.calls[0]).toContain(figure);
    expect(paintedTexts()).toEqual(FIGURES);
    expect(run.current()!.ranges.map(String)).toEqual(FIGURES);
    expect(onChange).toHaveBeenCalledTimes(1);
    expect(onChange).toHaveBeenLastCalledWith(null, run.current());
  });

  it('keeps the records of an unchanged text and extracts it again only when asked to', async () => {
    const engine = fakeEngine();
    const run = newRun(engine);
    await run.annotate();
    await run.annotate();
    expect(engine.calls).toHaveLength(1);
    expect(paintedTexts()).toEqual(FIGURES);
    run.forceExtract();
    await run.annotate();
    expect(engine.calls).toHaveLength(2);
  });

  it('runs one at a time: calls during a run get one more run after it is painted, with the text as it is then', async () => {
    const engine = fakeEngine();
    engine.hold();
    const run = newRun(engine);
    const first = run.annotate();
    await vi.waitFor(() => expect(engine.waiting()).toBe(1));
    document.body.insertAdjacentHTML('beforeend', `<p>全年${LATER}。</p>`); // while the first run waits for the engine
    void run.annotate();
    void run.annotate();
    expect(engine.calls).toHaveLength(1);
    engine.release();
    await first;
    expect(paintedTexts()).toEqual(FIGURES); // the run under way is painted, not abandoned
    await vi.waitFor(() => expect(engine.waiting()).toBe(1));
    expect(engine.calls).toHaveLength(2);
    expect(engine.calls[1]).toContain(LATER);
    engine.release();
    await vi.waitFor(() => expect(paintedTexts()).toEqual([...FIGURES, LATER]));
    expect(engine.calls).toHaveLength(2); // two calls during the first run made one more run, not two
  });

  it('abandons the run under way on reset and removes the figures', async () => {
    const engine = fakeEngine();
    const onChange = vi.fn();
    const run = newRun(engine, onChange);
    const { second } = await paintedThenWaiting(run, engine);
    run.reset();
    expect(paintedTexts()).toEqual([]);
    expect(run.current()).toBeNull();
    engine.release();
    await second;
    expect(paintedTexts()).toEqual([]);
    expect(onChange).toHaveBeenLastCalledWith(expect.objectContaining({ text: engine.calls[0] }), null);
  });

  it('removes everything when the signal ends, the run under way included', async () => {
    const engine = fakeEngine();
    const run = newRun(engine);
    const { second } = await paintedThenWaiting(run, engine);
    controller.abort();
    expect(CSS.highlights.size).toBe(0);
    engine.release();
    await second;
    expect(CSS.highlights.size).toBe(0);
  });
});

describe('the page watcher', () => {
  it('re-annotates a page that changes, and clears it once it is no longer relevant', async () => {
    const engine = fakeEngine();
    const run = newRun(engine);
    const onRelevant = vi.fn();
    const watcher = watchPage({ signal: controller.signal, doc: document, run, ownUi: () => null, onRelevant });
    watcher.check();
    await vi.waitFor(() => expect(paintedTexts()).toEqual(FIGURES));
    expect(onRelevant).toHaveBeenCalledTimes(1);
    document.body.lastElementChild!.remove();
    await vi.waitFor(() => expect(paintedTexts()).toEqual(FIGURES.slice(0, 2)), { timeout: 3_000 });
    expect(engine.calls).toHaveLength(2);
    document.body.innerHTML = '<p>今天天气晴朗。</p>';
    await vi.waitFor(() => expect(run.current()).toBeNull(), { timeout: 3_000 });
    expect(paintedTexts()).toEqual([]);
    expect(engine.calls).toHaveLength(2);
  });

  it('ignores changes inside its own UI, and every change once the signal ends', async () => {
    const engine = fakeEngine();
    const run = newRun(engine);
    const own = document.createElement('div');
    document.documentElement.append(own);
    const annotate = vi.spyOn(run, 'annotate');
    const watcher = watchPage({ signal: controller.signal, doc: document, run, ownUi: () => own, onRelevant: () => {} });
    watcher.check();
    await vi.waitFor(() => expect(paintedTexts()).toEqual(FIGURES));
    own.textContent = '卡片';
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect(annotate).toHaveBeenCalledTimes(1);
    controller.abort();
    document.body.lastElementChild!.remove();
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect(annotate).toHaveBeenCalledTimes(1);
    expect(engine.calls).toHaveLength(1);
  });
});

describe('the annotator', () => {
  it('annotates a relevant page, opens a card from the panel, and leaves nothing behind when it ends', async () => {
    const engine = fakeEngine();
    const annotator = startAnnotator({ signal: controller.signal, doc: document, extract: engine.extract, clip: async () => ({ added: 1, duplicates: 0 }) });
    await vi.waitFor(() => expect(paintedTexts()).toEqual(FIGURES));
    expect(annotator.togglePanel()).toBe(true);
    expect(document.querySelector('[data-indicator-lens]')).not.toBeNull();
    controller.abort();
    expect(CSS.highlights.size).toBe(0);
    expect(document.querySelector('[data-indicator-lens]')).toBeNull();
  });
});
