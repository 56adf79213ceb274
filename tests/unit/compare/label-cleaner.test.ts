// Labels the engine gave `other` figures on real pages (tests/corpus, shared corpus, and the four pages).
import { describe, expect, it } from 'vitest';
import { cleanOtherLabel } from '../../../src/compare/label-cleaner';

describe('cleanOtherLabel', () => {
  it('keeps a label that already names what is measured', () => {
    for (const label of ['新增就业人数', '农民工总量', '城镇居民人均可支配收入', '创业担保贷款同比增速', '高校毕业生就业率']) {
      expect(cleanOtherLabel(label)).toBe(label);
    }
  });

  it('has no name for a counted word, a lone verb or a generic noun (the issue: 9户人家, 资金, 分别进驻)', () => {
    for (const label of ['人家', '资金', '分别进驻', '惠及', '帮扶', '提供', '企业', '行业', '中的', '新增', '700', ' ']) {
      expect(cleanOtherLabel(label)).toBeNull();
    }
  });

  it('has no name for words cut in the middle of a clause (the 2015 State Council report)', () => {
    // 7%左右的速度可以实现比较充分的就业; 28个省份实现了农民工随迁子女在流入地参加高考.
    for (const label of ['的速度可以实现比较充分的就业', '省份实现了农民工随迁子女在流入地', '之和']) {
      expect(cleanOtherLabel(label)).toBeNull();
    }
    expect(cleanOtherLabel('在岗职工平均工资')).toBe('在岗职工平均工资');
  });

  it('has no name for a change against another time or place', () => {
    for (const label of ['同比', '比上年', '比上年末增加', '较2019年同期', '相比2017年', '两年平', '低于全国平均水平', '超任务', '占全国的', '目标任务的']) {
      expect(cleanOtherLabel(label)).toBeNull();
    }
  });

  it('drops the region, the time and the verb in front of the noun', () => {
    expect(cleanOtherLabel('海南省新增就业人数')).toBe('新增就业人数');
    expect(cleanOtherLabel('咸阳市新增就业岗位')).toBe('新增就业岗位');
    expect(cleanOtherLabel('年末城镇登记失业人员')).toBe('城镇登记失业人员');
    expect(cleanOtherLabel('3月底返岗率')).toBe('返岗率');
    expect(cleanOtherLabel('预计全年实现劳务收入')).toBe('劳务收入');
    expect(cleanOtherLabel('以来累计吸纳就业')).toBe('吸纳就业');
    expect(cleanOtherLabel('人家实现稳定就业')).toBe('稳定就业');
    // …but not a word that merely starts like a place: 市场, 区域.
    expect(cleanOtherLabel('新增市场主体')).toBe('新增市场主体');
    expect(cleanOtherLabel('乡镇区域养老服务中心')).toBe('乡镇区域养老服务中心');
  });

  it('drops what joins the noun to the next clause', () => {
    expect(cleanOtherLabel('乡镇卫生院和')).toBe('乡镇卫生院');
    expect(cleanOtherLabel('零就业家庭的')).toBe('零就业家庭');
    expect(cleanOtherLabel('企业退休人员月人均养老金由2012年的')).toBe('企业退休人员月人均养老金');
    expect(cleanOtherLabel('﹔本地农民工')).toBe('本地农民工');
    expect(cleanOtherLabel('动态消除“零就业家庭')).toBe('动态消除零就业家庭');
  });

  it('reads a table row and a doubled column header', () => {
    expect(cleanOtherLabel('6 残疾儿童抢救性康复 残联')).toBe('残疾儿童抢救性康复');
    expect(cleanOtherLabel('生育保险参保人数参保人数')).toBe('生育保险参保人数');
  });

  it('says a growth rate is one when the noun comes first', () => {
    expect(cleanOtherLabel('城镇新增就业同比')).toBe('城镇新增就业（同比）');
  });
});
