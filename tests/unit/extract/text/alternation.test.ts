import { describe, expect, it } from 'vitest';
import { literalAlternation, longestFirst } from '../../../../src/extract/text/alternation';

describe('longestFirst', () => {
  it('orders by the text a pattern matches, not by the words of its lookarounds', () => {
    // 转移就业 guarded by lookbehinds matches four characters: 转移就业培训 and 转移就业的农民工 must be tried first.
    expect(longestFirst(['转移就业(?<!异地转移就业)(?<!培训(?:农村)?转移就业)', '转移就业培训', '转移就业的农民工'])).toEqual([
      '转移就业的农民工',
      '转移就业培训',
      '转移就业(?<!异地转移就业)(?<!培训(?:农村)?转移就业)',
    ]);
  });

  it('reads a bracket inside a lookaround as a character, not a group', () => {
    expect(longestFirst(['就业(?<=[(（]就业)', '再就业'])).toEqual(['再就业', '就业(?<=[(（]就业)']);
  });

  it('counts groups and classes outside lookarounds by their literal text', () => {
    expect(longestFirst(['(?:城镇)?新增就业', '城镇新增就业人数'])).toEqual(['城镇新增就业人数', '(?:城镇)?新增就业']);
  });
});

describe('literalAlternation', () => {
  it('puts the longest phrase first and escapes every phrase', () => {
    expect(literalAlternation(['就业', '就业(人)', '新增就业'])).toBe('就业\\(人\\)|新增就业|就业');
  });
});
