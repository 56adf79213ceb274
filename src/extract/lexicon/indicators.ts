/**
 * The indicator vocabulary, as data. Phrases are regular-expression sources (so a phrase may allow a short gap,
 * e.g. 参加…养老保险人数) and are compiled into one alternation, longest first.
 *
 * - `phrases`: a label written before its figure (城镇新增就业40万人).
 * - `trailing`: a label written after its figure (505万下岗失业人员实现再就业, 40万个公益性岗位).
 * - `continuations`: short labels that only name this indicator when it is already the sentence's topic
 *   (…公益性岗位40.97万个，安置上岗35.15万人; 社保卡新增发行2万张，总发行量已达30万张).
 * - `units`: base units the figure may have; a figure in another unit is a different measure (e.g.
 *   基本养老保险参保率95% is not a count of insured people) and becomes an `other` record.
 * - `unitAliases`: units written on pages that mean the base unit here (培训…人 counts 人次).
 */
import type { CoreIndicatorId } from '../types';

export interface IndicatorDef {
  id: CoreIndicatorId;
  /** The indicator's usual Chinese name (UI text, in both languages, lives in public/_locales). */
  name: string;
  units: string[];
  /** Unit for a figure written with a multiplier only (505万下岗失业人员). */
  defaultUnit: string;
  unitAliases?: Record<string, string>;
  phrases: string[];
  trailing?: string[];
  /**
   * A subject before the figure and a predicate after it: 就业困难人员|206人|实现就业, 城镇登记失业人员826人实现就业.
   * Each pair is [subject, predicate], regular-expression sources.
   */
  framing?: Array<[string, string]>;
  continuations?: string[];
  /** Phrases that look like this indicator's but measure something else; they block the match. */
  exclusions?: string[];
}

/**
 * The highest share an indicator's level can take (城镇登记失业率为154% is 1.54% with its point lost): above it, the
 * figure is a misprint, and no record is better than a false one. Shares of a plan may pass 100%; levels may not.
 */
export const SHARE_CEILING: Partial<Record<CoreIndicatorId, number>> = {
  registered_unemployment_rate: 50,
  surveyed_unemployment_rate: 50,
  mediation_success_rate: 100,
  arbitration_closure_rate: 100,
};

const GAP = '[^，。；：！？、\\s\\d０-９*＊]{0,8}?';
/** A rate's topic continues with a verb of its level: …，12月份降至5.2%. */
const RATE_CONTINUATIONS = ['降至', '控降至', '回落至', '回落到', '下降至', '降到', '升至', '上升至', '保持在', '稳定在', '控制在', '控制到', '控制'];
/** 失业保险全省参保339.78万人: a few characters of scope between the scheme and 参保. */
// 富余 and 剩余 both name surplus labour (输转农村富余劳动力, 输转农村剩余劳动力).
const SURPLUS = '(?:富余|剩余)';

const SHORT_GAP = '[^，。；：！？、\\s\\d０-９*＊]{1,3}?';

