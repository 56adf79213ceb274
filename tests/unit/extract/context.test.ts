// Kind, period and region come from the page: its headings, leads, title and the places it names.
import { describe, expect, it } from 'vitest';
import { extractor, LABOUR_CONTEXT } from './helpers';
import { documentYear, findTimes } from '../../../src/extract/context/time';
import { pageRegion } from '../../../src/extract/context/region';
import { findPlaces } from '../../../src/extract/context/gazetteer';
import { documentTitle } from '../../../src/extract/text/headline';
import { initialMode } from '../../../src/extract/context/sections';

async function run(text: string, title?: string) {
  return (await extractor()).extract(text, title ? { title } : undefined);
}

/** The core records' measures and values, read from `text` on a labour page. */
async function coreRows(text: string) {
  return (await run(`${LABOUR_CONTEXT}\n${text}`)).records.filter((r) => r.indicator !== 'other').map((r) => [r.indicator, r.value]);
}

describe('sections decide target or actual', () => {
  it('a month of a year ahead (延长到明年3月份) has not run: the list of plans it stands in goes on planning', async () => {
    const kinds = async (month: string) =>
      (await run(`6月4日上午，唐山市第十五届人民代表大会第五次会议开幕。2020年唐山经济社会发展预期目标是什么？\n经济社会发展预期目标是：\n固定资产投资增长6%以上\n以下是小编从《政府工作报告》中整理出的与唐山人工作、生活密切相关的信息：\n1.市级帮扶措施全部延长到${month}\n2.全年城镇新增就业12万人，城镇登记失业率控制在4.5%以内`, '2020年唐山经济社会发展预期目标')).records.filter((r) => r.indicator !== 'other').map((r) => r.kind);
    expect(await kinds('明年3月份')).toEqual(['target', 'target']);
    // (A month gone by reports.)
    expect(await kinds('今年3月份')).toEqual(['actual', 'actual']);
  });

  it('a transcript\'s speaker (厅长：) is no lead: the year the answer opens on dates its later sentences', async () => {
    const page = (answer: string) =>
      `省人社厅厅长做客民生热线：今年我省将新增城镇就业50万人\n2024-02-20 来源：某某日报\n主持人：去年我省就业工作成绩如何？\n${answer}2023年，我们克服各种困难，全省城镇新增就业52.3万人。全年帮助失业人员再就业15.6万人。`;
    const reemployed = async (answer: string) => (await run(page(answer))).records.filter((r) => r.indicator === 'unemployed_reemployment').map((r) => `${r.kind} ${r.period}`);
    expect(await reemployed('厅长：')).toEqual(['actual 2023']);
    expect(await reemployed('市人社局负责人：')).toEqual(['actual 2023']);
    // (A label that announces is no speaker: 主要目标： still plans.)
    expect(await reemployed('主要目标：')).toEqual(['target 2024']);
  });

  it('a speaker named after a post the page gives them (…副部长李忠先生 ⏎ 李忠：), and an answer\'s thanks for the question, are no lead', async () => {
    const page = (intro: string, answer: string) =>
      `国新办举行2025年人力资源和社会保障工作情况新闻发布会\n2026年1月23日\n${intro}\n2025年，全国城镇新增就业1267万人。\n${answer}今年，我们将确保城镇新增就业1200万人以上。同时，开展补贴性职业技能培训1500万人次以上。`;
    const trained = async (intro: string, answer: string) => (await run(page(intro, answer))).records.filter((r) => r.indicator === 'vocational_training').map((r) => `${r.kind} ${r.period}`);
    const post = '主持人：今天我们邀请到人力资源社会保障部副部长李忠先生介绍有关情况。';
    expect(await trained(post, '李忠：')).toEqual(['target 2026']);
    expect(await trained(post, '谢谢你的提问。')).toEqual(['target 2026']);
    expect(await trained(post, '李忠：谢谢您的提问。')).toEqual(['target 2026']);
    // (A name the page gives no post is no speaker: 李忠： may be a label, and the line is read as it stands.)
    expect(await trained('主持人：今天我们邀请到有关负责同志介绍情况。', '李忠：')).toEqual(['actual 2025']);
  });

  it('the view a paragraph takes (从全国看，) is no lead: the time after it (去年) dates the paragraph\'s later sentences', async () => {
    const kinds = async (paragraph: string) =>
      (await run(`2022年3月8日\n二、今年的目标任务\n今年城镇新增就业6万人。\n三、关于形势\n${paragraph}全省城镇新增就业58万人。`, '就业工作会议讲话'))
        .records.filter((r) => r.indicator !== 'other').map((r) => `${r.kind} ${r.period}`).pop();
    expect(await kinds('从全国看，去年全国城镇新增就业1269万人。')).toBe('actual 2021');
    // (A view, then the year ahead: the plans go on.)
    expect(await kinds('从全国看，今年全国城镇新增就业要达到1100万人。')).toBe('target 2022');
  });

  it('a paragraph opening on a year ahead (根据规划，到2025年，…要实现) sets out goals, after a review of the plan before', async () => {
    const page = (horizon: string) =>
      `9月13日，山西发布了《“十四五”就业促进规划》。\n“十三五”以来，山西就业规模稳步增长，城镇新增就业累计达257.49万人。\n${horizon}，山西要实现就业形势总体平稳。就业规模不断扩大，城镇新增就业200万人以上，城镇调查失业率控制在5.5%以内。\n${LABOUR_CONTEXT}`;
    const kinds = async (horizon: string) => (await run(page(horizon))).records.filter((r) => r.indicator !== 'other').map((r) => r.kind);
    expect(await kinds('根据规划，到2025年')).toEqual(['actual', 'target', 'target']);
    expect(await kinds('到2025年')).toEqual(['actual', 'target', 'target']);
    // (What the text goes by, alone, opens no goals.)
    expect(await kinds('根据规划')).toEqual(['actual', 'actual', 'actual']);
  });

  it('“十四五”以来 on a page that names no year reports what was done since the plan began', async () => {
    const kinds = async (since: string) =>
      (await run(`酒泉市坚持以人民为中心的发展思想，就业、教育等各项社会事业实现高质量发展。\n${since}，输转城乡富余劳动力年均在15万人以上，失业人员再就业2.05万人。\n${LABOUR_CONTEXT}`)).records.filter((r) => r.indicator !== 'other').map((r) => r.kind);
    expect(await kinds('“十四五”以来')).toEqual(['actual', 'actual']);
    // (The plan's span alone is still ahead of a page that cannot say where it stands.)
    expect(await kinds('“十四五”期间')).toEqual(['target', 'target']);
  });

  it('what a paragraph goes by (按照统一部署，…) is no lead: the clause after it is', async () => {
    const kind = async (paragraph: string) =>
      (await run(`2015年全市十项重点民生工程工作方案\n市里将确保全年全市城镇新增就业6万人以上。\n提高社会保障水平\n${paragraph}企业退休人员基本养老金平均水平再提高10%。`, '2015年全市十项重点民生工程工作方案')).records.find((r) => r.indicator === 'pension_increase')?.kind;
    expect(await kind('按照统一部署，自2014年7月1日起，城乡居民基本养老保险最低基础养老金标准每月提高18元；自今年1月1日起，')).toBe('actual');
    // (…and when that clause plans, the paragraph plans.)
    expect(await kind('按照统一部署，今年全市将继续提高待遇，')).toBe('target');
  });

  it('after a review of the year before the page\'s, a paragraph opening on the page\'s own year turns to its work ahead', async () => {
    const page = (review: string) =>
      `安徽新增就业情况\n2017-02-21 19:37\n据统计，${review}全省城镇新增就业6.8万人，城镇登记失业率3.2%。\n2017年在原有的政策基础上，稳妥做好化解过剩产能职工安置工作。实施农民工返乡创业行动计划，开发5万个就业困难人员公益性岗位，兜住就业底线。\n${LABOUR_CONTEXT}`;
    const posts = async (review: string) => (await run(page(review), '安徽新增就业情况')).records.find((r) => r.indicator === 'public_welfare_jobs');
    expect(await posts('2016年')).toMatchObject({ kind: 'target', period: '2017' });
    // (After a review of the page's own year, the paragraph goes on with it.)
    expect(await posts('2017年1月')).toMatchObject({ kind: 'actual', period: '2017-01' });
  });
  it('an item numbered in digits at its line\'s head stating a floor (3.…结案率达到95%以上) is a goal; stating a level, a result', async () => {
    const kind = async (figure: string) =>
      (await run(`${LABOUR_CONTEXT}\n2.城镇职工劳动合同续订率达到87%以上。\n3.劳动人事争议仲裁案件结案率达到${figure}。\n4.农民工工资基本无拖欠。`)).records.find((r) => r.indicator === 'arbitration_closure_rate')?.kind;
    expect(await kind('95%以上')).toBe('target');
    expect(await kind('95.3%')).toBe('actual');
  });

  it('years gone by (近三年) in a figure\'s own clause report, after a sentence of plans, on a page whose year is unknown too', async () => {
    const kinds = async (span: string) => (await run(`${LABOUR_CONTEXT}\n三是优化流程机制，提升维权处理质效。聚焦依法高效化解争议案件，确保争议案件依法妥善办理。${span}仲裁结案率保持在91%以上，调解成功率在78%以上。`)).records.filter((r) => r.indicator === 'arbitration_closure_rate' || r.indicator === 'mediation_success_rate').map((r) => r.kind);
    // (…and the items of the list they open, after its first.)
    expect(await kinds('近三年')).toEqual(['actual', 'actual']);
    expect(await kinds('')).toEqual(['target', 'target']);
  });

  it('目前 says how things stand for the clause it opens, not for the plans its sentence goes on to', async () => {
    const kinds = async (text: string) => (await run(`${text}\n${LABOUR_CONTEXT}`)).records.filter((r) => r.indicator !== 'other').map((r) => [r.indicator, r.kind]);
    expect(await kinds('人社部新闻发言人表示，将按照收入分配改革总体方案的部署研究制定相关政策。截至9月底，全国有18个省份调整最低工资标准。目前，月最低工资标准最高的是深圳的1500元。')).toEqual([['minimum_wage', 'actual']]);
    expect(await kinds('从全省就业工作座谈会上了解到，江西省2017年将实现新增就业人数45万人。据了解，2016年，全省实现新增城镇就业55.15万人，城镇登记失业率3.35%。目前，江西省就业形势依然复杂严峻，供需缺口仍然很大，江西省2017年目标新增就业人数45万人，城镇登记失业率小于4.5%，困难人员就业4万人。')).toEqual([
      ['urban_new_jobs', 'actual'], ['registered_unemployment_rate', 'actual'], ['registered_unemployment_rate', 'target'], ['hard_to_employ_employment', 'target'],
    ]);
  });

  it('news of a plan just published (…工作方案公布：) reports its targets, however its items read', async () => {
    const page = (published: string) =>
      `本报讯(记者 李娜)每一年，河南都会从全省人民最关心的利益着手，公布民生实事。记者从省政府获悉，2020年河南省重点民生实事工作方案${published}：省委、省政府决定，集中办好11项重点民生实事。\n新增城镇就业110万人\n深入实施就业优先政策，重点做好高校毕业生就业工作，全省新增城镇就业110万人。\n改造老旧小区至少50万户\n全年完成改造不少于50万户。\n“两癌”完成筛查140万人\n完成农村适龄妇女“两癌”筛查140万人。`;
    const kinds = async (published: string) => (await run(page(published))).records.filter((x) => x.indicator !== 'other').map((x) => x.kind);
    expect(await kinds('公布')).toEqual(['target', 'target']);
    // (What was done since a plan was published is reported.)
    expect(await kinds('印发以来')).toEqual(['actual', 'actual']);
  });

  it('a minimum wage a notice sets from a date ahead (决定从12月1日起，将…调整为2010元) is the standard in force; a draft plan\'s is a goal', async () => {
    const kinds = async (text: string) =>
      (await run(`${text}\n${LABOUR_CONTEXT}`)).records.filter((x) => x.indicator === 'minimum_wage').map((x) => [x.value, x.kind]).sort((a, b) => Number(a[0]) - Number(b[0]));
    expect(await kinds('浙江省政府近日发布《关于调整全省最低工资标准的通知》，为保障劳动者的基本生活和合法权益，决定从2017年12月1日起，将全省最低月工资标准调整为2010元。')).toEqual([[2010, 'actual']]);
    expect(await kinds('9月11日，江西省人社厅发布调整方案的征求意见稿，拟从12月1日起将全省最低月工资标准调整为2240元。')).toEqual([[2240, 'target']]);
    // …and so is the hourly standard beside it, an other figure, and the draft's likewise a goal.
    const hourly = async (text: string) =>
      (await run(`${text}\n${LABOUR_CONTEXT}`)).records.filter((x) => x.indicator === 'other' && x.unit === '元').map((x) => [x.value, x.kind]);
    expect(await hourly('决定从2025年1月1日起，将全省月最低工资标准调整为2200元，小时最低工资标准调整为22元。')).toEqual([[22, 'actual']]);
    expect(await hourly('省人社厅发布调整方案的征求意见稿，拟将全省月最低工资标准调整为2200元，小时最低工资标准调整为22元。')).toEqual([[22, 'target']]);
  });

  it('a sentence opened by the plan it follows (按照目标安排，…) states the plan\'s figures, under a headline stating a figure', async () => {
    const kinds = async (lead: string) =>
      (await run(`调结构影响30万人就业 河北破解“加减法”难题\n长城网1月17日讯 就业是民生之本。今年全省面临的困难和矛盾将更加突出，预计将影响30多万人就业。${lead}2014年，河北省城镇新增就业70万人，城镇登记失业率控制在4.5%以内，农村劳动力向非农转移就业新增50万人。`)).records.filter((x) => x.indicator !== 'other').map((x) => x.kind);
    expect(await kinds('按照目标安排，')).toEqual(['target', 'target', 'target']);
    // (A 目标安排 in a clause of its own says nothing of the next.)
    expect(await kinds('就业工作的目标安排已经下达，')).toEqual(['actual', 'actual', 'actual']);
  });

  it('a bulletin paragraph that names a census\'s year (2023年全国第五次经济普查结果：…) leaves the paragraphs after it in the bulletin\'s year', async () => {
    const page = (census: string) => `2024年，是实现“十四五”规划目标任务关键的一年。\n一、综合\n初步核算，全年全县生产总值316.80亿元，增长6.2%。\n${census}生产总值296.80亿元。\n年末全县常住人口77.60万人。\n全年新增城镇就业人员6698人，城镇登记失业率3.6%。`;
    const periods = async (census: string) => (await run(page(census))).records.filter((x) => x.indicator !== 'other').map((x) => x.period);
    expect(await periods('2023年全国第五次经济普查结果：')).toEqual(['2024', '2024']);
    // (A paragraph that opens on the year before as its own reports that year, as before.)
    expect(await periods('2023年全县实现')).toEqual(['2023', '2023']);
  });

  it('a line dating what follows from a day on (自2021年12月1日起,…调整:) is the text\'s time, not a print line\'s date', async () => {
    const page = (line: string) => `海南最低工资标准(2023年最新)\n来源:法大大发布时间:2023-11-15 14:57:40\n${line}\n最低月工资标准调整为1830元、1730元、1680元三档。`;
    const periods = async (line: string) => (await run(page(line))).records.filter((x) => x.indicator === 'minimum_wage').map((x) => x.period);
    expect(await periods('自2021年12月1日起,海南最低工资标准调整:')).toEqual(['2021', '2021', '2021']);
    // (A line that only dates its page, as a print line does, still dates nothing.)
    expect(await periods('2021年12月1日 海南日报')).toEqual(['2023', '2023', '2023']);
  });

  it('a month a level fell back to (逐步回落到6月份的5%) dates it, as one it fell to does; a month 到 sets as a deadline does not', () => {
    const months = (s: string) => findTimes(s, 2021).map((t) => t.period ?? t.month ?? null);
    expect(months('全国城镇调查失业率从2月份的5.5%，逐步回落到6月份的5%。')).toEqual(['02', '2021-06']);
    // (Twin: 到6月份 as a deadline names no month a figure is of.)
    expect(months('各地要到6月份完成5%的抽查任务。')).toEqual([]);
  });

  it('a year a run began, words before its 以来 (自2003年建立统计制度以来), spans to the page\'s year', () => {
    const periods = (s: string) => findTimes(s, 2018).map((t) => t.period);
    expect(periods('城镇新增就业自2003年建立统计制度以来，年均达到23.51万人。')).toEqual(['2003-2018']);
    // (Twin: the year something was set up, no run since, is that year.)
    expect(periods('城镇新增就业于2003年建立统计制度，当年达到23.51万人。')).toEqual(['2003', '2003']);
  });

  it('a section dated only by 今年以来, on a page whose title names a part of the year, is of that part', async () => {
    const page = (title: string) => `${title}\n\n今年以来,全市各级各有关部门扎实组织实施20项重点民生实事。\n\n就业社保方面。全市实现城镇新增就业2.8万人,完成全年任务的31%。`;
    const periods = async (title: string) => (await run(page(title))).records.filter((x) => x.indicator === 'urban_new_jobs').map((x) => x.period);
    expect(await periods('临沂市2025年20项重点民生实事一季度推进情况')).toEqual(['2025Q1', '2025Q1']);
    // (Twin: a title naming the year alone leaves the year.)
    expect(await periods('临沂市2025年20项重点民生实事推进情况')).toEqual(['2025', '2025']);
  });

  it('a pension rise is the year after the base it is a share of (按2022年退休人员月人均基本养老金的3.8%)', async () => {
    const page = (base: string) => `甘肃省调整退休人员基本养老金\n2023/07/21 来源:每日甘肃网\n《通知》明确,从2023年1月1日起,为退休人员增加基本养老金,总体调整水平${base}的3.8%。`;
    const periods = async (base: string) => (await run(page(base))).records.filter((x) => x.indicator === 'pension_increase').map((x) => x.period);
    expect(await periods('按照2022年退休人员月人均基本养老金')).toEqual(['2023']);
    // (Twin: a rise its sentence dates by the year itself keeps it.)
    expect(await periods('为2023年全省退休人员基本养老金')).toEqual(['2023']);
  });

  it('a page naming no place, where the State Council decides (国务院常务会议作出决定) or the nation speaks as 我国, is the nation\'s', () => {
    const page = (who: string) => `企业退休人员基本养老金再提10%\n1月9日${who}作出决定,自2013年1月1日起,继续提高企业退休人员基本养老金水平,提幅是按2012年企业退休人员月人均基本养老金的10%确定。`;
    expect(pageRegion(page('国务院常务会议'), undefined)).toBe('全国');
    // (Twin: a page of no place whose deciding body is unnamed stays unknown.)
    expect(pageRegion(page('常务会议'), undefined)).toBeNull();
  });

  it('a page whose source is a ministry\'s department (来源:就业促进司) speaks for the nation', () => {
    const page = (source: string) => `2013年5月13日 来源:${source}\n2013年就业工作总体思路是:努力完成城镇新增就业900万人以上、城镇登记失业率控制在4.6%以内的目标任务。\n指导各地逐级逐项细化分解就业目标任务。`;
    expect(pageRegion(page('就业促进司'), undefined)).toBe('全国');
    // (Twins: a company, or a province's division, is no ministry's.)
    expect(pageRegion(page('人才服务有限公司'), undefined)).not.toBe('全国');
    expect(pageRegion(page('就业促进处'), undefined)).not.toBe('全国');
  });

  it('a source label\'s names end at a blank: the story going on after it on the same line sets the area', () => {
    const story = '城市镜像.新闻汇总 2022-08-05\n\n消息来源:上海证券报 上证报中国证券网讯 据山西发布微信公众号8月5日消息,近日,山西省人社厅、省财政厅印发关于2022年调整退休人员基本养老金的通知,此次调整涉及的退休人员达292万人,总体调整水平为4%,日前,山西省所有增加的基本养老金已发放到位。';
    expect(pageRegion(story, undefined)).toBe('山西省');
    // (Twin: the paper a source line names is still no area of the story's.)
    expect(pageRegion('消息来源:江西日报 \n全市城镇新增就业2万人。', undefined)).not.toBe('江西省');
  });

  it('the year a history runs from (自1995年首次发布…后) is no period of the paragraphs after it', async () => {
    const page = (history: string) => `宁夏调整最低工资标准\n宁夏回族自治区政府常务会议上了解到，新标准自2015年11月1日起执行。\n${history}第十一次调整最低工资标准。\n具体调整内容包括：\n一类区：银川市兴庆区、金凤区、西夏区由每人每月1300元调整为1480元；`;
    const periods = async (history: string) => (await run(page(history))).records.filter((x) => x.indicator === 'minimum_wage').map((x) => x.period);
    expect(await periods('这是宁夏自1995年首次发布《宁夏回族自治区最低工资规定》后，')).toEqual(['2015', '2015']);
    // (A paragraph that opens on a year of its own still dates what follows.)
    expect(await periods('2016年，宁夏')).toEqual(['2016', '2016']);
    // (…and a history told since a year: 我省自1995年开展最低工资工作以来，)
    expect(await periods('我省自1995年开展最低工资工作以来，')).toEqual(['2015', '2015']);
  });

  it('a yearbook grid\'s row keeps the area its name survived with (内蒙古 15.2 …); a row whose name was lost has none', async () => {
    const table = '5-28  各地区城镇登记失业人员及失业率\n  失业人员 (万人) 失业率 (%)\n2004 2005 2004 2005\n 内蒙古 18.5 17.7 4.6 4.3\n   28.4 28.2 4.2 4.2';
    const rows = (await run(table)).records.filter((x) => x.indicator === 'registered_unemployment_rate').map((x) => [x.region, x.period]);
    expect(rows).toEqual([['内蒙古自治区', '2004'], ['内蒙古自治区', '2005'], [null, '2004'], [null, '2005']]);
  });

  it('a place naming an airport, a station or a bonded zone (长沙机场, 长沙金霞保税物流中心) is no area the page speaks as', async () => {
    const page = (a: string, b: string, c: string) => `（五）改革开放继续深化。省属国有企业改革完成阶段性目标；非公有制经济比重占全省生产总值的56%左右。对外开放取得重大突破，${a}获批成为对台直航航点，${b}投入使用；${c}正式运行；进出口总额达到125亿美元。\n（六）社会事业全面进步。新增城镇就业76.06万人，农村劳动力转移就业1208万人。`;
    const region = async (a: string, b: string, c: string) => (await run(page(a, b, c))).records.find((x) => x.indicator === 'urban_new_jobs')?.region;
    expect(await region('长沙机场', '长沙火车站新站房', '长沙金霞保税物流中心')).not.toBe('长沙市');
    // (…the city named as the subject that acts, as often, is still the page's.)
    expect(await region('长沙市积极争取', '长沙市新建', '长沙市')).toBe('长沙市');
  });

  it('a rank in the nation (成为全国首个发放量突破1000亿元的省份) leaves the figure the province\'s', async () => {
    const page = (rank: string) => `河南创业担保贷款累计发放1003亿元\n5月22日，记者从省人力资源和社会保障厅获悉，截至4月底，我省累计发放创业担保贷款1003亿元，${rank}发放量突破1000亿元的省份。`;
    const regions = async (rank: string) => (await run(page(rank))).records.filter((x) => x.indicator === 'startup_loans').map((x) => x.region);
    expect(await regions('成为全国首个')).toEqual(['河南省', '河南省', '河南省']);
    // (…while the nation's own total, named so, is the nation's.)
    expect((await regions('全国'))[2]).toBe('全国');
  });

  it('a pension rise the nation\'s bodies decide (人社部、财政部印发…通知，…总体调整水平为…) is the nation\'s on a province\'s page', async () => {
    const page = (between: string) => `好消息！山东550余万退休人员养老金今年将上调\n2017-04-15 11:03 来源：半岛都市报\n经国务院批准，近日人社部、财政部共同印发《关于2017年调整退休人员基本养老金的通知》，决定从2017年1月1日起，${between}提高基本养老金水平，总体调整水平为2016年退休人员月人均基本养老金的5.5%左右。`;
    const regions = async (between: string) => (await run(page(between))).records.filter((x) => x.indicator === 'pension_increase').map((x) => [x.region, x.period]);
    expect(await regions('为企业和机关事业单位退休人员')).toEqual([['全国', '2017']]);
    // (A place named after the decision is the figure's own.)
    expect(await regions('我省为企业和机关事业单位退休人员')).toEqual([['山东省', '2017']]);
  });

  it('the nation\'s overall rise in its own words (全国总体调整比例…的3.8%) is the nation\'s on a region\'s page', async () => {
    const page = (whose: string) => `内蒙古调整退休人员基本养老金，一文看懂调整方法！\n日前，自治区人力资源和社会保障厅、财政厅出台了《关于2023年调整退休人员基本养老金的通知》。\n2023年${whose}总体调整比例按照2022年退休人员月人均基本养老金的3.8%确定。`;
    const regions = async (whose: string) => (await run(page(whose))).records.filter((x) => x.indicator === 'pension_increase').map((x) => x.region);
    expect(await regions('全国')).toEqual(['全国']);
    // (The region's own overall rise is its own.)
    expect(await regions('全区')).toEqual(['内蒙古自治区']);
  });

  it('a pension rise for those retired by a year\'s end (2015年12月31日前已按规定办理退休) speaks from the year after it', async () => {
    const page = (cutoff: string) => `湖北提高退休人员基本养老金 人均月增长6.7%\n人民日报武汉9月19日电 湖北省人社厅、财政厅日前联合印发《关于调整全省退休人员基本养老金的通知》，规定自今年1月1日起，对${cutoff}已按规定办理退休手续的人员提高基本养老金。`;
    const periods = async (cutoff: string) => (await run(page(cutoff))).records.filter((x) => x.indicator === 'pension_increase').map((x) => x.period);
    expect(await periods('2015年12月31日前')).toEqual(['2016']);
    // (A year named otherwise is the page's.)
    expect(await periods('2015年内')).toEqual(['2015']);
  });

  it('a notice\'s scope line (调整范围：2024年12月31日前已按规定办理退休手续…) is no time its later items report on', async () => {
    const page = (scope: string, level = '2%') =>
      `关于2025年调整退休人员基本养老金的通知\n从2025年1月1日起，调整我省退休人员基本养老金。\n一、调整范围：${scope}并按月领取基本养老金的退休人员。\n二、调整水平：全省退休人员基本养老金总体调整水平为${level}。`;
    const periods = async (scope: string) => (await run(page(scope))).records.filter((x) => x.indicator === 'pension_increase').map((x) => x.period);
    expect(await periods('2024年12月31日前已按规定办理退休手续')).toEqual(['2025']);
    expect(await periods('2024年底前已办理退休手续')).toEqual(['2025']);
    // (A year the line reports on still dates what follows it — unless the level names its base year, whose next year
    // the rise is of: 为2024年退休人员月人均基本养老金的2%.)
    expect(await periods('2024年全省共有退休人员120万人，')).toEqual(['2024']);
    const based = (await run(page('2024年全省共有退休人员120万人，', '2024年退休人员月人均基本养老金的2%'))).records.filter((x) => x.indicator === 'pension_increase');
    expect(based.map((x) => x.period)).toEqual(['2025']);
  });

  it('a pension rise reckoned on last year\'s average (今年按照去年平均养老金水平的10%) is this year\'s', async () => {
    const page = `四川2010年增加企业退休人员基本养老金\n此次增加企业退休人员基本养老金从2010年1月1日起执行。据悉，国家批复四川省，今年按照去年平均养老金水平的10%普遍增加企业退休人员基本养老金。`;
    const periods = (await run(page)).records.filter((x) => x.indicator === 'pension_increase').map((x) => x.period);
    expect(periods).toEqual(['2010']);
  });

  it('a pension rise reckoned on the year before\'s average (按上年度…月人均基本养老金5.7%和4%的水平) is this year\'s, both of a list', async () => {
    const page = `云南省2019年退休人员养老金月人均增加158.59元\n人力资源社会保障部、财政部批复我省分别按上年度全省企业退休人员和机关事业单位退休人员月人均基本养老金5.7%和4%的水平执行。`;
    const periods = (await run(page)).records.filter((x) => x.indicator === 'pension_increase').map((x) => x.period);
    expect(periods).toEqual(['2019', '2019']);
  });

  it('a headline\'s year compared with (比此前2015年…上调了120元) is not the page\'s: its dateline (发布时间:2017-11-29) is', () => {
    const text = (head: string) => `发布时间:2017-11-29 23:48\n${head}市区月最低工资标准上调了120元\n本报讯 记者从市人社局获悉，我市调整最低工资标准，市区月最低工资标准达到1720元。`;
    const year = (head: string) => documentYear(text(head), `${head}市区月最低工资标准上调了120元`);
    expect(year('比此前2015年')).toBe(2017);
    // (Twin: a headline that names its year outright speaks from it.)
    expect(year('2015年')).toBe(2015);
  });

  it('news of a congress hearing the work report (…人民代表大会第四次会议开幕…作工作报告。报告指出,2022年,…) is of the year after the one reviewed', () => {
    const text = (lead: string) => `${lead}报告指出,2022年,是极不平凡的一年。2022年,果洛州实现地区生产总值53.62亿元,城镇登记失业率控制在3%以内。`;
    expect(documentYear(text('2月26日,果洛藏族自治州第十五届人民代表大会第四次会议开幕。州长代表州人民政府作工作报告。'), undefined)).toBe(2023);
    // (Twin: a story that only quotes a report on its year is of that year.)
    expect(documentYear(text('记者近日获悉,'), undefined)).toBe(2022);
  });

  it('a year recalled as long before (早在2015年) is not the page\'s: a page naming no other year is undated', () => {
    const text = (when: string) => `今年以来多个省市陆续上调最低工资标准。深圳的最低工资标准一直领跑全国，${when}，深圳的最低工资标准就已经达到2030元，今年则上调至2130元。`;
    expect(documentYear(text('早在2015年'), undefined)).toBeNull();
    // (Twin: the year told plainly is the page's.)
    expect(documentYear(text('2015年'), undefined)).toBe(2015);
  });

  it('a bulletin\'s date set with blanks under its bureau (2021年 5月 21日) is a print line, no heading of a year ahead', async () => {
    const page = (date: string) => `左云县2020年国民经济和社会发展的统计公报\n\n左云县统计局\n${date}\n\n一、综合\n全年全县城镇新增就业3273人。年末城镇登记失业率1%。`;
    const read = async (date: string) => (await run(page(date))).records.filter((x) => x.indicator !== 'other').map((x) => [x.kind, x.period]);
    expect(await read('2021年 5月 21日')).toEqual([['actual', '2020'], ['actual', '2020']]);
    expect(await read('2021年5月21日')).toEqual([['actual', '2020'], ['actual', '2020']]);
  });

  it('a page looking back over a plan\'s five years (“十三五”,这5年) speaks from its last year; a month before 的 and a figure dates it', async () => {
    const page = (head: string) => `社会保障网|${head}:最大一张网 覆盖城与乡\n人社部统计数据显示，全国参加基本养老保险人数从2016年末的88777万人增至今年6月的97601万人，基本实现法定人员全覆盖。`;
    const periods = async (head: string) => (await run(page(head))).records.filter((x) => x.indicator === 'pension_insured').map((x) => x.period);
    expect(await periods('“十三五”,这5年')).toEqual(['2016', '2020-06']);
    // (Without the look back, the one year the text names.)
    expect(await periods('“十三五”')).toEqual(['2016', '2016-06']);
  });

  it('a dateline written in full (2024年1月15日) dates the page even when the story goes on to 去年; it names no year reported on', async () => {
    expect(documentYear('2024年1月15日 来源：某市人社局\n去年，全市城镇新增就业5.2万人。', undefined)).toBe(2024);
    const periods = async (text: string) => (await run(text)).records.filter((x) => x.indicator !== 'other').map((x) => x.period);
    expect(await periods(`2024年1月15日 来源：某市人社局\n${LABOUR_CONTEXT}\n去年，全市城镇新增就业5.2万人。`)).toEqual(['2023']);
    // (A year that opens a sentence of results, then 去年, in January: the page speaks from the year after — as before.)
    expect(documentYear('新华社昆明1月27日电 记者从省人社厅获悉，2021年，全省城镇新增就业48万人。去年，全省转移就业386万人。', undefined)).toBe(2022);
  });

  it('a heading naming a year (一、拼搏奋进的2007年) that the review under it calls 过去的一年 is the year before the page\'s', async () => {
    const page = (next: string) =>
      `各位代表：\n现在，我代表市人民政府，向大会作政府工作报告，请予审议。\n一、拼搏奋进的2007年\n${next}，全市人民团结拼搏，圆满完成了主要目标任务。城镇登记失业率控制在4%以内。`;
    expect(documentYear(page('过去的一年'), undefined)).toBe(2008);
    const periods = async (next: string) => (await run(page(next))).records.filter((x) => x.indicator !== 'other').map((x) => x.period);
    expect(await periods('过去的一年')).toEqual(['2007']);
    // (A heading's year with no 过去一年 under it is the page's own, as before.)
    expect(documentYear(page('这一年'), undefined)).toBe(2007);
  });

  it('a year a run is told since (2025年以来) has begun: the page speaks from it or later, and an earlier run spans to it', async () => {
    const page = (later: string) =>
      `【数读新变化】\n2024年以来新增农村劳动力转移就业超四万人\n2024年以来，我市坚持就业优先战略，全市新增农村劳动力转移就业40788人。${later}`;
    expect(documentYear(page('2025年以来已举办招聘会242场。'), undefined)).toBe(2025);
    expect(documentYear(page('目前已举办招聘会242场。'), undefined)).toBe(2024);
    const periods = async (later: string) => (await run(page(later))).records.filter((x) => x.indicator !== 'other').map((x) => x.period);
    expect(await periods('2025年以来已举办招聘会242场。')).toEqual(['2024-2025', '2024-2025']);
  });

  it('a month in Chinese numerals with 份, 末 or 底 (十一月份, 十二月底) dates its clause as a month in digits does; 一月 bare does not', () => {
    expect(findTimes('从去年第四季度开始，城镇新增就业人数呈快速下滑的趋势：十一月份是55万，十二月份是38万。', 2009).map((t) => t.period)).toEqual(['2008', '2008Q4', '2008-11', '2008-12']);
    expect(findTimes('统一月度考核，全市城镇新增就业5万人。', 2009).map((t) => t.period)).toEqual([]);
    // (…and the year's months to date so written: 一至十月, 今年一到十月 — not 统一至十月底.)
    expect(findTimes('一至十月，全市城镇新增就业4.5万人。', 2023).map((t) => t.period)).toEqual(['2023-10']);
    expect(findTimes('今年一到十月，全市城镇新增就业4.5万人。', 2023).map((t) => t.period).pop()).toBe('2023-10');
    expect(findTimes('统一至十月底前完成。', 2023).map((t) => t.period)).toEqual([]);
  });

  it('a count named before a colon, then months and their counts (…就业人数呈快速下滑的趋势：十一月份是55万，…), is each month\'s', async () => {
    const rows = async (text: string) => (await run(`2009-03-10 中新网\n${LABOUR_CONTEXT}\n${text}`)).records.filter((r) => r.indicator !== 'other').map((r) => [r.indicator, r.value, r.period]);
    expect(await rows('从去年第四季度开始，城镇新增就业人数呈快速下滑的趋势：十一月份是55万，十二月份是38万，十月份是84万。')).toEqual([
      ['urban_new_jobs', 550000, '2008-11'], ['urban_new_jobs', 380000, '2008-12'], ['urban_new_jobs', 840000, '2008-10'],
    ]);
    // (A measure with a figure of its own before the colon, or none named, lends nothing to the months.)
    expect(await rows('从去年第四季度开始，城镇新增就业人数为1100万人，分月看：十一月份是55万，十二月份是38万。')).toEqual([['urban_new_jobs', 11000000, '2008Q4']]);
    expect(await rows('从去年第四季度开始，出口呈快速下滑的趋势：十一月份是55万，十二月份是38万。')).toEqual([]);
  });

  it('a plan met ahead of time (提前两个月完成全年任务) names no part of the year; the year\'s first months (前两个月) do', () => {
    expect(findTimes('全市城镇新增就业完成年度目标任务的112%，提前两个月完成全年任务。', 2024).map((t) => t.period)).toEqual([]);
    expect(findTimes('前两个月，全市城镇新增就业1.2万人。', 2024).map((t) => t.period)).toEqual(['2024-02']);
  });

  it('an anniversary the page celebrates (庆祝中华人民共和国成立70周年, 改革开放40周年) names its year', () => {
    const page = (head: string) => `9月26日，${head}活动新闻中心举行新闻发布会。就业人数从1949年的1.8亿人增加到2018年的7.8亿人。今年1-8月份城镇新增就业984万人。`;
    expect(documentYear(page('庆祝中华人民共和国成立70周年'), undefined)).toBe(2019);
    expect(documentYear(page('庆祝新中国成立七十周年'), undefined)).toBe(2019);
    expect(documentYear(page('纪念改革开放40周年'), undefined)).toBe(2018);
    expect(documentYear(page('庆祝活动'), undefined)).toBe(2018);
  });

  it('a party congress looks back on five years that close in its own year, the latest anniversary it names being that year', async () => {
    const page = (head: string) =>
      `${head}以来的五年极不寻常。我们满怀豪情地庆祝改革开放40周年、新中国成立70周年和中国共产党成立100周年。\n五年来，我们坚持以习近平新时代中国特色社会主义思想为指导，胜利完成省第十三次党代会确定的目标任务。\n民生福祉不断增进\n● 城镇新增就业年均达145万人。`;
    const periods = async (head: string) => (await run(page(head))).records.filter((r) => r.indicator === 'urban_new_jobs').map((r) => r.period);
    expect(documentYear(page('省第十三次党代会'), undefined)).toBe(2021);
    expect(await periods('省第十三次党代会')).toEqual(['2017-2021']);
    // (A government's term, reviewed in the year after it, ends the year before.)
    expect(await periods('本届政府履职')).toEqual(['2016-2020']);
  });

  it('a page that speaks of 明年, never of 今年, and names its latest year as ahead (2009年将…) speaks from the year before', () => {
    const lead = '人力资源社会保障部、教育部、全国总工会、共青团中央、全国妇联、中国残联举行就业服务系列活动启动仪式，';
    const page = (next: string) => `${lead}六部门2009年将在全国组织开展就业服务系列活动。\n${next}一季度将开展3项全国统一的就业服务行动。`;
    expect(documentYear(page('明年'), undefined)).toBe(2008);
    expect(documentYear(page('今年'), undefined)).toBe(2009);
    expect(documentYear(`${lead}六部门2009年组织开展了就业服务系列活动。\n明年一季度将开展3项行动。`, undefined)).toBe(2009);
  });

  it('the year money is for (用于2017年化解…) is the page\'s; a year a deadline is set by (于2020年底前) is not', () => {
    expect(documentYear('上半年，专项安排7亿元资金，用于2017年化解钢铁煤炭行业过剩产能职工安置工作。', undefined)).toBe(2017);
    expect(documentYear('上半年，专项安排7亿元资金，于2020年底前完成安置工作。', undefined)).not.toBe(2020);
  });

  it('a title handing out the next year\'s funds ahead (提前下达2018年促进就业资金) speaks from the year before it', () => {
    const text = '近日，自治区财政厅提前下达各地2018年促进就业资金11.6亿元。';
    expect(documentYear(text, '新疆提前下达2018年促进就业资金11.6亿元')).toBe(2017);
    expect(documentYear(text, '新疆下达2018年促进就业资金11.6亿元')).toBe(2018);
  });

  it('a page looking back on one plan\'s five years speaks from the year after it, or from its last year when it reports to a month of this year', () => {
    const page = (to: string) => `“十三五”,这5年\n全国参加基本养老保险人数从2016年末的88777万人增至${to}97601万人。`;
    expect(documentYear(page('今年6月的'), undefined)).toBe(2020);
    expect(documentYear(page(''), undefined)).toBe(2021);
    expect(documentYear(`“十二五”期间，昌吉市实现城镇新增就业5.1万人，2011年起登记失业率控制在3.5%以内。五年来，为4085人发放贷款。`, undefined)).toBe(2016);
    // (Not when a later year is named, nor when two plans' spans are told.)
    expect(documentYear(page('2022年的'), undefined)).not.toBe(2021);
    expect(documentYear(`“十二五”期间和“十三五”期间，2011年起登记失业率控制在3.5%以内。五年来，为4085人发放贷款。`, undefined)).not.toBe(2016);
  });

  it('a change from one named year\'s average to another\'s (从2022年均值5.9%下降至2024年均值5.5%) dates each by its year, no span', async () => {
    const page = `辽宁省人社厅对省人大代表建议的答复\n全省城镇新增就业人数逐年增加，城镇调查失业率从2022年均值5.9%下降至2024年均值5.5%，保持在预期控制目标以内。\n${LABOUR_CONTEXT}`;
    const periods = (await run(page)).records.filter((x) => x.indicator === 'surveyed_unemployment_rate').map((x) => x.period);
    expect(periods).toEqual(['2022', '2024']);
  });

  it('one of the nation\'s economic regions opening the measure (西部地区城镇调查失业率为5.5%) is the figure\'s area, as written', async () => {
    const page = (area: string) => `2022年二季度全国多数地区经济基本稳定\n国家统计局表示，二季度，全国城镇调查失业率为5.8%。${area}城镇调查失业率为5.5%，低于全国平均水平0.3个百分点。`;
    const regions = async (area: string) => (await run(page(area))).records.filter((x) => x.indicator === 'surveyed_unemployment_rate').map((x) => x.region);
    expect(await regions('西部地区')).toEqual(['全国', '西部地区']);
    expect(await regions('东北地区')).toEqual(['全国', '东北地区']);
    // (A word for the regions that names none of them leaves the nation.)
    expect(await regions('多数地区')).toEqual(['全国', '全国']);
  });

  it('the part of a year something started in (2008年第3季度开始出现…) and a month number after a digit (13月) date no figure after them', async () => {
    const page = (start: string, months: string) => `广西全区就业局势基本稳定\n2009-04-08 14:11\n受国际金融危机影响，${start}出现农民工返乡现象，返乡农民工总数达284.3万人。${months}，全区城镇下岗失业人员再就业2.74万人，城镇登记失业率3.66%。`;
    const periods = async (start: string, months: string) => (await run(page(start, months))).records.filter((x) => x.indicator !== 'other').map((x) => x.period);
    expect(await periods('2008年第3季度开始', '13月')).toEqual(['2009', '2009']);
    // (…where the quarter the paragraph reports and a month written whole still date its figures.)
    expect(await periods('2008年第3季度', '13月')).toEqual(['2008Q3', '2008-09']);
    expect(await periods('2008年第3季度开始', '3月')).toEqual(['2009-03', '2009-03']);
  });

  it('a year\'s end the sentence reports the plan met by (到2010年末，…累计实现…，完成目标任务的112%) is a date reached, not a horizon', async () => {
    const page = (tail: string) => `“十一五”期间，我省就业局势依然保持稳定，全面完成就业再就业任务。到2010年末，全省${tail}；失业人员再就业172万人。`;
    const kinds = async (tail: string) => (await run(page(tail))).records.filter((x) => x.indicator === 'unemployed_reemployment').map((x) => x.kind);
    expect(await kinds('累计实现城镇新增就业335万人，完成目标任务的112%')).toEqual(['actual']);
    // (…a year's end with nothing reported met by it is still a horizon, on a page of no year.)
    expect(await kinds('城镇新增就业335万人')).toEqual(['target']);
  });

  it('a review measured against its plan (对照…主要目标，…超计划目标0.3个百分点；城镇登记失业率3.86%) reports results', async () => {
    const page = (body: string) => `一、2021年国民经济和社会发展计划执行情况\n(一)2021年国民经济和社会发展计划目标完成情况\n${body}`;
    const kinds = async (body: string) => (await run(page(body))).records.filter((x) => x.indicator === 'registered_unemployment_rate').map((x) => x.kind);
    expect(await kinds('对照市人大会议确定的经济社会发展主要目标，其余指标超额完成。社会消费品零售总额3386.4亿元，增长10.3%，超计划目标0.3个百分点；城镇登记失业率3.86%，就业保持总体稳定。')).toEqual(['actual']);
    // (…where a plan named before the figure, in the same words, still sets it.)
    expect(await kinds('今年计划城镇登记失业率控制在4%以内。')).toEqual(['target']);
  });

  it('a task done ahead of its plan (比原计划提前一个月完成任务；…) names no plan of the figures after it', async () => {
    const kinds = async (body: string) => (await run(body)).records.filter((x) => x.indicator === 'urban_new_jobs').map((x) => x.kind);
    expect(await kinds('这是一种正在加速的奔跑：保障房全面开工建设，比原计划提前一个月完成任务；全国城镇新增就业达1200万人以上。')).toEqual(['actual']);
    // (…but a plan of the figure's own clause still sets it.)
    expect(await kinds('保障房全面开工建设，比原计划提前一个月；全国计划城镇新增就业1200万人以上。')).toEqual(['target']);
  });

  // 刚刚过去的一年，… ⏎ 今年，…: a review of the year just gone, then this year.
  const turnOfYear = (thisYear: string) =>
    `2021年上海经济观察\n刚刚过去的一年，极不平凡。全年实现GDP增长1.7%。城镇调查失业率稳定在4.4%以内。\n${thisYear}`;

  it('a lead of this year alone whose first sentence plans (今年，上海将…预期目标定在了6%以上。城镇调查失业率在5%以内) sets targets', async () => {
    const kinds = async (thisYear: string) => (await run(turnOfYear(thisYear))).records.filter((x) => x.indicator !== 'other').map((x) => x.kind);
    expect(await kinds('今年，上海将GDP增长的预期目标定在了6%以上。城镇调查失业率在5%以内。')).toEqual(['actual', 'target']);
    // (…where a first sentence that reports leaves the rate done.)
    expect(await kinds('今年，上海GDP增长了6%。城镇调查失业率在5%以内。')).toEqual(['actual', 'actual']);
  });

  it('a page turning from the year just gone (刚刚过去的一年，…) to this year\'s plans dates that review by the year before', async () => {
    const periods = async (thisYear: string) => (await run(turnOfYear(thisYear))).records.filter((x) => x.indicator !== 'other').map((x) => x.period);
    expect(await periods('今年，上海将GDP增长的预期目标定在了6%以上。城镇调查失业率在5%以内。')).toEqual(['2020', '2021']);
    // (…but a page that goes on to tell this year's results speaks of the year it names.)
    expect(await periods('今年，上海GDP增长了6%。城镇调查失业率在5%以内。')).toEqual(['2021', '2021']);
  });

  it('a clause opening on the whole year (…一季度…，全年实现…。城镇调查失业率…) leaves the part of the year behind', async () => {
    const periods = async (body: string) => (await run(`2021年上海经济观察\n这一年，极不平凡。${body}`)).records.filter((x) => x.indicator !== 'other').map((x) => x.period);
    expect(await periods('面对一季度GDP大幅下降6.7%的困难局面，全市推动经济逐季回升，全年实现GDP增长1.7%。城镇调查失业率稳定在4.4%以内。')).toEqual(['2021']);
    // (…but a share of the year's plan after a part of it leaves the part.)
    expect(await periods('一季度，全市GDP下降6.7%，完成全年目标任务的25%。城镇调查失业率为4.4%。')).toEqual(['2021Q1']);
  });

  it('a list announced as what was to be done (这是2011年要完成的民生指标：) sets that year\'s targets', async () => {
    const rows = async (lead: string) =>
      (await run(`2012年民生期待：开局之年的民生答卷\n${lead}\n城镇新增就业900万人以上，城镇登记失业率控制在4.6%以内。`)).records
        .filter((x) => x.indicator !== 'other')
        .map((x) => `${x.kind} ${x.period}`);
    expect(await rows('这是2011年要完成的民生指标：')).toEqual(['target 2011', 'target 2011']);
    // (…where the year's indicators announced as done are results.)
    expect(await rows('这是2011年完成的民生指标：')).toEqual(['actual 2011', 'actual 2011']);
  });

  it('a paragraph opening on recent years (近年来，…，确保…稳定。2020年…) tells what was done', async () => {
    const kinds = async (lead: string) =>
      (await run(`${lead}我市聚焦“六稳”“六保”，切实强化稳就业措施，确保全市就业形势稳定。2020年城镇实名制新增就业岗位72340个，城镇登记失业率2.57%，低于省级目标。全市发放创业担保贷款12.09亿元。`)).records
        .filter((x) => x.indicator !== 'other')
        .map((x) => x.kind);
    expect(await kinds('近年来，')).toEqual(['actual', 'actual']);
    // (…where a paragraph opening on the year ahead plans.)
    expect(await kinds('明年，')).toEqual(['target', 'target']);
  });

  it('a year in a paragraph\'s lead that names a price base (以2010年不变价格计算) is no period of the paragraphs after it', async () => {
    const page = (base: string) => `2014年我国劳动生产率提高7%\n国家全员劳动生产率为国内生产总值${base}与全部就业人员的比率。经初步核算，2014年我国国内生产总值636463亿元。\n全年城镇新增就业1322万人。年末城镇登记失业率为4.09%。`;
    const periods = async (base: string) => (await run(page(base))).records.filter((x) => x.indicator !== 'other').map((x) => x.period);
    expect(await periods('(以2010年不变价格计算)')).toEqual(['2014', '2014']);
    // (…where a year in the same place followed by other words is still read as the lead's time.)
    expect(await periods('(以2010年为例)')).toEqual(['2010', '2010']);
  });

  it('a 民生实事 press conference\'s lead sentence is no title: the year\'s results it reports stay results; an item named by its promise is one', async () => {
    const lead = '1月28日,新乡市举办“办实事·惠民生”2025年重点民生实事系列新闻发布会,新乡市人社局局长向社会通报有关情况。';
    const kinds = async (text: string) => (await run(text)).records.filter((x) => x.indicator === 'urban_new_jobs').map((x) => x.kind);
    expect(await kinds(`${lead}\n该市出台政策,持续发挥经济发展对就业的带动作用。2025年,全市实现新增城镇就业8.4万人。`)).toEqual(['actual']);
    // (Written as a headline, without its full stop, the 民生实事 still announce plans.)
    expect(await kinds(`${lead.replace(/,新乡市人社局.*$/, '')}\n该市出台政策,持续发挥经济发展对就业的带动作用。2025年,全市实现新增城镇就业8.4万人。`)).toEqual(['target']);
    const items = '\n新增城镇就业6万人。深入实施就业优先政策，确保全市新增城镇就业6万人。截至4月30日，全市新增城镇就业21257人，完成年度目标的35.43%。';
    expect(await kinds(`5月29日,南阳市召开重点民生实事项目新闻发布会,通报南阳市正扎实、有序地推进重点民生实事共14项。${items}`)).toEqual(['target', 'target', 'actual', 'progress']);
    // (…on a page that says nothing of 民生实事, a figure heading its paragraph is read as any.)
    expect((await kinds(`5月29日,南阳市召开新闻发布会,通报就业工作进展。${items}`))[0]).toBe('actual');
  });

  it('news of data made public (…公布了…最低工资标准情况) opens in reports, whatever plans a later paragraph quotes', () => {
    const page = (lead: string) =>
      `1月13日，人力资源和社会保障部${lead}全国各省、自治区、直辖市的最低工资标准情况。从月最低工资标准来看，上海第一档为2740元，居全国首位；从小时最低工资标准来看，北京第一档为27.7元，居全国最高。河南第一档月最低工资标准为2350元，第一档小时最低工资标准为23元。\n此前举行的中央经济工作会议明确提出，坚持内需主导，建设强大国内市场，深入实施提振消费专项行动，制定实施城乡居民增收计划。健全最低工资标准调整机制，有效增加低收入群体收入，稳步扩大中等收入群体规模等内容也被写进多个省份的“十五五”规划建议当中。`;
    expect(initialMode(page('公布了'), undefined)).toBe('actual');
    // (Asked to raise them, it plans.)
    expect(initialMode(page('要求提高'), undefined)).toBe('target');
  });

  it('a text whose clauses end on results reported (社会保障日趋完善, 参保比例稳步提升, 发放有序推进) opens in reports, whatever it carried out (实施)', () => {
    const page = (a: string, b: string, c: string) =>
      `民生事业\n搭建公共就业服务平台,举办专场招聘会4场,新增城镇就业2433人。精准实施援企稳岗,减免各项税费1.9亿元。社会保障${a},发放低保金3856万元。社会保险参保比例${b},9588名灵活就业人员纳入养老保险范畴。退役军人“两险”接续和“两费”发放${c}。`;
    expect(initialMode(page('日趋完善', '稳步提升', '有序推进'), '民生事业')).toBe('actual');
    // (What a plan aims at — 不断完善, 持续提升 — reports nothing.)
    expect(initialMode(page('不断完善', '持续提升', '要加快推进'), '民生事业')).toBe('target');
  });

  it('a story of years of work done (近四年来先后举办…) opens in reports, though it says the work is assessed against a target', () => {
    const page = (done: string) =>
      `紫阳县\n2万余人接受技能培训\n本报讯 4月3日,记者从紫阳县获悉,该县${done}五大技能免费培训200多期,结业学员2万人。\n该县将修脚等项培训写进政府工作报告作为重点民生工程,纳入乡镇扶贫包联年度目标责任考核。`;
    expect(initialMode(page('近四年来先后举办'), undefined)).toBe('actual');
    // (A story of what it will hold plans.)
    expect(initialMode(page('今年计划举办'), undefined)).toBe('target');
  });

  it("a finance flash's target price (…最新投资评级及目标价) plans nothing: its rates are reported", () => {
    const flash = (tail: string) => `国统局公布,去年12月全国城镇16至24岁劳动力失业率降至16.5%,创半年低。上月全国城镇调查失业率按月维持5.1%。(da/u)相关内容《大行报告》汇丰研究对内地燃气股最新投资评级及${tail}(表)`;
    expect(initialMode(flash('目标价'), undefined)).toBe('actual');
    // (A flash naming a goal does plan.)
    expect(initialMode(flash('目标'), undefined)).toBe('target');
  });

  it('an account of how targets were met (绩效目标完成情况如下:目标2:…) opens in reports, however often it says 目标', () => {
    const page = (lead: string) => `一、转移支付基本情况2023年自治区下达桂林市就业补助资金共33832.24万元,二、总体${lead}2023年度就业补助资金${lead}如下:目标1:资金按规定使用,目标2:桂林市完成年度城镇新增就业人数4.92万人,目标3:桂林市年度城镇登记失业率2.61%,目标4:全市就业形势保持稳定,三、绩效自评结论`;
    expect(initialMode(page('绩效目标完成情况'), undefined)).toBe('actual');
    // (Targets set out, not accounted for, plan.)
    expect(initialMode(page('绩效目标设定'), undefined)).toBe('target');
  });

  it('a headline handing in the answer sheet of the livelihood programme (办好民生实事 …交出温暖民生答卷) reports results', async () => {
    const page = (title: string) => `${title}\n1月27日，从晋源区五届十二次全会获悉，该区实施了一大批民生实事工程。\n实施就业优先政策。全年新增城镇就业4594人，失业人员再就业2408人。`;
    const kinds = async (title: string) => (await run(page(title), title)).records.filter((r) => r.indicator !== 'other').map((r) => r.kind);
    expect(await kinds('办好民生实事 太原晋源区交出温暖民生答卷')).toEqual(['actual', 'actual']);
    expect(await kinds('办好民生实事 太原晋源区部署温暖民生工程')).toEqual(['target', 'target']);
  });

  it('a government\'s notice to carry out its work (关于落实…的通知) sets the year\'s tasks; a notice of commendation reports', async () => {
    const page = (title: string) =>
      `${title}\n各县(市)区人民政府，市政府各部门：\n创业带就业：全市就业培训2.85万人，发放小额担保贷款750万元。`;
    const kinds = async (title: string) => (await run(page(title), title)).records.filter((r) => r.indicator !== 'other').map((r) => r.kind);
    expect(await kinds('锦州市人民政府关于落实2008年十大民生工程的通知')).toEqual(['target', 'target']);
    expect(await kinds('锦州市人民政府关于表彰2008年十大民生工程先进单位的通知')).toEqual(['actual', 'actual']);
  });

  it('on a page that names no year, 今年将… announces the items under it as plans; 自今年3月…实施以来 reports', async () => {
    const items = '\n（一）\n促进群众就业增收，开展职业技能培训2.5万人次，就业公共服务机构覆盖率达100%。\n（二）\n完成老旧小区改造8372户，建成社区健身路径20个，完成全民健身示范点50个。\n（三）\n实施农村公路安全治理，完成危桥改造100座，建成步道100公里。';
    const kind = async (lead: string) => (await run(`州人民代表大会开幕，州长代表州人民政府向大会作政府工作报告。\n${lead}${items}`)).records.find((x) => x.indicator === 'vocational_training')?.kind;
    expect(await kind('报告明确，今年将继续统筹财力，扎实办好“十件民生实事”。')).toBe('target');
    expect(await kind('报告显示，自今年3月民生实事计划实施以来，各项工作扎实推进。')).toBe('actual');
  });

  it('the paragraph right after a line announcing targets with a colon (…预计…。其中：) states them, however it reads', async () => {
    const page = (announcing: string) =>
      `就业是最大的民生。四川制定了《四川省“十四五”就业促进规划》，进一步明确“十四五”时期全省就业工作的主要目标、重点任务和重要举措。\n\n在“十四五”期间，预计全省就业质量不断提升，就业服务能力持续增强。${announcing}\n\n第三产业从业人员所占比重不断提高，就业结构持续优化。劳动用工管理更加规范，劳动人事争议仲裁结案率达到 90%。`;
    const kind = async (announcing: string) => (await run(page(announcing))).records.find((x) => x.indicator === 'arbitration_closure_rate')?.kind;
    expect(await kind('其中：')).toBe('target');
    // (Nothing announced: the paragraph reads as it reads.)
    expect(await kind('')).toBe('actual');
  });

  it('到 the page\'s own year, reached from an earlier year its paragraph named, tells a change gone by, not a horizon', async () => {
    const page = (earlier: string) =>
      `2018年，湖南省城镇新增就业79.45万人，同比增加4.32万人。\n近年来，湖南省城镇新增就业人数总体小幅波动。${earlier}到2018年城镇新增就业人数略降至79.45万人。`;
    const kind = async (earlier: string) => (await run(page(earlier))).records.find((x) => x.text.includes('略降至'))?.kind;
    expect(await kind('2014年湖南城镇新增就业82.68万人；')).toBe('actual');
    // (No earlier year: 到 the page's year is the year's horizon.)
    expect(await kind('')).toBe('target');
  });

  it('a numbered heading bidding the targets completed (（一）全面完成就业再就业目标任务。) opens tasks; one that says they were completed reports', async () => {
    const body = '层层分解民生工程确定的目标任务。全省城镇新增就业45万人，下岗失业人员再就业19万人。';
    const plan = await run(`2008年全省劳动和社会保障工作要点\n一、积极促进就业再就业\n（一）全面完成就业再就业目标任务。${body}`);
    expect(plan.records.map((r) => [r.indicator, r.kind])).toEqual([['urban_new_jobs', 'target'], ['unemployed_reemployment', 'target']]);
    const done = await run(`2008年全省劳动和社会保障工作总结\n一、积极促进就业再就业\n（一）全面完成了就业再就业目标任务。${body}`);
    expect(done.records.map((r) => [r.indicator, r.kind])).toEqual([['urban_new_jobs', 'actual'], ['unemployed_reemployment', 'actual']]);
  });

  it('a plan\'s second part laying out measures (二、工作措施) makes the part before it targets; a second part of problems does not', async () => {
    const items = '——城镇职工失业保险参保人数9800人。\n——工伤保险参保人数达0.8万人。';
    const plan = await run(`${items}\n二、工作措施\n（一）继续实施积极的就业政策。`);
    expect(plan.records.map((r) => [r.indicator, r.kind])).toEqual([['unemployment_insurance_insured', 'target'], ['work_injury_insurance_insured', 'target']]);
    const review = await run(`${items}\n二、存在的问题\n（一）就业压力依然较大。`);
    expect(review.records.map((r) => [r.indicator, r.kind])).toEqual([['unemployment_insurance_insured', 'actual'], ['work_injury_insurance_insured', 'actual']]);
  });

  it('a numbered heading naming goals (二、2023年目标) opens targets', async () => {
    const report = `政府工作报告\n——2023年1月8日在彭阳县第十八届人民代表大会第三次会议上\n${LABOUR_CONTEXT}\n一、2022年工作回顾\n过去一年，全县城镇新增就业1860人。\n二、2023年目标\n城镇新增就业1800人以上。`;
    expect((await run(report)).records.filter((x) => x.indicator !== 'other').map((x) => [x.value, x.kind, x.period])).toEqual([
      [1860, 'actual', '2022'], [1800, 'target', '2023'],
    ]);
  });

  it('全市 in a figure\'s clause on a page whose area came out a province is the one city of it the page names, else 全市 — never the province', async () => {
    const page = (fourth: string) =>
      `近日,省人社厅发文通报了2023年度全省农村劳动力转移就业监测工作成效突出单位,宝鸡市人社局、岐山县人社局、凤翔区人社局、${fourth}分别荣获2023年度全省农村劳动力转移就业监测工作成效突出单位殊誉。\n我市自2019年起共有142个行政村担负着全省农村劳动力转移就业监测工作。\n2023年,我市不断完善就业政策,全市全年实现农村劳动力转移就业97.2万人。`;
    const region = async (fourth: string) => (await run(page(fourth))).records.find((x) => x.indicator === 'rural_labor_transfer')?.region;
    expect(await region('眉县人社局')).toBe('宝鸡市');
    expect(await region('汉中市人社局')).toBe('全市');
  });

  it('a photo\'s caption (…(2024年9月27日摄)。新华社记者 丁磊 摄) dates the photo, not the page; a headline\'s venue (…在乌鲁木齐举办) is no area', async () => {
    const page = "“新疆的就业和社会保障国际研讨会”在乌鲁木齐举办\n\n在国能新疆准东能源有限责任公司准东露天煤矿快装站,工作人员操作设备为出疆的火车装煤(2024年9月27日摄)。新华社记者 丁磊 摄\n\n新华社乌鲁木齐12月16日电(记者贾钊、潘莹、曹槟)新疆不断完善促进高质量充分就业的制度体系,及时优化调整稳就业政策,千方百计稳定就业。16日,新疆维吾尔自治区人民政府公布数据显示,2012年以来,新疆城镇年均新增就业人数46万人以上。\n\n“新疆的就业和社会保障国际研讨会”16日在乌鲁木齐举办,来自44个国家、地区和国际组织的嘉宾,以及中国有关国家部委和机构共210多位嘉宾,就尊重和保障劳动者权益的经验做法开展研讨。\n\n据新疆维吾尔自治区人民政府介绍,新疆把促进劳动就业作为最大的民生工程、根基工程,坚持把劳动者自主就业、市场调节就业、政府促进就业和鼓励创业相结合,多渠道增加就业,千方百计稳定就业。今年前11个月,城镇新增就业人数达47.73万人。\n\n在新疆阿克苏市阿依库勒镇蔬菜基地,种植户在操作智慧农业环境控制系统为大棚通风(2024年3月24日摄)。新华社记者 丁磊 摄";
    const r = (await run(page)).records.find((x) => x.value === 477300);
    expect([r?.region, r?.period]).toEqual(['新疆维吾尔自治区', '2024-11']);
  });

  it('the minister answering at the national congress\'s session (十一届全国人大二次会议记者会) speaks of the year just ended; a session told as today dates a repost', async () => {
    const answer = (where: string) => `中新网3月10日电 人力资源和社会保障部部长尹蔚民今日表示,城镇登记失业率4.2%,创三年来最高水平。\n尹蔚民是在${where}上回答提问时做出上述表示的。`;
    const period = async (text: string) => (await run(text)).records.find((x) => x.indicator === 'registered_unemployment_rate')?.period;
    expect(await period(answer('十一届全国人大二次会议记者会'))).toBe('2008');
    // (At a ministry's own briefing the same words are no session's review.)
    expect(await period(`2009年${answer('人力资源和社会保障部新闻发布会')}`)).toBe('2009');
    const repost = (lead: string) => `养老保险2018-06-11王华老师\n${lead}10时,十二届全国人大三次会议新闻中心举行记者会。尹蔚民说,去年全国城镇新增就业1322万人。`;
    const jobs = async (text: string) => (await run(text)).records.find((x) => x.indicator === 'urban_new_jobs')?.period;
    expect(await jobs(repost('今日(3月10日)'))).toBe('2014');
    expect(await jobs(repost('3年前的3月10日'))).toBe('2017');
  });

  it('the day a report was delivered, under its title (——2006年9月25日在…常务委员会…会议上), dates it over a site\'s time of posting', async () => {
    const page = (delivered: string) =>
      `关于全省就业和社会保障工作的报告\n来源:湖北人大网   时间:2007-10-11 08:20\n${delivered}\n我受省人民政府委托,现将今年我省就业和社会保障工作情况报告如下。截止8月底,全省城镇新增就业47.8万人,完成年计划的68%。`;
    const period = async (delivered: string) => (await run(page(delivered))).records.find((x) => x.indicator === 'urban_new_jobs')?.period;
    expect(await period('——2006年9月25日在湖北省第十届人民代表大会常务委员会第二十三次会议上')).toBe('2006-08');
    expect(await period('省劳动和社会保障厅厅长  邵汉生')).toBe('2007-08');
  });

  it('a review since last year (去年以来…) runs on into the page\'s year, its results estimated (2018年，预计…) or not', async () => {
    const page = (estimate: string) => `去年以来，我县大力实施民生工程，群众的获得感不断提升。\n2018年，${estimate}全县民生支出11.73亿元。全县新增城镇就业5774人，完成农村劳动力转移3.19万人次。`;
    const jobs = async (estimate: string) => {
      const r = (await run(page(estimate))).records.find((x) => x.indicator === 'urban_new_jobs');
      return [r?.kind, r?.period];
    };
    expect(await jobs('预计')).toEqual(['actual', '2018']);
    expect(await jobs('')).toEqual(['actual', '2018']);
    // (A lead that plans the year does plan it.)
    expect(await jobs('将确保')).toEqual(['target', '2018']);
  });

  it('a sentence closing on the plan its figures make up (…审议通过了城镇新增就业65万人，…的就业工作目标。) states them as the plan; one telling the plan beaten does not', async () => {
    const kinds = async (text: string) => (await run(text)).records.filter((x) => x.indicator !== 'other').map((x) => x.kind);
    expect(await kinds('今年初省人代会审议通过了城镇新增就业65万人，培训转移农村劳动力80万人，城镇登记失业率控制在4.5%以内的就业工作目标。')).toEqual(['target', 'target', 'target']);
    expect(await kinds('去年全年城镇新增就业69万人，超出65万人的就业工作目标。')).toEqual(['actual']);
    // (Nor one holding the level under the plan in the clause right after: 为3.2%，控制在4.5%以内的年度目标.)
    expect(await kinds('10月末，全省城镇登记失业率为3.2%，控制在4.5%以内的年度目标。')).toEqual(['actual', 'target']);
  });

  it('in a part that reports, a clause opening anew on the area (，全市全年实现…97.2万人) is what was done, whatever 确保 urged before it', async () => {
    const kinds = async (text: string) => (await run(text)).records.filter((x) => x.indicator !== 'other').map((x) => x.kind);
    expect(await kinds('近日，省人社厅通报了2023年度全省农村劳动力转移就业工作成效。\n2023年，我市不断完善就业政策，确保农村劳动力就近就地就业，全市全年实现农村劳动力转移就业97.2万人。')).toEqual(['actual']);
    // (In a plan, the same clause is the plan's.)
    expect(await kinds('2024年工作计划\n2024年，我市将不断完善就业政策，确保农村劳动力就近就地就业，全市全年实现农村劳动力转移就业97万人。')).toEqual(['target']);
  });

  it('a paragraph closing on this year\'s 实事 to be done (今年，重点为民办好7个方面20件实事。) announces the items after it; 办好了 tells them done', async () => {
    const report = (verb: string) => `加快农业产业化进程。\n保障和改善民生，是执政之基。今年，重点为民${verb}7个方面20件实事。\n就业和社会保障方面：(1)实现城镇新增就业4万人以上，职业技能培训1.6万人。`;
    const kinds = async (verb: string) => (await run(report(verb))).records.filter((x) => x.indicator !== 'other').map((x) => x.kind);
    expect(await kinds('办好')).toEqual(['target', 'target']);
    expect(await kinds('办好了')).toEqual(['actual', 'actual']);
  });

  it('a paragraph closing on 实事 the government will do (年菏泽将着力办好十个方面民生实事。) announces the items after it, its year\'s digits lost, on a forum repost dated years later', async () => {
    const report = (verb: string) => `菏泽市论坛\n首页 » 问答 » 聚焦菏泽两会速览菏泽2021年十件民生实\nTUhjnbcbe - 2025/5/14 19:23:00\n年1月27日,在菏泽市第十九届人民代表大会第六次会议上,代市长作政府工作报告。年菏泽${verb}十个方面民生实事。\n(1)开展劳动者终身职业技能培训,完成培训8万人次。`;
    const kinds = async (verb: string) => (await run(report(verb))).records.filter((x) => x.indicator !== 'other').map((x) => x.kind);
    expect(await kinds('将着力办好')).toEqual(['target']);
    // (Twin: 办好了, done.)
    expect(await kinds('着力办好了')).toEqual(['actual']);
  });

  it('a numbered heading naming the indicators the year will be checked against (一、2011年…工作考核指标) opens targets; their results do not', async () => {
    const notice = (heading: string) => `关于2011年本区人力资源社会保障工作的通知\n${LABOUR_CONTEXT}\n${heading}\n(一)城镇新增就业2万人;\n(二)完成职业技能培训1.5万人。`;
    const kinds = async (heading: string) => (await run(notice(heading))).records.filter((x) => x.indicator !== 'other').map((x) => x.kind);
    expect(await kinds('一、2011年本区人力资源社会保障工作考核指标')).toEqual(['target', 'target']);
    expect(await kinds('一、2011年本区人力资源社会保障工作考核指标完成情况')).toEqual(['actual', 'actual']);
  });

  it('an item of a numbered list stating a floor ((二)新增转移农村劳动力125万人以上) sets a goal; a numbered item of exact results reports', async () => {
    const text = `[接上页] (二)新增转移农村劳动力125万人以上；(三)劳动人事争议仲裁结案率达92%以上。\n${LABOUR_CONTEXT}`;
    expect((await run(text)).records.filter((x) => x.indicator !== 'other').map((x) => x.kind)).toEqual(['target', 'target']);
    const review = `(二)新增转移农村劳动力125.3万人；(三)劳动人事争议仲裁结案率为92.4%。\n${LABOUR_CONTEXT}`;
    expect((await run(review)).records.filter((x) => x.indicator !== 'other').map((x) => x.kind)).toEqual(['actual', 'actual']);
  });

  it('共 and a verb of doing (2010年共发放…) totals what was done, on a page whose words look ahead; a plan\'s 三年共开展…以上 stays a plan', async () => {
    const text = `本报讯 甘肃省切实发挥小额担保贷款的作用，2010年共发放小额担保贷款75.5亿元。\n未来几年，甘肃将以促创业、带就业为目标，全面落实小额担保贷款政策。根据目标，到“十二五”后3年，担保基金将达到20亿元以上，力争贷款余额保持在160亿元以上。\n${LABOUR_CONTEXT}`;
    expect((await run(text)).records.filter((x) => x.indicator === 'startup_loans').map((x) => [x.value, x.kind])).toEqual([[7550000000, 'actual']]);
    const plan = `${LABOUR_CONTEXT}\n一、目标任务\n三年共开展各类补贴性职业技能培训5000万人次以上，到2021年底技能劳动者占就业人员总量的比例达到25%以上。`;
    expect((await run(plan)).records.filter((x) => x.indicator === 'vocational_training').map((x) => x.kind)).toEqual(['target']);
  });

  it('under a heading of targets, a lead stating a result (就业规模持续扩大。) is the state aimed at; a goal toward a horizon on an undated page is the horizon\'s', async () => {
    const text = `${LABOUR_CONTEXT}\n(四)目标任务。\n就业规模持续扩大，就业结构进一步优化。到2015年，城镇新增就业36万人。有效控制失业，城镇登记失业率控制在4.5%以内。`;
    expect((await run(text)).records.filter((x) => x.indicator !== 'other').map((x) => [x.value, x.kind, x.period])).toEqual([[360000, 'target', '2015'], [4.5, 'target', null]]);
    const review = `${LABOUR_CONTEXT}\n(四)工作成效。\n就业规模持续扩大，就业结构进一步优化。城镇登记失业率控制在4.5%以内。`;
    expect((await run(review)).records.filter((x) => x.indicator !== 'other').map((x) => x.kind)).toEqual(['actual']);
  });

  it('a promise followed by how it was kept (办理情况：…) is a goal; the report under it and a line followed by anything else are results', async () => {
    const text = `${LABOUR_CONTEXT}\n十件实事成绩单\n【就业】\n全省城镇新增就业65万人。\n\n办理情况：全年城镇新增就业70.7万人，完成年目标任务的109%。\n全省发放创业担保贷款12亿元。\n工作亮点：创新服务方式。`;
    expect((await run(text, '2011湖北高校毕业生就业率已达90%以上')).records.filter((x) => x.indicator !== 'other').map((x) => [x.value, x.kind])).toEqual([
      [650000, 'target'], [707000, 'actual'], [109, 'progress'], [1200000000, 'actual'],
    ]);
  });

  it('a headline saying the year\'s projects were completed (全面完成…为民办实事项目) opens a review; one announcing them, a plan', async () => {
    const body = '2013年全区新增城镇就业10220人，登记失业率控制在4%以内，发放创业小额担保贷款6600万元。';
    const kinds = async (title: string) => (await run(`${title}\n${body}\n${LABOUR_CONTEXT}`)).records.filter((x) => x.indicator !== 'other').map((x) => x.kind);
    expect(await kinds('民生支出4.93亿元，全面完成24项民生工程和20件为民办实事项目')).toEqual(['actual', 'actual', 'actual']);
    expect(await kinds('区政府确定2013年24项民生工程和20件为民办实事项目')).toEqual(['target', 'target', 'target']);
  });

  it('a press conference turning to what comes next (接下来，…将…) sets goals; the results before it stay results', async () => {
    const text = `${LABOUR_CONTEXT}\n一季度，全市发放创业担保贷款15亿元。\n接下来，市人社局将从四个方面开展稳就业工作。培育零工市场60个左右，发放创业担保贷款60亿元。`;
    expect((await run(text)).records.filter((x) => x.indicator === 'startup_loans').map((x) => [x.value, x.kind])).toEqual([
      [1500000000, 'actual'], [6000000000, 'target'],
    ]);
  });

  it('a promise quoted after its name (首件实事“城镇新增就业4万人…”进展顺利) is a goal; the results after it are results', async () => {
    const text = `${LABOUR_CONTEXT}\n截至6月底，市政府2013年十件惠民利民实事中首件实事“城镇新增就业4万人，帮助农村富余劳动力转移就业5万人”进展顺利，全市城镇新增就业41815人，完成全年目标的104.54%。\n全市“城镇新增就业”工作进展顺利，城镇新增就业2万人。`;
    expect((await run(text)).records.filter((x) => x.indicator !== 'other').map((x) => [x.value, x.kind])).toEqual([
      [40000, 'target'], [50000, 'target'], [41815, 'actual'], [104.54, 'progress'], [20000, 'actual'],
    ]);
    // (…and promises listed after 包括： are goals as well, 了 in the sentence's lead or not.)
    const listed = `${LABOUR_CONTEXT}\n其中，市劳动和社会保障局承担了多个实事项目，包括：年内全市新增城镇就业8万人以上，城镇登记失业率控制在3.8%以内。`;
    expect((await run(listed)).records.filter((x) => x.indicator !== 'other').map((x) => x.kind)).toEqual(['target', 'target']);
    // (…and the year naming the promises is no time of the results': they stand at the end of June.)
    expect((await run(text)).records.filter((x) => x.value === 41815).map((x) => x.period)).toEqual(['2013-06']);
  });

  it('an item of a list of targets that totals to a floor (…力争达成以下目标： ⏎ (1)累计…15万人以上) is a target; a plan\'s review of totals is not', async () => {
    const plan = `杭州市余杭区构建就业友好型城区的实施方案\n${LABOUR_CONTEXT}\n一、总体目标\n至2030年年底,力争达成以下目标:\n(1)累计开发优质就业岗位25万个以上,城镇新增就业15万人以上;`;
    expect((await run(plan)).records.filter((x) => x.indicator !== 'other').map((x) => x.kind)).toEqual(['target']);
    const review = `某市“十四五”就业促进规划\n${LABOUR_CONTEXT}\n一、发展基础\n“十三五”时期，全市累计实现城镇新增就业91.41万人，城镇登记失业率控制在1.35%以内。\n二、主要目标\n到2025年，城镇新增就业50万人以上。`;
    expect((await run(review)).records.filter((x) => x.indicator !== 'other').map((x) => x.kind)).toEqual(['actual', 'actual', 'target']);
  });

  it('a plan named formally (…第十四个五年规划和二〇三五年远景目标纲要) states its span\'s targets, a 累计 total in its sentence before them too', async () => {
    const plan = `八师石河子市国民经济和社会发展第十四个五年规划和二〇三五年远景目标纲要\n时间:2021年06月29日\n${LABOUR_CONTEXT}\n第五十六章 实施就业优先战略\n坚持就业第一。“十四五”期间，城镇新增就业累计5万人，城镇登记失业率控制在4%以内。`;
    expect((await run(plan)).records.filter((x) => x.indicator !== 'other').map((x) => [x.value, x.kind, x.period])).toEqual([
      [50000, 'target', '2021-2025'], [4, 'target', '2021-2025'],
    ]);
    // (A page that reviews the plan's years as gone by reads them done.)
    const review = plan.replace('八师石河子市国民经济和社会发展第十四个五年规划和二〇三五年远景目标纲要', '石河子市2026年政府工作报告').replace('时间:2021年06月29日', '时间:2026年01月29日');
    expect((await run(review)).records.filter((x) => x.indicator !== 'other').map((x) => x.kind)).toEqual(['actual', 'actual']);
  });

  it('今年来， (so written) after a plan\'s sentence reports the year so far; 今年来华 is no time', async () => {
    const text = `${LABOUR_CONTEXT}\n华容县劳动就业服务局负责人介绍，今年，华容县将新增城镇就业作为重点民生实事工程推进。今年来，华容县城镇新增就业5425人，城镇登记失业率控制在4.5%以内。`;
    expect((await run(text)).records.filter((x) => x.indicator !== 'other').map((x) => x.kind)).toEqual(['actual', 'actual']);
    const visitors = `${LABOUR_CONTEXT}\n今年，华容县将新增城镇就业作为重点民生实事工程推进。今年来华容县城镇新增就业5000人。`;
    expect((await run(visitors)).records.filter((x) => x.indicator !== 'other').map((x) => x.kind)).toEqual(['target']);
  });

  it('a reply to a proposal named by its title (…的提案》收悉，现就提案提出的有关问题答复如下) reports what was done', async () => {
    const text = `民进某省委员会:\n你委提出的《关于推动劳动人事争议多元化解的提案》收悉。感谢你委对我省劳动人事争议调解仲裁工作的关心和支持。现就提案提出的有关问题答复如下:\n${LABOUR_CONTEXT}\n2024年,我省劳动人事争议调解仲裁工作积极作为,调解成功率为79.70%,仲裁结案率为99.99%,调解仲裁工作运行平稳有序。`;
    expect((await run(text)).records.filter((x) => x.indicator !== 'other').map((x) => [x.value, x.kind])).toEqual([[79.7, 'actual'], [99.99, 'actual']]);
  });

  it('a review heading makes figures actual, a task heading makes them targets, each with its year', async () => {
    const text = [
      '在全县人力资源和社会保障工作会议上的讲话', LABOUR_CONTEXT,
      '一、2021年工作回顾', '全年实现城镇新增就业****人，城镇登记失业率控制在***%。',
      '二、2022年工作任务', '全年新增城镇就业****人，城镇登记失业率控制在**%以内。',
    ].join('\n');
    const r = await run(text);
    expect(r.period).toBe('2022');
    expect(r.records.map((x) => [x.indicator, x.kind, x.period, x.comparator])).toEqual([
      ['urban_new_jobs', 'actual', '2021', '='],
      ['registered_unemployment_rate', 'actual', '2021', '='],
      ['urban_new_jobs', 'target', '2022', '='],
      ['registered_unemployment_rate', 'target', '2022', '<='],
    ]);
  });

  it('a lead that focuses on the plan (聚焦…目标任务) sets out no targets for the paragraphs after it', async () => {
    const text = [
      '文山州农村劳动力新增转移就业3.83万人', LABOUR_CONTEXT,
      '文山州聚焦脱贫攻坚目标任务，把就业服务向基层延伸。1至8月，全州农村劳动力新增转移就业3.83万人。',
      '全州协议培训机构达20家，组织开展就业职业培训755期46505人。',
    ].join('\n');
    const r = await run(text);
    expect(r.records.filter((x) => x.indicator === 'vocational_training').map((x) => [x.value, x.kind])).toEqual([[46505, 'actual']]);
  });

  it('a story naming its one year as done, then calling it 去年, speaks from the year after (山东省2008年努力将…；山东省去年…)', async () => {
    const text = [
      '新华社济南3月6日电(记者 吕福明)面对国际金融危机对就业形势的不利影响,山东省2008年努力将本省城镇登记失业率有效控制在3.8%以内,低于全国平均水平。',
      LABOUR_CONTEXT,
      '据介绍,山东省去年积极开展了“就业援助月”活动,全年实现城镇新增就业114.7万人。',
    ].join('\n');
    const page = await run(text);
    expect(page.period).toBe('2009');
    expect(page.records.filter((x) => x.indicator !== 'other').map((x) => [x.value, x.kind, x.period])).toEqual([[3.8, 'actual', '2008'], [1147000, 'actual', '2008']]);
  });

  it('at the year\'s work conference, 今年 with figures the sentence says were beaten are results; called targets after a dash are targets', async () => {
    const conference = `${LABOUR_CONTEXT}\n记者从今天在京召开的全国人力资源和社会保障工作会议上获悉，今年，城镇失业人员再就业520万人以上，就业困难人员实现就业170万人以上，都超额完成全年目标任务。`;
    expect((await run(conference, '全国城镇新增就业有望超1200万人')).records.filter((x) => x.indicator !== 'other').map((x) => x.kind)).toEqual(['actual', 'actual']);
    const dash = `${LABOUR_CONTEXT}\n城镇新增就业1100万人以上，城镇调查失业率5.5%左右——2021年就业目标任务已经明确。`;
    expect((await run(dash, '代表委员热议政府工作报告')).records.filter((x) => x.indicator !== 'other').map((x) => x.kind)).toEqual(['target', 'target']);
  });

  it('a plan\'s span named in its first two years (“十一五”期间 in a notice of 2007) is ahead: its figures are targets', async () => {
    const text = `河北省人民政府关于进一步推进就业再就业工作的意见\n(冀政〔2007〕58号)\n${LABOUR_CONTEXT}\n（二）主要目标任务。“十一五”期间，全省城镇新增就业225万人以上，其中下岗失业人员再就业100万人以上。`;
    expect((await run(text)).records.filter((x) => x.indicator !== 'other').map((x) => [x.kind, x.period])).toEqual([['target', '2006-2010'], ['target', '2006-2010']]);
  });

  it('a page naming its one year, then counting to 去年底, speaks from the year after', async () => {
    const text = `辽宁：多措并举稳就业\n2020年，辽宁省把稳就业作为首要任务，实施新一轮稳就业政策。截至去年底，全省城镇新增就业45.2万人，城镇登记失业率4.61%。\n${LABOUR_CONTEXT}`;
    expect((await run(text)).records.filter((x) => x.indicator !== 'other').map((x) => x.period)).toEqual(['2020', '2020']);
  });

  it('a lead saying how far its news runs (截至6月底，…进展顺利。) dates the figures the story then lists', async () => {
    const text = `${LABOUR_CONTEXT}\n市政府筛选确定了2016年10件市办实事。截至6月底，10件市办实事总体进展顺利。\n就业\n全市城镇新增就业320041人，占年计划的106.7%。`;
    expect((await run(text)).records.filter((x) => x.indicator !== 'other').map((x) => x.period)).toEqual(['2016-06', '2016-06']);
  });

  it('a year\'s assessment published in the next (从2017年度…考核结果获悉，去年…) speaks from the year after it', async () => {
    const text = `本报记者 郭军\n日前，记者从2017年度省政府目标管理绩效考核结果获悉，去年，滁州市就业创业工作再次居全省第1位。\n${LABOUR_CONTEXT}\n去年，全年城镇新增就业人数8.95万人。`;
    expect((await run(text)).records.filter((x) => x.indicator !== 'other').map((x) => x.period)).toEqual(['2017']);
  });

  it('a page whose one year is where its so-far runs from (2023年以来…截至目前) is of that year', async () => {
    const text = `中国张掖网讯 2023年以来，张掖市坚持劳务输转思路，全面完成了年度各项目标任务。截至目前，全市输转城乡劳动力29.6万人，完成目标任务28万人的105.7%。\n${LABOUR_CONTEXT}`;
    expect((await run(text)).records.filter((x) => x.indicator !== 'other').map((x) => x.period)).toEqual(['2023', '2023', '2023']);
  });

  it('a list opening on growth of about so much in the review of the year gone by (一、2025年工作回顾) states results; under the year\'s targets, plans', async () => {
    const list = '全省地区生产总值增长5.8%左右，城镇新增就业95.3万人，居民人均可支配收入增长5.9%。';
    const report = (heading: string) => `现在，我代表省人民政府，向大会报告工作，请予审议。\n${heading}\n${list}`;
    const kinds = async (text: string) =>
      (await run(text, '2026年政府工作报告')).records.filter((x) => x.indicator !== 'other').map((x) => [x.kind, x.period]);
    expect(await kinds(report('一、2025年和“十四五”时期工作回顾'))).toEqual([['actual', '2025']]);
    expect(await kinds(report('二、2026年主要目标任务'))).toEqual([['target', '2026']]);
  });

  it('a run since a year with its 以 dropped (2019年来已帮助…) is no page year, as 2019年以来 is not; 2019年来自… is a year', async () => {
    const story = (since: string) =>
      `区就业服务管理局分类施策，通过推荐就业、落实补贴、托底安置等，强力推进各项就业帮扶。\n${since}已指导帮助1525名就业困难人员实现了就业。`;
    const periods = async (text: string) => (await run(text)).records.filter((x) => x.indicator !== 'other').map((x) => x.period);
    expect(await periods(story('2019年来'))).toEqual([null]);
    expect(await periods(story('2019年以来'))).toEqual([null]);
    expect(await periods(story('2019年，来自各镇街的数据显示，区里'))).toEqual(['2019']);
  });

  it('a page whose one year is where its so-far runs from, counted to this year\'s month (截至到今年8月底), is of that year', async () => {
    const text = `2016年以来，根据国务院关于“大众创业、万众创新”的号召，结合供给侧改革、结构调整、精准扶贫等重点任务，人社部门大力实施就业优先战略，就业形势保持了持续稳定。\n一、城乡新增就业规模稳步扩大。截至到今年8月底，临沂市实现城镇新增就业8.37万人，完成年度计划的99.34%。\n${LABOUR_CONTEXT}`;
    expect((await run(text)).records.filter((x) => x.indicator !== 'other').map((x) => x.period)).toEqual(['2016-08', '2016-08']);
  });

  it('a headline reporting 去年 and naming no year: the story\'s undated results are of the year before its own', async () => {
    const text = [
      LABOUR_CONTEXT,
      '本报讯 市劳动保障局发布的有关信息显示,2007年,全市实现城乡就业31.32万人,完成全年城乡就业工作目标20万人的156.59%。其中城镇失业人员就业17.03万人,农村劳动力转移就业14.29万人。',
    ].join('\n');
    expect((await run(text, '2.73%,青岛城镇失业率创历史新低 去年实现城乡就业31.32万人')).records.filter((x) => x.indicator !== 'other').map((x) => [x.value, x.period])).toEqual([[170300, '2007'], [142900, '2007']]);
  });

  it('a change on the year before, in the clause right after the figure, makes it a result under a headline of targets', async () => {
    const text = [
      '实施就业优先"五个行动" 确保新增就业30万人', LABOUR_CONTEXT,
      '1月20日讯 全市城镇新增就业68万人,同比增长2.7%;政策性扶持创业3.5万人。',
    ].join('\n');
    const r = await run(text);
    expect(r.records.filter((x) => x.indicator === 'urban_new_jobs').map((x) => [x.value, x.kind])).toEqual([[680000, 'actual']]);
  });

  it('a government work report: five-year review, then this year\'s expected targets', async () => {
    const text = [
      LABOUR_CONTEXT,
      '五年来，我们坚持以人民为中心，城镇新增就业603.7万人。',
      '三、2026年重点工作安排',
      '今年经济社会发展主要预期目标是：经济增长5%左右；城镇调查失业率5.5%左右，城镇新增就业110万人以上。',
    ].join('\n');
    const r = await run(text, '2026年河南省政府工作报告');
    expect(r.region).toBe('河南省');
    expect(r.records.filter((x) => x.indicator !== 'other').map((x) => [x.value, x.kind, x.period])).toEqual([
      [6037000, 'actual', '2021-2025'],
      [5.5, 'target', '2026'],
      [1100000, 'target', '2026'],
    ]);
  });

  it('a plan stated, then 实际完成情况如下: the plan is a target, the lines after it actuals', async () => {
    const text = [
      '贵州省人力资源和社会保障厅关于2021年人力资源和社会保障事业发展计划执行情况的通报', LABOUR_CONTEXT,
      '一、促进就业计划执行情况',
      '2021年促进就业计划目标为：全省城镇新增就业60万人以上。农村劳动力转移就业70万人。实际完成情况如下：',
      '（一）全省农村劳动力转移就业77.88万人。',
    ].join('\n');
    const r = await run(text);
    expect(r.records.filter((x) => x.indicator !== 'other').map((x) => [x.value, x.kind, x.period])).toEqual([
      [600000, 'target', '2021'],
      [700000, 'target', '2021'],
      [778800, 'actual', '2021'],
    ]);
  });

  it('an issuing body alone on the first line, the title below it (…总结和2024年工作计划): the page reviews 2023 and plans 2024', async () => {
    const lines = ['XX市人力资源和社会保障局', '2023年工作总结和2024年工作计划', '一、2023年工作完成情况', '全市城镇新增就业2.31万人，城镇登记失业率2.85%。', '二、2024年工作计划', '全年实现城镇新增就业2万人以上，城镇调查失业率控制在5.5%以内。'];
    const r = await run(lines.join('\n'));
    expect(r.period).toBe('2023');
    expect(r.records.map((x) => `${x.value} ${x.kind} ${x.period}`)).toEqual(['23100 actual 2023', '2.85 actual 2023', '20000 target 2024', '5.5 target 2024']);
  });

  it('a list announced by 目标： is the plan to its sentence\'s end, however results follow; 完成情况： reports them', async () => {
    const title = '关于2025年市级民生实事项目完成情况的报告';
    const item = '一、稳定扩大就业。目标：城镇新增就业1.5万人，帮扶困难人员就业800人，新增创业担保贷款2亿元。完成情况：截至12月底，全市城镇新增就业1.62万人；帮扶困难人员就业912人。';
    const { records } = await run(`${title}\n${LABOUR_CONTEXT}\n${item}`);
    const core = records.filter((x) => x.indicator !== 'other');
    expect(core.map((x) => `${x.value} ${x.kind}`)).toEqual(['15000 target', '800 target', '200000000 target', '16200 actual', '912 actual']);
  });

  it('a year\'s 工作情况 reviews it; a rate, then the ceiling it was kept under', async () => {
    const text = ['一、2020年工作情况', LABOUR_CONTEXT, '全市城镇登记失业率为2.36%，控制在3.0%以内。'].join('\n');
    const r = await run(text);
    expect(r.records.map((x) => [x.value, x.kind, x.comparator])).toEqual([
      [2.36, 'actual', '='],
      [3, 'target', '<='],
    ]);
  });

  it('a headline restating the story\'s figure without its time is dated like the story', async () => {
    const text = `陕城镇新增就业21.92万人\n2013年07月26日 来源:陕西日报\n${LABOUR_CONTEXT}\n7月25日，记者获悉，上半年全省城镇新增就业21.92万人。`;
    const r = await run(text);
    expect(r.records.map((x) => [x.value, x.period])).toEqual([[219200, '2013H1'], [219200, '2013H1']]);
  });

  it('a table row of years is no headline: its bare cell keeps its row\'s year, though an earlier row holds the same figure', async () => {
    const text = ['2023年某省人力资源和社会保障事业发展统计公报', LABOUR_CONTEXT, '表1 2021—2023年全省城镇新增就业和城镇登记失业率',
      '年份 城镇新增就业（万人） 城镇登记失业率（%）', '2021 58.2 3.3', '2022 61.0 3.3', '2023 62.5 3.1'].join('\n');
    const rates = (await run(text)).records.filter((x) => x.indicator === 'registered_unemployment_rate');
    expect(rates.map((x) => [x.value, x.period])).toEqual([[3.3, '2021'], [3.3, '2022'], [3.1, '2023']]);
  });

  it('a headline rounding the story\'s figure (1417万人 for 1417.04万人) is dated like the story; another figure is not', async () => {
    const text = `云南全省农村劳动力转移就业1417万人\n2023-02-09 09:42:13 来源:云南日报\n${LABOUR_CONTEXT}\n截至2月6日，全省实现农村劳动力转移就业1417.04万人。`;
    expect((await run(text)).records.map((x) => [x.value, x.period])).toEqual([[14170000, '2023-02'], [14170400, '2023-02']]);
    const other = text.replace('1417万人\n', '1418万人\n');
    expect((await run(other)).records.map((x) => x.period)[0]).not.toBe('2023-02');
  });

  it('a headline restated by the repost\'s 原标题 line is dated like the story, as that line is', async () => {
    const text = `新疆城镇新增就业44.5万人\n2017-11-09 人民网\n原标题:新疆城镇新增就业44.5万人\n${LABOUR_CONTEXT}\n11月7日，截至9月底，全疆城镇新增就业44.5万人，同比增加3.2万人。`;
    const r = (await run(text)).records.filter((x) => x.indicator !== 'other');
    expect(r.map((x) => [x.value, x.period])).toEqual([[445000, '2017-09'], [445000, '2017-09'], [445000, '2017-09']]);
  });

  it('measuring against the year\'s target (完成年度目标任务的90%) does not start a new part of the story', async () => {
    const text = `${LABOUR_CONTEXT}\n截至9月底，全疆城镇新增就业44.5万人。\n就业困难人员实现就业4.5万人,完成年度目标任务的90%。`;
    const r = await run(text, '2017年新疆就业');
    expect(r.records.map((x) => [x.value, x.period])).toEqual([[445000, '2017-09'], [45000, '2017-09'], [90, '2017-09']]);
  });

  it('a heading inside the story restating a figure is dated like it; a heading figure of another kind is left alone', async () => {
    const text = `${LABOUR_CONTEXT}\n关注点二：城镇新增就业人数完成全年目标任务95.0%\n前三季度，全国城镇新增就业1045万人，完成全年目标的95.0%。\n全省已开发城乡公益性岗位超40万个\n山东计划6月底前，完成全省40万个公益性岗位开发任务。`;
    const r = (await run(text, '三季度GDP同比增长4.9%')).records.filter((x) => x.indicator !== 'other');
    expect(r.map((x) => [x.value, x.kind, x.period])[0]).toEqual([95, 'progress', r[2]!.period]);
    expect(r.find((x) => x.comparator === '>=')?.kind).not.toBe('target');
  });

  it('a headline stating a figure with no word of intent reports: the page opens as a review', async () => {
    const text = `2023年山东新增城镇就业124.5万人 就业局势保持稳定\n${LABOUR_CONTEXT}\n会上表示，山东扩容城乡公益性岗位，新开发61.9万个，目前在岗120.5万人。`;
    const r = (await run(text)).records.filter((x) => x.indicator !== 'other');
    expect(r.map((x) => [x.value, x.kind, x.period])).toEqual([[1245000, 'actual', '2023'], [619000, 'actual', '2023'], [1205000, 'actual', '2023']]);
  });

  it('an average a plan sets for every year to its horizon spans the years to it; a ceiling to the horizon is the horizon\'s', async () => {
    const text = `三穗县2024年就业工作计划\n${LABOUR_CONTEXT}\n二、目标任务\n到2025年，全县平均每年实现城镇新增就业2800人以上，城镇调查失业率控制在5.5%以内。`;
    const r = (await run(text)).records.filter((x) => x.indicator !== 'other');
    expect(r.map((x) => [x.value, x.kind, x.period])).toEqual([[2800, 'target', '2024-2025'], [5.5, 'target', '2025']]);
  });

  it('a total run up, or a level held, to a later year spans the years to it; a level reached is the year\'s', async () => {
    const text = `2023年辽宁省人社工作新闻发布会\n${LABOUR_CONTEXT}\n到2025年，辽宁省将累计新增城镇就业138万人，城镇调查失业率保持在5.5%左右；失业保险参保人数达到687万人。`;
    const r = (await run(text)).records.filter((x) => x.indicator !== 'other');
    expect(r.map((x) => [x.value, x.kind, x.period])).toEqual([[1380000, 'target', '2023-2025'], [5.5, 'target', '2023-2025'], [6870000, 'target', '2025']]);
  });

  it('a goal set for a later year (到2015年 on a page of 2012) is dated at it; what the page dates itself keeps its date', async () => {
    const text = `关于推进民生幸福工程的实施意见\n${LABOUR_CONTEXT}\n2012－2015年，城镇登记失业率控制在3.5%以内。\n到2015年，城镇职工养老保险参保人数达到780万人以上。`;
    const r = (await run(text)).records.filter((x) => x.indicator !== 'other');
    expect(r.map((x) => [x.value, x.kind, x.period])).toEqual([[3.5, 'target', '2012-2015'], [7800000, 'target', '2015']]);
  });

  it('a month written bare before the area (3月全市城镇调查失业率为5.5%) dates the figure; a date does not', () => {
    expect(findTimes('3月全市城镇调查失业率为5.5%', 2023).map((t) => t.month)).toEqual(['03']);
    expect(findTimes('3月25日，城镇调查失业率为5.5%', 2023).map((t) => t.month)).toEqual([]);
  });

  it('a programme named 计划 ends its clause and sets no goal; 计划 with an object still does', async () => {
    const done = `${LABOUR_CONTEXT}\n黑龙江省实施好创业带动就业计划，1月至6月，全省发放创业担保贷款5.64亿元。`;
    expect((await run(done)).records.filter((x) => x.indicator !== 'other').map((x) => x.kind)).toEqual(['actual']);
    const planned = `${LABOUR_CONTEXT}\n黑龙江省计划今年发放创业担保贷款5.64亿元。`;
    expect((await run(planned)).records.filter((x) => x.indicator !== 'other').map((x) => x.kind)).toEqual(['target']);
  });

  it('a part of the year gone by, named earlier in the sentence, dates a clause after ; that names no time', async () => {
    // The 新华社 item as reposted: traditional script glossed with pinyin, ASCII punctuation.
    const text = `河南"十二五"期間將轉(zhuǎn)移農(nóng)業(yè)勞動(dòng)力500萬人以上\n中央政府門戶網(wǎng)站 simplycreativeconsulting.com   2011年12月20日 10時(shí)42分   來源:新華社\n新華社鄭州12月20日電(記者 李亞楠 梁鵬)根據(jù)日前發(fā)布的河南省人力資源和社會(huì)保障事業(yè)發(fā)展“十二五”規(guī)劃綱要,“十二五”期間,河南將轉(zhuǎn)移農(nóng)業(yè)勞動(dòng)力500萬人以上。目前,河南農(nóng)村仍有約800萬富余勞動(dòng)力需要轉(zhuǎn)移。截至今年上半年,河南省農(nóng)村勞動(dòng)力轉(zhuǎn)移就業(yè)規(guī)模已達(dá)到2455萬人。\n河南省人力資源和社會(huì)保障廳的數(shù)據(jù)顯示,“十一五”期間,河南累計(jì)轉(zhuǎn)移農(nóng)業(yè)勞動(dòng)力806萬人,“十一五”結(jié)束時(shí),河南農(nóng)村富余勞動(dòng)力轉(zhuǎn)移就業(yè)規(guī)模達(dá)到2363萬人。今年上半年,河南農(nóng)村勞動(dòng)力轉(zhuǎn)移就業(yè)新增92萬人,其中,近八成留在省內(nèi)就業(yè);河南省農(nóng)村勞動(dòng)力轉(zhuǎn)移就業(yè)規(guī)模達(dá)到2455萬人,其中省內(nèi)轉(zhuǎn)移就業(yè)為1250萬人,首次超過省外轉(zhuǎn)移就業(yè)人數(shù)。`;
    const r = (await run(text)).records.filter((x) => x.indicator !== 'other' && x.value === 24550000);
    expect(r.map((x) => x.kind)).toEqual(['actual', 'actual']);
  });

  it('a plan\'s 执行情况 is a review: what it says was held is a result', async () => {
    const text = `关于2022年国民经济和社会发展计划执行情况的报告\n${LABOUR_CONTEXT}\n一、2022年计划执行情况\n社会消费品零售总额75.8亿元、下降5%；城镇登记失业率控制在5%以内。`;
    expect((await run(text)).records.filter((x) => x.indicator !== 'other').map((x) => [x.value, x.kind])).toEqual([[5, 'actual']]);
  });

  it('a summary that measures its figures against their targets (完成省下达目标任务的127%) opens as a review', async () => {
    const text = `2017年，全市就业工作在市委市政府领导下，实施就业优先战略，推动各类群体就业创业，做好社会保险工作。\n一、高位部署，强力推进。全年城镇新增就业20321人，失业人员实现再就业7372人，分别完成省下达目标任务的127%、105%，城镇登记失业率为3.20%。发放创业担保贷款1.1亿元，完成年度目标任务的110%；开展职业培训7.08万人，完成目标任务的118%。`;
    const got = (await run(text)).records.filter((x) => x.indicator === 'registered_unemployment_rate');
    expect(got.map((x) => x.kind)).toEqual(['actual']);
  });

  it('an excerpt of a work report with none of the words that open its plans is of its review; with them, of its plans', async () => {
    const review = `河南省政府工作报告全文,河南省政府工作报告精神要点解读(四)\n${LABOUR_CONTEXT}\n促进就业创业。推进全民技能振兴工程，实施高校毕业生就业促进计划和创业引领计划。城镇新增就业144.2万人。`;
    expect((await run(review)).records.filter((x) => x.indicator !== 'other').map((x) => x.kind)).toEqual(['actual']);
    const plans = review.replace('促进就业创业。', '今年的主要预期目标是：');
    expect((await run(plans)).records.filter((x) => x.indicator !== 'other').map((x) => x.kind)).toEqual(['target']);
  });

  it('news of how a work report\'s promises stand, dated within its year (截至2021年12月), reports on that year', async () => {
    const text = `记者从昆明市两会上获悉，2021年昆明市政府工作报告提出的继续加大扶贫小额到户贷款扶持力度、促进城乡就业、深入实施全民参保计划、实施长期护理保险制度、开展公共法律服务工作等10件惠民实事，截至2021年12月17日已完成或超额完成年度任务。\n${LABOUR_CONTEXT}\n2.促进城乡就业\n完成情况:城镇新增就业17.19万人。`;
    const r = (await run(text)).records.filter((x) => x.indicator !== 'other');
    expect(r.map((x) => [x.value, x.kind, x.period])).toEqual([[171900, 'actual', '2021']]);
  });

  it('news of a work report saying its named year\'s work was done (2025年，武汉…全面完成38项民生议题) reviews that year', async () => {
    const text = `湖北日报讯 1月6日，在武汉市人民代表大会会议上，政府工作报告透露，2025年，武汉坚持以人民为中心的发展思想，全面完成38项民生议题。\n${LABOUR_CONTEXT}\n落实稳就业促就业措施，城镇新增就业29.5万人。`;
    const r = (await run(text)).records.filter((x) => x.indicator !== 'other');
    expect(r.map((x) => [x.value, x.kind, x.period])).toEqual([[295000, 'actual', '2025']]);
  });

  it('deputies inspecting how their named year\'s promises were kept (就2024年“十件民生实事”完成情况开展视察) report that year', async () => {
    const page = (what: string) =>
      `12月18日,铜仁市玉屏自治县人大常委会就2024年“十件民生实事”${what}开展专项视察工作并召开座谈会。\n“十件民生”实事,是玉屏自治县人民政府在人民代表大会上对人大代表的庄严承诺。年末将至,重点民生实事项目建设情况如何?\n城镇新增就业2342人,累计新增发放创业担保贷款2004万元,该项目实事完成。`;
    const done = (await run(page('完成情况'))).records.find((x) => x.indicator === 'urban_new_jobs');
    expect([done?.region, done?.period]).toEqual(['玉屏侗族自治县', '2024']);
  });

  it('an excerpt of a work report that names its year as done (2021年发展目标的顺利完成) reviews that year', async () => {
    const text = `${LABOUR_CONTEXT}\n城镇新增就业、失业人员再就业分别完成年目标的188%、136.6%。\n各位代表！2021年发展目标的顺利完成，为过去五年的工作画上了圆满句号。`;
    const r = (await run(text)).records.filter((x) => x.indicator !== 'other');
    expect(r.map((x) => [x.indicator, x.value, x.kind, x.period])).toEqual([
      ['urban_new_jobs', 188, 'progress', '2021'],
      ['unemployed_reemployment', 136.6, 'progress', '2021'],
    ]);
  });

  it('a change over a span of years starts at its first year and ends at its last', async () => {
    const r = (await run(`四川省人社厅发布会\n${LABOUR_CONTEXT}\n据统计，1978年到2018年，全省城镇登记失业率从10.9%降至3.47%。`)).records;
    expect(r.filter((x) => x.indicator !== 'other').map((x) => [x.value, x.period])).toEqual([[10.9, '1978'], [3.47, '2018']]);
  });

  it('a count run up to a month\'s end of the page\'s year (到2011年12月底) is a result, not a goal set for that date', async () => {
    const text = `2011年河南城镇新增就业逾141万人\n${LABOUR_CONTEXT}\n到2011年12月底，全省城镇新增就业141.1万人，失业人员再就业42万人。`;
    const r = (await run(text)).records.filter((x) => x.indicator !== 'other');
    expect(r.map((x) => [x.value, x.kind])).toEqual([[1410000, 'actual'], [1411000, 'actual'], [420000, 'actual']]);
  });

  it('measured data (数据显示…) in a page that goes on to plan is a result', async () => {
    const text = `本报告基于北京市人口结构与就业政策最新动态,系统分析了就业人口发展趋势与结构性矛盾。数据显示,2024年末,全市城镇新增就业29.9万人,城镇调查失业率均值为4.1%;同时,60岁及以上老年人口比重达23.5%,低端服务业岗位缺口持续扩大,人工智能等新兴产业人才供给不足。未来5年,北京将面临高校毕业生规模扩张与产业升级的双重压力,需通过强化人力资源开发、优化就业服务网络、推动区域产业协同等策略实现高质量充分就业目标。本报告提出建立“大就业”制度创新体系,为超大城市就业治理提供理论参考与实践路径。`;
    expect((await run(text)).records.filter((x) => x.indicator !== 'other').map((x) => x.kind)).toEqual(['actual', 'actual']);
  });

  it('a list under 主要预期指标 sets targets', async () => {
    const text = `4月27日上午，太原市第十四届人大第五次会议开幕。会上，市长作了政府工作报告。\n政府工作报告中，干货满满，亮点多多。2020年，太原市在经济、民生方面有诸多重大举措。一起来看！\n主要预期指标\n地区生产总值增长7%左右\n城镇新增就业8.3万人\n城镇登记失业率控制在4.2%以内`;
    expect((await run(text)).records.filter((x) => x.indicator !== 'other').map((x) => [x.value, x.kind])).toEqual([[83000, 'target'], [4.2, 'target']]);
  });

  it('a change in a series naming no years starts and ends where the change before it did', async () => {
    const text = `福建省人社厅新闻发布会\n${LABOUR_CONTEXT}\n十年来，城镇职工基本养老保险参保人数从2012年的756万人上升到2021年的1330万人，工伤保险参保人数从541万人上升到984万人。`;
    const r = (await run(text)).records.filter((x) => x.indicator !== 'other');
    expect(r.map((x) => [x.value, x.period])).toEqual([[7560000, '2012'], [13300000, '2021'], [5410000, '2012'], [9840000, '2021']]);
  });

  it('an average over the years after a change between two named years is over those years; without the change, the year', async () => {
    const text = `人社部新闻发布会\n${LABOUR_CONTEXT}\n城镇就业人数由2012年的37287万人增加到2021年的46773万人，城镇新增就业年均超过1300万人。`;
    const r = (await run(text)).records.filter((x) => x.indicator !== 'other');
    expect(r.map((x) => [x.value, x.period])).toEqual([[13000000, '2012-2021']]);
    const plain = `人社部新闻发布会\n${LABOUR_CONTEXT}\n城镇就业人数增加到2021年的46773万人，城镇新增就业超过1300万人。`;
    expect((await run(plain)).records.filter((x) => x.indicator !== 'other').map((x) => [x.value, x.period])).toEqual([[13000000, '2021']]);
  });

  it('a page of no year naming a plan document reviews the plan before it; 全自治区 is the region it names', async () => {
    const text = `《内蒙古自治区“十四五”就业促进规划》全面总结了“十三五”时期就业的成就。\n一、“十三五”时期就业工作成效\n“十三五”时期，全自治区各级人力资源和社会保障部门把就业作为重大政治任务。\n一是就业规模保持稳定。城镇新增就业128.4万人。农牧民转移就业1264.3万人。`;
    const r = (await run(text)).records.filter((x) => x.indicator !== 'other');
    expect(r.map((x) => [x.value, x.kind, x.region, x.period])).toEqual([
      [1284000, 'actual', '内蒙古自治区', '2016-2020'], [12643000, 'actual', '内蒙古自治区', '2016-2020'],
    ]);
  });

  it('a rate reported once over a plan\'s years is its last year\'s level; one held under a line each year is the span\'s', async () => {
    const once = `《内蒙古自治区“十四五”就业促进规划》全面总结了“十三五”时期就业的成就。\n一、“十三五”时期就业工作成效\n“十三五”时期，全自治区各级人力资源和社会保障部门把就业作为重大政治任务。\n一是就业规模保持稳定。城镇新增就业128.4万人。城镇登记失业率3.6%。`;
    expect((await run(once)).records.filter((x) => x.indicator !== 'other').map((x) => [x.value, x.period])).toEqual([[1284000, '2016-2020'], [3.6, '2020']]);
    const held = once.replace('城镇登记失业率3.6%', '城镇登记失业率均控制在4%以内');
    expect((await run(held)).records.filter((x) => x.indicator !== 'other').map((x) => [x.value, x.period])).toEqual([[1284000, '2016-2020'], [4, '2016-2020']]);
  });

  it('a month\'s end written without its 月 (截止2018年11底) dates the figure by that month', async () => {
    const text = `2018年社会保险主要统计指标数据\n${LABOUR_CONTEXT}\n截止2018年11底，全省失业保险参保人数为564.31万人。`;
    expect((await run(text)).records.filter((x) => x.indicator !== 'other').map((x) => [x.value, x.period])).toEqual([[5643100, '2018-11']]);
  });

  it('a news site\'s name (中国西藏网讯) is not the area of a story that names its city', async () => {
    const text = `中国西藏网讯 据蓝皮书显示，拉萨市基本公共服务满意度位列全国之首。\n${LABOUR_CONTEXT}\n全年新增就业1.5万余人，城镇登记失业率控制在2.2%以内。\n2015年，拉萨着力提高全市群众收入水平。(中国西藏网文/记者)`;
    expect((await run(text)).records.filter((x) => x.indicator !== 'other').map((x) => x.region)).toEqual(['拉萨市']);
    const only = `中国西藏网讯 全区城镇登记失业率控制在2.2%以内。\n${LABOUR_CONTEXT}`;
    expect((await run(only)).records.filter((x) => x.indicator !== 'other').map((x) => x.region)).toEqual(['西藏自治区']);
  });

  it('a headline naming the story\'s loans loosely (发放贷款1180亿元) is the story\'s measure; 新增就业 stays another', async () => {
    const text = `截至8月底云南发放贷款1180亿元\n${LABOUR_CONTEXT}\n截至8月底，全省累计发放创业担保贷款超过1180亿元，扶持创业130万人次。`;
    expect((await run(text)).records.filter((x) => x.indicator !== 'other').map((x) => [x.indicator, x.value, x.comparator])).toEqual([
      ['startup_loans', 118000000000, '='], ['startup_loans', 118000000000, '>='],
    ]);
    const jobs = `新增就业17.67万人\n${LABOUR_CONTEXT}\n今年1月至6月，全省实现城镇新增就业17.67万人。`;
    expect((await run(jobs)).records.filter((x) => x.indicator !== 'other').map((x) => x.text)).toEqual(['城镇新增就业17.67万人']);
  });

  it('a headline below the site\'s chrome (breadcrumb, menu) still names the story\'s measure loosely; the story\'s lead does not', async () => {
    const story = `\n${LABOUR_CONTEXT}\n2007年，四川农村劳动力转移输出规模突破2000万人大关。`;
    const cores = async (text: string) => (await run(text)).records.filter((x) => x.indicator !== 'other').map((x) => x.text);
    expect(await cores(`当前位置: 首页>> 政务要闻>> 地方政务\n首页 新闻 体育 娱乐 游戏\n四川农村劳务输出突破2000万人${story}`)).toEqual([
      '四川农村劳务输出突破2000万人', '农村劳动力转移输出规模突破2000万',
    ]);
    expect(await cores(`当前位置: 首页>> 政务要闻\n据悉，四川农村劳务输出突破2000万人。${story}`)).toEqual(['农村劳动力转移输出规模突破2000万']);
  });

  it('a run of N years (连续4年) is the run the story spells out after it, a range or a list of as many years', async () => {
    const headline = '城镇新增就业连续4年超1300万\n2020年1月，人社部统计显示';
    const jobs = async (text: string) => (await run(text)).records.filter((x) => x.indicator === 'urban_new_jobs').map((x) => x.period);
    expect(await jobs(`${headline}\n${LABOUR_CONTEXT}\n2016年至2019年，城镇新增就业每年保持在1300万人以上。`)).toEqual(['2016-2019', '2016-2019']);
    expect((await jobs(`${headline}\n${LABOUR_CONTEXT}\n其中，2016年、2017年、2018年、2019年，城镇新增就业分别为1314万人、1351万人、1361万人和1352万人。`))[0]).toBe('2016-2019');
    // A range of another length is another span: the run ends in the page's year.
    expect((await jobs(`${headline}\n${LABOUR_CONTEXT}\n2015年至2017年，城镇新增就业每年保持在1300万人以上。`))[0]).toBe('2017-2020');
  });

  it('a pension rise is of the year it is paid, not of the level it is a share of or the deadline before it', async () => {
    const text = `人社部、财政部发布《关于2023年调整退休人员基本养老金的通知》\n${LABOUR_CONTEXT}\n明确从2023年1月1日起，为2022年底前已按规定办理退休手续的退休人员提高基本养老金水平，总体调整水平为2022年退休人员月人均基本养老金的3.8%。`;
    expect((await run(text)).records.filter((x) => x.indicator !== 'other').map((x) => [x.indicator, x.value, x.period])).toEqual([['pension_increase', 3.8, '2023']]);
    // (…its area named between the year and the level: 按2012年海南省企业退休人员月人均基本养老金的10%确定.)
    const named = `近日，记者从市社保局获悉，从今年1月1日起，海南省继续提高企业退休人员基本养老金。\n${LABOUR_CONTEXT}\n此次调整，按2012年海南省企业退休人员月人均基本养老金的10%确定，月人均调整水平为153元左右。`;
    expect((await run(named, '2013年海南省企业退休人员基本养老金调整')).records.filter((x) => x.indicator !== 'other').map((x) => [x.indicator, x.value, x.period])).toEqual([['pension_increase', 10, '2013']]);
  });

  it('a headline\'s record since a year (创2019年以来新低) does not date the page; the planning commission speaks for the nation', async () => {
    const r = await run(`${LABOUR_CONTEXT}\n国家发展改革委司长20日在新闻发布会上说，今年前9个月全国城镇调查失业率均值为5.2%，其中，9月份为4.9%。`.replace(/^/, '发布时间:2021-10-20\n'), '9月城镇调查失业率创2019年以来新低');
    expect(r.records.filter((x) => x.indicator !== 'other').map((x) => [x.value, x.region, x.period])).toEqual([[5.2, '全国', '2021Q1-Q3'], [4.9, '全国', '2021-09']]);
  });

  it('a reply to a deputy\'s proposal opens on what was done', async () => {
    const text = `梁俏筠等代表：\n你们提出的关于促进更充分就业的建议收悉。现答复如下：\n${LABOUR_CONTEXT}\n党中央将就业放在“六稳”“六保”之首。特别是2020年，我省全面落实就业优先政策，全省城镇新增就业134万人，调查失业率全年平均为5.45%。`;
    expect((await run(text)).records.filter((x) => x.indicator !== 'other').map((x) => [x.value, x.kind])).toEqual([[1340000, 'actual'], [5.45, 'actual']]);
  });

  it('到2006年底 in a bulletin of 2006 is the date a level stands at, not a horizon', async () => {
    const text = `慈溪市2006年国民经济和社会发展统计公报\n十三、就业和社会保障\n${LABOUR_CONTEXT}\n到2006年底，参加社会基本养老保险21.49万名，参加失业保险8.99万名。`;
    expect((await run(text)).records.filter((x) => x.indicator !== 'other').map((x) => [x.value, x.kind, x.period])).toEqual([[214900, 'actual', '2006'], [89900, 'actual', '2006']]);
  });

  it('a January story already read as of the year it reports (2022年… dated 2023-01-19) is not moved a year further back', async () => {
    const flash = (headline: string) =>
      `${headline} 2023-01-19 10:48:27  来源:湖南日报\n湖南日报1月19日讯 在今天上午省政府新闻办举行的新闻发布会上,省统计局局长介绍,2022年我省坚持人民至上,民生投入持续加大。\n全年城镇新增就业73.65万人,失业人员再就业44.09万人。`;
    // (Its first line as the title, as the CLI reads a saved .txt.)
    const periods = async (headline: string) =>
      (await run(flash(headline), flash(headline).split('\n')[0])).records.filter((x) => x.indicator !== 'other').map((x) => x.period);
    expect(await periods('快讯|2022年湖南民生支出占比达70%以上')).toEqual(['2022', '2022']);
    // (A headline naming no year: the page is of 2023, and what it reports as done in January is 2022's all the same.)
    expect(await periods('快讯|湖南民生支出占比达70%以上')).toEqual(['2022', '2022']);
  });

  it('a span in a cited document\'s title (《…三年行动(2023—2025年)》) is no time of the sentence; a span in the text is', () => {
    expect(findTimes('推动《云南省基本公共服务提升三年行动(2023—2025年)》，实现农村劳动力转移就业1573.76万人', 2024).map((t) => t.period)).toEqual([]);
    expect(findTimes('三年行动(2023—2025年)实现农村劳动力转移就业1573.76万人', 2024).map((t) => t.period)).toEqual(['2023-2025']);
  });

  it('a work report for its own area\'s government (代表省人民政府, 省第十四届人民代表大会) speaks as that whole area', () => {
    const report = (voice: string) =>
      `政府工作报告\n${voice}\n各位代表：\n一、2025年工作回顾\n过去一年，西安至十堰高铁建成通车。城镇新增就业46.8万人。`;
    expect(pageRegion(report('——2026年1月20日在省第十四届人民代表大会第五次会议上'), '政府工作报告')).toBe('全省');
    expect(pageRegion(report('现在，我代表市人民政府，向大会报告工作。'), '政府工作报告')).toBe('全市');
    // Twin: without the voice, places named in passing leave the area unknown.
    expect(pageRegion(report(''), '政府工作报告')).not.toBe('全省');
  });

  it('the province\'s average a district is measured against (根据全省平均水平考核) is no area it speaks as', () => {
    const page = (against: string) =>
      `各乡镇人民政府:\n现将全区2016年度经济社会发展目标任务下达你们。\n附件:旌阳区2016年度经济社会发展任务分解表\n德阳市旌阳区人民政府\n${`地区生产总值增长率\n3\n年终根据${against}综合考核\n`.repeat(5)}`;
    expect(pageRegion(page('全省平均水平'), undefined)).toBe('旌阳区');
    // (Twin: the province named as a whole the page speaks of, five times over, is still counted.)
    expect(pageRegion(page('全省情况'), undefined)).toBe('四川省');
  });

  it('a headline naming a district right after its city (枣庄市市中区) is the district\'s page, however often the city is named below', () => {
    const bulletin = (headline: string, whole: string) => `${headline}\n${whole}上下深入学习贯彻视察枣庄重要讲话精神。${whole}城镇新增就业7056人。`;
    expect(pageRegion(bulletin('2023年枣庄市市中区国民经济和社会发展统计公报', '全区'), undefined)).toBe('市中区');
    // Twins: a page that speaks as its city, or a headline with the city alone, stays the city's.
    expect(pageRegion(bulletin('2023年枣庄市市中区国民经济和社会发展统计公报', '全市'), undefined)).toBe('枣庄市');
    expect(pageRegion(bulletin('2023年枣庄市国民经济和社会发展统计公报', '全区'), undefined)).toBe('枣庄市');
  });

  it('a town\'s office that thanks its own leaders first (在镇党委、政府的正确领导下) speaks for the town, not the county it names after', () => {
    const summary = (leaders: string) =>
      `2022年乡镇劳动保障所工作总结\n今年以来，${leaders}的正确领导下，在县人社局的业务指导下，我所扎实开展各项工作。\n全年实现城镇新增就业156人，完成县下达任务120人的130%。`;
    expect(pageRegion(summary('在镇党委、政府'), undefined)).toBe('全镇');
    expect(pageRegion(summary('在乡党委、政府'), undefined)).toBe('全乡');
    // Twin: a county's own leaders keep it the county's.
    expect(pageRegion(summary('在县委、县政府'), undefined)).toBe('全县');
  });

  it('a sub-heading naming the work in general ((二)重点工作) keeps the tense of the part it stands in', async () => {
    const page = (part: string) =>
      `某县人社局2024年上半年工作总结及下半年工作打算\n${part}\n（一）主要指标。城镇新增就业1120人，完成年度任务的56%。\n（二）重点工作。一是举办招聘会12场；二是发放创业担保贷款1860万元。`;
    const loan = async (part: string) => (await run(page(part))).records.find((x) => x.indicator === 'startup_loans');
    expect(await loan('一、上半年工作完成情况')).toMatchObject({ kind: 'actual', period: '2024H1' });
    // Twin: under a part of plans, the same sub-heading lists what is planned.
    expect((await loan('三、下半年工作打算'))?.kind).toBe('target');
  });

  it('a quarter or half without its year is of the year written right before it, else of the last year the text named', () => {
    const periods = (text: string) => findTimes(text, 2021).map((t) => t.period);
    expect(periods('2020年，全省城镇调查失业率从一季度6.1%回落至四季度的5.4%')).toEqual(['2020', '2020Q1', '2020Q4']);
    expect(periods('去年一季度城镇新增就业')).toEqual(['2020', '2020Q1']);
    // (今年 right before it outranks a year named earlier; with no year named, the page's.)
    expect(periods('2020年，全省完成目标；今年一季度，全省城镇新增就业19.5万人')).toEqual(['2020', '2021', '2021Q1']);
    expect(periods('一季度全省城镇新增就业19.5万人')).toEqual(['2021Q1']);
  });

  it('a title\'s year naming the document reviewed (2019年《政府工作报告》…落实情况), on a page dated the year after that speaks of 去年, is not the page\'s', () => {
    const title = '国务院公布2019年《政府工作报告》量化指标任务落实情况';
    const text = `${title}\n2020-05-20 09:54 来源:新华网\n报告提出,2019年城镇新增就业1100万人以上。落实结果显示,去年全国城镇新增就业1352万人。`;
    expect(documentYear(text, title)).toBe(2020);
    // (…not without 去年, nor where the year is the page's own, not a document's.)
    expect(documentYear(text.replace('去年', '全年'), title)).toBe(2019);
    expect(documentYear(text.replace(/《|》/g, ''), title.replace(/《|》/g, ''))).toBe(2019);
  });

  it('a dateline on its own line over a lead opening on 前三季度 gives the page its year: the next line\'s 前 is no "before"', () => {
    const page = (date: string) => `人社部：前三季度就业形势总体稳定\n${date}\n前三季度，全国城镇新增就业1049万人。`;
    expect(documentYear(page('2024-10-25'), undefined)).toBe(2024);
    // (A date the text says things happened before is still no dateline: 2024-10-25前完成.)
    expect(documentYear('关于做好就业统计工作的通知\n请于2024-10-25前报送。', undefined)).not.toBe(2024);
  });

  it('a dateline after a long headline on the same line counts from the line\'s words, not its indent', () => {
    const line = '统计局:1-7月全国城镇新增就业822万人,完成全年目标的74.7% ©原创 2021-08-16 10:10 统计局数据显示,1-7月份,全国城镇新增就业822万人。';
    expect(documentYear(line, undefined)).toBe(2021);
    expect(documentYear(`\u3000\u3000${line}`, undefined)).toBe(2021);
    // (A date further into the line than a headline's length is the text's, not a dateline, on a page that keeps its line breaks.)
    expect(documentYear(`统计局数据显示,去年以来全国城镇新增就业人数稳步增长,各地就业形势持续向好 ${line}\n（来源：统计局）`, undefined)).toBeNull();
  });

  it('a page whose line breaks were lost is dated by its site\'s stamp inside its one opening line', async () => {
    const story = '新华网山东频道11月2日电(记者袁军宝)记者近日从山东省人力资源和社会保障厅获悉,截至9月底,山东全省城镇新增就业98万人,新增农村劳动力转移就业115.2万人,预计全年两者合计将达到248万人。据介绍,全省各级人社部门积极开展就业援助,帮助困难人员实现就业,全省城镇登记失业率保持在较低水平。';
    const flat = (stamp: string) => `零零农业信息网 首页 > 农业新闻 > 就业务工 > 正文 返回 打印 山东全年将新增城镇就业农村劳动力转移250万人 网友投稿 ${stamp} 互联网 ${story}`;
    expect(documentYear(flat('2011-11-02'), undefined)).toBe(2011);
    expect(documentYear(flat('2011年11月02日 10:58'), undefined)).toBe(2011);
    // (…its site's menu on the same line: 首页 > 国内 > 正文 makes no line of site chrome of the whole page.)
    expect(documentYear(`首页 > 国内 > 正文 山东上半年实现城镇新增就业61.8万人 2022-07-22 07:46:49来源:临沂日报 ${story.replace('11月2日', '7月21日').replace('截至9月底', '今年上半年')}`, undefined)).toBe(2022);
    const jobs = (await run(flat('2011-11-02'))).records.find((r) => r.indicator === 'urban_new_jobs')!;
    expect([jobs.value, jobs.period]).toEqual([980000, '2011-09']);
    // (On a page that keeps its line breaks, a stamp far into a line is the text's, not the page's.)
    expect(documentYear(`山东全年将新增城镇就业农村劳动力转移250万人\n${story} 网友投稿 2011-11-02 互联网`, undefined)).toBeNull();
  });

  it('a briefing on a year\'s work (…2025年人力资源和社会保障工作情况新闻发布会), held the year after and speaking of 今年, speaks from the year it is held in', () => {
    const title = '国新办举行2025年人力资源和社会保障工作情况新闻发布会';
    const text = `${title}\n2026年1月23日\n2025年，全国城镇新增就业1267万人。今年，我们将确保城镇新增就业1200万人以上。`;
    expect(documentYear(text, title)).toBe(2026);
    // (…not without 今年, nor where the title names no briefing.)
    expect(documentYear(text.replace('今年', '下一步'), title)).toBe(2025);
    expect(documentYear(text, '2025年人力资源和社会保障工作情况')).toBe(2025);
  });

  it('in a summary\'s part on the year gone by, an item\'s plan followed by what was actually done of it (全年目标任务1.8万人，实际完成2.05万人) is that year\'s plan', async () => {
    const title = '邵阳市人社局2025年工作总结和2026年工作计划';
    const text = [
      title, '一、2025年工作完成情况', '（一）主要目标任务完成情况',
      '1.城镇新增就业：全年目标任务1.8万人，实际完成2.05万人，完成率113.9%。',
      '2.失业人员再就业：目标任务5000人，实际完成5620人，完成率112.4%。',
      '3.城镇登记失业率：控制目标3.5%以内，实际为2.3%。',
      '二、2026年工作计划', '（一）主要目标', '城镇新增就业1.8万人以上；失业人员再就业5000人；城镇登记失业率控制在3.5%以内。',
    ].join('\n');
    const r = (await run(text, title)).records.map((x) => [x.value, x.kind, x.period]);
    expect(r).toEqual([
      [18000, 'target', '2025'], [20500, 'actual', '2025'], [113.9, 'progress', '2025'],
      [5000, 'target', '2025'], [5620, 'actual', '2025'], [112.4, 'progress', '2025'],
      [3.5, 'target', '2025'], [2.3, 'actual', '2025'],
      // (Twin: the plans of the part ahead are the next year's.)
      [18000, 'target', '2026'], [5000, 'target', '2026'], [3.5, 'target', '2026'],
    ]);
  });

  it('a clause after ； naming no time, in a sentence that names a year before the page\'s, reports what was done, in a line that opens on the year\'s plans', async () => {
    const title = '区人社局召开2026年工作部署会';
    const text = `1月20日，区人社局召开2026年工作部署会。会议总结了2025年工作：全年实现城镇新增就业6500人，为年度目标的130%；城镇登记失业率2.1%。会议明确了2026年目标：城镇新增就业6000人；城镇登记失业率控制在3%以内。`;
    const r = (await run(text, title)).records.filter((x) => x.indicator !== 'other');
    expect(r.map((x) => [x.value, x.kind, x.period])).toEqual([[6500, 'actual', '2025'], [130, 'progress', '2025'], [2.1, 'actual', '2025'], [6000, 'target', '2026'], [3, 'target', '2026']]);
  });

  it('…and so does a briefing on a year\'s work (…2025年全省人力资源和社会保障工作新闻发布会) whose speaker names the year it is held in (2026年，我们将…)', async () => {
    const title = '省政府新闻办举行2025年全省人力资源和社会保障工作新闻发布会';
    const text = `${title}\n2026-01-22\n省人力资源和社会保障厅厅长张某介绍，2025年，全省城镇新增就业93.5万人。\n2026年，我们将确保城镇新增就业80万人以上。同时开展补贴性职业技能培训50万人次。`;
    expect(documentYear(text, title)).toBe(2026);
    expect((await run(text, title)).records.map((r) => [r.value, r.kind, r.period])).toEqual([[935000, 'actual', '2025'], [800000, 'target', '2026'], [500000, 'target', '2026']]);
    // (Twin: a year after it the speaker does not name, 2027年, leaves the briefing the title's year.)
    expect(documentYear(text.replace('2026年，', '2027年，'), title)).toBe(2025);
  });

  it('an undated page that tells a year\'s whole result against its plan, then this year\'s first months, speaks from the year after', () => {
    const page = '2020年，全省城镇新增就业达66.3万人，完成省政府下达目标任务的105.2%。今年一季度，全省城镇新增就业19.5万人，完成年度目标任务的31%。';
    expect(documentYear(page, undefined)).toBe(2021);
    // Twin: the same year's first months after its result — a later year named — or no result against a plan.
    expect(documentYear(page.replace('今年一季度', '2022年一季度'), undefined)).not.toBe(2021);
    expect(documentYear('2020年，全省城镇新增就业达66.3万人。今年一季度，全省城镇新增就业19.5万人。', undefined)).toBe(2020);
  });

  it('days within one month (春节期间(1月22日—28日)) date their sentence by the month; an event\'s days date no later sentence', async () => {
    expect(findTimes('春节期间(1月22日—28日),全省有组织输出3.7万名农村劳动力转移就业', 2023).map((t) => t.period)).toEqual(['2023-01']);
    // (A single day is a date, not a period; days across two months are no one month.)
    expect(findTimes('7月25日，全省', 2023).map((t) => t.period)).toEqual([]);
    expect(findTimes('1月22日—2月28日', 2023).map((t) => t.period)).toEqual([]);
    const review = `2024年工作回顾\n${LABOUR_CONTEXT}\n过去的2024年，是极不平凡的一年。3月19日至20日，总书记在我省考察。全省城镇新增就业50.2万人。`;
    expect((await run(review)).records.filter((x) => x.value === 502000).map((x) => x.period)).toEqual(['2024']);
  });

  it('the first months of the year, counted with 两 as with any numeral: 前两个月 is January to February', async () => {
    const months = (text: string) => findTimes(text, 2023).map((t) => t.period);
    expect(months('前两个月，全省城镇新增就业11.05万人')).toEqual(['2023-02']);
    expect(months('前三个月，全省城镇新增就业25万人')).toEqual(['2023Q1']);
    expect(months('前十二个月')).toEqual(['2023']);
    // (A news item's headline and lead: figures of months gone by are what was done, not the year's targets.)
    const story = '今年前两个月安徽省城镇新增就业超11万人\n发布时间:2023/3/27\n记者从省人社厅获悉,今年前两个月,全省城镇新增就业11.05万人,全省就业局势总体稳定。';
    expect((await run(story)).records.map((x) => [x.kind, x.period])).toEqual([['actual', '2023-02'], ['actual', '2023-02']]);
  });

  it('a run of years gone by, however many: 两年来 up to now, 近两年 and 过去三年 whole years, 5年来 the five before', () => {
    const spans = (text: string) => findTimes(text, 2021).map((t) => t.period);
    expect(spans('两年来，该中心累计接待法律咨询650余人次')).toEqual(['2019-2021']);
    expect(spans('近两年，我省新增农村劳动力转移就业90余万人')).toEqual(['2019-2020']);
    expect(spans('过去三年，城镇新增就业累计超过100万人')).toEqual(['2018-2020']);
    expect(spans('5年来，全省城镇新增就业累计达100万人')).toEqual(['2016-2020']);
    expect(spans('2016年来累计投入17.36亿元')).toEqual(['2016-2021']);
    // (…to the year before, on a page that reviews it: a work report, a story of January.)
    expect(findTimes('2016年来累计投入17.36亿元', 2021, { reviewsLastYear: true }).map((t) => t.period)).toEqual(['2016-2020']);
    // No run: a year and where something came from; the tail of a longer count.
    expect(spans('2016年来自农村的务工人员')).toEqual(['2016']);
    expect(spans('十三年来全省')).toEqual([]);
  });

  it('a title speaks from its document number\'s year, else from the first year of a span it names; 国务院办公厅 is the nation', async () => {
    expect(documentYear('', '国办发[2019]24号 国务院办公厅关于印发职业技能提升行动方案(2019—2021年)的通知')).toBe(2019);
    expect(documentYear('', '关于印发职业技能提升行动方案(2019—2021年)的通知')).toBe(2019);
    expect(documentYear('', '2021年就业工作要点')).toBe(2021);
    const text = `国务院办公厅关于印发职业技能提升行动方案(2019—2021年)的通知\n${LABOUR_CONTEXT}\n2019年至2021年，持续开展职业技能提升行动。三年共开展各类补贴性职业技能培训5000万人次以上，其中2019年培训1500万人次以上。`;
    const r = (await run(text, '国办发[2019]24号 国务院办公厅关于印发职业技能提升行动方案(2019—2021年)的通知')).records.filter((x) => x.indicator !== 'other');
    expect(r.map((x) => [x.value, x.kind, x.region, x.period])).toEqual([[50000000, 'target', '全国', '2019-2021'], [15000000, 'target', '全国', '2019']]);
  });

  it('a plan noun that announces its figures with 即 (好于预期目标，即：…) makes them the plan\'s targets', async () => {
    const text = `2021年中国城镇新增就业超1200万人\n${LABOUR_CONTEXT}\n2021年，中国城镇新增就业1269万人。这两项指标均好于预期目标，即：2021年，城镇新增就业1100万人以上，全国城镇调查失业率平均5.5%左右。`;
    const r = (await run(text)).records.filter((x) => x.indicator !== 'other' && x.value !== 12000000);
    expect(r.map((x) => [x.value, x.kind])).toEqual([[12690000, 'actual'], [11000000, 'target'], [5.5, 'target']]);
  });

  it('figures a sentence ends by calling every target met (各项目标全部实现) are results, after a paragraph lead of targets', async () => {
    const text = `就业和再就业工作\n${LABOUR_CONTEXT}\n市政府下发了《关于下达2007年就业再就业工作目标的通知》，确保各项目标任务的完成。年内，全市城镇下岗失业人员实现再就业3.38万人，城镇登记失业率为2.47%，就业再就业各项目标全部实现。`;
    const r = (await run(text)).records.filter((x) => x.indicator !== 'other');
    expect(r.map((x) => [x.value, x.kind])).toEqual([[33800, 'actual'], [2.47, 'actual']]);
  });

  it('a year set apart from its 年 by a space (2019 年, as text taken from a PDF has it) is still a year', async () => {
    expect(findTimes('2019 年，全区新增城镇就业 12700 人', 2019).map((t) => t.period)).toEqual(['2019']);
    expect(findTimes('2016 — 2020 年', 2021).map((t) => t.period)).toEqual(['2016-2020']);
    expect(documentYear('向大会报告我区 2019 年国民经济和社会发展计划执行情况', undefined)).toBe(2019);
    const text = `上城区2019年计划执行情况\n${LABOUR_CONTEXT}\n一、2019 年国民经济和社会发展计划执行情况\n2019 年，新增城镇就业 12700 人。`;
    expect((await run(text)).records.filter((x) => x.indicator === 'urban_new_jobs').map((x) => [x.value, x.period])).toEqual([[12700, '2019']]);
    // (A count of 2019 and a unit after a space is no year: 共2019 人.)
    expect(findTimes('共培训 2019 人', 2019).map((t) => t.period)).toEqual([]);
  });

  it('a story of 全县 under a breadcrumb ending in its county (…> 宁波 > 区县(市) > 象山) is the county\'s, not its city\'s', () => {
    const story = (crumbs: string) => `您当前的位置 : 中国宁波网  >  新闻中心  >  ${crumbs}\n多项优惠政策力助下岗工就业\n${LABOUR_CONTEXT}\n截至6月底，全县新增城镇就业4329人，县劳动保障局为下岗失业人员担保小额贷款46笔。`;
    expect(pageRegion(story('宁波  >  区县(市)  >  象山'), undefined)).toBe('象山县');
    // A crumb that is no county of the area the story speaks as leaves the page as it was.
    expect(pageRegion(story('宁波  >  今日关注'), undefined)).toBe('宁波市');
  });

  it('a headline\'s county written short after its province (四川筠连…) is the page\'s area when the story names it again', () => {
    const story = (headline: string) => `${headline}\n${LABOUR_CONTEXT}\n记者从筠连县农工办了解到，该县去年培训农民工5250人次。`;
    expect(pageRegion(story('四川筠连农民工劳务收入超十亿'), '四川筠连农民工劳务收入超十亿')).toBe('筠连县');
    // Words after the province that name no county of it leave the province.
    expect(pageRegion(story('四川推进农民工劳务收入超十亿'), '四川推进农民工劳务收入超十亿')).toBe('四川省');
  });

  it('a page that names no county and opens on a town, street office or community as its subject speaks for it', () => {
    expect(pageRegion(`多年来，成吉思汗镇一直致力于发展各项社会事业，不断扩大就业范围。\n${LABOUR_CONTEXT}\n上半年新转移剩余劳动力3500人。`, undefined)).toBe('成吉思汗镇');
    expect(pageRegion(`澜湖社区获国家级充分就业社区称号\n(通讯员 江婷)其中，我市凤凰街道办事处澜湖社区名列其中。\n${LABOUR_CONTEXT}\n澜湖社区失业人员实现就业136人。`, undefined)).toBe('澜湖社区');
    // 其中城镇…, 结合我镇…: no town's name; a town named once, in passing, further down is not the page's.
    expect(pageRegion(`今年以来，全市就业形势稳定。其中城镇新增就业1.2万人。\n${LABOUR_CONTEXT}\n全市城镇登记失业率3.2%。`, undefined)).toBe('全市');
    expect(pageRegion(`今年以来，全县就业形势稳定，城镇新增就业1200人。\n${LABOUR_CONTEXT}\n县人社局在红星镇举办招聘会。全县城镇登记失业率3.2%。`, undefined)).toBe('全县');
    // (全区 at a province's level is an autonomous region's: 上海, named once among a district's labour-export bases,
    // is not the page's area.)
    expect(pageRegion(`全区劳务工作取得了较好的成绩。全区实现劳动力转移11.92万人。\n${LABOUR_CONTEXT}\n建立了上海、深圳(中山)、浙江、陕西、新疆、厦门等劳务输出基地，全区共对2.6万农民工实施了技能培训。`, undefined)).toBe('全区');
    // (A town whose name opens on 城 is one all the same — 城关镇, 城东街道 — however 城乡 and 城镇 are no town.)
    expect(pageRegion(`城关镇2024年劳动保障工作总结\n2024年，我镇劳动保障所在镇党委、政府的正确领导下，圆满完成了各项目标任务。\n${LABOUR_CONTEXT}\n全年新增城镇就业320人。`, undefined)).toBe('城关镇');
    expect(pageRegion(`城乡居民养老保险参保率达到98%。全县城镇新增就业1200人。\n${LABOUR_CONTEXT}`, undefined)).toBe('全县');
    // (…nor a word ending like a town that opens the second sentence: 开发城乡公益性岗位 after the first full stop.)
    expect(pageRegion(`2023年，全省城镇新增就业12万人。开发城乡公益性岗位3万个。\n${LABOUR_CONTEXT}`, undefined)).toBe('全省');
    // (…nor 城乡 after some other verb, opening the page: 新开发城乡公益性岗位2300个.)
    expect(pageRegion(`新开发城乡公益性岗位2300个，托底安置就业困难人员1800人。\n${LABOUR_CONTEXT}`, undefined)).toBe(null);
    // (…nor a verb and its object that only end like a town: 鼓励返乡创业, 帮助老乡, 发展社区就业, 加强乡镇…, 依托街道社区.)
    for (const opening of ['鼓励返乡创业，', '帮助老乡就业，', '发展社区就业，', '加强乡镇劳动保障所建设，', '依托街道社区平台，', '抓好城关镇建设，']) {
      expect(pageRegion(`${opening}城镇新增就业1200人。\n${LABOUR_CONTEXT}`, undefined)).toBe(null);
    }
    // (…and a town whose name opens a summary's title, its year right after it: 青山镇2024年劳动保障工作总结.)
    expect(pageRegion(`青山镇2024年劳动保障工作总结\n2024年，我镇劳动保障所扎实开展各项工作，全镇农村劳动力转移就业1260人。\n${LABOUR_CONTEXT}`, undefined)).toBe('青山镇');
  });

  it('a story of 该县 whose lead opens, after its byline, on a county\'s short name (本网讯 (…) 柞水把…) is that county\'s', () => {
    const story = (lead: string) => `本网讯 (黄家瑞 石松) ${lead}农村富裕劳动力转移就业作为农民增收的重要推手，通过扩大劳务输出规模和返乡创业吸收等多种方式，实现66%的劳动力转移就业。\n${LABOUR_CONTEXT}\n该县今年共转移农村富余劳动力51920人，全县劳务收入3.8亿元。`;
    expect(pageRegion(story('柞水把'), undefined)).toBe('柞水县');
    // A lead that opens on another word names no county.
    expect(pageRegion(story('今年把'), undefined)).toBe('全县');
  });

  it('a plan\'s or a report\'s part on how things stand (一、基本情况) states what is, under a title of plans and targets', async () => {
    const page = `全县农村劳动力工作计划和目标\n一、基本情况\n全县共有农村人口11.4万，目前农村劳动力转移就业5.18万人，就业培训2.1万余人次。\n二、工作目标\n全年农村劳动力转移就业5.5万人。\n${LABOUR_CONTEXT}`;
    const r = (await run(page)).records.filter((x) => x.indicator !== 'other');
    expect(r.map((x) => [x.indicator, x.value, x.kind])).toEqual([
      ['rural_labor_transfer', 51800, 'actual'],
      ['vocational_training', 21000, 'actual'],
      ['rural_labor_transfer', 55000, 'target'],
    ]);
  });

  it('a plan\'s numbered first part on its basis (一、发展基础和面临形势) reviews the plan before; an undated plan naming two plans speaks from the later', async () => {
    const basis = `舟山市人力资源和社会保障事业“十三五”发展规划纲要\n发布日期:2016-03-01\n一、发展基础和面临形势\n(一)发展基础。“十二五”期间，全市人力资源和社会保障系统坚持以人为本。\n1.就业创业服务体系不断创新。“十二五”期间，全市新增城镇就业人员57160人；全市城镇登记失业率控制在4%以内。\n${LABOUR_CONTEXT}`;
    expect((await run(basis)).records.filter((x) => x.indicator !== 'other').map((x) => x.kind)).toEqual(['actual', 'actual']);
    // 不断优化发展环境 is a task, not a heading of the plan's basis.
    const task = `${LABOUR_CONTEXT}\n2026年主要预期目标是：城镇新增就业5万人。\n不断优化发展环境。加快建设法治经济。城镇登记失业率控制在3.5%以内。`;
    expect((await run(task)).records.filter((x) => x.indicator !== 'other').map((x) => x.kind)).toEqual(['target', 'target']);
    const undated = `一、发展环境\n“十三五”期间，党中央、国务院始终坚持以人民为中心，推动就业工作取得积极进展。全国城镇新增就业6564万人，城镇调查失业率均值控制在5.2%。\n“十四五”时期是开启全面建设社会主义现代化国家新征程的第一个五年。\n${LABOUR_CONTEXT}`;
    expect((await run(undated)).records.filter((x) => x.indicator !== 'other').map((x) => [x.kind, x.period])).toEqual([['actual', '2016-2020'], ['actual', '2016-2020']]);
  });

  it('a bulletin\'s paragraph on a level changed from last year\'s (由上年的4.6:51.6:43.8调整为…) reviews no year before: the next paragraph on the page\'s year still reports', async () => {
    const page = (ratio: string) => `2019年南通市通州区国民经济和社会发展统计公报\n${ratio}\n2019年,全区城乡就业形势稳定,全年城镇新增就业人数0.98万人,新增转移农村劳动力人数0.24万人。年末城镇登记失业率1.74 %。`;
    expect((await run(page('三次产业结构比例由上年的4.6:51.6:43.8调整为4.3:51.9:43.8。'))).records.filter((x) => x.indicator !== 'other').map((x) => x.kind)).toEqual(['actual', 'actual', 'actual']);
    expect((await run(page('三次产业结构比例比上年的4.6:51.6:43.8有所优化。'))).records.filter((x) => x.indicator !== 'other').map((x) => x.kind)).toEqual(['actual', 'actual', 'actual']);
  });

  it('a paragraph whose lead is a year alone (2021年,州人民政府…) dates the sections below it by that year, on a page that reviews the year before', async () => {
    const page = `${LABOUR_CONTEXT}\n2021年,州人民政府在政府工作报告中提出办好10件惠民实事。通过一年的努力,承诺的10件惠民实事全面完成。\n■ 就业创业帮扶工程\n新增城镇就业35522人,城镇失业人员再就业10827人。`;
    expect((await run(page)).records.filter((x) => x.indicator !== 'other').map((x) => x.period)).toEqual(['2021', '2021']);
  });

  it('a paragraph on someone presenting the year\'s indicators (在报告中提出了2021年…指标体系安排,具体为:) sets targets; one on what they presented done does not', async () => {
    const review = '周建峰在报告中说,2020年,全市上下扎实做好“六稳”工作,经济社会高质量发展取得积极成效。';
    const plan = `${LABOUR_CONTEXT}\n${review}\n周建峰在报告中提出了2021年全市经济社会高质量发展指标体系安排,具体为:地区生产总值增长6.5%左右。民生保障型指标方面,城镇登记失业率控制在2%以内。`;
    expect((await run(plan)).records.filter((x) => x.indicator !== 'other').map((x) => [x.kind, x.period])).toEqual([['target', '2021']]);
    const done = `${LABOUR_CONTEXT}\n${review}\n周建峰在报告中提出了2020年全市就业工作的成效,全年城镇登记失业率控制在2%以内。`;
    expect((await run(done)).records.filter((x) => x.indicator !== 'other').map((x) => x.kind)).toEqual(['actual']);
  });

  it('a page of 今年 and 明年 that names this year and next year\'s goals (2011年度工资指导线…2012年就业目标是) speaks from this year', () => {
    const page = (wage: string) => `今年我国就业形势稳中向好，全国城镇新增就业1200万人以上。${wage}部长说，2012年就业目标是，确保完成城镇新增就业900万人以上。明年将继续实施更加积极的就业政策。`;
    expect(documentYear(page('全国27个省份发布了2011年度工资指导线。'), undefined)).toBe(2011);
    expect(documentYear(page('全国27个省份发布了工资指导线。'), undefined)).toBe(2012);
  });

  it('a later year after a horizon in its sentence (到2015年…，2020年提高到55%以上) is the next horizon, not the page\'s year', () => {
    expect(documentYear('(三)总体目标。\n到2015年，转移到服务业就业的劳动力比重达到50%以上，2020年提高到55%以上。', undefined)).toBeNull();
    expect(documentYear('2020年，全省转移到服务业就业的劳动力比重达到55%。', undefined)).toBe(2020);
  });

  it('the items of a list of targets (提出6大发展目标： ⏎ 1.…更加合理。城镇新增就业4500万人) set goals over the issued plan\'s span', async () => {
    const text = `中新网2月8日电 国务院今日发布《关于批转促进就业规划(2011-2015年)的通知》。\n${LABOUR_CONTEXT}\n同时，通知提出6大发展目标：\n1.就业规模持续扩大，就业结构更加合理。城镇新增就业4500万人。\n2.有效控制失业，保持就业局势稳定。城镇登记失业率控制在5%以内。`;
    const r = (await run(text)).records.filter((x) => x.indicator !== 'other');
    expect(r.map((x) => [x.value, x.kind, x.period])).toEqual([[45000000, 'target', '2011-2015'], [5, 'target', '2011-2015']]);
    // A plan stated, then 实际完成情况如下： — the items after it are results.
    const done = `2021年促进就业计划目标为：全省城镇新增就业60万人以上。实际完成情况如下：\n${LABOUR_CONTEXT}\n（五）全省城镇登记失业率4.45%，低于5%的控制目标。`;
    expect((await run(done)).records.filter((x) => x.value === 4.45).map((x) => x.kind)).toEqual(['actual']);
  });

  it('a story of no year that looks back on one plan and enters the next speaks from the next; one opening on the nation\'s measures is the nation\'s', async () => {
    const text = `中新网2月27日电 “十五”中国城镇新增就业4200多万人，帮助1800多万下岗失业人员实现再就业。迈向“十一五”，就业再就业定下新目标：5年新增城镇就业4000万人，转移农村劳动力4000万人。\n${LABOUR_CONTEXT}`;
    expect(documentYear(text, undefined)).toBe(2006);
    const r = (await run(text)).records.filter((x) => x.indicator === 'urban_new_jobs');
    expect(r.map((x) => [x.value, x.kind, x.region, x.period])).toEqual([[42000000, 'actual', '全国', '2001-2005'], [40000000, 'target', '全国', '2006-2010']]);
    // Without 迈向 the page's year stays unknown.
    expect(documentYear(text.replace('迈向', '关于'), undefined)).toBeNull();
  });

  it("a quarter's press conference reports the year to the quarter's end: the whole year at the fourth", () => {
    expect(findTimes('人社部举行2022年四季度网上新闻发布会', 2023).map((t) => t.period)).toEqual(['2022']);
    expect(findTimes('人社部举行2022年三季度新闻发布会', 2022).map((t) => t.period)).toEqual(['2022Q1-Q3']);
    expect(findTimes('省人社厅召开2024年第二季度新闻发布会', 2024).map((t) => t.period)).toEqual(['2024H1']);
    expect(findTimes('省人社厅召开2024年第一季度新闻发布会', 2024).map((t) => t.period)).toEqual(['2024Q1']);
    // (No conference: the quarter itself.)
    expect(findTimes('2022年三季度，全国城镇调查失业率5.4%', 2022).map((t) => t.period)).toEqual(['2022Q3']);
    expect(findTimes('2022年四季度，全国城镇调查失业率5.6%', 2023).map((t) => t.period)).toEqual(['2022Q4']);
  });

  it('a plan named in corner quotes (「十四五」期间) is the plan, as in “” quotes', () => {
    expect(findTimes('她说，「十四五」期间，就业局势总体稳定。截至8月底，城镇新增就业累计达到5921万人', 2025).map((t) => t.period)).toEqual(['2021-2025', '2025-08']);
  });

  it('截至十月底 in Chinese numerals dates to that month; 今年 after it keeps the date', async () => {
    expect(findTimes('截至十月底，今年广东城镇新增就业达到152.2万人', 2012).map((t) => t.period)).toEqual(['2012-10', '2012']);
    expect(findTimes('截至十二月底，全省城镇登记失业率为2.42%', 2012).map((t) => t.period)).toEqual(['2012']);
    const text = `广东再增百五万人就业\n日期:2012/12/9 12:00:02\n${LABOUR_CONTEXT}\n日前举行的广东就业服务工作会议透露，截至十月底，今年广东城镇新增就业达到152.2万人。`;
    expect((await run(text)).records.filter((x) => x.indicator === 'urban_new_jobs').map((x) => x.period)).toEqual(['2012-10']);
  });

  it('截至到9月底 dates to the month\'s end as 截至9月底 does', () => {
    expect(findTimes('截至到9月底，全疆城镇新增就业44.5万人', 2017).map((t) => t.period)).toEqual(['2017-09']);
  });

  it('the first three quarters as Hong Kong papers write them (前三季, 首三季) and the first (首季)', () => {
    const periods = (text: string) => findTimes(text, 2023).map((t) => t.period);
    expect(periods('首三季，全國城鎮新增就業1,022萬人')).toEqual(['2023Q1-Q3']);
    expect(periods('今年前三季全國城鎮新增就業1,022萬人')).toEqual(['2023', '2023Q1-Q3']);
    expect(periods('2023年首季，全國城鎮新增就業')).toEqual(['2023Q1']);
    expect(periods('首都城鎮新增就業')).toEqual([]);
  });

  it('a run of years in its own clause dates that clause, not the paragraphs after it', async () => {
    const text = `人社部发布公报
${LABOUR_CONTEXT}
从近5年数据看，2013年到2017年，我国城镇新增就业人数保持在1300万人以上。
2017年末，全国参加基本养老保险人数为91548万人。`;
    const r = (await run(text)).records.filter((x) => x.indicator === 'pension_insured');
    expect(r.map((x) => [x.value, x.period])).toEqual([[915480000, '2017']]);
  });

  it('news of a 政府工作报告 naming no area is the nation\'s — unless it plans for 中心城区 or counts jobs in tens of thousands', async () => {
    const regions = async (text: string) => (await run(text)).records.filter((x) => x.indicator === 'urban_new_jobs').map((x) => x.region);
    const report = (jobs: string, extra = '') => `政府工作报告指出，2015年，切实加大民生投入。${extra}\n${LABOUR_CONTEXT}\n完成各类职业技能培训16万人次，城镇新增就业${jobs}。`;
    expect(await regions(report('1000万人以上'))).toEqual(['全国']);
    expect(await regions(report('4.8万人', '继续实施好中心城区六件惠民实事。'))).toEqual(['全市']);
    expect(await regions(report('4.8万人'))).toEqual([null]);
    // 人社部门 are any area's labour departments, not the ministry (人社部) that speaks for the nation.
    expect(await regions(report('4.8万人', '各地人社部门和劳动保障部门认真落实。'))).toEqual([null]);
  });

  it('a page that reports one named year and then calls it 去年 speaks from the year after', async () => {
    const text = `本网讯 镇安把保障民生作为落脚点。2011年，十大领域民生工程完成投资6.6亿元，竣工率100%。\n${LABOUR_CONTEXT}\n镇安县紧紧抓住惠民项目，去年启动4930套保障性住房建设；城镇新增就业1700人。`;
    expect((await run(text)).records.filter((x) => x.indicator !== 'other').map((x) => [x.value, x.period])).toEqual([[1700, '2011']]);
  });

  it('a document\'s own number on a line of its own dates it before the site\'s date of posting', async () => {
    const text = `福建省人民政府关于进一步做好为农民工服务工作的实施意见\n日期:2017-05-09 00:00\n闽政〔2015〕19 号\n${LABOUR_CONTEXT}\n目标任务：到2020年，每年开展农民工职业技能培训25万人次以上。`;
    expect((await run(text)).records.filter((x) => x.indicator !== 'other').map((x) => [x.value, x.period])).toEqual([[250000, '2015-2020']]);
  });

  it('an autonomous county goes by its place name however long (张家川县); a town speaks of 全镇', async () => {
    const county = `张家川县人力资源和社会保障局\n关于对张家川县政协第83号提案的答复\n${LABOUR_CONTEXT}\n2019年，全县开发公益性岗位1470个。`;
    expect((await run(county)).records.filter((x) => x.indicator !== 'other').map((x) => x.region)).toEqual(['张家川县']);
    // (玉屏自治县, its peoples left out: the county in full, as the page means it.)
    expect(findPlaces('玉屏自治县人大常委会').map((m) => m.place.name)).toEqual(['玉屏侗族自治县']);
    // (下城区, 闸北区: city districts merged away since, which older pages name as their own.)
    expect(findPlaces('根据下城区十三届人大常委会工作要点，闸北区、崇文区').map((m) => [m.place.name, m.place.province])).toEqual([
      ['下城区', '浙江省'], ['闸北区', '上海市'], ['崇文区', '北京市'],
    ]);
    const town = `一是抓培训。全镇培训农村劳动力810人。\n${LABOUR_CONTEXT}\n二是抓就业。全镇城镇新增就业630人。`;
    expect((await run(town)).records.filter((x) => x.indicator !== 'other').map((x) => x.region)).toEqual(['全镇', '全镇']);
  });

  it('the nation as a sentence\'s subject is every clause\'s; a district news item speaking of 该区 is the district\'s', async () => {
    const nation = `温州市就业创业管理服务中心举行招聘活动。温州市帮助企业员工留在温州过年。\n${LABOUR_CONTEXT}\n2024年1至11月，我国城镇新增就业1198万人，平均调查失业率为5.1%。`;
    expect((await run(nation)).records.filter((x) => x.indicator !== 'other').map((x) => x.region)).toEqual(['全国', '全国']);
    const district = `2017年来，重庆市黔江区不断完善创新创业服务体系。\n${LABOUR_CONTEXT}\n据统计，该区共发放创业担保贷款719户7258万元，开展创业培训300人。（重庆市黔江区就业和人才服务局）`;
    expect((await run(district)).records.filter((x) => x.indicator !== 'other').map((x) => x.region)).toEqual(['黔江区']);
  });

  it('the fourth quarter\'s briefing, held in January, calls its year 去年: the page is of the year after', async () => {
    const text = `1月21日，人社部举行2024年四季度新闻发布会，公布去年全国城镇新增就业1256万人，完成全年目标。\n${LABOUR_CONTEXT}\n新闻发言人介绍，2024年，我国就业形势总体稳定，全国城镇新增就业1256万人。`;
    expect((await run(text)).records.filter((x) => x.indicator !== 'other').map((x) => [x.value, x.kind, x.period])).toEqual([[12560000, 'actual', '2024'], [12560000, 'actual', '2024']]);
  });

  it('a page that opens on its year with no word of intent tells how that year went, whatever report it cites', async () => {
    const text = `2009年，受到国际金融危机的严重冲击，我国就业面临着严峻形势。\n${LABOUR_CONTEXT}\n全年城镇新增就业1102万人，完成全年目标任务900万人的122%。政府工作报告提出的目标全面实现。`;
    expect((await run(text)).records.filter((x) => x.indicator !== 'other' && x.kind === 'actual').map((x) => [x.value, x.period])).toEqual([[11020000, '2009']]);
  });

  it('the same measure a year before is dated like the figure it is set beside, a year earlier', async () => {
    const text = `湖北省就业形势\n${LABOUR_CONTEXT}\n2016年截止9月底，全省城镇登记失业率为2.57%，低于去年同期的2.95%。`;
    const r = (await run(text)).records.filter((x) => x.indicator !== 'other');
    expect(r.map((x) => [x.value, x.period])).toEqual([[2.57, '2016-09'], [2.95, '2015-09']]);
  });

  it('a five-year plan\'s targets are the plan\'s span; a page that only works under a plan keeps its year', async () => {
    const plan = `山西发布“十四五”就业促进规划\n${LABOUR_CONTEXT}\n到2025年，我省将保持就业规模不断扩大，城镇新增就业200万人以上。\n“十三五”以来，城镇新增就业累计达257.49万人。规划提出，城镇新增就业200万人以上。`;
    const r = (await run(plan)).records.filter((x) => x.indicator !== 'other');
    expect(r.map((x) => [x.value, x.kind, x.period])).toEqual([
      [2000000, 'target', '2021-2025'], [2574900, 'actual', '2016-2020'], [2000000, 'target', '2021-2025'],
    ]);
    // Undated, the plan speaks from its first year: 至2020年 in its review of the plan before is behind it.
    const review = `台州市就业“十四五”规划\n${LABOUR_CONTEXT}\n“十三五”期间，累计实现城镇新增就业91.41万人，至2020年，城镇登记失业率控制在1.35%以内。`;
    expect((await run(review)).records.filter((x) => x.indicator !== 'other').map((x) => x.kind)).toEqual(['actual', 'actual']);
    const meeting = `今年陕西省城镇新增就业40万人以上\n2022-02-22\n${LABOUR_CONTEXT}\n以实施“十四五”就业促进规划为牵引，确保城镇新增就业40万人以上。`;
    expect((await run(meeting)).records.filter((x) => x.indicator !== 'other').map((x) => x.period)).toEqual(['2022', '2022']);
  });

  it('figures said to beat their targets (优于…预期目标) are results; a heading may write its year bare (2021任务清单)', async () => {
    const results = `${LABOUR_CONTEXT}\n报告提出预期目标。\n2019年，中国城镇新增就业1352万人，优于“新增就业1100万人以上”等预期目标。`;
    expect((await run(results, '2019年政府工作报告指标落实情况')).records.filter((x) => x.indicator !== 'other').map((x) => x.kind)).toEqual(['actual']);
    const list = `${LABOUR_CONTEXT}\n“十四五”时期主要目标\n■城镇调查失业率控制在5.5%以内\n2021任务清单\n●城镇新增就业1100万人以上，城镇调查失业率5.5%左右`;
    const r = (await run(list, '2020 中国答卷')).records.filter((x) => x.indicator !== 'other');
    expect(r.map((x) => [x.value, x.period])).toEqual([[5.5, '2021-2025'], [11000000, '2021'], [5.5, '2021']]);
  });

  it('a run of years said to start from a year spans from it; a bare 季末 is the end of its story\'s quarter', async () => {
    expect(findTimes('我们从2013年开始，连续三年城镇新增就业的人数都在1300万人以上', 2016).find((t) => t.years)?.period).toBe('2013-2015');
    const text = `人社部：一季度就业形势稳定\n2014年04月25日\n${LABOUR_CONTEXT}\n2014年一季度，城镇新增就业344万人，季末城镇登记失业率为4.08%。`;
    const r = (await run(text)).records.filter((x) => x.indicator !== 'other');
    expect(r.map((x) => [x.value, x.period])).toEqual([[3440000, '2014Q1'], [4.08, '2014-03']]);
  });

  it('a total to a month\'s end in a paragraph about a five-year span is the span\'s; a month\'s own figure is the month\'s', async () => {
    const text = `“十四五”就业成就发布会\n2025-09-26\n${LABOUR_CONTEXT}\n发布会上披露的数据显示了“十四五”时期的成果。截至8月底，城镇新增就业累计达到5921万人。8月份，全国城镇调查失业率为5.3%。`;
    const r = (await run(text)).records.filter((x) => x.indicator !== 'other');
    expect(r.map((x) => [x.value, x.period])).toEqual([[59210000, '2021-2025'], [5.3, '2025-08']]);
  });

  it('a plan issued in the lead opens on its targets (未来5年); a plan only compared with (比“十三五”规划…) is not the page\'s', async () => {
    const text = `●提出27项指标，比“十三五”规划增加14项指标\n${LABOUR_CONTEXT}\n近日，省人力资源和社会保障厅发布《四川省人力资源和社会保障事业发展“十四五”规划》。《规划》提出，未来5年，城镇新增就业达到425万人以上。`;
    const r = (await run(text)).records.filter((x) => x.indicator !== 'other');
    expect(r.map((x) => [x.value, x.kind, x.period])).toEqual([[4250000, 'target', '2021-2025']]);
  });

  it('a title\'s stretch of months (2017年1-8月) is no date of January: a progress table of August reports August', async () => {
    const text = `岳阳楼区2017年1-8月省重点民生实事完成情况表\n${LABOUR_CONTEXT}\n序号 省重点民生实事项目名称 责任单位 目标任务 1-8月实际完成情况 1-8月实际完成率% 备注\n2 新增城镇就业 人社局 8950 7356 82%`;
    const r = (await run(text)).records.filter((x) => x.indicator === 'urban_new_jobs');
    expect(r.map((x) => [x.value, x.kind, x.period])).toEqual([[8950, 'target', '2017'], [7356, 'actual', '2017-08'], [82, 'progress', '2017-08']]);
  });

  it('a lead announcing the last year\'s results and this year\'s work dates what the story reports as done by the last year', async () => {
    const story = (lead: string) =>
      `第03版:综合新闻 PDF版阅读\n\n关注系列新闻发布会\n2026年全省将多措并举稳就业保民生\n\n本报讯(记者 赵冬)就业是最大的民生。2月5日,省政府新闻办召开系列新闻发布会,${lead}。\n\n河南连续四年将职业技能培训和评价取证列为民生实事,开展大规模技能培训,全年完成职业技能培训284.1万人次,新增高技能人才73.5万人。`;
    const periods = async (text: string) => (await run(text)).records.filter((x) => x.indicator === 'vocational_training').map((x) => x.period);
    expect(await periods(story('介绍2025年全省人社系统工作成效以及2026年重点工作'))).toEqual(['2025']);
    expect(await periods(story('介绍2026年全省人社系统重点工作'))).toEqual(['2026']);
  });

  it('a review of 过去一年 that names the year (2022年是…的一年) speaks from the year after; a congress session speaks for the nation', async () => {
    const review = `解读政府工作报告·过去一年和五年工作回顾\n过去一年\n2022年是党和国家历史上极为重要的一年。\n${LABOUR_CONTEXT}\n城镇新增就业1206万人，年末城镇调查失业率降到5.5%。\n过去五年\n城镇新增就业年均1270多万人。`;
    expect(documentYear(review, undefined)).toBe(2023);
    expect((await run(review)).records.filter((x) => x.indicator === 'urban_new_jobs').map((x) => x.period)).toEqual(['2022', '2018-2022']);
    expect(pageRegion(`十四届全国人大四次会议今早9时在北京人民大会堂开幕，总理发表政府工作报告。\n${LABOUR_CONTEXT}`, undefined)).toBe('全国');
  });

  it('where a minister spoke (在北京说, 在北京答记者问) is no area of the page; a city that speaks for itself is', async () => {
    const venue = `人社部：今年就业形势更为严峻\n中新社北京3月10日电 人力资源和社会保障部部长10日在北京说，今年就业形势将更为严峻。\n当天，人社部负责人在北京答记者问。\n去年中国实现城镇新增就业1322万人，超额完成了新增1000万人的年度就业目标。`;
    expect(pageRegion(venue, undefined)).not.toBe('北京市');
    expect((await run(venue)).records.filter((x) => x.indicator !== 'other').map((x) => x.region)).toEqual(['全国', '全国']);
    const own = `北京就业形势稳定\n北京市人力资源和社会保障局10日在北京说，去年北京实现城镇新增就业42.8万人。`;
    expect(pageRegion(own, undefined)).toBe('北京市');
  });

  it('a first line that is a paragraph naming partners (与广州市番禺区、浙江省金华市金东区签订稳岗协议) names no area of the page', async () => {
    const text = `一是成立稳岗工作专班，与广州市番禺区、浙江省金华市金东区、福建省晋江市签订稳岗协议，确保我县外出务工人员稳定就业。\n${LABOUR_CONTEXT}\n全县发放创业担保贷款2753万元。`;
    expect(pageRegion(text, undefined)).toBe('全县');
    const bulletin = `2023年枣庄市市中区国民经济和社会发展统计公报\n${LABOUR_CONTEXT}\n全区城镇新增就业5000人。枣庄市城镇新增就业3万人。`;
    expect(pageRegion(bulletin, undefined)).toBe('市中区');
  });

  it('a chart\'s caption (图1 2018-2022年地区生产总值…) names no part of the text and not the page\'s year', async () => {
    const text = `2022年是具有里程碑意义的一年。全盟经济保持增长，基本民生得到有效保障，经济社会大局保持稳定，各项事业取得新的进展。\n一、综合\n全年地区生产总值完成407.3亿元。\n图1 2018-2022年地区生产总值及其增长速度\n图2 2018-2022年三次产业增加值\n${LABOUR_CONTEXT}\n全盟城镇完成新增就业2770人。其中，城镇失业人员再就业1811人。登记失业率为3.46%。`;
    const r = (await run(text)).records.filter((x) => x.indicator !== 'other');
    expect(r.map((x) => [x.value, x.kind, x.period])).toEqual([[2770, 'actual', '2022'], [1811, 'actual', '2022'], [3.46, 'actual', '2022']]);
  });

  it('a run of years after a span the sentence names ends with the span; a year something began is not the page\'s', async () => {
    expect(findTimes('“十三五”期间，全市连续5年城镇新增就业4万人以上', 2021).map((t) => t.period)).toEqual(['2016-2020', '2016-2020']);
    expect(findTimes('全市连续5年城镇新增就业4万人以上', 2021).map((t) => t.period)).toEqual([null]);
    // (A year told as history before 近年来 ends no run: 1949年…约1500万,近年来,…已连续6年超过1300万人.)
    expect(findTimes('1949年城镇就业人数约1500万,近年来,我国城镇新增就业已连续6年超过1300万人', 2019).map((t) => t.period)).toEqual(['1949', null]);
    expect(findTimes('1949年城镇就业人数约1500万,我国城镇新增就业已连续6年超过1300万人', 2019).map((t) => t.period)).toEqual(['1949', '1944-1949']);
    expect(documentYear('贵州省从2010年就开始组织各级人社部门开展技能培训。今年一季度，贵州省已开展农民实用技能培训12.39万人次。', undefined)).toBeNull();
    expect(documentYear('2010年，贵州省开展农民实用技能培训12.39万人次。', undefined)).toBe(2010);
  });

  it('a white paper the Chinese government issues speaks for the nation; 全省县(市) is the frame a county ranks in, not its area', () => {
    expect(pageRegion(`中新网9月10日电 中国政府今日发表《中国的人力资源状况》白皮书。白皮书称，2009年全年城镇新增就业超过1100万人。\n${LABOUR_CONTEXT}`, undefined)).toBe('全国');
    expect(pageRegion(`民生事业 2014年，津贴补贴标准达到全省县(市)年人均21600元的最高上限。落实新一轮再就业政策，新增城镇就业8920人。\n${LABOUR_CONTEXT}`, undefined)).toBeNull();
    expect(pageRegion(`2014年，全省新增城镇就业89.2万人，全省失业再就业30万人。\n${LABOUR_CONTEXT}`, undefined)).toBe('全省');
  });

  it('a notice addressed to 各省、自治区、直辖市 is a central body\'s: its targets are the nation\'s', async () => {
    const notice = (to: string) => `${to}劳动和社会保障厅(局)：\n为落实就业再就业工作的要求，我部组织编制了《2007年就业再就业专项计划》，现印发给你们。\n${LABOUR_CONTEXT}\n2007年全年城镇新增就业人员900万人。`;
    const regions = async (text: string) => (await run(text)).records.filter((x) => x.indicator === 'urban_new_jobs').map((x) => x.region);
    expect(await regions(notice('各省、自治区、直辖市'))).toEqual(['全国']);
    expect(await regions(notice('各市、县'))).toEqual([null]);
  });

  it('a document number the text cites after its 《title》 dates the page only when the page names no year of its own', () => {
    const cited = '文化方面，重点落实好《国务院关于进一步繁荣发展少数民族文化事业的若干意见》(国发〔2009〕29号)。';
    expect(documentYear(`（十七）加强就业和再就业工作。力争城镇新增就业22万人。\n2010年全区普通高等学校计划招生11.1万人。${cited}`, undefined)).toBe(2010);
    expect(documentYear(`为推动全市劳动者技能就业，根据《关于印发〈技能河南建设工作方案〉的通知》(豫办〔2021〕29号)精神，制定本方案。`, undefined)).toBe(2021);
    expect(documentYear('黔府发〔2023〕12号\n各市、自治州人民政府：', undefined)).toBe(2023);
  });

  it('a heading\'s year that the text calls the horizon of five years ahead (今后五年…到2010年) is not the page\'s: the first of the five is', () => {
    const page = (lead: string) => `我市提出劳动就业和社会保障新目标\n2010年全市实现城乡就业百万人\n记者从市劳动保障局获悉，${lead}我市劳动保障部门将努力实现四项新目标。\n到2010年，全市实现城乡就业100万人。`;
    expect(documentYear(page('今后五年，'), undefined)).toBe(2006);
    expect(documentYear(page(''), undefined)).toBe(2010);
  });

  it('a page naming no year of its own but comparing with a year\'s end (比2007年底低, 与2012年末相比) is of the year after', () => {
    expect(documentYear('中广网重庆10月17日消息 今年前三个季度，全市城镇登记失业率降至3.96%。9月底，城镇登记失业率比2007年底低0.02个百分点。', undefined)).toBe(2008);
    expect(documentYear('截至三季度末，全省城镇登记失业率为2.37%。与2012年末相比，第一产业从业人员减少。', undefined)).toBe(2013);
    // A comparison with a year's same months says nothing of it; a year the page names as its own still wins.
    expect(documentYear('今年1-9月，全市城镇新增就业5万人，比2007年同期多0.3万人。', undefined)).toBeNull();
    expect(documentYear('2009年1-9月，全市城镇登记失业率比2007年底低0.02个百分点。', undefined)).toBe(2009);
  });

  it('a January dateline whose sentence reports a named year\'s results is told the year after', async () => {
    const text = `新华社北京1月28日电(记者陈炜伟)国家统计局近日发布的数据显示，2019年，我国城镇新增就业1352万人，明显高于1100万人以上的预期目标。\n${LABOUR_CONTEXT}`;
    expect(documentYear(text, undefined)).toBe(2020);
    const r = (await run(text)).records.filter((x) => x.indicator !== 'other');
    expect(r.map((x) => [x.value, x.kind, x.period])[0]).toEqual([13520000, 'actual', '2019']);
    expect(documentYear('新华社北京1月5日电 2024年，全国人社系统将确保城镇新增就业1200万人以上。', undefined)).toBe(2024);
  });

  it('a title speaking of 去年 over a story that names one year speaks from the year after', () => {
    const story = '2019年，我省主动应对结构调整，坚持就业优先、综合施策，就业形势稳中有进。去年，我省城镇新增就业80.83万人。';
    expect(documentYear(`去年我省城镇新增就业超80万人\n${story}`, '去年我省城镇新增就业超80万人')).toBe(2020);
    expect(documentYear(`我省城镇新增就业超80万人\n${story}`, '我省城镇新增就业超80万人')).toBe(2019);
  });

  it('a page reporting a named year whole and speaking of part of 今年 speaks from the year after', () => {
    const anhui = '5月30日，记者从省政府新闻发布会上获悉，去年以来，我省坚持就业优先导向。\n厅长介绍，2024年全省城镇新增就业75.95万人，同比增长5.17%。今年1-4月份，全省城镇新增就业28.72万人。';
    expect(documentYear(anhui, undefined)).toBe(2025);
    const wuhan = '昨天，市人社局发布一季度就业景气指数分析。\n就业景气指数由2016年末的109.94回升至110.23。一季度，全市城镇新增就业4.79万人。今年一季度就业形势向好。';
    expect(documentYear(wuhan, undefined)).toBe(2017);
    // The year's own first months named by their year: that year is the page's.
    expect(documentYear(anhui.replace('今年1-4月份', '2024年1-4月份，今年1-4月份'), undefined)).toBe(2024);
    expect(documentYear(anhui.replace('今年1-4月份，', ''), undefined)).toBe(2024);
  });

  it('a story of January or February reporting a year-end figure speaks of the year just ended', async () => {
    const text = `人社部部长介绍就业情况\n发布时间:2016-02-29 10:52:00\n${LABOUR_CONTEXT}\n尹蔚民介绍，年末城镇登记失业率是4.05%，同比下降了0.04个百分点。`;
    const r = (await run(text)).records.filter((x) => x.indicator !== 'other');
    expect(r.map((x) => [x.value, x.period])).toEqual([[4.05, '2015']]);
  });

  it('what a meeting asks for the year (会议提出，2020年…) is a target; what it says was done is not', async () => {
    const text = `${LABOUR_CONTEXT}\n2019年，城镇新增就业75万人。对于今年政府工作要求，会议提出，2020年城镇新增就业60万人以上，城镇调查失业率5.5%左右。`;
    const r = (await run(text, '2020年重庆市政府工作报告')).records.filter((x) => x.indicator !== 'other');
    expect(r.map((x) => [x.value, x.kind, x.period])).toEqual([[750000, 'actual', '2019'], [600000, 'target', '2020'], [5.5, 'target', '2020']]);
  });

  it("a headline's 今年 figure restated by a story dated within the year takes the story's date; a year named in full keeps its own", async () => {
    const xinjiang = '新疆新增城镇就业 全疆城镇今年新增就业44.5万人\n\n乌鲁木齐晚报全媒体讯 11月7日,记者从自治区发改委获悉,今年以来,截至到9月底,全疆城镇新增就业44.5万人,同比增加3.2万人。\n2017-11-08';
    expect((await run(xinjiang)).records.filter((x) => x.value === 445000).map((x) => x.period)).toEqual(['2017-09', '2017-09']);
    const guangdong = '广东2021年全年城镇调查失业率均值4.9% 比2020年明显降低\n\n2022-01-17 17:22:41来源:中国新闻网\n\n副厅长葛国兴17日在广州表示,2021年12月该省调查失业率4.9%,低于全国0.2个百分点。';
    expect((await run(guangdong)).records.filter((x) => x.value === 4.9).map((x) => x.period)).toEqual(['2021', '2021-12']);
  });

  it('a heading inside the story restating what its lead said above it is dated like the lead', async () => {
    // (山西 press item of 2024-11-14, b32 of the corpus, up to its second section.)
    const text = "山西新增城镇就业43.33万人 提前完成国定目标\n\n2024-11-14 01:06:14\n\n山西省委宣传部和山西省人民政府新闻办公室组织召开了“推动高质量发展深化全方位转型”系列主题第十六场新闻发布会,宣布截至10月底,全省城镇新增就业43.33万人,提前完成国家目标,达到省定目标的96.29%,整体就业形势稳定。\n\n山西新增城镇就业43.33万人\n\n发布会上,山西省人社厅党组书记、厅长常建忠表示,今年山西高度重视就业工作,出台了一系列政策措施。《山西省就业困难人员认定管理办法》为就业困难人员提供了更明确的认定标准和帮扶措施。此外,为了支持民营经济发展壮大,山西制定了14条具体举措,旨在激发市场活力,创造更多就业岗位。失业保险援企稳岗政策的延续实施也有效减轻了企业负担,稳定了就业岗位。\n\n";
    const r = (await run(text)).records.filter((x) => x.indicator !== 'other');
    expect(r.map((x) => x.period)).toEqual(['2024-10', '2024-10', '2024-10', '2024-10']);
  });

  it('a heading rounding a figure of the story below down to a floor (超40万个 over 40.97万个) is dated like the story', async () => {
    const page = (story: string) =>
      `2022年山东省城乡公益性岗位扩容提质行动推进情况\n省人社厅召开新闻发布会。\n全省已开发城乡公益性岗位超40万个\n侯复东介绍，行动开展以来，各级高度重视、全力推进。截至5月上旬，全省共开发城乡公益性岗位${story}，安置上岗35.15万人。`;
    const periods = async (story: string) => (await run(page(story))).records.filter((x) => x.indicator === 'public_welfare_jobs' && x.unit === '个').map((x) => x.period);
    expect(await periods('40.97万个')).toEqual(['2022-05', '2022-05']);
    // (A figure past the floor's next step is another figure.)
    expect(await periods('41.2万个')).toEqual(['2022', '2022-05']);
  });

  it('a floor set as a goal in a list of targets (2025年主要目标： ⏎ 城镇新增就业4万人以上) is no heading rounding the last year\'s result below it', async () => {
    const page = (result: string) => `一图读懂2025年市政府工作报告\n2025年主要目标：\n地区生产总值增长6%左右\n城镇新增就业4万人以上\n城镇调查失业率5.5%以内\n2024年成绩单：\n${result}\n城镇调查失业率5.1%`;
    const read = async (result: string) => (await run(page(result))).records.filter((x) => x.indicator === 'urban_new_jobs').map((x) => [x.value, x.kind, x.period]);
    expect(await read('城镇新增就业4.2万人')).toEqual([[40000, 'target', '2025'], [42000, 'actual', '2024']]);
    expect(await read('城镇新增就业4万人')).toEqual([[40000, 'target', '2025'], [40000, 'actual', '2024']]);
  });

  it("a quarter's press conference reports the year so far; figures it does not date are the year's to that quarter", async () => {
    // (重庆 press item of 2023-10-31, b32 of the corpus: its lead and two later paragraphs.)
    const lead = (quarter: string) =>
      ["中新网重庆10月31日电 (记者 钟旖)重庆市人力资源和社会保障局31日举办2023年度第三季度新闻发布会。记者从会上获悉,2023年以来,该市就业形势保持总体稳定。其中,高校毕业生就业方面,在规模再创历史新高的形势下,当地高校毕业生就业率和就业人数,与2022年同期相比,均略有提升。".replace('第三季度', quarter), "重庆的新增创业保持良好态势。全市发放创业担保贷款40.36亿元,完成目标任务的134.5%,直接扶持创业2.1万人。全市新增创业49.65万户,同比增长16.05%。", "此外,围绕汽车维修、车工电工等紧缺职业工种,重庆开展职业技能培训19.2万人次,同比增长9.1%;通过有力有效服务,帮扶失业人员再就业23.26万人,同比增长16.2%。"].join('\n');
    const periods = async (quarter: string) => (await run(lead(quarter))).records.filter((x) => x.indicator !== 'other').map((x) => x.period);
    expect(await periods('第三季度')).toEqual(['2023Q1-Q3', '2023Q1-Q3', '2023Q1-Q3', '2023Q1-Q3']);
    expect(await periods('第一季度')).toEqual(['2023Q1', '2023Q1', '2023Q1', '2023Q1']);
    expect(await periods('年度工作')).toEqual(['2023', '2023', '2023', '2023']);
  });

  it("a quarter's conference named in its title dates what its text does not: the year to the quarter's end", async () => {
    const page = (quarter: string) =>
      `省人社厅召开2024年${quarter}新闻发布会\n省人社厅召开2024年${quarter}新闻发布会，通报全省人力资源和社会保障工作情况。\n` +
      '就业形势总体稳定。全省城镇新增就业52.3万人，失业人员再就业14.6万人。新增农村劳动力转移就业21.5万人。';
    const periods = async (quarter: string) => (await run(page(quarter))).records.map((x) => x.period);
    expect(await periods('第二季度')).toEqual(['2024H1', '2024H1', '2024H1']);
    expect(await periods('第三季度')).toEqual(['2024Q1-Q3', '2024Q1-Q3', '2024Q1-Q3']);
  });

  it('a half-year summary\'s plans for the half ahead (下半年计划…) are targets of that half; the whole year named after it is the year\'s', async () => {
    const summary = '区人社局2024年上半年工作总结及下半年工作打算\n一、上半年工作完成情况\n上半年，全区城镇新增就业2860人。\n二、下半年工作打算\n下半年计划新增城镇就业2200人。';
    expect((await run(summary)).records.map((x) => [x.value, x.kind, x.period])).toEqual([[2860, 'actual', '2024H1'], [2200, 'target', '2024H2']]);
    const wholeYear = summary.replace('下半年计划新增城镇就业2200人', '下半年要确保全年城镇新增就业5000人');
    expect((await run(wholeYear)).records.map((x) => [x.value, x.kind, x.period])).toEqual([[2860, 'actual', '2024H1'], [5000, 'target', '2024']]);
  });

  it('a heading of the work planned (三、下半年工作计划) makes its items targets; a plan met (全面完成年度工作计划) does not', async () => {
    const summary = (heading: string) =>
      `县人社局2024年上半年工作总结\n一、上半年工作完成情况\n上半年，全县城镇新增就业1856人。\n${heading}\n（一）开展职业技能培训2000人次，发放创业担保贷款6000万元。`;
    const kinds = async (heading: string) => (await run(summary(heading))).records.filter((x) => x.indicator !== 'other').map((x) => x.kind);
    expect(await kinds('三、下半年工作计划')).toEqual(['actual', 'target', 'target']);
    expect(await kinds('三、全面完成年度工作计划')).toEqual(['actual', 'actual', 'actual']);
  });

  it("a February story whose dateline has no year, stating its year done, is of that year: its undated figures too", async () => {
    const story = (year: string) =>
      `人民网北京2月29日电 今天上午,国新办举行新闻发布会。尹蔚民介绍到,${year}城镇新增就业是1312万人。年末城镇登记失业率是4.05%,同比下降了0.04个百分点。`;
    expect((await run(story('2015年'))).records.filter((x) => x.indicator !== 'other').map((x) => x.period)).toEqual(['2015', '2015']);
    // (A goal for the year named is no year done: the story reviews the year before it.)
    const goal = story('2016年').replace('城镇新增就业是1312万人', '城镇新增就业目标是1000万人以上');
    expect((await run(goal)).records.filter((x) => x.indicator === 'registered_unemployment_rate').map((x) => x.period)).toEqual(['2015']);
  });

  it("a bulletin's chart caption left without its chart (2012-2021年常住人口数及城镇化率) dates nothing after it; a part's heading does", async () => {
    const bulletin = (line: string) =>
      `汾西县2021年国民经济和社会发展统计公报\n2021年,全县经济运行稳中有进。\n年末全县常住人口98509人,城镇化率为49.18%。\n${line}\n全年全县城镇新增就业1714人,城镇登记失业率为3.2%。`;
    const periods = async (line: string) => (await run(bulletin(line))).records.filter((x) => x.indicator !== 'other').map((x) => x.period);
    expect(await periods('2012-2021年常住人口数及城镇化率')).toEqual(['2021', '2021']);
    expect(await periods('2017-2021年全县地区生产总值构成')).toEqual(['2021', '2021']);
    expect(await periods('2020年工作回顾')).toEqual(['2020', '2020']);
  });

  it('a paragraph whose short first sentence states a result, past a lead clause that says nothing, reports', async () => {
    const paragraph = (lead: string) =>
      `${lead}新增城镇就业创业5600余人，发放创业担保贷款1.56亿元。县职校入选“优质专业建设计划”。健康咸丰攻坚行动加快推进。疾病控制体系改革全面推进。`;
    const kinds = async (lead: string) => (await run(paragraph(lead))).records.filter((x) => x.indicator !== 'other').map((x) => x.kind);
    expect(await kinds('一年的用心用力，民生福祉更加普惠。')).toEqual(['actual', 'actual']);
    // (A first sentence that urges is a plan's: 推动民生福祉更加普惠。)
    expect(await kinds('一年的用心用力，推动民生福祉更加普惠。')).toEqual(['target', 'target']);
  });

  it('累计 after years still to come (今后五年) totals them as a goal; after years gone by (五年来), as done', async () => {
    const report = (lead: string) =>
      `政府工作报告\n——2026年1月15日在宜昌市第八届人民代表大会第六次会议上\n一、2025年工作回顾\n一年来，全市城镇新增就业6.8万人。\n二、“十五五”时期发展目标\n${lead}，全市城镇新增就业累计30万人以上，城镇调查失业率控制在5.5%以内。`;
    const kinds = async (lead: string) => (await run(report(lead))).records.slice(1).map((x) => [x.kind, x.period]);
    expect(await kinds('今后五年')).toEqual([['target', '2026-2030'], ['target', '2026-2030']]);
    expect(await kinds('五年来')).toEqual([['actual', '2021-2025'], ['actual', '2021-2025']]);
  });

  it("the year's plan a figure met is of the figure's year, though the page's title plans the year after", async () => {
    const summary = (done: string) =>
      `县人社局2024年工作总结及2025年工作计划\n一、2024年工作开展情况\n${done}\n二、2025年工作计划\n全县计划城镇新增就业7500人以上。`;
    const met = await run(summary('全年城镇新增就业7826人，完成年度目标任务7200人的108.7%。'));
    expect(met.records.map((x) => [x.value, x.kind, x.period])).toEqual([[7826, 'actual', '2024'], [7200, 'target', '2024'], [108.7, 'progress', '2024'], [7500, 'target', '2025']]);
    const soFar = await run(summary('1-9月，城镇新增就业5.2万人，完成全年目标6万人的86.7%。'));
    expect(soFar.records.map((x) => [x.value, x.period])).toEqual([[52000, '2024Q1-Q3'], [60000, '2024'], [86.7, '2024Q1-Q3'], [7500, '2025']]);
    // (…控制在“十五”计划确定的5%的目标之内: the plan's own time stands.)
    const named = await run(summary('城镇登记失业率为4.3%，控制在“十五”计划确定的5%的目标之内。'));
    expect(named.records.filter((x) => x.value === 5).map((x) => x.period)).toEqual(['2001-2005']);
  });

  it("at the year's work conference, what 今年 is to bring is a target; what was done since the year began is not", async () => {
    const lead = '昨天举行的杭州市劳动和社会保障工作会议介绍了就业工作。';
    const r = (await run(`${lead}\n${LABOUR_CONTEXT}\n今年杭州城镇新增就业人数16万人。去年全年，帮助失业人员实现再就业12.59万人。今年以来，城镇新增就业2.1万人。`)).records
      .filter((x) => x.indicator !== 'other');
    expect(r.map((x) => [x.value, x.kind])).toEqual([[160000, 'target'], [125900, 'actual'], [21000, 'actual']]);
  });

  it('至2017年末 on a page of 2017 dates a level; 至2020年末 on it is a horizon', async () => {
    const text = `上海就业形势保持稳定。2017年，全市新增就业岗位57.90万个。至2017年末，城镇登记失业率为3.9%。\n${LABOUR_CONTEXT}\n至2020年末，城镇登记失业率控制在4.5%以内。`;
    const r = (await run(text, '2017年上海市国民经济和社会发展统计公报')).records.filter((x) => x.indicator !== 'other');
    expect(r.map((x) => [x.value, x.kind])).toEqual([[3.9, 'actual'], [4.5, 'target']]);
  });

  it("a news item's year may be the one of a report it names for part of the year (《2017年前三季度…分析报告》)", () => {
    expect(documentYear('10月12日，省人力资源社会保障厅发布了《2017年前三季度全省就业形势分析报告》。', undefined)).toBe(2017);
    expect(documentYear('力争2020年前全面完成脱贫任务。', undefined)).toBeNull();
  });

  it('news of a congress hearing the government\'s report (代表省人民政府作的工作报告) reads as a work report', async () => {
    // (四川新闻网, 2025-01-21: b33 of the corpus.)
    const text = "【青“听”两会】锚定奋斗新目标,拼出现代化四川新图景\n2025年01月21日 14:29:33 来源:四川新闻网 作者:梁文音 编辑:崔凤娇\n1月20日上午,四川省第十四届人民代表大会第四次会议开幕。会议听取了省长施小琳代表省人民政府作的工作报告。在谈到2025年工作安排建议时,施小琳说,今年发展主要预期目标是:地区生产总值增长5.5%以上;城镇新增就业85万人,城镇调查失业率5.5%左右;居民消费价格涨幅2%左右;地方一般公共预算收入增长2%,居民收入增长和经济增长基本同步;粮食产量725亿斤以上;完成国家下达的节能减排和环境保护等任务。\n时光的长卷镌刻奋斗的足迹。四川进入“两会”时间,既是一次全省的“大总结”,回顾我们走过的2024年,又是新的商议、新的出发,更好地向2025年出发。过去一年,四川坚决扛起经济大省挑大梁的时代重任,努力完成全年经济社会发展目标,交出了一张“含金量”十足的优异答卷,社会主义现代化四川建设迈出坚实步伐。2024年的工作是2025年的基础,提振了信心,鼓舞了士气,注入了活力,要在2025年有新的延伸、新的突破,既要主动迎接严峻复杂形势和多重困难挑战,也要牢牢把握社会经济高质量发展的主导权和主动权,迎难而上、锐意创新、奋发有为,奋力谱写中国式现代化四川新篇章。\n四川,有多“展劲”,就有多“提劲”!一分耕耘,一分收获。2024年的四川答卷“沉甸甸”的,一串串数据、一张张答卷,讲述着四川“展劲干”的生动故事。\n";
    const r = await run(text);
    expect([r.relevant, r.records.filter((x) => x.indicator !== 'other').map((x) => x.kind)]).toEqual([true, ['target', 'target']]);
  });

  it('a headline naming only the page\'s year restates the story\'s figure, of the story\'s kind; one that says its own kind keeps it', async () => {
    // (b31b's 荆门 2019, its news of a meeting on the plan, as stored.)
    const text = "荆门实施职业技能提升行动 今年培训3.5万人次\n\n08-25 22:22  \n\n8月23日,全省职业技能提升行动电视电话会召开,副市长胡小国在荆门分会场收听收看,并对荆门市下阶段工作进行了安排部署。\n\n据了解,2019至2021年,我省将持续推进职业技能提升行动,三年共开展各类补贴性职业技能培训180万人次以上,其中2019年培训 58万人次以上;到2021年底,技能劳动者占就业人员总量的比例达到26%以上,高技能人才占技能劳动者总量的比例达到 31%以上。\n\n为推动职业技能提升行动,荆门市全面推进“荆工巧匠”建设,计划用三年时间开展各类补贴性职业技能提升培训10万人次以上,其中2019年培训3.5万人次。\n\n来源:荆门广播电视台\n\n责编:苏克环\n";
    expect((await run(text)).records.filter((x) => x.value === 35000).map((x) => [x.kind, x.period])).toEqual([['target', '2019'], ['target', '2019']]);
    const own = `今年我省已培训3.5万人次\n2019年8月23日，全省职业技能提升行动电视电话会召开。\n全省计划用三年时间开展职业技能培训10万人次以上，其中2019年培训3.5万人次。\n${LABOUR_CONTEXT}`;
    expect((await run(own)).records.filter((x) => x.value === 35000).map((x) => x.kind)).toEqual(['actual', 'target']);
  });

  it('a headline about this year\'s plan is a target', async () => {
    const r = await run(`今年陕西省城镇新增就业40万人以上\n${LABOUR_CONTEXT}\n2022年全省人社系统将确保就业局势稳定。`);
    expect(r.records.map((x) => [x.indicator, x.kind, x.region, x.period])).toEqual([['urban_new_jobs', 'target', '陕西省', '2022']]);
  });
});

describe('a headline\'s bare words', () => {
  const story = (rate: string) =>
    `今年再就业目标已实现 明年失业率要控制在4.7%\n\n2003年12月24日 新华网\n\n劳动和社会保障部昨日表示，今年确定的就业和再就业目标已实现。明年，全国城镇新增就业900万人，${rate}。`;

  it('a bare 失业率 held to a ceiling in a headline is the registered rate its story names, for the year ahead it names', async () => {
    const records = (await run(story('城镇登记失业率将控制在4.7%左右'))).records.filter((r) => r.unit === '%');
    expect(records.map((r) => [r.indicator, r.value, r.kind, r.period, r.text])).toEqual([
      ['registered_unemployment_rate', 4.7, 'target', '2004', '失业率要控制在4.7%'],
      ['registered_unemployment_rate', 4.7, 'target', '2004', '城镇登记失业率将控制在4.7%左右'],
    ]);
  });

  it('a first line that states sentences is the lead, not a headline: its group\'s rate stays the group\'s', async () => {
    const text = '国家统计局公布，9月份，全国城镇调查失业率为5.2%。31个大城市城镇调查失业率为5.1%，比上月下降0.1个百分点。\n前三季度，全国城镇调查失业率平均值为5.1%。';
    expect((await run(text)).records.filter((r) => r.unit === '%').map((r) => [r.indicator, r.value])).toEqual([
      ['surveyed_unemployment_rate', 5.2], ['other', 5.1], ['surveyed_unemployment_rate', 5.1],
    ]);
  });

  it('…and no rate of ours where the story names only the surveyed rate', async () => {
    const records = (await run(story('城镇调查失业率将控制在5.5%左右'))).records.filter((r) => r.unit === '%');
    expect(records.map((r) => r.indicator)).toEqual(['other', 'surveyed_unemployment_rate']);
  });
});

describe('periods', () => {
  it('a time a paragraph recalls as once so (曾在2023年4月到6月…) dates no paragraph after it', async () => {
    const periods = async (once: string) =>
      (await run(`發佈時間:2024/10/22 11:00\n中國9月青年失業率17.6%。\n\n中國16至24歲失業率${once}2023年4月到6月連續突破20%,並在6月達到21.3%的最高水準。\n\n中國國家統計局官網18日發布,9月份不分年齡的全國城鎮調查失業率為5.1%,較8月下降0.2個百分點。`)).records
        .filter((x) => x.indicator !== 'other')
        .map((x) => x.period);
    expect(await periods('曾在')).toEqual(['2024-09']);
    // (…where a paragraph reporting that year dates the month after it.)
    expect(await periods('在')).toEqual(['2023-09']);
  });

  it('a quarter as Taiwan\'s press writes it (第二季, 第四季) dates its clause by that quarter', async () => {
    const periods = async (body: string) =>
      (await run(`2025年全国城镇调查失业率平均值为5.2%。\n${body}`)).records.filter((x) => x.indicator !== 'other').map((x) => x.period);
    expect(await periods('分季看，第二季城镇调查失业率降至5.0%至5.1%；第四季城镇调查失业率为5.1%。')).toEqual(['2025', '2025Q2', '2025Q4']);
    // (…but not a season's factor: 第一季节性因素.)
    expect(await periods('受第一季节性因素影响，城镇调查失业率为5.3%。')).toEqual(['2025', '2025']);
  });

  it('今年以来 after 截至N月底 in its sentence runs to that month; alone, it is the year', async () => {
    const periods = async (sentence: string) =>
      (await run(`2006年黑龙江省劳动保障工作\n${LABOUR_CONTEXT}\n${sentence}`)).records.filter((r) => r.indicator !== 'other').map((r) => [r.value, r.period]);
    expect(await periods('截至9月底，全省累计发放小额担保贷款6.2亿元，其中今年以来为1万人发放贷款1.7亿元。')).toEqual([[620000000, '2006-09'], [170000000, '2006-09']]);
    expect(await periods('今年以来，全省发放创业担保贷款1.7亿元。')).toEqual([[170000000, '2006']]);
  });

  it('a year gone by that opened a sentence of the paragraph (2021年发放…。开发公益性岗位450个) dates the sentences after it', async () => {
    const periods = async (opening: string) =>
      (await run(`2022年4月2日至4月11日，安徽省人社厅对2021年度全省就业创业工作督查激励建议名单进行公示。当涂县成功入选。\n坚持民生为本，落实落细保就业。${opening}发放失业保险费返还资金437万元，惠及企业1077家。开发公益性岗位450个，安置就业困难人员就业335人。\n近年来，该县人社部门落实就业优先政策，做好了社会保险和劳动关系工作。`)).records.filter((r) => r.indicator !== 'other').map((r) => r.period);
    expect(await periods('2021年')).toEqual(['2021', '2021']);
    // (A year inside a sentence, after its first words, dates that sentence only.)
    expect(await periods('按照2021年的政策')).toEqual(['2022', '2022']);
  });

  it('a month set apart from its digits (截至今年9 月末, 今年1 — 9 月), as text from a PDF or a wire has it, is read', async () => {
    const periods = async (text: string) => (await run(`东北网10月28日电 据介绍，${text}\n${LABOUR_CONTEXT}`, '2005年牡丹江市农村劳动力转移')).records.filter((r) => r.indicator === 'rural_labor_transfer').map((r) => r.period);
    expect(await periods('截至今年9 月末, 全市已累计转移农村劳动力28.3万人。')).toEqual(['2005-09']);
    expect(await periods('今年1 — 9 月, 全市转移农村劳动力4.02万人。')).toEqual(['2005Q1-Q3']);
  });

  it('beside the labour moved in part of a year, the total moved so far (新转移…，累计转移…) is the stock at that part\'s end', async () => {
    const periods = async (moved: string) =>
      (await run(`据介绍，今年1—9月，全市${moved}农村劳动力4.02万人，累计转移农村劳动力28.3万人，占农村劳动力总数的43.5%。\n${LABOUR_CONTEXT}`, '2005年牡丹江市农村劳动力转移')).records.filter((r) => r.indicator === 'rural_labor_transfer').map((r) => r.period);
    expect(await periods('新转移')).toEqual(['2005Q1-Q3', '2005-09']);
    // (A total with no new beside it may be the part's own.)
    expect(await periods('组织输出')).toEqual(['2005Q1-Q3', '2005Q1-Q3']);
  });

  it('2021年迄今 is the span since 2021, as 2021年以来 is, not the year 2021', async () => {
    const period = async (since: string) =>
      (await run(`人社部：2025年9月26日举行发布会\n根据人社部今天公布，${since}为了稳就业，累计支出就业补助资金超过6089亿元。城镇调查失业率前4年均值为5.3%。\n${LABOUR_CONTEXT}`)).records.find((r) => r.indicator === 'surveyed_unemployment_rate')?.period;
    expect(await period('2021年迄今')).toBe('2021-2024');
    expect(await period('2021年以来')).toBe('2021-2024');
  });

  it('a year written in Chinese numerals (二〇二四年) dates what it opens, as 2024年 does; the page\'s year comes from it too', async () => {
    const page = (y1: string, y2: string) => `市人社局工作总结\n${y1}，全市城镇新增就业3.2万人，城镇登记失业率2.9%。${y2}，全市城镇新增就业目标为3万人以上。`;
    const read = async (y1: string, y2: string) => {
      const r = await run(page(y1, y2));
      return [r.period, ...r.records.filter((x) => x.indicator !== 'other').map((x) => [x.kind, x.period])];
    };
    expect(await read('二〇二四年', '二〇二五年')).toEqual(await read('2024年', '2025年'));
    expect(await read('二〇二四年', '二〇二五年')).toEqual(['2025', ['actual', '2024'], ['actual', '2024'], ['target', '2025']]);
    // (Twenty years, 二十年, is no year.)
    expect((await read('二十年来', '今后'))[0]).toBeNull();
  });

  it('上半年 on a page of no known year is the half of the year its paragraph names, not the month that paragraph dated', async () => {
    const page = (lead: string) => `上半年我市人社事业发展良好\n${lead}全市基本养老保险参保人数达到312.5万人。上半年，全市城镇新增就业3.6万人，同比增长4.1%。`;
    const period = async (lead: string) => (await run(page(lead))).records.find((r) => r.indicator === 'urban_new_jobs')?.period;
    expect(await period('截至2025年6月末，')).toBe('2025H1');
    // (With no year anywhere, no half of any year.)
    expect(await period('截至6月末，')).toBeNull();
  });

  it('a paragraph opening on the one year just gone (过去一年) leaves the span the paragraph before reviewed', async () => {
    const page = (lead: string) =>
      `政府工作报告\n——2013年3月5日在第十二届全国人民代表大会第一次会议上\n一、过去五年工作回顾\n过去五年，城镇新增就业5870万人，城镇登记失业率保持在4.3%以下。\n${lead}城镇新增就业1266万人，城镇登记失业率4.1%。`;
    const periods = async (lead: string) => (await run(page(lead))).records.filter((r) => r.indicator !== 'other').map((r) => r.period);
    expect(await periods('过去一年，')).toEqual(['2008-2012', '2008-2012', '2012', '2012']);
    // (A paragraph naming no time of its own goes on in the span.)
    expect(await periods('同时，')).toEqual(['2008-2012', '2008-2012', '2008-2012', '2012']);
  });

  it('the year since an event\'s month (2023年2月，…票决出…。一年来，…) dates what it brought about, not the month', async () => {
    const page = (since: string) =>
      `2023年2月，延安市第六届人民代表大会第三次会议票决出“十大民生实事”。${since}全市上下坚持以人民为中心，圆满完成年度目标任务。\n七是增加重点群体就业方面。全年新增城镇新增就业15437人，失业人员实现再就业6415人，就业困难人员实现就业2430人。`;
    const periods = async (since: string) => (await run(page(since))).records.filter((r) => r.indicator !== 'other').map((r) => r.period);
    expect(await periods('一年来，')).toEqual(['2023', '2023', '2023']);
    // (Without it, the month opened the section: a paragraph naming no time of its own goes on in that month.)
    expect(await periods('')).toEqual(['2023', '2023-02', '2023-02']);
  });

  it('a paragraph of the places\' parts, opening on a place, continues the date the paragraph before gave their whole', async () => {
    const page = (opening: string) => `西藏农牧民转移就业已完成年度目标的32.9%\n发布时间:2020-05-13\n  日前，记者从西藏自治区农牧民转移就业专项组了解到，截至5月7日，全区农牧民转移就业19.7万人，完成年度目标的32.9%。\n\n  ${opening}转移就业3.6万人，劳务收入1.3亿元；日喀则市转移就业6.6万人。\n${LABOUR_CONTEXT}`;
    const periods = async (opening: string) => (await run(page(opening))).records.filter((r) => r.indicator === 'rural_labor_transfer' && r.unit === '人').map((r) => r.period);
    expect(await periods('拉萨市')).toEqual(['2020-05', '2020-05', '2020-05']);
    expect(await periods('全年拉萨市')).toEqual(['2020-05', '2020', '2020']);
  });

  it('a paragraph\'s own month dates its sentences that name none, over the month a paragraph before named', async () => {
    const page = (month: string) =>
      `2017年前三季度全省就业形势分析报告\n前三季度，我省就业形势总体稳定。\n${month}，省委、省政府提出要“新增城镇就业110万人”。如今，这个目标接近完成。\n数据显示，截至9月底，全省城镇新增就业107.74万人。全省城镇登记失业率2.81%，较去年同期降低0.14个百分点。\n${LABOUR_CONTEXT}`;
    const rate = async (month: string) => (await run(page(month), '2017年前三季度全省就业形势分析报告')).records.find((r) => r.indicator === 'registered_unemployment_rate')?.period;
    expect(await rate('今年4月')).toBe('2017-09');
    expect(await rate('今年')).toBe('2017-09');
  });

  it('a bulletin excerpt that names no year but its chart\'s span (2017-2021年全县城乡居民人均可支配收入) is of the span\'s last year', async () => {
    const page = (caption: string) => `八、人民生活和社会保障\n全年常住居民人均可支配收入37279元，比上年增长10.7%。\n${caption}\n年末全县参加城镇职工基本养老保险人数8.15万人，失业保险参保人数7.06万人。`;
    const periods = async (caption: string) => (await run(page(caption))).records.filter((x) => x.indicator !== 'other').map((x) => x.period);
    expect(await periods('2017-2021年全县城乡居民人均可支配收入')).toEqual(['2021', '2021']);
    expect(await periods('2021年全县城乡居民人均可支配收入')).toEqual(['2021', '2021']);
    expect(await periods('全县城乡居民人均可支配收入')).toEqual([null, null]);
  });

  it('前3季度, with its quarter in a digit, is the first three quarters, not a deadline before the year', async () => {
    const period = async (part: string) =>
      (await run(`本报11月2日讯 据内蒙古调查总队抽样调查显示，2014年${part}，我区农村牧区转移劳动力249.5万人，同比增加2万人。\n${LABOUR_CONTEXT}`)).records.find((r) => r.indicator === 'rural_labor_transfer');
    expect(await period('前3季度')).toMatchObject({ kind: 'actual', period: '2014Q1-Q3' });
    expect(await period('前三季度')).toMatchObject({ kind: 'actual', period: '2014Q1-Q3' });
    expect(await period('前3个月')).toMatchObject({ kind: 'actual', period: '2014Q1' });
  });

  it('a total counted to a date (截至8月底…累计) under a span the sentence before names is the span\'s; under this year, the date\'s', async () => {
    const periods = async (span: string) =>
      (await run(`中新社北京9月26日电 人社部部长26日介绍，${span}，就业局势总体稳定，就业质量稳步提升。截至8月底，城镇新增就业累计达到5921万人，超额完成5500万人的目标任务。\n她表示，高校毕业生逐年增加，2022年起每年超千万。`))
        .records.filter((x) => x.indicator === 'urban_new_jobs').map((x) => x.period);
    expect(await periods('“十四五”期间')).toEqual(['2021-2025', '2021-2025']);
    expect((await periods('今年以来'))[0]).toMatch(/^\d{4}-08$/);
  });

  it('前四年 after a five-year plan is its first four years, in the plan\'s sentence or the next; with no plan, it dates nothing', async () => {
    const page = '2025年9月26日，人社部举行新闻发布会。\n“十四五”期间，就业局势总体稳定，城镇新增就业累计5921万人。城镇调查失业率前四年均值为5.3%，低于预期目标。\n“十四五”前四年，全国城镇新增就业4900万人。';
    const r = await run(page);
    expect(r.records.filter((x) => x.indicator !== 'other').map((x) => [x.indicator, x.period])).toEqual([
      ['urban_new_jobs', '2021-2025'], ['surveyed_unemployment_rate', '2021-2024'], ['urban_new_jobs', '2021-2024'],
    ]);
    const plain = await run('2024年，全县城镇新增就业5000人，比前三年平均多1000人，城镇登记失业率2.5%。');
    expect(plain.records.filter((x) => x.indicator !== 'other').map((x) => x.period)).toEqual(['2024', '2024']);
  });

  it('当年 is the year just named before it, for every clause after it', async () => {
    const story = (opening: string) =>
      `新疆加快农村劳动力转移就业\n新华社乌鲁木齐2018年1月10日电 记者从自治区人力资源和社会保障厅了解到，新疆2018年将持续开展有组织转移就业。\n${opening}，新疆提出实施喀什、和田两地3年内转移10万人就业计划，当年开展各类职业培训125.9万人次，同时跨区域转移就业4.7万名。`;
    const periods = async (opening: string) => (await run(story(opening))).records.filter((x) => x.indicator !== 'other').map((x) => x.period);
    expect(await periods('2017年初')).toEqual(['2017', '2017']);
    // (No year named before it: the page's.)
    expect(await periods('此前')).toEqual(['2018', '2018']);
  });

  it('a January story naming one year in a quoted sentence without a comma (“2023年安排…”) reports that year as 去年', async () => {
    const story = (quote: string) => `新华社银川1月2日电 记者从同心县人社局获悉。去年以来,同心县城镇实现新增就业2153人,劳动力转移就业8.92万人。\n${quote}同心县就业创业和人才服务中心相关负责人介绍。`;
    expect((await run(story('“2023年安排中央衔接资金3000万元对发展劳务产业的脱贫户进行奖补。”'))).records.filter((x) => x.indicator !== 'other').map((x) => x.period)).toEqual(['2023', '2023']);
    // (A sentence that plans for its year names the year the story is in.)
    expect((await run(story('“2023年计划安排中央衔接资金3000万元。”'))).records.filter((x) => x.indicator !== 'other').map((x) => x.period)).toEqual(['2022', '2022']);
  });

  it('the day a rule takes effect (本通知自2025年1月1日起执行) is no dateline: the standards it sets are not moved to the year before', async () => {
    const notice = (last: string) => `关于调整全省最低工资标准的通知\n各市、县人民政府：\n调整后的月最低工资标准分为三档：第一档2100元，第二档1950元，第三档1800元。\n${last}`;
    expect((await run(notice('本通知自2025年1月1日起执行。'))).records.map((x) => x.period)).toEqual(['2025', '2025', '2025']);
    // (A dateline of January is one: what it reports as done, undated, is of the year before.)
    expect((await run(`2025年1月3日 来源：省人社厅\n${notice('')}`)).records.map((x) => x.period)).toEqual(['2024', '2024', '2024']);
  });

  it("an edition's year (修订后的2022年版…职业分类大典) is no page's year: 今年前11月 stays undated", async () => {
    const story = (tail: string) => `人力资源和社会保障部日前发布数据显示,今年前11月,全国城镇新增就业达到1145万人。\n${LABOUR_CONTEXT}\n${tail}`;
    const periods = async (tail: string) => (await run(story(tail))).records.filter((x) => x.indicator !== 'other').map((x) => x.period);
    expect(await periods('修订后的2022年版国家职业分类大典净增158个新职业。')).toEqual([null]);
    expect(await periods('2022年国家职业分类大典净增158个新职业。')).toEqual(['2022-11']);
  });

  it('a year compared with by 相对 (相对2019年减少的城市) dates nothing', async () => {
    const text = `2020年河南省各地市城镇登记失业率\n${LABOUR_CONTEXT}\n2020年河南省城镇登记失业率为3.24%。年底登记失业人数相对2019年减少的城市有4个,该市的登记失业率为2.52%。`;
    expect((await run(text)).records.filter((x) => x.indicator !== 'other').map((x) => x.period)).toEqual(['2020', '2020']);
  });

  it('a month, then the level\'s move in it (…，5月进一步降至5%), dates the level by that month', async () => {
    const text = `2023年全市就业形势总体稳定。\n${LABOUR_CONTEXT}\n4月全国城镇调查失业率降为5.1%，5月进一步降至5%。`;
    expect((await run(text)).records.filter((r) => r.indicator !== 'other').map((r) => [r.value, r.period])).toEqual([[5.1, '2023-04'], [5, '2023-05']]);
  });

  it('全年 naming the jobs plan (完成全年就业目标) does not date the share: the sentence\'s half-year does', async () => {
    const text = `2019年全国就业形势\n${LABOUR_CONTEXT}\n上半年完成全年就业目标近七成。`;
    expect((await run(text)).records.filter((x) => x.indicator !== 'other').map((x) => [x.value, x.period])).toEqual([[70, '2019H1']]);
  });

  it('a summary titled with the next year\'s plan (…2022年工作总结和2023年工作计划) dates its undated targets in that year', async () => {
    const text = `县人社局2022年工作总结和2023年工作计划\n${LABOUR_CONTEXT}\n一、2022年工作完成情况\n全县城镇新增就业1860人。\n二、下一步工作计划\n城镇新增就业1800人以上。`;
    expect((await run(text)).records.filter((x) => x.indicator !== 'other').map((x) => [x.value, x.kind, x.period])).toEqual([
      [1860, 'actual', '2022'], [1800, 'target', '2023'],
    ]);
  });

  it('a level compared with is dated where it stood: 去年底 the year before\'s end, 上月 the month before', async () => {
    const text = `2021年12月全国就业形势\n${LABOUR_CONTEXT}\n12月份，全国城镇调查失业率为5.1%，比上月的5.0%上升0.1个百分点。全国城镇登记失业率3.96%，低于去年底的4.24%。`;
    expect((await run(text)).records.filter((x) => x.indicator !== 'other').map((x) => [x.value, x.period])).toEqual([
      [5.1, '2021-12'], [5, '2021-11'], [3.96, '2021-12'], [4.24, '2020'],
    ]);
  });

  it('a level compared with a named year\'s (与2013年的4.1%相比, 比2009年末的4.3%) is dated that year; a list without 相比 is not a comparison', async () => {
    const text = `2014年全国就业形势\n${LABOUR_CONTEXT}\n全年城镇新增就业1322万人，年末城镇登记失业率为4.09%。与2013年的4.1%相比，略有降低。一季度城镇登记失业率为4.2%，比2009年末的4.3%下降了0.1个百分点。`;
    expect((await run(text)).records.filter((x) => x.indicator !== 'other').map((x) => [x.value, x.period])).toEqual([
      [13220000, '2014'], [4.09, '2014'], [4.1, '2013'], [4.2, '2014-03'], [4.3, '2009'],
    ]);
    const list = `2014年全国就业形势\n${LABOUR_CONTEXT}\n年末城镇登记失业率为4.09%。与2013年的4.1%、2012年的4.1%持平。`;
    expect((await run(list)).records.filter((x) => x.indicator !== 'other').map((x) => x.value)).toEqual([4.09]);
  });

  it('a level compared with last year\'s (同去年调解成功率54.8%相比, 比去年的, 与去年同期的…相比) is dated the year before, or its same part', async () => {
    const rows = async (body: string) =>
      (await run(`2010年县劳动争议仲裁院工作总结\n${LABOUR_CONTEXT}\n${body}`)).records.filter((x) => x.indicator !== 'other').map((x) => [x.value, x.period]);
    expect(await rows('调解成功率为81.88%，同去年调解成功率54.8%相比上升27.08个百分点。')).toEqual([[81.88, '2010'], [54.8, '2009']]);
    expect(await rows('调解成功率为81.88%，比去年的54.8%有所上升。')).toEqual([[81.88, '2010'], [54.8, '2009']]);
    expect(await rows('上半年调解成功率为81.88%，与去年同期的54.8%相比有所上升。')).toEqual([[81.88, '2010H1'], [54.8, '2009H1']]);
    // (A change on last year is no level of it.)
    expect(await rows('调解成功率为81.88%，比去年提高5个百分点。')).toEqual([[81.88, '2010']]);
  });

  it('months inside another measure\'s clause, before its growth (利润1-11月增长31.2%), date that clause alone; opening the sentence, the paragraph', async () => {
    const head = `2019年政府工作报告\n——2019年1月26日在省第十三届人民代表大会第二次会议上\n2018年工作回顾\n${LABOUR_CONTEXT}\n`;
    const period = async (body: string) => (await run(head + body)).records.filter((x) => x.indicator === 'urban_new_jobs').map((x) => x.period);
    expect(await period('——经济运行走出低谷。规模以上工业企业利润1-11月增长31.2%，增速居全国第4位。城镇新增就业43.13万人。')).toEqual(['2018']);
    const news = `2019年全市就业形势\n${LABOUR_CONTEXT}\n1-11月，全市规模以上工业企业利润增长5%。城镇新增就业2万人。`;
    expect((await run(news)).records.filter((x) => x.indicator === 'urban_new_jobs').map((x) => x.period)).toEqual(['2019-11']);
  });

  it('a span of years alone on its line (过去5年) heads the lines after it', async () => {
    const brief = `2026年政府工作报告要点\n${LABOUR_CONTEXT}\n一、2025年工作回顾\n城镇新增就业1267万人\n过去5年\n城镇新增就业累计超过6000万人\n`;
    expect((await run(brief)).records.filter((x) => x.indicator !== 'other').map((x) => x.period)).toEqual(['2025', '2021-2025']);
  });

  it('a 分别 list over a span of months (1-3月, 一季度各月) dates one month each; a list of measures keeps the span', async () => {
    const months = `2023年全市就业形势\n${LABOUR_CONTEXT}\n1-3月，全市城镇调查失业率分别为5.5%、5.6%和5.3%。`;
    expect((await run(months)).records.filter((x) => x.indicator !== 'other').map((x) => x.period)).toEqual(['2023-01', '2023-02', '2023-03']);
    const measures = `2023年全市就业形势\n${LABOUR_CONTEXT}\n1-3月，全市城镇新增就业、失业人员再就业分别为2.1万人、0.5万人。`;
    expect((await run(measures)).records.filter((x) => x.indicator !== 'other').map((x) => x.period)).toEqual(['2023Q1', '2023Q1']);
  });

  it('a paragraph that opens on a horizon (到2025年，…) sets its later sentences\' goals for that year; a paragraph of results keeps its own', async () => {
    const plan = `关于印发2021年技能提升工作方案的通知\n${LABOUR_CONTEXT}\n（二）目标任务\n到2025年，完成60万人次职业技能培训。全市持证人员总量达到130万人以上。城镇新增就业25万人。`;
    expect((await run(plan)).records.filter((x) => x.indicator !== 'other').map((x) => [x.value, x.kind, x.period])).toEqual([
      [600000, 'target', '2025'], [250000, 'target', '2025'],
    ]);
    const review = `2021年工作总结\n${LABOUR_CONTEXT}\n到2020年底，全市技能人才总量达到85万人。城镇新增就业2.5万人。`;
    expect((await run(review)).records.filter((x) => x.indicator !== 'other').map((x) => [x.value, x.kind])).toEqual([[25000, 'actual']]);
  });

  it('a plan\'s first year named in the figure\'s own clause dates it, however far the plan runs', async () => {
    const text = `荆门实施职业技能提升行动\n2019年8月23日，全省职业技能提升行动电视电话会召开。\n据了解，2019至2021年，我省将持续推进职业技能提升行动，三年共开展各类补贴性职业技能培训180万人次以上，其中2019年培训58万人次以上；到2021年底，技能劳动者占就业人员总量的比例达到26%以上。`;
    expect((await run(text)).records.filter((x) => x.indicator !== 'other').map((x) => [x.value, x.period])).toEqual([[1800000, '2019-2021'], [580000, '2019']]);
  });

  it.each([
    ['截至5月底', 2023, '2023-05'],
    ['截至2022年5月上旬', 2023, '2022-05'],
    ['上半年', 2023, '2023H1'],
    ['1-6月', 2023, '2023H1'],
    ['1-9月份', 2019, '2019Q1-Q3'],
    ['前三个季度', 2008, '2008Q1-Q3'],
    ['2008年前三个季度', 2009, '2008Q1-Q3'],
    ['2023年1-3月', 2026, '2023Q1'],
    ['1至5月', 2023, '2023-05'],
    ['2023年一季度', 2023, '2023Q1'],
    ['“十四五”时期', 2026, '2021-2025'],
    ['这五年', 2026, '2021-2025'],
    ['十年来', 2022, '2012-2021'],
    ['2012年以来', 2022, '2012-2022'],
    ['2021年以来', 2022, '2021-2022'],
    ['2022年以来', 2022, '2022'],
    ['去年', 2026, '2025'],
    ['2012年至2021年4月份', 2022, '2012-2021'],
    ['“十五”期间', 2008, '2001-2005'],
    ['“十五五”时期', 2026, '2026-2030'],
    ['今后3年', 2007, '2008-2010'],
    ['截至12月底', 2023, '2023'],
    ['2022年12月末', 2023, '2022'],
    ['未来两年', 2020, '2021-2022'],
    ['元至6月', 2016, '2016H1'],
    ['首11月', 2022, '2022-11'],
    ['2023年1月至9月', 2023, '2023Q1-Q3'],
    ['1月至5月', 2023, '2023-05'],
    ['2022年1月到6月', 2023, '2022H1'],
  ])('%s in a %i page → %s', (phrase, year, period) => {
    expect(findTimes(phrase, year).map((t) => t.period)).toEqual([period]);
  });

  it('a 分别 list over years written one by one: one year each (2012年、2013年…分别为1266万人、1310万人…)', async () => {
    const text = `${LABOUR_CONTEXT}\n其中，2012年、2013年、2014年、2015年，中国城镇新增就业人数分别为1266万人、1310万人、1322万人、1312万人。`;
    expect((await run(text, '国家人权行动计划实施评估报告')).records.filter((x) => x.indicator !== 'other').map((x) => [x.value, x.period])).toEqual([
      [12660000, '2012'], [13100000, '2013'], [13220000, '2014'], [13120000, '2015'],
    ]);
  });

  it('the half\'s end (上半年末) dates a level by its month; the half itself is the half', () => {
    expect(findTimes('2024年上半年末，城镇登记失业率为3.0%', 2024).map((t) => t.period)).toEqual(['2024-06']);
    expect(findTimes('上半年末城镇登记失业率为3.0%', 2024).map((t) => t.period)).toEqual(['2024-06']);
    expect(findTimes('2024年上半年，城镇新增就业30万人', 2024).map((t) => t.period)).toEqual(['2024H1']);
  });

  it('a quarter\'s end with no year of its own is of the year its sentence named (2016年12月末…由一季度末的3.4%)', () => {
    expect(findTimes('2016年12月末，城镇登记失业率由一季度末的3.4%回落至3.17%', 2017).map((t) => t.period)).toEqual(['2016', '2016-03']);
  });

  it('五年来 on a page of a plan\'s last year that names the plan is the plan\'s years; elsewhere, the five before the page\'s', async () => {
    expect(findTimes('五年来', 2025, { closingPlan: true }).map((t) => t.period)).toEqual(['2021-2025']);
    const closing = `“十四五”重庆年均城镇新增就业70万人以上\n时间:2025-10-14\n${LABOUR_CONTEXT}\n五年来全市城镇新增就业超348万人。`;
    expect((await run(closing)).records.filter((x) => x.indicator !== 'other').map((x) => x.period)).toEqual(['2021-2025', '2021-2025']);
    const report = `2026年重庆市政府工作报告\n${LABOUR_CONTEXT}\n五年来全市城镇新增就业超348万人。`;
    expect((await run(report)).records.filter((x) => x.indicator !== 'other').map((x) => x.period)).toEqual(['2021-2025']);
  });

  it('a level reported for quarters stands at the quarter\'s end; a flow over them covers them all', async () => {
    const text = `${LABOUR_CONTEXT}\n2014年一季度，全国城镇新增就业344万人，城镇登记失业率4.08%，失业保险参保人数1.6亿人。`;
    const r = (await run(text)).records.filter((x) => x.indicator !== 'other');
    expect(r.map((x) => [x.indicator, x.period])).toEqual([
      ['urban_new_jobs', '2014Q1'], ['registered_unemployment_rate', '2014-03'], ['unemployment_insurance_insured', '2014-03'],
    ]);
  });

  it('a level a change comes to now (下降到目前的3.7%) is the page\'s year\'s, the one it came from its year\'s', async () => {
    const text = `2012年安徽就业综述\n${LABOUR_CONTEXT}\n城镇登记失业率由2005年的4.4%下降到目前的3.7%左右。`;
    const r = (await run(text)).records.filter((x) => x.indicator !== 'other');
    expect(r.map((x) => [x.value, x.period])).toEqual([[4.4, '2005'], [3.7, '2012']]);
  });

  it('a five-year 实施方案 is a plan document: “十四五”期间 in it is its own span ahead, its figures goals', async () => {
    const text = `西安市人民政府办公厅关于印发“十四五”就业促进实施方案的通知\n西安市政办发〔2022〕31号\n${LABOUR_CONTEXT}\n一、聚焦目标任务发力\n——就业形势总体稳定。“十四五”期间，城镇新增就业60万人以上，城镇调查失业率控制在5.5%以内。`;
    const r = (await run(text)).records.filter((x) => x.indicator !== 'other');
    expect(r.map((x) => [x.value, x.kind, x.period])).toEqual([[600000, 'target', '2021-2025'], [5.5, 'target', '2021-2025']]);
  });

  it('an undated story that reviews a plan (“十一五”期间…累计) is of the plan\'s years', async () => {
    const text = `新华社呼和浩特3月20日电 记者从自治区人力资源和社会保障厅获悉，“十一五”期间，内蒙古城镇累计新增就业114万人。\n${LABOUR_CONTEXT}\n安置就业困难人员27万人。`;
    const r = await run(text);
    expect(r.period).toBe('2006-2010');
    expect(r.records.filter((x) => x.indicator !== 'other').map((x) => x.period)).toEqual(['2006-2010', '2006-2010']);
  });

  it('on an undated page, 今年 after a plan\'s span (“十一五”期间…。今年力争…) is a year of it nobody named: no period, for every figure of its sentence', async () => {
    const text = `“十一五”期间，就业压力集中。今年力争全年实现城镇新增就业110万人，城镇登记失业率控制在3.8%以内。\n${LABOUR_CONTEXT}`;
    const r = (await run(text)).records.filter((x) => x.indicator !== 'other');
    expect(r.map((x) => [x.value, x.kind, x.period])).toEqual([[1100000, 'target', null], [3.8, 'target', null]]);
  });

  it('no period from a number that counts (第十五场新闻发布会, 十五个项目); the plan named 十五 dates its span', () => {
    expect(findTimes('省政府新闻办召开第十五场新闻发布会', 2018)).toEqual([]);
    expect(findTimes('实施十五个重点项目', 2018)).toEqual([]);
    expect(findTimes('十五、人口和劳动就业', null)).toEqual([]);
    expect(findTimes('“十五”期间全省城镇新增就业', 2008).map((t) => t.period)).toEqual(['2001-2005']);
    expect(findTimes('十五期间全省城镇新增就业', 2008).map((t) => t.period)).toEqual(['2001-2005']);
  });

  it('a year\'s end gone by after 到 (到2012年末 on a page of 2013) is the date a level stood at, no horizon', () => {
    expect(findTimes('到2012年末，全区参保人数分别为512.85万人', 2013).map((t) => t.period)).toEqual(['2012']);
    expect(findTimes('到2015年末，全区参保人数达到600万人', 2013)).toEqual([]);
  });
  it('no period from a horizon (到2030年) or a plan running through the year', () => {
    expect(findTimes('力争到2030年', 2026)).toEqual([]);
    expect(findTimes('今年是“十二五”收官之年', 2015).map((t) => t.period)).toEqual(['2015']);
  });

  it('a half-year execution report delivered in its own year dates a page stored years later (a repost)', () => {
    const body = '东方今报郑州讯 上半年“十项重点民生工程”支出449.6亿元，城镇新增就业人员80.3万人。昨天，省发改委主任向省人大常委会作《关于2011年上半年国民经济和社会发展计划执行情况的报告》，公布了今年“十项重点民生工程”进展。';
    expect(documentYear(`河南十项重点民生工程进展公布\nadmin 470 2022-12-26\n${body}`, undefined)).toBe(2011);
    // (Stored the same year or the next, the page's own date stands.)
    expect(documentYear(`河南十项重点民生工程进展公布\nadmin 470 2011-07-28\n${body}`, undefined)).toBe(2011);
  });
  it('a page\'s year: title, then dateline, then its headings', () => {
    expect(documentYear('正文', '2015年政府工作报告')).toBe(2015);
    expect(documentYear('来源：河南日报\n时间：2026-02-03\n正文', undefined)).toBe(2026);
    expect(documentYear('力争到2030年，全市地区生产总值…\n三、2026年工作安排\n…', undefined)).toBe(2026);
  });

  it('a history told in a sentence (2003年以来…，2006年达…) is not the year a page speaks from', () => {
    const text = '今年1至11月，全国城镇新增就业1105万人。统计显示，2003年以来，我国城镇新增就业每年超过900万人，2006年达1184万人。';
    expect(documentYear(text, undefined)).toBeNull();
    expect(documentYear('2021年城镇新增就业5万人。今年以来，就业形势稳定。', undefined)).toBe(2021);
    // (…nor is a span's start told as 至今: 从2003年至今，全省已累计发放小额担保贷款60亿元.)
    expect(documentYear('陕西召开小额担保贷款工作协调小组会议\n据统计，今年前8个月新增贷款达到14.46亿元。从2003年至今，全省已累计发放小额担保贷款60亿元。', undefined)).toBeNull();
    expect(documentYear('陕西召开小额担保贷款工作协调小组会议\n据统计，今年前8个月新增贷款达到14.46亿元。从2003年到2010年，全省已累计发放小额担保贷款60亿元。', undefined)).not.toBeNull();
  });

  it('a story of January or February counting to the end of the one year it names (截至2007年年底) speaks from the year after', () => {
    const story = (dateline: string) => `浙江消除“零就业家庭”2.67万户\n  ${dateline}记者从浙江省劳动和社会保障厅获悉，截至2007年年底，浙江省已消除“零就业家庭”2.67万户。\n  在过去五年中，浙江全省城镇新增就业323万人。`;
    expect(documentYear(story('新华网杭州2月27日电 '), undefined)).toBe(2008);
    // (…a story of later in the year counts to the end of a year gone by, no news of which year it is.)
    expect(documentYear(story('新华网杭州9月27日电 '), undefined)).not.toBe(2008);
  });
});

describe('regions', () => {
  it('a tier of places and all the others (白城市区、长白山管委会和其他县市为第三档) is the whole area\'s', async () => {
    const page = (tier: string) => `吉林省最低工资标准调整\n此次调整后，吉林省最低工资标准按三个档次划分。${tier}为第三档，最低工资标准1120元。`;
    const region = async (tier: string) => (await run(page(tier))).records.find((r) => r.indicator === 'minimum_wage')?.region;
    expect(await region('白城市区、长白山管委会和其他县市')).toBe('吉林省');
    expect(await region('白城市区')).toBe('白城市');
  });

  it('where labour is sent (累计向兰州市输转…) is not whose figure it is', async () => {
    const page = (verb: string) => `兰州·定西劳务协作城市联盟签约仪式举行\n定西市人社局介绍，近年来，定西市累计${verb}兰州市输转城乡富余劳动力30.72万人次。`;
    const region = async (verb: string) => (await run(page(verb))).records.find((r) => r.indicator === 'rural_labor_transfer')?.region;
    expect(await region('向')).toBe('定西市');
    // (A place the transfers are counted in, not sent to, is theirs.)
    expect(await region('在')).toBe('兰州市');
  });

  it('nor is the nation, the last of several destinations (向长三角、珠三角、西北五省等全国各地输转…)', async () => {
    const region = async (lead: string) =>
      (await run(`劳务输出是就业的重要渠道。以庄浪县为例，“十三五”期间，该县累计${lead}全国各地输转务工人员56万多人次。`)).records.find((r) => r.indicator === 'rural_labor_transfer')?.region;
    expect(await region('向长三角、珠三角、西北五省等')).toBe('庄浪县');
    // (The nation's own figures, said of 全国各地, stay the nation's.)
    expect(await region('统计，')).toBe('全国');
  });

  it('the county seat\'s west side (县城西区) is no district named 城西区', async () => {
    const page = (place: string) => `去年以来，我县大力实施民生工程。\n${place}污水处理厂开始运营。全县新增城镇就业5774人。`;
    expect((await run(page('县城西区'))).records.find((r) => r.indicator === 'urban_new_jobs')?.region).toBe('全县');
    expect((await run(page('西宁市城西区'))).records.find((r) => r.indicator === 'urban_new_jobs')?.region).not.toBe('全县');
  });

  it('a city\'s short name inside a set phrase (真金白银, 长治久安) names no place', async () => {
    const page = (headline: string) => `${headline}\n2月11日至15日，安徽省召开第十一届人民代表大会第五次会议。去年城镇新增就业62.3万人，城镇登记失业率3.7%。`;
    expect((await run(page('安徽540亿“真金白银”投民生'), '安徽540亿“真金白银”投民生')).records[0]?.region).toBe('安徽省');
    expect((await run(page('甘肃白银投民生'), '甘肃白银投民生')).records[0]?.region).toBe('白银市');
  });

  it('nor a short name before 精神 (延安精神, 大庆精神), nor one in a common word (朝阳产业, 中山装, 万家安康, 大理石, 新乡村)', () => {
    const region = (opening: string) => pageRegion(`${opening}全市城镇新增就业1200人，城镇登记失业率3.2%。\n就业工作扎实推进。`, undefined);
    for (const opening of ['弘扬延安精神，', '发扬大庆精神，', '传承井冈山精神，', '发展朝阳产业，', '中山装展示，', '黄山毛峰茶，', '守护万家安康，', '阿里巴巴招聘，', '大理石加工，', '推进新乡村建设，', '东方明珠，', '推进城中村改造，', '发展普洱茶产业，']) {
      expect(region(opening)).toBe('全市');
    }
    // (The place itself, named so, is the page's.)
    expect(region('延安市')).toBe('延安市');
    expect(region('延安')).toBe('延安市');
  });

  it('a bare 失业率 on a page that names only the surveyed rate is the surveyed rate, unless a group\'s rate was named last', async () => {
    const page = `国家统计局数据显示，上半年，全国城镇调查失业率均值为5.1%。\n2、其中，一季度失业率均值为5.2%。\n3、4月份，失业率回落至5.0%。\n4、上半年，31个大城市城镇调查失业率均值为5.0%。\n5、其中，二季度失业率均值为4.9%。`;
    const surveyed = async (text: string) => (await run(text)).records.filter((r) => r.indicator === 'surveyed_unemployment_rate').map((r) => r.value);
    expect(await surveyed(page)).toEqual([5.1, 5.2, 5]);
    // (A page that names the registered rate too leaves a bare rate of another paragraph unread.)
    expect(await surveyed(`${page}\n6、城镇登记失业率为3.9%。`)).toEqual([5.1]);
  });

  it('a page that breaks its total into three areas or more, each named alike, is the larger area\'s it speaks of (全市), not the first part\'s', async () => {
    const part = (county: string, n: number) => `${county}发放贷款${n}万元，完成目标任务的4${n % 10}%`;
    const page = (counties: string[]) =>
      `关于1-4月份创业担保贷款工作情况的通报\n1-4月份，全市共发放创业担保贷款1963笔28971.6万元，完成目标任务的42.97%，其中${counties.map((c, i) => part(c, 4741 + i)).join('；')}。\n1-4月份，全市发放返乡农民工创业担保贷款1579笔22585.6万元。\n全市累计到期贷款回收率99.67%，其中${counties.map((c) => `${c}到期贷款回收率99.5%`).join('；')}。`;
    const four = await run(page(['灵宝市', '义马市', '卢氏县', '渑池县']));
    expect(four.region).toBe('全市');
    expect(four.records.filter((r) => r.indicator === 'startup_loans' && r.kind !== 'progress').map((r) => r.region)).toEqual(['全市', '灵宝市', '义马市', '卢氏县', '渑池县', '全市']);
    // (One county named as often is the page's own.)
    expect((await run(page(['灵宝市']))).region).toBe('灵宝市');
  });

  it('新增 ends on the first character of no place: 新增城区 is no 增城区', async () => {
    const region = async (added: string) =>
      (await run(`2024年，我县50项民生实事高质量完成。新增城镇就业5612人。城关一小改扩建工程顺利完成，${added}义务教育学位1640个。\n${LABOUR_CONTEXT}`)).records.find((r) => r.indicator === 'urban_new_jobs')?.region;
    expect(await region('新增城区')).toBe('全县');
    // (The district named as such is still the district.)
    expect(await region('广州市增城区')).toBe('增城区');
  });

  it('a page naming no place whose graduates stay in or come to a province by its abbreviation, twice (留鄂来鄂), is that province\'s', async () => {
    const page = (stay: string) => `2022年，初步预计，地区生产总值增长4.7%左右。\n新增城镇就业91.6万人，${stay}高校毕业生42.4万人，均超额完成年初目标。\n${LABOUR_CONTEXT}`;
    expect((await run(page('留鄂来鄂'))).region).toBe('湖北省');
    expect((await run(page('留京'))).region).toBeNull();
  });

  it('a page naming no area whose labour bureau speaks (市人社局坚持…) is the city\'s: 全市', async () => {
    const page = (body: string) => `为深入贯彻党的二十大精神，${body}坚持和发展新时代“枫桥经验”，健全调解仲裁维权制度机制。\n${LABOUR_CONTEXT}\n近三年仲裁结案率保持在91%以上。`;
    expect((await run(page('市人社局'))).records.find((r) => r.indicator === 'arbitration_closure_rate')?.region).toBe('全市');
    expect((await run(page('有关部门'))).records.find((r) => r.indicator === 'arbitration_closure_rate')?.region).toBeNull();
  });

  it('a province by its short name with its tier before the measure (河南第一档月最低工资标准为2350元) is that figure\'s area', async () => {
    const page = (tier: string) => `人力资源和社会保障部公布了全国各省、自治区、直辖市的最低工资标准情况。\n${LABOUR_CONTEXT}\n河南${tier}月最低工资标准为2350元。`;
    expect((await run(page('第一档'))).records.find((r) => r.indicator === 'minimum_wage')?.region).toBe('河南省');
    expect((await run(page('等地第一档'))).records.find((r) => r.indicator === 'minimum_wage')?.region).toBe('全国');
  });

  it('cities listed as visitors, the last joined by 和 (唐山市、韶关市、贵阳市和哈尔滨市先后到我市考察), are a list, not the page\'s area', async () => {
    const page = (joiner: string) => `昨日，记者在有关座谈会上了解到，目前我市已累计发放小额担保贷款17.29亿元，带动95353人就业。\n${LABOUR_CONTEXT}\n去年以来，河北省唐山市、广东省韶关市、贵州省贵阳市${joiner}黑龙江省哈尔滨市先后到我市考察该工作。`;
    expect((await run(page('和'))).region).toBe('全市');
    expect((await run(page('、'))).region).toBe('全市');
  });

  it('a place that names an event held (举行深圳市对口帮扶专场招聘会) is not the area of the figures its sentence reports', async () => {
    const page = (held: string, subject = '') => `巴马劳务输出人员达7.5万人\n本报巴马讯 巴马瑶族自治县把劳务输出作为帮助贫困户增收的重要举措。该县通过开展“春风行动”就业专项活动、${held}对口帮扶专场招聘会等劳务输出活动，${subject}先后完成转移就业劳动力7.5万人。\n${LABOUR_CONTEXT}`;
    const region = async (held: string, subject?: string) => (await run(page(held, subject))).records.find((r) => r.indicator === 'rural_labor_transfer' && r.text.startsWith('转移就业'))?.region;
    expect(await region('举行深圳市')).toBe('巴马瑶族自治县');
    expect(await region('举行深圳市', '都安瑶族自治县')).toBe('都安瑶族自治县');
  });

  it('a place the figure is said not to cover (不含萧山区、余杭区, 除高新区外) is not its area; a place named plainly is', async () => {
    const page = (scope: string) => `杭州市人民政府关于调整市区最低工资标准的通知\n决定从2008年9月1日起，将我市市区${scope}最低月工资标准调整为960元。`;
    const region = async (scope: string) => (await run(page(scope))).records.find((r) => r.indicator === 'minimum_wage')?.region;
    expect(await region('(不含萧山区、余杭区)')).toBe('杭州市');
    expect(await region('（除余杭区外）')).toBe('杭州市');
    expect(await region('和余杭区')).toBe('余杭区');
  });

  it('a ministry speaking in the lead speaks for the nation; a place a superlative picks out (最高的是深圳的1600元) is that figure\'s', async () => {
    const page = (speaker: string) => `${speaker}25日表示，今年一季度，城镇新增就业人数342万人，一季度末城镇登记失业率4.1%。工资调整方面，今年一季度，8个省份调整了最低工资标准，其中深圳、北京标准最高。全国月最低工资标准最高的是深圳的1600元。`;
    const r = await run(page('人力资源和社会保障部新闻发言人尹成基'));
    expect(r.records.filter((x) => x.indicator !== 'other').map((x) => [x.indicator, x.region])).toEqual([
      ['urban_new_jobs', '全国'], ['registered_unemployment_rate', '全国'], ['minimum_wage', '深圳市'],
    ]);
    expect((await run(page('深圳市人力资源和社会保障局新闻发言人'))).region).toBe('深圳市');
  });

  it('where a meeting sat (在呼和浩特市召开的会议上获悉) is not the area of the figures it announced; a body that held it is', async () => {
    const page = (source: string) => `今年内蒙古发放10亿元小额担保贷款扶持创业\n2009-03-31\n记者从3月27日${source}上获悉，今年将发放小额担保贷款10亿元，以促进有创业愿望人员成功创业并带动就业。\n${LABOUR_CONTEXT}`;
    const region = async (source: string) => (await run(page(source))).records.find((r) => r.indicator === 'startup_loans' && r.text.startsWith('小额担保贷款10亿元'))?.region;
    expect(await region('在呼和浩特市召开的各盟市小额担保贷款对接会议')).toBe('内蒙古自治区');
    expect(await region('呼和浩特市人社局召开的小额担保贷款对接会议')).toBe('呼和浩特市');
  });

  it('a figure three or more listed places share (莲都区、青田县、缙云县最低月工资标准为1530元) is the page\'s area\'s; one place\'s is that place\'s', async () => {
    const region = async (places: string) =>
      (await run(`丽水市人民政府关于调整最低工资标准的通知\n为保障劳动者基本生活和合法权益，根据《中华人民共和国劳动法》，市政府决定：从11月1日起，对我市最低月工资标准和非全日制工作的最低小时工资标准进行调整。调整后的最低工资标准分两档，${places}最低月工资标准为1530元，非全日制工作的最低小时工资标准为13.8元。`)).records.find((r) => r.indicator === 'minimum_wage')?.region;
    expect(await region('市本级、莲都区、青田县、缙云县')).toBe('丽水市');
    expect(await region('缙云县')).toBe('缙云县');
    // (…and a list running on through zones no gazetteer names, after the last place it does.)
    expect(await region('莲都区、丽水经开区、丽水高新区')).toBe('丽水市');
    expect(await region('缙云县、丽水经开区')).toBe('缙云县');
    // (…the level a change comes to is the list's as much as the level it left.)
    const regions = async (places: string) =>
      (await run(`丽水市人民政府关于调整最低工资标准的通知\n市政府决定：从11月1日起，对我市最低月工资标准进行调整。${places}最低月工资标准由1380元调整为1530元。`)).records.filter((r) => r.indicator === 'minimum_wage').map((r) => r.region);
    expect(await regions('莲都区、青田县、缙云县')).toEqual(['丽水市', '丽水市']);
    expect(await regions('缙云县')).toEqual(['缙云县', '缙云县']);
    // (…a city and its district written together count as one place of the list.)
    const ningxia = async (places: string) =>
      (await run(`宁夏回族自治区调整最低工资标准\n自治区政府决定，从11月1日起调整全区最低工资标准。${places}最低月工资标准由1220元调整为1390元。`)).records.filter((r) => r.indicator === 'minimum_wage').map((r) => r.region);
    expect(await ningxia('吴忠市利通区、青铜峡市、中卫市沙坡头区、中宁县')).toEqual(['宁夏回族自治区', '宁夏回族自治区']);
  });

  it('全省 named as what a city ranks or measures itself against (增幅全省排第3位, 高出全省0.1个百分点) is not its area', async () => {
    const page = (tail: string) => `市政府督查室对《政府工作报告》确定的2021年重点工作上半年完成情况进行了督办。\n上半年，全市地区生产总值增长28.6%，高出全省0.1个百分点；进出口总额50.6亿元，增幅全省排第3位；${tail}城镇登记失业率3.31%。`;
    const region = async (tail: string) => (await run(page(tail))).records.find((r) => r.indicator === 'registered_unemployment_rate')?.region;
    expect(await region('')).toBe('全市');
    expect(await region('全省')).toBe('全省');
  });

  it('where a labour-export page sends its workers (赴海西州, 去海西州务工) is not its area', async () => {
    const story = (to: string) => `“我们这次${to}海西州务工,政府还给我们免费发放了生活用品。”来自乐都区的务工人员说。\n为做好农村劳动力转移就业工作,海东市积极动员组织农村劳动力${to}海西州从事枸杞采摘等劳务活动。依托海西州枸杞采摘劳务品牌,今年上半年,全市农村劳动力转移就业37.78万人次。`;
    expect((await run(story('赴'))).region).toBe('海东市');
    expect((await run(story('在'))).region).not.toBe('海东市');
  });

  it('a 分别 series whose measure speaks of 这些城市 takes the places listed just before it, one by one', async () => {
    const text = (list: string) => `2020年河南省各地市城镇登记失业率\n${LABOUR_CONTEXT}\n鹤壁市的登记失业率为2.52%。年底登记失业人数减少的城市有2个${list},这些城市的失业率分别是3.67%和2.56%。`;
    const regions = async (list: string) => (await run(text(list))).records.filter((x) => x.indicator !== 'other').map((x) => x.region);
    expect(await regions(',分别是洛阳市和开封市')).toEqual(['鹤壁市', '洛阳市', '开封市']);
    // (No list before it: the places are not this sentence's to give.)
    expect(await regions('')).toEqual(['鹤壁市', '河南省', '河南省']);
  });

  it('各省…分别 takes the provinces listed in the sentence before it, one by one, where its own sentence names none', async () => {
    const text = (list: string) => `地方两会近日落幕。${list},是城镇新增就业大省。根据最新披露的数据,2022年,各省城镇新增就业分别为132万、115.6万、99.6万人。`;
    const regions = async (list: string) => (await run(text(list))).records.filter((x) => x.indicator !== 'other').map((x) => x.region);
    expect(await regions('广东、浙江、四川')).toEqual(['广东省', '浙江省', '四川省']);
    // (Two places a sentence away may be a pair compared, not the list the figures follow.)
    expect(await regions('广东和浙江')).not.toContain('浙江省');
  });

  it('a place right before the 全市 a figure speaks of (桂林全市…) is its area, by name', async () => {
    const story = (whole: string) => `平乐县举办“春风行动”专场招聘会\n1月31日,平乐县共有26家企业参加“春风行动”专场招聘会,平乐县人社局到场服务。\n${LABOUR_CONTEXT}\n据统计,2011年,${whole}农村劳动力转移就业新增人数9.71万人。`;
    const regions = async (whole: string) => (await run(story(whole))).records.filter((x) => x.indicator !== 'other').map((x) => x.region);
    expect(await regions('桂林全市')).toEqual(['桂林市']);
    expect(await regions('全市')).toEqual(['全市']);
  });

  it("a county's review naming itself only in its campaigns' slogans (健康咸丰, 平安咸丰) is the county's; 全国统筹 makes no page the nation's", async () => {
    const review = (a: string, b: string) =>
      `一年的用心用力，民生福祉更加普惠。新增城镇就业创业5600余人，发放创业担保贷款1.56亿元。基本养老保险参保25.69万人。企业职工养老保险实现全国统筹。县职校入选“湖北省优质中等职业技术学校”。健康${a}“323+”攻坚行动加快推进。深入推进“平安${b}”建设。`;
    const regions = async (a: string, b: string) => (await run(review(a, b))).records.filter((x) => x.indicator !== 'other').map((x) => x.region);
    expect(await regions('咸丰', '咸丰')).toEqual(['咸丰县', '咸丰县', '咸丰县']);
    // (Two places in the slogans, or one in another province, name no area of the page's.)
    expect(await regions('咸丰', '来凤')).toEqual([null, null, null]);
    expect(await regions('正定', '正定')).toEqual([null, null, null]);
    // A page that speaks of 全县 is the county its one slogan names in quotes.
    const county = (slogan: string) => `深入开展“${slogan}”活动，全县家风、社风、民风持续向好。城镇新增就业6059人，新增农村劳动力转移4500人。`;
    const countyRegions = async (slogan: string) => (await run(`${LABOUR_CONTEXT}\n${county(slogan)}`)).records.filter((x) => x.indicator !== 'other').map((x) => x.region);
    expect(await countyRegions('移风易俗新风尚 文明西平正能量')).toEqual(['西平县', '西平县']);
    expect(await countyRegions('移风易俗新风尚 文明乡风正能量')).toEqual(['全县', '全县']);
  });

  it('the parts of a figure broken down by area after 其中 are each their own area\'s', async () => {
    const text = `关于下达2021年全市就业目标任务的通知\n${LABOUR_CONTEXT}\n2021年全市城镇新增就业目标任务为2.5万人，其中，正定县3000人，行唐县2500人，灵寿县2000人。`;
    expect((await run(text)).records.filter((x) => x.indicator === 'urban_new_jobs').map((x) => [x.value, x.region, x.period])).toEqual([
      [25000, '全市', '2021'], [3000, '正定县', '2021'], [2500, '行唐县', '2021'], [2000, '灵寿县', '2021'],
    ]);
  });

  it('a 分别 list over places (辽宁、吉林、黑龙江三省…分别为) gives each place its figure; a list of measures keeps the page\'s area', async () => {
    const text = `东北三省前三季度新增就业179万人\n${LABOUR_CONTEXT}\n至2005年9月底，辽宁、吉林、黑龙江三省城镇登记失业率分别为6.15%、4.02%和4.24%，较上年度分别下降了0.35、0.18和0.26个百分点。`;
    expect((await run(text)).records.filter((x) => x.indicator !== 'other').map((x) => [x.value, x.region, x.text])).toEqual([
      [6.15, '辽宁省', '城镇登记失业率分别为6.15%'], [4.02, '吉林省', '4.02%'], [4.24, '黑龙江省', '4.24%'],
    ]);
    // (A space after 、 leaves the first figure's span on its label.)
    const spaced = (await run(text.replace(/、(?=吉林|黑龙江)/g, '、 '))).records.filter((x) => x.indicator !== 'other');
    expect(spaced.map((x) => [x.region, x.text])[0]).toEqual(['辽宁省', '城镇登记失业率分别为6.15%']);
    // 分别 before the measure (西安市、宝鸡市、咸阳市分别新增城镇就业…): the same list, the measure after it; a list of
    // groups there (…人员分别新增城镇就业) names no place.
    const after = `陕西前三季度城镇新增就业38.5万人\n${LABOUR_CONTEXT}\n2024年1-9月，西安市、宝鸡市、咸阳市分别新增城镇就业15.2万人、3.1万人和3.4万人。`;
    expect((await run(after)).records.filter((x) => x.region !== '陕西省').map((x) => [x.value, x.region, x.text])).toEqual([
      [152000, '西安市', '新增城镇就业15.2万人'], [31000, '宝鸡市', '3.1万人'], [34000, '咸阳市', '3.4万人'],
    ]);
    const groups = (await run(after.replace('西安市、宝鸡市、咸阳市', '高校毕业生、退役军人、农民工'))).records.map((x) => x.region);
    expect(groups).not.toContain('西安市');
    // (A measure of none of our indicators — bare 新增就业 — is another figure for each place, none of them dropped.)
    const bare = (await run(after.replace('分别新增城镇就业', '分别新增就业'))).records.filter((x) => x.region !== '陕西省');
    expect(bare.map((x) => [x.indicator, x.value, x.region])).toEqual([['other', 152000, '西安市'], ['other', 31000, '宝鸡市'], ['other', 34000, '咸阳市']]);
    const measures = `2023年全市就业形势总体稳定，社会保障工作扎实推进。\n${LABOUR_CONTEXT}\n全市城镇调查失业率、登记失业率分别为5.2%、3.5%。`;
    expect((await run(measures)).records.filter((x) => x.indicator !== 'other').map((x) => [x.indicator, x.value, x.region])).toEqual([
      ['surveyed_unemployment_rate', 5.2, '全市'], ['registered_unemployment_rate', 3.5, '全市'],
    ]);
  });

  it('bare figures listed after the first (…分别达120万人、80万人、90万人) keep its area however long the list runs', async () => {
    const text = `2023年全市就业形势总体稳定，社会保障工作扎实推进。\n${LABOUR_CONTEXT}\n全省企业养老、医疗、失业、工伤、生育五项保险参保人数分别达120万人、300万人、80万人、90万人和70万人。`;
    expect((await run(text)).records.filter((x) => x.indicator !== 'other').map((x) => [x.value, x.region])).toEqual([
      [1200000, '全省'], [800000, '全省'], [900000, '全省'],
    ]);
  });

  it('a place that opens a part\'s own label (长沙市新增就业6.2万人) is that figure\'s area, not the next one\'s', async () => {
    const text = `我省上半年城镇新增就业38.5万人\n${LABOUR_CONTEXT}\n上半年，全省城镇新增就业38.5万人。其中，长沙市新增就业6.2万人，株洲市新增就业2.1万人。`;
    const parts = (await run(text)).records.filter((x) => x.region !== '湖南省' && x.region !== '全省');
    expect(parts.map((x) => [x.indicator, x.value, x.region])).toEqual([['urban_new_jobs', 62000, '长沙市'], ['urban_new_jobs', 21000, '株洲市']]);
  });

  it('an area opening a list item right before its figure is its area: a district, a town, a zone no gazetteer holds', async () => {
    const notice = '关于下达2025年全市就业创业工作目标任务的通知\n2025年全市城镇新增就业2.8万人。其中，城镇新增就业：东城区8000人、西城区6500人、高新区5000人。';
    const parts = (await run(notice)).records.filter((x) => x.value !== 28000);
    expect(parts.map((x) => [x.indicator, x.value, x.region])).toEqual([
      ['urban_new_jobs', 8000, '东城区'], ['urban_new_jobs', 6500, '西城区'], ['urban_new_jobs', 5000, '高新区'],
    ]);
    const summary = '县人社局2024年就业工作总结\n2024年全县城镇新增就业3215人，完成目标任务的107.2%。其中，城关镇520人、河口镇310人。';
    expect((await run(summary)).records.map((x) => [x.indicator, x.value, x.region])).toEqual([
      ['urban_new_jobs', 3215, '全县'], ['urban_new_jobs', 107.2, '全县'], ['urban_new_jobs', 520, '城关镇'], ['urban_new_jobs', 310, '河口镇'],
    ]);
    // (城区 and 农村 are parts of the county, not areas of it: the county's, and no part of its measure.)
    const split = '县人社局2024年就业工作总结\n2024年全县城镇新增就业3215人。其中，城区2100人、农村1115人。';
    expect((await run(split)).records.slice(1).map((x) => [x.indicator, x.region])).toEqual([['other', '全县'], ['other', '全县']]);
    // (Nor is a task done to places: 改造老旧小区120个 is the page's, whose area this one leaves unknown.)
    const task = '市十件民生实事进展\n城镇新增就业3.12万人，完成目标的89.1%。\n四、城市更新工程。目标：改造老旧小区120个。';
    expect((await run(task)).records.filter((x) => x.value === 120).map((x) => x.region)).toEqual([null]);
  });

  it('a list that names one county, in passing, and otherwise only its province in a slogan is that county\'s list', async () => {
    const list = (province: string) =>
      `2022年要办的民生实事\n1、加强公共就业服务。深化“人人持证、技能${province}”建设,新增城镇就业6700人,新增农村劳动力转移就业5400人。\n` +
      '2、加强教育基础建设。推进特教学校新址建设和杞县职业中专新址搬迁工作。';
    expect((await run(list('河南'))).records.map((x) => x.region)).toEqual(['杞县', '杞县']);
    // (Another province beside it is no slogan of its own: the list's area stays unknown.)
    expect((await run(list('湖北'))).records.map((x) => x.region)).not.toContain('杞县');
  });

  it('a word that ends in a county\'s short name (人力资源 → 资源县) names no county; the page keeps its own 全县', async () => {
    const text = '县人力资源和社会保障局2021年上半年工作总结\n截至6月底，全县城镇新增就业1256人，城镇登记失业率控制在3.5%以内，农村劳动力转移就业2340人。';
    expect((await run(text)).records.filter((x) => x.indicator !== 'other').map((x) => x.region)).toEqual(['全县', '全县', '全县']);
  });

  it('a round-up of provinces\' plans after a paragraph of last year\'s national figures: each province\'s target, of this year', async () => {
    const text = `来源:光明网2026年03月03日\n${LABOUR_CONTEXT}\n2025年全国城镇新增就业1267万人,城镇调查失业率均值为5.2%,就业形势保持总体稳定。\n\n人口大省河南明确,城镇新增就业110万人以上;坚持就业优先。\n\n劳务输出大省甘肃提出,完善一体化外出务工服务体系,输转城乡富余劳动力480万人。`;
    const r = (await extractor()).extract(text, { date: '2026-03-03' });
    expect(r.records.filter((x) => x.indicator !== 'other').map((x) => [x.value, x.kind, x.region, x.period])).toEqual([
      [12670000, 'actual', '全国', '2025'], [5.2, 'actual', '全国', '2025'], [1100000, 'target', '河南省', '2026'], [4800000, 'target', '甘肃省', '2026'],
    ]);
  });

  it('in a review of the year gone by, a plan its clause calls met is that year\'s, and what was actually done after it its result', async () => {
    const report = (line: string) =>
      `2025年政府工作报告\n各位代表：\n一、2024年工作回顾\n就业形势保持稳定，城镇新增就业超过5万人。\n${line}\n二、2025年主要目标任务\n城镇新增就业5万人以上。`;
    const rows = async (line: string) =>
      (await run(report(line))).records.filter((x) => x.indicator !== 'other').map((x) => [x.indicator, x.value, x.kind, x.period]);
    expect(await rows('坚持就业优先战略，确保城镇新增就业4.8万人以上的目标顺利完成，实际新增5.2万人。')).toEqual([
      ['urban_new_jobs', 50000, 'actual', '2024'],
      ['urban_new_jobs', 48000, 'target', '2024'],
      ['urban_new_jobs', 52000, 'actual', '2024'],
      ['urban_new_jobs', 50000, 'target', '2025'],
    ]);
    // Twin: a plan under the review that is not called met is not dated to the year reviewed by that alone.
    expect(await rows('坚持就业优先战略，确保城镇新增就业4.8万人以上。')).not.toContainEqual(['urban_new_jobs', 48000, 'target', '2024']);
  });

  it('a county named once in full and then by its short name is the page\'s area, over a stray 全省 of the site\'s', () => {
    const text = '全省\n德昌:投3.2亿元大力实施“十项民生工程”\n2014年,德昌县着力保障和改善民生,大力实施“十项民生工程”,促进了德昌经济社会发展。德昌采取技能培训等措施,城镇登记失业率控制在3.7%以内。';
    expect(pageRegion(text, undefined)).toBe('德昌县');
    expect(pageRegion(text.replace(/德昌(?!县)/g, '本地'), undefined)).toBe('四川省');
  });

  it('a page summing over all provinces (全国31个省(自治区、直辖市)…) is the nation\'s, one that ranks a province among them is not', () => {
    const round = '近日，人力资源和社会保障部官网发布最新情况。\n数据显示，全国31个省(自治区、直辖市)最低工资标准第一档次均已迈入2000元。\n比如，宁夏目前最低工资标准第一档次为2235元。宁夏全年全区实现生产总值5502.76亿元。宁夏回族自治区人社厅官网对调整情况进行了说明。';
    expect(pageRegion(round, undefined)).toBe('全国');
    expect(pageRegion(round.replace('全国31个省(自治区、直辖市)最低工资标准第一档次均已迈入2000元', '宁夏最低工资标准在全国31个省(自治区、直辖市)中排名第12位'), undefined)).toBe('宁夏回族自治区');
  });

  it('a province by its short name opening the sentence or the measure\'s clause is its figures\' area; a list of them is none', async () => {
    const text = `全国各省最低工资标准情况\n${LABOUR_CONTEXT}\n近日，人力资源和社会保障部官网发布最新《全国各省、自治区、直辖市最低工资标准情况》。\n内蒙古在调整之后，最低工资标准第一档次为2270元。\n目前，上海月最低工资标准2740元。\n北京、天津、广东最低工资标准第一档次为2400元。`;
    const r = (await extractor()).extract(text, { date: '2025-10-01' });
    expect(r.records.filter((x) => x.indicator === 'minimum_wage').map((x) => [x.value, x.region])).toEqual([[2270, '内蒙古自治区'], [2740, '上海市'], [2400, '全国']]);
  });

  it('a province by its short name opening a later clause (…，上海依然处于领先地位，其月最低工资标准…) is its figures\' area', async () => {
    const text = `${LABOUR_CONTEXT}\n2023年，各地纷纷调整最低工资标准。\n从东部沿海地区来看，上海依然处于领先地位，其月最低工资标准调整为2590元。西部地区的重庆，月最低工资标准为2100元。`;
    const wages = async (t: string) => (await run(t)).records.filter((x) => x.indicator === 'minimum_wage').map((x) => x.region);
    expect(await wages(text)).toEqual(['上海市', '重庆市']);
    // (A place that only follows a word, not opening its clause, is no subject: 与上海的合作.)
    expect(await wages(text.replace('，上海依然处于领先地位，', '，与上海的合作不断深化，'))).not.toContain('上海市');
  });

  it('a copyright line under the story (版权声明：…版权归高原(北京)文化传播有限公司) names the site\'s owner, not the story\'s area', () => {
    const story = '国家统计局:三季度就业形势总体稳定 城镇调查失业率下降\n国家统计局今天(24日)发布的数据显示,三季度就业形势有所好转,就业形势总体稳定。\n前三季度,城镇调查失业率均值为5.6%。\n';
    const rights = '版权声明:凡注明“来源:中国西藏网”或“中国西藏网文”的所有作品,版权归高原(北京)文化传播有限公司。任何媒体转载、摘编、引用,须注明来源中国西藏网和署著作者名。';
    expect(pageRegion(story + rights, undefined)).toBe('全国');
    expect(pageRegion(story + rights.replace('版权声明:', '据悉，'), undefined)).not.toBe('全国');
  });

  it('a page where a central ministry or the central budget speaks (农业部, 中央财政累计安排资金) and no area is named is the nation\'s', () => {
    const page = '“阳光工程”实施三年来，中央财政累计安排资金12.5亿元，培训农民880万人。\n农业部科技教育司司长介绍，接受培训转移就业的农民收入更高。';
    expect(pageRegion(page, undefined)).toBe('全国');
    expect(pageRegion(page.replace('中央财政', '县财政').replace('农业部', '县农业局'), undefined)).toBeNull();
  });

  it('a round-up going through four provinces or more by their short names is the nation\'s page, not the one named most', () => {
    const round = '2019年退休人员基本养老金总体上涨5%左右。例如，上海定额增加60元/月，北京50元/月，西藏最高达80元/月；如北京每满1年工龄增3元/月。定额调整：如上海60元/月，江苏34元/月。';
    expect(pageRegion(round, undefined)).toBe('全国');
    // (One province far ahead of the others, or a page speaking of 全省, is that province's.)
    expect(pageRegion(`${round}北京退休人员增加。北京人均约220元。北京全市落实。北京还将…`, undefined)).toBe('北京市');
  });

  it('a headline naming the nation in its second half (…1186万人 中国就业大局保持稳定) is the nation\'s', async () => {
    const text = `全年城镇新增就业1186万人 中国就业大局保持稳定\n${LABOUR_CONTEXT}\n全年城镇新增就业1186万人，12月城镇调查失业率5.2%。`;
    expect((await run(text)).records.filter((x) => x.indicator !== 'other').map((x) => x.region)).toEqual(['全国', '全国', '全国']);
  });

  it('deputies on the State Council\'s report (代表委员热议政府工作报告) speak of the nation, whatever places they speak for', async () => {
    const text = `代表委员热议政府工作报告：就业优先，稳住民生基本盘\n${LABOUR_CONTEXT}\n城镇新增就业1186万人，年末全国城镇调查失业率降到5.2%。全国人大代表、云南省昭通市市长说，昭通市劳动力转移就业成效明显，昭通市的经验值得推广。`;
    expect((await run(text)).records.filter((x) => x.indicator !== 'other').map((x) => x.region)).toEqual(['全国', '全国']);
  });

  it('新疆生产建设兵团 is an area of its own, but not where it follows the provinces (29个省份和新疆生产建设兵团)', async () => {
    const corps = `新疆生产建设兵团2015年计划开展职业技能培训14.4万人次\n${LABOUR_CONTEXT}\n2015年，兵团计划开展各类职业技能培训14.4万人次。`;
    expect((await run(corps)).records.filter((x) => x.indicator !== 'other').map((x) => x.region)).toEqual(['新疆生产建设兵团', '新疆生产建设兵团']);
    const nation = `${LABOUR_CONTEXT}\n截至2013年底，全国29个省份和新疆生产建设兵团已发行社会保障卡，实际持卡人数达到5.4亿张。`;
    expect((await run(nation)).records.filter((x) => x.indicator !== 'other').map((x) => x.region)).toEqual(['全国']);
  });

  it('a county-level city speaking of itself as 全市 is the city, not its prefecture (德令哈市…海西州…全市)', async () => {
    const text = `【工业运行】德令哈市一季度工业运行情况。全市现有规上工业企业40家。\n【医疗卫生】德令哈市举办培训班。近期，海西州人民医院接种点全体工作人员参加。\n【就业】德令哈市一季度城镇新增就业949人，全市城镇失业人员再就业201人，全市城镇登记失业率控制在3.5%以内。\n${LABOUR_CONTEXT}\n全市稳就业工作有序推进，全市农牧区劳动力转移就业工作稳步开展。`;
    expect((await run(text)).region).toBe('德令哈市');
  });

  it('a paper\'s 本报北京电 says where it filed from, not whose figures they are', async () => {
    const text = `本报北京电\n人力资源和社会保障部新闻发言人23日说，1到3月，全国累计实现城镇新增就业268万人，为全年目标900万人的29%，城镇登记失业率4.3%。\n${LABOUR_CONTEXT}`;
    const r = await run(text);
    expect(r.records.filter((x) => x.indicator !== 'other').map((x) => x.region)).toEqual(['全国', '全国', '全国', '全国']);
  });

  it('figures summed over all provinces (据31个省(区、市)…统计) are the nation\'s', async () => {
    const text = `人事劳动统计分析报告\n一、基本情况\n据31个省(区、市)及新疆生产建设兵团统计，2013年上半年，各级劳动人事争议调解仲裁机构共处理劳动人事争议54.72万件，涉及劳动者73.58万人。仲裁结案率81.87%。劳动人事争议仲裁机构加强调解。`;
    expect((await run(text)).region).toBe('全国');
  });

  it('a round-up: the area a sentence opens on, speaking, is its clauses\' (河北省提出…；…城镇新增就业86万人)', async () => {
    const text = `各地2025年政府工作报告中的民生礼包\n${LABOUR_CONTEXT}\n浙江省的政府工作报告提出，实施就业优先战略；确保城镇新增就业100万人以上。河北省提出促进高质量充分就业；确保零就业家庭动态清零，城镇新增就业86万人。学习上海市的经验；城镇新增就业5万人。`;
    const r = (await run(text)).records.filter((x) => x.indicator !== 'other');
    expect(r.map((x) => [x.value, x.region])).toEqual([[1000000, '浙江省'], [860000, '河北省'], [50000, r[2]!.region]]);
    expect(r[2]!.region).not.toBe('上海市');
  });

  it('a share of a plan is of the area of the figure it qualifies (全省…52.3万人，完成年度目标的95% on a city\'s page)', async () => {
    const text = `${LABOUR_CONTEXT}\n2025年前三季度，全省城镇新增就业52.3万人，完成年度目标的95%。其中，我市城镇新增就业3.6万人，完成年度目标的98%。`;
    const r = (await run(text, '衡阳市就业工作新闻')).records.filter((x) => x.indicator === 'urban_new_jobs');
    // (Twin: the city's own figure's share stays the city's.)
    expect(r.map((x) => [x.value, x.region])).toEqual([[523000, '全省'], [95, '全省'], [36000, '衡阳市'], [98, '衡阳市']]);
  });
  it('a round-up\'s later clause opened by a province\'s short name is that province\'s, not the speaking subject\'s (…；四川城镇新增就业…，城镇调查失业率…)', async () => {
    const text = `多省份晒出2026年就业目标单\n${LABOUR_CONTEXT}\n中西部省份中，河南提出城镇新增就业110万人以上；四川城镇新增就业85万人以上，城镇调查失业率5.5%左右。`;
    const r = (await run(text)).records.filter((x) => x.indicator !== 'other');
    expect(r.map((x) => [x.value, x.region])).toEqual([[1100000, '河南省'], [850000, '四川省'], [5.5, '四川省']]);
    // The twin: a short name inside the speaking subject's clause (在四川) opens no clause of its own.
    const inside = (await run(`多省份晒出2026年就业目标单\n${LABOUR_CONTEXT}\n河南提出，城镇新增就业110万人以上，在四川务工人员城镇调查失业率5.5%左右。`)).records;
    expect(inside.filter((x) => x.indicator !== 'other').map((x) => x.region)).toEqual(['河南省', '河南省']);
  });
  it('the place in the title, by its official name', () => {
    expect(pageRegion('……', '今年陕西省城镇新增就业40万人以上')).toBe('陕西省');
  });
  it('the outlet that posted a page (太原市融媒体中心, …广播电视台官方帐号) is no area of it; a title about a city is', async () => {
    const body = `${LABOUR_CONTEXT}\n11月3日，省人社厅公布了2020年度山西省人力资源和社会保障事业发展统计公报。2020年，全省城镇新增就业48.8万人。`;
    const posted = await run(`2021-11-04 太原市融媒体中心\n太原广播电视台(太原市文化广播电视集团)官方帐号\n${body}`);
    expect([posted.region, posted.records.map((r) => r.region)]).toEqual(['山西省', ['山西省']]);
    // A traditional page's title is read like its page, though too short to tell by itself.
    const traditional = body.replace('人力资源和社会保障', '人力資源和社會保障').replace('统计', '統計').replace('就业', '就業');
    expect((await run(traditional, '2021-11-04 太原市融媒體中心')).region).toBe('山西省');
    expect((await run(body, '太原市人社局公布全市就业数据')).region).toBe('太原市');
  });
  it("a site's header of the day (date, weather, welcome) is neither the page's headline, nor its date, nor its area", async () => {
    const text = [
      '2014年12月08日 星期一 黄石天气:多云', '您好! 欢迎光临下陆区政府网!', '当前位置:首页 > 在线办事 > 区人社局',
      '【区人社局】健全考核倒逼机制 超额完成年初目标', '日期: 2016-07-27', LABOUR_CONTEXT,
      '今年以来，下陆区社会保险管理局全面推进社会保险扩面。元至6月全区参加失业保险人数8561人，完成年度计划98.06%。',
    ].join('\n');
    const r = await run(text);
    expect([r.region, r.period]).toEqual(['下陆区', '2016']);
    expect(r.records.filter((x) => x.indicator !== 'other').map((x) => [x.region, x.period])).toEqual([['下陆区', '2016H1'], ['下陆区', '2016H1']]);
    // The same header's date and place, once the page's own lines are gone, are all there is to go by.
    expect(documentYear('2014年12月08日 星期一\n正文', undefined)).toBe(2014);
  });
  it("a work report's area is the one whose congress hears it, its heading spaced out for show or not", async () => {
    const text = [
      '政 府 工 作 报 告', '——2020年5月13日在正镶白旗第十五届', '人 民 代 表 大 会 第 三 次 会 议 上', '各位代表:', '一、2019年工作回顾',
      '全年地区生产总值完成26.8亿元，增长6.1%。就业创业扶贫深入实施，建成扶贫车间8处，累计设置公益岗位823个。',
    ].join('\n');
    const r = await run(text);
    expect([r.relevant, r.region]).toEqual([true, '正镶白旗']);
    expect(r.records.filter((x) => x.indicator !== 'other').map((x) => [x.indicator, x.value, x.region, x.period])).toEqual([
      ['public_welfare_jobs', 823, '正镶白旗', '2019'],
    ]);
  });
  it('a province written in a variant form (陜西省, as some traditional reposts have it) is the province', async () => {
    const text = `據陜西省勞動和社會保障廳介紹，截至6月底，陜西省城鎮新增就業17.99萬人。\n${LABOUR_CONTEXT}\n全省城鎮登記失業率控制在3.94%。`;
    const r = await run(text);
    expect([r.region, r.records.filter((x) => x.indicator !== 'other').map((x) => x.region)]).toEqual(['陕西省', ['陕西省', '陕西省']]);
  });

  it('a site footer\'s sponsor (主办：雅安市人民政府办公室) and a portal channel\'s dateline (新华网河南频道…讯) set no area', () => {
    const body = '1-5月，全市城镇新增就业人员7978人，城镇登记失业率3.91%。全市就业形势稳定，全市社保扩面。';
    expect(pageRegion(`${body}\n主办：雅安市人民政府办公室 承办：雅安市人民政府办公室电子政务科`, undefined)).toBe('全市');
    expect(pageRegion(`新华网河南频道5月17日讯 力争全年城镇新增就业人员100万人。全省就业，全省社保，全省培训。`, undefined)).toBe('全省');
    expect(pageRegion(`${body}雅安市人社局表示，雅安市将继续扩大就业。`, undefined)).toBe('雅安市');
  });
  it('a county congress opening (11月28日，甘谷县第十八届人民代表大会…开幕) names the report\'s area; a picture\'s upload path dates nothing', async () => {
    const text = `![](/Files261/BeyondPic/2021-11/28/20211128012956703.jpg)\n11月28日，甘谷县第十八届人民代表大会第一次会议在甘谷大剧院隆重开幕，县长代表县人民政府向大会作政府工作报告。报告指出，2022年县政府将继续优先保障民生投入，重点抓好10件民生实事：\n（2）落实高校毕业生就业政策，新增城镇就业5500人以上。\n（天水在线编辑：康翠霞）`;
    const r = (await run(text)).records.filter((x) => x.indicator !== 'other');
    expect(r.map((x) => [x.value, x.kind, x.region, x.period])).toEqual([[5500, 'target', '甘谷县', '2022']]);
  });
  it('months counted to a date (1—12月) are of the year the sentence named, not the page\'s', async () => {
    const text = `劳社部函〔2007〕17号\n${LABOUR_CONTEXT}\n（一）2006年全国城镇新增就业人数计划为900万人，1—12月，全国累计共实现城镇新增就业1184万人，完成全年计划的132%。`;
    const r = (await run(text)).records.filter((x) => x.indicator !== 'other');
    expect(r.map((x) => [x.value, x.kind, x.period])).toEqual([[9000000, 'target', '2006'], [11840000, 'actual', '2006'], [132, 'progress', '2006']]);
  });
  it('a Taiwan outlet\'s page is dated by the Republic\'s calendar, and a month before the nation\'s rate dates it', async () => {
    const text = '中国2月失业率5.4%\n中国官方17日公布，2月中国全国城镇调查失业率5.4%，比上月上升0.2个百分点。\n中央社 114年3月17日';
    expect(documentYear(text, undefined)).toBe(2025);
    const r = (await run(text)).records.filter((x) => x.indicator !== 'other');
    expect(r.map((x) => [x.text, x.period])).toEqual([['中国2月失业率5.4%', '2025-02'], ['全国城镇调查失业率5.4%', '2025-02']]);
    // (A number of years before 年 is no date without an outlet that counts so: 建厂114年3月17日 stays undated.)
    expect(documentYear('建厂114年3月17日，全厂职工失业率为5.4%。', undefined)).toBeNull();
  });
  it('a month\'s level after the year\'s rate: the rate named again, a level held, the year\'s high it reached', async () => {
    const text = '2025年，全国城镇调查失业率平均值为5.2%。分季度看，一季度受春节假期因素影响，2月份失业率升至全年最高的5.4%。四季度，11月份、12月份稳定在5.1%。上半年，6月份持平为4.9%。';
    const r = (await run(text)).records.filter((x) => x.indicator === 'surveyed_unemployment_rate');
    expect(r.map((x) => [x.value, x.period])).toEqual([[5.2, '2025'], [5.4, '2025-02'], [5.1, '2025-12'], [4.9, '2025-06']]);
    // (A month's count of something else held at a level is no rate: 12月份稳定在5.1万人.)
    const counts = (await run('2025年，全国城镇调查失业率平均值为5.2%。外出务工人数12月份稳定在5.1万人。')).records;
    expect(counts.filter((x) => x.indicator === 'surveyed_unemployment_rate').map((x) => x.value)).toEqual([5.2]);
  });
  it('an area inside the title of a document the page cites is not the page\'s own', () => {
    const head = '按照《2023年全市重点民生实事项目实施意见》文件要求，现就我县2023年重点民生实事项目任务提出如下实施意见。';
    expect(pageRegion(`${head}城镇新增就业5000人。`, undefined)).toBe('全县');
    // (…while a page that speaks as 全市 outside the title is the city's.)
    expect(pageRegion('按照《重点民生实事项目实施意见》文件要求，全市2023年城镇新增就业5000人，全市新增转移就业1万人。', undefined)).toBe('全市');
  });
  it('a masked county keeps its mask', () => {
    expect(pageRegion('XX县2023年度上半年工作情况汇报\n……', undefined)).toBe('XX县');
    // (A town masked in lower case, as document libraries print their templates; one x is a masked figure's.)
    expect(pageRegion('乡镇劳务开发工作专题调研报告。近年来，xx乡党委、政府始终坚持把劳务开发作为增加农民收入的引擎，促进全乡经济发展。', undefined)).toBe('xx乡');
    expect(pageRegion('今年，全省城镇新增就业x万人，x省就业形势稳定，全省下岗失业人员再就业12.6万人，全省社保扩面。', undefined)).toBe('全省');
    // (An exam's bulletin names its province by one capital letter; a letter inside a Latin word names none.)
    expect(pageRegion('F省2007年全年实现地区生产总值9160.14亿元。城镇新增就业人员68万人。', undefined)).toBe('F省');
    expect(pageRegion('GDP省2007年全年实现地区生产总值9160.14亿元。城镇新增就业人员68万人。', undefined)).toBeNull();
  });
  it('the State Council\'s report is national', () => {
    expect(pageRegion('政府工作报告\n——2007年3月5日在第十届全国人民代表大会第五次会议上\n国务院总理 温家宝\n新华社北京电', undefined)).toBe('全国');
  });
  it('the place the text names most, or 全县 when a county report only names its province', () => {
    expect(pageRegion('定南县民生工程。定南县就业创业。定南县便民服务。', undefined)).toBe('定南县');
    expect(pageRegion('江西省要求。江西省部署。江西省会议。全县就业。全县社保。全县人才。全县工资。', undefined)).toBe('全县');
    expect(pageRegion('重庆市发布。重庆市部署。重庆市会议。全市就业。全市社保。全市人才。', undefined)).toBe('重庆市');
  });
  it('a headline about the nation (中国新增就业人员1423万人) is 全国; a site name with 中国 in it is not', () => {
    expect(pageRegion('……', '中国新增就业人员1423万人')).toBe('全国');
    expect(pageRegion('漳州市人民政府办公室关于下达2010年促进就业工作目标责任制的通知\n漳州市……', '法搜网--中国法律信息搜索网')).toBe('漳州市');
  });
  it('the body a government page says issued it (发布机构:新密市人民政府) is the page\'s area', () => {
    expect(pageRegion('发布机构:新密市人民政府 | 关键词:综合\n为做好郑州市下达的目标任务，郑州市要求，郑州市部署……', undefined)).toBe('新密市');
  });
  it('a two-character county (寿县) standing on its own is a place; inside a longer word it is not', () => {
    expect(pageRegion('县区 项目名称 年度目标任务 完成进度\n寿县 一、就业促进行动\n开发公益性岗位540个 完成838个', undefined)).toBe('寿县');
    expect(pageRegion('加强信息县区共享，推进数据互通。', undefined)).toBeNull();
  });
  it('a site\'s menu between bars (旅游 | 房产 | 网上日照 | 渔家乐) is neither the headline nor a place the story speaks as', () => {
    const page = (menu: string) =>
      `网站地图\n${menu}\n|港城快讯|\n上半年全市就业再就业形势喜人(2008年08月04日)\n近日，记者从市劳动部门了解到，今年1—6月份，全市城镇新增就业再就业22366人，全市城镇登记失业率2.91%。在今年6月份召开的全省就业工作会议上，我市有10个单位受到表彰。`;
    expect(pageRegion(page('旅游 | 房产 | 资讯 | 体育 | 企业 | 政府 | 网上日照 | 渔家乐 | 酒店预订'), undefined)).toBe('全市');
    expect(documentTitle(page('旅游 | 房产 | 资讯 | 体育 | 企业 | 政府 | 网上日照 | 渔家乐 | 酒店预订'))).toBe('上半年全市就业再就业形势喜人(2008年08月04日)');
    // (Named in the story's own lines, the city is its area.)
    expect(pageRegion(page('日照市劳动保障局'), undefined)).toBe('日照市');
  });
  it('a portal\'s news brand or a paper\'s masthead alone on its line (新浪新闻, 云南日报) is no headline', () => {
    const page = (brand: string) =>
      `${brand}\n\n昭通代表团 有序输出劳务\n\n“到去年底，我们全市共培训农民工9.66万人，转移输出农村富余劳动力85.06万人。”\n“在全市85.06万农村外出务工大军中，我们镇雄县就有20多万人。”来自镇雄县的代表田勇说。镇雄县农村富余劳动力众多，镇雄县果断实施农村人力资源开发战略。`;
    expect(documentTitle(page('新浪新闻'))).toBe('昭通代表团 有序输出劳务');
    expect(pageRegion(page('新浪新闻'), documentTitle(page('新浪新闻')))).toBe('昭通市');
    expect(documentTitle(page('云南日报'))).toBe('昭通代表团 有序输出劳务');
    // (A headline of a few words is still one.)
    expect(documentTitle(page('就业新闻速递：稳就业'))).toBe('就业新闻速递：稳就业');
  });
  it('a line of dates alone above the headline (date 2026-03-06 05/03/2026 09:39) is passed over, and the headline\'s bare 失业率 is the story\'s', async () => {
    const page = (stamp: string) =>
      `${stamp}\n\n【两会焦点】李强：今年经济增长预期目标是4.5%－5%，失业率5.5%左右\n\n《经济通通讯社5日专讯》国务院总理李强代表国务院向十四届全国人大四次会议作政府工作报告。李强表示，今年发展主要预期目标是：经济增长4.5%-5%；城镇调查失业率5.5%左右，城镇新增就业1200万人以上。`;
    expect(documentTitle(page(' date 2026-03-06 05/03/2026 09:39'))).toBe('【两会焦点】李强：今年经济增长预期目标是4.5%－5%，失业率5.5%左右');
    const rates = (await run(page(' date 2026-03-06 05/03/2026 09:39'))).records.filter((x) => x.value === 5.5).map((x) => x.indicator);
    expect(rates).toEqual(['surveyed_unemployment_rate', 'surveyed_unemployment_rate']);
    // (A line with words is the headline.)
    expect(documentTitle(page('2026年全国两会特别报道'))).toBe('2026年全国两会特别报道');
  });
  it('a two-character county right after its own province\'s short name (陕西眉县) is the county', () => {
    expect(pageRegion('陕西眉县：劳务输出赚回九亿元\n陕西眉县今年着力抓好农村劳务输出，该县农村劳动力转移输出达14.59万人。', undefined)).toBe('眉县');
    // (After another province's name the two characters run into a word.)
    expect(pageRegion('河北眉县：劳务输出赚回九亿元\n河北眉县今年着力抓好农村劳务输出，该县农村劳动力转移输出达14.59万人。', undefined)).toBe('河北省');
  });
  it('a Mongol autonomous prefecture by its place name and 州 (博尔塔拉州), and a prefecture made a city by its name of the time (吐鲁番地区)', () => {
    expect(pageRegion('博尔塔拉州2002年国民经济和社会发展统计公报\n全年有2.5万职工参加了失业保险。', undefined)).toBe('博尔塔拉蒙古自治州');
    expect(pageRegion('吐鲁番地区2010年国民经济和社会发展统计公报\n年末农村社会养老保险参保人数92829人。', undefined)).toBe('吐鲁番地区');
    // (The city it became, by its name now.)
    expect(pageRegion('吐鲁番市2020年国民经济和社会发展统计公报\n年末农村社会养老保险参保人数92829人。', undefined)).toBe('吐鲁番市');
  });
  it('全省 on a page whose every named city lies in one province, named in full, is that province', () => {
    expect(pageRegion('上半年，全省城镇新增就业14.98万人。我省推进贵阳市、遵义市创业型城市创建，继续实施六盘水市创建工作。全省就业稳定。全省社保扩面。', undefined)).toBe('贵州省');
    expect(pageRegion('截止10月底，全省参加失业保险人数达714.96万人。深圳、珠海、东莞超额完成。全省就业稳定。全省社保扩面。', undefined)).toBe('全省');
  });
  it('the area above the page (湛江市下达…, 排在湛江市第二名) is not the page\'s', () => {
    const text = '今年上半年，我市技能培训工作排在湛江市第二名，转移就业工作排在湛江市第三名。据悉，湛江市下达我市任务25000人。湛江市已通报。我市完成任务。我市召开会议。';
    expect(pageRegion(text, undefined)).toBe('全市');
  });
  it('a newspaper that reports the story (据兰州晚报报道, 兰州日报社全媒体记者…) sets no area', () => {
    expect(pageRegion('据兰州晚报报道 7月19日，记者从市就业局获悉，全市共计发放创业担保贷款1.62亿元。全市就业稳定。\n兰州日报社全媒体记者 陈梦圆', undefined)).toBe('全市');
  });
  it('a town its headline names under its county, before a colon, is the page\'s area (安徽宿州埇桥区大营镇:多措并举…)', () => {
    const page = (sep: string) =>
      `安徽宿州埇桥区大营镇${sep}多措并举开发公益岗 激发脱贫攻坚内生力\n\n2019-06-07 18:53 中乡网\n(中乡网安徽讯)为帮助贫困户摒弃“等着政府奔小康”的观念，大营镇针对无法离乡的贫困户家庭劳动力积极开发扶贫公益岗，助力脱贫攻坚。\n招商引资増动力。大营镇积极探索招商引资工作的新模式，助力全镇脱贫攻坚。截止目前已成功引进宿州市星宇服装有限责任公司、宿州市精华制衣有限公司、宿州市山里人服装有限公司。`;
    expect(pageRegion(page(':'), undefined)).toBe('大营镇');
    expect(pageRegion(page('：'), undefined)).toBe('大营镇');
  });

  it('a paper\'s reporter named by the paper without 社 (昆明日报 记者吴洁, 山东商报·速豹新闻网记者) sets no area', () => {
    const story = '近日，据云南省财政厅消息，今年云南省共争取到中央专项资金14亿元。截至9月底，全省新发放创业担保贷款3.7万笔，贷款金额65.48亿元。';
    expect(pageRegion(`昆明信息港讯(昆明日报 记者吴洁) ${story}`, undefined)).toBe('云南省');
    expect(pageRegion(`昆明日报·掌上春城记者从会上获悉，${story}`, undefined)).toBe('云南省');
    // (…but a city named in the story itself is still its area.)
    expect(pageRegion('昆明信息港讯(记者吴洁) 近日，据昆明市人社局消息，全市新发放创业担保贷款3.7万笔。', undefined)).toBe('昆明市');
  });
  it('a provincial news site (中国甘肃网1月14日讯) names the province of a story that names only the province\'s own bodies', () => {
    const lead = '中国甘肃网1月14日讯 据兰州晨报报道 (首席记者 梁峡林)1月13日,';
    expect(pageRegion(`${lead}省长在省十二届人大二次会议上所作的《政府工作报告》中说:城镇新增就业43万人。`, undefined)).toBe('甘肃省');
    expect(pageRegion(`${lead}天水市市长在市人大会议上所作的《政府工作报告》中说:天水市城镇新增就业3万人。`, undefined)).toBe('天水市');
  });
  it('a line that is only a place\'s name heads the figures below it (秦州区 ⏎ 一、实现城镇新增就业8500人)', async () => {
    const page = (heading: string) =>
      `2026年两区五县十件民生实事\n1月14日，随着麦积区两会的闭幕，天水市两区五县两会圆满收官。\n${heading}\n一、实现城镇新增就业8500人，劳务输转11.36万人以上。\n二、完成玉泉中学改扩建项目。\n${LABOUR_CONTEXT}`;
    const region = async (heading: string) => (await run(page(heading), '2026年两区五县十件民生实事')).records.find((r) => r.indicator === 'urban_new_jobs')?.region;
    expect(await region('秦州区')).toBe('秦州区');
    // (A line naming more than the place is no heading.)
    expect(await region('秦州区民生实事如下')).not.toBe('秦州区');
  });
  it('a numbered item that is only a province\'s name, written short (1、安徽), heads the figures below it on the nation\'s page', async () => {
    const page = (heading: string) =>
      `2023年4省份上调最低工资标准\n自2023年1月1日起，我国河北、贵州、安徽、青海4省份上调最低工资标准，各地最新调整如下：\n${heading}\n自2023年1月1日起，月最低工资标准三档分别为2200元、2000元、1800元。\n${LABOUR_CONTEXT}`;
    const regions = async (heading: string) => (await run(page(heading))).records.filter((r) => r.indicator === 'minimum_wage').map((r) => r.region);
    expect(await regions('2、河北')).toEqual(['河北省', '河北省', '河北省']);
    // (A short name not numbered as an item heads nothing.)
    expect((await regions('河北'))[0]).not.toBe('河北省');
  });
  it('a county-level city named once in full and often by its short name (兰溪市…兰溪聚焦…) is the page\'s; a short name a larger area shares is not counted so', () => {
    const page = (city: string, short: string) =>
      `${short}人力资源和社会保障事业蓬勃发展\n“十四五”以来，${short}聚焦人民群众最关心的利益问题，${short}社会民生事业稳步发展。新增城镇就业4.2万人。\n他来自贵州黔西南，今年7月从老家到${city}零工市场找工作，在浙江米米公司上班。`;
    expect(pageRegion(page('兰溪市', '兰溪'), undefined)).toBe('兰溪市');
    expect(pageRegion(page('阿克苏市', '阿克苏'), undefined)).not.toBe('阿克苏市');
  });
  it('a person in a list of names (副主任…、费玉林、张建林) is no place, though a city\'s short name ends the name', () => {
    const story = '昨天上午，市人大常委会举行主任会议。市人大常委会主任张林洪，副主任沈建坤、潘家春、费玉林、张建林参加会议。全市城镇新增就业岗位1.45万个，全市城镇登记失业率为1.75%，全市就业稳定。';
    expect(pageRegion(story, undefined)).toBe('全市');
    // (The city named outright, or alone in a list of places, is still the city.)
    expect(pageRegion(story.replace('全市城镇新增', '玉林市城镇新增'), undefined)).toBe('玉林市');
    expect(findPlaces('赴南宁、玉林、柳州等地').map((m) => m.place.name)).toEqual(['南宁市', '玉林市', '柳州市']);
  });
  it('a town or street office named under its county in the first sentence, then spoken of (该镇), or opening the title, is the page\'s area', () => {
    const town = '近年来，紫阳县毛坝镇把劳务输出作为促进当地经济发展的重点工作抓。\n该镇结合包组联户工作机制，积极组织党员干部进村入户。截至目前，该镇劳动力转移就业1378人。';
    expect(pageRegion(town, undefined)).toBe('毛坝镇');
    // (…unless the headline names a larger area: the story is that area's, told through one town.)
    expect(pageRegion(town, '安康紫阳劳务输出成效明显')).not.toBe('毛坝镇');
    // (A town the county's story passes through is not its area: named once, the county named more.)
    expect(pageRegion('近年来，紫阳县把劳务输出作为重点工作，紫阳县毛坝镇等地积极组织。紫阳县劳动力转移就业1.3万人。', undefined)).toBe('紫阳县');
    const office = '五角场街道办事处2016年工作总结和2017年工作安排\n一、2016年主要工作回顾\n2016年，五角场街道办事处在区委、区政府的领导下，开发公益性岗位90个。上海市杨浦区';
    expect(pageRegion(office, '五角场街道办事处2016年工作总结和2017年工作安排')).toBe('五角场街道');
    expect(pageRegion(office.replace(/五角场街道办事处在/, '我们在'), '五角场街道办事处2016年工作总结和2017年工作安排')).toBe('五角场街道');
    expect(pageRegion(office, '2016年工作总结和2017年工作安排')).not.toBe('五角场街道');
    // (A title may open on the town and the count it reports; the town's own name may hold 和.)
    const heshun = '和顺镇24个乡村服务公益性岗位上岗助力脱贫攻坚\n3月15日,为贯彻腾冲市委稳定和扩大就业的相关要求,和顺镇新增24个乡村服务公益性岗位招聘人员正式培训上岗。';
    expect(pageRegion(heshun, '和顺镇24个乡村服务公益性岗位上岗助力脱贫攻坚')).toBe('和顺镇');
    expect(pageRegion(heshun.replace('和顺镇新增', '新增'), '和县24个乡村服务公益性岗位上岗助力脱贫攻坚')).not.toBe('和顺镇');
  });

  it('a corps division with the city it governs (第二师铁门关市) is one area, named as written; the city alone is the city', () => {
    expect(findPlaces('新疆生产建设兵团第二师铁门关市2022年统计公报').map((m) => m.place.name)).toEqual(['新疆生产建设兵团', '第二师铁门关市']);
    expect(findPlaces('兵团第八师石河子市').map((m) => m.place.name)).toEqual(['新疆生产建设兵团', '第八师石河子市']);
    expect(findPlaces('铁门关市统计局').map((m) => m.place.name)).toEqual(['铁门关市']);
    // (A number of a division elsewhere is no part of a county's name: 第二师范学院.)
    expect(findPlaces('第二师范学院在巫山县').map((m) => m.place.name)).toEqual(['巫山县']);
  });
  it('a story of the nation that tells one place\'s case in a later paragraph of its own is the nation\'s', () => {
    const nation = '2024年1至11月，我国城镇新增就业1198万人，就业局势保持总体稳定。';
    const case_ = '2025年元旦，浙江温州星海街道举行了招聘活动，帮助企业员工留在温州过年。温州市就业创业管理服务中心主任表示，政府采取了一系列政策。';
    const more = '2024年，我国开展了多项促就业活动。据统计，城镇失业人员再就业475万人。';
    expect(pageRegion(`${nation}\n${case_}\n${more}`, undefined)).toBe('全国');
    // (The place named in the first paragraph too, or the nation in one paragraph only, leaves the place the page's.)
    expect(pageRegion(`${nation}温州市就业稳定。\n${case_}\n${more}`, undefined)).toBe('温州市');
    expect(pageRegion(`${nation}\n${case_}\n据统计，温州市城镇失业人员再就业4.75万人。温州就业稳定。`, undefined)).toBe('温州市');
    // (…and a story that speaks of 全省 is an area's, whatever it compares with the nation.)
    expect(pageRegion(`${nation}全省就业稳定。\n${case_}\n${more}`, undefined)).not.toBe('全国');
  });
  it('a headline naming its province and two of its cities, each with a figure of its own, is the province\'s', () => {
    const story = '从12月1日起，调整提高月最低工资标准。全省仍保持四类标准。';
    expect(pageRegion(story, '广东省12月1日起调整提高最低工资标准 广州调整为2300元/月 深圳调整为2360元/月')).toBe('广东省');
    // (One city under its province is the city's; two of another province are not the named province's parts.)
    expect(pageRegion(story, '广东省广州市12月1日起调整提高最低工资标准')).toBe('广州市');
    expect(pageRegion(story, '广东省对口帮扶 成都调整为2300元/月 重庆调整为2360元/月')).not.toBe('广东省');
  });
  it('a city\'s news site (丹东新闻网讯) names the city of a story that names only the city\'s own bodies; a county\'s bodies do not', () => {
    const story =
      '去年以来,市人社局出台22项政策,城镇新增就业1.7万人。据了解,我市累计为3521家企业发放稳岗补贴。我市失业保险工作得到省就业和人才中心认可。' +
      '承办了辽宁省选拔赛,省里对我市创业工作给予肯定。我市推荐的平台获得全省一等奖,代表辽宁参加全国大赛,创造了辽宁省参加国赛以来的最好成绩。';
    expect(pageRegion(`丹东新闻网讯 记者王俊 ${story}`, undefined)).toBe('丹东市');
    expect(pageRegion(`丹东新闻网讯 记者王俊 ${story.replaceAll('市', '县')}`, undefined)).toBe('全县');
    expect(pageRegion(`记者王俊 ${story}`, undefined)).toBe('全市');
  });
  it('a news site\'s dateline and staff line (浙江省在线10月21日(浙江省在线记者…) set no area; the province written as the story\'s subject does', () => {
    const story = '国家统计局18日公布数据。全国城市新增就业1097万人，全国城镇调查失业率为5.2%。';
    expect(pageRegion(`浙江省在线10月21日(浙江省在线记者张花卉)${story}`, undefined)).toBe('全国');
    expect(pageRegion('10月21日，浙江省城镇新增就业80万人，浙江省城镇登记失业率2.5%。', undefined)).toBe('浙江省');
  });
  it('a street address (东城区和平里中街12号) says where a building stands, not what area the page speaks for', () => {
    const page = (venue: string) =>
      `人力资源和社会保障部定于1月24日10时在人力资源社会保障部西院(${venue})主楼216会议室召开新闻发布会,介绍2013年第四季度人力资源和社会保障工作进展情况。\n2013年全年实现城镇新增就业1310万人,城镇登记失业率保持在4.1%左右。`;
    expect(pageRegion(page('东城区和平里中街12号'), undefined)).toBe('全国');
    // (The district named as the area it is, not an address, is the page's.)
    expect(pageRegion(page('东城区'), undefined)).toBe('东城区');
  });
  it('a line of a day and the site that printed the story (2020-12-11 四川在线) sets no area; a headline naming the province does', () => {
    const story = '12月10日,记者从省人社厅了解到,截至10月底,全省城镇新增就业79.25万人,城镇登记失业率3.61%。全省就业局势保持总体稳定。';
    expect(pageRegion(`2020-12-11 四川在线\n编辑:牛霄\n${story}`, undefined)).toBe('全省');
    expect(pageRegion(`2020-12-11 四川就业形势总体稳定\n编辑:牛霄\n${story}`, undefined)).toBe('四川省');
  });
  it('全区 on a district\'s page is the district, not an autonomous region', () => {
    expect(pageRegion('2022年，新华区实现城镇新增就业15057人。新华区获评先进。全区就业稳定，全区社保扩面，全区培训加强。', undefined)).toBe('新华区');
  });
  it('a notice headed by its document number (苏劳社[2007]18号) is its province\'s', () => {
    expect(pageRegion('苏劳社[2007]18号\n各相关处室、直属单位：\n现将今年目标任务分解给你们。', undefined)).toBe('江苏省');
    expect(pageRegion('根据苏劳社[2007]18号文件精神，全市……', undefined)).toBe('全市');
  });
  it('a city written before a district names the district, even one merged away since (南京白下区)', () => {
    expect(pageRegion('在南京白下区的新闻发布会上，区领导介绍说：全区就业稳定，全区社保扩面，全区培训加强。', undefined)).toBe('白下区');
    expect(pageRegion('北京市崇文区今年新增就业。全区就业稳定，全区社保扩面，全区培训加强。', undefined)).toBe('崇文区');
    // A zone or a part of town is no district.
    expect(pageRegion('南京开发区招聘会。南京市部署。南京市会议。全市就业稳定，全市社保扩面，全市培训加强。', undefined)).toBe('南京市');
  });
  it('a city that is a province speaks of itself as 本市/全市, named in passing or only by its character (留渝来渝)', () => {
    expect(pageRegion('日前，上海市人力资源和社会保障局公布了本市实事项目的完成情况。全市新增就业岗位28.85万个，全市完成培训1.16万人。', undefined)).toBe('上海市');
    expect(pageRegion('2024年全市城镇新增就业71.9万人\n记者从市人力社保局了解到，我市稳岗拓岗。全年引进人才8.4万人，“百万人才兴重庆”活动开展。', undefined)).toBe('重庆市');
    expect(pageRegion('记者从市人力社保局了解到，我市稳岗拓岗，全年促进青年留渝来渝34.5万人。全市就业稳定。', undefined)).toBe('重庆市');
    expect(pageRegion('记者从市人力社保局了解到，我市稳岗拓岗，全年促进青年就业34.5万人。全市就业稳定。', undefined)).toBe('全市');
  });
  it('a place the page carries out the decisions of (贵阳市系列决策部署) or is measured against (仅次于武汉) is not its area', () => {
    expect(pageRegion('在市委、市政府的坚强领导下，认真贯彻落实中央、省和贵阳市系列决策部署，全市经济回升向好。全市城镇新增就业10672人。', undefined)).toBe('全市');
    expect(pageRegion('我市2022年就业工作贡献值仅次于武汉，居全省地市州第一。全市就业稳定，全市社保扩面，全市培训加强。', undefined)).toBe('全市');
  });
  it('a figure the page says is its province\'s (我省今年将继续开发…) is the province\'s, as the page writes it; a ranking is not', async () => {
    const text = `今年镇江市将新增城镇就业6.5万人。\n${LABOUR_CONTEXT}\n我省今年将继续开发5000个公益性岗位，分配给镇江的目标为440个。\n全市列全省第五的指标：城镇新增就业6.5万人。`;
    const r = (await run(text)).records.filter((x) => x.indicator !== 'other');
    expect(r.map((x) => [x.value, x.region])).toEqual([[65000, '镇江市'], [5000, '全省'], [65000, '镇江市']]);
  });
  it('a breadcrumb naming the site (您当前的位置 : 中国宁波网 > …) is no headline: the page is the nation\'s', async () => {
    const text = `您当前的位置 : 中国宁波网  >  新闻中心  >  特别推荐\n截至三季度我国城镇登记失业率为4.0%\n${LABOUR_CONTEXT}\n1—10月，全国累计实现城镇新增就业人员1020万人。截至三季度末，城镇登记失业率为4.0%。`;
    const r = (await run(text)).records.filter((x) => x.indicator !== 'other');
    expect(new Set(r.map((x) => x.region))).toEqual(new Set(['全国']));
  });
  it('a task the nation set the province (国家下达的110万人的任务) is the province\'s; the nation\'s own ceiling is the nation\'s', async () => {
    const text = `广东省2024年政府工作报告\n${LABOUR_CONTEXT}\n2023年，广东城镇新增就业131万人，超额完成国家下达的110万人的任务；城镇登记失业率为2.5%，低于国家4.6%的控制目标。`;
    const r = (await run(text)).records.filter((x) => x.indicator !== 'other');
    expect(r.map((x) => [x.value, x.kind, x.region])).toEqual([
      [1310000, 'actual', '广东省'], [1100000, 'target', '广东省'], [2.5, 'actual', '广东省'], [4.6, 'target', '全国'],
    ]);
  });
  it('a title names its most specific area (汉中市城固县…), but never a venue (…人大会议在成都开幕)', () => {
    expect(pageRegion('……', '汉中市城固县2006年国民经济和社会发展统计公报')).toBe('城固县');
    expect(pageRegion('……', '四川省第十一届人大第二次会议1月15日上午在成都开幕')).toBe('四川省');
    // (…the hall it sits in between: the nation's congress in 北京人民大会堂.)
    expect(pageRegion('李强总理向十四届全国人大三次会议作政府工作报告。城镇新增就业1200万人以上。', '3月5日,十四届全国人大三次会议开幕会在北京人民大会堂举行。')).toBe('全国');
    expect(pageRegion('市长作政府工作报告。城镇新增就业5万人。', '北京市人民政府工作报告')).toBe('北京市');
  });
  it('the body a lead says acts names the page\'s area, even by a short name (石狮人民政府办公室下达…); a body whose document it carries out does not', () => {
    const text = '日前，石狮人民政府办公室下达《2017年促进就业工作目标责任制任务通知》。《通知》要求，各镇要认真贯彻落实《泉州市人民政府关于进一步做好就业创业工作的实施意见》。';
    expect(pageRegion(text, undefined)).toBe('石狮市');
    expect(pageRegion(text.replace('石狮人民政府办公室下达', '记者获悉，近日下达'), undefined)).toBeNull();
  });
  it('a menu of places (热门省份: 北京 浙江 上海 山东) names no area of the page, in its title or its text', () => {
    const text = '2009年，全市城镇新增就业28.1万人，全市就业稳定，全市社保扩面。';
    const menu = '咨询律师 找律师 热门省份: 北京 浙江 上海 山东 广东';
    expect(pageRegion(text, menu)).toBe('全市');
    expect(pageRegion(`${menu}\n${text}`, undefined)).toBe('全市');
    expect(pageRegion(text, '北京 就业 新闻')).toBe('北京市');
  });
  it('全市 on a page naming its city and, in passing, a city that is a province (天津中医药大学) is the city of its level', () => {
    const text = '我市聚焦民生。全市城镇新增就业3.02万人，全市培训加强。' + '民生实事加快推进。'.repeat(25) + '将结束三门峡无独立本科院校的历史，市中医院与天津中医药大学合作。';
    expect(pageRegion(text, undefined)).toBe('三门峡市');
    expect(pageRegion(text.replace('三门峡', '本地'), undefined)).toBe('天津市');
  });
  it('news of 政府工作报告 naming no area is of the State Council\'s', () => {
    expect(pageRegion('政府工作报告提出，就业优先政策要全面发力。今年城镇新增就业1100万人以上。', undefined)).toBe('全国');
    expect(pageRegion('政府工作报告明确提出今年的主要预期目标，极大增强了全国人民的信心。', undefined)).toBe('全国');
  });
  it('an autonomous prefecture as pages write it (楚雄州, or 楚雄 beside 全州) is named officially; a two-character county stands after a particle', () => {
    expect(pageRegion('出台鼓励高校毕业生到楚雄就业创业10条措施。全州就业稳定，全州社保扩面，全州培训加强。', undefined)).toBe('楚雄彝族自治州');
    expect(pageRegion('果洛州人社局：全州城镇新增就业1077人，全州就业稳定，全州社保扩面。', undefined)).toBe('果洛藏族自治州');
    expect(pageRegion('过去的五年，是淇县发展史上极不寻常的五年，更是淇县实现大发展的五年。', undefined)).toBe('淇县');
    expect(pageRegion('加强信息县区共享，推进数据互通。', undefined)).toBeNull();
  });
});

describe('dates that are not the page\'s', () => {
  it('a template whose years are masked (一、20*年政府工作回顾) names no year, whatever date the site posted it under', async () => {
    const periods = async (year: string) =>
      (await run(`工作报告\n时间:2022-02-07 08:58:00\n各位代表：\n一、${year}年政府工作回顾\n过去的一年，全市经济社会发展取得新的进步。城镇登记失业率为2.4%。`)).records
        .filter((x) => x.indicator !== 'other')
        .map((x) => x.period);
    expect(await periods('20*')).toEqual([null]);
    expect(await periods('20xx')).toEqual([null]);
    // (A year written out is the page's.)
    expect(await periods('2021')).toEqual(['2021']);
  });

  it('a part of the year a headline forecasts (四季度乃至明年…将保持) is not the part its news reports', async () => {
    const page = (title: string) =>
      `${title}\n2015年10月27日 11:28 | 来源：中国新闻网\n中新网10月27日电 人社部新闻发言人今日表示，当前就业形势总体平稳：\n一是城镇新增就业已经完成全年目标任务，失业率仍然保持较低水平。1—9月全国城镇新增就业人员1066万人，已经超额完成了全年1000万人的目标任务。登记失业率4.05%，也低于4.5%的全年调控目标。`;
    const rate = async (title: string) => (await run(page(title), title)).records.find((r) => r.indicator === 'registered_unemployment_rate' && r.value === 4.05);
    const forecast = await rate('人社部：四季度乃至明年就业形势将保持整体稳定');
    expect([forecast?.kind, forecast?.period]).toEqual(['actual', '2015-09']);
    // (A headline reporting the quarter dates the page by it.)
    expect((await rate('人社部：四季度就业形势整体稳定'))?.period).toBe('2015-12');
  });

  it('a quarter its sentence gives no year for is of the year gone by its paragraph named, not of the page\'s', async () => {
    const page = (opening: string) =>
      `就业形势总体稳定\n2026-01-20 06:18:33\n${opening}全国城镇调查失业率平均值为5.2%。分季度看，一季度受春节假期因素影响，失业率回落至5.2%。二季度劳动力市场活跃度继续提升，失业率降至5.0%。`;
    const periods = async (opening: string) => (await run(page(opening))).records.filter((r) => r.indicator === 'surveyed_unemployment_rate').map((r) => r.period);
    expect(await periods('2025年，')).toEqual(['2025', '2025Q1', '2025Q2']);
    // (A paragraph that names no year leaves the quarters the page's.)
    expect(await periods('今年以来，')).toEqual(['2026', '2026Q1', '2026Q2']);
  });

  it('a year in the title of a document the text cites (落实《2025年就业工作要点》) dates nothing after it', async () => {
    const page = (cited: string) =>
      `上半年全市就业情况\n数据显示，上半年，全市城镇新增就业4.81万人，完成全年任务的64.16%。\n资金支持上，1至6月，全市发放创业担保贷款2.42亿元。\n针对重点群体，${cited}，农村劳动力新增转移就业3.03万人，零就业家庭实现动态清零。`;
    const period = async (cited: string) => (await run(page(cited))).records.find((r) => r.indicator === 'rural_labor_transfer')?.period;
    expect(await period('落实《2025年就业工作要点》')).toBe('2025H1');
    // (The year said outright dates it.)
    expect(await period('2025年全年')).toBe('2025');
  });

  it('a year a level is a multiple of (是1978年的1.7倍) dates nothing after it', async () => {
    const page = (ratio: string) => `数览河北75年巨变\n近日，河北省统计局发布系列报告。\n就业规模持续扩大。2023年，全省就业人员3623万人，${ratio}，年均增长1.2%；城镇新增就业89.9万人，完成全年计划目标的104.5%。`;
    const periods = async (ratio: string) => (await run(page(ratio))).records.filter((r) => r.indicator === 'urban_new_jobs').map((r) => r.period);
    expect(await periods('是1978年的1.7倍')).toEqual(['2023', '2023']);
  });

  it('the year a run began, many words before its 以来 (从2019年中央部署实施城市更新以来), is not the page\'s year', () => {
    const text = '今年政府工作报告明确城镇新增就业1200万人以上的预期目标。\n倪虹介绍，从2019年中央部署实施城市更新以来，全国已累计开工改造城镇老旧小区近28万个。';
    expect(documentYear(text, undefined)).toBeNull();
    expect(documentYear(text.replace('从2019年中央部署实施城市更新以来', '2019年中央部署实施城市更新'), undefined)).toBe(2019);
  });

  it('a paragraph opening on 去年 dates the results of its later sentences that name no time; a 去年 deep in a paragraph does not', async () => {
    const text = `中国网3月5日讯 国务院新闻办公室5日举行吹风会。\n${LABOUR_CONTEXT}\n谈到就业问题，向东表示，去年受疫情灾情交织等影响，企业困难较多。我们多渠道促进就业创业。经过共同努力，全国城镇新增就业达到1269万人。`;
    const r = (await extractor()).extract(text, { date: '2022-03-05' });
    expect(r.records.filter((x) => x.indicator === 'urban_new_jobs').map((x) => x.period)).toEqual(['2021']);
    const deep = text.replace('向东表示，去年受疫情灾情交织等影响', '向东表示，2020年到2022年，企业比去年受疫情影响更大');
    const d = (await extractor()).extract(deep, { date: '2022-03-05' });
    expect(d.records.filter((x) => x.indicator === 'urban_new_jobs').map((x) => x.period)).toEqual(['2022']);
  });

  it('a report whose first part reviews a year (一、2025年工作回顾) is of the year after, whatever session the page names', async () => {
    const text = `《新华社》3月13日发布总理代表国务院在十四届全国人大三次会议上所作的《政府工作报告》全文。报告共分四个部分：一、2025年工作回顾；二、“十五五”时期主要目标和重大任务；四、2026年政府工作任务。\n报告指出，今年发展主要预期目标是：城镇调查失业率5.5%左右，城镇新增就业1200万人以上。\n${LABOUR_CONTEXT}`;
    expect((await run(text)).records.filter((x) => x.indicator !== 'other').map((x) => [x.value, x.kind, x.period])).toEqual([[5.5, 'target', '2026'], [12000000, 'target', '2026']]);
  });

  it('a page stored earlier in its year than the story\'s own dateline (2017年01月13日 over 本报北京10月25日电) reposts a story of the year before', async () => {
    const text = `全年新增1000万人就业目标提前实现\n2017年01月13日 10:25:39 来源:人民日报\n本报北京10月25日电 今年1—9月，全国城镇新增就业1067万人，提前完成全年1000万人的目标任务。\n${LABOUR_CONTEXT}`;
    expect((await run(text)).records.filter((x) => x.value === 10670000).map((x) => x.period)).toEqual(['2016Q1-Q3']);
    // (Stored half a year on, it may be any year's: 据新华社西安10月30日电 under 时间:2024/05/24 gives no year — above.)
    const sameYear = text.replace('2017年01月13日', '2017年11月13日');
    expect((await run(sameYear)).records.filter((x) => x.value === 10670000).map((x) => x.period)).toEqual(['2017Q1-Q3']);
  });

  it('a date long after the party congress a page carries out (贯彻落实十七大报告提出的…) is an upload\'s, not the page\'s; 十八大以来 guides nothing', async () => {
    const body = `${LABOUR_CONTEXT}\n一季度，全省城镇新增就业12.6万人，完成年度目标任务的31%。`;
    const old = `省一季度劳动保障工作进展情况\n时间:2022-04-30 07:37:00\n今年以来，全省劳动保障部门以贯彻落实十七大报告提出的民生“五有”要求为主线，切实做好各项工作。\n${body}`;
    expect((await run(old)).records.filter((x) => x.indicator === 'urban_new_jobs').map((x) => x.period)).toEqual([null, null]);
    const since = old.replace('以贯彻落实十七大报告提出的民生“五有”要求为主线', '坚持党的十八大以来的好经验');
    expect((await run(since)).records.filter((x) => x.indicator === 'urban_new_jobs').map((x) => x.period)).toEqual(['2022Q1', '2022Q1']);
  });

  it('a page that writes no year but its one class of graduates (2023届高校毕业生) is of that class\'s year', async () => {
    const text = `新华财经长春12月7日电 记者从吉林省人社厅获悉，截至11月末，吉林省城镇新增就业24.64万人。\n2023届高校毕业生留吉就业创业目前已达13.26万人。\n${LABOUR_CONTEXT}`;
    expect((await run(text)).records.filter((x) => x.indicator === 'urban_new_jobs').map((x) => x.period)).toEqual(['2023-11']);
    const none = text.replace('2023届高校毕业生留吉', '高校毕业生留吉');
    expect((await run(none)).records.filter((x) => x.indicator === 'urban_new_jobs').map((x) => x.period)).toEqual([null]);
  });

  it('a page dated long after the plan it looks ahead to (2024-01-26 over 预计未来五年…“十一五”期间…将) was written before it', async () => {
    const text = `2024-01-26\n${LABOUR_CONTEXT}\n预计未来五年，我市就业再就业工作仍将面临一些新的矛盾和问题。“十一五”期间，全市城镇每年将新增劳动力10万人以上。\n目标表示，“十一五”期间平均每年城镇增加就业10万人以上，城镇登记失业率控制在4%以内。`;
    expect((await run(text)).records.filter((x) => x.indicator !== 'other').map((x) => [x.value, x.kind, x.period])).toEqual([[100000, 'target', '2006-2010'], [4, 'target', '2006-2010']]);
  });

  it('a page stored long after the latest plan it speaks of ahead (2017-05-16 over …预计十二五期间，我省将会…) was written before it', () => {
    const story = '“2010年我省将继续提高企业退休人员基本养老保险待遇。”在1月13日召开的新闻发布会上，省人社厅介绍。今年湖南省计划新增城镇就业60万人。“预计十二五期间，我省将会实现新农保的全覆盖。”2010年，是我省实施“十一五”规划的最后一年。';
    expect(documentYear(`2017-05-16 08:00:01 无忧保\n${story}`, '湖南:城镇医保参保数破千万 启动14个新农保县')).toBe(2010);
    // (…the plan it names last already behind it — 十二五期间…实现了 — is no such page.)
    expect(documentYear(`2017-05-16 08:00:01 无忧保\n${story.replace('预计十二五期间，我省将会实现', '十二五期间，我省实现了').replace('“十一五”', '“十三五”')}`, '湖南:城镇医保参保数破千万')).toBe(2017);
  });

  it('a page of no year that tells a plan\'s span and looks back on five years reviews that plan', async () => {
    const text = `天山网讯 近日，笔者从昌吉市人社部门获悉，“十二五”期间，昌吉市深入实施就业优先战略，实现城镇新增就业5.1万人，登记失业率始终控制在3.5%以内。五年来，为4085人发放小额担保贷款1.8亿元。\n${LABOUR_CONTEXT}`;
    expect((await run(text)).records.filter((x) => x.indicator !== 'other').map((x) => [x.value, x.kind, x.period])).toEqual([[51000, 'actual', '2011-2015'], [3.5, 'actual', '2011-2015'], [180000000, 'actual', '2011-2015']]);
  });

  it('a year that picks one out of a span\'s figures (其中2024年…) dates its own clause, not the figures after it', async () => {
    const text = `昌都市“十四五”就业创业工作答卷\n${LABOUR_CONTEXT}\n“十四五”时期，昌都市就业基本盘持续稳固。高校毕业生区外就业率年均保持12%以上，其中2024年高校毕业生区外就业率高达19.33%，远超既定目标；农牧民转移就业累计达71.25万人次，实现增收103.61亿元；城镇新增就业37241人。`;
    const r = (await extractor()).extract(text, { date: '2026-01-27' });
    expect(r.records.filter((x) => x.indicator !== 'other').map((x) => [x.value, x.period])).toEqual([[712500, '2021-2025'], [37241, '2021-2025']]);
  });

  it('the level a rate is compared with (与2012年度…4.01%相比) is of the year it names; a change on a year (比2012年下降) is not', async () => {
    const text = `2013年上半年全市就业工作情况\n${LABOUR_CONTEXT}\n城镇登记失业率继续保持低位。上半年，我市城镇登记失业率为3.78%，与2012年度全市城镇登记失业率4.01%相比，下降0.23个百分点。`;
    expect((await run(text)).records.filter((x) => x.indicator !== 'other').map((x) => [x.value, x.period])).toEqual([[3.78, '2013H1'], [4.01, '2012']]);
  });

  it('news of a year\'s statistical bulletin, stored two years on, files 年末 and 全年 under the bulletin\'s year', async () => {
    const text = `4.9% 人社部首次公布调查失业率\n齐鲁人才网 . 2020-06-13发布\n\n6月10日,人力社保部发布2018年度人力资源和社会保障事业发展统计公报。公报显示,年末全国城镇调查失业率为4.9%。\n年末城镇登记失业率为3.80%。比上年末下降0.1个百分点。\n${LABOUR_CONTEXT}`;
    const r = (await extractor()).extract(text, { date: '2020-06-13' });
    expect(r.records.filter((x) => x.indicator !== 'other').map((x) => [x.value, x.period])).toEqual([[4.9, '2018'], [4.9, '2018'], [3.8, '2018']]);
  });

  it('a notice signed in Chinese numerals is of its signing year, and its staged targets are goals', async () => {
    const text = `关于促进农村劳动力转移就业实施方案的通知\n${LABOUR_CONTEXT}\n现将方案印发给你们。 二○○六年五月十二日\n（二）阶段性目标\n第一步，2006—2007年，全市每年新增农村劳动力转移就业8万人。\n第二步，2010年，全市新增转移就业14万人。`;
    expect(documentYear(text, undefined)).toBe(2006);
    expect(documentYear('通知\n二〇二三年三月十日', undefined)).toBe(2023);
    // …and one numbered 黔府发〔2023〕12号 of the year its number carries.
    expect(documentYear('省人民政府关于促进高质量充分就业的意见\n黔府发〔2023〕12号\n到2025年，全省平均每年实现城镇新增就业60万人', undefined)).toBe(2023);
    expect(documentYear('关于印发方案的通知\n人社部发[2019]5号\n', undefined)).toBe(2019);
    const r = (await run(text)).records.filter((x) => x.indicator !== 'other');
    expect(r.map((x) => [x.value, x.kind])).toEqual([[80000, 'target'], [140000, 'target']]);
  });

  it('the mainland as Taiwan\'s and Hong Kong\'s press name it (中国大陆, 大陆) opens a national figure on a city\'s page', async () => {
    const text = `北京市2024年政府工作报告\n${LABOUR_CONTEXT}\n北京市长发表工作报告指出，2023年全市城镇调查失业率4.4%。国家统计局此前公布，中国大陆去年全年城镇调查失业率平均值为5.2%。`;
    const r = (await run(text)).records.filter((x) => x.indicator !== 'other');
    expect(r.map((x) => [x.value, x.region])).toEqual([[4.4, '北京市'], [5.2, '全国']]);
  });

  it('a deadline in the title (…2020年前全覆盖) is no year of the page: its dateline\'s is', () => {
    expect(documentYear('2009-09-21 13:09\n中国日报网消息:今年山东省开展的新型农村养老保险试点工作进展顺利。', '山东300万农民加入新农保 2020年前全覆盖')).toBe(2009);
    expect(documentYear('2009-09-21 13:09\n中国日报网消息:山东省开展的新型农村养老保险试点工作进展顺利。', '山东2020年新农保全覆盖')).toBe(2020);
  });

  it('a repost date earlier in the year than the story\'s own 电 dateline gives no year', () => {
    const text = '中国新增就业人员1423万人\n来源:百度文库 时间:2024/05/24 05:07:12\n据新华社西安10月30日电，1─9月，中国共实现城镇新增就业人员932万人。';
    expect(documentYear(text, undefined)).toBeNull();
    expect(documentYear('时间:2024/11/02\n据新华社北京10月30日电，……', undefined)).toBe(2024);
    expect(documentYear('发布时间:2024-12-01 05:32:52\n人民网北京10月26日电 今天上午，人社部召开2023年三季度新闻发布会。', undefined, '2024-12-01')).toBe(2023);
    // Stored the day after its dateline: the page's own date, whatever past year the story reports on.
    expect(documentYear('发布时间:2021-01-27\n人民网北京1月26日电 “2020年城镇新增就业1186万人。”', undefined)).toBe(2021);
  });
  it('a story of January or February that speaks of 去年 and reports its one named year speaks from the year after it', () => {
    const story = (month: number) =>
      `新华社昆明${month}月27日电 在云南省昭通市镇雄县，脱贫群众通过人社部门的帮助实现就业。\n去年全省累计培训脱贫劳动力32.76万人次。\n2021年，全省转移到省外就业的农村劳动力达386.4万人，同比增加39.62万人。`;
    expect(documentYear(story(2), undefined)).toBe(2022);
    // (In May, 去年 and the year named are not thereby the same year.)
    expect(documentYear(story(5), undefined)).toBe(2021);
  });

  it('a part of the year reported within it (召开2023年三季度新闻发布会) dates the story, a week from its repost or not', () => {
    expect(documentYear('发布时间:2024-11-02 06:53:35\n人民网北京10月26日电 今天上午，人社部召开2023年三季度新闻发布会。', undefined)).toBe(2023);
    // 2023年全年 is reported in the January after: the dateline's date decides.
    expect(documentYear('发布时间:2024-01-27\n人民网北京1月26日电 人社部召开2023年全年新闻发布会。', undefined)).toBe(2024);
  });
  it('a year\'s work plan the story calls this year\'s (发布了“2013年工作要点”，称今年…) dates it, not a later repost date', () => {
    const text = '今年新增就业900万人\n职场江湖 2019-08-04 00:08:48\n人社部昨天发布了人社部“2013年工作要点”,称今年我国要努力完成城镇新增就业900万人以上的目标任务。';
    expect(documentYear(text, undefined)).toBe(2013);
    expect(documentYear('2019-08-04 00:08:48\n回顾2013年工作要点的落实，去年…', undefined)).toBe(2019);
  });
  it('an undated page speaking at a session of the national congress is of that session\'s year', () => {
    expect(documentYear('来源:新华社\n新华社受权全文播发国务院总理在十四届全国人大一次会议上所作的《政府工作报告》。', undefined)).toBe(2023);
    expect(documentYear('——2007年3月5日在第十届全国人民代表大会第五次会议上', undefined)).toBe(2007);
    expect(documentYear('全国人大代表建议，各地加大就业帮扶力度。', undefined)).toBeNull();
  });
  it('an undated plan for a span of years (2021-2023年城镇新增就业105万人) speaks from the span\'s first year', async () => {
    const text = '青岛启动实施人社事业三年行动计划\n“三年行动计划”提出，2021-2023年城镇新增就业105万人，城镇登记失业率控制在4%以内。';
    expect(documentYear(text, undefined)).toBe(2021);
    const r = (await run(`${LABOUR_CONTEXT}\n${text}`)).records.filter((x) => x.indicator !== 'other');
    expect(r.map((x) => [x.value, x.kind, x.period])).toEqual([[1050000, 'target', '2021-2023'], [4, 'target', '2021-2023']]);
  });
  it('the old ministry speaking (劳动和社会保障部日前发布) on a page dated after 2008 is an old story: no year', () => {
    expect(documentYear('前三季度城镇新增就业920万人\n\n2023年10月08日\n\n本报综合消息 劳动和社会保障部日前发布的数据显示，今年1至9月…', undefined)).toBeNull();
    expect(documentYear('2023年10月08日\n各级劳动保障部门加强监察，今年1至9月…', undefined)).toBe(2023);
    expect(documentYear('2007年10月08日\n劳动和社会保障部日前发布的数据显示…', undefined)).toBe(2007);
  });
  it('a page date months before the month its figures run to (到10月底，…) gives no year; a plan to 10月底前 keeps it', () => {
    expect(documentYear('日期:2011-06-12 09:39:01\n督查组近期进行了分析。到10月底，全市城镇新增就业人数8.05万人。', undefined)).toBeNull();
    expect(documentYear('日期:2011-06-12 09:39:01\n力争到10月底前完成全年任务。', undefined)).toBe(2011);
  });
  it('a level that rose to a date (增加到2022年6月的…) is dated there, and is no horizon', async () => {
    const text = `${LABOUR_CONTEXT}\n2022年8月25日，人社部介绍，十年来，基本养老、失业、工伤三项社会保险参保人数分别从2012年的7.9亿人、1.5亿人、1.9亿人，增加到2022年6月的10.4亿人、2.3亿人、2.9亿人。`;
    const records = (await run(text)).records.filter((r) => r.indicator !== 'other');
    expect(records.map((r) => [r.indicator, r.value, r.kind, r.period])).toEqual([
      ['pension_insured', 790000000, 'actual', '2012'],
      ['unemployment_insurance_insured', 150000000, 'actual', '2012'],
      ['work_injury_insurance_insured', 190000000, 'actual', '2012'],
      ['pension_insured', 1040000000, 'actual', '2022-06'],
      ['unemployment_insurance_insured', 230000000, 'actual', '2022-06'],
      ['work_injury_insurance_insured', 290000000, 'actual', '2022-06'],
    ]);
  });
  it('the plan a total over years beat is the years\' plan; a level held over years beats a year\'s plan', async () => {
    const text = `date 2025-09-26\n国务院新闻办9月26日举行新闻发布会，介绍“十四五”时期就业和社会保障工作高质量发展成就。\n${LABOUR_CONTEXT}\n发布会上披露的一组数据，显示了“十四五”时期上述领域的成果。截至8月底，城镇新增就业累计达到5921万人，超额完成5500万人的目标任务。`;
    const r = (await run(text)).records.filter((x) => x.indicator !== 'other');
    expect(r.map((x) => [x.value, x.kind, x.period])).toEqual([[59210000, 'actual', '2021-2025'], [55000000, 'target', '2021-2025']]);
    const held = `新华社北京1月28日电 国家统计局发布数据。\n${LABOUR_CONTEXT}\n2019年，我国城镇新增就业1352万人，连续7年保持在1300万人以上，明显高于1100万人以上的预期目标。`;
    const h = (await run(held)).records.filter((x) => x.indicator !== 'other');
    expect(h.map((x) => [x.value, x.period])).toEqual([[13520000, '2019'], [13000000, '2013-2019'], [11000000, '2019']]);
  });

  it('a year named as done, then counted to 去年\'s end, is told from the year after; a lead sentence is no headline', async () => {
    const text = `本网讯 (记者)2012年，镇安县五大社会保险参保人数均已超额完成全年目标任务，基金征缴总额达到2760.74万元。\n${LABOUR_CONTEXT}\n截至去年12月底，该县参加失业保险304个单位7920人。`;
    const r = (await run(text)).records.filter((x) => x.indicator !== 'other');
    expect(r.map((x) => [x.value, x.period])).toEqual([[7920, '2012']]);
  });

  it('a date written day first at the top (01.06.2017 19:40) is the page\'s', async () => {
    const text = `省就业和农民工工作领导小组会议召开\n01.06.2017 19:40\n${LABOUR_CONTEXT}\n2016年，全省新增城镇就业77.36万人。今年，我省计划实现城镇新增就业70万人。`;
    const r = (await run(text)).records.filter((x) => x.indicator !== 'other');
    expect(r.map((x) => [x.value, x.kind, x.period])).toEqual([[773600, 'actual', '2016'], [700000, 'target', '2017']]);
  });

  it('…and so is one written with slashes (29/12/2022), as Hong Kong sites do', async () => {
    const text = `首11月內地新增就業1,145萬人\n29/12/2022\n${LABOUR_CONTEXT}\n人社部發布數據顯示，前11月，全國城鎮新增就業達到1145萬人，完成1,100萬人的全年目標任務。`;
    const r = (await run(text)).records.filter((x) => x.indicator !== 'other');
    expect(r.map((x) => [x.value, x.kind, x.period])).toEqual([[11450000, 'actual', '2022-11'], [11000000, 'target', '2022']]);
  });

  it('a price base (2010年不变价) dates nothing in its section', async () => {
    const text = `辽阳市2018年国民经济和社会发展统计公报\n${LABOUR_CONTEXT}\n十三、人民生活和社会保障\n按照每人每年2300元(2010年不变价)的农村贫困标准计算，年末农村贫困人口1650人。\n年末城镇职工基本养老保险参保人数67.4万人，比上年末增长1.9%。`;
    const r = (await run(text)).records.filter((x) => x.indicator !== 'other');
    expect(r.map((x) => [x.value, x.period])).toEqual([[674000, '2018']]);
  });

  it('a 分别 series over months takes the rate its sentence names without a figure of its own', async () => {
    const text = `${LABOUR_CONTEXT}\n2022年四季度，城镇调查失业率逐月回落，10月、11月、12月分别为5.9%、5.7%、5.6%。`;
    const records = (await run(text)).records;
    expect(records.map((r) => [r.indicator, r.value, r.period])).toEqual([
      ['surveyed_unemployment_rate', 5.9, '2022-10'],
      ['surveyed_unemployment_rate', 5.7, '2022-11'],
      ['surveyed_unemployment_rate', 5.6, '2022-12'],
    ]);
  });
  it('a 分别 series whose items are months and whose measure follows the last month is the rate over those months', async () => {
    const text = `${LABOUR_CONTEXT}\n2024年，全市1月、2月、3月城镇调查失业率分别为5.2%、5.3%和5.0%。`;
    const records = (await run(text)).records;
    expect(records.map((r) => [r.indicator, r.value, r.period])).toEqual([
      ['surveyed_unemployment_rate', 5.2, '2024-01'],
      ['surveyed_unemployment_rate', 5.3, '2024-02'],
      ['surveyed_unemployment_rate', 5, '2024-03'],
    ]);
    // Twin: items that are groups, not months, are measures the list does not name in full — not the area's rate.
    const twin = (await run(`${LABOUR_CONTEXT}\n2024年，全市男性、女性、青年城镇调查失业率分别为5.2%、5.3%和5.0%。`)).records;
    expect(twin.slice(0, 2).map((r) => r.indicator)).toEqual(['other', 'other']);
  });
  it('a 分别 series over quarters, halves, month spans or years is one measure, each figure its time\'s', async () => {
    const rows = async (line: string) =>
      (await run(`${LABOUR_CONTEXT}\n${line}`)).records.filter((r) => r.indicator !== 'other').map((r) => [r.indicator, r.value, r.period]);
    expect(await rows('2024年一季度、二季度全市城镇调查失业率分别为5.5%和5.2%。')).toEqual([
      ['surveyed_unemployment_rate', 5.5, '2024Q1'],
      ['surveyed_unemployment_rate', 5.2, '2024Q2'],
    ]);
    expect(await rows('2024年上半年和前三季度全市城镇新增就业分别为3.1万人、4.5万人。')).toEqual([
      ['urban_new_jobs', 31000, '2024H1'],
      ['urban_new_jobs', 45000, '2024Q1-Q3'],
    ]);
    expect(await rows('2024年全市1-3月、1-6月城镇新增就业分别为1.1万人、2.3万人。')).toEqual([
      ['urban_new_jobs', 11000, '2024Q1'],
      ['urban_new_jobs', 23000, '2024H1'],
    ]);
    // The years after the measure just stated: the same measure in those years.
    expect(await rows('2024年全市城镇新增就业3.2万人，2022年和2023年分别为2.9万人和3.0万人。')).toEqual([
      ['urban_new_jobs', 32000, '2024'],
      ['urban_new_jobs', 29000, '2022'],
      ['urban_new_jobs', 30000, '2023'],
    ]);
    // The measure named after the list wins over the one stated before it.
    expect(await rows('2024年全市失业人员再就业1.1万人，一季度、二季度城镇新增就业分别为1.5万人和1.7万人。')).toEqual([
      ['unemployed_reemployment', 11000, '2024'],
      ['urban_new_jobs', 15000, '2024Q1'],
      ['urban_new_jobs', 17000, '2024Q2'],
    ]);
    // Twin: a list of towns, not of times, after a measure stated is no series of that measure.
    expect(await rows('2024年全市城镇新增就业3.2万人，东关镇和西关镇分别为2.9万人和3.0万人。')).not.toContainEqual(['urban_new_jobs', 29000, '2024']);
  });
  it('a month and a rate continue the rate before them, and a 分别 series over months goes on with it', async () => {
    const text = `${LABOUR_CONTEXT}\n2022年一季度全国城镇调查失业率均值为5.5%，处于较低水平。4月份为6.1%，受疫情影响走高，5、6月份连续回落，分别为5.9%、5.5%。`;
    const records = (await run(text)).records;
    expect(records.map((r) => [r.indicator, r.value, r.period])).toEqual([
      ['surveyed_unemployment_rate', 5.5, '2022Q1'],
      ['surveyed_unemployment_rate', 6.1, '2022-04'],
      ['surveyed_unemployment_rate', 5.9, '2022-05'],
      ['surveyed_unemployment_rate', 5.5, '2022-06'],
    ]);
    const among = (await run(`${LABOUR_CONTEXT}\n2021年三季度全国城镇调查失业率月均值为5.0%，比2019年同期下降0.2个百分点。其中，9月份为4.9%。`)).records;
    expect(among.filter((r) => r.indicator !== 'other').map((r) => [r.value, r.period])).toEqual([[5, '2021Q3'], [4.9, '2021-09']]);
    // No rate before: a month and a share of something else is not read as one.
    expect((await run(`${LABOUR_CONTEXT}\n全市GDP增长5.5%。4月份为6.1%。`)).records.filter((r) => r.indicator !== 'other')).toEqual([]);
  });

  it('a province\'s short name opening a clause right before its year (；广东2020年…) is that clause\'s area; elsewhere it is too weak', async () => {
    const regions = async (text: string) => (await run(`发布时间:2021-02-21 22:59:25\n${LABOUR_CONTEXT}\n${text}`)).records.filter((r) => r.indicator !== 'other').map((r) => r.region);
    expect(await regions('比如江苏2020年新增城镇就业132.8万人；广东2020年全省城镇新增就业134万人。')).toEqual(['江苏省', '广东省']);
    expect((await regions('比如江苏2020年新增城镇就业132.8万人；祖籍广东的他2020年帮助城镇新增就业134万人。'))[1]).not.toBe('广东省');
  });

  it('a province\'s short name opening its sentence before the time of its figures (广东前三季度…) is that sentence\'s area', async () => {
    const regions = async (text: string) => (await run(`新华社北京10月27日电 前三季度，全国城镇新增就业1022万人。\n${LABOUR_CONTEXT}\n${text}`)).records.filter((r) => r.indicator !== 'other').map((r) => r.region);
    expect((await regions('广东前三季度城镇新增就业105万人。')).pop()).toBe('广东省');
    expect((await regions('广东2023年城镇新增就业105万人。')).pop()).toBe('广东省');
    // (A short name that is only a word's start, 广东籍, names no area.)
    expect((await regions('广东籍务工人员前三季度城镇新增就业105万人。')).pop()).not.toBe('广东省');
  });

  it('a year gone by in a clause set apart by ； from a plan word reports what was done; after a comma the plan goes on', async () => {
    const kinds = async (text: string) => (await run(`发布时间:2021-02-21 22:59:25\n${LABOUR_CONTEXT}\n${text}`)).records.filter((r) => r.indicator !== 'other').map((r) => [r.value, r.kind]);
    expect(await kinds('江苏2021年的目标是城镇新增就业120万人；广东2020年全省城镇新增就业134万人。')).toEqual([[1200000, 'target'], [1340000, 'actual']]);
    expect(await kinds('报告提出，2019年城镇新增就业1100万人以上。')).toEqual([[11000000, 'target']]);
  });

  it('a quarter alone and a rate (四季度为3.9%) continue the rate before them, as a month does', async () => {
    expect(await coreRows('2017年全国城镇登记失业率连续四个季度保持在4%以内，四季度为3.9%。')).toEqual([['registered_unemployment_rate', 4], ['registered_unemployment_rate', 3.9]]);
    // (A quarter and a share of something else is not read as one.)
    expect(await coreRows('2017年全市GDP增长5.5%，四季度为3.9%。')).toEqual([]);
  });

  it('a quarter\'s end after the level the clause before called the rate (…4.1%左右的较低水平，四季度末为4.05%) continues it', async () => {
    expect(await coreRows('全年城镇登记失业率保持在4.1%左右的较低水平，四季度末为4.05%。')).toEqual([['registered_unemployment_rate', 4.1], ['registered_unemployment_rate', 4.05]]);
    // (A growth rate's level is not the unemployment rate's.)
    expect(await coreRows('全年城镇登记失业率保持在4.1%左右，GDP增长保持在较高的水平，四季度末为4.05%。')).toEqual([['registered_unemployment_rate', 4.1]]);
  });

  it('a quarter\'s end with no year (四季度末) is of the year gone by its paragraph named, not of the page\'s date', async () => {
    const periods = async (opening: string) =>
      (await run(`2014-01-24 09:54:58\n${LABOUR_CONTEXT}\n${opening}城镇新增就业稳定增长，全年城镇登记失业率保持在4.1%左右的较低水平。四季度末，城镇登记失业率为4.05%。`))
        .records.filter((r) => r.indicator !== 'other').map((r) => r.period);
    expect(await periods('2013年全年实现城镇新增就业1310万人。')).toEqual(['2013', '2013', '2013-12']);
    // (With no year named before it, the quarter's end is the page's year's.)
    expect((await periods('')).pop()).toBe('2014-12');
  });

  it('the whole year\'s rate named again after a month\'s (…按月维持5.1%，全年失业率5.2%) continues it', async () => {
    expect(await coreRows('上月全国城镇调查失业率按月维持5.1%，全年失业率5.2%。')).toEqual([['surveyed_unemployment_rate', 5.1], ['surveyed_unemployment_rate', 5.2]]);
    // (The year's growth after a rate is not the rate.)
    expect(await coreRows('上月全国城镇调查失业率按月维持5.1%，全年增长5.2%。')).toEqual([['surveyed_unemployment_rate', 5.1]]);
  });

  it('a rate kept under a ceiling and told how far below the plan it stayed (比既定的目标低1.01个百分点) was kept, in a notice of targets', async () => {
    const kinds = async (tail: string) =>
      (await run(`关于2007年全市就业目标责任制考评情况的通报\n(一)完成就业目标任务情况。城镇登记失业率控制在2.49%内${tail}`)).records.filter((r) => r.indicator !== 'other').map((r) => r.kind);
    expect(await kinds('，比既定的目标低1.01个百分点。')).toEqual(['actual']);
    // (Called the plan, it plans.)
    expect(await kinds('，这是既定的目标。')).toEqual(['target']);
  });

  it('a pension rise in force from a day is the rise decided, and dated by that day, not by the retirees\' year-end', async () => {
    const rows = async (text: string) => (await run(`${LABOUR_CONTEXT}\n${text}`)).records.filter((r) => r.indicator === 'pension_increase').map((r) => [r.value, r.kind, r.period]);
    expect(await rows('2023养老金上调方案总结为，从2023年1月1日起，在2022年年底前办理退休手续的退休人员，基本养老金将上调3.8%。')).toEqual([[3.8, 'actual', '2023']]);
    // (A rise still proposed, or a plan's with no day, plans.)
    expect(await rows('征求意见稿提出，从2023年1月1日起，基本养老金将上调3.8%。')).toEqual([[3.8, 'target', '2023']]);
    expect(await rows('2023年，企业退休人员基本养老金将上调3.8%。')).toEqual([[3.8, 'target', '2023']]);
  });

  it('a total run up since a plan began, to a date in its last year, is the plan\'s; so is the plan\'s own target', async () => {
    const text = `${LABOUR_CONTEXT}\n9月26日，国务院新闻办举行发布会。“十四五”以来，截至今年8月底，我国城镇新增就业累计达5921万人。“十四五”时期就业局势总体稳定，超额完成城镇新增就业5500万人的目标任务。`;
    const r = (await run(text, '2025年人社部新闻发布会')).records.filter((x) => x.indicator !== 'other');
    expect(r.map((x) => [x.value, x.kind, x.period])).toEqual([
      [59210000, 'actual', '2021-2025'],
      [55000000, 'target', '2021-2025'],
    ]);
  });

  it('an undated annual work conference reviews the year before: a run of years with none written ends there', async () => {
    const text = `记者从昨日召开的陕西省人力资源社会保障工作会上获悉，今年我省将实现城镇新增就业36万人。\n${LABOUR_CONTEXT}\n我省连续5年城镇新增就业人数在40万以上。2016年，全省就业工作将…`;
    const r = (await run(text)).records.filter((x) => x.indicator === 'urban_new_jobs');
    expect(r.map((x) => [x.value, x.kind, x.period])).toEqual([[360000, 'target', '2016'], [400000, 'actual', '2011-2015']]);
  });

  it('a bulletin\'s topic item that says 去年 dates itself only', async () => {
    const text = `${LABOUR_CONTEXT}\n十一、人口、人民生活和社会保障\n人口：2022年末，全区户籍总人口453229人。\n社会治安：去年共破获各类刑事案件547起。\n城镇就业：全年城镇新增就业人员3703人。`;
    const jobs = (await run(text)).records.find((r) => r.indicator === 'urban_new_jobs');
    expect(jobs?.period).toBe('2022');
  });
});

describe('an undated news page', () => {
  it('figures for months already past are actual, what the bureau 将确保 is a target', async () => {
    const text = [
      '我省前10个月城镇新增就业58.3万人',
      '记者从省人力资源和社会保障厅获悉，今年以来，全省各级人社部门全力稳就业保民生。',
      '1至10月，我省城镇新增就业58.3万人，完成年度目标任务的106%。城镇调查失业率稳定在5.2%左右。',
      '全省开展职业技能培训52万人次，发放创业担保贷款86亿元。',
      '省人社厅有关负责人表示，下一步将确保全年城镇新增就业60万人以上，城镇调查失业率控制在5.5%以内。',
    ].join('\n');
    const r = await run(text);
    expect(r.period).toBeNull();
    expect(r.records.filter((x) => x.indicator !== 'other').map((x) => [x.indicator, x.value, x.kind])).toEqual([
      ['urban_new_jobs', 583000, 'actual'],
      ['urban_new_jobs', 583000, 'actual'],
      ['urban_new_jobs', 106, 'progress'],
      ['surveyed_unemployment_rate', 5.2, 'actual'],
      ['vocational_training', 520000, 'actual'],
      ['startup_loans', 8600000000, 'actual'],
      ['urban_new_jobs', 600000, 'target'],
      ['surveyed_unemployment_rate', 5.5, 'target'],
    ]);
  });
});
