import { describe, expect, it } from 'vitest';
import { firstContentLine } from '../../../../src/extract/text/breadcrumb';

describe('the title line under a site\'s chrome', () => {
  it.each([
    ['晋城生活网 - 晋城人自己的生活网站!\n您的位置:首页 >国内 >\n提前完成全年目标 全省城镇新增就业49.29万人', '提前完成全年目标 全省城镇新增就业49.29万人'],
    ['[ 设为首页 ] [ 收藏本站 ]\n中国社保卡持卡人数已超十三亿人', '中国社保卡持卡人数已超十三亿人'],
    ['您当前的位置 : 中国宁波网 > 新闻中心 > 宁波\n象山县城镇新增就业1.2万人', '象山县城镇新增就业1.2万人'],
    ['2014年12月08日 星期一 黄石天气:多云\n下陆区上半年城镇新增就业1002人', '下陆区上半年城镇新增就业1002人'],
    ['淮安教育网 职场资讯\n\n中国连续4年城镇新增就业人数超1200万人', '中国连续4年城镇新增就业人数超1200万人'],
    ['• 您好,泰兴网欢迎您!  \n  • 注册\n当前位置:首页 > 新闻 > 聚焦泰兴 > 正文\n\n泰兴:新增工伤保险参保人数十万', '泰兴:新增工伤保险参保人数十万'],
    ['导航菜单\n\n(黑龙江)2022年哈尔滨市呼兰区国民经济和社会发展统计公报', '(黑龙江)2022年哈尔滨市呼兰区国民经济和社会发展统计公报'],
  ])('%s', (page, title) => {
    expect(firstContentLine(page, 8)).toBe(title);
  });

  it('a headline that names a news site and a story is still the headline', () => {
    expect(firstContentLine('中国网 - 全国城镇新增就业1200万人\n正文', 8)).toBe('中国网 - 全国城镇新增就业1200万人');
    expect(firstContentLine('导航菜单设计大赛获奖名单公布\n正文', 8)).toBe('导航菜单设计大赛获奖名单公布');
  });
});
