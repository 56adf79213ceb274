/**
 * Figures that name an indicator's words but measure something else, turned into `other` figures after the rules
 * have proposed: a part of a total, a group's rate, a change of a level.
 *
 * A part of a total stated just before it is not the total: 城乡居民基本养老保险参保人数32.76万人…。其中，新型农村养老
 * 保险参保人数31.16万人; 全国城镇调查失业率…，其中31个大城市调查失业率…. After 其中, a figure of the same indicator as one
 * stated shortly before is a sub-count, an `other` figure with its own label.
 */
import type { Candidate } from '../rules/candidate';
import { CHANGE_VERBS, GROUP_RATE_BEFORE, NEW_COUNT_VERBS, RAISE_VERBS, SUBPOPULATION_QUALIFIERS } from '../lexicon/cues';
import { findPlaces } from '../context/gazetteer';
import { areaItemEndingAt } from '../context/area-item';
import { AREA_RATES, UNEMPLOYMENT_RATES } from '../lexicon/indicators';
import { LEVEL_FOLLOWS } from '../rules/level-after-change';

/** 其中 opening the figure's clause, a few words before its label at most. */
// A 其中 list runs on over ；: 其中，新型农村养老保险参保人数31.16万人…；城镇居民养老保险参保人数1.6万人.
const AMONG = /其中[，,：:]?[^。！？\n]{0,80}$/;
/** A scheme of its own (其中，参加城镇职工基本养老保险人数…) is a total too, unless the total is of that scheme. */
const SCHEME = /城镇职工|企业职工|城乡居民|机关事业单位/;
const schemeOf = (label: string): string | undefined => SCHEME.exec(label)?.[0];
/** How far back 其中 may stand. */
const AMONG_REACH = 90;
/** How far back the total may stand. */
const TOTAL_REACH = 300;

const OWN_LEVEL = /[省市州县区]本级/;
const OWN_AREA = /[我本](?:省|市|州|县|区|旗|盟)/;
const SKILLS_TRAINING_KIND = /^(?:职业技能|就业技能|岗位技能提升|职业技能提升)培训$/;

