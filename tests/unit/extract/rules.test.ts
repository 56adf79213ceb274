// One case per phrasing the engine must read, each with a twin it must not read as that indicator.
import { describe, expect, it } from 'vitest';
import { coreOf, extractor, LABOUR_CONTEXT, recordsOf } from './helpers';

type Expect = { indicator: string; value: number | null; unit: string; comparator: string; kind: string; max?: number };

const pick = (r: { indicator: string; value: number | null; unit: string; comparator: string; kind: string; max?: number | null }) => ({
  indicator: r.indicator,
  value: r.value,
  unit: r.unit,
  comparator: r.comparator,
  kind: r.kind,
  ...(r.max !== undefined ? { max: r.max } : {}),
});

const READS: Array<[string, Expect[]]> = [
  ['截至9月底，全市帮助13.03万名城镇失业人员实现就业。', [{ indicator: 'unemployed_reemployment', value: 130300, unit: '人', comparator: '=', kind: 'actual' }]],
  ['截至9月底，全市城镇登记失业率为1.54%，同比回落了0.23个百分点。', [{ indicator: 'registered_unemployment_rate', value: 1.54, unit: '%', comparator: '=', kind: 'actual' }]],
  ['确保城镇新增就业40万人以上。', [{ indicator: 'urban_new_jobs', value: 400000, unit: '人', comparator: '>=', kind: 'target' }]],
  ['力争新增城镇就业1.2万人。', [{ indicator: 'urban_new_jobs', value: 12000, unit: '人', comparator: '=', kind: 'target' }]],
  ['去年城镇新增就业人数不低于900万人。', [{ indicator: 'urban_new_jobs', value: 9000000, unit: '人', comparator: '>=', kind: 'actual' }]],
  ['五年来城镇新增就业年均超过70万人。', [{ indicator: 'urban_new_jobs', value: 700000, unit: '人', comparator: '>=', kind: 'actual' }]],
  ['去年城镇新增就业将近12万人。', [{ indicator: 'urban_new_jobs', value: 120000, unit: '人', comparator: '~', kind: 'actual' }]],
  ['截至5月底，城镇新增就业约12万人。', [{ indicator: 'urban_new_jobs', value: 120000, unit: '人', comparator: '~', kind: 'actual' }]],
  ['已实现城镇新增就业一千一百七十九万人。', [{ indicator: 'urban_new_jobs', value: 11790000, unit: '人', comparator: '=', kind: 'actual' }]],
  ['城镇新增就业１１１３万人，同比增长2%。', [{ indicator: 'urban_new_jobs', value: 11130000, unit: '人', comparator: '=', kind: 'actual' }]],
  ['确保城镇登记失业率控制在4.5%以内。', [{ indicator: 'registered_unemployment_rate', value: 4.5, unit: '%', comparator: '<=', kind: 'target' }]],
  ['城镇登记失业率４．６％，同比下降0.1个百分点。', [{ indicator: 'registered_unemployment_rate', value: 4.6, unit: '%', comparator: '=', kind: 'actual' }]],
  // 转移就业培训 trains for the move: longer than the transfer's 转移就业, whatever the latter's lookbehind.
  ['确保开展转移就业培训2万人。', [{ indicator: 'vocational_training', value: 20000, unit: '人次', comparator: '=', kind: 'target' }]],
  ['2010年，全区农业富余劳动力10.67万人，向二、三产业转移9.6万人。', [{ indicator: 'rural_labor_transfer', value: 96000, unit: '人', comparator: '=', kind: 'actual' }]],
  // The total named inside the label.
  ['去年全县农村劳动力累计转移14.8万人次。', [{ indicator: 'rural_labor_transfer', value: 148000, unit: '人', comparator: '=', kind: 'actual' }]],
  // Rural workers (劳动者) counted, then their move.
  ['将帮助30万农村富余劳动者实现转移就业。', [{ indicator: 'rural_labor_transfer', value: 300000, unit: '人', comparator: '=', kind: 'target' }]],
  // 农村牧区: the pastoral regions' rural workforce; training those who move is training, not the move.
  ['前三季度，我区农村牧区转移劳动力249.5万人。', [{ indicator: 'rural_labor_transfer', value: 2495000, unit: '人', comparator: '=', kind: 'actual' }]],
  ['去年培训农村转移就业劳动者5033人，完成任务的279%。', [
    { indicator: 'vocational_training', value: 5033, unit: '人次', comparator: '=', kind: 'actual' },
    { indicator: 'vocational_training', value: 279, unit: '%', comparator: '=', kind: 'progress' },
  ]],
  // A bulletin's list says 参加 once; the scheme's 人数 alone is its insured.
  ['年末全县参加城镇职工基本养老保险人数8.15万人，城镇职工基本医疗保险人数8.85万人，失业保险人数7.06万人。', [
    { indicator: 'pension_insured', value: 81500, unit: '人', comparator: '=', kind: 'actual' },
    { indicator: 'unemployment_insurance_insured', value: 70600, unit: '人', comparator: '=', kind: 'actual' },
  ]],
  // The list's head joined by 的 (…工伤保险的人数分别为) names no measure of its own.
  ['截至9月底，全国参加基本养老保险、失业保险、工伤保险的人数分别为9.56亿人、2.03亿人、2.5亿人。', [
    { indicator: 'pension_insured', value: 956000000, unit: '人', comparator: '=', kind: 'actual' },
    { indicator: 'unemployment_insurance_insured', value: 203000000, unit: '人', comparator: '=', kind: 'actual' },
    { indicator: 'work_injury_insurance_insured', value: 250000000, unit: '人', comparator: '=', kind: 'actual' },
  ]],
  ['全年完成农村转移就业劳动力培训2578人。', [{ indicator: 'vocational_training', value: 2578, unit: '人次', comparator: '=', kind: 'actual' }]],
  ['今年全省计划培训农村转移就业劳动力4万人次。', [{ indicator: 'vocational_training', value: 40000, unit: '人次', comparator: '=', kind: 'target' }]],
  ['截止11月底，输出并实现转移就业的农民工达72.4万人。', [{ indicator: 'rural_labor_transfer', value: 724000, unit: '人', comparator: '=', kind: 'actual' }]],
  // 输转务工人员: the west's word for rural labour sent out to work; 省上下达: the plan of the level above.
  ['今年全市开发公益性就业岗位867个。', [{ indicator: 'public_welfare_jobs', value: 867, unit: '个', comparator: '=', kind: 'actual' }]],
  ['该县今年上半年转移务工人员近46万人，完成务工收入53.73亿元。', [{ indicator: 'rural_labor_transfer', value: 460000, unit: '人', comparator: '~', kind: 'actual' }]],
  ['全市共输转务工人员65.02万人，完成年任务63万人的103.2%；农民工职业技能培训7.03万人，完成省上下达6.5万人任务的104.26%。', [
    { indicator: 'rural_labor_transfer', value: 650200, unit: '人', comparator: '=', kind: 'actual' },
    { indicator: 'rural_labor_transfer', value: 630000, unit: '人', comparator: '=', kind: 'target' },
    { indicator: 'rural_labor_transfer', value: 103.2, unit: '%', comparator: '=', kind: 'progress' },
    { indicator: 'vocational_training', value: 70300, unit: '人次', comparator: '=', kind: 'actual' },
    { indicator: 'vocational_training', value: 65000, unit: '人次', comparator: '=', kind: 'target' },
    { indicator: 'vocational_training', value: 104.26, unit: '%', comparator: '=', kind: 'progress' },
  ]],
  // A rate named, a clause on its trend, then the whole year's level.
  ['2019年，全国城镇调查失业率走势平稳，全年保持在5.0%至5.3%之间。', [{ indicator: 'surveyed_unemployment_rate', value: 5, max: 5.3, unit: '%', comparator: 'range', kind: 'actual' }]],
  // A machine conversion's Japanese forms (増) read as the characters they stand for: a change on last year is no count.
  ['1-3月城鎮新增就業297萬人，同比増加68萬人，完成全年目標任務的27%。', [
    { indicator: 'urban_new_jobs', value: 2970000, unit: '人', comparator: '=', kind: 'actual' },
    { indicator: 'urban_new_jobs', value: 27, unit: '%', comparator: '=', kind: 'progress' },
  ]],
  // A standard changed from one level to another (调整到), and 月 written after 最低.
  ['上海市月最低工资标准从2590元调整到2690元，增加100元。', [
    { indicator: 'minimum_wage', value: 2590, unit: '元', comparator: '=', kind: 'actual' },
    { indicator: 'minimum_wage', value: 2690, unit: '元', comparator: '=', kind: 'actual' },
  ]],
  ['我市最低月工资标准调整为1730元。', [{ indicator: 'minimum_wage', value: 1730, unit: '元', comparator: '=', kind: 'actual' }]],
  // The area's own rate in an item after ；, past a 其中 list of counts, is no part of it.
  ['审议通过了城镇登记失业率控制在4.5%以内的目标。全省下岗失业人员再就业33.5万人,其中,“4050”人员再就业10.9万人;全省城镇登记失业率为4.3%。', [
    { indicator: 'registered_unemployment_rate', value: 4.5, unit: '%', comparator: '<=', kind: 'target' },
    { indicator: 'unemployed_reemployment', value: 335000, unit: '人', comparator: '=', kind: 'actual' },
    { indicator: 'registered_unemployment_rate', value: 4.3, unit: '%', comparator: '=', kind: 'actual' },
  ]],
  // A count of people the year's jobs goal names (1000万人的就业目标) is the new jobs' goal.
  ['今年要实现1000万人的就业目标。', [{ indicator: 'urban_new_jobs', value: 10000000, unit: '人', comparator: '=', kind: 'target' }]],
  // The laid-off and unemployed placed in work (安置下岗失业人员), or back in work and work alike (实现了就业再就业).
  ['全年安置下岗失业人员7397人。', [{ indicator: 'unemployed_reemployment', value: 7397, unit: '人', comparator: '=', kind: 'actual' }]],
  ['全市有1.4万名下岗失业人员通过社区实现了就业再就业。', [{ indicator: 'unemployed_reemployment', value: 14000, unit: '人', comparator: '=', kind: 'actual' }]],
  // Posts made for the poor (扶贫公益岗位), counted before their name or by the poor they placed.
  ['全省设置5万个扶贫公益岗位。', [{ indicator: 'public_welfare_jobs', value: 50000, unit: '个', comparator: '=', kind: 'actual' }]],
  ['全区扶贫公益性岗位安置贫困劳动力6.55万人就业。', [{ indicator: 'public_welfare_jobs', value: 65500, unit: '人', comparator: '=', kind: 'actual' }]],
  // The workforce trained, no group named (培训劳动力), is training as 培训农村劳动力 is.
  ['前三季度全县共培训劳动力2.35万人。', [{ indicator: 'vocational_training', value: 23500, unit: '人次', comparator: '=', kind: 'actual' }]],
  // 调高为 names the level the standard came to, as 调高到 does.
  ['福建省第一档最低工资调高为900元/月。', [{ indicator: 'minimum_wage', value: 900, unit: '元', comparator: '=', kind: 'actual' }]],
  // The people counted, then what happened to them as a noun after 的.
  ['累计发放创业贷款294.9万元，实现下岗失业人员500余人的再就业。', [
    { indicator: 'startup_loans', value: 2949000, unit: '元', comparator: '=', kind: 'actual' },
    { indicator: 'unemployed_reemployment', value: 500, unit: '人', comparator: '>=', kind: 'actual' },
  ]],
  // The moved without 农村: 新转移剩余劳动力, 新增劳动力转移.
  ['2011年半年内新增就业岗位500个，新转移剩余劳动力3500人。', [{ indicator: 'rural_labor_transfer', value: 3500, unit: '人', comparator: '=', kind: 'actual' }]],
  ['2010年，临汾市农村劳动力转移大幅度增加，新增劳动力转移4.86万人。', [{ indicator: 'rural_labor_transfer', value: 48600, unit: '人', comparator: '=', kind: 'actual' }]],
  // A plan word for something else (争取…贷款), then a stretch of the year gone by: what follows was done.
  ['积极开展创业培训、争取创业小额贷款，2011年半年内新增就业岗位500个，新转移剩余劳动力3500人。', [{ indicator: 'rural_labor_transfer', value: 3500, unit: '人', comparator: '=', kind: 'actual' }]],
  // A list opening on growth of about so much is the year's targets.
  ['国内生产总值(GDP)增长5%左右、城镇新增就业1200万人以上、居民消费价格(CPI)涨幅2%左右。', [{ indicator: 'urban_new_jobs', value: 12000000, unit: '人', comparator: '>=', kind: 'target' }]],
  ['去年地区生产总值增长5.2%，城镇新增就业1256万人。', [{ indicator: 'urban_new_jobs', value: 12560000, unit: '人', comparator: '=', kind: 'actual' }]],
  // The guarantee loans' old short name.
  ['发放小额贷款215万元（给予财政贴息），支持自主创业。', [{ indicator: 'startup_loans', value: 2150000, unit: '元', comparator: '=', kind: 'actual' }]],
  // The measure named with its trend, then 今年上半年 and the level reached.
  ['云南省农村劳动力转移就业规模不断扩大，今年上半年达1038.4万人。', [{ indicator: 'rural_labor_transfer', value: 10384000, unit: '人', comparator: '=', kind: 'actual' }]],
  // Sessions, then the people trained in them; the posts' shortest name; a list the sentence then calls targets.
  ['开展农村劳动力技能培训40期2114人。', [{ indicator: 'vocational_training', value: 2114, unit: '人次', comparator: '=', kind: 'actual' }]],
  ['实际选聘使用乡村公岗696人。', [{ indicator: 'public_welfare_jobs', value: 696, unit: '人', comparator: '=', kind: 'actual' }]],
  ['城镇新增就业1100万人以上、移动网络流量平均资费再降低20%以上······这是今年中国政府的一部分工作目标。', [{ indicator: 'urban_new_jobs', value: 11000000, unit: '人', comparator: '>=', kind: 'target' }]],
  // The card just named, then its holders.
  ['全国29个省份已发行全国统一的社会保障卡，实际持卡人数达到5.4亿。', [
    { indicator: 'social_security_cards', value: 540000000, unit: '张', comparator: '=', kind: 'actual' },
  ]],
  // The task named by 任务 right after the measure, then what was done; a share of the 目标任务 named before 完成率.
  // (…the area before what it did.)
  ['今年城镇新增就业目标为6.5万人，截至11月底全市已完成7.1万人。', [
    { indicator: 'urban_new_jobs', value: 65000, unit: '人', comparator: '=', kind: 'target' },
    { indicator: 'urban_new_jobs', value: 71000, unit: '人', comparator: '=', kind: 'actual' },
  ]],
  ['城镇新增就业年度任务5000人，已完成5230人。', [
    { indicator: 'urban_new_jobs', value: 5000, unit: '人', comparator: '=', kind: 'target' },
    { indicator: 'urban_new_jobs', value: 5230, unit: '人', comparator: '=', kind: 'actual' },
  ]],
  ['城镇新增就业任务完成5230人。', [{ indicator: 'urban_new_jobs', value: 5230, unit: '人', comparator: '=', kind: 'actual' }]],
  // A share with the verb alone, said of now (…目标为5万人，目前已完成104%).
  ['今年全市城镇新增就业目标为5万人，目前已完成104%。', [
    { indicator: 'urban_new_jobs', value: 50000, unit: '人', comparator: '=', kind: 'target' },
    { indicator: 'urban_new_jobs', value: 104, unit: '%', comparator: '=', kind: 'progress' },
  ]],
  // A plan met ahead of its time, however long ahead (提前两个月完成全年目标任务), says the figure before it was done.
  ['全市城镇新增就业5.2万人，提前两个月完成全年目标任务。', [{ indicator: 'urban_new_jobs', value: 52000, unit: '人', comparator: '=', kind: 'actual' }]],
  ['全市城镇新增就业5.2万人，提前完成全年目标任务。', [{ indicator: 'urban_new_jobs', value: 52000, unit: '人', comparator: '=', kind: 'actual' }]],
  // A part of the year and the count's own verb, after the count (…5.2万人，其中一季度新增1.1万人): that part's count.
  ['全市城镇新增就业5.2万人，其中一季度新增1.1万人。', [
    { indicator: 'urban_new_jobs', value: 52000, unit: '人', comparator: '=', kind: 'actual' },
    { indicator: 'urban_new_jobs', value: 11000, unit: '人', comparator: '=', kind: 'actual' },
  ]],
  ['1-6月，全市城镇新增就业2.6万人，6月份新增0.5万人。', [
    { indicator: 'urban_new_jobs', value: 26000, unit: '人', comparator: '=', kind: 'actual' },
    { indicator: 'urban_new_jobs', value: 5000, unit: '人', comparator: '=', kind: 'actual' },
  ]],
  // …past a semicolon, the next part of the year's.
  ['一季度，全市城镇新增就业1.1万人；二季度新增1.5万人。', [
    { indicator: 'urban_new_jobs', value: 11000, unit: '人', comparator: '=', kind: 'actual' },
    { indicator: 'urban_new_jobs', value: 15000, unit: '人', comparator: '=', kind: 'actual' },
  ]],
  // (Another thing added in that part is no part of the count.)
  ['全市城镇新增就业5.2万人，一季度新增企业1200户。', [{ indicator: 'urban_new_jobs', value: 52000, unit: '人', comparator: '=', kind: 'actual' }]],
  // …as a progress line's keys and values (目标任务：…，完成：…，完成率：…).
  ['城镇新增就业目标任务：5000人，完成：5230人，完成率：104.6%。', [
    { indicator: 'urban_new_jobs', value: 5000, unit: '人', comparator: '=', kind: 'target' },
    { indicator: 'urban_new_jobs', value: 5230, unit: '人', comparator: '=', kind: 'actual' },
    { indicator: 'urban_new_jobs', value: 104.6, unit: '%', comparator: '=', kind: 'progress' },
  ]],
  // (After a figure that is no plan, 完成： keys nothing of it.)
  ['城镇新增就业5000人，完成：5230人。', [{ indicator: 'urban_new_jobs', value: 5000, unit: '人', comparator: '=', kind: 'actual' }]],

  ['城镇新增就业目标任务完成率达104.6%。', [{ indicator: 'urban_new_jobs', value: 104.6, unit: '%', comparator: '=', kind: 'progress' }]],
  // A clause naming its measure, then its own verb and the plan (…，城镇新增就业完成年度计划的90%).
  ['今年以来，城镇新增就业完成年度计划的90%。', [{ indicator: 'urban_new_jobs', value: 90, unit: '%', comparator: '=', kind: 'progress' }]],
  ['今年以来，城镇新增就业达到年度目标的85%。', [{ indicator: 'urban_new_jobs', value: 85, unit: '%', comparator: '=', kind: 'progress' }]],
  // A second share, of another level's plan; a change after a share is no share.
  ['城镇新增就业完成省下达任务的110%，完成市下达任务的105%。', [
    { indicator: 'urban_new_jobs', value: 110, unit: '%', comparator: '=', kind: 'progress' },
    { indicator: 'urban_new_jobs', value: 105, unit: '%', comparator: '=', kind: 'progress' },
  ]],
  ['城镇新增就业完成年度目标的110%，同比增长5%。', [{ indicator: 'urban_new_jobs', value: 110, unit: '%', comparator: '=', kind: 'progress' }]],
  // A change, then the level it came to: the level is the measure's, the change another figure — but a flow's new count
  // (新增0.3万人) is the flow itself, and its total too.
  ['城镇登记失业率下降0.2个百分点，为3.1%。', [{ indicator: 'registered_unemployment_rate', value: 3.1, unit: '%', comparator: '=', kind: 'actual' }]],
  ['城镇新增就业人数较上年增加320人，达到5230人。', [{ indicator: 'urban_new_jobs', value: 5230, unit: '人', comparator: '=', kind: 'actual' }]],
  ['农村劳动力转移就业人数新增0.3万人，达到1.5万人。', [
    { indicator: 'rural_labor_transfer', value: 3000, unit: '人', comparator: '=', kind: 'actual' },
    { indicator: 'rural_labor_transfer', value: 15000, unit: '人', comparator: '=', kind: 'actual' },
  ]],
  // New enrolments are a flow; the total insured after them is the scheme's count.
  ['新增失业保险参保人数30万人，参保总人数达到370万人。', [
    { indicator: 'unemployment_insurance_insured', value: 3700000, unit: '人', comparator: '=', kind: 'actual' },
  ]],
  // A quarter's average after its months' rates.
  ['城镇调查失业率逐月回落，10月、11月、12月分别为5.9%、5.7%、5.6%，季度均值为5.7%。', [
    { indicator: 'surveyed_unemployment_rate', value: 5.9, unit: '%', comparator: '=', kind: 'actual' },
    { indicator: 'surveyed_unemployment_rate', value: 5.7, unit: '%', comparator: '=', kind: 'actual' },
    { indicator: 'surveyed_unemployment_rate', value: 5.6, unit: '%', comparator: '=', kind: 'actual' },
    { indicator: 'surveyed_unemployment_rate', value: 5.7, unit: '%', comparator: '=', kind: 'actual' },
  ]],
  // The insured counted, then 参保 alone: the scheme the sentence named before (新农保), not a flow or a beneficiary.
  ['自2009年12月该区启动新农保试点以来，全区已有17.53万人参保，完成目标任务的117.8%。', [
    { indicator: 'pension_insured', value: 175300, unit: '人', comparator: '=', kind: 'actual' },
    { indicator: 'pension_insured', value: 117.8, unit: '%', comparator: '=', kind: 'progress' },
  ]],
  ['失业保险稳岗返还资金陆续发放，预计可惠及6989家企业、9.56万名参保职工。', []],
  ['今年城乡居民养老保险新增3200人参保。', []],
  // Moved off the farm, in full, after the count.
  ['阳光工程培训农民880万人，760万人实现了转移到非农业产业就业。', [
    { indicator: 'vocational_training', value: 8800000, unit: '人次', comparator: '=', kind: 'actual' },
    { indicator: 'rural_labor_transfer', value: 7600000, unit: '人', comparator: '=', kind: 'actual' },
  ]],
  ['全县760万元实现了转移到非农业产业就业的补贴发放。', []],
  // A tier with its areas in brackets, rising from one standard to the next, the standard named by the sentence before.
  ['从2013年7月1日起调整全市最低工资标准。一类地区(市区)从1320元/月上调为1480元/月，二类地区(丹阳、扬中、句容)从1100元/月上调为1280元/月。', [
    { indicator: 'minimum_wage', value: 1320, unit: '元', comparator: '=', kind: 'actual' },
    { indicator: 'minimum_wage', value: 1480, unit: '元', comparator: '=', kind: 'actual' },
    { indicator: 'minimum_wage', value: 1100, unit: '元', comparator: '=', kind: 'actual' },
    { indicator: 'minimum_wage', value: 1280, unit: '元', comparator: '=', kind: 'actual' },
  ]],
  // A notice's tiers apart by semicolons, under the monthly standard; the hourly line after it stays another measure.
  ['一、月最低工资标准：一类地区 2490元；二类地区 2260元；三类地区 2010元。\n非全日制用工小时最低工资标准：一类地区 24元；二类地区 22元。', [
    { indicator: 'minimum_wage', value: 2490, unit: '元', comparator: '=', kind: 'actual' },
    { indicator: 'minimum_wage', value: 2260, unit: '元', comparator: '=', kind: 'actual' },
    { indicator: 'minimum_wage', value: 2010, unit: '元', comparator: '=', kind: 'actual' },
  ]],
  // …or on lines of their own under a heading naming the monthly standard; the hourly tiers under theirs stay another measure.
  ['关于调整全省最低工资标准的通知\n一、月最低工资标准\n第一档：2200元/月；\n第二档：2000元/月；第三档：1800元/月。\n二、非全日制用工小时最低工资标准\n第一档：22元/小时；第二档：20元/小时。', [
    { indicator: 'minimum_wage', value: 2200, unit: '元', comparator: '=', kind: 'actual' },
    { indicator: 'minimum_wage', value: 2000, unit: '元', comparator: '=', kind: 'actual' },
    { indicator: 'minimum_wage', value: 1800, unit: '元', comparator: '=', kind: 'actual' },
  ]],
  // A time in the gap, however long it is written, and a run of months, are one word of it.
  ['根据国家统计局数据，全国城镇调查失业率在2017年第四季度保持低于5%的水平。全国城镇调查失业率连续8个月保持在5%以下。', [
    { indicator: 'surveyed_unemployment_rate', value: 5, unit: '%', comparator: '<=', kind: 'actual' },
    { indicator: 'surveyed_unemployment_rate', value: 5, unit: '%', comparator: '<=', kind: 'actual' },
  ]],
  // (…but a gap of other words as long is still too long.)
  ['全国城镇调查失业率在各地各部门共同努力下继续保持低于5%的水平。', []],
  // The insured of the scheme named by what it pays, counted in 万 with 人 unsaid.
  ['截至6月底，全国320个试点县全部启动参保缴费和发放养老金工作，参保人数超过5900万。', [
    { indicator: 'pension_insured', value: 59000000, unit: '人', comparator: '>=', kind: 'actual' },
  ]],
  // (…a sum in 万 after the same words is no count of people.)
  ['截至6月底，全国320个试点县全部启动参保缴费和发放养老金工作，发放金额超过5900万。', []],
  // The laid-off of the towns placed again, the count before them.
  ['2007年全省有33.31万名城镇下岗失业人员实现再就业。', [
    { indicator: 'unemployed_reemployment', value: 333100, unit: '人', comparator: '=', kind: 'actual' },
  ]],
  // (…the same people counted as registered are no placement.)
  ['2007年全省有33.31万名城镇下岗失业人员进行了失业登记。', []],
  // A standard raised in other words (调高为), the level it came to after the one it left.
  ['福建省政府近日下发通知，调整全省最低工资标准，第一档最低工资标准由750元/月调高为900元/月。', [
    { indicator: 'minimum_wage', value: 750, unit: '元', comparator: '=', kind: 'actual' },
    { indicator: 'minimum_wage', value: 900, unit: '元', comparator: '=', kind: 'actual' },
  ]],
  // (…a sum raised after it, in the same words, is no standard.)
  ['第一档最低工资标准由750元/月调高，财政补贴900元。', [
    { indicator: 'minimum_wage', value: 750, unit: '元', comparator: '=', kind: 'actual' },
  ]],
  // A bare 输转 where the paragraph speaks of sending labour out.
  ['去年以来，陇西县在加强培训、发展订单、组织输转等方面做了大量工作。今年第一季度，全县已输转6.9万人，创劳务收入7110万元。', [
    { indicator: 'rural_labor_transfer', value: 69000, unit: '人', comparator: '=', kind: 'actual' },
  ]],
  // (…the organised part of the whole, and a bare 输转 where no labour is sent out, are not.)
  ['全市劳务输转实现了跨越式发展，其中有组织输转195.39万人次。', []],
  ['今年第一季度，全县已输转6.9万吨物资。', []],
  // The people public-welfare posts placed, the posts by their shortest name.
  ['去年，全省实现失业人员再就业53.9万人，其中通过公岗安置11.6万人。', [
    { indicator: 'unemployed_reemployment', value: 539000, unit: '人', comparator: '=', kind: 'actual' },
    { indicator: 'public_welfare_jobs', value: 116000, unit: '人', comparator: '=', kind: 'actual' },
  ]],
  // A standard per unit of people or places (每200人安置1名) is no count; the posts placed are.
  ['按照农村每200人安置1名公益性岗位的标准，共开发2194个公益性岗位。', [
    { indicator: 'public_welfare_jobs', value: 2194, unit: '个', comparator: '=', kind: 'actual' },
  ]],
  ['今年在农村安置了10名公益性岗位人员。', [{ indicator: 'public_welfare_jobs', value: 10, unit: '人', comparator: '=', kind: 'actual' }]],
  ['2025年，全市城镇失业率控制在5%以内。', [{ indicator: 'surveyed_unemployment_rate', value: 5, unit: '%', comparator: '<=', kind: 'actual' }]],
  ['2012年，全市城镇失业率控制在4%以内。', [{ indicator: 'registered_unemployment_rate', value: 4, unit: '%', comparator: '<=', kind: 'actual' }]],
  ['广东省决定调整企业职工最低工资标准。本次调整仍保持四类标准。其中深圳市调整为2200元/月，广州市调整为2100元/月，对应的非全日制职工小时最低工资标准为20.3元/小时；二类标准调整为1720元/月。', [
    { indicator: 'minimum_wage', value: 2200, unit: '元', comparator: '=', kind: 'actual' },
    { indicator: 'minimum_wage', value: 2100, unit: '元', comparator: '=', kind: 'actual' },
    { indicator: 'minimum_wage', value: 1720, unit: '元', comparator: '=', kind: 'actual' },
  ]],
  ['池州市月最低工资标准调整为：市区、九华山风景区630元，青阳县、石台县、东至县530元。', [
    { indicator: 'minimum_wage', value: 630, unit: '元', comparator: '=', kind: 'actual' },
    { indicator: 'minimum_wage', value: 530, unit: '元', comparator: '=', kind: 'actual' },
  ]],
  ['广东省上调最低工资标准。珠海、佛山属于二类标准，经调整后的最低月薪为一千九百元，最低时薪为十八点一元。', [{ indicator: 'minimum_wage', value: 1900, unit: '元', comparator: '=', kind: 'actual' }]],
  ['湖北省最低工资(最低月薪)标准依次为1300元、1020元、900元。', [
    { indicator: 'minimum_wage', value: 1300, unit: '元', comparator: '=', kind: 'actual' },
    { indicator: 'minimum_wage', value: 1020, unit: '元', comparator: '=', kind: 'actual' },
    { indicator: 'minimum_wage', value: 900, unit: '元', comparator: '=', kind: 'actual' },
  ]],
  ['就业规模继续扩大。2016年到2019年，城镇新增就业每年都保持在1300万人以上。', [{ indicator: 'urban_new_jobs', value: 13000000, unit: '人', comparator: '>=', kind: 'actual' }]],
  ['“十四五”期间，要确保城镇新增就业每年都保持在1100万人以上。', [{ indicator: 'urban_new_jobs', value: 11000000, unit: '人', comparator: '>=', kind: 'target' }]],
  ['开展职业技能培训。开展企业新录用人员岗前技能培训26.2万人次。', [{ indicator: 'vocational_training', value: 262000, unit: '人次', comparator: '=', kind: 'actual' }]],
  ['2009年，省委、省政府确定了为全省人民办好10件实事：一是维护校舍；三是农村社会养老保险试点覆盖300万人；五是帮助4万名城镇就业困难人员实现就业，转移农村富余劳动力30万人；六是建设公路。', [
    { indicator: 'pension_insured', value: 3000000, unit: '人', comparator: '=', kind: 'target' },
    { indicator: 'hard_to_employ_employment', value: 40000, unit: '人', comparator: '=', kind: 'target' },
    { indicator: 'rural_labor_transfer', value: 300000, unit: '人', comparator: '=', kind: 'target' },
  ]],
  ['2009年，省委、省政府为全省人民办好了10件实事：五是帮助4万名城镇就业困难人员实现就业，转移农村富余劳动力30万人。', [
    { indicator: 'hard_to_employ_employment', value: 40000, unit: '人', comparator: '=', kind: 'actual' },
    { indicator: 'rural_labor_transfer', value: 300000, unit: '人', comparator: '=', kind: 'actual' },
  ]],
  ['3月15日，和顺镇新增24个乡村服务公益性岗位招聘人员正式培训上岗。', [{ indicator: 'public_welfare_jobs', value: 24, unit: '个', comparator: '=', kind: 'actual' }]],
  // (…公岗 in another word is no post: 办公岗位 are offices' jobs.)
  ['今年共招录办公岗位人员116人。', []],
  // The insured total opening its clause after a colon, the scheme named before it.
  ['截至2021年9月底我市失业保险参保情况：参保人数124194人，其中企业参保人数113241人。', [
    { indicator: 'unemployment_insurance_insured', value: 124194, unit: '人', comparator: '=', kind: 'actual' },
  ]],
  // (…the insured of no scheme named stay another figure.)
  ['截至2021年9月底我市信息披露情况：参保人数124194人。', []],
  // (…but the yearly average after the parts is the total's, per year.)
  ['“十三五”期间，该县累计输转务工人员56万多人次，其中输转省外务工人员9.18万人次，每年输转务工人员11万多人。', [
    { indicator: 'rural_labor_transfer', value: 560000, unit: '人', comparator: '>=', kind: 'actual' },
    { indicator: 'rural_labor_transfer', value: 110000, unit: '人', comparator: '>=', kind: 'actual' },
  ]],
  // Training counted by the people trained, named with where they live.
  ['我国阳光工程实施3年共培训830万名农村劳动力。', [
    { indicator: 'vocational_training', value: 8300000, unit: '人次', comparator: '=', kind: 'actual' },
  ]],
  // Posts withdrawn are a change of the posts, not their count.
  ['针对存在问题的个别镇，收回城镇公益性岗位5名，将取消公益性岗位保洁名额129名。', []],
  // (…posts placed, after the same words, are counted.)
  ['针对就业困难人员，安置城镇公益性岗位5名。', [
    { indicator: 'public_welfare_jobs', value: 5, unit: '人', comparator: '=', kind: 'actual' },
  ]],
  // Those who should be insured are not those who are.
  ['全市应参加失业保险的为36284人，全市应参加养老保险的为57185人。', []],
  // (…the insured as such, after the same words, still are.)
  ['全市参加失业保险的为36284人，全市参加养老保险的为57185人。', [
    { indicator: 'unemployment_insurance_insured', value: 36284, unit: '人', comparator: '=', kind: 'actual' },
    { indicator: 'pension_insured', value: 57185, unit: '人', comparator: '=', kind: 'actual' },
  ]],
  // First aid taught to residents is no trade's training, even after vocational training was named.
  ['区政府实事项目完成情况：为29936人开展职业技能培训。组织开展急救技能培训1.6万人次，为12.3万名老年人开展免费健康体检。', [
    { indicator: 'vocational_training', value: 29936, unit: '人次', comparator: '=', kind: 'actual' },
  ]],
  // (…while a bare 培训 after it still is.)
  ['区政府实事项目完成情况：为29936人开展职业技能培训。全年共培训1.6万人次。', [
    { indicator: 'vocational_training', value: 29936, unit: '人次', comparator: '=', kind: 'actual' },
    { indicator: 'vocational_training', value: 16000, unit: '人次', comparator: '=', kind: 'actual' },
  ]],
  // Surplus farm labour working off the farm, as the municipalities count it.
  ['截至11月底，全市农业富余劳动力非农就业887万人。', [
    { indicator: 'rural_labor_transfer', value: 8870000, unit: '人', comparator: '=', kind: 'actual' },
  ]],
  // (…the farm's own output is no transfer.)
  ['全市农业富余劳动力较多，农业增加值887亿元。', []],
  // The pastoral regions' surplus labour moved, counted in trips.
  ['自治区人社厅介绍，仅2016年西藏就转移农牧区富余劳动力110余万人次。', [
    { indicator: 'rural_labor_transfer', value: 1100000, unit: '人', comparator: '>=', kind: 'actual' },
  ]],
  // (…an amount spent on it is no count of the moved.)
  ['自治区安排转移农牧区富余劳动力培训资金3000万元。', []],
  // A yearbook's rows of years apart by bars: the column named 失业率 under a title of the towns' unemployment.
  ['4-36 城镇失业人数及失业率 |\n年 份 | 城镇失业人数 | 失业率(%) |\n1998 | 30.18 | 3.7 |\n1999 | 29.59 | 3.7 |', [
    { indicator: 'registered_unemployment_rate', value: 3.7, unit: '%', comparator: '=', kind: 'actual' },
    { indicator: 'registered_unemployment_rate', value: 3.7, unit: '%', comparator: '=', kind: 'actual' },
  ]],
  // (…a column of another measure is none of ours.)
  ['4-12 粮食产量 |\n年 份 | 粮食产量(万吨) | 增长(%) |\n1998 | 3018 | 3.7 |\n1999 | 2959 | 3.7 |', []],
  // Measures side by side over the same years, a row of figures per area; a row with a blank cell is left alone.
  ['5-28  各地区城镇登记失业人员及失业率\n  失业人员 (万人) 失业率 (%)\n2004 2005 2004 2005\n 内蒙古 18.5 17.7 4.6 4.3\n   7.7 30.1 27.4  ', [
    { indicator: 'registered_unemployment_rate', value: 4.6, unit: '%', comparator: '=', kind: 'actual' },
    { indicator: 'registered_unemployment_rate', value: 4.3, unit: '%', comparator: '=', kind: 'actual' },
  ]],
  // A notice's numbered items of areas and their standard under a heading naming the monthly standard; the items under
  // the hourly heading stay another measure.
  ['经省政府批准，同意你市最低工资标准作如下调整：\n一、月最低工资标准\n1、古塔区、凌河区、太和区、锦州经济技术开发区、松山新区由750元调整为900元；\n2、凌海市、北镇市、黑山县、义县由650元调整为780元。\n二、小时最低工资标准\n1、古塔区、凌河区、太和区由7元调整为8.5元。', [
    { indicator: 'minimum_wage', value: 750, unit: '元', comparator: '=', kind: 'actual' },
    { indicator: 'minimum_wage', value: 900, unit: '元', comparator: '=', kind: 'actual' },
    { indicator: 'minimum_wage', value: 650, unit: '元', comparator: '=', kind: 'actual' },
    { indicator: 'minimum_wage', value: 780, unit: '元', comparator: '=', kind: 'actual' },
  ]],
  // A tier's line listing its areas before the figure, on a page about the minimum wage; the hourly tiers stay another
  // measure.
  ['宁夏调整最低工资标准\n具体调整内容包括：\n一类区：银川市兴庆区、金凤区、西夏区，石嘴山市大武口区、惠农区由每人每月1300元调整为1480元；\n同时调整的还有非全日制劳动者最低小时工资标准：一类区由12.5元调整为14元。', [
    { indicator: 'minimum_wage', value: 1300, unit: '元', comparator: '=', kind: 'actual' },
    { indicator: 'minimum_wage', value: 1480, unit: '元', comparator: '=', kind: 'actual' },
  ]],
  // A tier named in brackets after its areas, the standard named in the lead; the hourly figure in brackets after it stays
  // another measure.
  ['平凉市人民政府关于调整全市最低工资标准的通知\n现将调整后全市最低工资标准通知如下:\n崆峒区、平凉工业园区(二类地区):1570元/月(小时最低工资:16.5元);\n泾川县、灵台县、崇信县(三类地区):1520元/月(小时最低工资:15.9元)。', [
    { indicator: 'minimum_wage', value: 1570, unit: '元', comparator: '=', kind: 'actual' },
    { indicator: 'minimum_wage', value: 1520, unit: '元', comparator: '=', kind: 'actual' },
  ]],
  // (…a tier's figure per hour is the hourly standard; a tier of another payment on a page of no minimum wage is not one.)
  ['从2013年7月1日起调整最低工资标准。崆峒区(二类地区):16.5元/小时。', []],
  ['关于调整全市高温津贴的通知\n崆峒区、平凉工业园区(二类地区):300元/月。', []],
  // A tier's line naming no areas, the standard named in the lead; the hourly figure in brackets after it stays another
  // measure and heads nothing.
  ['现将调整后的最低工资标准通知如下:\n一类地区:1620元/月(小时最低工资:17元);\n二类地区:1570元/月(小时最低工资:16.5元)。', [
    { indicator: 'minimum_wage', value: 1620, unit: '元', comparator: '=', kind: 'actual' },
    { indicator: 'minimum_wage', value: 1570, unit: '元', comparator: '=', kind: 'actual' },
  ]],
  // (…tiers under a heading of the hourly standard, or per hour, are the hourly standard's.)
  ['调整全省最低工资标准。\n二、小时最低工资标准\n一类地区:17元;\n二类地区:16.5元。', []],
  ['调整全省最低工资标准。\n一类地区:17元/小时;\n二类地区:16.5元/小时。', []],
  // (…on a page that names no minimum wage, a tier's line is some other payment's.)
  ['宁夏调整高温津贴标准\n具体调整内容包括：\n一类区：银川市兴庆区、金凤区、西夏区由每人每月300元调整为350元；', []],
  // (…items under a heading of another measure are not the standard's.)
  ['一、公益性岗位补贴标准\n1、古塔区、凌河区、太和区由750元调整为900元；\n2、凌海市、北镇市、黑山县、义县由650元调整为780元。', []],
  // (…the hourly standard named before instead: another measure.)
  ['从2013年7月1日起调整非全日制用工小时最低工资标准。一类地区(市区)从11.5元/小时上调为13元/小时。', []],
  // A list of schemes sharing the insured count's head, then as many figures, 分别 left unsaid; 参保总人数 as the head.
  ['截至3月末，全市基本养老、失业、工伤保险参保人数达2581万人、651万人、657万人。', [
    { indicator: 'pension_insured', value: 25810000, unit: '人', comparator: '=', kind: 'actual' },
    { indicator: 'unemployment_insurance_insured', value: 6510000, unit: '人', comparator: '=', kind: 'actual' },
    { indicator: 'work_injury_insurance_insured', value: 6570000, unit: '人', comparator: '=', kind: 'actual' },
  ]],
  ['截至6月末，全省城乡养老、失业、工伤保险参保总人数分别达5261万人、725万人、831万人。', [
    { indicator: 'pension_insured', value: 52610000, unit: '人', comparator: '=', kind: 'actual' },
    { indicator: 'unemployment_insurance_insured', value: 7250000, unit: '人', comparator: '=', kind: 'actual' },
    { indicator: 'work_injury_insurance_insured', value: 8310000, unit: '人', comparator: '=', kind: 'actual' },
  ]],
  // A part of the span's average, after 其中: the quarter's own average.
  ['前三季度，城镇调查失业率均值为5.6%，其中，三季度均值为5.4%。', [
    { indicator: 'surveyed_unemployment_rate', value: 5.6, unit: '%', comparator: '=', kind: 'actual' },
    { indicator: 'surveyed_unemployment_rate', value: 5.4, unit: '%', comparator: '=', kind: 'actual' },
  ]],
  // The year's average after its last month, 值 dropped.
  ['城镇调查失业率逐季回落，12月份为5.2%，全年平均5.6%，低于预期调控目标。', [
    { indicator: 'surveyed_unemployment_rate', value: 5.2, unit: '%', comparator: '=', kind: 'actual' },
    { indicator: 'surveyed_unemployment_rate', value: 5.6, unit: '%', comparator: '=', kind: 'actual' },
  ]],
  ['城镇调查失业率12月份为5.2%，全年平均工资增长5.6%。', [
    { indicator: 'surveyed_unemployment_rate', value: 5.2, unit: '%', comparator: '=', kind: 'actual' },
  ]],
  ['前三季度，城镇调查失业率均值为5.6%，其中，三季度居民收入增长5.4%。', [
    { indicator: 'surveyed_unemployment_rate', value: 5.6, unit: '%', comparator: '=', kind: 'actual' },
  ]],
  // A floor passed, then the exact level; a level from the start of a year to now.
  ['小额担保贷款突破2亿元，达到20213万元。', [
    { indicator: 'startup_loans', value: 200000000, unit: '元', comparator: '>=', kind: 'actual' },
    { indicator: 'startup_loans', value: 202130000, unit: '元', comparator: '=', kind: 'actual' },
  ]],
  ['失业保险参保人数从2015年初的3.28万人增加到目前的5.4万人。', [
    { indicator: 'unemployment_insurance_insured', value: 32800, unit: '人', comparator: '=', kind: 'actual' },
    { indicator: 'unemployment_insurance_insured', value: 54000, unit: '人', comparator: '=', kind: 'actual' },
  ]],
  // This year's share of a total over years is the year's own figure; an item after ； that opens on 累计 is a total of its own.
  ['累计发放创业担保贷款23.5亿元，其中今年发放贷款4.2亿元。', [
    { indicator: 'startup_loans', value: 2350000000, unit: '元', comparator: '=', kind: 'actual' },
    { indicator: 'startup_loans', value: 420000000, unit: '元', comparator: '=', kind: 'actual' },
  ]],
  ['已累计发放小额担保贷款6.2亿元。全省发放再就业优惠证140万本，其中今年以来新发放19万本；累计为4万名下岗失业人员发放小额担保贷款6.2亿元。', [
    { indicator: 'startup_loans', value: 620000000, unit: '元', comparator: '=', kind: 'actual' },
    { indicator: 'startup_loans', value: 620000000, unit: '元', comparator: '=', kind: 'actual' },
  ]],
  // A clause that opens on 参保人数 counts the insured of the scheme just named.
  ['城乡居民基本养老保险应保尽保，参保人数达到25万人。', [{ indicator: 'pension_insured', value: 250000, unit: '人', comparator: '=', kind: 'actual' }]],
  // (The residents' schemes by their short names: 新农保参保者.)
  ['参保城乡居民中，新农保参保者1330.82万人，城镇居民社会养老保险参保者42.61万人。', [
    { indicator: 'pension_insured', value: 13308200, unit: '人', comparator: '=', kind: 'actual' },
    { indicator: 'pension_insured', value: 426100, unit: '人', comparator: '=', kind: 'actual' },
  ]],
  // (…or the time it is counted at opens the clause: 2017年2季度参保人数.)
  ['城乡居民社会养老保险在全市全部展开，2017年2季度参保人数达到23.22万人。', [{ indicator: 'pension_insured', value: 232200, unit: '人', comparator: '=', kind: 'actual' }]],
  ['城乡居民社会养老保险在全市全部展开，今年新增参保人数达到2.22万人。', []],
  // …or, in a sentence that names none, the scheme its heading names (b160a's 盐城 review); no heading, no scheme.
  ['二、社会保险工作\n(一)企业养老保险\n2.参保扩面情况\n截止2009年末,全市参保人数为76.68万人,比上年净增4.34万人。', [
    { indicator: 'pension_insured', value: 766800, unit: '人', comparator: '=', kind: 'actual' },
  ]],
  ['二、社会保险工作\n2.参保扩面情况\n截止2009年末,全市参保人数为76.68万人,比上年净增4.34万人。', []],
  // Text taken from a PDF, its years set apart by blanks: the level a rate fell from, then the level it came to.
  ['城镇登记失业率由 2015 年的 3.14%降至 2020 年的 2.83%。', [
    { indicator: 'registered_unemployment_rate', value: 3.14, unit: '%', comparator: '=', kind: 'actual' },
    { indicator: 'registered_unemployment_rate', value: 2.83, unit: '%', comparator: '=', kind: 'actual' },
  ]],
  // A figure made a task (将…作为今年的硬任务, 把…列为约束性指标): a target, whatever the part; after a comma, no longer.
  ['全市将新增城镇就业2万人作为今年的硬任务。', [{ indicator: 'urban_new_jobs', value: 20000, unit: '人', comparator: '=', kind: 'target' }]],
  ['全市实现城镇新增就业2万人，列入考核的企业达120家。', [{ indicator: 'urban_new_jobs', value: 20000, unit: '人', comparator: '=', kind: 'actual' }]],
  // A forecast of the year after what was done so far, its verb 可达 (as 预计全年将超过 before it): the year's expected level.
  ['今年以来，全市城镇新增就业1.6万人，预计全年可达2.2万人。', [
    { indicator: 'urban_new_jobs', value: 16000, unit: '人', comparator: '=', kind: 'actual' },
    { indicator: 'urban_new_jobs', value: 22000, unit: '人', comparator: '=', kind: 'target' },
  ]],
  // The plan met, its level in brackets; a change in the brackets is no plan.
  ['城镇新增就业5230人，超额完成年度目标任务（5000人）。', [
    { indicator: 'urban_new_jobs', value: 5230, unit: '人', comparator: '=', kind: 'actual' },
    { indicator: 'urban_new_jobs', value: 5000, unit: '人', comparator: '=', kind: 'target' },
  ]],
  ['城镇新增就业5230人，超额完成年度目标任务（同比增加320人）。', [{ indicator: 'urban_new_jobs', value: 5230, unit: '人', comparator: '=', kind: 'actual' }]],
  // A bulletin's holders with no card named: on a labour page, the social security card's.
  ['年末全省实际持卡人数达到4870万人，社会保障卡覆盖率达到96.5%。', [
    { indicator: 'social_security_cards', value: 48700000, unit: '张', comparator: '=', kind: 'actual' },
  ]],
  // …and the cards issued, the card named also by its local name in brackets.
  ['今年下半年我市将发放新的社会保障(市民)卡，计划年内发卡120万张。', [
    { indicator: 'social_security_cards', value: 1200000, unit: '张', comparator: '=', kind: 'target' },
  ]],
  // A bare 已参保 of the scheme its paragraph named last (not 应参保, who should be).
  ['榆中县是全国首批新型农村社会养老保险试点县。目前，全县应参保人数25万人，已参保24.3万人，参保率达97.17%。', [
    { indicator: 'pension_insured', value: 243000, unit: '人', comparator: '=', kind: 'actual' },
  ]],
  // …and who joined named between (已参保农民).
  ['年初，我市全面启动实施了新型农村社会养老保险试点工作。截至12月底，已参保农民14.0万人。', [
    { indicator: 'pension_insured', value: 140000, unit: '人', comparator: '=', kind: 'actual' },
  ]],
  // …and cards made on the spot (即时制卡), handed over as they are made.
  ['全省各地社保卡服务网点实现即时制卡发卡，截至6月底，全省累计即时制卡49.4万张。', [
    { indicator: 'social_security_cards', value: 494000, unit: '张', comparator: '=', kind: 'actual' },
  ]],
  ['推进社保卡一卡通，全省发卡数达到3397万。', [
    { indicator: 'social_security_cards', value: 33970000, unit: '张', comparator: '=', kind: 'actual' },
  ]],
  // The insured counted, then the scheme they joined.
  ['全区有20.32万名职工参加城镇职工基本养老保险，有9.72万名人员参加失业保险。', [
    { indicator: 'pension_insured', value: 203200, unit: '人', comparator: '=', kind: 'actual' },
    { indicator: 'unemployment_insurance_insured', value: 97200, unit: '人', comparator: '=', kind: 'actual' },
  ]],
  // (A group named, and the old residents' schemes: 城镇居民社会养老保险, 农村养老保险.)
  ['全国有401.4万城镇残疾人参加了城镇居民社会养老保险，29.88万人参加农村养老保险。', [
    { indicator: 'pension_insured', value: 4014000, unit: '人', comparator: '=', kind: 'actual' },
    { indicator: 'pension_insured', value: 298800, unit: '人', comparator: '=', kind: 'actual' },
  ]],
  ['全国有401.4万城镇残疾人参加了职业培训鉴定，29.88万人参加农村医疗保险。', []],
  // The part of the year between label and figure dates it and is no figure.
  ['城镇新增就业人数在2023年前三季度达到65.72万人，完成年度任务的93.9%。', [
    { indicator: 'urban_new_jobs', value: 657200, unit: '人', comparator: '=', kind: 'actual' },
    { indicator: 'urban_new_jobs', value: 93.9, unit: '%', comparator: '=', kind: 'progress' },
  ]],
  ['截至7月底，全省共发放小额担保贷款15901笔、21.2亿元。', [{ indicator: 'startup_loans', value: 2120000000, unit: '元', comparator: '=', kind: 'actual' }]],
  ['全年开展各类培训15967人。', [{ indicator: 'vocational_training', value: 15967, unit: '人次', comparator: '=', kind: 'actual' }]],
  ['全年园区定向培训38万人。', [{ indicator: 'vocational_training', value: 380000, unit: '人次', comparator: '=', kind: 'actual' }]],
  ['去年安置再就业人员7.75万人，两年共有15万人实现再就业。', [
    { indicator: 'unemployed_reemployment', value: 77500, unit: '人', comparator: '=', kind: 'actual' },
    { indicator: 'unemployed_reemployment', value: 150000, unit: '人', comparator: '=', kind: 'actual' },
  ]],
  ['今年省政府工作报告提出着力稳就业促增收，目标城镇新增就业120万人。', [{ indicator: 'urban_new_jobs', value: 1200000, unit: '人', comparator: '=', kind: 'target' }]],
  ['去年超额完成目标，城镇新增就业120万人。', [{ indicator: 'urban_new_jobs', value: 1200000, unit: '人', comparator: '=', kind: 'actual' }]],
  ['去年培训下岗失业人员和农村劳动力11.7万人。', [{ indicator: 'vocational_training', value: 117000, unit: '人次', comparator: '=', kind: 'actual' }]],
  ['湖南省明确，城镇新增就业70万人。', [{ indicator: 'urban_new_jobs', value: 700000, unit: '人', comparator: '=', kind: 'target' }]],
  ['湖南省明确,城镇新增就业70万人。', [{ indicator: 'urban_new_jobs', value: 700000, unit: '人', comparator: '=', kind: 'target' }]],
  ['全省城镇新增就业332.1万人，完成“十三五”规划目标的110.7%。', [
    { indicator: 'urban_new_jobs', value: 3321000, unit: '人', comparator: '=', kind: 'actual' },
    { indicator: 'urban_new_jobs', value: 110.7, unit: '%', comparator: '=', kind: 'progress' },
  ]],
  ['全省开发5万个就业困难人员公益性岗位。', [{ indicator: 'public_welfare_jobs', value: 50000, unit: '个', comparator: '=', kind: 'actual' }]],
  ['全年累计对600多万人次开展技能培训。', [{ indicator: 'vocational_training', value: 6000000, unit: '人次', comparator: '>=', kind: 'actual' }]],
  // Farmers trained are trained (培训农民), and an insurance count after a list of net increases ends stands as it is.
  ['全年培训农民2.06万人，实现基本养老保险总参保人数12.5万人。', [
    { indicator: 'vocational_training', value: 20600, unit: '人次', comparator: '=', kind: 'actual' },
    { indicator: 'pension_insured', value: 125000, unit: '人', comparator: '=', kind: 'actual' },
  ]],
  // 培训, the count, then who was trained; a sum or an unknown group after it is no training count.
  // Training with no kind named, counted in 人次, alone in its clause: vocational training's count.
  ['全县经济社会平稳发展。全年培训1067人次，完成率106.7%。', [
    { indicator: 'vocational_training', value: 1067, unit: '人次', comparator: '=', kind: 'actual' },
    { indicator: 'vocational_training', value: 106.7, unit: '%', comparator: '=', kind: 'progress' },
  ]],
  ['今年以来，全市培训学员3008人次。', [{ indicator: 'vocational_training', value: 3008, unit: '人次', comparator: '=', kind: 'actual' }]],
  // Counted in 人 where the sentence is framed as a trade's training (在…培训方面); a frame of another topic is not.
  ['在开展城镇失业人员就业技能培训方面，2018年一季度已培训1.96万人，完成目标任务的46.94%。', [
    { indicator: 'vocational_training', value: 19600, unit: '人次', comparator: '=', kind: 'actual' },
    { indicator: 'vocational_training', value: 46.94, unit: '%', comparator: '=', kind: 'progress' },
  ]],
  ['在干部队伍建设方面，2018年一季度已培训1.96万人。', []],
  ['目前，累计完成培训学员超过500人次，就业率达到80%。', [{ indicator: 'vocational_training', value: 500, unit: '人次', comparator: '>=', kind: 'actual' }]],
  // Work sent out counted in people: the west's 输转劳务, a county's 输出富余劳动力; 劳务收入 is money, not people.
  ['今年前10个月，全县输转劳务人员6.7万人，实现劳务收入12亿元。', [{ indicator: 'rural_labor_transfer', value: 67000, unit: '人', comparator: '=', kind: 'actual' }]],
  ['明年要实施技能培训5000人以上，输转劳务5.8万人以上。', [
    { indicator: 'vocational_training', value: 5000, unit: '人次', comparator: '>=', kind: 'target' },
    { indicator: 'rural_labor_transfer', value: 58000, unit: '人', comparator: '>=', kind: 'target' },
  ]],
  ['仅2004年全县就组织向外输出富余劳动力6688人。', [{ indicator: 'rural_labor_transfer', value: 6688, unit: '人', comparator: '=', kind: 'actual' }]],
  ['全县输出劳务收入5400多万元。', []],
  // Two groups trained, then the training that put them back to work; a job fair is no training.
  ['全年共有645万失业人员和下岗职工参加了再就业培训。', [{ indicator: 'vocational_training', value: 6450000, unit: '人次', comparator: '=', kind: 'actual' }]],
  // (Free: 接受了免费职业培训.)
  ['全年3.2万名下岗失业人员接受了免费职业培训。', [{ indicator: 'vocational_training', value: 32000, unit: '人次', comparator: '=', kind: 'actual' }]],
  // (…one after another, in skills of use: 先后接受了各种适用技能的培训, 接受了实用技能培训.)
  ['目前已有2000多名农民先后接受了各种适用技能的培训。', [{ indicator: 'vocational_training', value: 2000, unit: '人次', comparator: '>=', kind: 'actual' }]],
  // Residents and villagers trained: a community's or a village's people, counted as they take part.
  ['社区工厂已辐射21个社区，累计吸引2500余名居民参与技能培训。', [{ indicator: 'vocational_training', value: 2500, unit: '人次', comparator: '>=', kind: 'actual' }]],
  ['全村300余名村民参加了职业技能培训。', [{ indicator: 'vocational_training', value: 300, unit: '人次', comparator: '>=', kind: 'actual' }]],
  ['去年全县3000人接受了实用技能培训。', [{ indicator: 'vocational_training', value: 3000, unit: '人次', comparator: '=', kind: 'actual' }]],
  ['全年3.2万名下岗失业人员接受了免费体检。', []],
  ['全年共有645万失业人员和下岗职工参加了招聘会。', []],
  ['全年培训100万名农民工。', [{ indicator: 'vocational_training', value: 1000000, unit: '人次', comparator: '=', kind: 'actual' }]],
  ['贵州将每年培训100万以上技能劳动者。', [{ indicator: 'vocational_training', value: 1000000, unit: '人次', comparator: '>=', kind: 'target' }]],
  ['全年培训100万名学生家长，培训费用100万元。', []],
  // The small percent sign (﹪) is a percent sign.
  ['劳动人事争议仲裁院结案率达100﹪。', [{ indicator: 'arbitration_closure_rate', value: 100, unit: '%', comparator: '=', kind: 'actual' }]],
  // The trained named before the verb that trains them (对1万名农牧民进行了技能培训).
  ['去年全区对1万名农牧民进行了技能培训。', [{ indicator: 'vocational_training', value: 10000, unit: '人次', comparator: '=', kind: 'actual' }]],
  // The holders counted, then the cards given them; a count of card outlets is not cards.
  ['目前已完成9.8万人的社会保障卡发放。', [{ indicator: 'social_security_cards', value: 98000, unit: '张', comparator: '=', kind: 'actual' }]],
  ['全县已设立12个社会保障卡发放网点。', []],
  // The count, then the training it counts; a training fund or body after a sum of money is neither.
  ['今年共完成60万人次职业技能培训。', [{ indicator: 'vocational_training', value: 600000, unit: '人次', comparator: '=', kind: 'actual' }]],
  ['今年共完成近200万人各类职业技能培训。', [{ indicator: 'vocational_training', value: 2000000, unit: '人次', comparator: '~', kind: 'actual' }]],
  // Where the unemployed found work, said between them and their re-employment.
  ['今年以来，全市5300余名下岗失业人员在社区实现了再就业。', [{ indicator: 'unemployed_reemployment', value: 5300, unit: '人', comparator: '>=', kind: 'actual' }]],
  // A measure named right before its share, after another measure's figure: the share is the named one's.
  ['今年全省扩大就业的目标是新增就业40万人，截至3月末，全省城镇新增就业完成全年目标任务的30.9%。', [
    { indicator: 'urban_new_jobs', value: 30.9, unit: '%', comparator: '=', kind: 'progress' },
  ]],
  // Level with the month before, then the level.
  ['6月份城镇调查失业率与5月份持平，为5%。', [{ indicator: 'surveyed_unemployment_rate', value: 5, unit: '%', comparator: '=', kind: 'actual' }]],
  // The trend over years, then the level the rate stands at.
  ['去年全市城镇登记失业率连续两年下降，为3.28%。', [{ indicator: 'registered_unemployment_rate', value: 3.28, unit: '%', comparator: '=', kind: 'actual' }]],
  // 再就业 opening its clause, counted: the unemployed's re-employment, and the share of its task.
  ['截至10月底，全市已有11800人实现就业；再就业3016人，完成省下达任务的249%。', [
    { indicator: 'unemployed_reemployment', value: 3016, unit: '人', comparator: '=', kind: 'actual' },
    { indicator: 'unemployed_reemployment', value: 249, unit: '%', comparator: '=', kind: 'progress' },
  ]],
  // The town's people counted, then their finding work: new urban jobs.
  ['2018年，新疆促进47.58万城镇人口实现就业。', [{ indicator: 'urban_new_jobs', value: 475800, unit: '人', comparator: '=', kind: 'actual' }]],
  // The total lent so far, after the loans of the period: the same measure, continued.
  ['上半年全省发放创业担保贷款214.7亿元，累计发放达2800亿元。', [
    { indicator: 'startup_loans', value: 21470000000, unit: '元', comparator: '=', kind: 'actual' },
    { indicator: 'startup_loans', value: 280000000000, unit: '元', comparator: '=', kind: 'actual' },
  ]],
  // A scheme's name, a verb of reaching, then a count of people: the scheme's insured (an amount is the scheme's money).
  ['去年全市失业保险达到14.5万人，工伤保险达到12.3万人。', [
    { indicator: 'unemployment_insurance_insured', value: 145000, unit: '人', comparator: '=', kind: 'actual' },
    { indicator: 'work_injury_insurance_insured', value: 123000, unit: '人', comparator: '=', kind: 'actual' },
  ]],
  // A threshold crossed (迈入) is a floor.
  ['调整之后，全省最低工资标准第一档次已迈入2000元。', [{ indicator: 'minimum_wage', value: 2000, unit: '元', comparator: '>=', kind: 'actual' }]],
  // 不超 is 不超过 shortened (a ceiling), not 超 (a floor) with 不 left over in the label.
  ['力争城镇登记失业率不超4.6%。', [{ indicator: 'registered_unemployment_rate', value: 4.6, unit: '%', comparator: '<=', kind: 'target' }]],
  ['全年城镇新增就业超1.2万人。', [{ indicator: 'urban_new_jobs', value: 12000, unit: '人', comparator: '>=', kind: 'actual' }]],
  ['确保城镇登记失业率小于4.5%。', [{ indicator: 'registered_unemployment_rate', value: 4.5, unit: '%', comparator: '<=', kind: 'target' }]],
  ['确保城镇登记失业率控制在**%以内。', [{ indicator: 'registered_unemployment_rate', value: null, unit: '%', comparator: '<=', kind: 'target' }]],
  ['力争城镇调查失业率5.5%左右。', [{ indicator: 'surveyed_unemployment_rate', value: 5.5, unit: '%', comparator: '~', kind: 'target' }]],
  ['全年城镇调查失业率平均值为5.1%，同比下降0.2个百分点。', [{ indicator: 'surveyed_unemployment_rate', value: 5.1, unit: '%', comparator: '=', kind: 'actual' }]],
  ['确保城镇调查失业率控制在5%—5.5%。', [{ indicator: 'surveyed_unemployment_rate', value: 5, max: 5.5, unit: '%', comparator: 'range', kind: 'target' }]],
  ['累计实现农村劳动力转移就业1200万人。', [{ indicator: 'rural_labor_transfer', value: 12000000, unit: '人', comparator: '=', kind: 'actual' }]],
  ['计划新增转移农村劳动力4万至5万人。', [{ indicator: 'rural_labor_transfer', value: 40000, max: 50000, unit: '人', comparator: 'range', kind: 'target' }]],
  ['力争农牧民转移就业64万人以上。', [{ indicator: 'rural_labor_transfer', value: 640000, unit: '人', comparator: '>=', kind: 'target' }]],
  ['已帮助就业困难人员实现就业3000人。', [{ indicator: 'hard_to_employ_employment', value: 3000, unit: '人', comparator: '=', kind: 'actual' }]],
  // How they were helped, between the group and its placing.
  ['自2003年以来，共有1509万就业困难人员经帮扶后实现就业。', [{ indicator: 'hard_to_employ_employment', value: 15090000, unit: '人', comparator: '=', kind: 'actual' }]],
  ['计划城镇公益性岗位安置就业困难人员0.41万人。', [{ indicator: 'hard_to_employ_employment', value: 4100, unit: '人', comparator: '=', kind: 'target' }]],
  // 困难群体人员: the hard-to-employ group named with its members.
  ['上半年，全市困难群体人员再就业667人。', [{ indicator: 'hard_to_employ_employment', value: 667, unit: '人', comparator: '=', kind: 'actual' }]],
  ['去年505万下岗失业人员实现再就业。', [{ indicator: 'unemployed_reemployment', value: 5050000, unit: '人', comparator: '=', kind: 'actual' }]],
  // (城镇年新增就业: each year's new urban jobs, 年 inside the measure's name.)
  ['2016年至2020年，我省城镇年新增就业目标为110万人。', [{ indicator: 'urban_new_jobs', value: 1100000, unit: '人', comparator: '=', kind: 'target' }]],
  // The level reached last year, then the one to hold this year: a goal, whether the measure is named again or not.
  ['去年全省农村劳动力转移就业达到1200万人，今年要稳定在1200万人以上。', [
    { indicator: 'rural_labor_transfer', value: 12000000, unit: '人', comparator: '=', kind: 'actual' },
    { indicator: 'rural_labor_transfer', value: 12000000, unit: '人', comparator: '>=', kind: 'target' },
  ]],
  ['今年农村劳动力转移就业要稳定在1200万人以上。', [{ indicator: 'rural_labor_transfer', value: 12000000, unit: '人', comparator: '>=', kind: 'target' }]],
  // (A bound ending in 以上 may take 的 before the group it counts.)
  ['今年要使500万以上的下岗职工实现再就业。', [{ indicator: 'unemployed_reemployment', value: 5000000, unit: '人', comparator: '>=', kind: 'target' }]],
  // …and before the measure, ending its clause, as a noun (实现…的城镇新增就业).
  ['今年要实现1100万人以上的城镇新增就业，这是保就业的基本要求。', [{ indicator: 'urban_new_jobs', value: 11000000, unit: '人', comparator: '>=', kind: 'target' }]],
  // A series of old standards, then the new ones after a colon (调整为:1570元、…).
  ['云南省一、二、三类地区月最低工资标准分别从1420元、1270元、1070元调整为:1570元、1400元、1180元。', [
    { indicator: 'minimum_wage', value: 1420, unit: '元', comparator: '=', kind: 'actual' }, { indicator: 'minimum_wage', value: 1270, unit: '元', comparator: '=', kind: 'actual' }, { indicator: 'minimum_wage', value: 1070, unit: '元', comparator: '=', kind: 'actual' }, { indicator: 'minimum_wage', value: 1570, unit: '元', comparator: '=', kind: 'actual' }, { indicator: 'minimum_wage', value: 1400, unit: '元', comparator: '=', kind: 'actual' }, { indicator: 'minimum_wage', value: 1180, unit: '元', comparator: '=', kind: 'actual' },
  ]],
  // The standard, a comma, then where its change starts by the month (，由上年度每月750元增加到850元); the tiers after it the same.
  ['一类地区最低工资标准,由上年度每月750元增加到850元,同比提高13.3%;二类地区由每月620元增加到700元。', [
    { indicator: 'minimum_wage', value: 750, unit: '元', comparator: '=', kind: 'actual' }, { indicator: 'minimum_wage', value: 850, unit: '元', comparator: '=', kind: 'actual' }, { indicator: 'minimum_wage', value: 620, unit: '元', comparator: '=', kind: 'actual' }, { indicator: 'minimum_wage', value: 700, unit: '元', comparator: '=', kind: 'actual' },
  ]],
  // 参保 alone after the count, the one scheme the sentence names after it.
  ['到今年5月，已有2391万人参保，加上第四批试点县，届时城乡居民养老保险制度将覆盖全省105个县。', [{ indicator: 'pension_insured', value: 23910000, unit: '人', comparator: '=', kind: 'actual' }]],
  // The count, then 参保 as the verb of the residents' scheme, or 参加 its short name.
  ['截至10月底，我县有9661人参保了城乡居民养老保障。', [{ indicator: 'pension_insured', value: 9661, unit: '人', comparator: '=', kind: 'actual' }]],
  ['我国已有超过3.6亿的城乡居民参加新农保和城镇居民养老保险。', [{ indicator: 'pension_insured', value: 360000000, unit: '人', comparator: '>=', kind: 'actual' }]],
  // A later year's level of the same measure (，2005年已达1.73亿人), and a later year's goal (，2025年目标为1200万人以上).
  ['1998年中国基本养老保险参保人数为1.12亿人，2005年已达1.73亿人。', [{ indicator: 'pension_insured', value: 112000000, unit: '人', comparator: '=', kind: 'actual' }, { indicator: 'pension_insured', value: 173000000, unit: '人', comparator: '=', kind: 'actual' }]],
  ['2024年城镇新增就业1256万人，2025年目标为1200万人以上。', [
    { indicator: 'urban_new_jobs', value: 12560000, unit: '人', comparator: '=', kind: 'actual' },
    { indicator: 'urban_new_jobs', value: 12000000, unit: '人', comparator: '>=', kind: 'target' },
  ]],
  // A bare 参保人数 opening its sentence: the scheme its paragraph named last; not where the sentence names medical cover.
  ['我省确立了社会统筹与个人账户相结合的基本养老保险制度，实现了按时足额发放。 参保人数超过200万人。', [{ indicator: 'pension_insured', value: 2000000, unit: '人', comparator: '>=', kind: 'actual' }]],
  ['全国参加基本养老保险人数达到10.3亿人。截至2021年，医疗参保率达97.05%，参保人数达13.6亿人。', [{ indicator: 'pension_insured', value: 1030000000, unit: '人', comparator: '=', kind: 'actual' }]],
  // Workers by their contract joining the scheme, all of them; the retirees among them are not its insured.
  ['1986年，全县有1328名合同制工人参加养老保险。1991年，1985名离退休人员参加养老保险，1.2万名合同制工人全部参加养老保险。', [{ indicator: 'pension_insured', value: 1328, unit: '人', comparator: '=', kind: 'actual' }, { indicator: 'pension_insured', value: 12000, unit: '人', comparator: '=', kind: 'actual' }]],
  // A head that counts its schemes (三项保险参保总人数分别…) names the list of as many the sentence gave before it.
  ['全区企业职工养老、失业、工伤保险分别净增3.99万人、3.94万人和4.05万人，年末三项保险参保总人数分别达到54.10万人、46.59万人、53.30万人。', [
    { indicator: 'pension_insured', value: 541000, unit: '人', comparator: '=', kind: 'actual' },
    { indicator: 'unemployment_insurance_insured', value: 465900, unit: '人', comparator: '=', kind: 'actual' },
    { indicator: 'work_injury_insurance_insured', value: 533000, unit: '人', comparator: '=', kind: 'actual' },
  ]],
  // A city's card that is its social security card, named so (社会保障·市民卡).
  ['截至2018年12月底，全市社会保障·市民卡持卡人数达826.74万人。', [{ indicator: 'social_security_cards', value: 8267400, unit: '张', comparator: '=', kind: 'actual' }]],
  // The monthly standard, then its tiers as a 分别 list (一、二、三类区域分别为…, 分为三档，分别为…), per month or bare.
  ['江西省调整后的月最低工资标准，一、二、三类区域分别为1850元/月、1730元/月和1610元/月。', [{ indicator: 'minimum_wage', value: 1850, unit: '元', comparator: '=', kind: 'actual' }, { indicator: 'minimum_wage', value: 1730, unit: '元', comparator: '=', kind: 'actual' }, { indicator: 'minimum_wage', value: 1610, unit: '元', comparator: '=', kind: 'actual' }]],
  ['黑龙江省调整后的月最低工资标准分为三档，分别为1860元、1610元和1450元。', [{ indicator: 'minimum_wage', value: 1860, unit: '元', comparator: '=', kind: 'actual' }, { indicator: 'minimum_wage', value: 1610, unit: '元', comparator: '=', kind: 'actual' }, { indicator: 'minimum_wage', value: 1450, unit: '元', comparator: '=', kind: 'actual' }]],
  // …and with the year set apart by blanks, as text taken from a PDF keeps it.
  ['2024 年城镇新增就业 1256 万人，2025 年目标为 1200 万人以上。', [
    { indicator: 'urban_new_jobs', value: 12560000, unit: '人', comparator: '=', kind: 'actual' },
    { indicator: 'urban_new_jobs', value: 12000000, unit: '人', comparator: '>=', kind: 'target' },
  ]],
  // A bulletin's schemes after 参加…的人数 once: 失业保险的人数, 工伤保险的人数.
  ['年末全县参加城镇基本养老保险的人数为106822人；失业保险的人数为4559人；工伤保险的人数为13267人。', [
    { indicator: 'pension_insured', value: 106822, unit: '人', comparator: '=', kind: 'actual' },
    { indicator: 'unemployment_insurance_insured', value: 4559, unit: '人', comparator: '=', kind: 'actual' },
    { indicator: 'work_injury_insurance_insured', value: 13267, unit: '人', comparator: '=', kind: 'actual' },
  ]],
  // A rise's cap (…的5%为高限) is its most; the rise said plainly is exact.
  ['国家要求各地以2019年退休人员月人均基本养老金的5%为高限确定调整比例和水平。', [{ indicator: 'pension_increase', value: 5, unit: '%', comparator: '<=', kind: 'actual' }]],
  ['国家要求各地以2019年退休人员月人均基本养老金的5%确定调整比例。', [{ indicator: 'pension_increase', value: 5, unit: '%', comparator: '=', kind: 'actual' }]],
  ['全县给予1200万元创业担保贷款支持。', [{ indicator: 'startup_loans', value: 12000000, unit: '元', comparator: '=', kind: 'actual' }]],
  ['去年城镇失业人员再就业2.1万人。', [{ indicator: 'unemployed_reemployment', value: 21000, unit: '人', comparator: '=', kind: 'actual' }]],
  ['计划开展职业技能培训4.8万人次。', [{ indicator: 'vocational_training', value: 48000, unit: '人次', comparator: '=', kind: 'target' }]],
  ['去年企业职工岗位技能培训****人。', [{ indicator: 'vocational_training', value: null, unit: '人次', comparator: '=', kind: 'actual' }]],
  ['截至5月底，发放创业担保贷款6568万元。', [{ indicator: 'startup_loans', value: 65680000, unit: '元', comparator: '=', kind: 'actual' }]],
  ['去年新增小额担保贷款300余万元。', [{ indicator: 'startup_loans', value: 3000000, unit: '元', comparator: '>=', kind: 'actual' }]],
  // (The loans named by the interest the state pays on them, the amount before or after.)
  ['今年以来，全县发放6170万元创业贴息贷款。', [{ indicator: 'startup_loans', value: 61700000, unit: '元', comparator: '=', kind: 'actual' }]],
  ['全省已开发城乡公益性岗位超40万个。', [{ indicator: 'public_welfare_jobs', value: 400000, unit: '个', comparator: '>=', kind: 'actual' }]],
  ['计划6月底前完成全省40万个公益性岗位开发任务。', [{ indicator: 'public_welfare_jobs', value: 400000, unit: '个', comparator: '=', kind: 'target' }]],
  ['截至5月底，参加失业保险人数8021人。', [{ indicator: 'unemployment_insurance_insured', value: 8021, unit: '人', comparator: '=', kind: 'actual' }]],
  ['截至5月底，工伤保险参保人数10717人。', [{ indicator: 'work_injury_insurance_insured', value: 10717, unit: '人', comparator: '=', kind: 'actual' }]],
  ['去年基本养老保险参保人数达到2669万人。', [{ indicator: 'pension_insured', value: 26690000, unit: '人', comparator: '=', kind: 'actual' }]],
  ['确保调解成功率达到60%以上，仲裁结案率达90%以上。', [
    { indicator: 'mediation_success_rate', value: 60, unit: '%', comparator: '>=', kind: 'target' },
    { indicator: 'arbitration_closure_rate', value: 90, unit: '%', comparator: '>=', kind: 'target' },
  ]],
  ['计划将月最低工资标准调整为2200元。', [{ indicator: 'minimum_wage', value: 2200, unit: '元', comparator: '=', kind: 'target' }]],
  ['去年企业退休人员基本养老金上调3.8%。', [{ indicator: 'pension_increase', value: 3.8, unit: '%', comparator: '=', kind: 'actual' }]],
  ['截至5月底，全县城镇新增就业1271人，完成比例为72.22％。', [
    { indicator: 'urban_new_jobs', value: 1271, unit: '人', comparator: '=', kind: 'actual' },
    { indicator: 'urban_new_jobs', value: 72.22, unit: '%', comparator: '=', kind: 'progress' },
  ]],
  ['去年城镇新增就业1.2万人，完成市下达目标任务的117.8%。', [
    { indicator: 'urban_new_jobs', value: 12000, unit: '人', comparator: '=', kind: 'actual' },
    { indicator: 'urban_new_jobs', value: 117.8, unit: '%', comparator: '=', kind: 'progress' },
  ]],
  ['截至5月上旬，全省共开发城乡公益性岗位40.97万个，安置上岗35.15万人，分别完成年度计划任务的102.43%、87.87%。', [
    { indicator: 'public_welfare_jobs', value: 409700, unit: '个', comparator: '=', kind: 'actual' },
    { indicator: 'public_welfare_jobs', value: 351500, unit: '人', comparator: '=', kind: 'actual' },
    { indicator: 'public_welfare_jobs', value: 102.43, unit: '%', comparator: '=', kind: 'progress' },
    { indicator: 'public_welfare_jobs', value: 87.87, unit: '%', comparator: '=', kind: 'progress' },
  ]],
  ['去年社保卡新增发行2万张，总发行量已达30万张。', [
    { indicator: 'social_security_cards', value: 20000, unit: '张', comparator: '=', kind: 'actual' },
    { indicator: 'social_security_cards', value: 300000, unit: '张', comparator: '=', kind: 'actual' },
  ]],
  ['去年全省基本养老、失业、工伤保险参保人数分别达到3300万人、500万人、600万人。', [
    { indicator: 'pension_insured', value: 33000000, unit: '人', comparator: '=', kind: 'actual' },
    { indicator: 'unemployment_insurance_insured', value: 5000000, unit: '人', comparator: '=', kind: 'actual' },
    { indicator: 'work_injury_insurance_insured', value: 6000000, unit: '人', comparator: '=', kind: 'actual' },
  ]],
  ['去年年末全县参加基本养老保险、失业保险、城镇职工医疗保险、工伤保险人数分别为2363人、6127人、9380人、1336人。', [
    { indicator: 'pension_insured', value: 2363, unit: '人', comparator: '=', kind: 'actual' },
    { indicator: 'unemployment_insurance_insured', value: 6127, unit: '人', comparator: '=', kind: 'actual' },
    { indicator: 'work_injury_insurance_insured', value: 1336, unit: '人', comparator: '=', kind: 'actual' },
  ]],
  // (Each scheme said short, its figure right after: 工伤参保, 失业参保.)
  ['上半年，全地区工伤参保14.37万人，失业参保13.76万人，生育参保14.83万人。', [
    { indicator: 'work_injury_insurance_insured', value: 143700, unit: '人', comparator: '=', kind: 'actual' },
    { indicator: 'unemployment_insurance_insured', value: 137600, unit: '人', comparator: '=', kind: 'actual' },
  ]],
  // The five-year plan that set the ceiling, named between the verb and the figure.
  ['去年全省城镇登记失业率为4.3%，控制在“十五”计划确定的5%的目标之内。', [
    { indicator: 'registered_unemployment_rate', value: 4.3, unit: '%', comparator: '=', kind: 'actual' },
    { indicator: 'registered_unemployment_rate', value: 5, unit: '%', comparator: '<=', kind: 'target' },
  ]],
  ['去年全区城镇登记失业率为3.91%，低于年初确定4.3%的目标。', [
    { indicator: 'registered_unemployment_rate', value: 3.91, unit: '%', comparator: '=', kind: 'actual' },
    { indicator: 'registered_unemployment_rate', value: 4.3, unit: '%', comparator: '<=', kind: 'target' },
  ]],
  // (…the plan named as the state's macro-control target: 宏观调控目标.)
  ['去年全区城镇登记失业率为3.91%，低于4.3%的宏观调控目标。', [
    { indicator: 'registered_unemployment_rate', value: 3.91, unit: '%', comparator: '=', kind: 'actual' },
    { indicator: 'registered_unemployment_rate', value: 4.3, unit: '%', comparator: '<=', kind: 'target' },
  ]],
  // (…or as the plan's target: 规划目标.)
  ['2016—2020年，全国城镇登记失业率保持在3.6%—4.24%之间，实现5%的规划目标。', [
    { indicator: 'registered_unemployment_rate', value: 3.6, max: 4.24, unit: '%', comparator: 'range', kind: 'actual' },
    { indicator: 'registered_unemployment_rate', value: 5, unit: '%', comparator: '=', kind: 'target' },
  ]],
  ['去年全市新增创业担保贷款发放10.57亿元，完成全年指标任务的96%；其中：支持个人创业贷款6.83亿元，完成全年指标任务的103.5%。', [
    { indicator: 'startup_loans', value: 1057000000, unit: '元', comparator: '=', kind: 'actual' },
    { indicator: 'startup_loans', value: 96, unit: '%', comparator: '=', kind: 'progress' },
  ]],
  ['今年1至11月，全国城镇新增就业1105万人，预计全年将超过1200万人。', [
    { indicator: 'urban_new_jobs', value: 11050000, unit: '人', comparator: '=', kind: 'actual' },
    { indicator: 'urban_new_jobs', value: 12000000, unit: '人', comparator: '>=', kind: 'target' },
  ]],
  // (…or a month's end, then the level reached by it.)
  ['全国工伤保险参保人数首次突破1亿人，截至11月底，达到10030万人。', [
    { indicator: 'work_injury_insurance_insured', value: 100000000, unit: '人', comparator: '>=', kind: 'actual' },
    { indicator: 'work_injury_insurance_insured', value: 100300000, unit: '人', comparator: '=', kind: 'actual' },
  ]],
  ['全国工伤保险参保人数首次突破1亿人，截至11月底，基金结余达到10030万元。', [
    { indicator: 'work_injury_insurance_insured', value: 100000000, unit: '人', comparator: '>=', kind: 'actual' },
  ]],
  ['2003年以来，我国城镇新增就业每年超过900万人，2006年达1184万人。', [
    { indicator: 'urban_new_jobs', value: 9000000, unit: '人', comparator: '>=', kind: 'actual' },
    { indicator: 'urban_new_jobs', value: 11840000, unit: '人', comparator: '=', kind: 'actual' },
  ]],
  ['今年城镇新增就业将破1200万。', [
    { indicator: 'urban_new_jobs', value: 12000000, unit: '人', comparator: '>=', kind: 'target' },
  ]],
  ['去年末城镇登记失业率控制在4%目标以内。', [
    { indicator: 'registered_unemployment_rate', value: 4, unit: '%', comparator: '<=', kind: 'target' },
  ]],
  // …or within its target line (目标线内).
  ['1-5月，全省城镇登记失业率3.64%，保持在4.2%的目标线内。', [
    { indicator: 'registered_unemployment_rate', value: 3.64, unit: '%', comparator: '=', kind: 'actual' },
    { indicator: 'registered_unemployment_rate', value: 4.2, unit: '%', comparator: '<=', kind: 'target' },
  ]],
  ['“一落”是指去年城镇调查失业率稳步回落，控降至5.5%的年度目标范围以内。', [
    { indicator: 'surveyed_unemployment_rate', value: 5.5, unit: '%', comparator: '<=', kind: 'target' },
  ]],
  ['去年年末城镇职工养老保险参保人数(含机关事业养老保险)52729人。', [
    { indicator: 'pension_insured', value: 52729, unit: '人', comparator: '=', kind: 'actual' },
  ]],
  ['计划今年全省农村劳动力转移培训30万人。', [
    { indicator: 'vocational_training', value: 300000, unit: '人次', comparator: '=', kind: 'target' },
  ]],
  ['去年全市城乡居民基本养老保险参保人数32.76万人。其中，新型农村养老保险参保人数31.16万人，比上年减少3.5%；城镇居民养老保险参保人数1.6万人。', [
    { indicator: 'pension_insured', value: 327600, unit: '人', comparator: '=', kind: 'actual' },
  ]],
  // …and a total in an earlier paragraph is another story's.
  ['今年全省确保城镇新增就业40万人。\n据介绍，2011年城乡新增就业超过90万人，其中城镇新增就业50万人。', [
    { indicator: 'urban_new_jobs', value: 400000, unit: '人', comparator: '=', kind: 'target' },
    { indicator: 'urban_new_jobs', value: 500000, unit: '人', comparator: '=', kind: 'actual' },
  ]],
  // …an area's own figure within the larger one's is no sub-count.
  ['今年我省计划新增城镇就业70万人。其中，岳阳市计划实现城镇新增就业5.2万人。', [
    { indicator: 'urban_new_jobs', value: 700000, unit: '人', comparator: '=', kind: 'target' },
    { indicator: 'urban_new_jobs', value: 52000, unit: '人', comparator: '=', kind: 'target' },
  ]],
  // …nor is the page's own area's, named as its own (我市), in the province's total; a group's part (返乡农民工) still is.
  ['前三季度，全省城镇新增就业52.3万人。其中，我市城镇新增就业3.6万人。', [
    { indicator: 'urban_new_jobs', value: 523000, unit: '人', comparator: '=', kind: 'actual' },
    { indicator: 'urban_new_jobs', value: 36000, unit: '人', comparator: '=', kind: 'actual' },
  ]],
  ['前三季度，全市城镇新增就业3.6万人。其中，返乡农民工城镇新增就业1.2万人。', [
    { indicator: 'urban_new_jobs', value: 36000, unit: '人', comparator: '=', kind: 'actual' },
  ]],
  ['去年末参加基本养老保险人数91548万人。其中，参加城镇职工基本养老保险人数为40293万人；城乡居民基本养老保险参保人数51255万人。', [
    { indicator: 'pension_insured', value: 915480000, unit: '人', comparator: '=', kind: 'actual' },
    { indicator: 'pension_insured', value: 402930000, unit: '人', comparator: '=', kind: 'actual' },
    { indicator: 'pension_insured', value: 512550000, unit: '人', comparator: '=', kind: 'actual' },
  ]],
  ['今年全省就业创业总体目标已经设定，城镇新增就业70万人，城镇登记失业率控制在4.5%以内。', [
    { indicator: 'urban_new_jobs', value: 700000, unit: '人', comparator: '=', kind: 'target' },
    { indicator: 'registered_unemployment_rate', value: 4.5, unit: '%', comparator: '<=', kind: 'target' },
  ]],
  ['去年城镇登记失业率保持在4.14%，低于国家4.6%的控制目标。', [
    { indicator: 'registered_unemployment_rate', value: 4.14, unit: '%', comparator: '=', kind: 'actual' },
    { indicator: 'registered_unemployment_rate', value: 4.6, unit: '%', comparator: '<=', kind: 'target' },
  ]],
  // The hard to employ placed, their group named before the verb of re-employment (not anyone's re-employment).
  ['全年帮扶就业困难人员实现再就业2000人，安置困难人员156人。', [
    { indicator: 'hard_to_employ_employment', value: 2000, unit: '人', comparator: '=', kind: 'actual' },
    { indicator: 'hard_to_employ_employment', value: 156, unit: '人', comparator: '=', kind: 'actual' },
  ]],
  // A share in a sentence of its own that names only the field (就业) of the figure before it; another field's is not it.
  ['上半年全国城镇新增就业人员超过600万人。今年以来，我国就业状况有所改善，完成全年预期目标的60%以上。', [
    { indicator: 'urban_new_jobs', value: 6000000, unit: '人', comparator: '>=', kind: 'actual' },
    { indicator: 'urban_new_jobs', value: 60, unit: '%', comparator: '>=', kind: 'progress' },
  ]],
  ['全市城镇新增就业5万人。社会保险扩面工作完成全年目标的80%。', [
    { indicator: 'urban_new_jobs', value: 50000, unit: '人', comparator: '=', kind: 'actual' },
  ]],
  // The plan named before its level (预期目标4.6%), and named only (控制在预期目标以内): a rate held up against it was done.
  ['城镇登记失业率保持在4.3%，低于年初政府工作报告的预期目标4.6%。', [
    { indicator: 'registered_unemployment_rate', value: 4.3, unit: '%', comparator: '=', kind: 'actual' },
    { indicator: 'registered_unemployment_rate', value: 4.6, unit: '%', comparator: '=', kind: 'target' },
  ]],
  ['今年城镇登记失业率为3.1%，控制在预期目标以内。', [
    { indicator: 'registered_unemployment_rate', value: 3.1, unit: '%', comparator: '=', kind: 'actual' },
  ]],
  // The plan's level named after the figure, however the plan is called (控制性指标, 年控目标, 目标任务以内).
  ['城镇登记失业率为3.20%，低于省下达3.9%的控制性指标。', [
    { indicator: 'registered_unemployment_rate', value: 3.2, unit: '%', comparator: '=', kind: 'actual' },
    { indicator: 'registered_unemployment_rate', value: 3.9, unit: '%', comparator: '<=', kind: 'target' },
  ]],
  ['去年全省城镇登记失业率3.8%，低于4.5%的年控目标。', [
    { indicator: 'registered_unemployment_rate', value: 3.8, unit: '%', comparator: '=', kind: 'actual' },
    { indicator: 'registered_unemployment_rate', value: 4.5, unit: '%', comparator: '<=', kind: 'target' },
  ]],
  // (…held under it: 稳定低于.)
  ['城镇登记失业率2.84%，稳定低于4.5%的年度控制目标。', [
    { indicator: 'registered_unemployment_rate', value: 2.84, unit: '%', comparator: '=', kind: 'actual' },
    { indicator: 'registered_unemployment_rate', value: 4.5, unit: '%', comparator: '<=', kind: 'target' },
  ]],
  ['城镇登记失业率2.84%，稳定低于4.5%。', [
    { indicator: 'registered_unemployment_rate', value: 2.84, unit: '%', comparator: '=', kind: 'actual' },
  ]],
  ['上半年城镇登记失业率3.35%，控制在4.5%的目标任务以内。', [
    { indicator: 'registered_unemployment_rate', value: 3.35, unit: '%', comparator: '=', kind: 'actual' },
    { indicator: 'registered_unemployment_rate', value: 4.5, unit: '%', comparator: '<=', kind: 'target' },
  ]],
  ['市政府下达全市城镇新增就业20000人目标。', [{ indicator: 'urban_new_jobs', value: 20000, unit: '人', comparator: '=', kind: 'target' }]],
  // 将 that puts its object first (将促进就业作为…) is no future tense: the five years reviewed decide.
  ['五年来，我省始终将促进就业作为头等大事，年均城镇新增就业保持在90万人以上。', [
    { indicator: 'urban_new_jobs', value: 900000, unit: '人', comparator: '>=', kind: 'actual' },
  ]],
  // 将把…作为: 把 puts the object first, and 将 before it is the future — the sentence sets a goal.
  ['2012年，西藏将把促进就业作为优先目标，增强企业吸纳就业能力，实现城镇新增就业2.15万人。', [
    { indicator: 'urban_new_jobs', value: 21500, unit: '人', comparator: '=', kind: 'target' },
  ]],
  // The level a plan builds on (…的基础上) is reached already; the goal after it is still a goal.
  ['到2010年，在现有全市农村劳动力转移就业48万人的基础上，新增转移就业52万人。', [
    { indicator: 'rural_labor_transfer', value: 480000, unit: '人', comparator: '=', kind: 'actual' },
    { indicator: 'rural_labor_transfer', value: 520000, unit: '人', comparator: '=', kind: 'target' },
  ]],
  ['前三季度，全区城镇实现新增就业45.48万人。', [{ indicator: 'urban_new_jobs', value: 454800, unit: '人', comparator: '=', kind: 'actual' }]],
  ['五年来累计培训农牧民36.6万人。', [{ indicator: 'vocational_training', value: 366000, unit: '人次', comparator: '=', kind: 'actual' }]],
  // A bare 培训 in 人次 where vocational training was just named.
  ['今年以来大力实施职业技能培训提质增效工程，1-7月全省总计完成培训71.28万人次。', [
    { indicator: 'vocational_training', value: 712800, unit: '人次', comparator: '=', kind: 'actual' },
  ]],
  // The hard-to-employ placed, counted by the posts that placed them, are their measure (as the corpus's gold has it 4 times
  // in 4); the posts placing anyone else are the posts'.
  ['去年公益性岗位安置就业困难人员2.02万人。', [{ indicator: 'hard_to_employ_employment', value: 20200, unit: '人', comparator: '=', kind: 'actual' }]],
  ['去年公益性岗位安置城镇失业人员2.02万人。', [{ indicator: 'public_welfare_jobs', value: 20200, unit: '人', comparator: '=', kind: 'actual' }]],
  ['去年全省参加企业职工基本养老保险人数达到1550万人。', [{ indicator: 'pension_insured', value: 15500000, unit: '人', comparator: '=', kind: 'actual' }]],
  ['上半年下岗失业人员中已有12.5万人实现了再就业。', [{ indicator: 'unemployed_reemployment', value: 125000, unit: '人', comparator: '=', kind: 'actual' }]],
  ['五年来全省城镇新增就业169.22万人，每年保持新增45万人以上。', [
    { indicator: 'urban_new_jobs', value: 1692200, unit: '人', comparator: '=', kind: 'actual' },
    { indicator: 'urban_new_jobs', value: 450000, unit: '人', comparator: '>=', kind: 'actual' },
  ]],
  // A count run up to a month's end (到2011年12月底) is a result; 到2025年6月底前 is still a deadline ahead.
  ['到2011年12月底，全省城镇新增就业141.1万人，城镇登记失业率为3.35%，低于4.5%的年底控制目标。', [
    { indicator: 'urban_new_jobs', value: 1411000, unit: '人', comparator: '=', kind: 'actual' },
    { indicator: 'registered_unemployment_rate', value: 3.35, unit: '%', comparator: '=', kind: 'actual' },
    { indicator: 'registered_unemployment_rate', value: 4.5, unit: '%', comparator: '<=', kind: 'target' },
  ]],
  ['到2035年6月底前，全省城镇新增就业10万人。', [{ indicator: 'urban_new_jobs', value: 100000, unit: '人', comparator: '=', kind: 'target' }]],
  // Counts written in person-times are still people placed.
  ['2008年以来，全市累计城镇新增就业488.55万人次，失业人员再就业161.09万人次，就业困难人员再就业81.44万人次。', [
    { indicator: 'urban_new_jobs', value: 4885500, unit: '人', comparator: '=', kind: 'actual' },
    { indicator: 'unemployed_reemployment', value: 1610900, unit: '人', comparator: '=', kind: 'actual' },
    { indicator: 'hard_to_employ_employment', value: 814400, unit: '人', comparator: '=', kind: 'actual' },
  ]],
  // The plan an outcome is near (已接近…的目标任务), and the stretch goal after the goal (力争突破…).
  ['截至7月底，我省城镇新增就业人数13万多人，已接近年初下达的15万人的目标任务，下半年要确保全年城镇新增就业人数18万人，力争突破20万人。', [
    { indicator: 'urban_new_jobs', value: 130000, unit: '人', comparator: '>=', kind: 'actual' },
    { indicator: 'urban_new_jobs', value: 150000, unit: '人', comparator: '=', kind: 'target' },
    { indicator: 'urban_new_jobs', value: 180000, unit: '人', comparator: '=', kind: 'target' },
    { indicator: 'urban_new_jobs', value: 200000, unit: '人', comparator: '>=', kind: 'target' },
  ]],
  ['一季度帮扶大龄就业困难人员(“4050”人员)实现再就业579人。', [{ indicator: 'hard_to_employ_employment', value: 579, unit: '人', comparator: '=', kind: 'actual' }]],
  ['去年发放创业担保贷款381人次5860万元。', [{ indicator: 'startup_loans', value: 58600000, unit: '元', comparator: '=', kind: 'actual' }]],
  ['1月至9月，全市城镇新增就业10.95万人，帮助4.85万名失业人员实现再就业，分别完成年度考核指标的90.83%和93.68%。', [
    { indicator: 'urban_new_jobs', value: 109500, unit: '人', comparator: '=', kind: 'actual' },
    { indicator: 'unemployed_reemployment', value: 48500, unit: '人', comparator: '=', kind: 'actual' },
    { indicator: 'urban_new_jobs', value: 90.83, unit: '%', comparator: '=', kind: 'progress' },
    { indicator: 'unemployed_reemployment', value: 93.68, unit: '%', comparator: '=', kind: 'progress' },
  ]],
  // The village posts by their other name (b84d's 云南 item).
  ['今年1-9月，全省开发乡村公共服务岗位16551个。', [{ indicator: 'public_welfare_jobs', value: 16551, unit: '个', comparator: '=', kind: 'actual' }]],
  // The measure's own word for what is counted between the verb and the plan (b84d's 云南 item).
  ['今年1-9月，云南省新增农村劳动力转移就业272.96万人，完成全年新增150万人目标的181.97%。', [
    { indicator: 'rural_labor_transfer', value: 2729600, unit: '人', comparator: '=', kind: 'actual' },
    { indicator: 'rural_labor_transfer', value: 1500000, unit: '人', comparator: '=', kind: 'target' },
    { indicator: 'rural_labor_transfer', value: 181.97, unit: '%', comparator: '=', kind: 'progress' },
  ]],
  // The plan set before the year turned out as it did (b83d's 重庆 item).
  ['今年1-9月，全市城镇新增就业49.22万人，完成原定60万人目标任务的82%。', [
    { indicator: 'urban_new_jobs', value: 492200, unit: '人', comparator: '=', kind: 'actual' },
    { indicator: 'urban_new_jobs', value: 600000, unit: '人', comparator: '=', kind: 'target' },
    { indicator: 'urban_new_jobs', value: 82, unit: '%', comparator: '=', kind: 'progress' },
  ]],
  // Another measure named before a continuation word is that measure's (b84a's 青海 report); the rate's own adverb is not.
  ['全年地区生产总值增长1.5%，城镇登记失业率2.1%，居民消费价格指数涨幅控制在2.6%。', [{ indicator: 'registered_unemployment_rate', value: 2.1, unit: '%', comparator: '=', kind: 'actual' }]],
  ['城镇调查失业率逐步回落，持续控制在5.5%以内。', [{ indicator: 'surveyed_unemployment_rate', value: 5.5, unit: '%', comparator: '<=', kind: 'actual' }]],
  // How far the plan was exceeded is no plan (b83d's 湖南 item); a plan near the measure's own size is one.
  ['2018年，湖南省城镇新增就业79.45万人，超过目标任务9.45万人。', [{ indicator: 'urban_new_jobs', value: 794500, unit: '人', comparator: '=', kind: 'actual' }]],
  ['全省城镇新增就业75万人，超过全年目标任务70万人。', [
    { indicator: 'urban_new_jobs', value: 750000, unit: '人', comparator: '=', kind: 'actual' },
    { indicator: 'urban_new_jobs', value: 700000, unit: '人', comparator: '=', kind: 'target' },
  ]],
  // Who set the plan, for whom, of what, before 目标任务 (b83d's 广西 half-year summary).
  ['2020年1月至6月，全区城镇新增就业累计166881人，就业困难人员实现就业累计17893人，分别完成人社部下达我区就业目标任务的66.75%、111.83%。', [
    { indicator: 'urban_new_jobs', value: 166881, unit: '人', comparator: '=', kind: 'actual' },
    { indicator: 'hard_to_employ_employment', value: 17893, unit: '人', comparator: '=', kind: 'actual' },
    { indicator: 'urban_new_jobs', value: 66.75, unit: '%', comparator: '=', kind: 'progress' },
    { indicator: 'hard_to_employ_employment', value: 111.83, unit: '%', comparator: '=', kind: 'progress' },
  ]],
  // (…and the verb nearest the plan, not an earlier one that would take the measure's name with it.)
  ['截至6月底，实现城镇新增就业数已完成年度计划的56.2%。', [{ indicator: 'urban_new_jobs', value: 56.2, unit: '%', comparator: '=', kind: 'progress' }]],
  // A promise stated after a dash is a goal, and its share is the share of it done (b73c's 2016 national item).
  ['按照总理作出的承诺——城镇新增就业人数1000万人以上，全年就业目标任务不仅提前完成，并且已完成了124.9%！', [
    { indicator: 'urban_new_jobs', value: 10000000, unit: '人', comparator: '>=', kind: 'target' },
    { indicator: 'urban_new_jobs', value: 124.9, unit: '%', comparator: '=', kind: 'progress' },
  ]],
  // 分别 over two counts, the second not read as a figure (a duration before it): the first share is the first's.
  ['全区农村牧区转移就业181.1万人，其中转移6个月以上135.8万人，分别完成年度计划的73.9%和67.9%。', [
    { indicator: 'rural_labor_transfer', value: 1811000, unit: '人', comparator: '=', kind: 'actual' },
    { indicator: 'rural_labor_transfer', value: 73.9, unit: '%', comparator: '=', kind: 'progress' },
  ]],
  ['实现城镇新增就业1885人，完成全年指标的105%，失业人员再就业1007人，完成全年指标100%。', [
    { indicator: 'urban_new_jobs', value: 1885, unit: '人', comparator: '=', kind: 'actual' },
    { indicator: 'urban_new_jobs', value: 105, unit: '%', comparator: '=', kind: 'progress' },
    { indicator: 'unemployed_reemployment', value: 1007, unit: '人', comparator: '=', kind: 'actual' },
    { indicator: 'unemployed_reemployment', value: 100, unit: '%', comparator: '=', kind: 'progress' },
  ]],
  ['2008年全市城镇增加就业10万人以上。', [{ indicator: 'urban_new_jobs', value: 100000, unit: '人', comparator: '>=', kind: 'actual' }]],
  ['全市城镇增加就业岗位3000个。', []],
  // A control line is the plan's ceiling, whoever set it (b73a's 辽宁 2007).
  ['到6月底，全省城镇登记失业率为4.7%，比省政府年初确定的5%的控制线低0.3个百分点。', [
    { indicator: 'registered_unemployment_rate', value: 4.7, unit: '%', comparator: '=', kind: 'actual' },
    { indicator: 'registered_unemployment_rate', value: 5, unit: '%', comparator: '<=', kind: 'target' },
  ]],
  // A total still to be run up is a goal (b75b's 青海 2023 plan).
  ['预计2023年，全省将累计完成农牧区劳动力转移就业106万人次以上。', [
    { indicator: 'rural_labor_transfer', value: 1060000, unit: '人', comparator: '>=', kind: 'target' },
  ]],
  ['截至10月底，全省累计完成农牧区劳动力转移就业106万人次。', [
    { indicator: 'rural_labor_transfer', value: 1060000, unit: '人', comparator: '=', kind: 'actual' },
  ]],
  // One outcome measured against the city's plan and then the county's (b69c's 陆良 2010).
  ['我县农村劳动力已有21081人实现了转移就业，完成市计划12800人的164.7%，县计划15000人的140.5%。', [
    { indicator: 'rural_labor_transfer', value: 21081, unit: '人', comparator: '=', kind: 'actual' },
    { indicator: 'rural_labor_transfer', value: 12800, unit: '人', comparator: '=', kind: 'target' },
    { indicator: 'rural_labor_transfer', value: 164.7, unit: '%', comparator: '=', kind: 'progress' },
    { indicator: 'rural_labor_transfer', value: 15000, unit: '人', comparator: '=', kind: 'target' },
    { indicator: 'rural_labor_transfer', value: 140.5, unit: '%', comparator: '=', kind: 'progress' },
  ]],
  // Two groups counted, one predicate after the last: the first group's too (b34b's 重庆 2022).
  ['累计帮扶5.8万名登记失业人员、3.7万名就业困难人员就业。', [
    { indicator: 'unemployed_reemployment', value: 58000, unit: '人', comparator: '=', kind: 'actual' },
    { indicator: 'hard_to_employ_employment', value: 37000, unit: '人', comparator: '=', kind: 'actual' },
  ]],
  // A rate named with no figure, then sentences led by a month and its level (b49a's 2021 review).
  ['二季度，企业用工需求增加，调查失业率连续下降。4月降为5.1%，5月进一步降至5%。', [
    { indicator: 'surveyed_unemployment_rate', value: 5.1, unit: '%', comparator: '=', kind: 'actual' },
    { indicator: 'surveyed_unemployment_rate', value: 5, unit: '%', comparator: '=', kind: 'actual' },
  ]],
  // Quarters as Taiwan's press writes them, led by their name after the rate for three (b243b's TVBS story), and a list's stroke
  // between them.
  ['今年前三季城镇调查失业率是5.1%，第一季是5.2%，第二季是5.0%、第三季是5.2%。', [
    { indicator: 'surveyed_unemployment_rate', value: 5.1, unit: '%', comparator: '=', kind: 'actual' },
    { indicator: 'surveyed_unemployment_rate', value: 5.2, unit: '%', comparator: '=', kind: 'actual' },
    { indicator: 'surveyed_unemployment_rate', value: 5, unit: '%', comparator: '=', kind: 'actual' },
    { indicator: 'surveyed_unemployment_rate', value: 5.2, unit: '%', comparator: '=', kind: 'actual' },
  ]],
  // The people a training was given to, counted before it (b243's 黔东南 2005, b241's 安庆 2020).
  ['今年以来，该州累计对3865人进行了劳动力转移就业培训。', [{ indicator: 'vocational_training', value: 3865, unit: '人次', comparator: '=', kind: 'actual' }]],
  // A counted group closing a list of everyone trained: the figure counts them all (b24a's 昭阳 2007).
  ['对下岗失业人员、农村富余劳动力、复退军人、残疾人进行职业技能培训1500多人。', [
    { indicator: 'vocational_training', value: 1500, unit: '人次', comparator: '>=', kind: 'actual' },
  ]],
  // …and so is the year's plan it is kept within (b19a's 河北 2004).
  ['截止6月底全省城镇登记失业率为3.9%，控制在4.7%的全年计划以内。', [
    { indicator: 'registered_unemployment_rate', value: 3.9, unit: '%', comparator: '=', kind: 'actual' },
    { indicator: 'registered_unemployment_rate', value: 4.7, unit: '%', comparator: '<=', kind: 'target' },
  ]],
  ['上半年实名制培训进城务工农民18.5万人，完成计划的74.1%。', [
    { indicator: 'vocational_training', value: 185000, unit: '人次', comparator: '=', kind: 'actual' },
    { indicator: 'vocational_training', value: 74.1, unit: '%', comparator: '=', kind: 'progress' },
  ]],
  ['累计培训贫困劳动力144.18万人。', [{ indicator: 'vocational_training', value: 1441800, unit: '人次', comparator: '=', kind: 'actual' }]],
  ['去年培训农村富余劳动力8000多人。', [{ indicator: 'vocational_training', value: 8000, unit: '人次', comparator: '>=', kind: 'actual' }]],
  ['去年培训贫困劳动力转移就业率达到90%。', []],
  ['去年全县已有5898名下岗失业人员重新走上了工作岗位。', [{ indicator: 'unemployed_reemployment', value: 5898, unit: '人', comparator: '=', kind: 'actual' }]],
  // …or back at a post (b160b's 人民日报 headline of 2002).
  ['去年全省47.8万下岗职工重上岗。', [{ indicator: 'unemployed_reemployment', value: 478000, unit: '人', comparator: '=', kind: 'actual' }]],
  ['去年全旗就地就近转移农村劳动力24008人。', [{ indicator: 'rural_labor_transfer', value: 24008, unit: '人', comparator: '=', kind: 'actual' }]],
  // A share stated as a bound, after the plan's own figure.
  ['1至5月，新疆农村富余劳动力转移就业逾198万人次，完成年度270万人次目标任务的逾73%。', [
    { indicator: 'rural_labor_transfer', value: 1980000, unit: '人', comparator: '>=', kind: 'actual' },
    { indicator: 'rural_labor_transfer', value: 2700000, unit: '人', comparator: '=', kind: 'target' },
    { indicator: 'rural_labor_transfer', value: 73, unit: '%', comparator: '>=', kind: 'progress' },
  ]],
  // A rate named without a figure, then a month's level; a bare 失业率 where the surveyed rate was named.
  ['今年以来，城镇调查失业率持续低于去年同期水平，6月份降至5.0%。', [{ indicator: 'surveyed_unemployment_rate', value: 5, unit: '%', comparator: '=', kind: 'actual' }]],
  // The people placed, then the public-welfare posts they were placed in (为982人安置公益性岗位).
  ['今年全盟为982人安置公益性岗位。', [{ indicator: 'public_welfare_jobs', value: 982, unit: '人', comparator: '=', kind: 'actual' }]],
  // The posts, then whom they placed, after a comma; the same posts' funds are no count of them.
  ['设立保洁员公益性岗位，安置贫困人员1475人。', [{ indicator: 'public_welfare_jobs', value: 1475, unit: '人', comparator: '=', kind: 'actual' }]],
  ['开发社区内公益性岗位,安置下岗职工418名。', [{ indicator: 'public_welfare_jobs', value: 418, unit: '人', comparator: '=', kind: 'actual' }]],
  ['开发社区内公益性岗位，安置资金300万元。', []],
  // Posts made for a group are still the posts counted; the group's own training is a part of the whole.
  ['今年安置1798人在公益性岗位就业。', [{ indicator: 'public_welfare_jobs', value: 1798, unit: '人', comparator: '=', kind: 'actual' }]],
  ['今年有1798人在公益性岗位政策宣讲会上咨询。', []],
  ['今年为残疾人购买公益性岗位420个。', [{ indicator: 'public_welfare_jobs', value: 420, unit: '个', comparator: '=', kind: 'actual' }]],
  ['今年组织残疾人开展职业技能培训300人次。', []],
  // The years an average is over, between the measure and its figure (前4年均值为5.3%), are no figure of their own.
  ['城镇调查失业率前4年均值为5.3%。', [{ indicator: 'surveyed_unemployment_rate', value: 5.3, unit: '%', comparator: '=', kind: 'actual' }]],
  // A bare 失业率 in a story of the survey's data (调查失业数据) is the surveyed rate.
  ['国家统计局昨天公布最新调查失业数据，12月份录得的失业率为5.1%。', [{ indicator: 'surveyed_unemployment_rate', value: 5.1, unit: '%', comparator: '=', kind: 'actual' }]],
  ['去年全国城镇调查失业率平均值为5.1%。1、2月份受春节因素影响，失业率升至5.2%、5.3%。3月份后失业率开始回落，4月份降至5.0%。', [
    { indicator: 'surveyed_unemployment_rate', value: 5.1, unit: '%', comparator: '=', kind: 'actual' },
    { indicator: 'surveyed_unemployment_rate', value: 5.2, unit: '%', comparator: '=', kind: 'actual' },
    { indicator: 'surveyed_unemployment_rate', value: 5.3, unit: '%', comparator: '=', kind: 'actual' },
    { indicator: 'surveyed_unemployment_rate', value: 5, unit: '%', comparator: '=', kind: 'actual' },
  ]],
  // The standard in force (现行的) is what is; the hourly standard is another measure.
  ['同意你省月最低工资标准由现行的1150元调整为1320元，小时最低工资标准由现行的10元调整为11.5元。', [
    { indicator: 'minimum_wage', value: 1150, unit: '元', comparator: '=', kind: 'actual' },
    { indicator: 'minimum_wage', value: 1320, unit: '元', comparator: '=', kind: 'actual' },
  ]],
  // 公益专岗: the posts set aside for the poor, as county plans write them.
  ['确保开发公益专岗不少于100个。', [{ indicator: 'public_welfare_jobs', value: 100, unit: '个', comparator: '>=', kind: 'target' }]],
  // The trained before the training they took part in, however it is worded; a bulletin's 培训各类人员.
  ['去年有1.7万人次的失业青年参加职业技能培训。', [{ indicator: 'vocational_training', value: 17000, unit: '人次', comparator: '=', kind: 'actual' }]],
  ['去年5200多人参加了提升就业技能的培训。', [{ indicator: 'vocational_training', value: 5200, unit: '人次', comparator: '>=', kind: 'actual' }]],
  ['去年1.7万人次的失业青年参加了招聘活动。', []],
  ['去年全区培训各类人员6.08万人次。', [{ indicator: 'vocational_training', value: 60800, unit: '人次', comparator: '=', kind: 'actual' }]],
  // Farm labour working off the farm is rural transfer; the size of that workforce is a stock, not the measure.
  ['去年重庆农村富余劳动力实现非农就业917万人。', [{ indicator: 'rural_labor_transfer', value: 9170000, unit: '人', comparator: '=', kind: 'actual' }]],
  ['去年农村劳动力非农就业规模达2062.5万人。', []],
  // A rate named, its trend, then an adverb and the level held.
  ['去年城镇调查失业率逐步回落，持续控制在5.5%以内。', [{ indicator: 'surveyed_unemployment_rate', value: 5.5, unit: '%', comparator: '<=', kind: 'actual' }]],
  // (…控制 straight before the level, without 在.)
  ['去年城镇调查失业率逐步回落，控制5.5%以内。', [{ indicator: 'surveyed_unemployment_rate', value: 5.5, unit: '%', comparator: '<=', kind: 'actual' }]],
  // The amount, then the loans it lends.
  ['今年全区将发放10亿元小额担保贷款，去年发放4209万元创业贷款。', [
    { indicator: 'startup_loans', value: 1000000000, unit: '元', comparator: '=', kind: 'target' },
    { indicator: 'startup_loans', value: 42090000, unit: '元', comparator: '=', kind: 'actual' },
  ]],
  // A standard given by tier: each tier's figure is the monthly standard; the hourly standard's tiers are not.
  ['月最低工资标准分为三档：第一档2100元，第二档1950元，第三档1800元；小时最低工资标准第一档21元，第二档19.5元。', [
    { indicator: 'minimum_wage', value: 2100, unit: '元', comparator: '=', kind: 'actual' },
    { indicator: 'minimum_wage', value: 1950, unit: '元', comparator: '=', kind: 'actual' },
    { indicator: 'minimum_wage', value: 1800, unit: '元', comparator: '=', kind: 'actual' },
  ]],
  ['去年全省最低工资标准：一类地区每月2080元，二类地区1850元。', [
    { indicator: 'minimum_wage', value: 2080, unit: '元', comparator: '=', kind: 'actual' },
    { indicator: 'minimum_wage', value: 1850, unit: '元', comparator: '=', kind: 'actual' },
  ]],
  // …tiers whose areas are called 区, after the first named with the standard; a figure by the month written 每个月.
  ['调整后，一类区的月最低工资标准为2160元，二类区为2050元，三类区为1950元。', [
    { indicator: 'minimum_wage', value: 2160, unit: '元', comparator: '=', kind: 'actual' },
    { indicator: 'minimum_wage', value: 2050, unit: '元', comparator: '=', kind: 'actual' },
    { indicator: 'minimum_wage', value: 1950, unit: '元', comparator: '=', kind: 'actual' },
  ]],
  ['贵州省调整最低工资标准，一类区每个月1600元，二类区每个月1500元。', [
    { indicator: 'minimum_wage', value: 1600, unit: '元', comparator: '=', kind: 'actual' },
    { indicator: 'minimum_wage', value: 1500, unit: '元', comparator: '=', kind: 'actual' },
  ]],
  // (…not a district's 区 that no tier names: 城区为…元 is no tier.)
  ['调整后，一类区的月最低工资标准为2160元，城区为2050元。', [{ indicator: 'minimum_wage', value: 2160, unit: '元', comparator: '=', kind: 'actual' }]],
  // A plan met announces what was done.
  ['截至10月底，我区已提前完成全年就业目标任务：城镇新增就业46.78万人，完成年度目标任务的101.7%。', [
    { indicator: 'urban_new_jobs', value: 467800, unit: '人', comparator: '=', kind: 'actual' },
    { indicator: 'urban_new_jobs', value: 101.7, unit: '%', comparator: '=', kind: 'progress' },
  ]],
  // A measure named without its figure, then only a time and the level reached.
  ['前三季度，全国城镇新增就业完成情况快于时序进度，1-9月达到1045万人，完成目标任务的95%。全国城镇调查失业率回落至疫情前水平，三季度均值为5.0%。', [
    { indicator: 'urban_new_jobs', value: 10450000, unit: '人', comparator: '=', kind: 'actual' },
    { indicator: 'urban_new_jobs', value: 95, unit: '%', comparator: '=', kind: 'progress' },
    { indicator: 'surveyed_unemployment_rate', value: 5, unit: '%', comparator: '=', kind: 'actual' },
  ]],
  // …or a quarter's end or a month, as a press conference reads out its figures (从…来看，二季度末为4.05%).
  ['人社部新闻发言人表示，从城镇登记失业率来看，二季度末为4.05%；从城镇调查失业率来看，6月份的数据是5%。', [
    { indicator: 'registered_unemployment_rate', value: 4.05, unit: '%', comparator: '=', kind: 'actual' },
    { indicator: 'surveyed_unemployment_rate', value: 5, unit: '%', comparator: '=', kind: 'actual' },
  ]],
  // (…but a month's figure of another measure after a clause naming the rate is no level of it.)
  ['城镇调查失业率保持稳定，6月份新开工项目是50个。', []],
  // A part of the year gone by, in the figure's own clause after a plan word, dates a result.
  ['2006年城镇登记失业率计划为4.6%，12月底全国城镇登记失业率为4.1%。', [
    { indicator: 'registered_unemployment_rate', value: 4.6, unit: '%', comparator: '=', kind: 'target' },
    { indicator: 'registered_unemployment_rate', value: 4.1, unit: '%', comparator: '=', kind: 'actual' },
  ]],
  ['去年年末参加城镇职工失业保险人数28838人，新增农村转移劳动力3.89万人。', [
    { indicator: 'unemployment_insurance_insured', value: 28838, unit: '人', comparator: '=', kind: 'actual' },
    { indicator: 'rural_labor_transfer', value: 38900, unit: '人', comparator: '=', kind: 'actual' },
  ]],
  ['主要工作目标是：下岗失业人员和失地无业农民再就业24万人，其中“4050”等困难对象再就业7万人。', [
    { indicator: 'unemployed_reemployment', value: 240000, unit: '人', comparator: '=', kind: 'target' },
    { indicator: 'hard_to_employ_employment', value: 70000, unit: '人', comparator: '=', kind: 'target' },
  ]],
  ['去年全市城镇新增就业15.37万人，下岗失业人员实现再就业2302人，其中就业困难对象806人，分别完成省定任务的102%、115%、134%。', [
    { indicator: 'urban_new_jobs', value: 153700, unit: '人', comparator: '=', kind: 'actual' },
    { indicator: 'unemployed_reemployment', value: 2302, unit: '人', comparator: '=', kind: 'actual' },
    { indicator: 'hard_to_employ_employment', value: 806, unit: '人', comparator: '=', kind: 'actual' },
    { indicator: 'urban_new_jobs', value: 102, unit: '%', comparator: '=', kind: 'progress' },
    { indicator: 'unemployed_reemployment', value: 115, unit: '%', comparator: '=', kind: 'progress' },
    { indicator: 'hard_to_employ_employment', value: 134, unit: '%', comparator: '=', kind: 'progress' },
  ]],
  ['上半年大力推广创业担保贷款线上申请，会同金融机构发放贷款32笔535万元。', [{ indicator: 'startup_loans', value: 5350000, unit: '元', comparator: '=', kind: 'actual' }]],
  ['上半年，创业对就业的带动功不可没。全省新增贷款45.89亿元，完成全年目标任务的70.6%。', [
    { indicator: 'startup_loans', value: 4589000000, unit: '元', comparator: '=', kind: 'actual' },
    { indicator: 'startup_loans', value: 70.6, unit: '%', comparator: '=', kind: 'progress' },
  ]],
  ['去年发放富民创业担保贷款8093笔11.92亿元，发放一次性创业补贴909笔499.5万元。', [
    { indicator: 'startup_loans', value: 1192000000, unit: '元', comparator: '=', kind: 'actual' },
  ]],
  ['去年全县企业职工养老保险参保人数达到8.44万人，城乡居民养老保险参保达34.23万人，新增工伤保险参保人数0.39万人。', [
    { indicator: 'pension_insured', value: 84400, unit: '人', comparator: '=', kind: 'actual' },
    { indicator: 'pension_insured', value: 342300, unit: '人', comparator: '=', kind: 'actual' },
  ]],
  // (…or said short, 险 for 保险: b161b's 新闻联播 of 2018.)
  ['截至2017年底，基本养老保险人数达到9.15亿人、基本医疗险参保人数达到11.77亿人。', [
    { indicator: 'pension_insured', value: 915000000, unit: '人', comparator: '=', kind: 'actual' },
  ]],
  ['去年全省培训城乡劳动者164.29万人，转移就业119.33万人次，累计发放创业类贷款总计62.92亿元。', [
    { indicator: 'vocational_training', value: 1642900, unit: '人次', comparator: '=', kind: 'actual' },
    { indicator: 'rural_labor_transfer', value: 1193300, unit: '人', comparator: '=', kind: 'actual' },
    { indicator: 'startup_loans', value: 6292000000, unit: '元', comparator: '=', kind: 'actual' },
  ]],
  ['3.开发公益性岗位540个 完成838个，完成率155.19%', [
    { indicator: 'public_welfare_jobs', value: 540, unit: '个', comparator: '=', kind: 'target' },
    { indicator: 'public_welfare_jobs', value: 838, unit: '个', comparator: '=', kind: 'actual' },
    { indicator: 'public_welfare_jobs', value: 155.19, unit: '%', comparator: '=', kind: 'progress' },
  ]],
  ['2013年我省新增城镇就业119.98万人，超额完成目标任务，城镇登记失业率控制在3.24%。', [
    { indicator: 'urban_new_jobs', value: 1199800, unit: '人', comparator: '=', kind: 'actual' },
    { indicator: 'registered_unemployment_rate', value: 3.24, unit: '%', comparator: '=', kind: 'actual' },
  ]],
  ['列全市第五的指标有：城镇职业培训70.6%、参加失业保险人数(98.9%)、被征地农民参加养老保险人数(试点)142.0%。', [
    { indicator: 'vocational_training', value: 70.6, unit: '%', comparator: '=', kind: 'progress' },
    { indicator: 'unemployment_insurance_insured', value: 98.9, unit: '%', comparator: '=', kind: 'progress' },
  ]],
  ['去年全区共发放小额担保贷款202笔共计287万元，实现再就业6872人，城镇登记人口失业率为3.02%。', [
    { indicator: 'startup_loans', value: 2870000, unit: '元', comparator: '=', kind: 'actual' },
    { indicator: 'unemployed_reemployment', value: 6872, unit: '人', comparator: '=', kind: 'actual' },
    { indicator: 'registered_unemployment_rate', value: 3.02, unit: '%', comparator: '=', kind: 'actual' },
  ]],
  ['截至9月底，全疆城镇新增就业44.5万人，同比增加3.2万人，完成全年目标任务的101.2%。', [
    { indicator: 'urban_new_jobs', value: 445000, unit: '人', comparator: '=', kind: 'actual' },
    { indicator: 'urban_new_jobs', value: 101.2, unit: '%', comparator: '=', kind: 'progress' },
  ]],
  ['今年上半年，全市共计发放创业担保贷款1.62亿元，扶持368人创业，带动1251人就业，同比增长43.57%，完成省定2亿元目标任务的81.11%。', [
    { indicator: 'startup_loans', value: 162000000, unit: '元', comparator: '=', kind: 'actual' },
    { indicator: 'startup_loans', value: 200000000, unit: '元', comparator: '=', kind: 'target' },
    { indicator: 'startup_loans', value: 81.11, unit: '%', comparator: '=', kind: 'progress' },
  ]],
  ['一季度，城镇新增就业297万人，同比增加68万人，完成全年1100万人目标任务的27%。', [
    { indicator: 'urban_new_jobs', value: 2970000, unit: '人', comparator: '=', kind: 'actual' },
    { indicator: 'urban_new_jobs', value: 11000000, unit: '人', comparator: '=', kind: 'target' },
    { indicator: 'urban_new_jobs', value: 27, unit: '%', comparator: '=', kind: 'progress' },
  ]],
  ['坚持把稳就业放在首位，完成转移就业14万人。', [
    { indicator: 'rural_labor_transfer', value: 140000, unit: '人', comparator: '=', kind: 'actual' },
  ]],
  ['去年城镇调查失业率和登记失业率分别为5.2%、3.5%。', [
    { indicator: 'surveyed_unemployment_rate', value: 5.2, unit: '%', comparator: '=', kind: 'actual' },
    { indicator: 'registered_unemployment_rate', value: 3.5, unit: '%', comparator: '=', kind: 'actual' },
  ]],
  ['计划将月最低工资标准分别调整为2200元、2000元、1800元。', [
    { indicator: 'minimum_wage', value: 2200, unit: '元', comparator: '=', kind: 'target' },
    { indicator: 'minimum_wage', value: 2000, unit: '元', comparator: '=', kind: 'target' },
    { indicator: 'minimum_wage', value: 1800, unit: '元', comparator: '=', kind: 'target' },
  ]],
  ['全年城镇新增就业目标4万人，实际完成4.5万人。', [
    { indicator: 'urban_new_jobs', value: 40000, unit: '人', comparator: '=', kind: 'target' },
    { indicator: 'urban_new_jobs', value: 45000, unit: '人', comparator: '=', kind: 'actual' },
  ]],
  ['去年城镇新增就业1.2万人（目标1万人）。', [
    { indicator: 'urban_new_jobs', value: 12000, unit: '人', comparator: '=', kind: 'actual' },
    { indicator: 'urban_new_jobs', value: 10000, unit: '人', comparator: '=', kind: 'target' },
  ]],
  ['截至6月底，全省城镇新增就业32.6万人，完成全年目标任务的65.2%；失业人员再就业8.1万人。', [
    { indicator: 'urban_new_jobs', value: 326000, unit: '人', comparator: '=', kind: 'actual' },
    { indicator: 'urban_new_jobs', value: 65.2, unit: '%', comparator: '=', kind: 'progress' },
    { indicator: 'unemployed_reemployment', value: 81000, unit: '人', comparator: '=', kind: 'actual' },
  ]],
  ['全市城镇新增就业人员达到5.2万人，超额完成省下达的目标任务。', [
    { indicator: 'urban_new_jobs', value: 52000, unit: '人', comparator: '=', kind: 'actual' },
  ]],
  ['到2030年，城镇新增就业累计达到50万人。', [
    { indicator: 'urban_new_jobs', value: 500000, unit: '人', comparator: '=', kind: 'target' },
  ]],
  ['截至2030年底，城镇新增就业累计达到50万人。', [
    { indicator: 'urban_new_jobs', value: 500000, unit: '人', comparator: '=', kind: 'actual' },
  ]],
  ['截止到2030年底，城镇新增就业累计达到50万人。', [
    { indicator: 'urban_new_jobs', value: 500000, unit: '人', comparator: '=', kind: 'actual' },
  ]],
  // An outcome in another unit is another measure.
  ['全年城镇新增就业目标4万人，实际完成培训4.5万人次。', [
    { indicator: 'urban_new_jobs', value: 40000, unit: '人', comparator: '=', kind: 'target' },
  ]],
  ['全年城镇新增就业、失业人员再就业、就业困难人员就业分别完成1.2万人、5000人、1000人。', [
    { indicator: 'urban_new_jobs', value: 12000, unit: '人', comparator: '=', kind: 'actual' },
    { indicator: 'unemployed_reemployment', value: 5000, unit: '人', comparator: '=', kind: 'actual' },
    { indicator: 'hard_to_employ_employment', value: 1000, unit: '人', comparator: '=', kind: 'actual' },
  ]],
  // The plan a figure is measured against, and the share: three records.
  // 全年计划 before a verb plans every clause after it; a plan noun met does not.
  ['全年计划开展补贴性职业技能培训80万人次，发放创业担保贷款150亿元以上。', [
    { indicator: 'vocational_training', value: 800000, unit: '人次', comparator: '=', kind: 'target' },
    { indicator: 'startup_loans', value: 15000000000, unit: '元', comparator: '>=', kind: 'target' },
  ]],
  ['去年已完成全年计划，发放创业担保贷款150亿元以上。', [{ indicator: 'startup_loans', value: 15000000000, unit: '元', comparator: '>=', kind: 'actual' }]],
  // The plan met, after a 、 (…139.3万人、超额完成国家下达的110万人任务); a 、 before another figure is no plan.
  ['去年城镇新增就业139.3万人、超额完成国家下达的110万人任务。', [
    { indicator: 'urban_new_jobs', value: 1393000, unit: '人', comparator: '=', kind: 'actual' },
    { indicator: 'urban_new_jobs', value: 1100000, unit: '人', comparator: '=', kind: 'target' },
  ]],
  ['去年城镇新增就业139.3万人、失业人员再就业31万人。', [
    { indicator: 'urban_new_jobs', value: 1393000, unit: '人', comparator: '=', kind: 'actual' },
    { indicator: 'unemployed_reemployment', value: 310000, unit: '人', comparator: '=', kind: 'actual' },
  ]],
  // …met ahead of time, the measure's own verb before the plan's figure.
  ['上半年转移农村富余劳动力6340人，提前完成全年安置5800人的任务目标。', [
    { indicator: 'rural_labor_transfer', value: 6340, unit: '人', comparator: '=', kind: 'actual' },
    { indicator: 'rural_labor_transfer', value: 5800, unit: '人', comparator: '=', kind: 'target' },
  ]],
  ['截止10月底，实现城镇新增就业12314人，完成年目标任务12500人的98.5%。', [
    { indicator: 'urban_new_jobs', value: 12314, unit: '人', comparator: '=', kind: 'actual' },
    { indicator: 'urban_new_jobs', value: 12500, unit: '人', comparator: '=', kind: 'target' },
    { indicator: 'urban_new_jobs', value: 98.5, unit: '%', comparator: '=', kind: 'progress' },
  ]],
  // The year's target quoted before its measure's name (「1200万人以上」的城镇新增就业目标).
  ['首季全国城镇新增就业303万人，按照今年「1200万人以上」的城镇新增就业目标，完成全年目标任务的四分之一。', [
    { indicator: 'urban_new_jobs', value: 3030000, unit: '人', comparator: '=', kind: 'actual' },
    { indicator: 'urban_new_jobs', value: 12000000, unit: '人', comparator: '>=', kind: 'target' },
  ]],
  // A figure followed by the plan it is, its field named first (…以内的宏观调控目标任务).
  ['2003年底，全国共有440万下岗失业人员实现了再就业，城镇登记失业率为4.3%。全面完成2003年新增就业岗位800万，全年400万的下岗失业人员再就业，城镇登记失业率控制在4.5%以内的宏观调控目标任务。', [
    { indicator: 'unemployed_reemployment', value: 4400000, unit: '人', comparator: '=', kind: 'actual' },
    { indicator: 'registered_unemployment_rate', value: 4.3, unit: '%', comparator: '=', kind: 'actual' },
    { indicator: 'registered_unemployment_rate', value: 4.5, unit: '%', comparator: '<=', kind: 'target' },
  ]],
  // A plan met ahead of time (提前3个月完成全年22万人计划), beaten (比全年900万的预定目标超出), or the year's expected one.
  ['1-9月，全市新增23.25万城镇就业人员，提前3个月完成全年22万人计划。', [
    { indicator: 'urban_new_jobs', value: 232500, unit: '人', comparator: '=', kind: 'actual' },
    { indicator: 'urban_new_jobs', value: 220000, unit: '人', comparator: '=', kind: 'target' },
  ]],
  ['预计到年底，全国城镇新增就业将达到1200万人以上，比全年900万的预定目标超出了300万人。', [
    { indicator: 'urban_new_jobs', value: 12000000, unit: '人', comparator: '>=', kind: 'actual' },
    { indicator: 'urban_new_jobs', value: 9000000, unit: '人', comparator: '=', kind: 'target' },
  ]],
  ['2022年全年城镇新增就业1206万人，超额完成1100万人的全年预期目标任务。', [
    { indicator: 'urban_new_jobs', value: 12060000, unit: '人', comparator: '=', kind: 'actual' },
    { indicator: 'urban_new_jobs', value: 11000000, unit: '人', comparator: '=', kind: 'target' },
  ]],
  // (…用了3个月时间完成: a duration that is no plan's.)
  ['全市新增城镇就业1.2万人，用了3个月时间。', [{ indicator: 'urban_new_jobs', value: 12000, unit: '人', comparator: '=', kind: 'actual' }]],
  ['截止6月底，城镇新增就业2842人，完成4600人年计划的61.78%。', [
    { indicator: 'urban_new_jobs', value: 2842, unit: '人', comparator: '=', kind: 'actual' },
    { indicator: 'urban_new_jobs', value: 4600, unit: '人', comparator: '=', kind: 'target' },
    { indicator: 'urban_new_jobs', value: 61.78, unit: '%', comparator: '=', kind: 'progress' },
  ]],
  ['2022年，全国城镇新增就业1206万人，超额完成了1100万人的年初预期目标。', [
    { indicator: 'urban_new_jobs', value: 12060000, unit: '人', comparator: '=', kind: 'actual' },
    { indicator: 'urban_new_jobs', value: 11000000, unit: '人', comparator: '=', kind: 'target' },
  ]],
  // A plan the outcome beat or met, after other figures of the sentence.
  ['2019年，我国城镇新增就业1352万人，明显高于1100万人以上的预期目标。', [
    { indicator: 'urban_new_jobs', value: 13520000, unit: '人', comparator: '=', kind: 'actual' },
    { indicator: 'urban_new_jobs', value: 11000000, unit: '人', comparator: '>=', kind: 'target' },
  ]],
  // Areas, then the tier whose standard they keep to, then the standard's change: the tier's monthly standards.
  ['从2021年8月1日起调整全省最低工资标准。\n盐城市区和东台市执行二类地区标准,由1830元/月调整为2070元/月;建湖县、射阳县执行三类地区标准,由1620元/月调整为1840元/月。', [
    { indicator: 'minimum_wage', value: 1830, unit: '元', comparator: '=', kind: 'actual' },
    { indicator: 'minimum_wage', value: 2070, unit: '元', comparator: '=', kind: 'actual' },
    { indicator: 'minimum_wage', value: 1620, unit: '元', comparator: '=', kind: 'actual' },
    { indicator: 'minimum_wage', value: 1840, unit: '元', comparator: '=', kind: 'actual' },
  ]],
  // (Twin: the same areas' hourly standard, by the hour, is another measure.)
  ['从2021年8月1日起调整全省最低工资标准。\n盐城市区和东台市执行二类地区标准,由1830元/月调整为2070元/月。\n非全日制用工小时最低工资标准相应提高,具体为:建湖县、射阳县执行三类地区标准,由14.5元/小时调整为18元/小时。', [
    { indicator: 'minimum_wage', value: 1830, unit: '元', comparator: '=', kind: 'actual' },
    { indicator: 'minimum_wage', value: 2070, unit: '元', comparator: '=', kind: 'actual' },
  ]],
  // A row of a table sharing out the year's tasks among the bodies answering for them states a task.
  ['序号 | 主 要 工 作 任 务 | 责任单位 |\n9 | 居民消费价格指数涨幅3%左右。 | 市发展改革委 |\n10 | 城镇新增就业11万人,调查失业率控制在5%以内。 | 市人力社保局 |', [
    { indicator: 'urban_new_jobs', value: 110000, unit: '人', comparator: '=', kind: 'target' },
    { indicator: 'surveyed_unemployment_rate', value: 5, unit: '%', comparator: '<=', kind: 'target' },
  ]],
  // (Twin: a table whose heading has a column of what was done reports.)
  ['序号 | 主要工作任务 | 责任单位 | 完成情况 |\n10 | 城镇新增就业11万人,调查失业率控制在5%以内。 | 市人力社保局 | 已完成 |', [
    { indicator: 'urban_new_jobs', value: 110000, unit: '人', comparator: '=', kind: 'actual' },
    { indicator: 'surveyed_unemployment_rate', value: 5, unit: '%', comparator: '<=', kind: 'actual' },
  ]],
  // The measure named, the year its count has run since, then its yearly mean.
  ['城镇新增就业自2003年建立统计制度以来，年均达到23.51万人。', [{ indicator: 'urban_new_jobs', value: 235100, unit: '人', comparator: '=', kind: 'actual' }]],
  // Two plans after 分别, each the target of the rate of the same rank before them; 分别 and two changes are no plans.
  ['全年城镇调查失业率平均为5.6%，年末城镇登记失业率为3.62%，分别优于6%和5.5%左右的预期目标。', [
    { indicator: 'surveyed_unemployment_rate', value: 5.6, unit: '%', comparator: '=', kind: 'actual' },
    { indicator: 'registered_unemployment_rate', value: 3.62, unit: '%', comparator: '=', kind: 'actual' },
    { indicator: 'surveyed_unemployment_rate', value: 6, unit: '%', comparator: '~', kind: 'target' },
    { indicator: 'registered_unemployment_rate', value: 5.5, unit: '%', comparator: '~', kind: 'target' },
  ]],
  ['全年城镇调查失业率平均为5.6%，年末城镇登记失业率为3.62%，分别低于上年0.3和0.2个百分点。', [
    { indicator: 'surveyed_unemployment_rate', value: 5.6, unit: '%', comparator: '=', kind: 'actual' },
    { indicator: 'registered_unemployment_rate', value: 3.62, unit: '%', comparator: '=', kind: 'actual' },
  ]],
  ['2019年末，城镇登记失业率为3.62%，比上年末降低0.18个百分点，符合4.5%以内的预期目标。', [
    { indicator: 'registered_unemployment_rate', value: 3.62, unit: '%', comparator: '=', kind: 'actual' },
    { indicator: 'registered_unemployment_rate', value: 4.5, unit: '%', comparator: '<=', kind: 'target' },
  ]],
  // A space before the share, as text taken from PDFs writes it.
  ['去年城镇新增就业3.63万人，完成率 134.4%。', [
    { indicator: 'urban_new_jobs', value: 36300, unit: '人', comparator: '=', kind: 'actual' },
    { indicator: 'urban_new_jobs', value: 134.4, unit: '%', comparator: '=', kind: 'progress' },
  ]],
  // The measure named again between the plan figure and its noun.
  ['上半年，全省城镇新增就业71.9万人，完成年度110万人新增就业目标的65.4%。', [
    { indicator: 'urban_new_jobs', value: 719000, unit: '人', comparator: '=', kind: 'actual' },
    { indicator: 'urban_new_jobs', value: 1100000, unit: '人', comparator: '=', kind: 'target' },
    { indicator: 'urban_new_jobs', value: 65.4, unit: '%', comparator: '=', kind: 'progress' },
  ]],
  // A figure framed by its label; the comparator word before the number still counts.
  ['截止6月底，就业困难人员206人实现就业。', [{ indicator: 'hard_to_employ_employment', value: 206, unit: '人', comparator: '=', kind: 'actual' }]],
  ['去年帮扶近3000名城镇就业困难人员实现就业。', [{ indicator: 'hard_to_employ_employment', value: 3000, unit: '人', comparator: '~', kind: 'actual' }]],
  ['去年超70万人次接受补贴性职业技能培训。', [{ indicator: 'vocational_training', value: 700000, unit: '人次', comparator: '>=', kind: 'actual' }]],
  ['去年1700多万人次接受各类政府补贴性职业培训。', [{ indicator: 'vocational_training', value: 17000000, unit: '人次', comparator: '>=', kind: 'actual' }]],
  ['去年1700多万人次接受各类政府补贴。', []],
  // The predicate after a second group: 就业困难人员和…零就业家庭中的1.8万人实现就业.
  ['去年帮助32.9万名就业困难人员和1.5万户零就业家庭中的1.8万人实现就业。', [{ indicator: 'hard_to_employ_employment', value: 329000, unit: '人', comparator: '=', kind: 'actual' }]],
  // A bulletin's list of schemes, each with its count right after; 参保人数 heading a 分别 list of bare scheme names.
  ['年末全市城镇基本医疗保险239.61万人，工伤保险85.75万人，城乡居民养老保险444.97万人。', [
    { indicator: 'work_injury_insurance_insured', value: 857500, unit: '人', comparator: '=', kind: 'actual' },
    { indicator: 'pension_insured', value: 4449700, unit: '人', comparator: '=', kind: 'actual' },
  ]],
  ['截至6月底，全国基本养老、失业、工伤参保人数分别为9.25亿人、1.91亿人、2.3亿人。', [
    { indicator: 'pension_insured', value: 925000000, unit: '人', comparator: '=', kind: 'actual' },
    { indicator: 'unemployment_insurance_insured', value: 191000000, unit: '人', comparator: '=', kind: 'actual' },
    { indicator: 'work_injury_insurance_insured', value: 230000000, unit: '人', comparator: '=', kind: 'actual' },
  ]],
  // Last year as a comparison (较去年计划数减少0.2万人) says nothing of when the figures after it are.
  ['《发展计划》提出，2020年城镇新增就业人数6.3万人，较去年计划数减少0.2万人；城镇登记失业率控制在2.6%以内，与去年目标持平；城乡居民基本养老保险人数达107万人。', [
    { indicator: 'urban_new_jobs', value: 63000, unit: '人', comparator: '=', kind: 'target' },
    { indicator: 'registered_unemployment_rate', value: 2.6, unit: '%', comparator: '<=', kind: 'target' },
    { indicator: 'pension_insured', value: 1070000, unit: '人', comparator: '=', kind: 'target' },
  ]],
  // 实际利用外资 is a measure's name in a list of targets, not a word that the list was achieved.
  ['今年的主要预期目标是，实际利用外资稳步增加，城镇新增就业100万人，城镇登记失业率控制在4%以内。', [
    { indicator: 'urban_new_jobs', value: 1000000, unit: '人', comparator: '=', kind: 'target' },
    { indicator: 'registered_unemployment_rate', value: 4, unit: '%', comparator: '<=', kind: 'target' },
  ]],
  // A bound the last member of a series carries is every member's; 余 is its own number's.
  ['去年城镇登记失业率和调查失业率分别控制在4%和5%以内。', [
    { indicator: 'registered_unemployment_rate', value: 4, unit: '%', comparator: '<=', kind: 'actual' },
    { indicator: 'surveyed_unemployment_rate', value: 5, unit: '%', comparator: '<=', kind: 'actual' },
  ]],
  ['去年城镇新增就业、失业人员再就业分别为3000人、1500余人。', [
    { indicator: 'urban_new_jobs', value: 3000, unit: '人', comparator: '=', kind: 'actual' },
    { indicator: 'unemployed_reemployment', value: 1500, unit: '人', comparator: '>=', kind: 'actual' },
  ]],
  // The unemployed placed in work; a 分别 list completed by the predicate after 分别.
  ['去年全市登记失业人员实现就业3.2万人。', [{ indicator: 'unemployed_reemployment', value: 32000, unit: '人', comparator: '=', kind: 'actual' }]],
  ['去年登记失业人员、就业困难人员分别就业8.7万人、4.1万人。', [
    { indicator: 'unemployed_reemployment', value: 87000, unit: '人', comparator: '=', kind: 'actual' },
    { indicator: 'hard_to_employ_employment', value: 41000, unit: '人', comparator: '=', kind: 'actual' },
  ]],
  // A 分别 list's item that is no measure of ours keeps its bare count (…生育五大保险参保人数分别达…78.2万).
  ['去年失业、生育保险参保人数分别达264万、94.9万。', [{ indicator: 'unemployment_insurance_insured', value: 2640000, unit: '人', comparator: '=', kind: 'actual' }]],
  ['去年城镇职工基本养老、城镇基本医疗、失业、工伤、生育五大保险参保人数分别达157.3万、264万、94.9万、130.9万和78.2万。', [
    { indicator: 'pension_insured', value: 1573000, unit: '人', comparator: '=', kind: 'actual' },
    { indicator: 'unemployment_insurance_insured', value: 949000, unit: '人', comparator: '=', kind: 'actual' },
    { indicator: 'work_injury_insurance_insured', value: 1309000, unit: '人', comparator: '=', kind: 'actual' },
  ]],
  // The same measure averaged over the span, after its total.
  ['“十三五”期间，城镇累计新增就业725.87万人、年均145万人以上。', [
    { indicator: 'urban_new_jobs', value: 7258700, unit: '人', comparator: '=', kind: 'actual' },
    { indicator: 'urban_new_jobs', value: 1450000, unit: '人', comparator: '>=', kind: 'actual' },
  ]],
  ['“十四五”期间，江苏城镇将新增就业500万人。', [{ indicator: 'urban_new_jobs', value: 5000000, unit: '人', comparator: '=', kind: 'target' }]],
  // A yearly average named inside the label; posts named after their figure.
  ['2012－2015年，城镇年均新增就业人数24万以上。', [{ indicator: 'urban_new_jobs', value: 240000, unit: '人', comparator: '>=', kind: 'target' }]],
  ['去年开发2万个以上的公益性公共服务岗位。', [{ indicator: 'public_welfare_jobs', value: 20000, unit: '个', comparator: '>=', kind: 'actual' }]],
  // A county's or district's bare 失业率 is its registered rate; a bare 失业率 elsewhere names no measure.
  ['去年零就业家庭动态就业援助达100%，全区失业率在3.2%以下。', [{ indicator: 'registered_unemployment_rate', value: 3.2, unit: '%', comparator: '<=', kind: 'actual' }]],
  // A bare 失业率 stated outright where the registered rate was just named is that rate; a group's rate is not.
  ['该市的登记失业率为2.52%。这些城市的失业率分别是3.67%、3.49%。', [
    { indicator: 'registered_unemployment_rate', value: 2.52, unit: '%', comparator: '=', kind: 'actual' },
    { indicator: 'registered_unemployment_rate', value: 3.67, unit: '%', comparator: '=', kind: 'actual' },
    { indicator: 'registered_unemployment_rate', value: 3.49, unit: '%', comparator: '=', kind: 'actual' },
  ]],
  ['城镇登记失业率为3.2%，16—24岁劳动力失业率为18.9%。', [{ indicator: 'registered_unemployment_rate', value: 3.2, unit: '%', comparator: '=', kind: 'actual' }]],
  // …and said again of the next quarter (也保持在); a group's rate said again is still the group's.
  ['一季度的登记失业率为4.3%。二季度的失业率也保持在4.3%。', [
    { indicator: 'registered_unemployment_rate', value: 4.3, unit: '%', comparator: '=', kind: 'actual' },
    { indicator: 'registered_unemployment_rate', value: 4.3, unit: '%', comparator: '=', kind: 'actual' },
  ]],
  // …and in another paragraph of a page that names the registered rate and never the surveyed one; not where the page
  // names both, nor an estimate of the real rate.
  ['去年全市城镇登记失业率控制在2.5%以内。\n截至年底，失业人数10.6万，失业率为1.82%。', [
    { indicator: 'registered_unemployment_rate', value: 2.5, unit: '%', comparator: '<=', kind: 'actual' },
    { indicator: 'registered_unemployment_rate', value: 1.82, unit: '%', comparator: '=', kind: 'actual' },
  ]],
  ['去年全国城镇调查失业率为5.2%，城镇登记失业率为3.9%。\n截至年底，失业率为3.82%。', [
    { indicator: 'surveyed_unemployment_rate', value: 5.2, unit: '%', comparator: '=', kind: 'actual' },
    { indicator: 'registered_unemployment_rate', value: 3.9, unit: '%', comparator: '=', kind: 'actual' },
  ]],
  ['去年全国城镇登记失业率为3.1%。\n据估计，实际失业率在8%左右。', [
    { indicator: 'registered_unemployment_rate', value: 3.1, unit: '%', comparator: '=', kind: 'actual' },
  ]],
  // A wage by the month is the wage itself; a rate's monthly average is the rate.
  ['最低工资标准每月1850元。', [{ indicator: 'minimum_wage', value: 1850, unit: '元', comparator: '=', kind: 'actual' }]],
  ['三季度全国城镇调查失业率月均值为5.0%。', [{ indicator: 'surveyed_unemployment_rate', value: 5, unit: '%', comparator: '=', kind: 'actual' }]],
  ['城镇登记失业率为3.2%，青年失业率也保持在15%。', [{ indicator: 'registered_unemployment_rate', value: 3.2, unit: '%', comparator: '=', kind: 'actual' }]],
  // (…and the workforce's rates by schooling are the groups'.)
  ['5月份，全国城镇调查失业率为5.2%。25-59岁劳动力中，初中及以下学历、高中学历、大专学历、本科及以上学历劳动力调查失业率分别为4.4%、4.4%、4.1%、3.2%。', [
    { indicator: 'surveyed_unemployment_rate', value: 5.2, unit: '%', comparator: '=', kind: 'actual' },
  ]],
  // 城镇失业率 without its survey is the registered rate; dated by a month, the surveyed one.
  ['去年城镇新就业人员1123人；城镇失业率指标控制在3.9%以内。', [
    { indicator: 'urban_new_jobs', value: 1123, unit: '人', comparator: '=', kind: 'actual' },
    { indicator: 'registered_unemployment_rate', value: 3.9, unit: '%', comparator: '<=', kind: 'actual' },
  ]],
  ['1-9月，全国城镇新增就业1022万人，9月城镇失业率5.0%。', [
    { indicator: 'urban_new_jobs', value: 10220000, unit: '人', comparator: '=', kind: 'actual' },
    { indicator: 'surveyed_unemployment_rate', value: 5, unit: '%', comparator: '=', kind: 'actual' },
  ]],
  // A share stated with the verb alone; a year's part of a total over years; the verb before the count.
  ['去年城镇新增就业964人，完成142%；失业人员实现就业787人，完成291%。', [
    { indicator: 'urban_new_jobs', value: 964, unit: '人', comparator: '=', kind: 'actual' },
    { indicator: 'urban_new_jobs', value: 142, unit: '%', comparator: '=', kind: 'progress' },
    { indicator: 'unemployed_reemployment', value: 787, unit: '人', comparator: '=', kind: 'actual' },
    { indicator: 'unemployed_reemployment', value: 291, unit: '%', comparator: '=', kind: 'progress' },
  ]],
  ['目标任务是开展补贴性职业技能提升培训20万人次以上。其中：2019年完成补贴性职业技能提升培训6.5万人次以上。', [
    { indicator: 'vocational_training', value: 200000, unit: '人次', comparator: '>=', kind: 'target' },
    { indicator: 'vocational_training', value: 65000, unit: '人次', comparator: '>=', kind: 'target' },
  ]],
  ['2019至2021年，我省将持续推进职业技能提升行动，三年共开展补贴性职业技能培训180万人次以上，其中2019年培训58万人次以上。', [
    { indicator: 'vocational_training', value: 1800000, unit: '人次', comparator: '>=', kind: 'target' },
    { indicator: 'vocational_training', value: 580000, unit: '人次', comparator: '>=', kind: 'target' },
  ]],
  // A month's rate after the half year's mean is that month's, not a part of it; a group's rate after 其中 is a group's.
  ['上半年，全国城镇调查失业率平均为5.7%。其中，4月份，全国城镇调查失业率为6.1%。', [
    { indicator: 'surveyed_unemployment_rate', value: 5.7, unit: '%', comparator: '=', kind: 'actual' },
    { indicator: 'surveyed_unemployment_rate', value: 6.1, unit: '%', comparator: '=', kind: 'actual' },
  ]],
  ['上半年，全国城镇调查失业率平均为5.7%。其中，外来农业户籍劳动力城镇调查失业率为6.1%。', [
    { indicator: 'surveyed_unemployment_rate', value: 5.7, unit: '%', comparator: '=', kind: 'actual' },
  ]],
  // The plan a year's result beat (超出…的预期目标) is the plan, and the result stays a result.
  ['全年城镇新增就业1269万人，超出1100万人以上的预期目标。', [
    { indicator: 'urban_new_jobs', value: 12690000, unit: '人', comparator: '=', kind: 'actual' },
    { indicator: 'urban_new_jobs', value: 11000000, unit: '人', comparator: '>=', kind: 'target' },
  ]],
  // The jobs plan unqualified, where part of the year has run, is the year's; with no part of the year named, nobody's.
  ['全国城镇新增就业654万人。魏翔表示，上半年已经完成就业目标的近60%。', [
    { indicator: 'urban_new_jobs', value: 6540000, unit: '人', comparator: '=', kind: 'actual' },
    { indicator: 'urban_new_jobs', value: 60, unit: '%', comparator: '~', kind: 'progress' },
  ]],
  ['全国城镇新增就业654万人。魏翔表示，已经完成就业目标的近60%。', [
    { indicator: 'urban_new_jobs', value: 6540000, unit: '人', comparator: '=', kind: 'actual' },
  ]],
  // A change straight on to the level it came to (回落0.4个百分点至5.5%): the level is the measure's.
  ['全国城镇新增就业654万人。6月城镇调查失业率比上月回落0.4个百分点至5.5%。', [
    { indicator: 'urban_new_jobs', value: 6540000, unit: '人', comparator: '=', kind: 'actual' },
    { indicator: 'surveyed_unemployment_rate', value: 5.5, unit: '%', comparator: '=', kind: 'actual' },
  ]],
  // An item's aside in brackets (含…与…) neither ends the list of schemes nor splits its item.
  ['我省城镇职工基本养老保险、城镇基本医疗保险(含城镇职工基本医疗保险与城镇居民基本医疗保险)、失业保险、工伤保险的参保人数分别达到1720.3万人、2491.0万人、613.5万人、690.1万人。', [
    { indicator: 'pension_insured', value: 17203000, unit: '人', comparator: '=', kind: 'actual' },
    { indicator: 'unemployment_insurance_insured', value: 6135000, unit: '人', comparator: '=', kind: 'actual' },
    { indicator: 'work_injury_insurance_insured', value: 6901000, unit: '人', comparator: '=', kind: 'actual' },
  ]],
  // The unemployed trained, of every kind or as laid-off workers (培训各类失业人员, 培训失业职工); cadres trained are not.
  ['截至4月底，培训各类失业人员972人，举办失业职工培训班2期，培训失业职工200多人。', [
    { indicator: 'vocational_training', value: 972, unit: '人次', comparator: '=', kind: 'actual' },
    { indicator: 'vocational_training', value: 200, unit: '人次', comparator: '>=', kind: 'actual' },
  ]],
  ['截至4月底，培训各类干部972人。', []],
  ['年初，全市提出今年要完成转移40万农村富余劳动力。', [{ indicator: 'rural_labor_transfer', value: 400000, unit: '人', comparator: '=', kind: 'target' }]],
  ['去年安置村级公益岗106人，城乡居民养老保险覆盖53万人，五年累计新增城镇就业人数约为197万人。', [
    { indicator: 'public_welfare_jobs', value: 106, unit: '人', comparator: '=', kind: 'actual' },
    { indicator: 'pension_insured', value: 530000, unit: '人', comparator: '=', kind: 'actual' },
    { indicator: 'urban_new_jobs', value: 1970000, unit: '人', comparator: '~', kind: 'actual' },
  ]],
  // Employers counted, then their insured staff.
  ['去年全县参加失业保险304个单位7920人。', [{ indicator: 'unemployment_insurance_insured', value: 7920, unit: '人', comparator: '=', kind: 'actual' }]],
  // Sessions counted, then the people trained in them.
  ['去年开展失业人员技能培训20期，培训1000人。', [{ indicator: 'vocational_training', value: 1000, unit: '人次', comparator: '=', kind: 'actual' }]],
  ['去年全县农村劳动力向非农产业转移2270人。', [{ indicator: 'rural_labor_transfer', value: 2270, unit: '人', comparator: '=', kind: 'actual' }]],
  // 输转: how the western provinces name rural labour sent out to work.
  ['去年全省输转农村富余劳动力534万人次。', [{ indicator: 'rural_labor_transfer', value: 5340000, unit: '人', comparator: '=', kind: 'actual' }]],
  // A pension rise's amount, then its share: the share is the rise.
  ['今年全市月人均增加养老金123.44元，增幅为7.26%。', [{ indicator: 'pension_increase', value: 7.26, unit: '%', comparator: '=', kind: 'actual' }]],
  // A rate, then the measure it is: registered or surveyed as the trailing label says.
  ['2009年4.5%的城镇登记失业率目标，与规划内的目标一致。', [{ indicator: 'registered_unemployment_rate', value: 4.5, unit: '%', comparator: '=', kind: 'target' }]],
  ['今年5.5%左右的城镇调查失业率目标保持不变。', [{ indicator: 'surveyed_unemployment_rate', value: 5.5, unit: '%', comparator: '~', kind: 'target' }]],
  // Training before the move is training, not the move.
  ['去年该县开展农村劳动力输出前培训8.7万人次。', [{ indicator: 'vocational_training', value: 87000, unit: '人次', comparator: '=', kind: 'actual' }]],
  // The urban workforce trained, named after the verb.
  ['全年计划培训城镇就业人员1.2万人。', [{ indicator: 'vocational_training', value: 12000, unit: '人次', comparator: '=', kind: 'target' }]],
  // Trades taught (电工、焊工等) are what the area's training teaches, not a trade's own workforce trained.
  ['今年为农村劳动力开展电工、焊工等职业技能培训5万人次。', [{ indicator: 'vocational_training', value: 50000, unit: '人次', comparator: '=', kind: 'actual' }]],
  // 剩余 names surplus labour as 富余 does.
  ['截至7月底，全县完成输转农村剩余劳动力7.2万人次。', [{ indicator: 'rural_labor_transfer', value: 72000, unit: '人', comparator: '=', kind: 'actual' }]],
  // The count between 新增 and the people it counts.
  ['去年全市新增23.25万城镇就业人员。', [{ indicator: 'urban_new_jobs', value: 232500, unit: '人', comparator: '=', kind: 'actual' }]],
  // The trained named between the figure and the training.
  ['去年组织3.1万新生代农民工参加职业技能培训。', [{ indicator: 'vocational_training', value: 31000, unit: '人次', comparator: '=', kind: 'actual' }]],
  ['去年5.9万人参加城乡劳动者就业技能培训。', [{ indicator: 'vocational_training', value: 59000, unit: '人次', comparator: '=', kind: 'actual' }]],
  // Traditional characters read like simplified ones.
  ['截止6月底，城鎮新增就業2842人。', [{ indicator: 'urban_new_jobs', value: 2842, unit: '人', comparator: '=', kind: 'actual' }]],
  // Variant forms some reposts use (貸欵, 破 before a number).
  ['去年全省創業擔保貸欵破100億元。', [{ indicator: 'startup_loans', value: 10000000000, unit: '元', comparator: '>=', kind: 'actual' }]],
  ['去年城鎮登記失業率、調查失業率分別控制在4%和4.5%以內。', [
    { indicator: 'registered_unemployment_rate', value: 4, unit: '%', comparator: '<=', kind: 'actual' },
    { indicator: 'surveyed_unemployment_rate', value: 4.5, unit: '%', comparator: '<=', kind: 'actual' },
  ]],
  // A share of a measure with no figure of its own; two measures, two shares.
  ['截至6月底，城镇新增就业数已完成年度计划的56.2%。', [{ indicator: 'urban_new_jobs', value: 56.2, unit: '%', comparator: '=', kind: 'progress' }]],
  ['去年城镇新增就业、新增发放创业担保贷款分别完成年计划的118.2%、248.57%。', [
    { indicator: 'urban_new_jobs', value: 118.2, unit: '%', comparator: '=', kind: 'progress' },
    { indicator: 'startup_loans', value: 248.57, unit: '%', comparator: '=', kind: 'progress' },
  ]],
  // The figure is the plan's own level.
  ['上半年城镇调查失业率回落至5.5%的年度控制目标内。', [{ indicator: 'surveyed_unemployment_rate', value: 5.5, unit: '%', comparator: '<=', kind: 'target' }]],
  // A topic named before a comma, continued by its own word.
  ['今明两年继续提高企业退休人员基本养老金，人均每年增长10%左右。', [{ indicator: 'pension_increase', value: 10, unit: '%', comparator: '~', kind: 'target' }]],
  // …its rise named by how much (提高幅度为, 调整水平) or by its yearly average (年均增长) after the comma.
  ['今年将继续提高企业退休人员基本养老金，提高幅度为10%。', [{ indicator: 'pension_increase', value: 10, unit: '%', comparator: '=', kind: 'target' }]],
  ['去年企业退休人员基本养老金水平连续提高，年均增长13.3%。', [{ indicator: 'pension_increase', value: 13.3, unit: '%', comparator: '=', kind: 'actual' }]],
  ['今年将调整退休人员基本养老金，总体调整水平4%左右。', [{ indicator: 'pension_increase', value: 4, unit: '%', comparator: '~', kind: 'target' }]],
  // A 分别 list mixing our measures with others pairs what it can.
  ['年末养老保险、医疗保险、工伤保险缴费人数分别达到27380人、49898人、32736人。', [
    { indicator: 'pension_insured', value: 27380, unit: '人', comparator: '=', kind: 'actual' },
    { indicator: 'work_injury_insurance_insured', value: 32736, unit: '人', comparator: '=', kind: 'actual' },
  ]],
  // The same measure a year before, stated beside this year's.
  ['三季度末城镇登记失业率为4.0%，而去年同期为4.1%。', [
    { indicator: 'registered_unemployment_rate', value: 4, unit: '%', comparator: '=', kind: 'actual' },
    { indicator: 'registered_unemployment_rate', value: 4.1, unit: '%', comparator: '=', kind: 'actual' },
  ]],
  // A plan, then what was done of it in the next clause (完成数, 已完成); a figure held up to a plan named after it was done.
  ['城镇新增就业：目标任务5000人，已完成5600人，完成率112%。', [
    { indicator: 'urban_new_jobs', value: 5000, unit: '人', comparator: '=', kind: 'target' },
    { indicator: 'urban_new_jobs', value: 5600, unit: '人', comparator: '=', kind: 'actual' },
    { indicator: 'urban_new_jobs', value: 112, unit: '%', comparator: '=', kind: 'progress' },
  ]],
  // (…with a time of the year leading what was done: 截至9月底完成, 1-9月累计完成.)
  ['城镇新增就业年度目标任务1200人，截至9月底完成2093人，完成率174%。', (['target', 'actual', 'progress'] as const).map((kind, i) => (
    { indicator: 'urban_new_jobs', value: [1200, 2093, 174][i]!, unit: i === 2 ? '%' : '人', comparator: '=', kind }))],
  // A key with its unit in brackets and its bare value (a form, a flattened table): the figure in the bracket's unit.
  ['城镇新增就业（人）：2310，城镇登记失业率（%）：3.2，发放创业担保贷款（万元）：3260。', [
    { indicator: 'urban_new_jobs', value: 2310, unit: '人', comparator: '=', kind: 'actual' },
    { indicator: 'registered_unemployment_rate', value: 3.2, unit: '%', comparator: '=', kind: 'actual' },
    { indicator: 'startup_loans', value: 32600000, unit: '元', comparator: '=', kind: 'actual' },
  ]],
  // (…not a year after the key, nor a value on a line of its own.)
  ['城镇新增就业（人）：2023年完成。', []],
  ['城镇新增就业（人）\n2310', []],
  // (…or a word of now — 目前, 截至目前, 现 — with the plan's word before its measure; a forecast after it is a goal.)
  ['今年全市计划新增城镇就业2万人，目前已完成1.5万人。', [20000, 15000].map((value, i) => (
    { indicator: 'urban_new_jobs', value, unit: '人', comparator: '=', kind: i === 0 ? 'target' : 'actual' }))],
  ['今年城镇新增就业目标为3万人，截至目前已实现2.8万人，预计全年可完成3.3万人。', [30000, 28000, 33000].map((value, i) => (
    { indicator: 'urban_new_jobs', value, unit: '人', comparator: '=', kind: i === 1 ? 'actual' : 'target' }))],
  // (No plan before it: what was 完成 of nothing named is no continuation.)
  ['今年全市新增城镇就业2万人，目前已完成1.5万人。', [{ indicator: 'urban_new_jobs', value: 20000, unit: '人', comparator: '=', kind: 'actual' }]],
  // (…but a time and another verb are another measure: a subsidy paid by June is no loan made.)
  ['发放创业担保贷款：年度目标3亿元，截至6月底贴息1200万元。', [{ indicator: 'startup_loans', value: 300000000, unit: '元', comparator: '=', kind: 'target' }]],
  // (…or by the measure's own verb after 已: 已发放, 已开发.)
  ['发放创业担保贷款：年度目标3亿元，已发放2.7亿元，完成率90%。', (['target', 'actual', 'progress'] as const).map((kind, i) => (
    { indicator: 'startup_loans', value: [300000000, 270000000, 90][i]!, unit: i === 2 ? '%' : '元', comparator: '=', kind }))],
  ['新增公益性岗位：年度目标800个，已开发860个。', [800, 860].map((value, i) => (
    { indicator: 'public_welfare_jobs', value, unit: '个', comparator: '=', kind: i === 0 ? 'target' : 'actual' }))],
  // (Another verb is another measure: an interest subsidy paid is no loan made.)
  ['发放创业担保贷款：年度目标3亿元，已贴息1200万元。', [{ indicator: 'startup_loans', value: 300000000, unit: '元', comparator: '=', kind: 'target' }]],
  // The trained named by the skills they train in; the pension insured with 养老保险 shortened, the scheme named first.
  ['培训各类职业技能人员2.75万人次。', [{ indicator: 'vocational_training', value: 27500, unit: '人次', comparator: '=', kind: 'actual' }]],
  ['城乡居民养老参保5.7万人。', [{ indicator: 'pension_insured', value: 57000, unit: '人', comparator: '=', kind: 'actual' }]],
  // A change on the year before right after the figure measures what was done, whatever an earlier clause urged (确保).
  ['2023年，全省确保重点群体就业稳定，推进经济发展与新增就业同频共振，实现城镇新增就业138.3万人，同比增长5.1%。', [
    { indicator: 'urban_new_jobs', value: 1383000, unit: '人', comparator: '=', kind: 'actual' }]],
  ['今年，全省确保重点群体就业稳定，城镇新增就业138万人以上。', [{ indicator: 'urban_new_jobs', value: 1380000, unit: '人', comparator: '>=', kind: 'target' }]],
  // The trained before the training they took part in (参与); the poor out of poverty trained (培训脱贫劳动力).
  ['近2500人参与技能培训、实用技术培训。', [{ indicator: 'vocational_training', value: 2500, unit: '人次', comparator: '~', kind: 'actual' }]],
  ['去年全省累计培训脱贫劳动力32.76万人次。', [{ indicator: 'vocational_training', value: 327600, unit: '人次', comparator: '=', kind: 'actual' }]],
  ['城镇新增就业5600人，完成5000人的年度目标任务。', [
    { indicator: 'urban_new_jobs', value: 5600, unit: '人', comparator: '=', kind: 'actual' },
    { indicator: 'urban_new_jobs', value: 5000, unit: '人', comparator: '=', kind: 'target' },
  ]],
  // A figure broken down by area after 其中: each part the topic's measure and kind; a group's part stays other.
  ['2021年全市城镇新增就业目标任务为2.5万人，其中，正定县3000人，行唐县2500人。', [
    { indicator: 'urban_new_jobs', value: 25000, unit: '人', comparator: '=', kind: 'target' },
    { indicator: 'urban_new_jobs', value: 3000, unit: '人', comparator: '=', kind: 'target' },
    { indicator: 'urban_new_jobs', value: 2500, unit: '人', comparator: '=', kind: 'target' },
  ]],
  // …after the total's share, in a sentence of their own, each part repeating the measure's words (新增就业), or the
  // first part read by its own label.
  ['全省城镇新增就业38.5万人，完成年度目标任务的87.5%。其中，西安市新增就业15.2万人，宝鸡市新增就业3.1万人。', [
    { indicator: 'urban_new_jobs', value: 385000, unit: '人', comparator: '=', kind: 'actual' },
    { indicator: 'urban_new_jobs', value: 87.5, unit: '%', comparator: '=', kind: 'progress' },
    { indicator: 'urban_new_jobs', value: 152000, unit: '人', comparator: '=', kind: 'actual' },
    { indicator: 'urban_new_jobs', value: 31000, unit: '人', comparator: '=', kind: 'actual' },
  ]],
  ['全省城镇新增就业38.5万人。其中，西安市城镇新增就业15.2万人，宝鸡市3.1万人。', [
    { indicator: 'urban_new_jobs', value: 385000, unit: '人', comparator: '=', kind: 'actual' },
    { indicator: 'urban_new_jobs', value: 152000, unit: '人', comparator: '=', kind: 'actual' },
    { indicator: 'urban_new_jobs', value: 31000, unit: '人', comparator: '=', kind: 'actual' },
  ]],
  // What a meeting demands or makes clear (会议要求，会议明确，) is still to do; what it points out of the year before is done.
  ['1月15日，全省就业工作会议召开。会议要求，2025年全省城镇新增就业70万人以上。', [{ indicator: 'urban_new_jobs', value: 700000, unit: '人', comparator: '>=', kind: 'target' }]],
  ['1月15日，全省就业工作会议召开。会议指出，2024年全省城镇新增就业75.2万人。', [{ indicator: 'urban_new_jobs', value: 752000, unit: '人', comparator: '=', kind: 'actual' }]],
  // A plan's word before the colon of a key and its value (城镇新增就业目标任务：), the value a figure or a list of areas.
  ['今年城镇新增就业目标任务为：5万人。', [{ indicator: 'urban_new_jobs', value: 50000, unit: '人', comparator: '=', kind: 'target' }]],
  ['2024年城镇新增就业目标任务：城关区3500人、七里河区2800人。', [
    { indicator: 'urban_new_jobs', value: 3500, unit: '人', comparator: '=', kind: 'target' },
    { indicator: 'urban_new_jobs', value: 2800, unit: '人', comparator: '=', kind: 'target' },
  ]],
  // …or without 其中, a place opening its clause on the measure heading a list of places the measure runs on over.
  ['截至11月底，长沙市城镇新增就业16.2万人，株洲市4.9万人，湘潭市4.1万人。', [
    { indicator: 'urban_new_jobs', value: 162000, unit: '人', comparator: '=', kind: 'actual' },
    { indicator: 'urban_new_jobs', value: 49000, unit: '人', comparator: '=', kind: 'actual' },
    { indicator: 'urban_new_jobs', value: 41000, unit: '人', comparator: '=', kind: 'actual' },
  ]],
  // …past a semicolon, each place's figure with its share of the plan.
  ['甘州区城镇新增就业1.35万人，完成目标任务的112.5%；临泽县2356人，完成目标任务的107.1%；高台县2810人。', [
    { indicator: 'urban_new_jobs', value: 13500, unit: '人', comparator: '=', kind: 'actual' },
    { indicator: 'urban_new_jobs', value: 112.5, unit: '%', comparator: '=', kind: 'progress' },
    { indicator: 'urban_new_jobs', value: 2356, unit: '人', comparator: '=', kind: 'actual' },
    { indicator: 'urban_new_jobs', value: 107.1, unit: '%', comparator: '=', kind: 'progress' },
    { indicator: 'urban_new_jobs', value: 2810, unit: '人', comparator: '=', kind: 'actual' },
  ]],
  // …the nation's parts by a province's short name after 其中, or by the nation's regions.
  ['全国城镇新增就业1049万人，其中广东132万人，江苏110万人。', [
    { indicator: 'urban_new_jobs', value: 10490000, unit: '人', comparator: '=', kind: 'actual' },
    { indicator: 'urban_new_jobs', value: 1320000, unit: '人', comparator: '=', kind: 'actual' },
    { indicator: 'urban_new_jobs', value: 1100000, unit: '人', comparator: '=', kind: 'actual' },
  ]],
  ['分地区看，东部地区城镇新增就业580万人，中部地区260万人，西部地区220万人。', [
    { indicator: 'urban_new_jobs', value: 5800000, unit: '人', comparator: '=', kind: 'actual' },
    { indicator: 'urban_new_jobs', value: 2600000, unit: '人', comparator: '=', kind: 'actual' },
    { indicator: 'urban_new_jobs', value: 2200000, unit: '人', comparator: '=', kind: 'actual' },
  ]],
  // (A whole area's measure heads no list: the place after its semicolon is another count.)
  ['全市城镇新增就业3.62万人；临泽县2356人。', [
    { indicator: 'urban_new_jobs', value: 36200, unit: '人', comparator: '=', kind: 'actual' },
  ]],
  // (Another place's other measure is no part of it.)
  ['截至11月底，长沙市城镇新增就业16.2万人，湘潭市户籍人口280万人。', [
    { indicator: 'urban_new_jobs', value: 162000, unit: '人', comparator: '=', kind: 'actual' },
  ]],
  // (A part repeating another measure's words is no part of this one.)
  ['全省城镇新增就业38.5万人。其中，西安市转移就业15.2万人。', [
    { indicator: 'urban_new_jobs', value: 385000, unit: '人', comparator: '=', kind: 'actual' },
    { indicator: 'rural_labor_transfer', value: 152000, unit: '人', comparator: '=', kind: 'actual' },
  ]],
  ['全年城镇新增就业5.2万人，其中，高校毕业生就业2.1万人。', [
    { indicator: 'urban_new_jobs', value: 52000, unit: '人', comparator: '=', kind: 'actual' },
  ]],
  // The year's jobs plan named as such, in a sentence with no figure or measure of its own: the plan for 城镇新增就业.
  ['上半年完成全年就业目标近七成。', [{ indicator: 'urban_new_jobs', value: 70, unit: '%', comparator: '~', kind: 'progress' }]],
  // A figure set for the year (定下) is its goal.
  ['城镇新增就业人数首次排全国第一 今年定下120万人', [{ indicator: 'urban_new_jobs', value: 1200000, unit: '人', comparator: '=', kind: 'target' }]],
  // The level at an earlier date the figure is compared with (去年底的, 上月的, 较去年同期的), a plan between them aside.
  ['截至6月底，全省城镇登记失业率3.02%，低于4.5%的控制目标，也低于去年底的3.10%。', [
    { indicator: 'registered_unemployment_rate', value: 3.02, unit: '%', comparator: '=', kind: 'actual' },
    { indicator: 'registered_unemployment_rate', value: 4.5, unit: '%', comparator: '<=', kind: 'target' },
    { indicator: 'registered_unemployment_rate', value: 3.1, unit: '%', comparator: '=', kind: 'actual' },
  ]],
  ['上半年发放创业担保贷款14.77亿元，较去年同期的0.19亿元大幅增长。', [
    { indicator: 'startup_loans', value: 1477000000, unit: '元', comparator: '=', kind: 'actual' },
    { indicator: 'startup_loans', value: 19000000, unit: '元', comparator: '=', kind: 'actual' },
  ]],
  // …and a change on the year before is not the level a year before.
  ['城镇新增就业44.5万人，比去年同期增加3.2万人。', [{ indicator: 'urban_new_jobs', value: 445000, unit: '人', comparator: '=', kind: 'actual' }]],
  // The plan's level in parentheses after its noun, then the share done.
  ['一季度城镇新增就业12.5万人，同比增长18.8%，完成年度目标(45万人)的27.8%。', [
    { indicator: 'urban_new_jobs', value: 125000, unit: '人', comparator: '=', kind: 'actual' },
    { indicator: 'urban_new_jobs', value: 450000, unit: '人', comparator: '=', kind: 'target' },
    { indicator: 'urban_new_jobs', value: 27.8, unit: '%', comparator: '=', kind: 'progress' },
  ]],
  // Public-welfare posts named as the topic, then the posts opened and the people in them.
  ['去年扩容城乡公益性岗位，新开发61.9万个，目前在岗120.5万人。', [
    { indicator: 'public_welfare_jobs', value: 619000, unit: '个', comparator: '=', kind: 'actual' },
    { indicator: 'public_welfare_jobs', value: 1205000, unit: '人', comparator: '=', kind: 'actual' },
  ]],
  // …or named without a figure, then the people they placed in work; the hard-to-employ placed stay theirs.
  ['开发城乡公益性岗位,安置就业159.49万人,规模全国第一。', [{ indicator: 'public_welfare_jobs', value: 1594900, unit: '人', comparator: '=', kind: 'actual' }]],
  ['开发城乡公益性岗位，安置就业困难人员2000人。', [{ indicator: 'hard_to_employ_employment', value: 2000, unit: '人', comparator: '=', kind: 'actual' }]],
  // A loan count in 笔, then the amount lent.
  ['去年发放创业担保贷款1440笔，发放金额3.9亿元。', [{ indicator: 'startup_loans', value: 390000000, unit: '元', comparator: '=', kind: 'actual' }]],
  // …then the loans repaid, whose amount is not lent: only the first 金额 is the loans'.
  ['截止三月底，共发放小额担保贷款109笔，金额累计422.2万元，到期回收小额担保贷款15笔，金额62.2万元。', [{ indicator: 'startup_loans', value: 4222000, unit: '元', comparator: '=', kind: 'actual' }]],
  // A rate continued month by month, clause by clause, with a cause between month and verb.
  ['一季度全国城镇调查失业率均值为5.5%，处于较低水平。4月份受疫情影响走高至6.1%，5月份回落至5.9%。', [
    { indicator: 'surveyed_unemployment_rate', value: 5.5, unit: '%', comparator: '=', kind: 'actual' },
    { indicator: 'surveyed_unemployment_rate', value: 6.1, unit: '%', comparator: '=', kind: 'actual' },
    { indicator: 'surveyed_unemployment_rate', value: 5.9, unit: '%', comparator: '=', kind: 'actual' },
  ]],
  // A pension rise: the rate, then the pensions it raises, or by the month's pension; a headline's halves set apart by a
  // blank, the measure in the first, its average in the second.
  ['人社部相关负责人解释称，今年按5.5%左右调整退休人员待遇。', [{ indicator: 'pension_increase', value: 5.5, unit: '%', comparator: '~', kind: 'actual' }]],
  ['今年按5.5%左右调整退休人员医疗待遇。', []],
  // The part of a rise linked to each one's own pension is no overall level; the level against last year's average is.
  ['挂钩调整：再按本人基本养老金水平的0.53%增加基本养老金。', []],
  ['挂钩调整：再按本人2024年12月基本养老金的0.8%增加。', []],
  ['总体调整水平为2024年退休人员月人均基本养老金的2%。', [{ indicator: 'pension_increase', value: 2, unit: '%', comparator: '=', kind: 'actual' }]],
  ['提高企业退休人员基本养老金，人均月增长6.7%。', [{ indicator: 'pension_increase', value: 6.7, unit: '%', comparator: '=', kind: 'actual' }]],
  ['城镇新增就业超额完成规划目标 年均增长66万人以上', [{ indicator: 'urban_new_jobs', value: 660000, unit: '人', comparator: '>=', kind: 'actual' }]],
  // The registered rate averaged over the year's months, then its ceiling.
  ['2023年度,我县城镇登记月平均失业率为2.42%,控制在4.5%以内。', [
    { indicator: 'registered_unemployment_rate', value: 2.42, unit: '%', comparator: '=', kind: 'actual' },
    { indicator: 'registered_unemployment_rate', value: 4.5, unit: '%', comparator: '<=', kind: 'target' },
  ]],
  // The trained, then the training provided them; a subsidy provided is no training.
  ['依托零工市场,发布就业岗位2万余个,为6000余人提供就业培训。', [{ indicator: 'vocational_training', value: 6000, unit: '人次', comparator: '>=', kind: 'actual' }]],
  ['为300人提供就业培训补贴。', []],
  // (The trained named between: 对8318名…人员提供免费再就业培训.)
  ['2003年，对8318名城镇下岗职工和就业转失业人员提供了免费再就业培训。', [{ indicator: 'vocational_training', value: 8318, unit: '人次', comparator: '=', kind: 'actual' }]],
  ['2003年，对8318名城镇下岗职工和就业转失业人员提供了免费体检。', []],
  // …or 实施 for them, the course's length between the kind and the training.
  ['对6765名农民实施了职业技能中期和短期培训。', [{ indicator: 'vocational_training', value: 6765, unit: '人次', comparator: '=', kind: 'actual' }]],
  ['全区共对2.6万农民工实施了技能培训，占已转移总数的22%。', [{ indicator: 'vocational_training', value: 26000, unit: '人次', comparator: '=', kind: 'actual' }]],
  // …to a month of this year, the verb 增至.
  ['全国参加基本养老保险人数从2016年末的88777万人增至今年6月的97601万人，基本实现法定人员全覆盖。', [
    { indicator: 'pension_insured', value: 887770000, unit: '人', comparator: '=', kind: 'actual' },
    { indicator: 'pension_insured', value: 976010000, unit: '人', comparator: '=', kind: 'actual' },
  ]],
  // …from one year's average to another's.
  ['城镇调查失业率从2022年均值5.9%下降至2024年均值5.5%，保持在预期控制目标以内。', [
    { indicator: 'surveyed_unemployment_rate', value: 5.9, unit: '%', comparator: '=', kind: 'actual' },
    { indicator: 'surveyed_unemployment_rate', value: 5.5, unit: '%', comparator: '=', kind: 'actual' },
  ]],
  // …after the trend the clause before ended on.
  ['城镇调查失业率从2月份的5.5%逐步回落，7月份为5.1%，同比下降了0.6个百分点。', [
    { indicator: 'surveyed_unemployment_rate', value: 5.5, unit: '%', comparator: '=', kind: 'actual' },
    { indicator: 'surveyed_unemployment_rate', value: 5.1, unit: '%', comparator: '=', kind: 'actual' },
  ]],
  // …but not a share of something else after a comma, nor after a trend of something else.
  ['城镇调查失业率从2月份的5.5%逐步回落，青年占比回落，7月份为19.9%。', [
    { indicator: 'surveyed_unemployment_rate', value: 5.5, unit: '%', comparator: '=', kind: 'actual' },
  ]],
  ['一季度全国城镇调查失业率均值为5.5%，5月份青年占比回落至19.9%。', [
    { indicator: 'surveyed_unemployment_rate', value: 5.5, unit: '%', comparator: '=', kind: 'actual' },
  ]],
  // A year's count, a change on the year before, the share of the plan, then the same measure held for years.
  ['2018年，我国城镇新增就业1361万人，比上年多增10万人，完成全年目标的123.7%，连续6年保持在1300万人以上。', [
    { indicator: 'urban_new_jobs', value: 13610000, unit: '人', comparator: '=', kind: 'actual' },
    { indicator: 'urban_new_jobs', value: 123.7, unit: '%', comparator: '=', kind: 'progress' },
    { indicator: 'urban_new_jobs', value: 13000000, unit: '人', comparator: '>=', kind: 'actual' },
  ]],
  // A rate kept within its range, then the plan's ceiling it met.
  ['上年各月全国城镇调查失业率保持在4.8%至5.1%之间，实现了低于5.5%的预期目标。', [
    { indicator: 'surveyed_unemployment_rate', value: 4.8, max: 5.1, unit: '%', comparator: 'range', kind: 'actual' },
    { indicator: 'surveyed_unemployment_rate', value: 5.5, unit: '%', comparator: '<=', kind: 'target' },
  ]],
  // A key and its value, with the year between.
  ['城镇新增就业人数：2023年达到38156人，完成年度任务的109.01%。', [
    { indicator: 'urban_new_jobs', value: 38156, unit: '人', comparator: '=', kind: 'actual' },
    { indicator: 'urban_new_jobs', value: 109.01, unit: '%', comparator: '=', kind: 'progress' },
  ]],
  // 失业再就业 in short; 下岗人员再就业 after its figure.
  ['去年失业再就业941人，安排4.04万人下岗人员再就业。', [
    { indicator: 'unemployed_reemployment', value: 941, unit: '人', comparator: '=', kind: 'actual' },
    { indicator: 'unemployed_reemployment', value: 40400, unit: '人', comparator: '=', kind: 'actual' },
  ]],
  // Minimum wages set anew after the old ones, in order; a loan limit raised is no standard.
  ['将现行月最低工资标准由一类1620元、二类1520元，依次调整为1700元、1600元。', [
    { indicator: 'minimum_wage', value: 1620, unit: '元', comparator: '=', kind: 'actual' },
    { indicator: 'minimum_wage', value: 1520, unit: '元', comparator: '=', kind: 'actual' },
    { indicator: 'minimum_wage', value: 1700, unit: '元', comparator: '=', kind: 'actual' },
    { indicator: 'minimum_wage', value: 1600, unit: '元', comparator: '=', kind: 'actual' },
  ]],
  ['个人创业担保贷款额度由10万元，提高到20万元。', []],
  // Skills training named by its own kind inside a total of every kind of training is the indicator's; a programme's
  // training inside it is a part.
  ['开展补贴性职业培训2975人次，其中职业技能培训2300人次，创业培训675人次。', [
    { indicator: 'vocational_training', value: 2975, unit: '人次', comparator: '=', kind: 'actual' },
    { indicator: 'vocational_training', value: 2300, unit: '人次', comparator: '=', kind: 'actual' },
  ]],
  ['开展补贴性职业培训2975人次，其中电子商务培训600人次。', [
    { indicator: 'vocational_training', value: 2975, unit: '人次', comparator: '=', kind: 'actual' },
  ]],
  // Cards made and issued where the social security card was just named, counted by the people they were made for; a
  // bank card's issue is no such count.
  ['社会保障卡应用工作稳步推进。截至9月末，全州制卡有效人数已经达到189.8万人，累计发卡178.8万人。', [
    { indicator: 'social_security_cards', value: 1898000, unit: '张', comparator: '=', kind: 'actual' },
    { indicator: 'social_security_cards', value: 1788000, unit: '张', comparator: '=', kind: 'actual' },
  ]],
  ['信用卡业务稳步推进。截至9月末，全行累计发卡178.8万人。', []],
  // Guaranteed loans paid out, said as the lender's 放款; the interest paid for them is no amount lent, nor a loan cap.
  ['2016年，全市小额担保创业贷款累计发放332笔，放款额度3013万元。兑付小额担保创业贷款贴息资金为203万元。', [
    { indicator: 'startup_loans', value: 30130000, unit: '元', comparator: '=', kind: 'actual' },
  ]],
  ['创业担保贷款政策进一步放宽，小微企业贷款额度50万元以内。', []],
  // A month's rate of the whole nation named without its survey is the survey's; the year's ceiling stays registered.
  ['中国12月全国城镇失业率为4.9%。', [{ indicator: 'surveyed_unemployment_rate', value: 4.9, unit: '%', comparator: '=', kind: 'actual' }]],
  ['全国城镇失业率为4.9%。', [{ indicator: 'registered_unemployment_rate', value: 4.9, unit: '%', comparator: '=', kind: 'actual' }]],
  // The laid-off back in work, with 实现了 between (and not those still waiting).
  ['全年有9.8万下岗人员实现了再就业。', [{ indicator: 'unemployed_reemployment', value: 98000, unit: '人', comparator: '=', kind: 'actual' }]],
  ['全年有9.8万下岗人员等待再就业。', []],
  // A level below the year before's, and the arbitration closure rate written with 案件.
  ['城镇登记失业率为2.57%，低于去年同期的2.95%。劳动争议仲裁案件结案率96.86%，仲裁院结案率98.9%。', [
    { indicator: 'registered_unemployment_rate', value: 2.57, unit: '%', comparator: '=', kind: 'actual' },
    { indicator: 'registered_unemployment_rate', value: 2.95, unit: '%', comparator: '=', kind: 'actual' },
    { indicator: 'arbitration_closure_rate', value: 96.86, unit: '%', comparator: '=', kind: 'actual' },
    { indicator: 'arbitration_closure_rate', value: 98.9, unit: '%', comparator: '=', kind: 'actual' },
  ]],
  // 劳务输转: rural labour sent out to work, as the western provinces write it.
  ['确保全年劳务输转70万人。', [{ indicator: 'rural_labor_transfer', value: 700000, unit: '人', comparator: '=', kind: 'target' }]],
  // Spaced punctuation before the plan; a change on the same time last year is no figure a share qualifies.
  ['上半年郑州全市完成新增城镇就业7.68万人 , 完成全年11.4万人目标任务的67.36% 。', [
    { indicator: 'urban_new_jobs', value: 76800, unit: '人', comparator: '=', kind: 'actual' },
    { indicator: 'urban_new_jobs', value: 114000, unit: '人', comparator: '=', kind: 'target' },
    { indicator: 'urban_new_jobs', value: 67.36, unit: '%', comparator: '=', kind: 'progress' },
  ]],
  ['一季度实现城镇新增就业11.72万人，比去年同期增加0.13万人，完成全年目标任务的29.31%。', [
    { indicator: 'urban_new_jobs', value: 117200, unit: '人', comparator: '=', kind: 'actual' },
    { indicator: 'urban_new_jobs', value: 29.31, unit: '%', comparator: '=', kind: 'progress' },
  ]],
  // 帮助…名城镇登记失业人员实现再就业; a loan count, a comma, then the amount.
  ['一季度帮助4.45万名城镇登记失业人员实现再就业，发放创业担保贷款377笔，共6.88亿元。', [
    { indicator: 'unemployed_reemployment', value: 44500, unit: '人', comparator: '=', kind: 'actual' },
    { indicator: 'startup_loans', value: 688000000, unit: '元', comparator: '=', kind: 'actual' },
  ]],
  // The measure named, then its total over the span after a comma.
  ['“十三五”以来城镇新增就业人数持续上升，累计达225.43万人。', [{ indicator: 'urban_new_jobs', value: 2254300, unit: '人', comparator: '=', kind: 'actual' }]],
  // A bare closure rate on an arbitration court's page.
  ['罗湖区劳动人事争议仲裁院面对案件激增，去年结案率达98.9%。', [{ indicator: 'arbitration_closure_rate', value: 98.9, unit: '%', comparator: '=', kind: 'actual' }]],
  // …or held to a floor in a goal.
  ['确保调解仲裁“零障碍”，年末案件调解成功率达60%以上，结案率要保持95%以上。', [
    { indicator: 'mediation_success_rate', value: 60, unit: '%', comparator: '>=', kind: 'target' },
    { indicator: 'arbitration_closure_rate', value: 95, unit: '%', comparator: '>=', kind: 'target' },
  ]],
  // A forecast of the year’s outcome said to beat its targets is an outcome (and see 比全年900万的预定目标超出 above); a bare forecast stays a goal.
  ['年底城镇失业人员再就业将达520万人以上，都超额完成了全年目标任务。', [{ indicator: 'unemployed_reemployment', value: 5200000, unit: '人', comparator: '>=', kind: 'actual' }]],
  ['明年城镇失业人员再就业将达520万人以上。', [{ indicator: 'unemployed_reemployment', value: 5200000, unit: '人', comparator: '>=', kind: 'target' }]],
  // Training for the move is training, not the move.
  ['一季度农村劳动力转移就业培训5.87万人。', [{ indicator: 'vocational_training', value: 58700, unit: '人次', comparator: '=', kind: 'actual' }]],
  ['去年特殊困难人员有4.3万人实现就业。', [{ indicator: 'hard_to_employ_employment', value: 43000, unit: '人', comparator: '=', kind: 'actual' }]],
  // Digits with Chinese powers in two parts.
  ['去年新增城镇就业3万2千人。', [{ indicator: 'urban_new_jobs', value: 32000, unit: '人', comparator: '=', kind: 'actual' }]],
  // A level from a dated start to a later one: both ends are the measure's, the scheme's bare name included.
  ['基本养老保险参保人数从2012年的1228万人增加到2020年的1570.6万人，工伤保险从248.9万人增加到336万人。', [
    { indicator: 'pension_insured', value: 12280000, unit: '人', comparator: '=', kind: 'actual' },
    { indicator: 'pension_insured', value: 15706000, unit: '人', comparator: '=', kind: 'actual' },
    { indicator: 'work_injury_insurance_insured', value: 2489000, unit: '人', comparator: '=', kind: 'actual' },
    { indicator: 'work_injury_insurance_insured', value: 3360000, unit: '人', comparator: '=', kind: 'actual' },
  ]],
  // The figure in brackets right after its label; the count before the measure it counts; 输转城乡富余劳动力.
  ['去年全国城镇登记失业率(3.80%)保持低位。', [{ indicator: 'registered_unemployment_rate', value: 3.8, unit: '%', comparator: '=', kind: 'actual' }]],
  ['为了完成23万城镇新增就业的目标，将采取七项措施。', [{ indicator: 'urban_new_jobs', value: 230000, unit: '人', comparator: '=', kind: 'target' }]],
  ['至5月底，共组织输转城乡富余劳动力15.71万人。', [{ indicator: 'rural_labor_transfer', value: 157100, unit: '人', comparator: '=', kind: 'actual' }]],
  // A goal a leadership set out (提出要“…”).
  ['今年4月，省委、省政府提出要“新增城镇就业110万人”。', [{ indicator: 'urban_new_jobs', value: 1100000, unit: '人', comparator: '=', kind: 'target' }]],
  // A label, a comma, then the date its figure stands at; the goal after it, named 目标是控制在.
  ['城镇调查失业率，到去年底控制在4.5%左右，目标是控制在5%以内。', [
    { indicator: 'surveyed_unemployment_rate', value: 4.5, unit: '%', comparator: '~', kind: 'actual' },
    { indicator: 'surveyed_unemployment_rate', value: 5, unit: '%', comparator: '<=', kind: 'target' },
  ]],
  // 实现了 before the outcome; 失业登记率 for the registered rate; labour 输出 for transfers.
  ['去年15217名就业困难人员实现了就业再就业，553万城镇失业人员实现了再就业。', [
    { indicator: 'hard_to_employ_employment', value: 15217, unit: '人', comparator: '=', kind: 'actual' },
    { indicator: 'unemployed_reemployment', value: 5530000, unit: '人', comparator: '=', kind: 'actual' },
  ]],
  // The group glossed in brackets, or its best-known part named first; the part alone is no count of the group's.
  ['去年帮助390万就业困难人员(“4050”人员)实现了再就业。', [{ indicator: 'hard_to_employ_employment', value: 3900000, unit: '人', comparator: '=', kind: 'actual' }]],
  ['去年帮助1051名“4050”人员等就业困难对象实现就业再就业。', [{ indicator: 'hard_to_employ_employment', value: 1051, unit: '人', comparator: '=', kind: 'actual' }]],
  ['去年帮助1051名困难群众实现再就业。', []],
  ['去年城镇失业登记率为3.44%，农村劳动力输出人数达175.16万人。', [
    { indicator: 'registered_unemployment_rate', value: 3.44, unit: '%', comparator: '=', kind: 'actual' },
    { indicator: 'rural_labor_transfer', value: 1751600, unit: '人', comparator: '=', kind: 'actual' },
  ]],
  // The people counted, then their move (b59's 甘肃 and 靖远 items).
  ['截至目前，帮助58个受援县5.76万名农村劳动力实现转移就业。', [{ indicator: 'rural_labor_transfer', value: 57600, unit: '人', comparator: '=', kind: 'actual' }]],
  // (Where they come from, and the move said without 就业; a transfer payment is none.)
  ['去年帮助11.5万名灾区农民工转移就业，帮助10万名农村劳动力实现转移。', [
    { indicator: 'rural_labor_transfer', value: 115000, unit: '人', comparator: '=', kind: 'actual' },
    { indicator: 'rural_labor_transfer', value: 100000, unit: '人', comparator: '=', kind: 'actual' },
  ]],
  ['去年为10万名农村劳动力实现转移支付补贴。', []],
  ['去年吸纳4.4万多劳动力就近转移就业。', [{ indicator: 'rural_labor_transfer', value: 44000, unit: '人', comparator: '>=', kind: 'actual' }]],
  // …and herders and farmers, as the west writes its rural workforce (b73a's 西藏 headline).
  ['今年全区52.4万名农牧民实现转移就业。', [{ indicator: 'rural_labor_transfer', value: 524000, unit: '人', comparator: '=', kind: 'actual' }]],
  ['今年全区52.4万名农牧民参加医疗保险。', []],
  // Items of one list share the plan noun after its last: both figures are the plan that was met.
  ['去年全面完成城镇新增就业1000万人以上、城镇登记失业率控制在4.5%以内的目标。', [
    { indicator: 'urban_new_jobs', value: 10000000, unit: '人', comparator: '>=', kind: 'target' },
    { indicator: 'registered_unemployment_rate', value: 4.5, unit: '%', comparator: '<=', kind: 'target' },
  ]],
  // (…however many items, their own labels saying 实现: b70a's 2004 review.)
  ['超额完成全年城镇新增就业900万人、下岗失业人员实现再就业500万人、城镇登记失业率控制在4.7%以内的目标。', [
    { indicator: 'urban_new_jobs', value: 9000000, unit: '人', comparator: '=', kind: 'target' },
    { indicator: 'unemployed_reemployment', value: 5000000, unit: '人', comparator: '=', kind: 'target' },
    { indicator: 'registered_unemployment_rate', value: 4.7, unit: '%', comparator: '<=', kind: 'target' },
  ]],
  // …or closed by 等 and whose plan it is, however far it was beaten (b159a's 新疆 funds); items done 等 are done.
  ['保障新增城镇就业44万人、农村富余劳动力转移就业260万人(次)等自治区年度就业工作目标任务提前超额完成。', [
    { indicator: 'urban_new_jobs', value: 440000, unit: '人', comparator: '=', kind: 'target' },
    { indicator: 'rural_labor_transfer', value: 2600000, unit: '人', comparator: '=', kind: 'target' },
  ]],
  ['全年城镇新增就业44万人、农村劳动力转移就业260万人等，各项工作取得新成效。', [
    { indicator: 'urban_new_jobs', value: 440000, unit: '人', comparator: '=', kind: 'actual' },
    { indicator: 'rural_labor_transfer', value: 2600000, unit: '人', comparator: '=', kind: 'actual' },
  ]],
  // What a report proposes is a plan, however its sentence goes on (b74c's 2022 briefing).
  ['《报告》提出城镇调查失业率全年控制在5.5%以内。', [
    { indicator: 'surveyed_unemployment_rate', value: 5.5, unit: '%', comparator: '<=', kind: 'target' },
  ]],
  ['报告显示城镇调查失业率全年为5.1%。', [
    { indicator: 'surveyed_unemployment_rate', value: 5.1, unit: '%', comparator: '=', kind: 'actual' },
  ]],
  // The count, then the cards or the posts it counts; farm labour's surplus moved (b74b's 海门 and 刘公庙, b74c's 福州).
  ['2015年该市的工作目标是完成制作、发行30万张社保卡。', [{ indicator: 'social_security_cards', value: 300000, unit: '张', comparator: '=', kind: 'target' }]],
  ['全镇113人通过公益性岗位实现稳定就业。', [{ indicator: 'public_welfare_jobs', value: 113, unit: '人', comparator: '=', kind: 'actual' }]],
  ['去年转移农业富余劳动力4.9万人。', [{ indicator: 'rural_labor_transfer', value: 49000, unit: '人', comparator: '=', kind: 'actual' }]],
  ['全市社保卡服务网点300个。', []],
  // A rate of about so much is a plan's, and so is the list it stands in (b48a's 2020 report figures); the same rates
  // quoted as the targets an outcome beat leave the outcome alone (b24b's 2019).
  ['城镇新增就业900万人以上，城镇调查失业率6%左右，城镇登记失业率5.5%左右。', [
    { indicator: 'urban_new_jobs', value: 9000000, unit: '人', comparator: '>=', kind: 'target' },
    { indicator: 'surveyed_unemployment_rate', value: 6, unit: '%', comparator: '~', kind: 'target' },
    { indicator: 'registered_unemployment_rate', value: 5.5, unit: '%', comparator: '~', kind: 'target' },
  ]],
  ['2019年，全国城镇登记失业率为3.62%，优于“城镇调查失业率5.5%左右”等预期目标。', [
    { indicator: 'registered_unemployment_rate', value: 3.62, unit: '%', comparator: '=', kind: 'actual' },
    { indicator: 'surveyed_unemployment_rate', value: 5.5, unit: '%', comparator: '~', kind: 'target' },
  ]],
  // (…and a list item that meets the plan names no plan of its own: the figure before it is what was done.)
  ['去年城镇新增就业5万人、超额完成了省下达的目标。', [{ indicator: 'urban_new_jobs', value: 50000, unit: '人', comparator: '=', kind: 'actual' }]],
  // An area's expectation for its year is its plan (b60's 广东 item).
  ['广东省预期2019年城镇新增就业110万人，城镇登记失业率控制在3.5%以内。', [
    { indicator: 'urban_new_jobs', value: 1100000, unit: '人', comparator: '=', kind: 'target' },
    { indicator: 'registered_unemployment_rate', value: 3.5, unit: '%', comparator: '<=', kind: 'target' },
  ]],
  // The scheme's count again, at another date, named by the bare 参保人数.
  ['截止2012年底，工伤保险参保人数达3.66万人，是2003年底参保人数6944人的5.27倍。', [
    { indicator: 'work_injury_insurance_insured', value: 36600, unit: '人', comparator: '=', kind: 'actual' },
    { indicator: 'work_injury_insurance_insured', value: 6944, unit: '人', comparator: '=', kind: 'actual' },
  ]],
  // A change on the year before between the measure and its plan: the plan is still the measure's (b64's 呼和浩特).
  // A sentence opening on its plan's goals states them, 累计 or not; the same figure opening a review is done.
  ['规划目标，“十四五”时期，全省累计开展各类补贴性职业技能培训150万人次以上。', [{ indicator: 'vocational_training', value: 1500000, unit: '人次', comparator: '>=', kind: 'target' }]],
  ['回顾“十三五”，全省累计开展各类补贴性职业技能培训150万人次以上。', [{ indicator: 'vocational_training', value: 1500000, unit: '人次', comparator: '>=', kind: 'actual' }]],
  // A forecast measured against the period before is of an outcome; alone, it is a goal.
  ['“十四五”期间，长沙市预计累计城镇新增就业78.27万人，较“十三五”时期增长9.59%。', [{ indicator: 'urban_new_jobs', value: 782700, unit: '人', comparator: '=', kind: 'actual' }]],
  ['“十四五”期间，长沙市预计累计城镇新增就业80万人。', [{ indicator: 'urban_new_jobs', value: 800000, unit: '人', comparator: '=', kind: 'target' }]],
  ['今年上半年，首府农村劳动力转移就业26.2万人，同比增长28.4%，完成目标任务27万人的97.15%。', [
    { indicator: 'rural_labor_transfer', value: 262000, unit: '人', comparator: '=', kind: 'actual' },
    { indicator: 'rural_labor_transfer', value: 270000, unit: '人', comparator: '=', kind: 'target' },
    { indicator: 'rural_labor_transfer', value: 97.15, unit: '%', comparator: '=', kind: 'progress' },
  ]],
  // …nor are two changes, on the year and on the quarter before (环比).
  ['前三季度，全省实现城镇新增就业97.6万人，同比增加3.7万人，较二季度环比增加33.7万人，完成全年目标任务110万人的88.75%。', [
    { indicator: 'urban_new_jobs', value: 976000, unit: '人', comparator: '=', kind: 'actual' },
    { indicator: 'urban_new_jobs', value: 1100000, unit: '人', comparator: '=', kind: 'target' },
    { indicator: 'urban_new_jobs', value: 88.75, unit: '%', comparator: '=', kind: 'progress' },
  ]],
  ['去年为21.3万农村劳动力提供了免费就业服务，12.1万人实现了转移就业。', [{ indicator: 'rural_labor_transfer', value: 121000, unit: '人', comparator: '=', kind: 'actual' }]],
  // 成 is tenths: 近七成 a share of the year's plan, as 70% would be.
  ['上半年城镇新增就业737万人，完成全年就业目标近七成。', [
    { indicator: 'urban_new_jobs', value: 7370000, unit: '人', comparator: '=', kind: 'actual' },
    { indicator: 'urban_new_jobs', value: 70, unit: '%', comparator: '~', kind: 'progress' },
  ]],
  ['去年新添城镇就业 21.84 万人，开展就业创业培训 3762人。', [
    { indicator: 'urban_new_jobs', value: 218400, unit: '人', comparator: '=', kind: 'actual' },
    { indicator: 'vocational_training', value: 3762, unit: '人次', comparator: '=', kind: 'actual' },
  ]],
  ['一季度城镇各类失业人员再就业培训600人。', [{ indicator: 'vocational_training', value: 600, unit: '人次', comparator: '=', kind: 'actual' }]],
  // b67's phrasings: the trained then the training they completed, the migrant workers then their move, the hard to
  // employ as 对象 after 安置, and their 新增就业.
  ['去年近40万农民完成就业培训，9.87万农民工实现了就近就地转移就业。', [
    { indicator: 'vocational_training', value: 400000, unit: '人次', comparator: '~', kind: 'actual' },
    { indicator: 'rural_labor_transfer', value: 98700, unit: '人', comparator: '=', kind: 'actual' },
  ]],
  ['去年安置大龄就业困难对象8.65万人，就业困难人员新增就业39万人。', [
    { indicator: 'hard_to_employ_employment', value: 86500, unit: '人', comparator: '=', kind: 'actual' },
    { indicator: 'hard_to_employ_employment', value: 390000, unit: '人', comparator: '=', kind: 'actual' },
  ]],
  ['上半年帮助6.01万名城镇登记失业人员再就业。', [{ indicator: 'unemployed_reemployment', value: 60100, unit: '人', comparator: '=', kind: 'actual' }]],
  ['去年全市实现农村转移就业20.8万人，组织本市农村转移培训12660人。', [
    { indicator: 'rural_labor_transfer', value: 208000, unit: '人', comparator: '=', kind: 'actual' },
    { indicator: 'vocational_training', value: 12660, unit: '人次', comparator: '=', kind: 'actual' },
  ]],
  ['2021年以来，全市新增城镇就业5.8648万人，完成市定目标(5.5万人)的106.6%。', [
    { indicator: 'urban_new_jobs', value: 58648, unit: '人', comparator: '=', kind: 'actual' },
    { indicator: 'urban_new_jobs', value: 55000, unit: '人', comparator: '=', kind: 'target' },
    { indicator: 'urban_new_jobs', value: 106.6, unit: '%', comparator: '=', kind: 'progress' },
  ]],
  // (…who set the plan before the year's word: 省下达年度任务.)
  ['1-9月，全市城镇新增就业3.12万人，完成省下达年度任务（2.8万人）的111.4%。', [
    { indicator: 'urban_new_jobs', value: 31200, unit: '人', comparator: '=', kind: 'actual' },
    { indicator: 'urban_new_jobs', value: 28000, unit: '人', comparator: '=', kind: 'target' },
    { indicator: 'urban_new_jobs', value: 111.4, unit: '%', comparator: '=', kind: 'progress' },
  ]],
  // (…or a town's, set by its county: 县下达任务.)
  ['全年实现城镇新增就业156人，完成县下达任务120人的130%。', [
    { indicator: 'urban_new_jobs', value: 156, unit: '人', comparator: '=', kind: 'actual' },
    { indicator: 'urban_new_jobs', value: 120, unit: '人', comparator: '=', kind: 'target' },
    { indicator: 'urban_new_jobs', value: 130, unit: '%', comparator: '=', kind: 'progress' },
  ]],
  ['今年组织培训群众9547人。', [{ indicator: 'vocational_training', value: 9547, unit: '人次', comparator: '=', kind: 'actual' }]],
  // Training for the move of surplus rural labour trains; it moves no one.
  ['上半年农村富余劳动力转移就业培训41.81万人次。', [{ indicator: 'vocational_training', value: 418100, unit: '人次', comparator: '=', kind: 'actual' }]],
  ['养老保险目前已覆盖近十亿人。', [{ indicator: 'pension_insured', value: 1000000000, unit: '人', comparator: '~', kind: 'actual' }]],
  // A bare 累计培训 continuing the training named in the clause before.
  ['针对家政服务等专业开展就业技能培训，累计培训5290人。', [{ indicator: 'vocational_training', value: 5290, unit: '人次', comparator: '=', kind: 'actual' }]],
  // A rate's trend, then the months it moved between, then their mean.
  ['城镇调查失业率连续回落，由2月份5.8%回落至4月份的5.2%，均值5.4%。', [
    { indicator: 'surveyed_unemployment_rate', value: 5.8, unit: '%', comparator: '=', kind: 'actual' },
    { indicator: 'surveyed_unemployment_rate', value: 5.2, unit: '%', comparator: '=', kind: 'actual' },
    { indicator: 'surveyed_unemployment_rate', value: 5.4, unit: '%', comparator: '=', kind: 'actual' },
  ]],
  // Two measures joined before one figure they share: the figure is both measures'.
  ['今年主要预期目标是：城镇调查失业率和登记失业率稳定在4.3%左右。', [
    { indicator: 'registered_unemployment_rate', value: 4.3, unit: '%', comparator: '~', kind: 'target' },
    { indicator: 'surveyed_unemployment_rate', value: 4.3, unit: '%', comparator: '~', kind: 'target' },
  ]],
  // …but a 分别 list gives each its own.
  ['上半年，城镇调查失业率和登记失业率分别为5.2%、4.1%。', [
    { indicator: 'surveyed_unemployment_rate', value: 5.2, unit: '%', comparator: '=', kind: 'actual' },
    { indicator: 'registered_unemployment_rate', value: 4.1, unit: '%', comparator: '=', kind: 'actual' },
  ]],
  // A rate's continuation word two clauses on, after clauses with subjects of their own, continues another measure.
  ['今年主要预期目标：城镇登记失业率稳定在4.3%左右，居民人均可支配收入增长与经济增长基本同步，环保投入相当于全市生产总值的比例保持在3%左右。', [
    { indicator: 'registered_unemployment_rate', value: 4.3, unit: '%', comparator: '~', kind: 'target' },
  ]],
  // A paragraph whose first sentence names the scheme: its areas' bare 发放贷款 are the scheme's, however far on.
  ['1-4月份，全市共发放创业担保贷款1963笔28971.6万元，完成目标任务的42.97%，其中市本级发放贷款9515万元，完成目标任务的48.06%；灵宝市发放贷款4741.1万元，完成目标任务的38.14%；义马市发放贷款1928.5万元，完成目标任务的50.09%；卢氏县发放贷款4230万元，完成目标任务的46.33%。', [
    { indicator: 'startup_loans', value: 289716000, unit: '元', comparator: '=', kind: 'actual' },
    { indicator: 'startup_loans', value: 42.97, unit: '%', comparator: '=', kind: 'progress' },
    { indicator: 'startup_loans', value: 95150000, unit: '元', comparator: '=', kind: 'actual' },
    { indicator: 'startup_loans', value: 48.06, unit: '%', comparator: '=', kind: 'progress' },
    { indicator: 'startup_loans', value: 47411000, unit: '元', comparator: '=', kind: 'actual' },
    { indicator: 'startup_loans', value: 38.14, unit: '%', comparator: '=', kind: 'progress' },
    { indicator: 'startup_loans', value: 19285000, unit: '元', comparator: '=', kind: 'actual' },
    { indicator: 'startup_loans', value: 50.09, unit: '%', comparator: '=', kind: 'progress' },
    { indicator: 'startup_loans', value: 42300000, unit: '元', comparator: '=', kind: 'actual' },
    { indicator: 'startup_loans', value: 46.33, unit: '%', comparator: '=', kind: 'progress' },
  ]],
  // The verb, the count, then the farm's surplus labour after it.
  ['新疆三年转移300多万农业富余劳动力。', [{ indicator: 'rural_labor_transfer', value: 3000000, unit: '人', comparator: '>=', kind: 'actual' }]],
  // Labour moved, no group named: the rural transfer.
  ['去年全区实现劳动力转移11.92万人。', [{ indicator: 'rural_labor_transfer', value: 119200, unit: '人', comparator: '=', kind: 'actual' }]],
  // The posts, then their name with 就业 inside it (公益性就业岗位).
  ['今年全市购买3000个公益性就业岗位。', [{ indicator: 'public_welfare_jobs', value: 3000, unit: '个', comparator: '=', kind: 'actual' }]],
  // 约有: about so many there are.
  ['2000年全国农村转移劳动力约有1.13亿人。', [{ indicator: 'rural_labor_transfer', value: 113000000, unit: '人', comparator: '~', kind: 'actual' }]],
  // The hard to employ counted as a group, no placing said of them, are no placements, and no total for those after.
  ['《就业援助证》申请办理23683人，其中就业困难人员12552人。近四年多来，实现失业人员再就业74809人；其中就业困难人员再就业28417人。', [
    { indicator: 'unemployed_reemployment', value: 74809, unit: '人', comparator: '=', kind: 'actual' },
    { indicator: 'hard_to_employ_employment', value: 28417, unit: '人', comparator: '=', kind: 'actual' },
  ]],
  // An item followed by the body charged with carrying it out is a task handed out; one said done keeps its tense.
  ['(8)新增城镇就业人数20万人。(市人力社保局会同有关部门和各县区组织落实)', [{ indicator: 'urban_new_jobs', value: 200000, unit: '人', comparator: '=', kind: 'target' }]],
  ['3.城镇登记失业率控制在3.5%以内。（牵头单位：市人力资源和社会保障局）', [{ indicator: 'registered_unemployment_rate', value: 3.5, unit: '%', comparator: '<=', kind: 'target' }]],
  ['城镇新增就业1000万人以上。这项工作由人力资源社会保障部负责，去年全国城镇新增就业1314万人，完成目标任务的131.4%。', [
    { indicator: 'urban_new_jobs', value: 10000000, unit: '人', comparator: '>=', kind: 'target' },
    { indicator: 'urban_new_jobs', value: 13140000, unit: '人', comparator: '=', kind: 'actual' },
    { indicator: 'urban_new_jobs', value: 131.4, unit: '%', comparator: '=', kind: 'progress' },
  ]],
  ['全年城镇新增就业6万人，城镇登记失业率控制在4.6%以内(主办处室:培训就业处,配合处室:就业局,年内完成)。', [
    { indicator: 'urban_new_jobs', value: 60000, unit: '人', comparator: '=', kind: 'target' },
    { indicator: 'registered_unemployment_rate', value: 4.6, unit: '%', comparator: '<=', kind: 'target' },
  ]],
  // (…while a bracket of other words after a figure says nothing of its tense.)
  ['去年全年城镇新增就业6万人(同比增长5%)。', [{ indicator: 'urban_new_jobs', value: 60000, unit: '人', comparator: '=', kind: 'actual' }]],
  ['全年城镇新增就业6万人(项目负责人:张三)。', [{ indicator: 'urban_new_jobs', value: 60000, unit: '人', comparator: '=', kind: 'actual' }]],
  ['1.新增城镇就业5.2万人，完成年度任务的104%。（牵头单位：市人社局）', [
    { indicator: 'urban_new_jobs', value: 52000, unit: '人', comparator: '=', kind: 'actual' },
    { indicator: 'urban_new_jobs', value: 104, unit: '%', comparator: '=', kind: 'progress' },
  ]],
  // (…while the insured counted against the year's plan, not its expansion, are the count insured.)
  ['截至6月底，全区养老保险参保人数6998人，完成年度目标任务的97%。', [
    { indicator: 'pension_insured', value: 6998, unit: '人', comparator: '=', kind: 'actual' },
    { indicator: 'pension_insured', value: 97, unit: '%', comparator: '=', kind: 'progress' },
  ]],
  // 争取 with what was won (争取了, 争取到) is no goal; 争取 alone still is.
  ['去年全县积极争取了配套贴息资金1000万元，协调银行发放妇女小额担保贷款8亿多元。', [{ indicator: 'startup_loans', value: 800000000, unit: '元', comparator: '>=', kind: 'actual' }]],
  ['全年争取创业担保贷款2000万元。', [{ indicator: 'startup_loans', value: 20000000, unit: '元', comparator: '=', kind: 'target' }]],
  ['截至目前，全乡已实现劳动力就地转移300余人。', [{ indicator: 'rural_labor_transfer', value: 300, unit: '人', comparator: '>=', kind: 'actual' }]],
  // A page glossed in pinyin whose mirror sets a blank after each gloss: the unit and its 以上 stay the figure's.
  ['力爭(zheng) 2021年帶(dai) 動農(nong) 牧民轉移就業(ye) 達6.5萬(wan) 人以上,勞務收入達到5.5億(yi) 元以上。', [
    { indicator: 'rural_labor_transfer', value: 65000, unit: '人', comparator: '>=', kind: 'target' },
  ]],
  // A quarter's mean after 其中, the rate named before it.
  ['上半年，全国城镇调查失业率平均为5.7%，其中二季度平均为5.8%。', [
    { indicator: 'surveyed_unemployment_rate', value: 5.7, unit: '%', comparator: '=', kind: 'actual' },
    { indicator: 'surveyed_unemployment_rate', value: 5.8, unit: '%', comparator: '=', kind: 'actual' },
  ]],
  // A level the area is to reach (要达到), and tasks made clear (目标任务已明确，即：), are goals.
  ['记者近日从会议上获悉，今年我市社会保障卡发行要达到669万张。', [{ indicator: 'social_security_cards', value: 6690000, unit: '张', comparator: '=', kind: 'target' }]],
  ['部长透露，明年就业工作的目标任务已明确，即：城镇新增就业900万人。', [{ indicator: 'urban_new_jobs', value: 9000000, unit: '人', comparator: '=', kind: 'target' }]],
  // (…a level reached stays a result.)
  ['记者近日从会议上获悉，今年我市社会保障卡发行已达到669万张。', [{ indicator: 'social_security_cards', value: 6690000, unit: '张', comparator: '=', kind: 'actual' }]],
  // A tier's hourly standard in brackets after its monthly one is an aside: the tiers go on past it, all four.
  ['调整后的最低工资标准为:一类地区1620元/月(小时最低工资:17元);二类地区1570元/月(小时最低工资:16.5元);三类地区1520元/月(小时最低工资:15.9元);四类地区1470元/月(小时最低工资:15.4元)。', [
    { indicator: 'minimum_wage', value: 1620, unit: '元', comparator: '=', kind: 'actual' },
    { indicator: 'minimum_wage', value: 1570, unit: '元', comparator: '=', kind: 'actual' },
    { indicator: 'minimum_wage', value: 1520, unit: '元', comparator: '=', kind: 'actual' },
    { indicator: 'minimum_wage', value: 1470, unit: '元', comparator: '=', kind: 'actual' },
  ]],
  // (Twin: the hourly standard named in the sentence itself, not aside, ends the monthly tiers.)
  ['月最低工资标准为：一类地区1620元，小时最低工资标准为：一类地区17元，二类地区16元。', [
    { indicator: 'minimum_wage', value: 1620, unit: '元', comparator: '=', kind: 'actual' },
  ]],
  // Tiers listed, then the monthly standard they share, then 分别: each figure its tier's standard.
  ['据了解，此前公布的一、二、三类行政区域月最低工资标准分别为1600元、1450元、1300元，小时最低工资标准分别为15元、13.5元和12元。', [
    { indicator: 'minimum_wage', value: 1600, unit: '元', comparator: '=', kind: 'actual' },
    { indicator: 'minimum_wage', value: 1450, unit: '元', comparator: '=', kind: 'actual' },
    { indicator: 'minimum_wage', value: 1300, unit: '元', comparator: '=', kind: 'actual' },
  ]],
  // The tiers after the first, by their range, where the sentence gave the first tier's standard.
  ['5月1日，陕西第一档最低工资上调至1680元，二至四档分别为1580元、1480元及1380元。', [
    { indicator: 'minimum_wage', value: 1680, unit: '元', comparator: '=', kind: 'actual' },
    { indicator: 'minimum_wage', value: 1580, unit: '元', comparator: '=', kind: 'actual' },
    { indicator: 'minimum_wage', value: 1480, unit: '元', comparator: '=', kind: 'actual' },
    { indicator: 'minimum_wage', value: 1380, unit: '元', comparator: '=', kind: 'actual' },
  ]],
  // (Twin: after the first tier's hourly standard, another measure, the range's figures are not the monthly standard.)
  ['陕西月最低工资标准为1680元。第一档小时最低工资上调至16元，二至四档分别为15元、14元及13元。', [
    { indicator: 'minimum_wage', value: 1680, unit: '元', comparator: '=', kind: 'actual' },
  ]],
  // A standard's raise said with 涨 is the raise, not the level.
  ['我市调整最低工资标准，市区月最低工资标准达到1720元。此次调整与2015年相比，月最低工资标准均涨了120元。', [
    { indicator: 'minimum_wage', value: 1720, unit: '元', comparator: '=', kind: 'actual' },
  ]],
  // The pension rise overall and by group of retirees, each in a clause of its own after the rise is told.
  ['调整后，我省2019年退休人员基本养老金总体水平月人均增加158.59元，增幅5%。其中，企业退休人员增幅5.67%，机关事业单位退休人员增幅4%。', [
    { indicator: 'pension_increase', value: 5, unit: '%', comparator: '=', kind: 'actual' },
    { indicator: 'pension_increase', value: 5.67, unit: '%', comparator: '=', kind: 'actual' },
    { indicator: 'pension_increase', value: 4, unit: '%', comparator: '=', kind: 'actual' },
  ]],
  // A rise in force from a day the paragraph's sentence before names; the forecast is of the pension's level.
  ['我市将对全市退休人员基本养老金从2019年1月1日起进行调整。本次共计将为434605名退休人员调整养老金，调整后人均月养老金预计达到2520.34元，调整幅度为5.51%。', [
    { indicator: 'pension_increase', value: 5.51, unit: '%', comparator: '=', kind: 'actual' },
  ]],
  // (Twin: with no day in force named, 将 and the forecast still make the rise a goal.)
  ['本次共计将为434605名退休人员调整养老金，调整后人均月养老金预计达到2520.34元，调整幅度为5.51%。', [
    { indicator: 'pension_increase', value: 5.51, unit: '%', comparator: '=', kind: 'target' },
  ]],
  // A bare figure of posts counted by the people in them (在岗人数) is people; counted bare, posts.
  ['全省人社部门牵头开发乡村公益性岗位在岗人数超14万。', [{ indicator: 'public_welfare_jobs', value: 140000, unit: '人', comparator: '>=', kind: 'actual' }]],
  ['全省人社部门牵头开发乡村公益性岗位超14万。', [{ indicator: 'public_welfare_jobs', value: 140000, unit: '个', comparator: '>=', kind: 'actual' }]],
  // The survey's rate with its words swapped, and a plan it is measured against.
  ['一季度就业延续总体平稳态势。3月份城镇失业调查率5.3%，低于5.5%左右的控制目标。', [
    { indicator: 'surveyed_unemployment_rate', value: 5.3, unit: '%', comparator: '=', kind: 'actual' },
    { indicator: 'surveyed_unemployment_rate', value: 5.5, unit: '%', comparator: '~', kind: 'target' },
  ]],
  // Migrant workers trained, named before the training given them; the people who took training the government pays for.
  ['上半年，长治市已经对返乡农民工集中培训5万多人次。', [{ indicator: 'vocational_training', value: 50000, unit: '人次', comparator: '>=', kind: 'actual' }]],
  ['上半年，全国共730万人参加政府补贴的职业培训。', [{ indicator: 'vocational_training', value: 7300000, unit: '人次', comparator: '=', kind: 'actual' }]],
  // An age group's rate (16岁至24岁, each age with its 岁) after the surveyed rate is named is the group's, not the area's.
  ['8月全国城镇调查失业率为5.3%。全国城镇不包括在校学生的16岁至24岁劳动力失业率为18.8%，25岁至29岁劳动力失业率为6.9%。', [
    { indicator: 'surveyed_unemployment_rate', value: 5.3, unit: '%', comparator: '=', kind: 'actual' },
  ]],
  // The insured named as the workers insured, opening their clause after the scheme.
  ['据悉，西安市目前新参加失业保险统筹单位达1398户，参保职工有16.059万人，比去年同期增长了67%。', [
    { indicator: 'unemployment_insurance_insured', value: 160590, unit: '人', comparator: '=', kind: 'actual' },
  ]],
  // The tiers counted after the standard (共有四档), then 分别为: and their figures.
  ['自2023年3月1日起，新的月最低工资标准共有四档，分别为：2060元、1930元、1870元、1780元。', [
    { indicator: 'minimum_wage', value: 2060, unit: '元', comparator: '=', kind: 'actual' },
    { indicator: 'minimum_wage', value: 1930, unit: '元', comparator: '=', kind: 'actual' },
    { indicator: 'minimum_wage', value: 1870, unit: '元', comparator: '=', kind: 'actual' },
    { indicator: 'minimum_wage', value: 1780, unit: '元', comparator: '=', kind: 'actual' },
  ]],
  // Tiers on lines of their own, a comma before each figure by the month, under a line that ends on naming the standard.
  ['此次调整后全省最低工资标准，月最低工资标准，\n一类区，每月1030元，比上次调整后提高了100元；\n二类区，每月950元，也比上次调整后提高了100元；\n三类区，每月850元。', [
    { indicator: 'minimum_wage', value: 1030, unit: '元', comparator: '=', kind: 'actual' },
    { indicator: 'minimum_wage', value: 950, unit: '元', comparator: '=', kind: 'actual' },
    { indicator: 'minimum_wage', value: 850, unit: '元', comparator: '=', kind: 'actual' },
  ]],
  // The posts the government buys, named between the count and the posts.
  ['截至目前，全区已有10000个政府购买公益性岗位安排特殊困难群体。', [{ indicator: 'public_welfare_jobs', value: 10000, unit: '个', comparator: '=', kind: 'actual' }]],
  // A group's rise said with 幅度 alone, in a clause of its own where the paragraph raises pensions.
  ['青海省调整退休人员基本养老金。企业退休人员月人均增加基本养老金204元，幅度6.31%；机关事业单位退休人员月人均增加基本养老金270元，幅度4.41%。', [
    { indicator: 'pension_increase', value: 6.31, unit: '%', comparator: '=', kind: 'actual' },
    { indicator: 'pension_increase', value: 4.41, unit: '%', comparator: '=', kind: 'actual' },
  ]],
  // The farmers insured, taken in by the scheme the paragraph names, or opening their clause after it.
  ['今年山东省开展的新型农村养老保险试点工作进展顺利，目前已吸纳参保农民300万人。', [{ indicator: 'pension_insured', value: 3000000, unit: '人', comparator: '=', kind: 'actual' }]],
  ['2009年，山东省55个县自行开展了新型农村养老保险试点，参保农民达300万人。', [{ indicator: 'pension_insured', value: 3000000, unit: '人', comparator: '=', kind: 'actual' }]],
  // Cards of a generation named between the count and the card; the poor's workforce trained, 人口 between.
  ['内蒙古已发685万张第二代社会保障卡。', [{ indicator: 'social_security_cards', value: 6850000, unit: '张', comparator: '=', kind: 'actual' }]],
  ['2015年累计培训贫困人口劳动力8226人。', [{ indicator: 'vocational_training', value: 8226, unit: '人次', comparator: '=', kind: 'actual' }]],
  // Standards by the month listed after the standard is named, each with its daily figure in brackets.
  ['根据《通知》，成都市月最低工资标准分三个档次：每月340元(每日16.25元)、每月400元(每日19.12元)、每月450元(每日21.51元)。', [
    { indicator: 'minimum_wage', value: 340, unit: '元', comparator: '=', kind: 'actual' },
    { indicator: 'minimum_wage', value: 400, unit: '元', comparator: '=', kind: 'actual' },
    { indicator: 'minimum_wage', value: 450, unit: '元', comparator: '=', kind: 'actual' },
  ]],
  // Areas written short, each list with its standard by the month, in a list the standard's 分别为: announces.
  ['成都各区(市)县具体适用的最低工资标准分别为:蒲江、金堂、崇州、大邑、邛崃每月270元;青白江、龙泉驿、温江、新都、都江堰、彭州、双流、郫县、新津每月310元;五城区及高新区每月340元。', [
    { indicator: 'minimum_wage', value: 270, unit: '元', comparator: '=', kind: 'actual' },
    { indicator: 'minimum_wage', value: 310, unit: '元', comparator: '=', kind: 'actual' },
    { indicator: 'minimum_wage', value: 340, unit: '元', comparator: '=', kind: 'actual' },
  ]],
  // A notice's items under the monthly standard's heading, the figure by the head and the month after 由.
  ['市政府决定从2005年1月1日起对我市最低工资标准作如下调整:\n一、月最低工资标准\n(一)中山区、西岗区、沙河口区、甘井子区由每人每月400元调整为450元。\n(二)普兰店市、瓦房店市、庄河市由每人每月320元调整为380元。', [
    { indicator: 'minimum_wage', value: 400, unit: '元', comparator: '=', kind: 'actual' },
    { indicator: 'minimum_wage', value: 450, unit: '元', comparator: '=', kind: 'actual' },
    { indicator: 'minimum_wage', value: 320, unit: '元', comparator: '=', kind: 'actual' },
    { indicator: 'minimum_wage', value: 380, unit: '元', comparator: '=', kind: 'actual' },
  ]],
];

