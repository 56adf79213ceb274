// @vitest-environment happy-dom
// The annotator's lifetime in a frame: ended by a newer copy of itself or by the extension going away, nothing else.
import { describe, expect, it } from 'vitest';
import { annotatorLifetime } from '../../../src/annotate/lifetime';

describe('annotator lifetime', () => {
  it('ends when a newer copy starts in the same frame, not when another frame starts one', () => {
    const frame = {};
    const first = annotatorLifetime(() => 'lens', frame);
    const elsewhere = annotatorLifetime(() => 'lens', {});
    expect(first.signal.aborted).toBe(false);
    const second = annotatorLifetime(() => 'lens', frame);
    expect(first.signal.aborted).toBe(true);
    expect([second.signal.aborted, elsewhere.signal.aborted]).toEqual([false, false]);
  });

  it('ends when the extension is gone, and only then', () => {
    let id: string | undefined = 'lens';
    const life = annotatorLifetime(() => id, {});
    expect(life.stopIfOrphaned()).toBe(false);
    expect(life.signal.aborted).toBe(false);
    id = undefined;
    expect(life.stopIfOrphaned()).toBe(true);
    expect(life.signal.aborted).toBe(true);
    const throwing = annotatorLifetime(() => {
      throw new Error('Extension context invalidated.');
    }, {});
    expect(throwing.stopIfOrphaned()).toBe(true);
  });

  it('pays no heed to document events, whatever they say', () => {
    const life = annotatorLifetime(() => 'lens', {});
    document.dispatchEvent(new CustomEvent('lens:content:wxt:content-script-started', { detail: { contentScriptName: 'content', messageId: 'x' } }));
    expect(life.signal.aborted).toBe(false);
  });
});