export function markPartsOfTotals<T extends { candidate: Candidate }>(text: string, proposed: readonly T[]): T[] {
  return asOther(proposed, (c, i) => {
    // (其中，正定县3000人: an area's part of the figure, read as such by rules/place-breakdown.ts.)
    if (c.partOf) return false;
    // (开展补贴性职业培训2975人次，其中职业技能培训2300人次，创业培训675人次: the skills training the indicator counts, named
    // by its own kind, is its figure inside a total of every kind of training.)
    if (c.indicator === 'vocational_training' && SKILLS_TRAINING_KIND.test(c.label)) return false;
    // (…增幅5%。其中，企业退休人员增幅5.67%，机关事业单位退休人员增幅4%: each group's pension rise is a rise of its own,
    // not a part of the overall one.)
    if (c.indicator === 'pension_increase') return false;
    const from = Math.max(0, c.start - AMONG_REACH);
    const among = AMONG.exec(text.slice(from, c.start));
    if (!among) return false;
    // The total stands before 其中, not among its parts; a figure of another measure after 其中 ends its list.
    const amongAt = from + among.index;
    // The figure stands in an item after ；, past the first of the list.
    const laterItem = /[；;]/.test(text.slice(amongAt, c.start));
    // (…其中，“4050”人员再就业10.9万人…；全省城镇登记失业率为4.3%: the area's own rate, in an item of its own after ；, is no
    // part of the list — 其中25岁至59岁人口调查失业率为4.6% is.)
    if (AREA_RATES.has(c.indicator) && (laterItem || /全[省市县区国]$/.test(text.slice(Math.max(0, c.start - 2), c.start)))) return false;
    // 其中，岳阳市计划实现城镇新增就业5.2万人: an area's own figure within the larger one's, not a sub-count.
    if (findPlaces(text.slice(amongAt, c.start)).some((m) => !m.place.short)) return false;
    // (…全省城镇新增就业52.3万人。其中，我市城镇新增就业3.6万人: so is the page's own area, named as its own.)
    if (OWN_AREA.test(text.slice(amongAt, c.start))) return false;
    // (其中市本级发放贷款9515万元；灵宝市发放贷款…: the city's own level is one of the areas the total is split into.)
    if (OWN_LEVEL.test(text.slice(amongAt, c.start))) return false;
    // (其中，城镇新增就业：东城区8000人: the area opening the figure's own item, after its label.)
    if (areaItemEndingAt(text, c.quantity.start, c.start)) return false;
    // 其中：2019年完成补贴性职业技能提升培训6.5万人次以上: a year's share of a total over years is that year's figure.
    // (…累计发放贷款6.2亿元，其中今年以来为1万人发放贷款1.7亿元: so is this year's share of a total over years.)
    // (…调查失业率平均为5.7%。其中，4月份，全国城镇调查失业率为6.1%: so is a month's, a quarter's or a half's of the span's.)
    if (/(?:19|20)\d\d年|今年|本年|当年|(?<![\d.])(?:1[0-2]|[1-9])月(?!底|末)|[一二三四]季度|[上下]半年/.test(text.slice(amongAt, c.start + 1))) return false;
    // (其中今年以来新发放19万本；累计为4万名下岗失业人员发放贷款6.2亿元: an item that opens on 累计 after ； is a total of
    // its own, not one of the 其中 list's parts.)
    if (/[；;]\s*(?:累计|共计|共|全年)/.test(text.slice(amongAt, c.start))) return false;
    // (…其中输转贫困劳动力9.18万人次，每年输转务工人员11万多人: a clause of the yearly average is the total's, per year.)
    if (/[，,；;]\s*(?:每年|年均|平均每年)[^，,；;]*$/.test(text.slice(amongAt, c.start))) return false;
    const listEnded = proposed
      .slice(0, i)
      .some((e) => e.candidate.start >= amongAt && e.candidate.indicator !== c.indicator && e.candidate.indicator !== 'other');
    if (listEnded) return false;
    const total = proposed
      .slice(0, i)
      .reverse()
      .find(
        (e) =>
          e.candidate.indicator === c.indicator &&
          e.candidate.kind !== 'progress' &&
          e.candidate.end <= amongAt &&
          c.start - e.candidate.end <= TOTAL_REACH &&
          // A total in an earlier paragraph (今年…预计达到40万人。\n…2011年…其中城镇新增就业50万人) is another story's.
          !text.slice(e.candidate.end, amongAt).includes('\n'),
      );
    if (total === undefined) return false;
    const scheme = schemeOf(c.label);
    if (scheme === undefined) return true;
    const totalScheme = schemeOf(total.candidate.label);
    if (totalScheme === undefined) return false;
    // (…企业职工基本养老保险参保人数18.09万人，其中离退休人员5.54万人；城乡居民基本养老保险参保人数90.73万人: another
    // scheme than the total's, in an item after its parts, is a total of its own — not where it is one of the parts,
    // 其中，参保职工118.3万人，…，机关事业单位养老保险参保29.1万人.)
    return scheme === totalScheme || !laterItem;
  });
}

/** A share of each one's own pension: the part of a rise linked to it (按本人基本养老金水平的0.53%). */
// (再按本人2024年12月基本养老金的0.8%增加: the month the pension is taken at may stand between.)
const OWN_PENSION_SHARE = /本人(?:调整前|(?:(?:19|20)\d\d年)?\d{1,2}月(?:份)?)?(?:月)?(?:基本)?养老金(?:水平)?的$/;
const OWN_PENSION_REACH = 24;