const NOT_READ: Array<[string, string]> = [
  ['年初，全市新型农村合作医疗工作全面铺开。截至12月底，已参保农民14.0万人。', 'farmers in the rural medical scheme, cover not counted'],
  ['一、二、三类行政区域小时最低工资标准分别为15元、13.5元和12元。', 'the tiers\' hourly standard, another measure'],
  ['全省养老金按时足额发放。基金收入1200亿元，增幅12%。', 'a fund\'s growth where pensions are paid, none raised'],
  ['社区累计吸引2500余名居民参与应急救护技能培训。', 'residents taught first aid, a health service, not a trade'],
  ['今年以来，全县对3865人进行了培训费补贴发放。', 'the people given a training subsidy, no training counted'],
  ['今年前三季城镇调查失业率总体平稳，第一季节性用工占比是5.2%、第三季度GDP增长5.2%。', 'a season\'s share and a quarter\'s growth after the rate named, no rate of a quarter'],
  ['全省职工平均工资稳步提高。深圳市调整为2200元/月，广州市调整为2100元/月。', 'areas set a sum where no minimum wage is named'],
  ['全省小时最低工资标准上调。深圳市调整为22元，广州市调整为21元。', 'areas set the hourly standard, another measure'],
  ['池州市最低工资标准已经公布。市区、九华山风景区630元，青阳县530元。', 'areas with sums after a standard no list announces'],
  ['开展职业技能培训。开展幼儿教师培训1.75万人次，完成年度任务的146%。', 'a profession\'s own schooling, not the area\'s vocational training'],
  ['全县注入风险金2425万元，撬动扶贫小额贷款1.2亿元，惠及2478户贫困户。', 'the poor\'s micro-credit, another programme than start-up loans'],
  ['全国小额担保贷款余额45亿元。', 'a balance of the loans still owed, not an amount lent'],
  ['和顺镇新增24个乡村服务站，方便群众办事。', 'village service stations, no public-welfare posts'],
  ['福建省第一档最低工资调高了150元。', 'the raise of a standard, not its level'],
  ['全年培训3人城镇新增就业，', 'a count, then 城镇新增就业 opening the next clause without 的'],
  ['一类地区的最低工资标准,由上年度每小时6.3元,增加到7.2元;二类地区由每小时5.2元增加到5.9元。', 'the hourly standard, by the hour after 由'],
  ['全市已有5万人参保，医疗保险和养老保险覆盖面扩大。', 'a bare 参保 whose sentence names medical cover beside the pension after it'],
  ['全区有9.12万名被征地人员参加养老保障。', 'the land-lost farmers\' own cover, called a 养老保障'],
  ['符合条件的可给予不超过300万元创业担保贷款。', 'the most one borrower may be given'],
  ['对从事个体经营的小额担保贷款最高到6万元。', 'the most one borrower may take, after the loan\'s name'],
  ['养老、医疗保险覆盖面扩大，三项保险参保人数分别为5万人、4万人、3万人。', 'three schemes counted, but the list before names two'],
  ['截至2018年12月底，全市市民卡持卡人数达300万人。', 'a city\'s card not named the social security card'],
  ['非全日制用工小时最低工资标准，一、二、三类区域分别为18.5元/小时、17.3元/小时和16.1元/小时。', 'the hourly standard\'s tiers are another measure'],
  ['全县领取失业保险的人数为300人。', 'those paid benefits, not those insured'],
  ['中国基本养老金发放额年均增长近15%。', 'the sum paid out grows with the pensioners; no pension rises by it'],
  ['一、企业职工基本养老金\n第一档：2200元/月；第二档：2000元/月。', 'tiers under a heading of another measure are not the minimum wage'],
  ['全年有1000元以上的创业担保贷款发放。', 'one loan\'s size, a sum before 的, is no amount lent'],
  ['全县将个人小额担保贴息贷款额度统一提高到10万元。', 'the most one borrower may take, not an amount lent'],
  ['全县新农保参保率达到95%。', 'the share of the residents insured, not their count'],
  ['今年1000万人的就业压力依然很大。', 'a count of people facing the job market is no goal of new jobs'],
  ['全县1473人实现了就业再就业。', 'the newly employed and the re-employed together, no group named'],
  ['全区公益性岗位安置贫困劳动力655人。', 'the poor placed in posts of every kind are a group\'s count'],
  ['前三季度全县共培训劳动力市场信息员35人。', 'the labour market\'s staff trained are no workforce trained'],
  ['截至3月末，全市养老、失业、工伤保险基金收入达2581万元、651万元、657万元。', 'the schemes\' fund income, not their insured'],
  ['全市失业保险参保人数比上月减少0.3万人。', 'a fall of the insured is a change, not the count insured'],
  ['上半年全市新增失业参保1.2万人，新增工伤参保0.8万人。', 'new enrolments said short are a flow, not the count insured'],
  ['全市最低工资标准下降后，企业养老保险参保人数减少2000人。', 'a fall of the insured, no comparison named, is a change too'],
  ['去年全市领取失业保险人数1.2万人。', 'those paid unemployment benefit are not the insured'],
  ['进入二季度以后，每个月的城镇新增就业人数都保持在90万人以上。', 'a count per month is an average, not the quarter\'s count'],
  ['今年城镇新增就业月均10万人。', 'a monthly average is not the year\'s count'],
  ['将小额担保贷款额度提高到5万元。', 'the most one borrower may take is not an amount lent'],
  ['8家中标银行上台签约，并现场为意向企业发放首批创业担保贷款授信额度2150万元。', 'a bank\'s credit line for the loans is not an amount lent'],
  ['今年发行地方债券120亿元，全省发卡数达到3397万。', 'cards issued where no social-security card is named'],
  ['县财政安排500万元创业担保贷款基金，当场签订了10万元创业担保贷款合同，获得3万元的小额担保贷款。', 'a loans\' fund, a contract, one borrower\'s loan'],
  ['近日，享受到吴忠市发放的20万元创业担保贷款的王先生说，他还获得10万元创业担保贷款贴息。', 'one borrower\'s loan, named after the figure'],
  ['全县培训农村转移就业5000人。', 'training for the move is not the move'],
  ['城镇新增就业目标任务完成情况：全市招聘会12场。', 'a count of something else after the plan\'s colon'],
  ['今年为全省在岗养老护理员、养老机构新入职人员开展职业技能培训超5万人次。', 'a trade\'s own workforce trained is that trade\'s programme'],
  ['去年全省发放基本养老金6200万元，年均增长13.3%。', 'a growth of the sums paid out, the amount between, is no rise of the pension'],
  ['鼓励高校毕业生到城乡基层社会管理和公共服务岗位就业3000人。', 'any public-service job, not the public-welfare posts'],
  ['今年1—6月份，全市城镇累计新增就业再就业22366人。', 'new jobs and re-employment counted together, neither measure alone'],
  ['社会保险扩面工作完成全年目标的80%。', 'a share of another field\'s plan is no jobs figure\'s'],
  ['城镇新增就业形势总体稳定，失业率保持低位。', 'no figure at all'],
  ['今年城镇新增就业形势总体稳定，全市工业增加值增长较快，1-9月达到1045亿元。', 'a level in a unit the named measure does not take is not its figure'],
  ['上半年，22个深度贫困县建档立卡贫困家庭劳动力有组织转移就业5.46万人。', 'the poor\'s transfers are counted apart from all transfers'],
  ['截至6月末，省内转移就业人数达331.1万人。', 'the transfers within the province are a part of all transfers'],
  ['去年常年转移农村劳动力达194.8万人。', 'the year-round transfers are a part of all transfers'],
  ['去年全县已有5898名大学生重新走上了工作岗位。', 'graduates back at work are not the unemployed re-employed'],
  ['去年全省47.8万职工重新上岗培训。', 'workers trained for a post are not the laid-off back at one'],
  ['上半年137万返乡农民工中已有129.5万人实现了再就业。', 'migrant workers back home finding work are not the unemployed re-employed'],
  ['去年我省新增参加企业职工基本养老保险55万人。', 'the newly insured are a flow, not the count insured'],
  ['去年在贫困村发放创业担保贷款1009笔1.1亿元。', 'the loans of a group counted apart are a part, not the total'],
  ['去年公益性岗位安置退役军人2.02万人。', 'a group counted apart placed in public-welfare jobs is a part'],
  ['今年以来，全市培训机关干部1200人次。', 'training of named people other than workers (干部) is not the labour force\'s'],
  ['2018年，新疆促进47.58万农村劳动力实现就业。', 'the rural workforce finding work is not new urban jobs'],
  ['从对全国31个省会城市的失业率调查来看，这31个城市城镇失业率基本保持在5.1%左右。', 'the rate of a sample of cities a survey reads is not the country\'s'],
  ['今年以来，全市5300余名下岗失业人员在社区服务中心登记。', 'the unemployed registering somewhere are not re-employed'],
  ['全市实现就业再就业3016人。', '就业再就业 counts everyone placed, not the unemployed re-employed'],
  ['调查显示，全省创业担保贷款每1万元贷款带动0.62人就业。', 'a figure after 每 is the base of a ratio, not an amount lent'],
  ['上半年全省发放失业保险金12亿元，累计发放达80亿元。', 'a total paid out after another scheme\'s payments is that scheme\'s'],
  ['去年全市失业保险达到1.45亿元，发放失业保险金3200万元。', 'the scheme\'s money reaching an amount counts no one insured'],
  ['全年培训干部200人。', 'a bare 培训 counted in 人 may count anyone trained'],
  ['今年以来大力开展创业培训，全省完成培训3万人次。', 'a bare 培训 after entrepreneurship training is not vocational training'],
  ['上半年创建创业实训基地45个，培训人数425人次。', 'nor one after start-up practice bases'],
  ['见习期间，由市县财政给予不低于当地最低工资标准60%的就业见习补助。', 'a payment reckoned as a share of the standard is no share of a plan'],
  ['实施职业技能培训工程，开展“粤菜师傅”培训2500人次。', 'a named programme\'s training is its own measure'],
  ['去年3.1万新生代农民工参加创业大赛和技能竞赛。', 'taking part in a contest is no training'],
  ['去年走访3.1万名就业困难人员和1.5万户零就业家庭。', 'visiting people is not placing them in work'],
  ['去年建成登记失业人员就业创业服务中心12个。', 'a service centre for the unemployed places no one'],
  ['去年建成12个公益性公共服务机构。', 'an institution is no post'],
  ['去年工伤保险享受待遇人数1.2万人。', 'people drawing benefits are not the insured'],
  ['去年失业和就业困难人员再就业8482人。', 'two groups counted together are neither group\'s figure'],
  ['去年参加基本养老保险的离退休人员3.97万人。', 'the retirees among the insured are not the number insured'],
  ['三季度全市参加城乡居民养老保险领取待遇人数76052人。', 'the pensioners drawing benefits are not the number insured'],
  ['今年我市补发企业退休人员基本养老金9673.4万。', 'an amount written with a multiplier is no rate of increase'],
  ['调整后，月最低工资标准较上次调整上涨180元。', 'a rise in the minimum wage is not the wage'],
  ['今年全市月人均增加养老金123.44元，调整后月人均养老金为1822.78元。', 'the amounts of a pension rise are not its share'],
  ['去年青年失业率为16.2%。', 'a bare 失业率 of a group names neither rate'],
  ['新增就业人数15325人。', 'no 城镇: a broader count than urban new jobs'],
  ['城镇净增就业人员947人。', 'a net increase is not the count of new jobs'],
  ['参加失业保险人数增长5%。', 'a growth rate is no share of a plan'],
  ['全市住房公积金新增贷款45.89亿元。', 'a loan with no start-up scheme named is not a start-up loan'],
  ['全省农村劳动力转移就业总规模达1470万人。', 'everyone ever moved is a stock, not the year\'s transfers'],
  ['累计帮助地震灾区实现异地转移就业21.9万人。', 'moving a disaster area\'s workers elsewhere is not rural labour transfer'],
  ['基本养老保险参保率超95%。', 'a coverage rate is not a count of insured people'],
  ['社保卡“一卡通”应用场景达到185个。', 'application scenarios are not cards'],
  ['创业担保贷款回收率99.99%。', 'a repayment rate is not a loan amount'],
  ['城乡居民基础养老金标准由55元提高到70元。', '基础养老金 is not the basic pension increase'],
  ['企业退休人员养老金社会化发放率达到100%。', 'the share of pensions paid through the banks is not a pension rise'],
  ['最低工资标准增长近30%。', 'a growth rate is not a wage level'],
  ['2022年城镇新增就业工作会议召开。', 'a year is not a figure'],
  ['城镇新增就业。全省40万人参加活动。', 'a label does not reach into the next sentence'],
  ['城镇登记失业率，全年4.5%。', 'a label does not reach across a comma'],
  ['养老参保缴费标准提高到每年200元。', 'a contribution level named with 养老参保 and no scheme is not the people insured'],
  ['招聘各类职业技能人员2000人。', 'hiring skilled workers is not training them'],
  ['帮助搬迁劳动力转移就业61.01万人。', 'the relocated poor\'s transfers are counted apart, as the poor\'s are'],
  ['近2500人参与招聘活动。', 'taking part in a job fair is no training'],
  ['今年全县新增职工参加养老保险***人。', 'new enrolments are a flow, not people insured'],
  ['完成比例为72.22％。', 'a share with nothing before it qualifies nothing'],
  ['城镇新增就业第5名。', 'an ordinal is not a figure'],
  ['医疗、生育保险参保人数分别达到3300万人、500万人。', 'a list of measures that are not indicators'],
  ['养老、失业保险参保人数分别达到3300万人、500万人、600万人。', 'two measures, three figures: no pairing'],
  ['今年31个大城市城镇调查失业率5.1%，16-24岁青年失业率14.2%。', 'a group\'s rate is not the area\'s'],
  ['今年最低工资标准每月提高183元。', 'a rise of the standard is not the standard'],
  ['帮助181户零就业家庭至少1人实现再就业。', 'a floor per household is not a count of people'],
  ['去年基本养老保险参保人数净增30.49万人。', 'a net increase of the insured is not the number insured'],
  ['全年净增养老保险1.35万人，工伤保险1.54万人。', 'the next insurance in a list of net increases is one too'],
  ['一季度城镇新增就业同比增加1.24万人。', 'a change on the year before is not the count'],
  ['一季度城镇登记失业率同期相比下降0.55%。', 'a change of the rate on the year before is not the rate'],
  ['3月末工伤保险参保人数较上年末减少32.3万人。', 'a change on the last year-end is not the count insured'],
  ['城镇新增就业情况 (人) 2017年 2018年', 'a table heading with years and no figure row'],
  ['法院今年结案率95%，信访办结率98%。', 'a court\'s closure rate, with no arbitration named, is not the arbitration closure rate'],
  ['仲裁院全年受理案件120件，时效内结案率100%。', 'a closure rate within the time limit is another measure'],
  ['工伤保险从2020年起实行省级统筹，基金支出3.5亿元。', 'a scheme named before a date is not its count of insured'],
  ['城镇调查失业率连续回落，由于企业复工，用工需求增加12%。', 'a trend, then a cause: the next figure is not the rate'],
  ['城镇调查失业率，今年企业用工需求增加12%。', 'a label, a comma, then another subject: no figure of the label'],
  ['城镇调查失业率走势平稳，全年企业用工需求保持在12%以上。', 'a rate\'s trend, then another subject held over the year'],
  ['通过包车输送务工人员11万人。', 'workers carried by bus are not said to be sent out (输转)'],
  ['全年共安排创业担保贷款贴息及奖补资金1.5亿元。', 'the interest paid for the loans is not the loans'],
  ['全市银行卡持卡人数达到540万。', 'card holders where no social-security card is named'],
  ['全年新增企业基本养老保险参保人数5万人。', 'new enrolments in a named pension scheme are a flow, not the count insured'],
  ['城镇新增就业同比多增320人。', 'a change on the year before (多增) is not the count'],
  ['全市小额贷款公司贷款余额52亿元，小额贷款的最高额度提高到10万元。', 'a lender and a loan ceiling are not the loans lent'],
  ['公益性岗位补贴每年支出就多达1700多万。', 'the money paid for the posts is not the posts'],
  ['保障下岗失业人员500人的基本生活。', 'the unemployed counted for their living, not their work'],
  ['城镇登记失业率(含农村劳动力)，去年下降12%。', 'a note in brackets, then a change of another measure'],
  ['去年共有57415名贫困劳动力实现转移就业。', 'the poor\'s transfers are counted apart from all transfers'],
  ['一季度我市农村劳动力转移省内就业60.27万人，跨省转移就业人数4350人。', 'the transfers within the province or across it are parts of all transfers'],
  ['去年创业担保贷款工作稳步推进，回收贷款1.25亿元。', 'loans paid back are not loans lent'],
  ['去年贫困农村劳动力累计转移就业5234人。', 'the poor\'s transfers, the group written into the label, are counted apart'],
  ['2023年全省脱贫劳动力转移就业327.97万人。', 'the transfers of labour out of poverty are counted apart'],
  ['去年创业担保贷款工作稳步推进，全市累计到期贷款11.8亿元。', 'loans fallen due are not loans lent'],
  ['今年以来大力开展创业培训，累计培训3000人次。', 'a bare 累计培训 after entrepreneurship training is not vocational training'],
  ['对贫困劳动力、残疾人进行职业技能培训1500多人。', 'groups counted apart, however many are listed'],
  ['新增4万名登记失业人员、3万名农民工返乡。', 'groups counted with no predicate of work'],
  ['全年举办招聘会12场，完成计划的120%，县计划15000人参会。', 'a plan\'s figure after a share, with no share of its own after it'],
  ['企业用工需求增加，工资水平稳步提高。4月降为5.1%。', 'a month\'s level after a sentence that named no rate'],
  ['截至9月底，全市城镇登记失业率为154%，同比回落了0.23个百分点。', 'a level above any the rate can reach is a misprint (1.54% with its point lost)'],
  ['截至9月底，全市组织1.03万名城镇失业人员实现就业见习。', 'the unemployed placed in traineeships, not in work'],
  ['县就业局了解到这个情况后主动为他申请小额贷款8万元。', 'one borrower\'s loan, told in his story'],
  ['新疆三年转移300多万农业机械。', 'machines moved, not the farm\'s labour'],
  ['去年全区贫困劳动力转移11.92万人。', 'the poor\'s transfers are counted apart from all transfers'],
  ['去年全县3000人接受了实用技术咨询。', 'advice on farming techniques is no training'],
  ['全市累计即时制卡49.4万张。', 'cards made on a page that names no social-security card may be any card'],
  ['全县推进新型农村社会养老保险和新农合。目前，新农合已参保24.3万人。', 'a bare 已参保 after medical cover was named is that cover\'s'],
  ['湖北仲裁、行政、司法等部门密切配合。2020年,湖北劳动保障监察机构共受理举报投诉2.27万件,举报投诉案件结案率100%。', 'complaints an inspectorate closed are no disputes arbitrated, though 仲裁 is named nearby'],
  ['《就业援助证》申请办理23683人，其中就业困难人员12552人。', 'the hard to employ counted among applicants are the group, not placed'],
  ['去年全省发放创业担保贷款财政贴息8747万元。', 'the interest the treasury pays on the loans is no amount lent'],
  ['5月份，本科及以上学历劳动力调查失业率为3.2%。', 'a rate of the workforce with a degree is the group\'s'],
  ['今年1至2月，全区共办理养老保险参保6998人，为年度扩面目标的247%；工伤保险参保5562人，为年度扩面目标219%。', 'enrolments measured against the year\'s expansion target are new enrolments, and so is their share'],
  ['去年全区贫困劳动力就地就近转移就业1192人。', 'the poor\'s transfers where they live are counted apart too'],
  ['今年全县新型农村合作医疗工作进展顺利，参保农民达30万人。', 'farmers insured by the rural medical scheme'],
  ['非全日制小时最低工资标准共有四档，分别为：21元、20元、19元、18元。', 'the hourly standard\'s tiers counted, then its figures'],
  ['此次调整后的非全日制用工的小时最低工资标准，\n一类区，每月11元；\n二类区，每月10元。', 'tiers under a line naming the hourly standard are its own'],
  ['全省养老保险基金运行平稳，基金收入增加120亿元，幅度8.5%。', 'a fund\'s growth said with 幅度 where no pension is raised'],
  ['全省企业养老保险扩面工作稳步推进，其中参保职工776.79万人。', 'the workers insured after 其中 are a part of a total'],
  ['二、医疗保险\n2017年2季度，在城镇职工基本医疗保险参保人数中，参保职工37.88万人，参保退休人员15.90万人。', 'the workers insured under medical cover\'s heading are its own'],
  ['非全日制用工小时最低工资标准也分三个档次，每小时3.70元、每小时4.30元和每小时4.90元。', 'the hourly standard\'s tiers are another measure'],
  ['失业保险金标准为最低工资标准的90%(七区每人每月1980元，三市1809元)。', 'a share of the standard, then the sums of unemployment benefit'],
  ['高校毕业生见习期间，执行当地最低工资标准，政府给予每人每月325元的生活补助。', 'a living allowance by the month after the standard is named'],
  ['成都各区(市)县具体适用的住房补贴标准分别为:蒲江、金堂每月270元;五城区每月340元。', 'areas\' sums by the month where no minimum wage is named'],
  ['2013年到2016年全县就业工作稳步推进，发放223万公益性岗位补贴。', 'the posts\' subsidy is money, no posts'],
  ['上半年，全国职业培训工作稳步推进，企业在岗农民工培训109.82万人。', 'migrant workers\' training with no word of its own is a kind the totals list after 其中, not read as the total'],
  ['全市经济运行平稳，工业增加值增长较快，财政收入稳步增长，住房公积金缴存人数增加，各项事业全面进步，其中灵宝市发放贷款4741.1万元；义马市发放贷款1928.5万元。', 'a bare 发放贷款 in a paragraph whose first sentence names no start-up loan'],
];

