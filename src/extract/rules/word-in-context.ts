/**
 * A bare word before a figure that names one of our measures only where its scheme has just been named — the same
 * paragraph, a little way back, or the page's first line:
 * - a loan word before an amount, after 创业 or a guaranteed-loan scheme: the amount lent for business start-ups
 *   (创业对就业的带动功不可没。全省新增贷款45.89亿元; 通过创业担保贷款扶持创业100.6万人，发放贷款总量突破1000亿元;
 *   小额担保贷款基金627万元，为566名下岗失业人员…放贷2816万元);
 * - a bare 结案率 after arbitration is named: the arbitration closure rate (罗湖区劳动人事争议仲裁院…完成结案率95%的考核任务;
 *   a court's or a petition office's closure rate, with no 仲裁 near, is another);
 * - a bare 失业率 rising or falling to a level after the surveyed rate is named: that rate, month by month (2024年全国城镇
 *   调查失业率平均值为5.1%…失业率升至5.2%、5.3%…失业率回落至5.1%);
 * - a bare 培训 counted in 人次 after vocational training is named: the count trained (实施职业技能培训提质增效工程…全省总计
 *   完成培训71.28万人次); 创业培训 is another measure, and a count in 人 may be of anything trained.
 */
import { CLAUSE_BREAK, type Rule } from './candidate';
import { headlineOf, headlineText } from '../text/headline';
import type { IndicatorId } from '../types';
import { GROUP_RATE_BEFORE } from '../lexicon/cues';
import { perPage } from './page-cells';
import { paragraphBefore } from '../text/paragraph';

interface WordInContext {
  indicator: IndicatorId;
  unit: string;
  /** The bare word and its verb, right before the figure. */
  word: RegExp;
  /** How far before the figure the word may start. */
  gap: number;
  /** What names the scheme. */
  named: RegExp;
  /** How far back in the paragraph the scheme may be named. */
  reach: number;
  /** The page's first line (its title) names the scheme for the whole page. */
  titleCounts: boolean;
  /** Other units the figure may be written in, counted in `unit` (持卡人数达到5.4亿 — no unit, or 人 — in 张). */
  alsoUnits?: readonly string[];
  /** A headline's bare word takes the scheme the story below it names (within its first `HEADLINE_STORY` characters). */
  headlineTakesStory?: boolean;
  /**
   * The page names the scheme and never its rival (调查失业率, never 登记失业率): the bare word is the scheme's anywhere on it
   * (…全国城镇调查失业率均值为5.1%。⏎2、其中，一季度失业率均值为5.2%).
   */
  pageRival?: RegExp;
  /** The scheme last named before the word in its paragraph is a group's (31个大城市城镇调查失业率均值为5.0%，其中二季度
   * 失业率均值为4.9%): the bare word is that group's too, not the area's. */
  groupNamed?: boolean;
  /** How far back the paragraph's first sentence may name the scheme, when further than `reach`: the paragraph's topic
   * (1-4月份，全市共发放创业担保贷款…，其中…；…；卢氏县发放贷款4230万元，…). */
  topicReach?: number;
}

/** How much of the story under a headline may name the scheme its bare word is about. */
const HEADLINE_STORY = 1500;

/**
 * Whether `named` is written in the paragraph before `at`, at most `reach` characters back: a scheme named in another
 * paragraph is another topic (and the bound keeps a page without line breaks linear).
 */
export function namedInParagraph(text: string, at: number, named: RegExp, reach: number): boolean {
  return named.test(paragraphBefore(text, at, reach).text);
}


/** Whether `named` is written in the first sentence of the paragraph `at` stands in, that paragraph starting at most `reach` back. */
function namedInTopic(text: string, at: number, named: RegExp, reach: number): boolean {
  const paragraph = paragraphBefore(text, at, reach);
  if (!paragraph.whole) return false;
  const end = paragraph.text.indexOf('。');
  return named.test(end < 0 ? paragraph.text : paragraph.text.slice(0, end));
}

