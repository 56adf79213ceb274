import type { Comparator } from '../types';

/** Cue words that decide a figure's comparator, kind and period. Data only; the refiners compile them. */

/** Words written just before a figure that set its comparator (the number scanner handles 以上/以内/余/多 after it). */
export const COMPARATOR_PREFIXES: Record<string, Comparator> = {
  超过: '>=', 超: '>=', 不低于: '>=', 不少于: '>=', 至少: '>=', 突破: '>=', 将破: '>=', 破: '>=', 高于: '>=', 多于: '>=', 逾: '>=',
  不超过: '<=', 不超: '<=', 低于: '<=', 不高于: '<=', 少于: '<=', 不到: '<=', 小于: '<=', 不大于: '<=', 大于: '>=', 不小于: '>=', 控制在: '=',
  // (最低工资标准第一档次均已迈入2000元: a threshold crossed.)
  迈入: '>=', 跨入: '>=', 迈上: '>=',
  约: '~', 大约: '~', 近: '~', 将近: '~', 接近: '~', 约为: '~', 约达: '~', 大约为: '~',
  // (农村转移劳动力约有1.13亿人: about so many there are.)
  约有: '~', 大约有: '~',
};

/**
 * Verbs of a level rising or falling — by a difference (增加320人) or to a date or a value (增加到2022年6月的10.4亿人): a
 * regular-expression source, the one list the rules and refiners that tell a change from a level share.
 */
export const CHANGE_VERBS = '增加|提高|增长|上升|下降|减少|扩大|降低';
/** A count of what is new (净增3万人, 新增参保): for a stock such as the insured, a change too. */
export const NEW_COUNT_VERBS = '净增|新增';
/** A standard or a benefit raised (上调183元, 涨幅5%): the raise, not the level. */
export const RAISE_VERBS = '上调|调增|调高|上涨|增幅|涨幅|涨';

/**
 * Whose plan a figure is, between a comparison and the figure (低于年初确定4.3%的目标, 完成省定2亿元目标任务): a regular-
 * expression source, every part optional.
 */
/**
 * A plan held as a ceiling, as written after its figure (3.9%的控制性指标, 4.5%的年控目标, 5.5%的调控目标): a regular-
 * expression source for the qualifier before 目标/指标, shared by the rules that read a plan's level after a figure.
 */
export const CONTROL_PLAN = '(?:控制性?|调控|控)';

// (省上下达6.5万人任务: 省上, 市上 — the west's word for the level above.)
// (比省政府年初确定的5%的控制线: the government that set it, then when.)
// (低于年初政府工作报告的预期目标4.6%: the document that set it.)
// (控制在“十五”计划确定的5%的目标之内: the five-year plan that set it.)
// (完成原定60万人目标任务的82%: the plan set before the year turned out as it did.)
// (完成县下达任务120人的130%: a town's plan, set by its county.)
export const PLAN_OWNER = '(?:全年|年度|年初|原定)?(?:国家|省定|市定|县定|上级|省上|市上|县上|(?:省|市|县)(?:政府)?)?(?:年初)?(?:政府工作报告|[“"]?十[一二三四]?五[”"]?(?:计划|规划))?(?:确定|设定|提出|既定|下达)?的?';

/**
 * A plan called met (目标顺利完成, 任务已超额完成): a regular-expression source shared by the rules that read what follows
 * a plan's figure — its period (engine.ts) and what was actually done after it (rules/continuation.ts).
 */
export const PLAN_CALLED_MET = '(?:目标任务|目标|任务)(?:已经?)?(?:顺利|超额|全面|圆满|如期)?完成';

/**
 * What was actually done of a plan, said right after it (目标任务5000人，实际完成5620人; 控制目标3.5%以内，实际为2.3%): a
 * regular-expression source shared by the section model (context/sections.ts) and a plan's period (engine.ts).
 */
export const ACTUALLY_DONE = '实际(?:完成|实现|为|达到?)';

/** The key a task's progress is given under (进展情况：, 完成情况：…), as a regular-expression source. */
export const PROGRESS_KEY = '(?:进展|完成|推进|落实)(?:情况)?\\s*[：:]';