describe('indicator rules read the usual phrasings', () => {
  it.each(READS)('%s', async (sentence, expected) => {
    const got = await coreOf(sentence);
    expect(got.map(pick)).toEqual(expected);
  });
});

describe('and leave their look-alikes alone', () => {
  it.each(NOT_READ)('%s (%s)', async (sentence) => {
    expect(await coreOf(sentence)).toEqual([]);
  });
});

describe('statistical tables flattened into text', () => {
  it('a target notice\'s 分解表 flattened one cell per line gives each measure\'s task, as many lines below it as the task column stands below the measure column', async () => {
    const table = (heading: string) =>
      `旌阳区2016年度经济社会发展目标任务分解表\n${heading}\n宏观调控\n地区生产总值增长率\n3\n年终根据全省平均水平综合考核\n区发改局\n公共服务\n城镇新增就业人数\n1\n5800\n区人社局\n城镇登记失业率\n1\n低于 4.1\n区人社局\n`;
    const records = await coreOf(table('项 目\n分值\n目标任务\n监考单位'));
    expect(records.map((r) => [r.indicator, r.value, r.unit, r.comparator, r.kind])).toEqual([
      ['urban_new_jobs', 5800, '人', '=', 'target'],
      ['registered_unemployment_rate', 4.1, '%', '<=', 'target'],
    ]);
    // (Without a heading naming the task column, the bare cells are no figures.)
    expect(await coreOf(table('项 目\n分值\n备注\n监考单位'))).toEqual([]);
  });
  it('a table of tasks and what was done of them (序号 | 目标任务 | 完成情况 |) states a task in its task column, whatever its words', async () => {
    const table = (first: string) =>
      `关于2022年《市政府工作报告》部分重点目标任务第一季度完成情况的通报\n${first} |\n目标任务 |\n完成情况 |\n牵头责任单位 |\n1 |\n城镇新增就业4万人。 |\n一季度，全市城镇新增就业1.1万人。 |\n市人力资源社会保障局 |\n2 |\n城镇登记失业率控制在4.5%以内。 |\n一季度末，我市城镇登记失业率2.37%。 |\n市人力资源社会保障局 |\n`;
    const kinds = async (first: string) => (await coreOf(table(first), '关于2022年《市政府工作报告》部分重点目标任务第一季度完成情况的通报')).map((r) => [r.value, r.kind]);
    expect(await kinds('序号')).toEqual([[40000, 'target'], [11000, 'actual'], [4.5, 'target'], [2.37, 'actual']]);
    // (Without the numbered rows that place each cell in its column, a cell is read by its words and its page.)
    expect((await kinds('类别'))[0]).toEqual([40000, 'actual']);
  });
  it('an annex\'s table of areas under a heading cell naming the measure and its unit gives each row\'s figures for its area', async () => {
    const table = (heading: string) =>
      `附件：城乡公益性岗位扩容提质行动2023年岗位计划\n区县 | ${heading} | ||\n总数 | |||\n城镇 | 乡村 | ||\n历下区 | 1100 | 1100 | |\n市中区 | 2072 | 1100 | 972 |\n`;
    const records = await coreOf(table('城乡公益性岗位开发计划数量(单位:个)'), '关于印发城乡公益性岗位扩容提质行动2023年岗位计划的通知');
    expect(records.map((r) => [r.indicator, r.value, r.unit, r.region, r.text])).toEqual([
      ['public_welfare_jobs', 1100, '个', '历下区', '1100'], ['public_welfare_jobs', 1100, '个', '历下区', '1100'],
      ['public_welfare_jobs', 2072, '个', '市中区', '2072'], ['public_welfare_jobs', 1100, '个', '市中区', '1100'], ['public_welfare_jobs', 972, '个', '市中区', '972'],
    ]);
    // (A heading of another measure, or with no unit, makes the rows no figures of ours.)
    expect(await coreOf(table('道路改造计划数量(单位:公里)'), '关于印发2023年计划的通知')).toEqual([]);
    expect(await coreOf(table('城乡公益性岗位开发计划数量'), '关于印发城乡公益性岗位扩容提质行动2023年岗位计划的通知')).toEqual([]);
  });
  it('a notice\'s annex sharing a task out by area (序号 | 村委会名称 | 参保任务人数 |) gives each row\'s quota for its area, the total\'s too', async () => {
    const table = (title: string, names: string) =>
      `附件:2018年曹溪镇各村城乡居民养老保险任务数\n曹溪镇人民政府\n2018年1月4日\n${title} | ||\n序号 | ${names} | 参保任务人数 |\n1 | 程畈 | 514 |\n2 | 新屋 | 700 |\n曹溪镇 | 1214 | |\n`;
    const read = async (title: string, names = '村委会名称') =>
      (await coreOf(table(title, names), '关于印发城乡居民社会养老保险工作激励暂行办法的通知')).map((r) => [r.indicator, r.value, r.unit, r.kind, r.region, r.text]);
    expect(await read('2018年曹溪镇各村城乡居民养老保险任务数')).toEqual([
      ['pension_insured', 514, '人', 'target', '程畈', '514'], ['pension_insured', 700, '人', 'target', '新屋', '700'], ['pension_insured', 1214, '人', 'target', '曹溪镇', '1214'],
    ]);
    expect((await coreOf(table('2018年曹溪镇各村城乡居民养老保险任务数', '村委会名称').replace('1214', '1,214'), '关于印发城乡居民社会养老保险工作激励暂行办法的通知')).map((r) => [r.value, r.region, r.text]).pop()).toEqual([1214, '曹溪镇', '1,214']);
    // (A title of another measure, or a column of employers, makes the rows no figures of ours.)
    expect(await read('2018年曹溪镇各村危房改造任务数')).toEqual([]);
    expect(await read('2018年曹溪镇各村城乡居民养老保险任务数', '单位名称')).toEqual([]);
  });
  it('a progress table a row per line gives each row\'s task, what was done and the share, in bare cells too', async () => {
    const records = await coreOf(
      '序号 项目名称 责任单位 目标任务 1-8月实际完成情况 1-8月实际完成率% 备注\n1 农村饮用水安全巩固提升 农林水务局 1300人 700 54%\n2 新增城镇就业   人社局 8950 7356 82%\n3 新增养老服务床位 民政局 71个 55 77%\n',
      '2017年1-8月民生实事完成情况表',
    );
    expect(records.map((r) => [r.indicator, r.value, r.unit, r.kind])).toEqual([
      ['urban_new_jobs', 8950, '人', 'target'],
      ['urban_new_jobs', 7356, '人', 'actual'],
      ['urban_new_jobs', 82, '%', 'progress'],
    ]);
    // A task and an outcome that read alike are still two cells, each where it stands.
    const alike = await coreOf('序号 项目名称 责任单位 目标任务 实际完成 完成率%\n2 新增城镇就业 人社局 6300 6300 100%\n', '民生实事完成情况表');
    expect(alike.map((r) => [r.value, r.kind, r.start])).toEqual([[6300, 'target', alike[0]!.start], [6300, 'actual', alike[0]!.start + 5], [100, 'progress', alike[0]!.start + 10]]);
    // Without the heading naming the columns, bare numbers in a line are no figures.
    expect(await coreOf('2 新增城镇就业   人社局 8950 7356 82%\n', '2017年工作情况')).toEqual([]);
  });
  it('a progress table\'s bare figures are in the unit its 单位 line or its rows\' 单位 cells name', async () => {
    const above = await coreOf('单位：万人、%\n指标\t年度目标\t完成\t完成进度\n城镇新增就业\t110\t98.5\t89.5%\n', '2023年1-9月主要指标完成情况');
    expect(above.map((r) => [r.value, r.unit, r.kind])).toEqual([[1100000, '人', 'target'], [985000, '人', 'actual'], [89.5, '%', 'progress']]);
    const column = await coreOf('指标\t单位\t年度目标\t完成\t完成进度\n城镇新增就业\t万人\t110\t98.5\t89.5%\n失业人员再就业\t人\t3000\t2510\t83.7%\n', '2023年1-9月主要指标完成情况');
    expect(column.map((r) => [r.value, r.unit])).toEqual([[1100000, '人'], [985000, '人'], [89.5, '%'], [3000, '人'], [2510, '人'], [83.7, '%']]);
    // A rate's row with its share cell empty: the ceiling set and the level reached.
    const rate = await coreOf('单位：万人、%\n指标\t年度目标\t完成\t完成进度\n城镇新增就业\t110\t98.5\t89.5%\n城镇登记失业率\t4.5\t3.2\t\n', '2023年1-9月主要指标完成情况');
    expect(rate.slice(3).map((r) => [r.indicator, r.value, r.unit, r.kind])).toEqual([
      ['registered_unemployment_rate', 4.5, '%', 'target'], ['registered_unemployment_rate', 3.2, '%', 'actual'],
    ]);
    // …its ceiling written with its word and its share cell a dash (5.5以内 5.1 —).
    const dashed = await coreOf('指标\t单位\t年度目标\t完成\t完成进度\n城镇新增就业\t万人\t110\t98.5\t89.5%\n城镇调查失业率\t%\t5.5以内\t5.1\t—\n', '2023年1-9月主要指标完成情况');
    expect(dashed.slice(3).map((r) => [r.indicator, r.value, r.comparator, r.kind])).toEqual([
      ['surveyed_unemployment_rate', 5.5, '<=', 'target'], ['surveyed_unemployment_rate', 5.1, '=', 'actual'],
    ]);
    // …or both written with their % (3.5%以内 2.8% —).
    const written = await coreOf('指标\t年度目标\t完成\t完成进度\n城镇新增就业\t3000\t1850\t61.67%\n城镇登记失业率\t3.5%以内\t2.8%\t—\n', '2024年上半年重点工作任务完成情况');
    expect(written.slice(3).map((r) => [r.indicator, r.value, r.comparator, r.kind])).toEqual([
      ['registered_unemployment_rate', 3.5, '<=', 'target'], ['registered_unemployment_rate', 2.8, '=', 'actual'],
    ]);
    // …its shares written bare under a heading that names the share column (完成率), the % on the 单位 line; under a
    // heading whose share column is only %, a bare last cell is no share.
    const bare = (heading: string) => `单位：人、%\n${heading}\n城镇新增就业 3000 1850 61.7\n失业人员再就业 800 520 65.0\n`;
    expect((await coreOf(bare('指标名称 年度目标 1-6月完成 完成率'), '2024年1-6月重点指标完成情况')).map((r) => [r.value, r.unit, r.kind])).toEqual([
      [3000, '人', 'target'], [1850, '人', 'actual'], [61.7, '%', 'progress'], [800, '人', 'target'], [520, '人', 'actual'], [65, '%', 'progress'],
    ]);
    expect(await coreOf(bare('指标名称 年度目标 1-6月完成 %'), '2024年1-6月重点指标完成情况')).toEqual([]);
    // …but two bare numbers after a count's label are no rate, dash or not.
    expect(await coreOf('指标\t年度目标\t完成\t完成进度\n城镇新增就业\t11\t9\t\n', '2023年1-9月主要指标完成情况')).toEqual([]);
    expect(await coreOf('指标\t年度目标\t完成\t完成进度\n城镇新增就业\t11以内\t9\t—\n', '2023年1-9月主要指标完成情况')).toEqual([]);
  });
  it('a progress table copied with its cells between bars (| 1 | 城镇新增就业 | 人 | 3000 | 1850 | 61.67% |) reads as one with blanks', async () => {
    const table = '| 序号 | 指标名称 | 单位 | 年度目标 | 完成数 | 完成率 |\n| 1 | 城镇新增就业 | 人 | 3000 | 1850 | 61.67% |\n| 2 | 发放创业担保贷款 | 万元 | 5000 | 3200 | 64% |\n';
    expect((await coreOf(table, '2024年上半年重点工作任务完成情况')).map((r) => [r.indicator, r.value, r.kind])).toEqual([
      ['urban_new_jobs', 3000, 'target'], ['urban_new_jobs', 1850, 'actual'], ['urban_new_jobs', 61.67, 'progress'],
      ['startup_loans', 50000000, 'target'], ['startup_loans', 32000000, 'actual'], ['startup_loans', 64, 'progress'],
    ]);
    // (Without the heading naming the columns, bars do not make a row of bare numbers figures.)
    expect(await coreOf('| 1 | 城镇新增就业 | 人 | 3000 | 1850 | 61.67% |\n', '2024年工作情况')).toEqual([]);
  });
  it('a progress table whose barred heading wraps its share column onto the next line still reads its rows', async () => {
    const table = (wrap: string) =>
      `序号 | 项目名称 | 责任单位 | 目标任务 | 1- 8月 实际完成情况 |${wrap}任务完成率 | 备注 | |\n1 | 新增城镇就业 | 区人社局 | 8950人 | 7123人 | 80% | ||\n`;
    expect((await coreOf(table('\n'), '2019年1-8月民生实事项目完成情况')).map((r) => [r.indicator, r.value, r.kind, r.text])).toEqual([
      ['urban_new_jobs', 8950, 'target', '8950人'], ['urban_new_jobs', 7123, 'actual', '7123人'], ['urban_new_jobs', 80, 'progress', '80%'],
    ]);
    // (The wrap is the heading's own only where its line ends on a bar: a share column a paragraph later heads nothing.)
    expect((await coreOf(table('\n本表数据截至8月底。\n'), '2019年1-8月民生实事项目完成情况')).map((r) => r.kind)).not.toContain('progress');
  });
  it('a table whose columns are headed by years dates each cell by its column; a heading of other years does not', async () => {
    const records = await coreOf('表2.21 主要年份城镇登记失业人数和城镇登记失业率\n指标\t2000\t2010\t2020\t2021\n城乡登记失业人数(万人)\t20.08\t27.73\t13.54\t14.40\n城镇登记失业率(%)\t3.5\t4.2\t3.7\t2.7\n');
    expect(records.map((r) => [r.value, r.period])).toEqual([[3.5, '2000'], [4.2, '2010'], [3.7, '2020'], [2.7, '2021']]);
    const fewer = await coreOf('表2.21 主要年份城镇登记失业率\n指标\t2020\t2021\n城镇登记失业率(%)\t3.5\t4.2\t3.7\t2.7\n');
    expect(fewer.map((r) => r.period)).not.toContain('2000');
  });
  it('a bilingual yearbook\'s row, its label glossed in English, reads under an indented heading of years (Item 2005 2010 …)', async () => {
    const table = (row: string) => `1-4  主要年份国民经济和社会发展主要比例和效益指标\n               Item 2005 2010 2015 2017 2018\n${row}\n`;
    const records = await coreOf(table('城镇登记失业率   (%) Registered Unemployment Rate in Urban Areas  (%) 2.8 2.4 2.59 2.74 2.49'));
    expect(records.every((r) => r.indicator === 'registered_unemployment_rate')).toBe(true);
    expect(records.map((r) => `${r.period} ${r.value}`)).toEqual(['2005 2.8', '2010 2.4', '2015 2.59', '2017 2.74', '2018 2.49']);
    // (A row of another measure, glossed the same way, is none of ours.)
    expect(await coreOf(table('出生率   (‰) Birth Rate   (‰) 6.38 6.30 6.04 7.85 6.35'))).toEqual([]);
  });
  it('a table with a unit column gives the figure after the unit cell, in that unit; without the heading, nothing', async () => {
    const rows = '1、期末城镇登记失业率\t%\t3.39\t上升0.13个百分点\n2、期末参加养老保险人数\t万人\t277.1\t5.60%\n3、基本养老保险基金收入\t亿元\t90.32\t17.52%\n4、来厦务工人员培训\t万人\t0.9447\t-71.60%\n';
    const records = await coreOf(`指 标 名 称\t计算 单位\t2018年1-6月\n实绩\t比上年同期增长\n${rows}`, '厦门市人力资源和社会保障统计资料');
    expect(records.map((r) => [r.indicator, r.value, r.unit, r.text])).toEqual([
      ['registered_unemployment_rate', 3.39, '%', '3.39'],
      ['pension_insured', 2771000, '人', '277.1'],
      ['vocational_training', 9447, '人次', '0.9447'],
    ]);
    expect(await coreOf(`2018年1-6月\n${rows}`, '厦门市人力资源和社会保障统计资料')).toEqual([]);
  });
  it('a five-year plan\'s table of main indicators (指标 2025年 2030年 属性) gives the start year\'s level reached and the end year\'s aimed at, a [bracketed] figure the five years\' total', async () => {
    const table = (sep: string, heading = ['指标', '2025年', '2030年', '属性']) =>
      ['某市“十五五”就业促进规划', '表1 “十五五”时期就业主要指标', heading.join(sep), ['城镇新增就业人数（万人）', '[25.6]', '[25]', '预期性'].join(sep), ['城镇调查失业率（%）', '5.2', '<5.5', '预期性'].join(sep)].join('\n');
    const read = async (page: string) => (await coreOf(page)).map((r) => [r.indicator, r.value, r.comparator, r.kind, r.period]);
    const expected = [
      ['urban_new_jobs', 256000, '=', 'actual', '2021-2025'], ['urban_new_jobs', 250000, '=', 'target', '2026-2030'],
      ['surveyed_unemployment_rate', 5.2, '=', 'actual', '2025'], ['surveyed_unemployment_rate', 5.5, '<=', 'target', '2030'],
    ];
    // (Cells apart by tabs, or by one blank as text taken from a PDF keeps them.)
    expect(await read(table('\t'))).toEqual(expected);
    expect(await read(table(' '))).toEqual(expected);
    // (The unit may stand in a column of its own.)
    const unitColumn = '表1 主要指标\n指标\t单位\t2020年\t2025年\t属性\n城镇登记失业率\t%\t3.2\t≤4.5\t预期性\n';
    expect(await read(unitColumn)).toEqual([['registered_unemployment_rate', 3.2, '=', 'actual', '2020'], ['registered_unemployment_rate', 4.5, '<=', 'target', '2025']]);
    // (Years that are no plan's start and end, five apart, head some other table.)
    expect(await read(table('\t', ['指标', '2024年', '2030年', '属性']))).toEqual([]);
  });
  it('a unit-column table under columns of years (指标名称 计量单位 2023年 2024年) gives each year\'s figure, dated by its column', async () => {
    const table = (sep: string, row: string) =>
      ['表1 主要指标', ['指标名称', '计量单位', '2023年', '2024年'].join(sep), ['城镇新增就业人数', '万人', row].join(sep)].join('\n');
    const read = async (sep: string, row: string) =>
      (await coreOf(table(sep, row), '2024年某市人力资源和社会保障事业发展统计公报')).map((r) => [r.value, r.period, r.text]);
    // (Cells apart by tabs, or one blank as text taken from a PDF keeps them.)
    for (const sep of ['\t', ' ']) expect(await read(sep, ['5.1', '5.3'].join(sep))).toEqual([[51000, '2023', '5.1'], [53000, '2024', '5.3']]);
    // (A row short of a year's figure: which year its one figure is for is not known.)
    expect(await read('\t', '5.3')).toEqual([]);
  });
  it('a unit-column table under a caption of the insured reads a scheme\'s bare name as its insured count', async () => {
    const table = (caption: string) =>
      `十、社会保障\n${caption}\n指标            单位      年末数     比上年末增长（%）\n城镇职工基本养老保险    万人    128.6    3.2\n失业保险        万人     45.1     2.8\n工伤保险        万人     60.3     4.1\n`;
    const read = async (caption: string) =>
      (await coreOf(table(caption), '2023年某市国民经济和社会发展统计公报')).map((r) => [r.indicator, r.value, r.text]);
    expect(await read('表10 2023年末社会保险参保情况')).toEqual([
      ['pension_insured', 1286000, '128.6'], ['unemployment_insurance_insured', 451000, '45.1'], ['work_injury_insurance_insured', 603000, '60.3'],
    ]);
    // (A caption of something else counted of each scheme — its beneficiaries — names no one insured.)
    expect(await read('表10 2023年末社会保险待遇享受人数')).toEqual([]);
    // …its cells one blank apart, as text taken from a PDF keeps a row.
    const pdf = '表10 2023年末社会保险参保情况\n指标 单位 年末数 比上年末增长（%）\n城镇职工基本养老保险 万人 128.6 3.2\n失业保险 万人 45.1 2.8\n';
    expect((await coreOf(pdf, '2023年某市国民经济和社会发展统计公报')).map((r) => [r.indicator, r.value])).toEqual([['pension_insured', 1286000], ['unemployment_insurance_insured', 451000]]);
  });
  it('a row under a heading with a change column (指标 2024年 比上年增长(%)) reads the level alone, each year\'s by its column', async () => {
    const table = (heading: string, row: string) => `2024年某市国民经济和社会发展统计公报\n表3 就业情况\n${heading}\n城镇新增就业人数（万人）\t${row}\n`;
    const read = async (heading: string, row: string) => (await coreOf(table(heading, row))).map((r) => [r.value, r.period, r.text]);
    expect(await read('指标\t2024年\t比上年增长（%）', '5.3\t2.1')).toEqual([[53000, '2024', '5.3']]);
    expect(await read('指标\t2015年\t2020年\t年均增长（%）', '5.1\t5.6\t1.9')).toEqual([[51000, '2015', '5.1'], [56000, '2020', '5.6']]);
    // (Under a heading of years alone, every column is a level.)
    expect(await read('指标\t2023年\t2024年', '5.1\t5.3')).toEqual([[51000, '2023', '5.1'], [53000, '2024', '5.3']]);
  });

  it('give one figure per column, for the area its heading names, in the unit of the row', async () => {
    const records = await coreOf(
      '(2017年)\n 金华市 兰溪市 义乌市\n失业保险参保人数 (万人) 85.01 26.01 7.01\n城镇登记失业率 (%) 2.49 2.48 2.46\n  #城镇 (人) 6334 4488 13716\n',
      '2017年社会保障和就业发展统计',
    );
    expect(records.map((r) => [r.indicator, r.value, r.unit, r.region, r.period, r.kind])).toEqual([
      ['unemployment_insurance_insured', 850100, '人', '金华市', '2017', 'actual'],
      ['unemployment_insurance_insured', 260100, '人', '兰溪市', '2017', 'actual'],
      ['unemployment_insurance_insured', 70100, '人', '义乌市', '2017', 'actual'],
      ['registered_unemployment_rate', 2.49, '%', '金华市', '2017', 'actual'],
      ['registered_unemployment_rate', 2.48, '%', '兰溪市', '2017', 'actual'],
      ['registered_unemployment_rate', 2.46, '%', '义乌市', '2017', 'actual'],
    ]);
  });

  // A progress table copied from a page one cell per line: measures over 目标/任务/进度/完成比例 columns, a row per area.
  const progressTable = (rows: string) =>
    [
      '2019年十大民生工程项目完成情况表', '地区', '城镇新增就业(人)', '', '城镇失业人员再就业(人)', '城镇登记失业率低于(%)',
      '下岗失业人员再就业(人)', '市人力资源社会保障局', '市总工会',
      ...Array<string[]>(4).fill(['目标', '', '任务', '进度', '完成比例(%)']).flat(),
      rows,
    ].join('\n');

  it('copied one cell per line give each cell its column\'s measure and kind and its row\'s area', async () => {
    const records = (await recordsOf(progressTable('全市\n27800\n52242\n187.9\n4400\n5358\n121.8\n4.3\n3.57\n400\n1089\n272.3\n市本级\n60\n577\n961.7\n眉山天府新区\n东坡区\n8000\n22921\n286.5\n1200\n1444\n120.3\n4.3\n3.48\n80\n160\n200')))
      .filter((r) => r.region !== '全市');
    expect(records.map((r) => [r.indicator, r.value, r.unit, r.comparator, r.kind, r.region, r.period])).toEqual([
      // 市本级 writes only the last group: read from the right. 下岗失业人员再就业 beside the table's own
      // 城镇失业人员再就业 is another body's programme.
      ['other', 60, '人', '=', 'target', '市本级', '2019'],
      ['other', 577, '人', '=', 'actual', '市本级', '2019'],
      ['other', 961.7, '%', '=', 'progress', '市本级', '2019'],
      ['urban_new_jobs', 8000, '人', '=', 'target', '东坡区', '2019'],
      ['urban_new_jobs', 22921, '人', '=', 'actual', '东坡区', '2019'],
      ['urban_new_jobs', 286.5, '%', '=', 'progress', '东坡区', '2019'],
      ['unemployed_reemployment', 1200, '人', '=', 'target', '东坡区', '2019'],
      ['unemployed_reemployment', 1444, '人', '=', 'actual', '东坡区', '2019'],
      ['unemployed_reemployment', 120.3, '%', '=', 'progress', '东坡区', '2019'],
      // A ceiling rate has no share column.
      ['registered_unemployment_rate', 4.3, '%', '<=', 'target', '东坡区', '2019'],
      ['registered_unemployment_rate', 3.48, '%', '=', 'actual', '东坡区', '2019'],
      ['other', 80, '人', '=', 'target', '东坡区', '2019'],
      ['other', 160, '人', '=', 'actual', '东坡区', '2019'],
      ['other', 200, '%', '=', 'progress', '东坡区', '2019'],
    ]);
    // (A count that marks its thousands, 22,921, is the same cell.)
    const marked = (await recordsOf(progressTable('全市\n27,800\n52,242\n187.9\n4,400\n5,358\n121.8\n4.3\n3.57\n400\n1,089\n272.3'))).filter((r) => r.indicator === 'urban_new_jobs');
    expect(marked.map((r) => [r.value, r.kind, r.text])).toEqual([[27800, 'target', '27,800'], [52242, 'actual', '52,242'], [187.9, 'progress', '187.9']]);
  });

  it('a target notice\'s table kept a row per line, cells apart by spaces or tabs: each cell its column\'s measure and its row\'s area, a 合计 row the page\'s', async () => {
    const annex = '附件：2024年各区县就业工作目标任务分解表\n区县 城镇新增就业（人） 失业人员再就业（人）\n城关区 12000 3500\n榆中县\t8000\t2500\n合计  20000  6000\n兰州市人力资源和社会保障局';
    const records = await recordsOf(annex, '关于下达2024年全市就业工作目标任务的通知');
    expect(records.map((r) => [r.indicator, r.value, r.kind, r.region, r.text])).toEqual([
      ['urban_new_jobs', 12000, 'target', '城关区', '12000'],
      ['unemployed_reemployment', 3500, 'target', '城关区', '3500'],
      ['urban_new_jobs', 8000, 'target', '榆中县', '8000'],
      ['unemployed_reemployment', 2500, 'target', '榆中县', '2500'],
      ['urban_new_jobs', 20000, 'target', '兰州市', '20000'],
      ['unemployed_reemployment', 6000, 'target', '兰州市', '6000'],
    ]);
    // …or cells between bars, as a table copied to text writes them.
    const piped = annex.replace(/(?<=\S)[ \t]+(?=\S)/g, ' | ').replace('区县 | 城镇新增就业（人）', '县（市、区） | 城镇新增就业（人）');
    expect((await recordsOf(piped, '关于下达2024年全市就业工作目标任务的通知')).map((r) => [r.value, r.region])).toEqual([
      [12000, '城关区'], [3500, '城关区'], [8000, '榆中县'], [2500, '榆中县'], [20000, '兰州市'], [6000, '兰州市'],
    ]);
    // A sentence with spaces in it is no row.
    expect((await extractor()).extract(`${LABOUR_CONTEXT}\n城镇新增就业（人） 12000，同比增长 5%。`).records.filter((r) => r.region === '城关区')).toEqual([]);
  });

  it('a wage notice\'s table by tier (第一档 | 2100 | 21): each tier\'s monthly standard is the page\'s area\'s, no area called 第一档', async () => {
    const notice = (first: string) =>
      `关于调整全省最低工资标准的通知\n经省政府同意，自2024年3月1日起调整全省最低工资标准。\n| 档次 | 月最低工资标准（元） | 非全日制用工小时最低工资标准（元） |\n| ${first} | 2100 | 21 |\n| 第二档 | 1900 | 19 |`;
    const read = async (first: string) =>
      (await recordsOf(notice(first), '关于调整全省最低工资标准的通知')).filter((r) => r.indicator === 'minimum_wage').map((r) => [r.value, r.region]);
    expect(await read('第一档')).toEqual([[2100, '全省'], [1900, '全省']]);
    // (A row headed by an area is that area's.)
    expect((await read('城关区'))[0]).toEqual([2100, '城关区']);
  });

  it('a progress table whose heading cells each name their kind (城镇新增就业目标任务（人） 完成数（人） 完成率（%）) reads task, done and share per area', async () => {
    const table = (heading: string) =>
      `2023年1-9月各县（市、区）就业目标任务完成情况\n县（市、区） ${heading}\n甲县 5000 4120 82.4\n乙县 4000 3650 91.25\n合计 9000 7770 86.33`;
    const read = async (heading: string) =>
      (await recordsOf(table(heading), '2023年1-9月各县（市、区）就业目标任务完成情况')).filter((r) => r.indicator !== 'other').map((r) => [r.value, r.kind, r.region]);
    expect(await read('城镇新增就业目标任务（人） 完成数（人） 完成率（%）')).toEqual([
      [5000, 'target', '甲县'], [4120, 'actual', '甲县'], [82.4, 'progress', '甲县'],
      [4000, 'target', '乙县'], [3650, 'actual', '乙县'], [91.25, 'progress', '乙县'],
      // (合计: the page's own area, which this page never names.)
      [9000, 'target', null], [7770, 'actual', null], [86.33, 'progress', null],
    ]);
    // (A done column counted in another unit than the task's is no sub-column of it: the rows fit no reading.)
    expect(await read('城镇新增就业目标任务（人） 完成数（万人） 完成率（%）')).toEqual([]);
  });

  it('a target notice\'s table whose unit stands on a line above it (单位：万人) reads its bare heading cells in that unit', async () => {
    const annex = (unitLine: string) =>
      `附件：2024年各区县就业工作目标任务分解表\n${unitLine}\n区县 城镇新增就业 失业人员再就业\n城关区 1.2 0.35\n榆中县\t0.8\t0.25\n合计  2  0.6\n兰州市人力资源和社会保障局`;
    const records = async (unitLine: string) =>
      (await recordsOf(annex(unitLine), '关于下达2024年全市就业工作目标任务的通知')).filter((r) => r.indicator !== 'other').map((r) => [r.indicator, r.value, r.kind, r.region]);
    const rows: Array<[string, number, number]> = [['城关区', 12000, 3500], ['榆中县', 8000, 2500], ['兰州市', 20000, 6000]];
    expect(await records('单位：万人')).toEqual(
      rows.flatMap(([area, jobs, again]) => [['urban_new_jobs', jobs, 'target', area], ['unemployed_reemployment', again, 'target', area]]),
    );
    // (Without the unit, a bare heading says nothing of what its cells count.)
    expect(await records('（各区县按季度上报）')).toEqual([]);
  });

  it('a progress table whose caption names the measure (…城镇新增就业目标任务完成情况表) and whose heading names only kinds reads each column as that measure', async () => {
    const table = (caption: string, share: string) =>
      `附件\n${caption}\n单位：人\n县（区）\t目标任务\t完成数\t完成率\n城关区\t8000\t7520\t${share}\n东川县\t5000\t4210\t84.20\n`;
    const read = async (caption: string, share = '94.00%') =>
      (await recordsOf(table(caption, share), '关于2025年1-9月就业目标任务完成情况的通报')).filter((r) => r.indicator !== 'other').map((r) => [r.value, r.kind, r.region, r.text]);
    const rows = [[8000, 'target', '城关区', '8000'], [7520, 'actual', '城关区', '7520'], [94, 'progress', '城关区', '94.00%'], [5000, 'target', '东川县', '5000'], [4210, 'actual', '东川县', '4210'], [84.2, 'progress', '东川县', '84.20']];
    // (A share's cell may write its sign or not.)
    expect(await read('2025年1-9月城镇新增就业目标任务完成情况表')).toEqual(rows);
    expect(await read('2025年1-9月城镇新增就业目标任务完成情况表', '94.00')).toEqual(rows.map((r) => (r[3] === '94.00%' ? [94, 'progress', '城关区', '94.00'] : r)));
    // (A caption that names no measure of ours leaves the kinds' columns unread.)
    expect(await read('2025年1-9月重点项目目标任务完成情况表')).toEqual([]);
  });

  it('a bulletin\'s table with its unit on a line above (单位：万人 ⏎ 指标 年末数 增长) gives each row\'s first figure in that unit', async () => {
    const table = (caption: string, columns: string, unit: string) =>
      `十、社会保障\n${caption}\n单位：${unit}\n指标\t${columns}\n城镇职工基本养老保险\t28.6\t2.1\n失业保险\t9.1\t3.0\n工伤保险参保人数\t12.4\t1.8\n`;
    const read = async (caption: string, columns = '年末数\t比上年末增长(%)', unit = '万人') =>
      (await recordsOf(table(caption, columns, unit), '宁乡市2024年国民经济和社会发展统计公报')).filter((r) => r.indicator !== 'other').map((r) => [r.indicator, r.value, r.text]);
    expect(await read('表9 2024年末社会保险参保人数')).toEqual([
      ['pension_insured', 286000, '28.6'], ['unemployment_insurance_insured', 91000, '9.1'], ['work_injury_insurance_insured', 124000, '12.4'],
    ]);
    // (A table of the schemes' funds, in 亿元, counts no one insured; a table whose first column of figures is the
    // change reads nothing.)
    expect(await read('表9 2024年社会保险基金收入', '本年收入\t比上年增长(%)', '亿元')).toEqual([]);
    expect(await read('表9 2024年末社会保险参保人数', '比上年末增长(%)\t年末数')).toEqual([]);
  });

  it("a scheme's bare name in a table whose cells stand apart by blanks (失业保险  28.31, as text from a PDF) is its insured count, as with tabs", async () => {
    const table = (sep: string) =>
      `2025年某某市人力资源和社会保障事业发展统计公报\n表1 2025年末社会保险参保情况\n${['指标', '年末数（万人）', '比上年末增长（%）'].join(sep)}\n${['城镇职工基本养老保险', '68.42', '3.2'].join(sep)}\n${['失业保险', '28.31', '2.5'].join(sep)}\n${['工伤保险', '35.72', '4.1'].join(sep)}\n`;
    const expected = [['pension_insured', 684200], ['unemployment_insurance_insured', 283100], ['work_injury_insurance_insured', 357200]];
    for (const sep of ['\t', '  ', '\u3000\u3000', '    ']) {
      expect((await recordsOf(table(sep))).map((r) => [r.indicator, r.value])).toEqual(expected);
    }
  });

  it("…and under columns of years (项目 2023年 2024年 增长), each year's figure dated by its column", async () => {
    const table = (columns: string, row: string) =>
      `十、社会保障\n表9 社会保险参保人数\n单位：万人\n项目\t${columns}\n失业保险\t${row}\n`;
    const read = async (columns: string, row: string) =>
      (await recordsOf(table(columns, row), '宁乡市2024年国民经济和社会发展统计公报')).filter((r) => r.indicator !== 'other').map((r) => [r.value, r.period, r.text]);
    expect(await read('2023年\t2024年\t增长(%)', '8.8\t9.1\t3.4')).toEqual([[88000, '2023', '8.8'], [91000, '2024', '9.1']]);
    // (A row short of a year's figure: which year the one it has is for is not known.)
    expect(await read('2023年\t2024年', '9.1')).toEqual([]);
  });

  it("a bulletin's table of years down the side: each cell its column's measure, of its row's year", async () => {
    const rows = [['年份', '城镇新增就业（万人）', '城镇登记失业率（%）'], ['2019', '35.5', '3.5'], ['2020', '31.2', '3.6']];
    const table = (sep: string) => `2020年度黑龙江省人力资源和社会保障事业发展统计公报\n表1 2019-2020年城镇新增就业和城镇登记失业率\n${rows.map((r) => r.join(sep)).join('\n')}\n二、社会保险`;
    const expected = [['urban_new_jobs', 355000, '2019'], ['registered_unemployment_rate', 3.5, '2019'], ['urban_new_jobs', 312000, '2020'], ['registered_unemployment_rate', 3.6, '2020']];
    // A row per line (cells apart by tabs, as the page reader writes them, or spaces), or one cell per line.
    for (const sep of ['\t', ' ', '\n']) {
      expect((await recordsOf(table(sep))).map((r) => [r.indicator, r.value, r.period])).toEqual(expected);
    }
    // A year's row takes no more figures than its line holds (the next year is its own row, not a figure), and a short
    // row is left alone.
    const short = table('\t').replace('2019\t35.5\t3.5', '2019\t35.5');
    expect((await recordsOf(short)).map((r) => [r.value, r.period])).toEqual([[312000, '2020'], [3.6, '2020']]);
  });

  it('a progress table whose cells each end in " |": each row read from its share cell by the heading\'s columns', async () => {
    const table = [
      '2023年1-7月暖民心行动实施进展情况公示 |', '序号 |', '行动 |', '项目 |', '进展情况 |', '目标任务 |', '完成率 |',
      '1 |', '就业促进行动 |', '见习岗位 |', '开发就业见习岗位', '152 个 |', '145个 |', '104.83% |',
      '公益性岗位 |', '开发公益性岗位 440 个 |', '440个 |', '100% |',
      '补贴性职业技能培训 |', '补贴性职业技能培训', '2287 人次 |', '2360人次 |', '96.91% |',
    ].join('\n');
    expect((await coreOf(table, '2023年1-7月暖民心行动实施进展情况')).map((r) => [r.indicator, r.value, r.unit, r.kind])).toEqual([
      ['public_welfare_jobs', 440, '个', 'actual'], ['public_welfare_jobs', 440, '个', 'target'], ['public_welfare_jobs', 100, '%', 'progress'],
      ['vocational_training', 2287, '人次', 'actual'], ['vocational_training', 2360, '人次', 'target'], ['vocational_training', 96.91, '%', 'progress'],
    ]);
    // Bare cells take the measure named before them in the row (城镇新增就业1100人 | 县人社局 | 1100 | 1063 | 96.64% |).
    const bare = ['序号 |', '项目名称 |', '目标任务 |', '牵头单位 |', '目标任务 |', '累计完成 |', '累计进度 |', '备注 |',
      '1 |', '城镇新增就业1100人 |', '县人社局 |', '1100 |', '1063 |', '96.64% |', '|'].join('\n');
    expect((await coreOf(bare, '民生实事进展情况')).map((r) => [r.value, r.unit, r.kind])).toEqual([
      [1100, '人', 'target'], [1100, '人', 'target'], [1063, '人', 'actual'], [96.64, '%', 'progress'],
    ]);
    // Without a heading naming a share column, cells ending in | are no table.
    const noHeading = ['序号 |', '项目名称 |', '牵头单位 |', '备注 |', '城镇新增就业1100人 |', '县人社局 |', '1100 |', '1063 |', '96.64% |'].join('\n');
    expect((await coreOf(noHeading, '民生实事进展情况')).map((r) => r.value)).toEqual([1100]);
  });

  it('a yearbook table of years as columns, a cell per line: each figure its row\'s measure in its column\'s year', async () => {
    const table = '表2.21 主要年份城镇登记失业人数和城镇登记失业率\n指\n标\n2000\n2010\n2020\n2021\n城乡登记失业人数(万人)\n20.08\n27.73\n13.54\n14.40\n城镇登记失业率(%)\n3.5\n4.2\n3.7\n2.7\n';
    expect((await coreOf(table, '统计年鉴')).map((r) => [r.indicator, r.value, r.kind, r.period])).toEqual([
      ['registered_unemployment_rate', 3.5, 'actual', '2000'], ['registered_unemployment_rate', 4.2, 'actual', '2010'],
      ['registered_unemployment_rate', 3.7, 'actual', '2020'], ['registered_unemployment_rate', 2.7, 'actual', '2021'],
    ]);
    // A row with a figure missing fits no year: left alone.
    expect(await coreOf('指标\n2020\n2021\n城镇登记失业率(%)\n3.7\n', '统计年鉴')).toEqual([]);
    // (Its cells indented by ideographic spaces, as a document from Word keeps them, read the same.)
    const indented = table.replace(/^(?=\S)/gm, '\u3000\u3000');
    expect((await coreOf(indented, '统计年鉴')).map((r) => [r.value, r.period, r.text])).toEqual([
      [3.5, '2000', '3.5'], [4.2, '2010', '4.2'], [3.7, '2020', '3.7'], [2.7, '2021', '2.7'],
    ]);
  });

  it('a table of years as columns with blank lines between cells, a —— for a year with no figure and a % in a cell', async () => {
    const table = '专栏1:“十二五”甘肃省就业情况\n\n项目\n\n2010年\n\n2011年\n\n2012年\n\n本地灵活就业人员(万人)\n\n——\n\n13.64\n\n16.21\n\n城镇登记失业率(%)\n\n3.21%\n\n3.11\n\n2.68\n';
    expect((await coreOf(table, '统计年鉴')).map((r) => [r.indicator, r.value, r.period])).toEqual([
      ['registered_unemployment_rate', 3.21, '2010'], ['registered_unemployment_rate', 3.11, '2011'], ['registered_unemployment_rate', 2.68, '2012'],
    ]);
  });

  it('copied one cell per line are left alone when a row\'s cells fit no whole groups', async () => {
    const records = await coreOf(progressTable('全市\n27800\n52242\n187.9\n4400\n5358\n121.8\n4.3\n3.57\n400\n1089\n272.3\n东坡区\n8000\n22921'));
    expect(records.filter((r) => r.region === '东坡区')).toEqual([]);
    expect(records.filter((r) => r.region === '全市')).toHaveLength(8);
  });
});

