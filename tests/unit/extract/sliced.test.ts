import { describe, expect, it } from 'vitest';
import { readFileSync, readdirSync } from 'node:fs';
import { createExtractor } from '../../../src/extract';

const DOCS = '../shared/corpus/docs';

describe('sliced extraction', () => {
  it('gives the records of the whole extraction, pausing between slices', async () => {
    const extractor = await createExtractor({ segmentation: false });
    let pauses = 0;
    for (const name of readdirSync(DOCS).slice(0, 8)) {
      const text = readFileSync(`${DOCS}/${name}`, 'utf8');
      const sliced = await extractor.extractSliced(text, undefined, { sliceMs: 0, pause: async () => void pauses++ });
      expect(sliced).toEqual(extractor.extract(text));
    }
    expect(pauses).toBeGreaterThan(8);
  });

  it('stops at the next pause when its signal aborts, with the reason', async () => {
    const extractor = await createExtractor({ segmentation: false });
    const text = readFileSync(`${DOCS}/${readdirSync(DOCS)[0]}`, 'utf8');
    const run = new AbortController();
    let pauses = 0;
    const result = extractor.extractSliced(text, undefined, {
      signal: run.signal,
      sliceMs: 0,
      pause: async () => {
        if (++pauses === 2) run.abort(new Error('stale'));
      },
    });
    await expect(result).rejects.toThrow('stale');
    expect(pauses).toBe(2);
  });
});