/** An unemployment rate of a group is not the area's rate (lexicon/cues.ts, GROUP_RATE_BEFORE). */
export function markGroupFigures<T extends { candidate: Candidate }>(text: string, proposed: readonly T[]): T[] {
  return asOther(
    proposed,
    (c) =>
      (UNEMPLOYMENT_RATES.has(c.indicator) && GROUP_RATE_BEFORE.test(text.slice(Math.max(0, c.start - 24), c.start))) ||
      // 省内转移就业人数达331.1万人, 省外转移就业342.99万人, 常年转移农村劳动力达194.8万人: a part of the transfers by
      // where or how long they went.
      (c.indicator === 'rural_labor_transfer' && TRANSFER_PART_BEFORE.test(text.slice(Math.max(0, c.start - 6), c.start))) ||
      // (农村劳动力转移省内就业60.27万人: the part named after the label.)
      (c.indicator === 'rural_labor_transfer' && TRANSFER_PART_AFTER.test(text.slice(c.gapStart, c.quantity.start))) ||
      // 建档立卡贫困家庭劳动力有组织转移就业5.46万人, 贫困农村劳动力累计转移就业5234人: the poor's transfers, counted apart.
      // (贫困农村劳动力累计转移就业5234人: the group written into the label's phrase.)
      (c.indicator === 'rural_labor_transfer' && POOR_IN_CLAUSE.test(clauseBefore(text, c.start) + text.slice(c.start, c.gapStart))) ||
      // 137万返乡农民工中已有129.5万人实现了再就业: migrant workers back home finding work again are not the unemployed.
      (c.indicator === 'unemployed_reemployment' && MIGRANTS_BEFORE.test(text.slice(Math.max(0, c.start - 14), c.start))) ||
      // 组织建档立卡贫困劳动力开展就业培训3万人次: a group's count. (为残疾人购买公益性岗位420个: public-welfare posts are
      // made for such groups, and counting them is counting the posts.)
      (c.indicator !== 'public_welfare_jobs' && COUNTED_GROUP_BEFORE.test(text.slice(Math.max(0, c.start - 14), c.start)) && !lastOfListOfAll(clauseBefore(text, c.start))) ||
      // 参加基本养老保险的农民工人数为4543万人, 公益性岗位安置退役军人2.02万人: a group's count inside the label's phrase.
      // (扶贫公益性岗位安置贫困劳动力6.55万人: the poor placed in posts made for the poor are the posts' placements.)
      (c.gapStart < c.quantity.start && GROUP_IN_GAP.test(text.slice(c.gapStart, c.quantity.start)) && !(c.indicator === 'public_welfare_jobs' && POVERTY_POSTS_BEFORE.test(text.slice(Math.max(0, c.start - 4), c.start)))) ||
      // 为全省在岗养老护理员、…的社会人员开展职业技能培训超5万人次: a trade's own workforce trained is that trade's
      // programme, not the area's vocational training (which trades are taught, 以电工、焊工等工种为主, is).
      (c.indicator === 'vocational_training' && tradeTrained(text, c.start)) ||
      // 开展幼儿教师培训1.75万人次, 乡村医生培训: a profession's own schooling, not the area's vocational training.
      (c.indicator === 'vocational_training' && PROFESSION_BEFORE.test(text.slice(Math.max(0, c.start - 6), c.start))) ||
      // 该公司为员工缴纳五险一金，参加养老保险的职工达1.2万人: one firm's own workforce, not the area's.
      firmOwnFigure(text, c.start) ||
      // 挂钩调整：…再按本人基本养老金水平的0.53%增加基本养老金: the part of a rise linked to each one's own pension, not
      // the rise's overall level.
      (c.indicator === 'pension_increase' && OWN_PENSION_SHARE.test(text.slice(Math.max(0, c.quantity.start - OWN_PENSION_REACH), c.quantity.start))),
  );
}

/**
 * 《就业援助证》申请办理23683人，其中就业困难人员12552人: the hard to employ counted among people no placing was said of are
 * the group itself, not its placements (下岗失业人员实现再就业2302人，其中就业困难对象806人 still are). Before the parts of
 * totals are read, so that such a count is no total for the placements after it.
 */
export function markGroupCounts<T extends { candidate: Candidate }>(text: string, proposed: readonly T[]): T[] {
  return asOther(
    proposed,
    (c) => c.indicator === 'hard_to_employ_employment' && BARE_GROUP_LABEL.test(c.label) && !PLACED_BEFORE_AMONG.test(sentenceBeforeAmong(text, c.start)),
  );
}

/** The hard to employ named alone, as a group after 其中 (就业困难人员, 困难对象), no placing word in the label. */
const BARE_GROUP_LABEL = /^(?:就业)?困难(?:人员|对象)$/;
/** A placing or a finding of work said before 其中: the group's count is of the placed. */
// (《就业援助证》申请办理…: a certificate's name is no placing.)
const PLACED_BEFORE_AMONG = /再就业|实现就业|就业\d|安置|上岗|帮扶|帮助|援助(?!证)|(?:实现|促进|推动)[^，,。；;]{0,12}就业/;
const AMONG_LOOKBACK = 80;