describe('a bare word named by the page\'s title', () => {
  it('reads the title under a breadcrumb: a subheading\'s 结案率 is the arbitration closure rate', async () => {
    const page = (first: string) => `${first}\n2017年嘉兴市劳动人事仲裁机构成绩单出炉\n受理案件2549件 结案率92.4%\n\n记者昨天获悉，去年全市受理劳动争议案件2549件。劳动者权益得到维护，劳动关系和谐稳定，就业形势良好，社会保险覆盖扩大。`;
    const closure = async (text: string) => (await extractor()).extract(text).records.filter((r) => r.indicator === 'arbitration_closure_rate').map((r) => r.text);
    expect(await closure(page('您当前的位置 : 浙江在线  >  城市频道 > 浙江本地 > 嘉兴  正文'))).toEqual(['结案率92.4%']);
    // A first line that is the story's own and names no arbitration leaves the bare word alone.
    expect(await closure(page('嘉兴法院系统年终盘点').replace('劳动人事仲裁机构', '法院'))).toEqual([]);
  });

  it('a tier\'s standard set by the month (二类标准调整为1900元/月) under a headline naming the minimum wage is that wage', async () => {
    const page = (headline: string, lead = '印发《关于调整我省最低工资标准的通知》，从今年12月1日起，调整提高月最低工资标准和非全日制小时最低工资标准') =>
      `${headline}\n日前，广东省人民政府${lead}。此次调整仍保持四类标准，其中广州、深圳执行一类标准，两市对应的非全日制小时最低工资标准均为22.2元/小时；二类标准调整为1900元/月，执行地区为珠海、佛山、东莞、中山，对应的非全日制小时最低工资标准为18.1元/小时。`;
    const wages = async (text: string) => (await extractor()).extract(text).records.filter((r) => r.indicator === 'minimum_wage').map((r) => r.value);
    expect(await wages(page('广东省12月1日起调整提高最低工资标准'))).toEqual([1900]);
    // (…the headline alone naming it, the body only the hourly standard.)
    expect(await wages(page('广东省12月1日起调整提高最低工资标准', '印发通知，从今年12月1日起，调整提高非全日制小时最低工资标准'))).toEqual([1900]);
    // (A page of another standard leaves the tier alone.)
    expect(await wages(page('广东省12月1日起调整提高城乡低保标准', '印发通知，从今年12月1日起，调整提高城乡低保标准和非全日制小时最低工资标准'))).toEqual([]);
  });
});