/** Words just before a figure that read as a plan in any section (确保年内实现…, 力争…). */
export const TARGET_CUES = [
  '确保', '力争', '争取', '力求', '努力实现', '预期目标', '主要目标', '目标是', '目标为', '目标任务', '奋斗目标', '目标安排',
  '计划', '拟', '将', '要实现', '要完成', '要确保', '全年要', '今年要', '任务是', '提出要',
  // 至今年底，我市社会保障卡发行要达到669万张: a level the area is to reach.
  '要达到', '要超过', '要突破', '要控制在', '要保持在', '要稳定在',
  // 全省将累计完成…转移就业106万人次以上: a total still to be run up is a goal, whatever 累计 says alone.
  '将累计', '要累计', '计划累计', '力争累计', '确保累计', '预计累计',
  // 今年定下120万, 今年定下的目标: a figure set for the year is its goal.
  '定下', '定下了',
  // 总体目标已经设定，城镇新增就业70万人: a plan set, whose 已 is no result.
  '目标已经设定', '目标已设定', '目标已经确定', '目标已确定', '目标设定为', '目标确定为', '目标已经明确', '目标已明确',
  // 明年就业工作的目标任务已明确，即：城镇新增就业900万人: the tasks made clear, likewise.
  '目标任务已经明确', '目标任务已明确', '任务已经明确', '任务已明确',
  // 对于今年政府工作要求，会议提出，2020年…城镇新增就业60万人以上: what a meeting or report asks for next.
  '工作要求', '提出，', '提出,', '提出：', '提出:',
  // 《报告》提出城镇调查失业率全年控制在5.5%以内: what a report proposes.
  '报告》提出', '报告提出', '报告”提出',
  // 会议要求，2025年全省城镇新增就业70万人以上: what a meeting or a notice demands, makes clear or stresses is still to do.
  '会议要求', '会议明确', '会议强调', '通知要求', '通知明确', '文件要求', '文件明确', '意见要求', '意见明确', '方案要求', '方案明确',
  // 目标：城镇新增就业1.5万人，帮扶困难人员就业800人: a list the plan noun announces with a colon is the plan's to
  // its sentence's end, however results follow in the next.
  '目标：', '目标:',
  // 湖南省明确，城镇新增就业70万人: an area setting its figures (a round-up of work reports).
  // 广东省预期2019年城镇新增就业110万人: an area's expectation for its year is its plan (not 超预期, 好于预期).
  '省预期', '市预期', '县预期', '区预期',
  '省明确，', '市明确，', '县明确，', '区明确，', '省明确,', '市明确,', '县明确,', '区明确,', '省明确：', '市明确：', '省明确:', '市明确:',
  // 人口大省河南明确，城镇新增就业110万人以上: a province by its short name, likewise.
  ...['北京', '天津', '河北', '山西', '内蒙古', '辽宁', '吉林', '黑龙江', '上海', '江苏', '浙江', '安徽', '福建', '江西', '山东', '河南',
    '湖北', '湖南', '广东', '广西', '海南', '重庆', '四川', '贵州', '云南', '西藏', '陕西', '甘肃', '青海', '宁夏', '新疆']
    .flatMap((p) => [`${p}明确，`, `${p}明确,`, `${p}明确：`, `${p}明确:`]),
];

/** Target cues that are nouns: they name a plan in their own clause and announce later clauses only with 是/为/：. */
// (按照目标安排，…: the plan's arrangement, read for the sentence it opens.)
export const TARGET_PLAN_NOUNS = ['预期目标', '主要目标', '目标任务', '奋斗目标', '计划', '目标安排'];

/** Words that contain a cue but say neither (将近 is "nearly", 模拟 is "simulate"); matched first, then ignored. */
export const NEUTRAL_CUES = [
  '将近', '即将', '将来', '模拟', '虚拟', '计划生育', '已知', '已婚',
  // The plan a share is measured against (完成全年目标任务的65.2%) is no cue for the figures after it.
  '目标任务的', '计划任务的', '目标的', '任务的',
  // …增长10.3%，超计划目标0.3个百分点；城镇登记失业率3.86%: a result set against its plan names no plan of the figures after it;
  // nor does a task done ahead of it (比原计划提前一个月完成任务；全国城镇新增就业达1200万人以上).
  '超计划', '低于计划', '高于计划', '比原计划', '较原计划', '比计划', '较计划',
  // (积极争取了配套贴息资金1000万元, 争取到200万元: 争取 with what was won is no goal.)
  '争取了', '争取到',
];

/** Words just before a figure that read as something that happened (截至5月底…, 累计…, 已…). */
export const ACTUAL_CUES = [
  '截至', '截止', '累计', '已经', '已', '共计',
  // 2010年共发放小额担保贷款75.5亿元: a total of what was done (not 共同, 共享; nor a plan's 三年共开展…培训5000万人次以上).
  '共发放', '共为', '共帮助', '共实现', '共完成', '共新增', '共安置', '共转移', '一年来', '五年来', '这五年', '过去五年', '过去一年', '过去的一年',
  '去年', '上年', '今年以来', '年以来', '同比', '实现了', '完成了', '达到了', '帮助了', '发放了', '实际完成', '超额完成', '提前完成',
  // 参保人数实际为555.1万人; not 实际利用外资, a measure's name in a list of targets.
  '实际为', '实际达到', '实际达', '实际实现',
  // 数据显示，2024年末，全市城镇新增就业29.9万人: measured data, whatever the page goes on to plan.
  '数据显示', '统计显示', '监测显示', '据统计',
  // 月最低工资标准由现行的1150元、1050元、950元调整为…: the standard in force.
  '现行',
  // 目前，月最低工资标准最高的是深圳的1500元: how things stand now — for the clause it opens only (sentence-cues.ts).
  '目前',
  // 2016年到2019年，城镇新增就业每年都保持在1300万人以上: where it stood every year of a span told (a plan asks 每年要…).
  '每年都保持在', '每年都稳定在', '每年都控制在', '每年都超过', '每年都在', '每年均保持在', '每年均稳定在', '每年均控制在', '每年均超过',
];

