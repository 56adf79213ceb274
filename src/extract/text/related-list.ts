/**
 * A portal's list of other stories under the article — 相关新闻, 延伸阅读, 猜你喜欢 — as it comes through in a saved page's
 * text: a heading of its own, then short headline lines (全国城镇调查失业率5.2%). Those headlines are other pages'
 * figures, of other areas and years; they are blanked (offsets kept) so they yield no record and set no region or
 * period. (The content script and the CLI's HTML reader leave such lists out from the DOM; this is the plain-text
 * reader's share of the same rule.)
 */
import { literalAlternation } from './alternation';

const LIST_HEADINGS = [
  '相关新闻', '相关阅读', '相关链接', '相关文章', '相关报道', '相关稿件', '相关专题', '延伸阅读', '推荐阅读', '猜你喜欢',
  '热点推荐', '热门推荐', '热点新闻', '热门新闻', '热门文章', '最新新闻', '最新文章', '精彩推荐', '编辑推荐', '今日推荐',
  '更多新闻', '新闻推荐', '相关资讯', '热点资讯', '最新资讯', '为您推荐',
];
// (【相关新闻】, 相关阅读：, 相关新闻 更多>>: the heading as templates dress it.)
const HEADING = new RegExp(
  `^[\\s\\u3000]*[【\\[［]?(?:${literalAlternation(LIST_HEADINGS)})[】\\]］]?[\\s\\u3000]*[:：]?[\\s\\u3000]*(?:更多[\\s\\u3000]*[>》»]*)?[\\s\\u3000]*$`,
);
/** A headline: short, and not a sentence the article goes on with. */
const HEADLINE_MAX = 48;
const SENTENCE_END = /[。！？!?；;]\s*$/;
/** A body sentence before the heading: the list follows an article, not a site's header. */
const BODY_SENTENCE = /[。！？]/;

/** The text with each related-stories list after the article body blanked to spaces, offset for offset. */
export function withoutRelatedLists(text: string): string {
  if (!HEADING_HINT.test(text)) return text;
  const lines = text.split('\n');
  let offset = 0;
  let seenBody = false;
  let blankFrom = -1;
  const ranges: Array<[number, number]> = [];
  for (const line of lines) {
    const end = offset + line.length;
    if (blankFrom >= 0) {
      const trimmed = line.trim();
      if (trimmed === '' || (trimmed.length <= HEADLINE_MAX && !SENTENCE_END.test(trimmed))) {
        ranges.push([offset, end]);
      } else {
        blankFrom = -1;
      }
    }
    if (blankFrom < 0) {
      if (seenBody && HEADING.test(line)) {
        blankFrom = offset;
        ranges.push([offset, end]);
      } else if (BODY_SENTENCE.test(line)) {
        seenBody = true;
      }
    }
    offset = end + 1;
  }
  if (ranges.length === 0) return text;
  let out = '';
  let at = 0;
  for (const [from, to] of ranges) {
    out += text.slice(at, from) + ' '.repeat(to - from);
    at = to;
  }
  return out + text.slice(at);
}

const HEADING_HINT = new RegExp(literalAlternation(LIST_HEADINGS));