describe('minimum wages ranked by place', () => {
  const wages = async (body: string) =>
    (await coreOf(body)).filter((r) => r.indicator === 'minimum_wage').map((r) => `${r.region} ${r.value}`);

  it('give each place its own monthly standard: 以…位列, 最高的是…的, 最高的是…，标准为, a place\'s tier', async () => {
    expect(await wages('截至9月28日，全国各地区月最低工资标准中，深圳以每月2030元跃居首位；上海以2020元位列次席；广东以1895元排名第三。')).toEqual([
      '深圳市 2030',
      '上海市 2020',
      '广东省 1895',
    ]);
    expect(await wages('目前，月最低工资标准最高的是深圳的1500元。')).toEqual(['深圳市 1500']);
    expect(await wages('目前，全国月最低工资标准最高的是上海市，标准为1620元。')).toEqual(['上海市 1620']);
    expect(await wages('目前，月最低工资标准最高的是深圳市(1500元)。')).toEqual(['深圳市 1500']);
    expect(await wages('从月最低工资标准来看，上海第一档为2740元，居全国首位。')).toEqual(['上海市 2740']);
    // (The next place of a round-up, right after the last one's figure.)
    expect(await wages('而同属经济发达地区的北京，最低工资标准为2200元，上海为2480元。')).toEqual(['北京市 2200', '上海市 2480']);
  });

  it('but not the hourly standard, an average wage, or a place with no standard named before it', async () => {
    expect(await wages('目前，月最低工资标准最高的是深圳的1500元，小时最低工资标准最高的是北京的14元。')).toEqual(['深圳市 1500']);
    expect(await wages('从小时最低工资标准来看，北京第一档为27.7元，居全国最高。')).toEqual([]);
    expect(await wages('调整最低工资标准后，全省平均工资最高的是深圳的8000元。')).toEqual([]);
    expect(await wages('全国各地区人均收入中，上海以每月8000元跃居首位。')).toEqual([]);
    expect(await wages('北京最低工资标准为2200元，人均收入为8000元，上海为9480元。')).toEqual(['北京市 2200']);
  });

  it('give each place of a bracketed list its monthly standard where the sentence names the minimum wage', async () => {
    expect(await wages('其中北京(2120元)、天津(2050元)、上海(2480元)和广东(2100元)的最低月工资超过2000元。')).toEqual([
      '北京市 2120',
      '天津市 2050',
      '上海市 2480',
      '广东省 2100',
      '全国 2000',
    ]);
    expect(await wages('最低工资最高的三个地区是上海(2480元)、深圳(2200元)和北京(2120元)。')).toEqual(['上海市 2480', '深圳市 2200', '北京市 2120']);
  });

  it('but not a bracketed list of the hourly standard, of other pay, or of places in a sentence naming no minimum wage', async () => {
    expect(await wages('从最低小时工资来看，天津(20.8元)、上海(22元)和广东(20.3元)超过20元。')).toEqual([]);
    expect(await wages('调整最低工资标准后，北京(9200元)、上海(9800元)的平均工资继续领先。')).toEqual([]);
    expect(await wages('北京(2120元)、天津(2050元)的人均补贴今年提高。')).toEqual([]);
  });
});