function wordInContext(w: WordInContext): Rule {
  // (Whether the page names the scheme and never its rival reads the whole page: once per page, not per figure.)
  const rival = w.pageRival;
  const onlySchemeOfPage = rival ? perPage((text) => w.named.test(text) && !rival.test(text)) : undefined;
  return ({ text, sentence, quantities, index }) => {
    const q = quantities[index]!;
    if (q.unit !== w.unit && !w.alsoUnits?.includes(q.unit)) return null;
    const near = text.slice(Math.max(sentence.start, q.start - w.gap), q.start);
    const word = w.word.exec(near);
    if (!word || CLAUSE_BREAK.test(near.slice(word.index))) return null;
    const start = q.start - near.length + word.index;
    const title = (w.titleCounts && headlineText(text)) || '';
    if (
      !namedInParagraph(text, start, w.named, w.reach) && !w.named.test(title) && !(w.headlineTakesStory && storyNames(text, start, w.named)) &&
      !(w.topicReach && namedInTopic(text, start, w.named, w.topicReach)) &&
      !(onlySchemeOfPage?.of(text) ?? false)
    ) return null;
    if (w.groupNamed && lastNamedForGroup(text, start, w.named, w.reach)) return null;
    return { indicator: w.indicator, label: word[0], unit: w.unit, quantity: q, start, end: q.end, gapStart: q.start };
  };
}

/** Whether the last naming of the scheme in the paragraph before `at` (or the one its 其中 continues) is a group's. */
function lastNamedForGroup(text: string, at: number, named: RegExp, reach: number): boolean {
  const paragraph = paragraphBefore(text, at, reach, true).text;
  const all = new RegExp(named.source, 'g');
  let last = -1;
  for (let m = all.exec(paragraph); m !== null; m = all.exec(paragraph)) last = m.index;
  return last >= 0 && GROUP_RATE_BEFORE.test(paragraph.slice(0, last));
}

export const loanInContext = wordInContext({
  indicator: 'startup_loans',
  unit: '元',
  // (发放贷款32笔535万元: a count of loans may stand between the word and the amount.)
  // (回收贷款1.25亿元, 到期贷款11.8亿元: loans paid back or fallen due, not lent.)
  // (…贷款累计发放332笔，放款额度3013万元: the amount paid out, said as the lender's 放款 — not a 贷款额度, a borrower's cap
  // or a sum under review.)
  word: /(?<!回收|收回|归还|偿还|到期)(?:新增小额贷款|发放小额贷款|小额贷款|新增贷款|发放贷款(?:总量|总额)?|贷款总量|贷款总额|累计放贷|放贷|放款(?:额度)?|贷款)(?:总量|总额|金额)?(?:达到?|突破|超过|为)?(?:\d{1,6}笔)?$/,
  gap: 14,
  named: /创业|担保贷款|贷免扶补/,
  reach: 80,
  topicReach: 400,
  titleCounts: false,
});

/** 今年第一季度，全县已输转6.9万人 where the paragraph speaks of sending labour out (组织输转, 劳务输转): the rural transfer. */
export const transferInContext = wordInContext({
  indicator: 'rural_labor_transfer',
  unit: '人',
  alsoUnits: ['人次'],
  // (其中有组织输转195.39万人次: the organised part of the whole, not the whole.)
  word: /(?<!有组织|组织)(?:已经|已|共|累计|共计)?输转(?:了)?(?:达到?|超过)?$/,
  gap: 8,
  named: /劳务输转|输转劳务|组织输转|输转农村|转移就业/,
  reach: 400,
  titleCounts: true,
});

export const closureRateInContext = wordInContext({
  indicator: 'arbitration_closure_rate',
  unit: '%',
  // 时效内结案率 (closed within the time limit) is another measure. (结案率要保持95%以上: held to a floor, too.)
  // (举报投诉案件结案率100%: complaints an inspectorate closed, not disputes arbitrated, though 仲裁 is named nearby.)
  word: /(?<!时效内|(?:投诉|举报|监察|信访)(?:案件)?)结案率(?:要|将|须|应)?(?:保持在?|稳定在|达到?|为|是|在)?$/,
  // (Reaching back far enough for the lookbehind to see what was closed.)
  gap: 12,
  named: /仲裁/,
  reach: 300,
  titleCounts: true,
});

