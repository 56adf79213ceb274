import { describe, expect, it } from 'vitest';
import { printedAt } from '../../../src/eval/rewrites';
import { withoutHardWraps } from '../../../src/extract/text/hard-wrap';
import { extractor } from './helpers';

// A work summary copied out of a PDF, wrapped at 24 full-width characters (digits take half), as the print was.
const PRINTED = [
  'XX市人力资源和社会保障局2023年工作总结',
  '一、2023年工作完成情况',
  '（一）就业局势保持稳定。全市城镇新增就业2.31万人，',
  '完成省下达目标任务的115.5%；城镇登记失业率2.85%，',
  '控制在4%以内。帮助1862名就业困难人员实现就业，发放',
  '创业担保贷款1.52亿元。全市企业职工基本养老保险参保',
  '人数达到35.6万人，失业保险参保人数18.2万人。',
  '（二）技能培训扎实开展。全年开展补贴性职业技能培训',
  '1.26万人次，完成年度任务的105%。',
].join('\n');

describe('text copied out of a print, its lines wrapped at the print\'s measure', () => {
  it('is read with the wraps joined, each record quoting the page as written, line end and all', async () => {
    const r = (await extractor()).extract(PRINTED);
    const core = r.records.filter((x) => x.indicator !== 'other');
    expect(core.map((x) => [x.indicator, x.value, x.kind])).toEqual([
      ['urban_new_jobs', 23100, 'actual'],
      ['urban_new_jobs', 115.5, 'progress'],
      ['registered_unemployment_rate', 2.85, 'actual'],
      ['registered_unemployment_rate', 4, 'target'],
      ['hard_to_employ_employment', 1862, 'actual'],
      ['startup_loans', 152000000, 'actual'],
      ['pension_insured', 356000, 'actual'],
      ['unemployment_insurance_insured', 182000, 'actual'],
      ['vocational_training', 12600, 'actual'],
      ['vocational_training', 105, 'progress'],
    ]);
    for (const x of core) expect(PRINTED.slice(x.start, x.end)).toBe(x.text);
    expect(core.find((x) => x.indicator === 'pension_insured')?.text).toBe('企业职工基本养老保险参保\n人数达到35.6万人');
  });

  it('keeps the line ends of headings, items and lines that stop short', () => {
    const joined = withoutHardWraps(PRINTED)?.text.split('\n');
    expect(joined).toEqual([
      'XX市人力资源和社会保障局2023年工作总结',
      '一、2023年工作完成情况',
      '（一）就业局势保持稳定。全市城镇新增就业2.31万人，完成省下达目标任务的115.5%；城镇登记失业率2.85%，控制在4%以内。帮助1862名就业困难人员实现就业，发放创业担保贷款1.52亿元。全市企业职工基本养老保险参保人数达到35.6万人，失业保险参保人数18.2万人。',
      '（二）技能培训扎实开展。全年开展补贴性职业技能培训1.26万人次，完成年度任务的105%。',
    ]);
  });

  it('a page of one paragraph per line, a table of figures and a repeated source line have no measure: nothing is joined', () => {
    const paragraphs = [
      '全市城镇新增就业2.31万人，完成目标任务的115.5%',
      '城镇登记失业率2.85%，控制在4%以内',
      '帮助1862名就业困难人员实现就业，发放创业担保贷款1.52亿元',
      '全市企业职工基本养老保险参保人数达到35.6万人',
      '失业保险参保人数18.2万人，工伤保险参保人数22.4万人',
    ].join('\n');
    expect(withoutHardWraps(paragraphs)).toBeNull();
    const years = ['2002 216.5 17.59 9.25 2.35 1.22 4.0', '2003 219.4 15.63 8.54 1.79 1.15 4.2', '2004 222.4 14.49 8.08 1.28 1.05 4.0', '2005 225.3 19.10 8.10 1.75 1.05 3.8', '2006 228.3 23.46 7.69 1.10 1.19 3.8'];
    expect(withoutHardWraps(['城镇登记失业率（%）', ...years].join('\n'))).toBeNull();
    // Headings of one width, each over a paragraph on one long line: a heading is no wrap's first half.
    const paragraph = '坚持把稳就业作为首要任务，全年城镇新增就业48万人，城镇调查失业率控制在5.5%以内，农村劳动力转移就业280万人次，开展补贴性职业技能培训30万人次，确保零就业家庭动态清零。';
    const headings = ['（一）坚持就业优先，持续推动高质量充分就业', '（二）坚持内需主导，持续加力提振消费扩大投资', '（三）坚持高质量发展，培育具有竞争力的产业集群', '（四）坚持改革攻坚，更大力度激发发展动力活力'];
    expect(withoutHardWraps(headings.flatMap((h) => [h, paragraph]).join('\n'))).toBeNull();
    const source = '数据来源：国家统计局，华经产业研究院整理';
    expect(withoutHardWraps(['图1 城镇新增就业', source, '图2 城镇登记失业率', source, '图3 参保人数', source, '图4 培训人数', source].join('\n'))).toBeNull();
  });

  it('keeps a table\'s rows apart below a wrapped paragraph: a line ending in two figures apart by blanks is a row', () => {
    // (Rows as wide as the print's lines: 24 full-width characters, digits and blanks half.)
    const rows = ['表10 2023年末社会保险参保情况', '指标 单位 年末数 比上年末增长（%）', '城镇职工基本养老保险参保人数合计 万人 128.6 3.2', '城乡居民基本养老保险参保人数合计 万人 245.1 2.8', '其中：失业保险参保人数 万人 45.1 2.8'];
    const joined = withoutHardWraps([PRINTED, ...rows].join('\n'))?.text.split('\n');
    for (const row of rows.slice(2)) expect(joined).toContain(row);
  });

  it('steps over a page number that cuts a paragraph at the page\'s end, and keeps one that stands between paragraphs', async () => {
    const lines = PRINTED.split('\n');
    // 企业职工基本养老保险参保 ⏎ — 2 — ⏎ 人数达到35.6万人: the label cut by the folio.
    const cut = [...lines.slice(0, 6), '— 2 —', ...lines.slice(6)].join('\n');
    const insured = (await extractor()).extract(cut).records.find((x) => x.indicator === 'pension_insured');
    expect(insured?.value).toBe(356000);
    expect(cut.slice(insured!.start, insured!.end)).toBe(insured!.text);
    const between = [...lines.slice(0, 7), '第2页', ...lines.slice(7)].join('\n');
    expect(withoutHardWraps(between)?.text.split('\n')).toContain('第2页');
  });
});