describe('a plan, then what was done of it in the next sentence', () => {
  it('reads the figure led only by a time and 完成 as the plan\'s measure, done', async () => {
    const got = await coreOf('全省城镇新增就业人数全年计划25万人。上半年完成22.4万人，占全部计划的89.5%。');
    expect(got.map((r) => [r.indicator, r.value, r.kind])).toEqual([
      ['urban_new_jobs', 250000, 'target'],
      ['urban_new_jobs', 224000, 'actual'],
      ['urban_new_jobs', 89.5, 'progress'],
    ]);
  });

  it('but not after a figure that was no plan, nor after anything but a time', async () => {
    expect((await coreOf('城镇新增就业12万人。上半年完成6万人。')).map((r) => r.value)).toEqual([120000]);
    expect((await coreOf('城镇新增就业全年计划12万人。各县区共完成培训6万人。')).map((r) => r.value)).toEqual([120000]);
  });
});

describe('record spans', () => {
  it('cover the label and the figure with its comparator, at offsets into the given text', async () => {
    const records = await recordsOf('确保城镇新增就业40万人以上、城镇登记失业率4.5%以内。');
    expect(records.map((r) => r.text)).toEqual(['城镇新增就业40万人以上', '城镇登记失业率4.5%以内']);
  });

  it('leave numbers inside quoted slogans alone', async () => {
    expect(await recordsOf('聚焦“四新”和“十条”措施，推进“八个一”活动。')).toEqual([]);
  });

  it('leave the size of a survey\'s sample of cities inside its name, and count other cities', async () => {
    const records = await recordsOf('10月份，31个大城市城镇调查失业率为5.0%。全市新建零工市场12个城市社区服务站。');
    expect(records.map((r) => [r.indicator, r.value, r.unit])).toEqual([
      ['other', 5, '%'],
      ['other', 12, '个'],
    ]);
  });

  it('leave the count of the government\'s projects (十件民生实事) alone, and count labour disputes in 件', async () => {
    const records = await recordsOf('将城镇新增就业2万人列入十件重点民生实事。全年受理劳动争议案件120件。');
    expect(records.map((r) => [r.indicator, r.value, r.unit])).toEqual([
      ['urban_new_jobs', 20000, '人'],
      ['other', 120, '件'],
    ]);
  });

  it('keep a quoted name that opens an other figure\'s label whole, marks and all', async () => {
    const records = await recordsOf('全市实现再就业2.3万人，其中“4050”人员再就业3600人。');
    expect(records.filter((r) => r.indicator === 'other').map((r) => [r.label, r.text])).toEqual([['“4050”人员再就业', '“4050”人员再就业3600人']]);
  });

  it('start an other figure\'s label after the year-end that dates it (2019年末全省就业人员 → 就业人员)', async () => {
    const records = await recordsOf('2019年末全省就业人员2550.8万人。全年城镇新增就业53.1万人。');
    expect(records.filter((r) => r.indicator === 'other').map((r) => [r.label, r.value])).toEqual([['就业人员', 25508000]]);
  });

  it('trim a lead-in word from an other label, never the first character of a word (从业人员, 在岗职工)', async () => {
    const records = await recordsOf('年末全县从业人员28.6万人，在岗职工5.2万人。全年城镇新增就业6125人，其中从高校毕业生中招录320人。');
    expect(records.filter((r) => r.indicator === 'other').map((r) => r.label)).toEqual(['从业人员', '在岗职工', '高校毕业生中招录']);
  });

  it('give other labour figures a label of their own', async () => {
    const records = await recordsOf('上半年共处理劳动争议案件37起，为劳动者挽回经济损失300.98万元。');
    expect(records.map((r) => [r.indicator, r.label, r.value, r.unit])).toEqual([
      ['other', '处理劳动争议案件', 37, '起'],
      ['other', '为劳动者挽回经济损失', 3009800, '元'],
    ]);
  });
});
