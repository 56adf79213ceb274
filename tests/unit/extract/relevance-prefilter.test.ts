// The first look every page gets: enough labour words to wake the engine, in simplified or traditional characters.
import { describe, expect, it } from 'vitest';
import { mayBeRelevant } from '../../../src/extract/relevance-prefilter';

describe('mayBeRelevant', () => {
  it('wakes on a page that names labour three times', () => {
    expect(mayBeRelevant('全省城镇新增就业40万人，失业人员再就业5万人，开展职业技能培训8万人次。')).toBe(true);
  });
  it('wakes on the same page written in traditional characters, glossed with pinyin or not', () => {
    expect(mayBeRelevant('全省城鎮新增就業40萬人，失業人員再就業5萬人，開展職業技能培訓8萬人次。')).toBe(true);
    expect(mayBeRelevant('全省城鎮(zhèn)新增就業(yè)40萬人，失業(yè)人員再就業(yè)5萬人，開展職業(yè)技能培訓(xùn)8萬人次。')).toBe(true);
  });
  it('stays asleep on a page about something else', () => {
    expect(mayBeRelevant('湖人队今晚客场迎战勇士队，詹姆斯得到30分。')).toBe(false);
    expect(mayBeRelevant('今年一季度全省地區生產總值增長5.2%，社會消費品零售總額增長6%。')).toBe(false);
  });
});
