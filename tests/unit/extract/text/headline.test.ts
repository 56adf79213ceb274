import { describe, expect, it } from 'vitest';
import { headlineOf, headlineText } from '../../../../src/extract/text/headline';

describe('the headline under a site\'s chrome', () => {
  it.each([
    ['晋城生活网 - 晋城人自己的生活网站!\n您的位置:首页 >国内 >\n提前完成全年目标 全省城镇新增就业49.29万人', '提前完成全年目标 全省城镇新增就业49.29万人'],
    ['[ 设为首页 ] [ 收藏本站 ]\n中国社保卡持卡人数已超十三亿人', '中国社保卡持卡人数已超十三亿人'],
    ['您当前的位置 : 中国宁波网 > 新闻中心 > 宁波\n象山县城镇新增就业1.2万人', '象山县城镇新增就业1.2万人'],
    ['2014年12月08日 星期一 黄石天气:多云\n下陆区上半年城镇新增就业1002人', '下陆区上半年城镇新增就业1002人'],
    ['淮安教育网 职场资讯\n\n中国连续4年城镇新增就业人数超1200万人', '中国连续4年城镇新增就业人数超1200万人'],
    ['• 您好,泰兴网欢迎您!  \n  • 注册\n当前位置:首页 > 新闻 > 聚焦泰兴 > 正文\n\n泰兴:新增工伤保险参保人数十万', '泰兴:新增工伤保险参保人数十万'],
    ['导航菜单\n\n(黑龙江)2022年哈尔滨市呼兰区国民经济和社会发展统计公报', '(黑龙江)2022年哈尔滨市呼兰区国民经济和社会发展统计公报'],
    // A site's menu on one line, and its search box's label.
    ['首页 新闻 体育 娱乐 游戏 邮箱 搜索\n新浪首页 > 新闻中心 > 国内新闻 > 正文\n\n今年再就业目标已实现 明年失业率要控制在4.7%', '今年再就业目标已实现 明年失业率要控制在4.7%'],
    ['您當前的位置 : 東北網  >  東北網黑龍江  >  社會萬象\n搜 索\n鶴城67.5萬人次實現再就業 失業率控制在4.5%以內', '鶴城67.5萬人次實現再就業 失業率控制在4.5%以內'],
    // A line of spam injected above the breadcrumb is chrome too: the headline is below the breadcrumb.
    ['人人玩人人添人人澡东莞,中文有码无码人妻在线,国产精品一区二区AV\n\n首页 > 政务公开 > 政策解读\n\n广东省12月1日起调整提高最低工资标准', '广东省12月1日起调整提高最低工资标准'],
    // A headline may end on an exclamation.
    ['2021年中国政府工作,这份“民生清单”完成的很漂亮!\n发布时间: 2022-03-04', '2021年中国政府工作,这份“民生清单”完成的很漂亮!'],
  ])('%s', (page, title) => {
    expect(headlineText(page)).toBe(title);
  });

  it('a headline that names a news site and a story is still the headline', () => {
    expect(headlineText('中国网 - 全国城镇新增就业1200万人\n正文')).toBe('中国网 - 全国城镇新增就业1200万人');
    expect(headlineText('导航菜单设计大赛获奖名单公布\n正文')).toBe('导航菜单设计大赛获奖名单公布');
    expect(headlineText('首页新闻中心 就业专栏\n正文')).toBe('首页新闻中心 就业专栏');
  });

  it('a title a copy squashed onto the first line, before a blank, is the headline; a lead that names no document is not', () => {
    const page = '2023年昌吉市國民經濟和社會發展統計公報 2023年,在市黨委、政府的堅強領導下,全市上下堅持穩中求進。';
    expect(headlineText(page)).toBe('2023年昌吉市國民經濟和社會發展統計公報');
    expect(headlineText('2023年昌吉市城镇新增就业 2023年,在市党委、政府的坚强领导下,全市上下坚持稳中求进。')).toBeUndefined();
    expect(headlineText('本网讯 我县统计公报显示，全年城镇新增就业1200人。')).toBeUndefined();
  });

  it('is where the page has it, trimmed', () => {
    const page = '导航\n  全省城镇新增就业49.29万人  \n正文';
    const h = headlineOf(page)!;
    expect(page.slice(h.start, h.end)).toBe('全省城镇新增就业49.29万人');
  });

  it.each([
    // The story's lead: it states a sentence.
    ['本网讯 今年以来，我县超额完成全年目标任务。城镇新增就业1200人。'],
    ['本网讯 今年以来，我县超额完成全年目标任务。'],
    // A dateline or source line.
    ['时间：2010-09-30 来源：永州日报'],
    ['红网时间永州3月28日讯(通讯员 李明)'],
    // An opening paragraph, longer than any headline.
    ['今年以来，全市人社系统认真贯彻落实中央和省、市关于稳就业保就业的决策部署，统筹推进各项工作，城镇新增就业、失业人员再就业、就业困难人员就业、农村劳动力转移就业、职业技能培训等主要指标均超额完成年度目标任务'],
  ])('no headline: %s', (page) => {
    expect(headlineOf(page)).toBeNull();
  });
});
