// The furniture check as a gate: every relevant corpus document inside a portal page scores as it does bare, and every
// irrelevant one stays quiet there.
import { describe, expect, it } from 'vitest';
import { createExtractor } from '../../../src/extract/index';
import { corpusAvailable, loadCorpus } from '../../../src/eval/corpus';
import { furnitureCheck } from '../../../src/eval/furniture-check';

// Every corpus document is read twice, bare and inside a portal page: on a loaded 2-core machine that outgrows the
// default 20 s; the ceiling only stops a hang, it measures nothing.
const WHOLE_CORPUS_MS = 180_000;

describe('the corpus inside page furniture', () => {
  it.runIf(corpusAvailable())('scores within 0.02 of bare, core and full, no record comes from a furniture headline, and irrelevant pages stay quiet', async () => {
    const extractor = await createExtractor({ segmentation: false });
    const f = furnitureCheck(extractor, await loadCorpus());
    expect(f.documents).toBeGreaterThan(50);
    expect(f.fromFurniture).toEqual([]);
    expect(f.irrelevant).toBeGreaterThan(50);
    expect(f.irrelevantSpeaking).toEqual([]);
    expect(Math.abs(f.portal.core.f1 - f.bare.core.f1)).toBeLessThanOrEqual(0.02);
    expect(Math.abs(f.portal.full.f1 - f.bare.full.f1)).toBeLessThanOrEqual(0.02);
  }, WHOLE_CORPUS_MS);
});