export const INDICATOR_DEFS: IndicatorDef[] = [
  {
    id: 'urban_new_jobs',
    name: '城镇新增就业',
    units: ['人'],
    defaultUnit: '人',
    // 累计城镇新增就业488.55万人次: a count written in person-times is still people placed.
    unitAliases: { 人次: '人' },
    phrases: [
      '城镇新增就业人数', '城镇新增就业', '新增城镇就业人数', '新增城镇就业', '城镇就业新增',
      '城镇新就业', '城镇累计新增就业', '城镇实现新增就业', '城镇完成新增就业',
      // 城镇年均新增就业人数24万以上: the yearly average (its period is the span's); 城镇年新增就业目标为110万人, each year's.
      '城镇年均新增就业人数', '城镇年均新增就业', '城镇年新增就业人数', '城镇年新增就业',
      // “十四五”江苏城镇将新增就业500万人: a headline's goal.
      '城镇将新增就业',
      // 新添城镇就业 21.84 万人, 平均每年城镇增加就业10万人以上: 新增 in other words.
      '新添城镇就业', '城镇新添就业', '城镇增加就业人数', '城镇增加就业',
    ],
    // 城镇新增就业人数持续上升，累计达225.43万人: the measure named, then its total over the span.
    // …城镇累计新增就业725.87万人、年均145万人以上: the same measure averaged over the span.
    // …城镇新增就业169.22万人，每年保持新增45万人以上: the yearly level held over the same span.
    continuations: ['累计达到', '累计达', '累计实现', '年均', '平均每年', '每年保持新增', '每年新增', '年均新增', '每年保持在'],
    // 全市新增23.25万城镇就业人员: the count between 新增 and the people.
    framing: [['新增', '城镇就业(?:人员|人数)']],
    // 为了完成23万城镇新增就业的目标: the count, then the measure named as a goal (a bare 城镇新增就业 after a figure
    // opens the next clause: …3人城镇新增就业1人).
    // (促进47.58万城镇人口实现就业: the town's people counted, then their finding work.)
    // (今年1000万人的就业目标, 1000万就业目标: a count of people the year's jobs goal names is the new jobs' goal.)
    // (实现1100万人以上的城镇新增就业是保就业的基本要求: a bound, then the measure closing its clause.)
    trailing: ['[”"’」』]?的?城镇新增就业(?=的?(?:目标|任务|计划))', '的城镇新增就业(?=是|有|[，,。；;])', '(?:名)?城镇(?:人口|劳动者|劳动力)实现了?就业', '(?:人)?的?(?:全年)?就业(?=目标)'],
    // 城镇累计新增就业再就业22366人: new jobs and re-employment counted together, neither measure alone.
    exclusions: ['新增就业再就业'],
  },
  {
    id: 'registered_unemployment_rate',
    name: '城镇登记失业率',
    units: ['%'],
    defaultUnit: '%',
    phrases: [
      '城镇登记失业率', '城镇居民登记失业率', '城镇登记人口失业率', '登记失业率', '城镇失业登记率', '失业登记率',
      // 城镇登记月平均失业率为2.42%: the registered rate averaged over the year's months, as a performance report gives it.
      '城镇登记(?:月)?平均失业率',
      // 全区失业率在3.2%以下: a county or district has no survey of its own; its rate is the registered one.
      '失业率(?<=全[县区旗]失业率)',
      // 城镇失业率控制在4%以内: the rate named without its survey is the registered one, which areas set and report by
      // the year — unless a month dates it (9月城镇失业率5.0%, 12月全国城镇失业率4.9%): a monthly rate is the survey's.
      '城镇失业率(?<![月份](?:全国)?城镇失业率)',
    ],
    // …从2月份6.2%的历史最高点，逐步回落，12月份降至5.2%
    continuations: RATE_CONTINUATIONS,
    // 2009年4.5%的城镇登记失业率目标: the rate, then the measure it is.
    trailing: ['的(?:城镇)?登记失业率'],
  },
  {
    id: 'surveyed_unemployment_rate',
    name: '城镇调查失业率',
    units: ['%'],
    defaultUnit: '%',
    // (3月份城镇失业调查率5.3%: the survey's rate with its words swapped, as press items write it.)
    phrases: ['城镇调查失业率', '全国城镇调查失业率', '调查失业率', '城镇失业调查率', '失业调查率', '城镇失业率(?<=[月份](?:全国)?城镇失业率)'],
    continuations: RATE_CONTINUATIONS,
    trailing: ['的(?:全国)?(?:城镇)?调查失业率'],
  },
  {
    id: 'rural_labor_transfer',
    name: '农村劳动力转移就业',
    units: ['人'],
    defaultUnit: '人',
    // 转移就业12万人次: transfers counted as trips are still people moved.
    unitAliases: { 人次: '人' },
    phrases: [
      '新增农村劳动力转移就业', '农村劳动力转移就业', `农村${SURPLUS}劳动力转移就业`, '农村劳动力转移',
      // 农村劳动力累计转移14.8万人次: the total named inside the label.
      `农村${SURPLUS}?劳动力累计转移(?:就业)?`,
      '农村牧区劳动力转移就业', '农牧区劳动力转移就业', '新增农村转移劳动力', '农村转移劳动力',
      // 我区农村牧区转移劳动力249.5万人: the pastoral regions name their rural workforce with its herders.
      '农村牧区转移劳动力', '农牧区转移劳动力',
      // Bare 转移就业 is rural labour's; 异地转移就业 moves a disaster area's workers elsewhere.
      // (培训农村转移就业5033人 trains the workers, not moves them.)
      '转移就业(?<!异地转移就业)(?<!培训转移就业)(?<!培训农村转移就业)',
      '新增转移农村劳动力', '转移农村劳动力', `转移农村${SURPLUS}劳动力`, '农村劳动力新增转移',
      '农牧民转移就业', '转移农牧民', '农民工转移就业', '转移就业农村劳动力', '农村转移劳动力就业',
      // 转移农牧区富余劳动力110余万人次: the pastoral regions' surplus labour moved.
      `转移(?:农牧区|农村牧区)${SURPLUS}?劳动力`,
      // 输出并实现转移就业的农民工达72.4万: the moved named after the move.
      '转移就业的农民工', '转移就业的农村劳动力', `转移就业的农村${SURPLUS}劳动力`,
      // 新转移剩余劳动力3500人, 新增劳动力转移4.86万人 (on a page about rural labour): the moved, without 农村.
      `转移${SURPLUS}劳动力`, '新增劳动力转移(?:就业)?',
      // 全区实现劳动力转移11.92万人, 劳动力转移人数18万人: labour moved with no group named is the rural transfer (the poor's,
      // the relocated's, a household's or one sex's is a part, counted apart).
      '(?<![困贫迁男女户])劳动力转移(?:人数)?(?!就业|培训)',
      // 已实现劳动力就地转移30余人: moved where they live, likewise.
      '(?<![困贫迁男女户])劳动力(?:就地|就近){1,2}转移(?:就业)?(?!培训)',
      '脱贫劳动力转移就业', `农业${SURPLUS}劳动力转移就业`, '转移输出农村劳动力', '农村劳动力转移输出', '输出农村劳动力',
      '农村劳动力输出', `农村${SURPLUS}劳动力输出`,
      // 劳务输转70万人: how the western provinces name rural labour sent out to work.
      '劳务输转', `输转农村${SURPLUS}劳动力`, '输转农村劳动力', `输转城乡${SURPLUS}劳动力`, '输转城乡劳动力',
      // 全市共输转务工人员65.02万人, 输转富余劳动力: the same, the workers named after the verb.
      '输转务工人员', `输转${SURPLUS}劳动力`, '输转劳动力', '转移务工人员',
      // 输转劳务人员6.7万人, 输转劳务5.8万人以上; 组织向外输出富余劳动力6688人: the work sent out counted in people.
      '输转劳务(?:人员)?', `输出(?:农村)?${SURPLUS}劳动力`,
      // 转移农业劳动力4000万人 (the national plans' word)
      '转移农业劳动力', `转移农业${SURPLUS}劳动力`, '农业劳动力转移就业', '农业劳动力转移',
      // 农村劳动力向非农产业转移2270人; …农业富余劳动力10.67万人，向二、三产业转移9.6万人 (only farm labour moves there)
      `农村${SURPLUS}?劳动力向非农产业转移(?:就业)?`, '向(?:第)?二[、，,]?三产业转移(?:就业)?',
      // 重庆农村富余劳动力实现非农就业917万人: farm labour working off the farm, as the municipalities count it.
      `农村${SURPLUS}?劳动力(?:实现)?非农(?:产业)?就业`,
      // (全市农业富余劳动力非农就业887万人: its surplus farm labour, likewise.)
      `农业${SURPLUS}劳动力(?:实现)?非农(?:产业)?就业`,
    ],
    // 全省累计输转农村富余劳动力2670万人次，…，平均每年输转534万人次
    continuations: ['平均每年输转', '年均输转', '年均转移'],
    // 帮助58个受援县5.76万名农村劳动力实现转移就业, 吸纳4.4万多劳动力就近转移就业: the people counted, then their move.
    // (…为21.3万农村劳动力提供了免费就业服务，12.1万人实现了转移就业; 9.87万农民工实现了就近就地转移就业.)
    // (西藏52.4万农牧民转移就业, 52.4万名农牧民实现转移就业: herders and farmers, as the west writes its rural workforce;
    // 帮助30万农村富余劳动者实现转移就业: its workers.)
    // (…培训农民880万人，760万人实现了转移到非农业产业就业: moved off the farm, in full.)
    // (帮助11.5万名灾区农民工转移就业: where they come from; 帮助10万名农村劳动力实现转移: the move said without 就业.)
    trailing: [
      `(?:(?:(?:农村${SURPLUS}?|${SURPLUS})?劳动(?:力|者)|(?:灾区|返乡|本地|当地)?农民工|农牧民)(?:实现了?)?|实现了?)(?:就近|就地){0,2}转移就业`,
      `(?:农村${SURPLUS}?|${SURPLUS})?劳动(?:力|者)实现了?转移(?!支付|资金)`,
      '实现了?(?:向|转移到)非农(?:业)?产业(?:转移)?就业',
    ],
    // 转移就业总规模达1470万人: everyone ever moved, a cumulative total (规模达… alone is read as the count).
    exclusions: ['转移就业总规模', '非农就业规模', '非农就业总规模'],
    // …, 转移40万农村富余劳动力: the verb before the count, the people after it.
    // (新疆三年转移300多万农业富余劳动力: the farm's surplus labour, likewise.)
    framing: [[`农村${SURPLUS}?劳动力`, '(?:实现)?转移(?:就业)?'], ['转移', `农村${SURPLUS}?劳动力`], ['转移', `农业${SURPLUS}劳动力`]],
  },
  {
    id: 'hard_to_employ_employment',
    name: '就业困难人员就业',
    units: ['人'],
    defaultUnit: '人',
    // 累计城镇新增就业488.55万人次: a count written in person-times is still people placed.
    unitAliases: { 人次: '人' },
    phrases: [
      '就业困难人员实现就业', '就业困难人员就业', '就业困难人员再就业', '安置就业困难人员',
      `帮助${GAP}就业困难人员(?:实现)?(?:就业|再就业)`, '帮扶就业困难人员就业', '援助就业困难人员',
      '困难人员实现(?:再)?就业', '困难人员再就业', '困难人员就业', '就业困难对象(?:实现)?(?:再)?就业', '困难群体(?:人员)?(?:实现)?(?:再)?就业',
      '困难对象(?:实现)?(?:再)?就业', '帮扶困难人群(?:实现)?(?:再)?就业', '困难人群(?:实现)?(?:再)?就业',
      // 下岗失业人员实现再就业2302人，其中就业困难对象806人: of those placed, the hard to employ.
      // (Each phrase opens on a literal, the lookbehind after it: an alternative that opens on an optional group or a
      // lookbehind is tried at every position of every page.)
      '就业困难(?:对象|人员)(?<=其中[，,：:]?就业困难(?:对象|人员))', '困难(?:对象|人员)(?<=其中[，,：:]?困难(?:对象|人员))',
      // 安置公益性岗位托底就业困难人员2186人: placing the people, not counting the posts.
      // (帮扶大龄就业困难人员(“4050”人员)实现再就业579人: a gloss in brackets between the group and its placing.)
      // (安置困难人员156人, 帮扶就业困难人员实现再就业2000人: the group's placing, not anyone's re-employment.)
      '(?:安置|托底|帮扶|援助)[^，。；：！？、\\s\\d]{0,8}?(?:就业)?困难(?:人员|对象)(?:(?:[(（][^()（）\\n]{1,12}[)）])?(?:实现了?)?(?:再)?就业)?',
      // 就业困难人员新增就业39万人
      '就业困难人员新增就业',
      '就业困难人员[(（][^()（）\\n]{1,12}[)）](?:实现了?)?(?:再)?就业',
    ],
    // 失业和就业困难人员再就业8482人: two groups counted together, neither's own figure.
    exclusions: ['失业和就业困难人员', '失业人员和就业困难人员'],
    trailing: [
      // 15217名就业困难人员实现了就业再就业
      // (390万就业困难人员(“4050”人员)实现了再就业, 1051名“4050”人员等就业困难对象实现就业再就业: the group glossed in
      // brackets, or its best-known part named before it.)
      // (1509万就业困难人员经帮扶后实现就业: how they were helped, between the group and its placing.)
      '(?:[“"]?4050[”"]?(?:人员)?等)?(?:城镇)?(?:就业)?困难(?:人员|对象)(?:[(（][^()（）\\n]{1,12}[)）])?(?:经过?(?:帮扶|援助|帮助)后?)?(?:实现了?)?(?:再)?就业',
      // 帮助32.9万名就业困难人员和1.5万户零就业家庭中的1.8万人实现就业: the predicate after a second group.
      '(?:城镇)?就业困难人员(?=[和、][^，。；,;\\d]{0,4}[\\d.]+[万千]?(?:余|多)?[户名人][^，。；,;]{0,12}实现(?:再)?就业)',
    ],
    // (特殊困难人员有4.3万人实现就业: the hard to employ under another name.)
    framing: [['(?:城镇)?就业困难人员', '的?(?:实现)?(?:再)?就业'], ['特殊困难人员有?', '实现(?:再)?就业']],
  },
  {
    id: 'unemployed_reemployment',
    name: '失业人员再就业',
    units: ['人'],
    defaultUnit: '人',
    // 累计城镇新增就业488.55万人次: a count written in person-times is still people placed.
    unitAliases: { 人次: '人' },
    phrases: [
      // …全市已有11800人实现就业…；再就业30161人: 再就业 opening its clause, counted, is the unemployed's.
      // (The literal first, the look back after it: a leading look-behind would be tried at every position of the page.)
      '再(?<![\\u4e00-\\u9fff]再)就业(?=人数|[\\d０-９])',
      '城镇失业人员再就业', '下岗失业人员再就业', '失业人员实现再就业', '失业人员再就业', '失业职工(?:实现)?再就业',
      // 下岗失业人员和失地无业农民再就业24万人: the groups listed between 下岗 and 再就业.
      '失业人数再就业人数', '下岗[^，。；：、\\d]{0,12}?再就业',
      // 实现再就业6872人: 再就业 is the unemployed's return to work; 失业再就业941人 says it in short.
      '实现再就业', '失业再就业', '安置再就业人员',
      // 安置下岗失业人员7397人, 安置城镇下岗失业人员2391人: the laid-off and unemployed placed in work.
      '安置(?:城镇)?(?:下岗失业|下岗|失业)人员(?:再就业)?',
      `帮助${GAP}失业人员(?:实现)?(?:再)?就业`,
      // 登记失业人员实现就业3.2万人, 失业人员就业6957人: the unemployed placed in work (not 就业困难, 就业创业, 就业率…).
      ...['城镇登记', '登记', ''].map((who) => `${who}失业人员(?:实现)?就业(?!困难|创业|服务|援助|率|的|见习|培训|技能|指导)`),
    ],
    trailing: [
      // 有553万城镇失业人员实现了再就业
      '下岗失业人员实现了?(?:就业)?再就业', '下岗失业人员再就业', '城镇失业人员实现了?(?:就业)?再就业', '城镇失业人员再就业',
      // (全省有33.31万名城镇下岗失业人员实现再就业)
      '城镇下岗失业人员实现了?(?:就业)?再就业', '城镇下岗失业人员再就业',
      // 5300余名下岗失业人员在社区实现了再就业: where they found work, said between.
      '(?:下岗|城镇)?失业人员在[^，,。；;、\\d]{1,6}?实现了?(?:就业)?再就业',
      '失业人员实现了?(?:就业)?再就业', '失业人员再就业', '下岗人员再就业', '下岗职工再就业',
      // 全年有9.8万下岗人员实现了再就业
      '下岗(?:人员|职工)实现了?(?:就业)?再就业',
      // 1540万下岗职工通过各种不同的渠道和方式实现了再就业: the way they found work, said between.
      '(?:下岗(?:人员|职工)|(?:城镇|下岗)?失业人员)通过[^，,。；;、\\d]{1,16}?实现了?(?:就业)?再就业',
      // 帮助6.01万名城镇登记失业人员再就业
      '(?:城镇)?登记失业人员(?:实现了?)?再就业',
      // 2.4万名城镇登记失业人员、1.1万名“4050”人员实现再就业: the unemployed, then another group counted, sharing the verb.
      '(?:城镇)?(?:登记|下岗)?失业人员[、和及][\\d.]+万?(?:多|余)?名[^，,。；;、]{1,10}?(?:人员|职工)实现了?(?:就业)?再就业',
      // 帮助13.03万名城镇失业人员实现就业: placed in work, as the label before a figure says it (失业人员实现就业3.2万人).
      '(?:城镇登记|城镇|登记)?失业人员实现了?就业(?!困难|创业|服务|援助|率|的|见习|培训|技能|指导)',
      // 累计帮扶5.8万名登记失业人员、3.7万名就业困难人员就业: the predicate after the list's last group is the first's too.
      '(?:下岗|城镇登记|城镇|登记)?失业人员(?=[、和][\\d.]+[万千]?(?:余|多)?[名人][^，。；,;\\d]{0,10}(?:实现了?)?(?:再)?就业)',
      // 5898名下岗失业人员重新走上了工作岗位, 13.25万名城镇失业人员重新找到了活干: back in work, said plainly.
      '(?:下岗|城镇)?失业人员重新(?:走上了?(?:工作)?岗位|找到了?(?:工作|活干))',
      // 甘肃:47.8万下岗职工重上岗: the laid-off back at a post.
      '下岗(?:失业)?(?:人员|职工)(?:实现了?)?重新?上岗',
      // 两年共有15万人实现再就业: 再就业 is the unemployed's, whoever is not named.
      // (1473人实现了就业再就业, no group named: the newly employed and the re-employed together.)
      '实现了?再就业',
    ],
    framing: [['(?:城镇登记|城镇|下岗|登记)?失业人员', '的?(?:实现)?(?:再)?就业']],
  },
  {
    id: 'vocational_training',
    name: '职业技能培训',
    units: ['人次'],
    defaultUnit: '人次',
    unitAliases: { 人: '人次' },
    phrases: [
      '补贴性职业技能提升培训', '补贴性职业技能培训', '职业技能培训', '职业技能提升培训', '企业职工岗位技能培训', '岗位技能培训',
      // 农村劳动力转移培训30万人: training for the move, not the move.
      // (农村劳动力转移就业培训5.87万人 likewise: longer than the transfer's 农村劳动力转移就业, so it is read first.)
      // 农村劳动力输出前培训8.7万人次: training before the move, not the move.
      '农村劳动力(?:输出|转移|外出)前(?:技能)?培训',
      '农村劳动力转移培训', '劳动力转移培训', '农村转移培训', '农村劳动力转移就业培训', `农村${SURPLUS}劳动力转移就业培训`, '转移就业培训', '补贴性培训', '农村劳动力培训',
      // 培训城乡劳动者164.29万人, 转移培训农村劳动力145.53万人次: the verb before the trained.
      // (培训农村贫困劳动力543021人, 培训农村富余劳动力8000多人, 累计培训贫困劳动力144.18万人: the trained qualified.)
      // (计划培训城镇就业人员1.2万人、农村劳动力1.9万人: the urban workforce trained, its groups named.)
      // (前三季度共培训劳动力2.35万人: the workforce trained, no group named — but 培训劳动力市场信息员 trains the market's staff.)
      '培训城镇(?:就业|失业|下岗失业|登记失业)?人员', '转移培训(?:城乡|农村)(?:劳动者|劳动力)', '培训(?:(?:城乡|农村|各类)(?:富余|贫困|剩余)?)?(?:劳动者|劳动力)(?!市场|资源)',
      // (全省计划培训农村转移就业劳动力4万人次: the trained named by their move.)
      '培训农村转移(?:就业)?(?:劳动者|劳动力)', '(?:农村)?转移就业劳动力培训', '培训(?:贫困|脱贫|富余|剩余)(?:人口)?劳动力',
      // 累计培训农牧民36.6万人, 培训农民工10万人: the trained named after the verb.
      // (实名制培训进城务工农民18.5万人: the migrant worker named in full.)
      '培训(?:农牧民|农民工|进城务工(?:农民|人员)|农民(?!专业合作|合作社)|群众)',
      // 培训各类职业技能人员2.75万人次: the trained named by the skills they train in.
      '培训(?:各类)?(?:职业)?技能人员',
      // 培训下岗失业人员和农村劳动力11.7万人
      '培训(?:各类)?(?:下岗失业人员|失业人员|下岗职工|失业职工)(?:和(?:农村劳动力|城乡劳动者|农民工))?',
      // A statistics table's rows: 下岗、失业人员培训数, 本市失地、失海人员培训数, 来厦务工人员培训 (the trained, then the verb).
      '(?:失业|下岗|务工|失地|失海|农民工|转移就业)人员培训',
      // 对返乡农民工集中培训5万多人次: migrant workers, then the training given them.
      // (其中，企业在岗农民工培训109.82万人: a kind of training counted inside the total, not the total.)
      '返乡农民工(?:集中|免费)?(?:技能)?培训', '农民工(?:集中|免费)(?:技能)?培训',
      '就业技能培训', '技能提升培训', '就业培训', '职业培训', '技能培训',
      // 就业创业培训 3762人: training for jobs and for start-ups counted together, the jobs' training among it.
      '就业创业培训',
      // 城镇各类失业人员再就业培训600人: training for re-employment, no one re-employed.
      '(?:下岗失业人员|失业人员|下岗职工)?再就业培训',
      // 开展各类培训15967人, 园区定向培训38万人: training counted whatever its kind.
      '各类培训', '(?:园区|企业)?定向培训',
      // 培训各类人员6.08万人(次): a bulletin's count of everyone trained.
      '培训各类人员',
      '(?:职业技能|技能)补贴(?:性)?培训',
      // 职业技能提升行动共计培训6630人
      '(?:职业技能提升行动|技能提升行动)[^，。；：、\\d]{0,6}?培训',
    ],
    // (组织开展急救技能培训1.6万人次: first aid taught to residents, a health service, not a trade.)
    exclusions: ['职业技能培训机构', '技能培训基地', '培训合格证书', '急救技能培训', '应急救护技能培训'],
    // …补贴性职业技能培训180万人次以上，其中2019年培训58万人次以上: the same training, a year's part of it.
    continuations: ['年培训', '累计培训', '共培训', '共计培训'],
    // 3.1万新生代农民工参加职业技能培训, 5.9万人参加城乡劳动者就业技能培训: the trained may be named between.
    trailing: [
      // (645万失业人员和下岗职工参加了再就业培训: two groups, and the training that put them back to work; 3.2万名下岗失业人员
      // 接受了免费职业培训: free.)
      // (1.7万人次的失业青年参加职业技能培训; 5200多人参加了提升就业技能的培训.)
      // (2000多名农民先后接受了各种适用技能的培训: one after another, skills of use; 2500余名居民参与技能培训: residents, a
      // community's or a village's people.)
      '(?:人次|人|名)?的?(?:[\\u4e00-\\u9fff]{0,8}?(?:农民工|农民|劳动者|劳动力|人员|毕业生|职工|学员|群众|青年|居民|村民))?(?:先后|陆续)?(?:参加|参与|接受|完成)了?(?:城乡劳动者|农民工)?(?:各类|各种)?(?:政府(?:补贴的)?)?(?:免费的?)?(?:补贴性)?(?:(?:(?:实用|适用)?(?:职业技能|就业技能|技能)|职业|再就业|就业)(?:提升)?的?|提升(?:职业|就业)?技能的?)培训',
      // (1700多万人次接受各类政府补贴性职业培训: the kind and who pays may stand before the training.)
      // 累计对600多万人次开展技能培训: the trained, then the training given them.
      // (对1万名农牧民进行了技能培训: the trained may be named before the verb.)
      // (对6765名农民实施了职业技能中期和短期培训: 实施 as well, and the course's length between the kind and the training.)
      '(?:人次|人|名)?(?:[\u4e00-\u9fff]{0,5}?(?:农牧民|农民工|农民|劳动者|劳动力|人员|毕业生|职工|学员|群众))?(?:开展|进行|实施)了?(?:补贴性)?(?:职业技能|就业技能|技能|职业)(?:提升)?(?:(?:中期|短期|长期|中短期)[和、及]?){0,2}培训',
      // 为6000余人提供就业培训: the trained, then the training provided them.
      // (对8318名城镇下岗职工和就业转失业人员提供免费再就业培训: named between.)
      '(?:人次|人|名)?(?:[\u4e00-\u9fff]{0,12}?(?:农民工|农民|劳动者|劳动力|人员|毕业生|职工|学员|群众|青年))?提供了?(?:免费的?)?(?:职业技能|就业技能|技能|职业|再就业|就业)(?:提升)?培训(?!机构|基地|补贴|资金|经费|服务)',
      // 完成60万人次职业技能培训: the count, then the training it counts.
      '(?:人次)?的?(?:各类)?(?:补贴性)?(?:职业技能|就业技能)(?:提升)?培训(?!机构|基地|补贴|资金|经费|合格|证)',
    ],
  },
  {
    id: 'startup_loans',
    name: '创业担保贷款',
    units: ['元'],
    defaultUnit: '元',
    phrases: [
      '发放创业担保贷款', '创业担保贷款', '创业担保贷', '小额担保贷款', '创业贷款', '创业类贷款',
      // (创业贴息贷款, 小额担保贴息贷款: the same loans named by the interest the state pays on them.)
      '创业贴息贷款', '(?:创业|小额)担保贴息贷款',
      // 发放小额贷款215万元（给予财政贴息），支持自主创业: the guarantee loans' old short name (not a lender: 小额贷款公司).
      '再就业小额贷款', '小额贷款(?!公司|保证保险|担保基金|的?(?:最高)?(?:额度|限额))',
    ],
    // A fund's size, a recovery rate or the loans repaid (到期回收小额担保贷款15笔，金额62.2万元) is not an amount lent.
    // (创业担保贷款贴息及奖补资金1.5亿元: the interest paid for the loans, not the loans.)
    // (将小额担保贷款额度提高到5万元: the most one borrower may take, not an amount lent.)
    exclusions: [
      '创业担保贷款回收率', '贷款回收率', '回收小额担保贷款', '回收创业担保贷款', '收回小额担保贷款', '收回创业担保贷款', '贷款基金', '担保基金',
      // (创业担保贷款财政贴息8747万元: the interest the treasury pays on the loans, as 贴息 alone.)
      '创业担保贷款贴息', '担保贷款贴息', '小额担保贷款贴息', '创业贷款贴息', '担保贷款财政贴息', '创业贷款财政贴息', '担保贷款额度', '担保贷款的额度', '担保贷款最高额度', '担保贷款限额',
      '贴息贷款额度', '贴息贷款的额度', '贴息贷款最高额度', '贴息贷款限额',
      // (创业担保贷款授信额度2150万元: a bank's credit line for the loans, not an amount lent.)
      '担保贷款授信',
      // (撬动扶贫小额贷款1.2亿元, 小微企业小额贷款17.7亿元: the poor's and small firms' micro-credit, another programme.)
      '扶贫小额贷款', '小微企业小额贷款',
      // (小额担保贷款余额45亿元: what is still owed, not what was lent.)
      '担保贷款余额', '担保贷款累放余额',
    ],
    // 发放创业担保贷款1440笔，发放金额3.9亿元: the count of loans, then the amount lent.
    // (…发放创业担保贷款214.7亿元，累计发放达2800亿元; …129.92亿元，累计发放总量达到861.22亿元: the total lent so far.)
    continuations: ['发放金额', '贷款金额', '金额', '累计发放', '发放总量', '发放总额', '发放总金额', '发放额', '发放量'],
    // 今年内蒙古发放10亿元小额担保贷款: the amount, then the loans it lends (not their fund, interest, quota or credit line).
    trailing: ['(?:创业担保贷款|小额担保贷款|创业贷款|创业贴息贷款|(?:创业|小额)担保贴息贷款)(?!回收|贴息|的?(?:最高)?额度|限额|基金|担保基金|授信|风险|资金|合同|协议|申请)'],
  },
  {
    id: 'public_welfare_jobs',
    name: '公益性岗位',
    units: ['个', '人'],
    defaultUnit: '个',
    unitAliases: { 岗: '个' },
    phrases: [
      '开发城乡公益性岗位', '开发乡村公益性岗位', '开发公益性岗位', '城乡公益性岗位', '乡村公益性岗位',
      // (公益性岗位安置就业困难人员1759人: the hard-to-employ placed, counted by the posts that placed them — their measure.)
      '城镇公益性岗位', '公益性岗位安置(?!(?:就业)?困难)', '公益性岗位', '开发公益性就业岗位', '公益性就业岗位', '开发公益岗位', '公益岗位',
      // 安置村级公益岗106人
      '公益岗(?!位)',
      // 开发公益专岗100个: a post set aside for the poor, as the county plans write it.
      '(?:开发)?公益专岗',
      // 实际选聘使用乡村公岗696人: the posts' shortest name, after 乡村 or 城镇.
      '(?:乡村|城镇|城乡)公岗',
      // (其中通过公岗安置11.6万人: the people the posts placed, the short name after 通过.)
      '通过公岗安置',
      // 开发乡村公共服务岗位16551个: the village posts by their other name (基层…公共服务岗位 is any public-service job).
      '(?:开发)?乡村公共服务岗位',
      // 保洁员公益性岗位，安置贫困人员1475人; 开发社区内公益性岗位，安置下岗职工418名: the posts, then whom they placed.
      '公益性岗位[，,]\\s*安置(?:[^，,。；;：:\\d]{0,8}?)(?=[\\d０-９])',
    ],
    // (公益性岗位补贴每年支出就多达1700多万: the money paid for the posts, not the posts.)
    exclusions: ['公益性岗位补贴', '公益岗位补贴', '公益性岗位工资', '公益性岗位资金'],
    // 年均开发2万个以上的公益性公共服务岗位, 为残疾人购2000个公益岗位
    // 开发5万个就业困难人员公益性岗位: the posts, named for whom they are meant.
    // (113人通过公益性岗位实现稳定就业: the people, then the posts that placed them.)
    // (设置5万个扶贫公益岗位: the posts made for the poor.)
    // (新增24个乡村服务公益性岗位: the village posts named by their service.)
    // (发放223万公益性岗位补贴: the posts' subsidy, money, not posts.)
    // (今年有10000个政府购买公益性岗位: the posts the government buys.)
    trailing: ['的?(?:政府购买的?)?(?:(?:城乡|乡村)(?:服务)?)?公益性(?:公共服务|就业)?岗位(?!补贴|工资|资金|经费)', '公益岗位(?!补贴|工资|资金|经费)', '(?:就业|光伏)?扶贫公益性?岗位', '(?:人|名)?(?:安置|安排)(?:到)?(?:城乡|乡村)?公益性岗位', '(?:就业困难人员|困难人员|困难群体)的?公益性岗位', '(?:人|名)?通过(?:城乡|乡村)?公益性岗位(?:实现)?(?:稳定)?(?:安置)?就业',
      // 安置1798人在公益性岗位就业
      '(?:人|名)?在(?:城乡|乡村)?公益性岗位(?:上)?(?:实现)?(?:就业|上岗)'],
    // 扩容城乡公益性岗位，新开发61.9万个，目前在岗120.5万人: the posts opened and the people now in them.
    // (开发城乡公益性岗位，安置就业159.49万人: the people the posts placed in work.)
    continuations: ['安置就业', '安置上岗', '安置人员', '上岗', '新开发岗位', '新开发', '在岗'],
  },
  {
    id: 'pension_insured',
    name: '养老保险参保',
    units: ['人'],
    defaultUnit: '人',
    phrases: [
      // (机关事业单位工作人员养老保险参保7.43万人: the civil service's scheme named by whom it covers.)
      `参加${GAP}养老保险(?:人数)?`, '(?:企业职工|城镇职工|城乡居民|机关事业单位(?:工作人员)?)?(?:基本)?养老保险参保(?:人数|人员)?',
      // 城乡居民养老参保5.7万人: 养老保险 shortened to 养老, the scheme named before it.
      '(?:企业职工|城镇职工|城乡居民|机关事业单位)(?:基本)?养老参保(?:人数)?',
      `(?:基本)?养老保险${SHORT_GAP}参保(?:人数)?`, '(?:基本)?养老保险(?:参保)?缴费人数', '(?:社会|基本)养老保险覆盖',
      '养老保险(?:试点)?覆盖人数', '社会养老保险参加人数', '养老保险参加人数', '养老保险(?:制度|体系|试点)?(?:目前|现)?(?:已经|已)?覆盖',
      // 基本养老、失业、工伤参保人数分别为…; a bulletin's list 城乡居民养老保险444.97万人 (a count of people, right after).
      '养老参保人数', '养老保险(?=(?:从|由|(?:已)?达到?|为|[ \\t　]+)?[\\d０-９])',
      // 城乡居民基本养老保险人数达107万人
      '基本养老保险人数', '养老保险人数',
      // (新农保参保者1330.82万人: the residents' schemes by their short names.)
      '(?:新农保|城居保|城乡居保)参保(?:人数|人员|者)?',
    ],
    // New enrolments are a flow, not the number insured.
    // (参加基本养老保险的离退休人员3.97万人, 参加城乡居民养老保险领取待遇人数76052人: the retirees or the pensioners among
    // them, not the number insured.)
    exclusions: [
      '养老保险参保率', '新增职工参加养老保险', '新增参加养老保险', '新增养老保险参保', '养老保险新增参保',
      '新增基本养老保险参保', '新增企业基本养老保险参保', '新增企业职工基本养老保险参保', '新增城镇职工基本养老保险参保', '新增城乡居民基本养老保险参保',
      '养老保险的离退休人员', '养老保险离退休人员', '养老保险领取待遇', '养老保险待遇领取',
      // (应参加养老保险的为57185人，已参保的有24510人: those who should be insured, not those who are.)
      '应参加养老保险', '应参加基本养老保险', '应参加社会养老保险',
    ],
    continuations: ['年末参保人数', '参保总人数', '参保人数'],
    // 全区有20.32万名职工参加城镇职工基本养老保险: the insured counted, then the scheme they joined.
    // (401.4万城镇残疾人参加了城镇居民社会养老保险, 29.88万人参加农村养老保险: a group named, the old rural and urban
    // residents' schemes.)
    // (有5.6万人参加了职工基本养老保险, 8835人参加机关事业单位养老保险: the workers' and the civil service's schemes.)
    // (9661人参保了城乡居民养老保障, 超过3.6亿的城乡居民参加新农保: 参保 as the verb, the residents' scheme called a 保障, or
    // by its short name — not 被征地人员参加养老保障, the land-lost farmers' own cover.)
    // (1328名合同制工人参加养老保险, 1.2万名合同制工人全部参加养老保险: workers by their contract; not 1985名离退休人员参加养老保险,
    // the retirees among them.)
    trailing: ['(?:人|名)?的?(?:(?![\u4e00-\u9fff]{0,4}退休)[\u4e00-\u9fff]{0,6}?(?:职工|工人|人员|居民|残疾人|农民))?(?:全部|均|都)?(?:参加|参保)了?(?:(?:城镇职工|企业职工|机关事业单位|城乡居民|城镇居民|新型农村|农村|职工)?(?:社会|基本)?养老保险|城乡居民(?:社会)?养老保障|新农保|城居保|城乡居保)'],
  },
  {
    id: 'unemployment_insurance_insured',
    name: '失业保险参保',
    units: ['人'],
    defaultUnit: '人',
    phrases: [
      `参加${GAP}失业保险(?:人数)?`, '失业保险参保人数', '失业保险参保', `失业保险${SHORT_GAP}参保(?:人数)?`, '失业保险(?:参保)?缴费人数',
      // (工伤参保14.37万人，失业参保13.76万人: a list of the schemes, each said short, its figure right after.)
      '失业参保人数', '失业参保(?=(?:(?:已)?达到?|为)?[\\d０-９])', '失业保险(?=(?:从|由|(?:已)?达到?|为|[ \\t　]+)?[\\d０-９])',
      // 年末全县参加城镇职工基本养老保险人数8.15万人，…，失业保险人数7.06万人: a bulletin's list, its 参加 said once.
      // (领取失业保险人数 counts those paid benefits, not those insured.)
      // (…参加城镇基本养老保险的人数为106822人；失业保险的人数为4559人: with 的, the 参加 said once before.)
      '失业保险的?人数(?<!领取失业保险的?人数)(?<!享受失业保险的?人数)',
    ],
    exclusions: ['失业保险参保率', '新增失业保险参保', '失业保险新增参保', '新增参加失业保险', '应参加失业保险'],
    // (…参保人数 again after the scheme's own count, as for pensions.)
    continuations: ['年末参保人数', '参保总人数', '参保人数'],
    // 有9.72万名人员参加失业保险: the insured counted, then the scheme.
    trailing: ['(?:职工|人员)?参加了?失业保险'],
  },
  {
    id: 'work_injury_insurance_insured',
    name: '工伤保险参保',
    units: ['人'],
    defaultUnit: '人',
    phrases: [
      `参加${GAP}工伤保险(?:人数)?`, '工伤保险参保人数', '工伤保险参保', `工伤保险${SHORT_GAP}参保(?:人数)?`, '工伤保险(?:参保)?缴费人数',
      '工伤参保人数', '工伤参保(?=(?:(?:已)?达到?|为)?[\\d０-９])', '工伤保险(?=(?:从|由|(?:已)?达到?|为|[ \\t　]+)?[\\d０-９])', '工伤保险的?人数(?<!享受工伤保险的?人数)',
    ],
    // New enrolments are a flow, not the number insured (as for pensions).
    exclusions: ['工伤保险参保率', '新增工伤保险参保', '工伤保险新增参保', '新增参加工伤保险', '应参加工伤保险'],
    // 工伤保险参保人数达3.66万人，是2003年底参保人数6944人的5.27倍: the scheme's count again, at another date.
    continuations: ['年末参保人数', '参保总人数', '参保人数'],
    // 有9.72万名人员参加失业保险: the insured counted, then the scheme.
    trailing: ['(?:职工|人员)?参加了?工伤保险'],
  },
  {
    id: 'social_security_cards',
    name: '社会保障卡',
    units: ['张'],
    defaultUnit: '张',
    phrases: [
      '社会保障卡新增发行', '社保卡新增发行', '新增发行社会保障卡', '新增发行社保卡', '发放社会保障卡', '发放社保卡',
      '(?:社会保障卡|社保卡)(?:实际|总)?持卡(?:总)?人数', '社会保障卡', '社保卡',
      // (社会保障·市民卡持卡人数达826.74万人: a city's card that is its social security card, named so.)
      '社会保障[·・]市民卡(?:实际|总)?持卡(?:总)?人数',
      // 全国持卡人数已突破5亿, 年末全省实际持卡人数4870万人: on a labour page the card held is the social security card,
      // unless another card is named (银行卡持卡人数).
      '(?<!卡)(?:实际|总)?持卡(?:总)?人数',
    ],
    // Electronic cards signed (电子社保卡累计签发3.6亿张) are another measure than cards issued.
    exclusions: ['电子社保卡', '电子社会保障卡'],
    // 持卡人数13.86亿人: one card a holder.
    unitAliases: { 人: '张' },
    continuations: ['总发行量', '累计发行', '发行总量', '发卡量'],
    // 已完成9.8万人的社会保障卡发放: the holders counted, then the cards given them.
    // (计划发行30万张社保卡: the count, then the cards.)
    trailing: ['(?:人|张)?的?(?:社会保障卡|社保卡)(?:的)?(?:发放|制发|申领|办理)(?!点|网点|窗口|机构|银行)', '张?(?:第[二三]代)?(?:社会保障卡|社保卡)(?!的?(?:制作|制卡|补换|挂失|服务|网点))'],
  },
  {
    id: 'mediation_success_rate',
    name: '调解成功率',
    units: ['%'],
    defaultUnit: '%',
    phrases: ['劳动人事争议调解成功率', '调解成功率'],
  },
  {
    id: 'arbitration_closure_rate',
    name: '仲裁结案率',
    units: ['%'],
    defaultUnit: '%',
    phrases: ['(?:劳动人事|劳动)?争议仲裁(?:院|委)?(?:案件)?结案率', '仲裁(?:院|委)?(?:案件)?结案率'],
  },
  {
    id: 'minimum_wage',
    name: '最低工资标准',
    units: ['元'],
    defaultUnit: '元',
    // (我市最低月工资标准调整为1730元: 月 after 最低.)
    // (最低月薪为一千九百元: the monthly standard by the press's word for it.)
    phrases: ['月最低工资标准', '最低月工资标准', '最低工资标准', '最低月工资', '最低工资', '最低月薪(?![)）])'],
    // 小时最低工资标准分别为13元、12元: the hourly standard for part-time work, another measure than the monthly one.
    exclusions: ['小时最低工资标准', '小时最低工资'],
  },
  {
    id: 'pension_increase',
    name: '基本养老金调整',
    units: ['%'],
    defaultUnit: '%',
    phrases: [
      '企业退休人员基本养老金', '退休人员基本养老金', '基本养老金', '养老金',
    ],
    // (基本养老金发放额年均增长近15%: the sum paid out grows with the pensioners, no rise of a pension.)
    exclusions: ['基础养老金', '养老金社会化发放', '养老金发放率', '养老金按时足额发放', '养老金发放额', '养老金发放总额', '养老金支出'],
    // 提高企业退休人员基本养老金，人均每年增长10%左右; 月人均增加养老金123.44元，增幅为7.26%
    // (…基本养老金，提高幅度为10%; …基本养老金水平连续提高，年均增长13.3%; 调整…基本养老金，总体调整水平4%左右.)
    // (湖北提高退休人员基本养老金 人均月增长6.7%: by the month's pension, a headline's second half.)
    // 今年按5.5%左右调整退休人员待遇, 按10%普遍增加企业退休人员基本养老金: the rate, then the pensions it raises.
    trailing: ['(?:左右)?的?(?:幅度|标准)?(?:普遍)?(?:调整|提高|上调|增加)(?:企业|机关事业单位)?(?:和机关事业单位)?退休人员的?(?:基本养老金|养老金|待遇)'],
    continuations: ['人均每年增长', '人均月增长', '月人均增长', '人均增长', '每年增长', '年均增长', '总体上调', '平均上调', '人均提高', '增幅', '提高幅度', '调整幅度', '调整水平'],
  },
];

export const INDICATOR_BY_ID: ReadonlyMap<string, IndicatorDef> = new Map(INDICATOR_DEFS.map((d) => [d.id, d]));

/** The two unemployment rates: measures a month or a group is stated for (4月份为6.1%, 31个大城市调查失业率). */
export const UNEMPLOYMENT_RATES: ReadonlySet<string> = new Set(['surveyed_unemployment_rate', 'registered_unemployment_rate']);
/** Every rate of an area's whole (unemployment, mediation, arbitration): a level, never a part of a count. */
export const AREA_RATES: ReadonlySet<string> = new Set([...UNEMPLOYMENT_RATES, 'mediation_success_rate', 'arbitration_closure_rate']);