/** The text from its sentence's start (or AMONG_LOOKBACK back) to the last 其中 before `at`. */
function sentenceBeforeAmong(text: string, at: number): string {
  const before = text.slice(Math.max(0, at - AMONG_LOOKBACK), at);
  const among = before.lastIndexOf('其中');
  const head = among < 0 ? before : before.slice(0, among);
  return head.slice(head.search(/[^。！？!?\n]*$/));
}

/** A sentence whose subject is one firm (该公司, 本集团, 公司现有…) counts that firm's people. */
const FIRM_REACH = 60;
const FIRM_SUBJECT = /(?:该|本|我)(?:公司|集团|企业|厂)|(?:公司|集团)(?:现有|共有|为员工|为职工|员工)/;

function firmOwnFigure(text: string, at: number): boolean {
  const before = text.slice(Math.max(0, at - FIRM_REACH), at);
  return FIRM_SUBJECT.test(before.slice(before.search(/[^。；;！？!?\n]*$/))) || FIRM_REPORT.test(text.slice(0, FIRM_REPORT_HEAD));
}
/** A firm's own report (某某集团2024年社会责任报告, …股份有限公司2024年半年度报告): every figure in it is the firm's. */
const FIRM_REPORT = /^[^\n]{0,30}?(?:集团|公司)[^\n]{0,16}?(?:社会责任报告|ESG报告|可持续发展报告|年度报告|半年度报告|年报)/;
const FIRM_REPORT_HEAD = 80;

const MIGRANTS_BEFORE = /农民工[^，,。；;！？\n]{0,8}$/;
/** Those a clause trains (为…开展, 对…进行, 面向…): a trade's workers. */
// (今年为…: a time or a place may open the clause.)
const FOR_TRAINEES = /^[^为对面针]{0,4}(?:为|对|面向|针对)/;
const TRADE_WORKERS = /护理员|护理人员|家政服务员|家政服务人员|育婴员|保育员|月嫂|护工|快递员|外卖骑手|网约车司机/;
/** …while 工种, 专业 or 等 name what is taught, a list of trades. */
const TRADES_TAUGHT = /工种|专业|等/;
const TRAINEES_REACH = 60;
const PROFESSION_BEFORE = /(?:教师|校长|班主任|医生|村医|医务人员|护士|干部|党员)$/;

function tradeTrained(text: string, at: number): boolean {
  const before = text.slice(Math.max(0, at - TRAINEES_REACH), at);
  const clause = before.slice(before.search(/[^，,。；;！？\n]*$/));
  return FOR_TRAINEES.test(clause) && TRADE_WORKERS.test(clause) && !TRADES_TAUGHT.test(clause);
}
// (脱贫劳动力, 搬迁劳动力: the poor out of poverty, the relocated — counted apart as the poor are.)
const POOR_IN_CLAUSE = /建档立卡|(?:贫困|脱贫)(?:家庭|农村)?劳动力|贫困人口|脱贫人口|贫困户|搬迁(?:群众|劳动力)/;
const CLAUSE_REACH = 30;

/** The figure's clause before its label: back to the last clause break, at most CLAUSE_REACH characters. */
function clauseBefore(text: string, at: number): string {
  const before = text.slice(Math.max(0, at - CLAUSE_REACH), at);
  return before.slice(before.search(/[^，,。；;！？\n]*$/));
}
const TRANSFER_PART_BEFORE = /(?:省内|省外|跨省|县内|县外|市内|市外|区内|区外|县域内|境外|出境|常年|季节性)$/;
const TRANSFER_PART_AFTER = /^(?:到|至|往)?(?:省内|省外|跨省|县内|县外|市内|市外|境外)/;
/** Groups counted apart from everyone (在贫困村发放创业担保贷款1.1亿元, 安置退役军人…): their figures are parts. */
const COUNTED_GROUPS = '建档立卡|贫困劳动力|贫困村|退役军人|残疾人';
const COUNTED_GROUP_BEFORE = new RegExp(`(?:${COUNTED_GROUPS})[^，,。；;！？\\n]{0,6}$`);
const POVERTY_POSTS_BEFORE = /扶贫$/;
const GROUP_IN_GAP = new RegExp(`的(?:${SUBPOPULATION_QUALIFIERS.join('|')}|残疾人)|(?:^|安置|帮扶|帮助|援助)(?:${COUNTED_GROUPS})`);

