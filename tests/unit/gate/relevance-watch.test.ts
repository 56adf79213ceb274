// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { debounce } from '../../../src/gate/debounce';
import { watchForRelevance } from '../../../src/gate/relevance-watch';

const LABOUR = '全年城镇新增就业40万人以上，城镇登记失业率控制在4.5%以内，发放创业担保贷款6568万元，开展职业技能培训4.8万人次。';
const GAME = '本周游戏活动奖品公布：第一名奖励现金500元，第二名奖励300元，请获奖玩家及时领取。';

const tick = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe('relevance gate', () => {
  afterEach(() => document.body.replaceChildren());

  it('asks for the annotator at once on a labour page, and only once', async () => {
    document.body.textContent = LABOUR;
    const activate = vi.fn(async () => undefined);
    watchForRelevance(document, activate);
    document.body.append(' 更多内容');
    await tick(400);
    expect(activate).toHaveBeenCalledTimes(1);
  });

  it('stays quiet on an unrelated page until labour content arrives', async () => {
    document.body.textContent = GAME;
    const activate = vi.fn(async () => undefined);
    watchForRelevance(document, activate);
    await tick(50);
    expect(activate).not.toHaveBeenCalled();
    const article = document.createElement('article');
    article.textContent = LABOUR;
    document.body.append(article);
    await tick(450);
    expect(activate).toHaveBeenCalledTimes(1);
  });
});

describe('relevance gate on a page that never stops changing', () => {
  afterEach(() => {
    vi.useRealTimers();
    document.body.replaceChildren();
  });

  it('checks less and less often while the page stays irrelevant, and quickly again after a navigation', async () => {
    vi.useFakeTimers();
    document.body.textContent = GAME;
    const ticker = document.createElement('span');
    document.body.append(ticker);
    let checks = 0;
    const isRelevant = (doc: Document) => (checks++, (doc.body.textContent ?? '').includes('城镇新增就业'));
    const activate = vi.fn(async () => undefined);
    watchForRelevance(document, activate, { isRelevant });
    const run = async (ms: number) => {
      for (let t = 0; t < ms; t += 100) {
        ticker.textContent = String(t);
        await vi.advanceTimersByTimeAsync(100);
      }
    };
    await run(120_000);
    // Every 2 s, as before, would be 61 checks in two minutes.
    expect(checks).toBeLessThan(15);
    expect(checks).toBeGreaterThan(5);
    // An SPA navigates to an article: found within the usual wait.
    history.pushState({}, '', '/article');
    const article = document.createElement('article');
    article.textContent = LABOUR;
    document.body.append(article);
    await run(2_500);
    expect(activate).toHaveBeenCalledTimes(1);
  });
});

describe('debounce', () => {
  afterEach(() => vi.useRealTimers());

  it('waits for a pause, but not longer than the max wait, and keeps the minimum gap between runs', () => {
    vi.useFakeTimers();
    const fn = vi.fn();
    const d = debounce(fn, 300, 2000, () => 5000);
    // A burst that never pauses still runs after the max wait.
    for (let t = 0; t < 2500; t += 100) {
      d.trigger();
      vi.advanceTimersByTime(100);
    }
    expect(fn).toHaveBeenCalledTimes(1);
    d.trigger();
    vi.advanceTimersByTime(1000);
    expect(fn).toHaveBeenCalledTimes(1); // within the 5 s gap after the last run
    vi.advanceTimersByTime(5000);
    expect(fn).toHaveBeenCalledTimes(2);
  });
});
