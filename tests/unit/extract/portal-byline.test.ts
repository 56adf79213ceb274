// A portal that prints its article without an <h1> — its <title> only the site's name, a line of byline fields above
// the first paragraph — must read as the article bare: the headline, the masked area and the opening year below that
// line are still the page's own.
import { describe, expect, it } from 'vitest';
import { extractor, LABOUR_CONTEXT } from './helpers';
import { documentTitle, firstOwnLine } from '../../../src/extract/text/headline';

const BYLINE = '来源：湖南日报 作者：陈晨【字体：大 中 小】【打印】';

describe('a line of byline fields above the article', () => {
  it('is passed over for the headline and the first line', () => {
    expect(documentTitle(`${BYLINE}\n最新丨金凤区发布2025年民生“十心”实事!\n1月6日`)).toBe('最新丨金凤区发布2025年民生“十心”实事!');
    expect(firstOwnLine(`\n2024-01-01 来源：湖南日报 作者：陈晨\n2009年，受到国际金融危机的严重冲击。`)).toBe('2009年，受到国际金融危机的严重冲击。');
  });

  it('a source line that runs into the story is no byline: no headline', () => {
    expect(documentTitle('时间：2010-09-30 来源：县人社局。今年以来，我县城镇新增就业1200人。\n正文')).toBeUndefined();
    expect(firstOwnLine('来源：县人社局。今年以来，我县城镇新增就业1200人。')).toBe('来源：县人社局。今年以来，我县城镇新增就业1200人。');
  });
});

describe('a page whose <title> is only its site\'s name', () => {
  const list = `${BYLINE}\n最新丨金凤区发布2025年民生“十心”实事!\n1月6日\n金凤区2025年民生 “十心” 实事\n新鲜出炉!\n涵盖\n就业增收等方面\n04\n就业增收 “安心”实事\n▶发放创业担保贷款1500万元。\n▶完成各类培训360人。`;

  it('takes its headline from the text: a list of 实事 published sets targets', async () => {
    const r = (await extractor()).extract(list, { title: '民生就业网' }).records.find((x) => x.indicator === 'startup_loans');
    expect(r).toMatchObject({ value: 15_000_000, kind: 'target', region: '金凤区', period: '2025' });
  });

  it('an article\'s own <title> still wins over the text\'s first line', async () => {
    const r = (await extractor()).extract(list, { title: '金凤区2025年民生实事完成情况' }).records.find((x) => x.indicator === 'startup_loans');
    expect(r?.kind).toBe('actual');
  });
});

describe('the page\'s area and year below a byline line', () => {
  it('a masked city opening the article is the page\'s, not the city above it named in its text', async () => {
    const text = `来源：河北日报 作者：刘洋\nXX市上半年全市经济运行情况分析今年以来，全市上下认真贯彻落实湘潭市市委、市政府部署。与湘潭市比较，有12项指标好于湘潭市。${LABOUR_CONTEXT}截至6月底，全市城镇新增就业4348人。`;
    const r = (await extractor()).extract(text, { title: '劳动保障信息网' }).records.find((x) => x.indicator === 'urban_new_jobs');
    expect(r?.region).toBe('XX市');
  });

  it('a page opening on its year tells how that year went, whatever work report it cites', async () => {
    const text = `来源：新华日报 作者：刘洋\n2009年,受到国际金融危机的严重冲击,就业面临着严峻形势。全年城镇新增就业1102万人,完成全年目标任务900万人的122%。截至2009年底,城镇登记失业率保持在4.3%,低于年初政府工作报告的预期目标4.6%。`;
    const r = (await extractor()).extract(text, { title: '劳动保障信息网' }).records.find((x) => x.indicator === 'urban_new_jobs' && x.kind === 'actual');
    expect(r?.period).toBe('2009');
  });
});

describe('a reporter\'s byline line', () => {
  it('is no headline, and its city is not the page\'s area', async () => {
    const text = `大众网记者 谢玮 济南报道\n17日上午，济南市章丘区第十八届人民代表大会第三次会议正式开幕。\n2023年章丘坚持用心用情办实事，民生福祉持续增进。${LABOUR_CONTEXT}新增城镇就业7025人，开发城乡公益岗6577个。`;
    expect(documentTitle(text)).toBeUndefined();
    const r = (await extractor()).extract(text).records.find((x) => x.indicator === 'urban_new_jobs');
    expect(r).toMatchObject({ region: '章丘区', period: '2023' });
  });

  it('a headline about reporters is still a headline', () => {
    expect(documentTitle('我县举办记者见面会\n正文')).toBe('我县举办记者见面会');
    expect(documentTitle('记者节表彰大会召开\n正文')).toBe('记者节表彰大会召开');
  });
});

describe('a subjectless sentence after the nation\'s', () => {
  const page = (second: string) =>
    `${LABOUR_CONTEXT}\n今年1—3月，我国就业主要指标运行平稳，累计实现城镇新增就业303万人，同比增加6万人。${second}\n成都世园会各项工作准备就绪\n2024年成都世界园艺博览会组委会4月23日举行发布会。2024年成都世园会定于4月26日至10月28日举行，成都市民期待。`;

  it('goes on with the nation', async () => {
    const r = (await extractor()).extract(page('实现失业人员再就业113万人，为近年同期较高水平。')).records.find((x) => x.indicator === 'unemployed_reemployment');
    expect(r?.region).toBe('全国');
  });

  it('a sentence naming its own area keeps it', async () => {
    const r = (await extractor()).extract(page('四川省实现失业人员再就业13万人。')).records.find((x) => x.indicator === 'unemployed_reemployment');
    expect(r?.region).toBe('四川省');
  });
});

describe('a work report\'s lead that tells of its year', () => {
  const lead = (year: string) =>
    `济南广电客户端1月8日讯 1月8日，济南市市中区第十九届人民代表大会第四次会议开幕，市中区区长作政府工作报告。${year}\n社会保障扎实有力。新增城镇就业2.5万人，失业人员再就业1.1万人，开发城乡公益性岗位832个。`;

  it('reviews that year', async () => {
    const r = (await extractor()).extract(lead('2024年，市中区坚持固优补短，民生福祉持续增进。')).records.find((x) => x.indicator === 'urban_new_jobs');
    expect(r).toMatchObject({ region: '市中区', period: '2024', kind: 'actual' });
  });

  it('a year the lead says it will work in is the year the report plans', async () => {
    const r = (await extractor()).extract(lead('2024年，市中区将坚持固优补短，民生福祉持续增进。')).records.find((x) => x.indicator === 'urban_new_jobs');
    expect(r).toMatchObject({ period: '2024', kind: 'target' });
  });
});
