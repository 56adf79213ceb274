/**
 * Wraps a document's text in the furniture of a Chinese government / news portal page — site navigation, a
 * breadcrumb, a byline naming another province's newspaper, a "相关新闻" list of labour headlines from elsewhere
 * with figures of their own, a "热点推荐" box and a footer — so the eval can check that only the article is read.
 * Pure and seeded: the same document and seed give the same page. Layout, class names and the sidebar's place vary
 * with the seed, as they do between real sites (some name their parts in English, some in pinyin initials).
 */
import { documentYear } from '../extract/context/time';
import { seededRandom } from './seeded-random';

/** Labour headlines from other pages, each with a figure that must never become a record of the article. */
export const RELATED_HEADLINES: readonly string[] = [
  '全国城镇调查失业率5.1%',
  '李克强：今年城镇新增就业1000万人以上',
  '广东省城镇新增就业超130万人',
  '某市1-9月城镇新增就业完成全年目标任务的95%',
  '养老保险参保人数突破10亿人',
  '城镇登记失业率控制在4.5%以内',
  '浙江今年将开展职业技能培训100万人次',
  '四川农村劳动力转移就业2600万人',
  '全国发放社会保障卡13.7亿张',
  '湖北发放创业担保贷款45亿元',
  '失业保险参保人数达2.4亿人',
  '山东开发城乡公益性岗位40万个',
];

/** Other headlines a portal pushes beside every article. */
export const HOT_HEADLINES: readonly string[] = [
  '全省一季度地区生产总值增长5.3%',
  '高校毕业生就业服务专项行动帮扶就业10万人',
  '退休人员基本养老金上调3%',
  '工伤保险参保人数达2.9亿人',
  '劳动人事争议仲裁结案率95%以上',
  '全国技工院校招生160万人',
];

/** Every headline the furniture may show: a checker asserts none of them yields a record. */
export const FURNITURE_HEADLINES: readonly string[] = [...RELATED_HEADLINES, ...HOT_HEADLINES];

const NAV = ['首页', '新闻', '政务公开', '办事服务', '互动交流', '数据发布', '专题专栏', '政策法规', '人事考试', '走进人社'];
const SITES = ['人社在线', '劳动保障信息网', '民生就业网', '人力资源和社会保障网'];
const PAPERS: ReadonlyArray<readonly [province: string, paper: string]> = [
  ['江西', '江西日报'], ['湖南', '湖南日报'], ['河北', '河北日报'], ['四川', '四川日报'], ['浙江', '浙江日报'],
  ['山东', '大众日报'], ['广东', '南方日报'], ['江苏', '新华日报'], ['安徽', '安徽日报'], ['湖北', '湖北日报'],
];
const AUTHORS = ['张明', '李华', '王静', '刘洋', '陈晨', '赵磊'];

/** Class names of the page's parts: English words, or the pinyin initials many Chinese CMS templates use. */
const STYLES = [
  { header: 'header', nav: 'nav', crumb: 'breadcrumb', article: 'article', body: 'content', info: 'info', side: 'sidebar', footer: 'footer' },
  { header: 'top', nav: 'dh', crumb: 'dqwz', article: 'xl_con', body: 'TRS_Editor', info: 'xl_info', side: 'xgxw', footer: 'bottom' },
] as const;

export interface FurnitureOptions {
  seed?: number;
  /**
   * The page's date, YYYY-MM-DD. Default: the document's own year (its title's, else the one its text is about),
   * on a seeded day; no date at all when the document names no year, so the furniture never gives it one. `null`:
   * no date on the page.
   */
  date?: string | null;
}


export function escapeHtml(s: string): string {
  return s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);
}

function pickSome<T>(items: readonly T[], count: number, next: () => number): T[] {
  const pool = [...items];
  for (let i = pool.length - 1; i > 0; i--) {
    const j = Math.floor(next() * (i + 1));
    [pool[i], pool[j]] = [pool[j]!, pool[i]!];
  }
  return pool.slice(0, count);
}

const pad = (n: number) => String(n).padStart(2, '0');

function pageDate(doc: { text: string; title?: string }, options: FurnitureOptions, next: () => number): string | null {
  if (options.date !== undefined) return options.date;
  const year = documentYear(doc.text, doc.title);
  return year === null ? null : `${year}-${pad(1 + Math.floor(next() * 12))}-${pad(1 + Math.floor(next() * 28))}`;
}