/**
 * 对下岗失业人员、农村富余劳动力、复退军人、残疾人进行职业技能培训1500多人: a counted group closing a list of everyone
 * trained — the figure counts them all, not the group.
 */
function lastOfListOfAll(clause: string): boolean {
  const items = clause.split('、');
  const counted = new RegExp(COUNTED_GROUPS);
  return items.length > 1 && items.slice(0, -1).some((item) => !counted.test(item));
}

/** Turns the candidates `test` picks, the bare series members they head and the shares that qualify them into `other` figures. */
function asOther<T extends { candidate: Candidate }>(proposed: readonly T[], test: (c: Candidate, i: number) => boolean): T[] {
  const turned = new Set<Candidate>();
  return proposed.map((p, i) => {
    const c = p.candidate;
    // A bare series member, or a plan share of a figure turned (其中：支持个人创业贷款6.83亿元，完成…的103.5%), goes with it.
    const member = (c.seriesOf !== undefined && turned.has(c.seriesOf)) || (c.share !== undefined && turned.has(c.share));
    if (!member && (c.indicator === 'other' || c.kind === 'progress' || c.plan || !test(c, i))) return p;
    turned.add(c);
    return { ...p, candidate: { ...c, indicator: 'other' } };
  });
}

/**
 * A change of a level is not the level: 最低工资标准每月提高183元 (the standard is 2100元), 基本养老保险参保人数净增30.49万人
 * (the count is 967.59万人). 提高至/达到 name the level itself.
 */
const LEVELS = new Set(['pension_insured', 'unemployment_insurance_insured', 'work_injury_insurance_insured', 'minimum_wage']);
const NEWLY_BEFORE = /(?:新增|净增)$/;
const INSURED = new Set(['pension_insured', 'unemployment_insurance_insured', 'work_injury_insurance_insured']);
/** The year's expansion target or task (扩面目标, 扩面任务) a count or a share is measured against. */
const EXPANSION_TARGET = '(?:全年|年度)?扩面(?:目标|任务|计划)';
const EXPANSION_AFTER = new RegExp(`^[，,；;]?\\s*(?:为|占|完成了?)${EXPANSION_TARGET}`);
const EXPANSION_BEFORE = new RegExp(`${EXPANSION_TARGET}[^，,。；;\\d]{0,4}$`);
const WITHDRAWN_BEFORE = /(?:收回|取消|核减|撤销|清退|压减)$/;
const LISTED_AFTER_CHANGE = /(?:新增|净增)(?:参加)?[\u4e00-\u9fff]{0,8}保险(?:参保)?(?:人数)?\d+(?:\.\d+)?万?人[，,、]$/;
const LIST_REACH = 30;
const LEVEL_REACH = 12;
/** A verb of change right before the figure (至/到 after it name the level instead). */
const CHANGE_BY = new RegExp(`(?:${CHANGE_VERBS})(?!至|到)[^，,。；;]{0,4}$`);
/** …and for a stock or a standard, a count of the new and a raise as well. */
// (最低工资调高为900元/月: a verb with 为 after it names the level it came to, as with 至; 增幅为3% is still the raise.)
const CHANGE = new RegExp(`(?:(?:${NEW_COUNT_VERBS}|${RAISE_VERBS}|${CHANGE_VERBS})(?!至|到|为)|增幅|涨幅)[^，,。；;]{0,4}$`);

/**
 * Any measure compared with a year before, the difference given where the figure should be: 城镇新增就业同比增加1.24万人,
 * 城镇登记失业率同期相比下降0.55%, 工伤保险参保人数较上年末减少32.3万人.
 */
const CHANGE_ON_YEAR = /(?:同比|同期相比|与上年同期相比|与去年同期相比|比上年同期|较上年同期|比去年同期|较去年同期|(?:比|较)(?:上年|去年)(?:末|底)?|(?:比|较)年初)[，,]?(?:增加|减少|下降|上升|增长|提高|降低|回落|多增|少增|净增|多|少)了?$/;

