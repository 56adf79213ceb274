/**
 * 您当前的位置 : 中国宁波网 > 新闻中心 > 特别推荐: a site's breadcrumb, which names the site and its sections — never the
 * page's headline, and its site name never the page's area.
 */
const BREADCRUMB = /当前(?:的)?位置|您的位置|所在位置|^\s*首页\s*[>＞»›]/;

export const isBreadcrumb = (line: string): boolean => BREADCRUMB.test(line);
