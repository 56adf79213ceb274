/**
 * A readable name for an `other` figure. The engine names an uncatalogued figure by the words around it, which are
 * often not what it measures: a comparison (同比增长2.3% → 同比), a lone verb (分别进驻), a counted word (9户人家 → 人家),
 * a region or a time in front (海南省新增就业人数, 年末城镇登记失业人员), a conjunction at the end (乡镇卫生院和). This keeps the
 * measured noun phrase, or says there is none (null), so the comparison never shows a fragment as a row name. Pure.
 */

/** Punctuation, digits and spaces that cling to either end of a label cut out of running text or a table row. */
const EDGES = /^(?:\d+(?:[\s、.．]+|$))?[\s%‰、，,;；﹔:：“”"'‘’《》〈〉（）()【】[\]·•\-—/]+|[\s、，,;；﹔:：“”"'‘’《》〈〉（(【[·•\-—/]+$/g;

/** Words before the noun that say where, when or how sure, not what: 全省, 我市, 年末, 每年, 预计, 累计, 实现… */
const LEADING = new RegExp(
  '^(?:' +
    [
      '(?:全|我|该|本|各)(?:省|市|县|区|州|盟|旗|镇|乡)(?:共|累计)?',
      '(?:[一二三四]|第[一二三四])季度(?:末)?',
      '\\d{1,2}月(?:底|末|份)?',
      '\\d{1,2}年来',
      '(?:今|去|当|全|每|上|本)年(?:度)?(?:末|底)?',
      '年(?:末|底|初)',
      '(?:上|下)半年',
      '以来',
      '其中',
      // 9户人家实现稳定就业: the counted word, then what they did.
      '人家',
      '预计',
      '力争',
      '确保',
      '累计',
      '共计?',
      '实现',
      '完成',
    ].join('|') +
    ')',
);

/** Words after the noun that belong to the next clause or join it to another: 和, 的, 中的, 等, 分别, 达… */
const TRAILING = /(?:(?:由|从|至|到|增加到|扩大至|提高到|下降到|降至)?\d{4}年(?:末|底)?|以及|和|与|及|或|中的|的|等|向|由|为|是|达|达到|分别|均|共|已经|已|始终|进一步|合计|总计|占)$/;

/** The provinces by their short names (and the autonomous regions'), as they stand before a figure's noun. */
const PROVINCES = [
  '北京', '天津', '河北', '山西', '内蒙古', '辽宁', '吉林', '黑龙江', '上海', '江苏', '浙江', '安徽', '福建', '江西',
  '山东', '河南', '湖北', '湖南', '广东', '广西', '海南', '重庆', '四川', '贵州', '云南', '西藏', '陕西', '甘肃', '青海',
  '宁夏', '新疆',
];
const REGION_PREFIX = new RegExp(
  `^(?:(?:${PROVINCES.join('|')})(?:省|市|自治区|壮族自治区|回族自治区|维吾尔自治区)?|[\\u4e00-\\u9fff]{2}(?:市|县|区|州))(?=[^场域内外级委直属民政长镇乡实][\\u4e00-\\u9fff])`,
);

/** A change against another time or place names the change, not the thing that changed. */
const COMPARISON = /^(?:占|同比|环比|比|较|相比|与|和|同期|高于|低于|超过|超出|超任务|略高|略低|两年平)/;
const COMPARISON_TAIL = /(?:同比|环比|比上年|较上年)$/;

/** Labels that are only a verb, a share, a change or a counted word: nothing to compare across pages. */
const NOT_A_NOUN = new Set([
  '增加', '减少', '增长', '下降', '上升', '上涨', '提高', '降低', '增幅', '增速', '涨幅', '增长率', '实际', '名义', '增至',
  '发放', '安排', '帮助', '帮扶', '带动', '惠及', '提供', '新建', '建成', '投资', '投入', '进驻', '分别进驻', '吸纳', '组织',
  '举办', '开展', '支持', '扶持', '落实', '实施', '组织实施', '引进', '培育', '认定', '新增', '达到', '达', '为', '占',
  '调整', '开辟', '净增', '带来',
  '人家', '资金', '企业', '单位', '行业', '指标', '项目', '人员', '人', '名', '个', '家', '户', '省', '市', '县', '次',
  '人次', '元', '万元', '亿元', '同期', '目标任务', '任务', '计划', '年计划', '总数', '其中', '合计', '总计',
]);

const CJK = /[\u4e00-\u9fff]/g;

function cjkCount(s: string): number {
  return s.match(CJK)?.length ?? 0;
}

/** A table row's label holds several cells (序号 项目 单位): the longest cell is the item's name. */
function oneCell(label: string): string {
  const cells = label.split(/\s+/).filter((c) => cjkCount(c) >= 2);
  if (cells.length <= 1) return cells[0] ?? label;
  return cells.reduce((best, c) => (cjkCount(c) > cjkCount(best) ? c : best));
}

function stripRepeatedly(s: string, pattern: RegExp): string {
  let prev;
  do {
    prev = s;
    s = s.replace(pattern, '').replace(EDGES, '');
  } while (s !== prev && s !== '');
  return s;
}

/**
 * A label cut in the middle of a clause: it opens on a particle that ties it to words before it (7%左右的速度可以实现…
 * → 的速度…), or ends on a place the action happens in before the action is named (28个省份实现了农民工随迁子女在流入地
 * 参加高考 → …在流入地).
 */
const CUT_CLAUSE = /^[的地得之了着]|在[\u4e00-\u9fff]{1,4}$/;

/** The measured noun phrase of an `other` figure's label, or null when the label names none. */
export function cleanOtherLabel(label: string): string | null {
  let s = oneCell(label.replace(EDGES, ''));
  s = s.replace(/[“”"‘’《》〈〉]/g, '');
  if (COMPARISON.test(s) || CUT_CLAUSE.test(s)) return null;
  s = stripRepeatedly(s, LEADING);
  s = s.replace(REGION_PREFIX, '');
  s = stripRepeatedly(s, LEADING);
  s = stripRepeatedly(s, TRAILING);
  // 生育保险参保人数参保人数: a table's label and its column header run together.
  s = s.replace(/(.{2,})\1$/u, '$1');
  const tail = COMPARISON_TAIL.exec(s);
  if (tail) s = s.slice(0, tail.index);
  if (cjkCount(s) < 2 || NOT_A_NOUN.has(s) || COMPARISON.test(s)) return null;
  return tail ? `${s}（${tail[0]}）` : s;
}
