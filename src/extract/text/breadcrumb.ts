/**
 * Lines of a site's chrome above an article, never its headline, date or area:
 * - a breadcrumb (您当前的位置 : 中国宁波网 > 新闻中心 > 特别推荐, 地方网 > 广西 > 南宁市 > 今日南宁 > 正文, or
 *   中国网络电视台 > 新闻台 > 中国图文 > with its last section left blank), which names the site and its sections;
 * - a site's header of the day (2014年12月08日 星期一 黄石天气:多云, 您好! 欢迎光临下陆区政府网!), whose date is the day
 *   the page was served and whose place is the weather's, or its slogan and links (晋城生活网 - 晋城人自己的生活网站!);
 * - a site's name alone on its line (深圳热线, 中国劳动保障新闻网), whose place is the site's, not the story's, or a link of
 *   its header (• 注册);
 * - a picture or a link alone on its line (![](/Files261/BeyondPic/2021-11/28/….jpg)), whose path dates the upload.
 */
const BREADCRUMB = /当前(?:的)?位置|您的位置|所在位置|^\s*首页\s*[>＞»›]|^\s*[^>＞»›\n]{1,12}(?:\s*[>＞»›]\s*[^>＞»›\n]{1,12}){2,}(?:\s*[>＞»›])?\s*$/;
// (晋城生活网 - 晋城人自己的生活网站!: a site's name and its slogan; 设为首页 | 收藏本站: its header's links.)
const SITE_HEADER =
  /天气\s*[:：]|欢迎(?:光临|访问|来到|您)|^\s*您好\s*[!！]|^\s*[\u4e00-\u9fff]{2,10}网\s*[-—–|｜_]+[^\n]*(?:网站|门户)|设为首页|加入收藏|收藏本站/;

/** A link of the site's header alone on its line (• 注册, 登录, 手机版), or its menu's label (导航菜单). */
// (导航菜单, 栏目导航: the label of its menu.)
const HEADER_LINK = /^\s*[•·|｜\[]?\s*(?:注册|登录|登陆|首页|搜\s*索|手机版|无障碍|繁体|简体|English|网站地图|导航菜单|网站导航|栏目导航|导航)\s*[\]|｜]?\s*$/;

// (淮安教育网 职场资讯: a site's name and the section the page is filed under.)
// (新浪新闻, 云南日报: a portal's news brand or a paper's masthead alone on its line, above a story it carries.)
// (宁波就业新闻 is a headline: a brand is two characters before 新闻.)
const SITE_NAME =
  /^\s*(?:[\u4e00-\u9fff]{2,8}(?:热线|在线|新闻网|网|之窗|之声|门户网?|频道|日报|晚报|都市报|时报|商报)|[\u4e00-\u9fff]{2}新闻)(?:[ \t\u3000]+[\u4e00-\u9fff]{2,6})?\s*$/;

/** A site's menu on one line: short words between spaces (首页 新闻 体育 娱乐 游戏 邮箱). */
const MENU_LINE = /^\s*(?:[\u4e00-\u9fff]{1,4}[ \t\u3000]+){3,}[\u4e00-\u9fff]{1,4}\s*$/;

/**
 * …or short words between bars (旅游 | 房产 | 资讯 | 体育 | 网上日照 | 渔家乐), whose place is the site's section's, or the
 * one section the page is filed under (|港城快讯|).
 */
const MENU_BAR = /^\s*(?:(?:[^|｜\n]{1,8}[|｜]){3,}[^|｜\n]{0,8}|[|｜][^|｜\n]{1,8}[|｜])\s*$/;

const MEDIA_LINE = /^\s*!?\[[^\]\n]*\]\([^)\n]*\)\s*$|^\s*(?:https?:\/\/|\/)\S+\s*$/;

/** A breadcrumb: 您当前的位置 : 中国宁波网 > 新闻中心 > 宁波. */
export const isBreadcrumb = (line: string): boolean => BREADCRUMB.test(line);

/**
 * Where a page's own top starts: below the last breadcrumb among its first `lines` lines (blank ones not counted),
 * whatever stands above it (a line of injected spam, a site's slogan) — the site's chrome ends with the breadcrumb, and
 * the headline comes after it. 0 when there is none.
 */
export function belowBreadcrumb(text: string, lines: number, crumb: (line: string) => boolean = isBreadcrumb): number {
  let at = 0;
  let below = 0;
  for (let n = 0; n < lines && at <= text.length; ) {
    const newline = text.indexOf('\n', at);
    const end = newline < 0 ? text.length : newline;
    const line = text.slice(at, end);
    if (line.trim() !== '') {
      n++;
      if (crumb(line)) below = Math.min(end + 1, text.length);
    }
    if (newline < 0) break;
    at = newline + 1;
  }
  return below;
}

/** A breadcrumb, a site's header line, its name, or a picture or link on a line of its own. */
export const isSiteChrome = (line: string): boolean =>
  BREADCRUMB.test(line) || SITE_HEADER.test(line) || SITE_NAME.test(line) || HEADER_LINK.test(line) || MENU_LINE.test(line) || MENU_BAR.test(line) || MEDIA_LINE.test(line);

/** A site's name alone (劳动保障信息网, 人社在线), as a portal's <title> may be when it names no article. */
export const isSiteName = (line: string): boolean => SITE_NAME.test(line);

/** A site's menu on a line of its own, between spaces or bars (首页 新闻 体育, 旅游 | 房产 | 网上日照). */
export const isMenuLine = (line: string): boolean => MENU_LINE.test(line) || MENU_BAR.test(line);

/** The text with the lines that pass `test` blanked, offset for offset: a site's chrome read as no part of the page. */
export function blankLines(text: string, test: (line: string) => boolean): string {
  return text
    .split('\n')
    .map((line) => (test(line) ? ' '.repeat(line.length) : line))
    .join('\n');
}