function list(className: string, heading: string, headlines: string[], date: string | null): string {
  const items = headlines.map((h, i) => `<li><a href="/news/${i + 101}.html" title="${escapeHtml(h)}">${escapeHtml(h)}</a>${date ? `<span>${date}</span>` : ''}</li>`);
  return `<div class="${className}"><div class="hd"><h3>${heading}</h3><a href="/more.html">更多&gt;&gt;</a></div><ul>${items.join('')}</ul></div>`;
}

/** A whole portal page (HTML) around `doc`: its title in the <h1>, each non-empty line of its text a <p>. */
export function wrapInFurniture(doc: { text: string; title?: string }, options: FurnitureOptions = {}): string {
  const next = seededRandom(options.seed ?? 1);
  const style = STYLES[Math.floor(next() * STYLES.length)]!;
  const site = SITES[Math.floor(next() * SITES.length)]!;
  const mentioned = `${doc.title ?? ''}${doc.text}`;
  const papers = PAPERS.filter(([province]) => !mentioned.includes(province));
  const paper = (papers.length > 0 ? papers : PAPERS)[Math.floor(next() * (papers.length || PAPERS.length))]![1];
  const author = AUTHORS[Math.floor(next() * AUTHORS.length)]!;
  const date = pageDate(doc, options, next);
  const title = doc.title?.trim();

  const nav = NAV.map((item, i) => `<li><a href="/${i === 0 ? '' : `c${i}/`}">${item}</a></li>`).join('');
  const header =
    `<div class="${style.header}"><div class="logo"><a href="/">${site}</a></div>` +
    `<div class="search"><input type="text" placeholder="请输入关键词"><button>搜索</button></div>` +
    `<ul class="${style.nav}">${nav}</ul></div>`;
  const crumb = `<div class="${style.crumb}">当前位置：<a href="/">首页</a> &gt; <a href="/c1/">新闻</a> &gt; <span>工作动态</span></div>`;
  const byline = [date, `来源：${paper}`, `作者：${author}`].filter((part): part is string => part !== null);
  const info =
    next() < 0.5
      ? `<div class="${style.info}">${byline.join(' ')}</div>`
      : `<div class="${style.info}">${byline.map((part, i) => `<span>${i === 0 && date ? `发布时间：${part}` : part}</span>`).join('')}` +
        `<span class="tools">【字体：<a href="#">大</a> <a href="#">中</a> <a href="#">小</a>】【<a href="#">打印</a>】</span></div>`;
  const lines = doc.text.split('\n').map((line) => line.trim()).filter((line) => line !== '');
  // A text that opens with its title (a Jekyll post's does) shows it once, as the heading.
  if (title && lines[0] === title) lines.shift();
  const paragraphs = lines.map((line) => `<p>${escapeHtml(line)}</p>`).join('\n');
  const related = list(style.side, '相关新闻', pickSome(RELATED_HEADLINES, 6 + Math.floor(next() * 5), next), date);
  const hot = list('rdtj', '热点推荐', pickSome(HOT_HEADLINES, 4, next), null);
  const share = `<div class="share">分享到：<a href="#">微信</a> <a href="#">微博</a></div>`;
  // Half the pages put 相关新闻 right under the article body, inside its container, as many CMS templates do.
  const relatedInside = next() < 0.5;
  const article =
    `<div class="${style.article}">${title ? `<h1>${escapeHtml(title)}</h1>` : ''}${info}` +
    `<div class="${style.body}">\n${paragraphs}\n</div>${share}${relatedInside ? related : ''}</div>`;
  const side = `<div class="right">${relatedInside ? '' : related}${hot}</div>`;
  const footer =
    `<div class="${style.footer}"><p><a href="/about.html">关于我们</a> | <a href="/map.html">网站地图</a> | <a href="/contact.html">联系我们</a></p>` +
    `<p>版权所有：${site}　主办单位：人力资源和社会保障厅办公室</p>` +
    `<p>网站标识码：3600000012　赣ICP备05004159号-1　联系电话：0791-86247315</p>` +
    `<p>地址：人民路88号　邮编：330046</p></div>`;
  const sideFirst = next() < 0.3;
  const main = `<div class="main">${sideFirst ? side + article : article + side}</div>`;
  const pageTitle = title ? `${escapeHtml(title)}_${site}` : site;
  return (
    `<!DOCTYPE html>\n<html lang="zh-CN"><head><meta charset="utf-8"><title>${pageTitle}</title></head>\n` +
    `<body>\n${header}\n${crumb}\n${main}\n${footer}\n</body></html>`
  );
}