/** Heading and paragraph-lead words that open a review of what was done. */
export const REVIEW_SECTION_CUES = [
  '工作回顾', '回顾', '完成情况', '开展情况', '进展情况', '办理情况', '执行情况', '落实情况', '工作总结', '总结', '主要成效', '工作成效', '取得成效',
  '一年来', '五年来', '这五年', '过去五年', '过去一年', '过去的一年', '十年来', '这十年', '过去十年', '工作情况汇报', '工作汇报', '工作情况', '统计公报', '公报',
  // 近年来，我市聚焦…，确保全市就业形势稳定。2020年…: the recent years a paragraph opens on are what it tells.
  '近年来', '近几年来', '近年以来',
];

/** Heading and paragraph-lead words that open plans and targets. */
export const PLAN_SECTION_CUES = [
  '目标任务', '主要目标', '预期目标', '预期指标', '重点工作', '工作安排', '工作任务', '重点任务', '总体部署', '工作要点',
  '工作思路', '工作打算', '工作计划', '下一步', '有关要求', '总体要求', '行动计划', '实施方案', '任务一', '总体目标',
  '工作目标',
  // 提出了2021年全市…发展指标体系安排,具体为:… a plan report's lead to the year's indicators.
  '指标体系安排', '指标安排',
  // 接下来，市人社局将从四个方面开展稳就业工作: a press conference turning from the results to what comes next.
  '接下来', '下一阶段', '下阶段',
];

/** Words right after a figure, in its clause, that compare it with the past: it has happened. */
export const TRAILING_ACTUAL_CUES = ['同比', '比上年', '较上年', '比去年', '较去年', '比上年同期', '较上年同期'];

/** Words later in the sentence that say its figures are results: 城镇新增就业5.2万人，超额完成…目标任务. */
export const TRAILING_ACTUAL_SENTENCE_CUES = [
  '超额完成', '圆满完成', '提前完成', '全面完成了', '优于', '好于预期目标',
  // …1352万人，明显高于1100万人以上的预期目标 (not 不高于, a ceiling a plan sets).
  '明显高于', '高于预期', '超过预期', '高于年初',
  // …将达到1200万人以上，比全年900万的预定目标超出了300万人.
  '目标超出',
  // …城镇登记失业率为2.47%，就业再就业各项目标全部实现.
  '目标全部实现', '目标全面实现', '任务全部完成', '均已完成',
];

/** Words after a figure in the same sentence that still say "target" when nothing stronger decided. */
export const TRAILING_TARGET_CUES = ['目标任务', '的目标', '预期目标'];

/** Relative-time phrases → how they map to a period given the document's year. */
export const FIVE_YEAR_PAST = ['这五年', '五年来', '过去五年', '“十四五”时期', '"十四五"时期', '十四五时期', '“十四五”以来', '“十四五”期间'];
/** A decade's review (党的十八大以来…十年来): the ten years before the page's. */
export const TEN_YEAR_PAST = ['十年来', '这十年', '过去十年', '近十年来', '10年来', '过去10年'];
export const FIVE_YEAR_NEXT = ['“十五五”时期', '"十五五"时期', '十五五时期', '“十五五”期间', '今后五年', '未来五年', '今后5年', '未来5年'];

/** Words before an unemployment rate that make it a group's (regular-expression sources). */
export const SUBPOPULATION_QUALIFIERS = [
  // (16岁至24岁: each age with its 岁.)
  '\\d+\\s*岁?\\s*[-—~～至到]\\s*\\d+\\s*岁', '\\d+岁以上', '\\d+个大城市', '大城市',
  // (这31个城市城镇失业率, 31个省会城市: the sample of cities a survey reads, not the area.)
  '\\d+个(?:省会)?城市', '青年', '高校毕业生', '大学生', '农民工',
  '外来农业户籍', '外来非农户籍', '本地户籍', '外来户籍', '女性', '男性', '主体人群',
  // (初中及以下学历、…、本科及以上学历劳动力调查失业率分别为…: the rates of the workforce by schooling.)
  '学历', '文化程度',
];
/**
 * A group named a few words before a rate: the rate is the group's, not the area's (25-59岁就业主体人群的城镇调查失业率,
 * 31个大城市调查失业率, 16-24岁青年失业率, 外来农业户籍劳动力失业率).
 */
export const GROUP_RATE_BEFORE = new RegExp(`(?:${SUBPOPULATION_QUALIFIERS.join('|')})[^，,。；;！？\\n]{0,12}$`);
