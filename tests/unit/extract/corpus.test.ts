// The accuracy gate: the engine on ../shared/corpus, scored with the spec's strict matching.
import { describe, expect, it } from 'vitest';
import { createExtractor } from '../../../src/extract/index';
import { corpusAvailable, corpusDir, loadCorpus } from '../../../src/eval/corpus';
import { evaluate } from '../../../src/eval/evaluate';

describe('gold corpus', () => {
  it('is where CI puts it', () => {
    expect(corpusAvailable(), `no gold corpus at ${corpusDir()}`).toBe(true);
  });

  it.runIf(corpusAvailable())('core-record F1 stays at or above 0.95, and irrelevant pages stay quiet', async () => {
    const extractor = await createExtractor();
    await extractor.segmentationReady;
    const e = evaluate(extractor, await loadCorpus());
    expect(e.noisyIrrelevant).toEqual([]);
    expect(e.relevanceErrors).toEqual([]);
    expect(e.overall.f1).toBeGreaterThanOrEqual(0.95);
  });

  it.runIf(corpusAvailable())('scores the same without segmentation: core records never depend on jieba', async () => {
    const plain = evaluate(await createExtractor({ segmentation: false }), await loadCorpus());
    expect(plain.overall.f1).toBeGreaterThanOrEqual(0.95);
  });
});