export const trainingInContext = wordInContext({
  indicator: 'vocational_training',
  unit: '人次',
  // (“粤菜师傅”培训2500人次: a named programme's training is its own measure.)
  // (组织开展急救技能培训1.6万人次: first aid taught to residents is no trade's training.)
  word: /(?:完成|开展|组织|累计|共|总计|共计)?(?<!创业|急救技能|急救|救护技能|救护|[”"’」])培训了?(?:总计|共计|累计)?(?:达到?|为)?$/,
  gap: 10,
  named: /职业技能|技能培训|职业培训|技能提升|补贴性培训/,
  reach: 200,
  titleCounts: true,
});

/** Whether `at` stands in the page's headline and the story's opening below it names `named`. */
function storyNames(text: string, at: number, named: RegExp): boolean {
  const headline = headlineOf(text);
  if (!headline || at < headline.start || at >= headline.end) return false;
  return named.test(text.slice(headline.end, headline.end + HEADLINE_STORY));
}

/**
 * 失业率 with no word of whose rate it is: not the registered's, the surveyed's, the young's or a city group's, nor an
 * author's estimate of the real rate (实际失业率在8%左右, 真实失业率).
 */
const BARE_RATE = '(?<!登记|调查|青年|城市|实际|真实)失业率';

export const surveyedRateInContext = wordInContext({
  indicator: 'surveyed_unemployment_rate',
  unit: '%',
  // (一季度失业率均值为5.2%: a quarter's mean.)
  word: new RegExp(`${BARE_RATE}也?(?:开始)?(?:小幅|进一步|继续|逐步)?(?:升至|降至|回落至|回升至|上升至|下降至|(?:均值|平均值)?为|保持在)$`),
  gap: 12,
  named: /调查失业率|调查失业数据|失业调查/,
  reach: 400,
  titleCounts: true,
  pageRival: /登记失业率/,
  groupNamed: true,
});

export const pensionRiseInContext = wordInContext({
  indicator: 'pension_increase',
  unit: '%',
  // …退休人员基本养老金总体水平月人均增加158.59元，增幅5%。其中，企业退休人员增幅5.67%，机关事业单位退休人员增幅4%: the
  // rise, overall and by group of retirees, where the paragraph raises pensions — a clause of its own, so that a fund's or
  // an income's 增幅 is not taken for it.
  // (企业退休人员月人均增加基本养老金204元，幅度6.31%: 幅度 alone, likewise.)
  word: /(?<=[，,；;：:]\s*)(?:其中[，,]?\s*)?(?:(?:企业|机关事业单位|机关和事业单位)退休人员)?的?(?:月人均)?(?:增幅|涨幅|调整幅度|上调幅度|提高幅度|幅度)(?:为|是|达到?)?$/,
  gap: 20,
  // (城乡居民基础养老金最低标准提高20%: the residents' basic pension is another benefit; 养老金发放及时 names no raise.)
  named: /(?<!基础)养老金[^。；;]{0,24}?(?:增加|提高|上调|调整)|(?:增加|提高|上调|调整)[^。；;]{0,24}?(?<!基础)养老金/,
  reach: 200,
  titleCounts: false,
});

/** The card, named also with its local name in brackets (社会保障(市民)卡). */
const CARD_NAMED = /社会保障(?:[(（][^()（）]{1,4}[)）])?卡|社保卡/;

export const cardholdersInContext = wordInContext({
  indicator: 'social_security_cards',
  unit: '张',
  // 全国…已发行全国统一的社会保障卡，…实际持卡人数达到5.4亿: the holders of the card just named.
  word: /(?:实际)?持卡(?:总)?人数(?:已)?(?:达到?|突破|超过|为)?$/,
  gap: 12,
  named: CARD_NAMED,
  reach: 200,
  titleCounts: true,
  alsoUnits: ['', '人'],
});

export const cardsIssuedInContext = wordInContext({
  indicator: 'social_security_cards',
  unit: '张',
  // 社保卡…计划年内发卡120万张, 福建省内发卡数达到3397万, 累计发行15万张: the cards just named, issued.
  // (…制卡有效人数已经达到189.8万人，累计发卡178.8万人: made and issued, counted by the people they were made for.)
  // (全省累计即时制卡49.4万张: cards made on the spot, handed over as they are made.)
  word: /(?:发卡|制发|发行|制卡(?:有效)?人|即时制卡)(?:数|量|总量)?(?:已经|已)?(?:达到?|突破|超过|为)?$/,
  gap: 12,
  named: CARD_NAMED,
  reach: 200,
  titleCounts: true,
  alsoUnits: ['', '人'],
});

export const registeredRateInContext = wordInContext({
  indicator: 'registered_unemployment_rate',
  unit: '%',
  // 失业率控制在4.5%以内 where the registered rate is the page's (…城镇登记失业率…): the rate held to a ceiling, as the
  // registered rate was before the surveyed one (a rate of 16-24岁, 大城市 or 调查 is another).
  // (…该市的登记失业率为2.52%…这些城市的失业率分别是3.67%、3.49%: stated outright, too, of the places just listed; a
  // group's rate — 16-24岁劳动力失业率, 外来户籍劳动力失业率 — is another. 二季度的失业率也保持在4.3%: or said again.)
  word: new RegExp(`${BARE_RATE}(?<!劳动力失业率|户籍失业率|人口失业率)也?(?:要|将|已|仍|始终|均)?(?:控制在|保持在|稳定在|在|(?:分别)?(?:是|为))$`),
  gap: 10,
  named: /登记失业率/,
  reach: 400,
  titleCounts: true,
  headlineTakesStory: true,
  // (报告原文:城镇登记失业率控制在2.5%以内。⏎解读:截至2008年底,…失业率为1.82%: a page that names the registered rate and
  // never the surveyed one means it by the bare word in any paragraph.)
  pageRival: /调查失业率|调查失业数据|失业调查/,
});

/**
 * A scheme of the insured counts, by the indicator of its insured. (Not the lexicon's labels: they exclude the new
 * enrolments — 新增失业保险参保 — which is exactly the phrase this rule reads past, so the scheme is found by its name.)
 */
const SCHEMES: ReadonlyArray<[RegExp, IndicatorId]> = [
  // (新农保, 城居保: the rural and urban residents' pension schemes by their short names.)
  // (…启动参保缴费和发放养老金工作，参保人数超过5900万: the scheme named by what it pays.)
  [/养老保险|新农保|城居保|城乡居保|养老金/g, 'pension_insured'],
  [/失业保险/g, 'unemployment_insurance_insured'],
  [/工伤保险/g, 'work_injury_insurance_insured'],
];
// (参保人数 alone names the new enrolments' count too — 新增失业保险参保人数30万人 — unless it opens its clause: 城乡居民
// 基本养老保险应保尽保，参保人数达到25万人.)
// (…截止2009年末,全市参保人数为76.68万人: or the area's word opens it; 城乡居民社会养老保险在全市全部展开,2017年2季度参保人数
// 达到23.22万人: or the time it is counted at.)
const CLAUSE_AREA = '(?:全市|全县|全省|全区|全州|全旗|全镇)?';
const CLAUSE_TIME = '(?:今年|去年|当年|目前|截至|截止)?(?:(?:19|20)\\d{2}\\s?年)?(?:第?[1-4一二三四]季度末?|\\d{1,2}\\s?月(?:底|末|份)?|上半年|年底|年末|底|末)?';
// (新参加失业保险统筹单位达1398户，参保职工有16.059万人: the insured named as the workers insured, opening their clause.)
const INSURED_TOTAL = new RegExp(
  `(?:参保总人数|总参保人数|(?<=(?:^|[，,；;：:])\\s*${CLAUSE_AREA}${CLAUSE_TIME}${CLAUSE_AREA})参保(?:人数|职工(?:人数)?))(?:已)?(?:有|达到?|突破|超过|为)?$`,
);
const PART_OF_TOTAL_BEFORE = /其中|中[，,]\s*$/;
const PART_REACH = 12;
/** How far before its figure the total's word is looked for (2017年2季度参保人数达到: the time before it too). */
const INSURED_TOTAL_WINDOW = 24;
/** How far before the total its scheme may be named, in the same sentence. */
const SCHEME_REACH = 40;

/** The indicator of the scheme named last in `before`, if any. */
function lastSchemeIn(before: string): IndicatorId | null {
  return lastSchemeAt(before)?.indicator ?? null;
}

/** The scheme named last in `before`, and where. */
function lastSchemeAt(before: string): { at: number; indicator: IndicatorId } | null {
  let last: { at: number; indicator: IndicatorId } | null = null;
  for (const [re, indicator] of SCHEMES) {
    for (const m of before.matchAll(re)) if (!last || m.index > last.at) last = { at: m.index, indicator };
  }
  return last;
}

/**
 * 已参保: the insured, said bare (not 应参保, who should be). (累计参保 and 共参保 sum schemes as often as they count one:
 * 全市累计参保108万人 after a paragraph of several.)
 */
// (截至12月底，已参保农民14.0万人: who joined may be named between.)
// (目前已吸纳参保农民300万人, …新型农保试点，参保农民达300万人: the farmers insured, taken in or opening their clause.)
const BARE_INSURED = /(?<!应)(?:已参保(?:的)?(?:农民|居民|城乡居民|职工|群众)?|(?:已?吸纳|(?<=[，,]\s*))参保农民)(?:人数)?(?:达到?|超过|为)?$/;
const BARE_INSURED_GAP = 12;
/** Cover we do not count: named after our scheme, it is what a bare 已参保 counts. */
// (残疾人医疗参保率达97.05%，参保人数达3554.8万人: medical cover named by its enrolment.)
const OTHER_COVER = /医疗保险|医疗参保|医疗保障|医保|新农合|生育保险|职业伤害/g;
const PARAGRAPH_SCHEME_REACH = 400;

/**
 * 目前，全县应参保人数25万人，已参保24.3万人 in a paragraph about the new rural pension: a bare 已参保 counts the insured of
 * the scheme the paragraph named last — none where it named medical cover since.
 */
export const insuredInParagraph: Rule = ({ text, sentence, quantities, index }) => {
  const q = quantities[index]!;
  if (q.unit !== '人') return null;
  const near = text.slice(Math.max(sentence.start, q.start - BARE_INSURED_GAP), q.start);
  const word = BARE_INSURED.exec(near);
  if (!word) return null;
  const start = q.start - near.length + word.index;
  const scheme = paragraphScheme(text, start);
  if (!scheme) return null;
  return { indicator: scheme, label: word[0], unit: '人', quantity: q, start, end: q.end, gapStart: q.start };
};

/** The scheme the paragraph before `at` named last — none where it named cover we do not count since. */
function paragraphScheme(text: string, at: number): IndicatorId | null {
  const paragraph = paragraphBefore(text, at, PARAGRAPH_SCHEME_REACH).text;
  const scheme = lastSchemeAt(paragraph);
  if (!scheme || [...paragraph.matchAll(OTHER_COVER)].some((m) => m.index > scheme.at)) return null;
  return scheme.indicator;
}

/** A heading's line: short, no sentence ended in it. */
const HEADING_LINE = /^[^。；;！？]{1,30}$/;
/** How far above a sentence its headings are looked for. */
const HEADINGS_REACH = 1_500;

/** The scheme the nearest heading above `at` names, of those that name one — or, `nearestOnly`, the nearest heading's. */
function headingScheme(text: string, at: number, nearestOnly = false): IndicatorId | null {
  const lines = text.slice(Math.max(0, at - HEADINGS_REACH), at).split('\n').reverse();
  for (const line of lines) {
    if (!HEADING_LINE.test(line.trim())) continue;
    const scheme = lastSchemeIn(line);
    if (scheme || nearestOnly) return scheme;
  }
  return null;
}

/** The count, then 参保 alone: the insured of the scheme the sentence named before it. */
const INSURED_AFTER = /^(?:参保|参加了?保险)(?!率|费|缴费|金|基数|登记|扩面|人数|职工|人员|企业|单位|群众|对象|人)/;
/** A flow of new enrolments or a share of a group, not the count insured. */
const NOT_A_TOTAL_BEFORE = /(?:新增|净增|扩面|增加|减少|其中|占)[^，,；;。]{0,4}$/;

/**
 * 自2009年12月该区启动新农保试点以来，全区已有17.53万人参保: the insured counted, then 参保 alone — the scheme the sentence
 * named last before the count.
 */
export const insuredAfterCount: Rule = ({ text, sentence, quantities, index }) => {
  const q = quantities[index]!;
  if (q.unit !== '人' || !INSURED_AFTER.test(text.slice(q.end, q.end + 6))) return null;
  if (NOT_A_TOTAL_BEFORE.test(text.slice(Math.max(sentence.start, q.start - 8), q.start))) return null;
  const before = text.slice(Math.max(sentence.start, q.start - SCHEME_REACH * 2), q.start);
  const scheme = lastSchemeIn(before) ?? onlySchemeIn(text.slice(q.end, Math.min(sentence.end, q.end + SCHEME_REACH * 2)));
  if (!scheme) return null;
  return { indicator: scheme, label: '参保', unit: '人', quantity: q, start: q.start, end: q.end + 2, gapStart: q.start };
};

/**
 * 到今年5月，已有2391万人参保，加上第四批试点县，届时城乡居民养老保险制度将覆盖全省: where the sentence names no scheme before
 * the count, the one scheme it names after it — none where it names two.
 */
function onlySchemeIn(after: string): IndicatorId | null {
  const named = new Set<IndicatorId>();
  for (const [re, indicator] of SCHEMES) if (after.search(re) >= 0) named.add(indicator);
  return named.size === 1 && after.search(OTHER_COVER) < 0 ? [...named][0]! : null;
}

/**
 * 新增失业保险参保人数30万人，参保总人数达到370万人: the total insured after the new enrolments, of the scheme the sentence
 * named last — the new enrolments are a flow, no count of the insured, so they leave the total no topic to continue.
 */
export const insuredTotalInContext: Rule = ({ text, sentence, quantities, index }) => {
  const q = quantities[index]!;
  // (参保人数超过5900万: a count in 万 with its 人 left unsaid.)
  if (q.unit !== '人' && !(q.unit === '' && /[万亿]$/.test(q.rawUnit))) return null;
  const near = text.slice(Math.max(sentence.start, q.start - INSURED_TOTAL_WINDOW), q.start);
  const word = INSURED_TOTAL.exec(near);
  // (The window may start mid-clause: a clause-opening 参保人数 needs its break inside it, or the sentence's start.)
  if (word && word[0].startsWith('参保') && word.index === 0 && q.start - near.length > sentence.start) return null;
  if (!word) return null;
  const start = q.start - near.length + word.index;
  const before = text.slice(Math.max(sentence.start, start - SCHEME_REACH), start);
  // (二、社会保险工作 ⏎ (一)企业养老保险 ⏎ … ⏎ 2.参保扩面情况 ⏎ 截止2009年末,全市参保人数为76.68万人: a sentence that names
  // no scheme counts the insured of the one its heading names.)
  // (…确立了社会统筹与个人账户相结合的基本养老保险制度，…。 参保人数超过200万人: or the scheme its paragraph named last.)
  // (The workers insured are read only after their scheme in the sentence, and never as a part after 其中: 企业参保人数920.01万人，
  // 其中参保职工776.79万人, 在城镇职工基本医疗保险参保人数中，参保职工37.88万人.)
  const workers = word[0].startsWith('参保职工');
  if (workers && PART_OF_TOTAL_BEFORE.test(text.slice(Math.max(sentence.start, start - PART_REACH), start))) return null;
  // (…and under a heading, only the nearest heading's scheme: 二、医疗保险 ⏎ …参保职工37.88万人 is medical cover's.)
  const scheme = lastSchemeIn(before) ?? (workers ? paragraphScheme(text, start) ?? headingScheme(text, sentence.start, true) : headingScheme(text, sentence.start) ?? paragraphScheme(text, start));
  if (!scheme) return null;
  return { indicator: scheme, label: word[0].replace(/(?:已)?(?:有|达到?|突破|超过|为)$/, ''), unit: '人', quantity: q, start, end: q.end, gapStart: q.start };
};
