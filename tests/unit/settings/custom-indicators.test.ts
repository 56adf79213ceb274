import { describe, expect, it } from 'vitest';
import {
  sanitizeCustomIndicators,
  slugFor,
  splitPhrases,
  validateCustomIndicator,
  type CustomDraft,
  type ProblemCode,
} from '../../../src/settings/custom-indicators';
import type { CustomIndicator } from '../../../src/extract/types';

const draft = (over: Partial<CustomDraft> = {}): CustomDraft => ({
  name: '养老保险基金结余',
  phrasesText: '养老保险基金结余\n基金累计结余',
  unit: '元',
  ...over,
});

function codes(d: CustomDraft, existing: CustomIndicator[] = []): ProblemCode[] {
  const r = validateCustomIndicator(d, existing);
  return r.ok ? [] : r.problems.map((p) => p.code);
}

describe('custom indicator validation', () => {
  it('accepts a sensible indicator and gives it a stable slug', () => {
    const r = validateCustomIndicator(draft(), []);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.indicator.phrases).toEqual(['养老保险基金结余', '基金累计结余']);
    expect(r.indicator.unit).toBe('元');
    expect(r.indicator.slug).toMatch(/^[a-z0-9-]+$/);
    expect(validateCustomIndicator(draft(), []).ok && r.indicator.slug).toBe(slugFor('养老保险基金结余', new Set()));
  });

  it('splits phrases on lines, trimming blanks and empty lines', () => {
    expect(splitPhrases(' 技能人才总量 \r\n\n  欠薪案件\n')).toEqual(['技能人才总量', '欠薪案件']);
  });

  it('refuses empty name, phrases and unit', () => {
    expect(codes(draft({ name: '  ' }))).toEqual(['name_empty']);
    expect(codes(draft({ phrasesText: '\n \n' }))).toEqual(['phrases_empty']);
    expect(codes(draft({ unit: '' }))).toEqual(['unit_empty']);
  });

  it('refuses phrases over 20 characters but accepts exactly 20', () => {
    expect(codes(draft({ phrasesText: '养'.repeat(21) }))).toEqual(['phrase_too_long']);
    expect(codes(draft({ phrasesText: '养老'.repeat(10) }))).toEqual([]);
  });

  it('refuses phrases that would match nearly everything', () => {
    expect(codes(draft({ phrasesText: '结' }))).toEqual(['phrase_too_short']);
    expect(codes(draft({ phrasesText: '2023' }))).toEqual(['phrase_no_letters']);
    expect(codes(draft({ phrasesText: '，。！' }))).toEqual(['phrase_no_letters']);
    for (const general of ['的', '和', '人', '万', '万人', '人次', '新增', '累计']) {
      const got = codes(draft({ phrasesText: general }));
      expect(got.length, general).toBe(1);
      expect(['phrase_too_general', 'phrase_too_short']).toContain(got[0]);
    }
    expect(codes(draft({ phrasesText: '结余2' }))).toEqual(['phrase_ends_with_digit']);
  });

  it('refuses a short phrase inside a common longer one, naming that phrase', () => {
    for (const [phrase, longer] of [['人才', '高技能人才'], ['培训', '职业技能培训'], ['保险', '养老保险'], ['岗位', '公益性岗位']]) {
      const r = validateCustomIndicator(draft({ phrasesText: phrase }), []);
      expect(r.ok, phrase).toBe(false);
      if (!r.ok) {
        expect(r.problems).toHaveLength(1);
        expect(r.problems[0]).toMatchObject({ code: 'phrase_part_of_common', phrase });
        expect(r.problems[0]!.other).toContain(phrase);
        if (phrase === '人才') expect(r.problems[0]!.other).toBe(longer);
      }
    }
    // 就业 was refused as too general already, and still is.
    expect(codes(draft({ phrasesText: '就业' }))).toEqual(['phrase_too_general']);
    // Specific enough: four characters or more, or in no common phrase.
    expect(codes(draft({ phrasesText: '技能人才' }))).toEqual([]);
    expect(codes(draft({ phrasesText: '人才总量' }))).toEqual([]);
    expect(codes(draft({ phrasesText: '基金结余' }))).toEqual([]);
  });

  it('keeps a stored indicator saved before that rule, rather than dropping it on load', () => {
    const stored = [{ slug: 'rencai', name: '人才', phrases: ['人才'], unit: '人' }];
    expect(sanitizeCustomIndicators(stored)).toEqual(stored);
  });

  it('refuses duplicates within the list, against built-in labels and against other custom indicators', () => {
    expect(codes(draft({ phrasesText: '基金结余\n基金结余' }))).toEqual(['phrase_duplicate']);
    const builtIn = validateCustomIndicator(draft({ phrasesText: '城镇新增就业' }), []);
    expect(builtIn.ok).toBe(false);
    if (!builtIn.ok) expect(builtIn.problems[0]).toMatchObject({ code: 'phrase_builtin', other: '城镇新增就业' });
    // A built-in phrase written as a pattern with a gap (参加…养老保险人数) is caught too.
    expect(codes(draft({ phrasesText: '登记失业率' }))).toEqual(['phrase_builtin']);
    const other: CustomIndicator = { slug: 'x', name: '技能人才', phrases: ['技能人才总量'], unit: '人' };
    expect(codes(draft({ phrasesText: '技能人才总量' }), [other])).toEqual(['phrase_used_by_custom']);
  });

  it('lets an indicator keep its own phrases and slug when edited', () => {
    const mine: CustomIndicator = { slug: 'fund', name: '基金结余', phrases: ['基金结余'], unit: '元' };
    const r = validateCustomIndicator(draft({ name: '基金结余', phrasesText: '基金结余\n基金滚存结余' }), [mine], 'fund');
    expect(r.ok && r.indicator).toMatchObject({ slug: 'fund', phrases: ['基金结余', '基金滚存结余'] });
  });

  it('refuses a unit with digits or spaces', () => {
    expect(codes(draft({ unit: '1元' }))).toEqual(['unit_invalid']);
    expect(codes(draft({ unit: '万 元' }))).toEqual(['unit_invalid']);
  });

  it('slugs are unique and ASCII names stay readable', () => {
    expect(slugFor('Skilled Workers', new Set())).toBe('skilled-workers');
    expect(slugFor('Skilled Workers', new Set(['skilled-workers']))).toBe('skilled-workers-2');
    expect(slugFor('欠薪案件', new Set())).not.toBe(slugFor('技能人才', new Set()));
  });

  it('drops stored indicators that no longer validate', () => {
    const kept = sanitizeCustomIndicators([
      { slug: 'ok', name: '基金结余', phrases: ['基金结余'], unit: '元' },
      { slug: 'bad', name: '', phrases: ['x'], unit: '元' },
      { slug: 'ok', name: '重复', phrases: ['重复短语'], unit: '元' },
      { slug: 'Bad Slug', name: '名', phrases: ['某某某'], unit: '元' },
      'junk',
      null,
    ]);
    expect(kept.map((c) => c.slug)).toEqual(['ok']);
    expect(sanitizeCustomIndicators({})).toEqual([]);
  });
});
