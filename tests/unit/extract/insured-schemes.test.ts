// A bulletin counts the insured of each pension scheme: the workers', the civil service's and the residents'. Each is
// the pension insured of its scheme, unless it is listed as a part of another scheme's total.
import { describe, expect, it } from 'vitest';
import { coreOf } from './helpers';

const pensions = async (body: string) => (await coreOf(body)).filter((r) => r.indicator === 'pension_insured').map((r) => r.value);

describe('the insured of each pension scheme', () => {
  it('the workers\' and the civil service\'s schemes, joined', async () => {
    expect(await pensions('年末全区有18.57万人参加了城乡居民基本养老保险，有5.6万人参加了职工基本养老保险，8835人参加机关事业单位养老保险。')).toEqual([185_700, 56_000, 8835]);
    expect(await pensions('年末全区有5.6万人参加了职工基本医疗保险。')).toEqual([]);
  });

  it('schemes in items of their own, each with its parts, are each a total (the civil service\'s named by whom it covers)', async () => {
    expect(
      await pensions('年末全市企业职工基本养老保险参保人数18.09万人，其中离退休人员5.54万人；机关事业单位工作人员养老保险参保7.43万人，其中离退休人员2.16万人；城乡居民基本养老保险参保人数90.73万人，其中领取养老保险待遇人数26.15万人。'),
    ).toEqual([180_900, 74_300, 907_300]);
  });

  it('a scheme listed among a total\'s parts stays a part', async () => {
    expect(
      await pensions('年末参加城镇职工基本养老保险人数为196.1万人，比上年末增加17.35万人。其中，参保职工118.3万人，参保离退休人员48.7万人，机关事业单位养老保险参保29.1万人。'),
    ).toEqual([1_961_000]);
  });
});
