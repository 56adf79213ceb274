/**
 * The gate's second look, for a short item that names labour only once (今年前三季度，全省城镇新增就业72.5万人，…):
 * a few core indicators' phrases followed, within the clause, by a figure with a unit. The engine still decides what
 * the page holds; this only keeps the gate from turning such a page away before the engine sees it. Kept to data and
 * one regular expression: the gate loads on every page and must not import the engine.
 */

/** Phrases of core indicators a short news item leads with (see ../shared/spec/indicators.md). */
export const CORE_PHRASES = [
  '城镇新增就业',
  '新增城镇就业',
  '城镇登记失业率',
  '城镇调查失业率',
  '农村劳动力转移就业',
  '转移农村劳动力',
  '就业困难人员',
  '失业人员再就业',
  '职业技能培训',
  '创业担保贷款',
  '公益性岗位',
  '最低工资标准',
  '基本养老金',
  // The same in traditional characters (Big5 pages, reposts).
  '城鎮新增就業',
  '新增城鎮就業',
  '城鎮登記失業率',
  '城鎮調查失業率',
  '農村勞動力轉移就業',
  '轉移農村勞動力',
  '就業困難人員',
  '失業人員再就業',
  '職業技能培訓',
  '創業擔保貸款',
  '公益性崗位',
  '最低工資標準',
  '基本養老金',
];

/** A number (ASCII or full-width digits) with a unit the core indicators are counted in. */
const FIGURE = '[0-9０-９][0-9０-９.．,，]*\\s*(?:万|亿|萬|億)?\\s*(?:人次|人|%|％|元|个|張|张|個)';

/**
 * The phrase, then up to 12 characters of the same clause (控制在, 达到, 发放…), then the figure. No sentence end or
 * line break in between, so a phrase in a headline list does not pair with a figure elsewhere.
 */
const CORE_FIGURE = new RegExp(`(?:${CORE_PHRASES.join('|')})[^。！？；;\\n]{0,12}?${FIGURE}`);

export function statesCoreFigure(text: string): boolean {
  return CORE_FIGURE.test(text);
}
