/** Words that mark a clause or a page as being about labour and social security (人社). Data only. */

/** Strong topic words: a page that uses many of them is a 人社 page. */
export const LABOUR_TOPIC_TERMS = [
  '人力资源和社会保障', '人力资源社会保障', '人社', '就业', '失业', '再就业', '社会保险', '社会保障', '社保',
  '养老保险', '医疗保险', '失业保险', '工伤保险', '生育保险', '养老金', '参保', '职业技能', '技能培训', '技能人才',
  '劳动关系', '劳动争议', '劳动人事争议', '劳动仲裁', '劳动监察', '劳动保障', '劳动者', '农民工', '欠薪', '工资支付', '最低工资', '公益性岗位',
  // 小额担保(贴息)贷款: the start-up loan programme by its name before 2016.
  // (黑龙江省前5个月实现劳务收入60个亿: what rural labour sent out to work earned.)
  '创业担保', '小额担保', '劳动力', '劳务输转', '劳务输出', '劳务经济', '劳务收入', '人才引进', '职称', '事业单位招聘', '社保卡', '社会保障卡', '退休人员',
];

/** Words that make a single clause a labour figure on a page that is not only about labour. */
export const LABOUR_CLAUSE_TERMS = [
  ...LABOUR_TOPIC_TERMS, '岗位', '招聘', '招工', '培训', '工资', '劳务', '务工', '创业', '人才', '退役军人',
  '残疾人就业', '高校毕业生', '参保率', '待遇', '护理险', '职业伤害', '调解', '仲裁', '养老', '医保', '一卡通',
  '以工代赈', '劳动',
];

/**
 * Words of the 人社 administration itself. A page with no core indicator is only taken as a labour page when it
 * speaks this language (an education page about graduates' 就业率 does not).
 */
export const LABOUR_INSTITUTION_TERMS = [
  '人力资源和社会保障', '人力资源社会保障', '人社', '社会保险', '社保基金', '劳动保障', '劳动监察', '劳动人事争议',
  '劳动仲裁', '仲裁院', '就业服务中心', '社保局', '就业局', '根治欠薪', '工资保证金', '失业保险金', '工伤认定',
  // The employment offices by their other names (重庆市黔江区就业和人才服务局, 劳动就业服务局, 就业创业服务中心).
  '就业和人才服务局', '就业服务局', '劳动就业管理局', '就业创业服务中心', '就业创业管理服务中心', '创业指导中心',
  '创业指导服务中心',
  // A county office's report on moving rural labour (人力资源工作办公室, 农民工工作联席会议, 转移就业工作).
  '人力资源工作', '农民工工作', '转移就业工作',
];

/** The government's yearly livelihood programme, whose lists always carry employment items. */
// (民心工程: 天津's name for them; 十件实事, 10项实事: the list by its count.)
export const LIVELIHOOD_PROGRAMME_TERMS = ['民生实事', '民生工程', '为民办实事', '惠民实事', '民生项目', '民心工程', '件实事', '项实事'];

/**
 * A government work report or a report on the year's economic and social development plan, whose main figures
 * always include the labour ones.
 */
export const WORK_REPORT_TERMS = [
  '政府工作报告', '计划执行情况',
  // 省长施小琳代表省人民政府作的工作报告; 省长黄强代表省人民政府，向大会报告工作: news of the congress hearing it.
  '人民政府作的工作报告', '人民政府作工作报告', '向大会报告工作',
  // 现在，我代表市人民政府向大会作工作报告: the report's own opening words.
  '向大会作工作报告', '向大会作政府工作报告',
  // 现在，我代表县人民政府，向大会报告政府工作，请予审议: the same words in another order.
  '向大会报告政府工作',
  // 一年来，我们瞄准实事，兜牢底线: the government reviewing its year in its own voice, as a report's first part opens.
  ...['一年来', '过去一年', '过去的一年', '五年来', '过去五年'].flatMap((span) => [`${span}，我们`, `${span},我们`]),
];

/** A statistical bulletin, which always carries an employment and social-security section. */
// (2013年…国民经济和社会发展统计: a bulletin's title cut short by the page that stored it.)
export const BULLETIN_TERMS = ['统计公报', '国民经济和社会发展统计'];