describe('the print\'s measure, where few of its lines show it', () => {
  it('is found under headings and short paragraphs, and a line dense with figures counts as prose', async () => {
    const page = [
      '四川省人力资源和社会保障事业发展成就', '第一部分　就业和社会保障主要成就回顾', '一、就业规模持续扩大，结构不断优化',
      printedAt(30, '全省城镇就业人员从3087万人增加到4881万人；一二三产业就业结构由81.8%、9.1%、9.1%调整为35.9%、27.2%、36.9%；城镇登记失业率从10.9%降至3.47%，处于历史较低水平。'),
      '二、社会保障体系建设成效显著明显',
      printedAt(30, '全省城乡居民基本养老保险参保人数达到1500万人，企业职工基本养老保险参保人数达到1200万人，失业保险参保人数达到600万人，工伤保险参保人数达到800万人。'),
      '三、劳动关系保持总体和谐稳定态势',
    ].join('\n');
    // (Five full lines of twelve at least 14 wide, one of them more figures than words.)
    expect(withoutHardWraps(page)?.text.split('\n').length).toBe(7);
    const core = (await extractor()).extract(page).records.filter((r) => r.indicator !== 'other');
    expect(core.map((r) => [r.indicator, r.value])).toEqual([
      ['registered_unemployment_rate', 10.9],
      ['registered_unemployment_rate', 3.47],
      ['pension_insured', 15000000],
      ['pension_insured', 12000000],
      ['unemployment_insurance_insured', 6000000],
      ['work_injury_insurance_insured', 8000000],
    ]);
  });

  it('is no table\'s: rows of short names and figures are never joined', () => {
    const rows = ['1 山东 58金 55银 47铜 总计160', '2 广东 54金 32银 56铜 总计142', '3 浙江 44金 35银 37铜 总计116', '4 江苏 42金 35银 39铜 总计116', '5 上海 36金 27银 28铜 总计91'];
    expect(withoutHardWraps(['全运会奖牌榜', ...rows, '6 湖北 27金 18银 15铜 总计60'].join('\n'))).toBeNull();
  });

  it('joins a line a clause mark was pushed onto, a dash\'s item holding a sentence, a line ending in a bracket, and lines under a breadcrumb or beside a single | inside a line', () => {
    const paragraphs = [
      '您当前的位置 : 中国宁波网  >  新闻中心  >  宁波  >  区县(市)  >  象山',
      '多项优惠政策力助下岗工就业',
      '摘 要: | 2013年1月26日至27日,全国劳动人事争议处理效能建设现场会在北京召开。会议总结了2012年的调解仲裁工作,安排部署2013年工作任务。全年共处理争议案件151.2万件,仲裁结案率达到94.7%,调解仲裁质量和效率稳步提高。',
      '  ——就业形势总体稳定。“十四五”期间,城镇新增就业60万人以上,城镇调查失业率控制在5.5%以内,重点群体就业保持稳定,劳动力市场供求基本平衡。',
      '  2006年,全市将新增就业人员10万人以上,实现下岗失业人员(包括失地无业农民)再就业4万人,其中“4050”等援助对象实现再就业0.7万人,城镇登记失业率控制在4%以下。要实现这一目标,需要各区(市)县和各部门拓宽思路,增添措施,狠抓落实。',
    ];
    const printed = printedAt(38, paragraphs.join('\n'));
    expect(printed).toContain('北京召开\n。会议');
    expect(printed).toContain('失地无业农民)\n再就业');
    expect(withoutHardWraps(printed)?.text.split('\n')).toEqual(paragraphs);
  });

  it('keeps a subtitle, a dateline under a title of the measure\'s width, and a table\'s row of cells apart by |', () => {
    const page = [
      '谢建辉在省就业和农民工工作领导小组会议上要求:以发展扩大就业 以政策保障就业',
      '01.06.2017 19:40',
      '——在全省就业和农民工工作领导小组全体会议上的讲话（2017年5月31日）',
      '会议总结了去年全省就业和农民工工作情况,着重分析了当前就业形势,并对今年的',
      '就业工作重点进行了部署。2016年,全省新增城镇就业77.36万人,城镇登记失业率为',
      '4.19%,低于4.5%的控制目标。农村劳动力转移就业总规模达1532万人,与2015年同',
      '期相比增长2%。今年,我省计划实现城镇新增就业70万人,失业人员再就业30万人。',
      '| 城镇新增就业 | 万人 | 70 | 77.36 | 110.5 | 超额完成 | 全省 | 2016 | 年度 |',
      '| 城镇登记失业率 | % | 4.5 | 4.19 | — | 控制在目标以内 | 全省 | 2016 | 年度 |',
    ].join('\n');
    const lines = withoutHardWraps(page)?.text.split('\n');
    expect(lines?.slice(0, 3)).toEqual(page.split('\n').slice(0, 3));
    expect(lines?.slice(-2)).toEqual(page.split('\n').slice(-2));
  });

  it('on a print whose paragraphs open indented, joins a full line ending a sentence to the next line that is not indented', async () => {
    const paragraphs = [
      '（六）着力办好民生实事，在全面提高人民生活品质上开新局。坚持把解决好人民群众急难愁盼问题作为政府的主要责任，重点办好45件民生实事。',
      '一是深化就业增收共富工程。加力实施稳岗扩容提质行动，全年城镇新增就业8.2万人以上，农村劳动力转移就业81万人以上。',
      '二是提升城乡发展融合化水平。以县城为重要载体，加快推进新型城镇化，城镇化率提升至69.5%以上。',
      '三是坚定实施创新驱动战略，在加快培育新质生产力上实现新突破。坚持把创新作为引领高质量发展的第一动力。',
      '四是筑牢生产安全防线。全面完成安全生产治本攻坚三年行动任务，持续深化“一件事”全链条整治。',
    ];
    const printed = printedAt(30, paragraphs.join('\n'), true);
    expect(printed).toContain('开新局。\n坚持');
    expect(withoutHardWraps(printed)?.text.split('\n')).toEqual(paragraphs.map((p) => `\u3000\u3000${p}`));
    // (Where paragraphs open flush, a full line ending a sentence may end its paragraph: its line end is kept.)
    expect(withoutHardWraps(printedAt(30, paragraphs.join('\n')))?.text).toContain('新突破。\n坚持把创新');
  });
});