export function markLevelChanges<T extends { candidate: Candidate }>(text: string, proposed: readonly T[]): T[] {
  return asOther(proposed, (c) => {
    const gap = c.gapStart < c.quantity.start ? text.slice(c.gapStart, c.quantity.start) : '';
    // 创业贷款新增担保基金450万元: a fund, not an amount lent.
    return (
      (LEVELS.has(c.indicator) && CHANGE.test(gap)) ||
      // 新增参加企业职工基本养老保险55万人: the newly insured, before the label, are a flow too.
      (LEVELS.has(c.indicator) && NEWLY_BEFORE.test(text.slice(Math.max(0, c.start - 2), c.start))) ||
      // 全年净增养老保险1.35万人，工伤保险1.54万人: the next insurance in the list is counted the same way.
      // (…，参保总人数达到370万人: the total after the new enrolments is the count insured.)
      (LEVELS.has(c.indicator) && !/总/.test(c.label) && LISTED_AFTER_CHANGE.test(text.slice(Math.max(0, c.start - LIST_REACH), c.start))) ||
      (c.indicator === 'startup_loans' && /基金/.test(gap)) ||
      // 收回城镇公益性岗位5名, 取消公益性岗位保洁名额129名: posts withdrawn, a change of the posts, not their count.
      (c.indicator === 'public_welfare_jobs' && WITHDRAWN_BEFORE.test(text.slice(Math.max(0, c.start - 4), c.start))) ||
      // 办理养老保险参保6998人，为年度扩面目标的247%: enrolments measured against the year's expansion target are new
      // enrolments, a flow — and so is that share of the target.
      (INSURED.has(c.indicator) && (EXPANSION_AFTER.test(text.slice(c.end, c.end + LEVEL_REACH)) || (c.kind === 'progress' && EXPANSION_BEFORE.test(text.slice(Math.max(0, c.start - LEVEL_REACH), c.quantity.start))))) ||
      CHANGE_ON_YEAR.test(gap) ||
      // 城镇新增就业增加320人，达到5230人: any measure's change, when the level it came to follows. (转移就业人数新增0.3万人，
      // 达到1.5万人: a flow's new count is the flow itself, its total too — the corpus's gold files both.)
      (CHANGE_BY.test(gap) && LEVEL_FOLLOWS.test(text.slice(c.end, c.end + LEVEL_REACH)))
    );
  });
}

/**
 * A count made per month or per day is an average, not the period's count: 每个月的城镇新增就业人数都保持在90万人以上
 * (851万人 in nine months), 城镇新增就业月均10万人; so is a standard per unit of people or places (每200人安置1名). A
 * rate's monthly average (月均值为5.0%) and a wage or pension by the month are the measure itself.
 */
const PER_MONTH_OR_DAY = '(?:平均)?(?:每个?月|每天|每日|月均|日均)';
const AVERAGE_BEFORE = new RegExp(`${PER_MONTH_OR_DAY}的?(?:平均)?$`);
const AVERAGE_IN_GAP = new RegExp(`^[^，,。；;]{0,4}?${PER_MONTH_OR_DAY}`);
const PER_MONTH_MEASURES = new Set(['minimum_wage', 'pension_increase']);
/** 农村每200人安置1名公益性岗位, 每个乡镇驻地安置10名, 每村配备2名: a standard per unit of people or places, no count. */
const PER_UNIT_STAFFED = /每(?:\d+|[一二两三四五六七八九十百千]+)?(?:个|名|户|人|村|家)?[\u4e00-\u9fff]{0,6}?(?:安置|配备|设置|开发|聘用|配置|选聘)$/;

export function markAverages<T extends { candidate: Candidate }>(text: string, proposed: readonly T[]): T[] {
  return asOther(proposed, (c) => {
    if (c.unit === '%' || PER_MONTH_MEASURES.has(c.indicator)) return false;
    const clause = clauseBefore(text, c.start);
    return AVERAGE_BEFORE.test(clause) || PER_UNIT_STAFFED.test(clause) || (c.gapStart < c.quantity.start && AVERAGE_IN_GAP.test(text.slice(c.gapStart, c.quantity.start)));
  });
}
