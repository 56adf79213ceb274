// Pages about something else stay quiet, however many numbers they hold.
import { describe, expect, it } from 'vitest';
import { extractor, labourPage } from './helpers';

const IRRELEVANT: Array<[string, string]> = [
  ['finance', '沪深两市成交额1.2万亿元，较上一交易日增加1000亿元。上证指数上涨1.5%，创业板指上涨2.3%。北向资金净流入85亿元。券商板块涨幅居前，30家公司涨停。分析人士认为，市场情绪回暖，成交量有望继续放大至1.5万亿元以上。'],
  ['sports', '本场比赛主队以3比1获胜，射手梅开二度。全场观众超过5万人，创下本赛季纪录。球队目前积分45分，排名第2。下一轮比赛将于3月5日进行，门票已售出3万张。'],
  ['property', '该楼盘均价每平方米2.8万元，首付比例不低于30%。非本市户籍家庭购房需连续缴纳社保24个月。上月全市新房成交1.2万套，环比增长15%，二手房成交8000套。'],
  ['game prizes', '《武林OL》千元充值卡大奖回馈玩家，11月5日起，一等奖1名，奖励价值1000元充值卡；二等奖5名，奖励500元；三等奖20名，奖励100元。活动期间充值满100元即可参与抽奖，预计超过10万人参与。'],
  ['economy without a labour figure', '一季度国内生产总值增长5.3%，规模以上工业增加值增长6.1%，社会消费品零售总额增长4.7%，固定资产投资增长4.5%，居民消费价格上涨0.1%。'],
];

describe('relevance', () => {
  it('a bulletin whose stored title is cut short (…国民经济和社会发展统计) is a bulletin: its one rate is read', async () => {
    const text = '2013年新疆生产建设兵团国民经济和社会发展统计\n2013年，兵团上下深入贯彻中央经济工作会议精神，经济平稳较快发展。全年生产总值1500亿元，增长16%。年末从业人员122万人。年末城镇登记失业率2.55%。';
    const r = (await extractor()).extract(text);
    expect(r.records.filter((x) => x.indicator !== 'other').map((x) => [x.indicator, x.value])).toEqual([['registered_unemployment_rate', 2.55]]);
  });

  it.each(IRRELEVANT)('a %s page yields no records', async (_name, text) => {
    const r = (await extractor()).extract(text);
    expect(r.relevant).toBe(false);
    expect(r.records).toEqual([]);
  });

  it('a firm\'s own workers insured (该公司…参加养老保险的职工) are the firm\'s: its page stays quiet; the city\'s are a core figure', async () => {
    const firm = (await extractor()).extract('该公司现有员工2.3万人，为员工缴纳五险一金，参加养老保险的职工达1.2万人，全年实现营业收入120亿元。');
    expect([firm.relevant, firm.records]).toEqual([false, []]);
    const city = (await extractor()).extract('全市参加养老保险的职工达120万人，全年实现地区生产总值1200亿元。');
    expect(city.records.filter((r) => r.indicator !== 'other').map((r) => [r.indicator, r.value])).toEqual([['pension_insured', 1200000]]);
  });

  it('a firm\'s own report (某某集团2024年社会责任报告) counts the firm\'s people: its training is no area\'s, and the page stays quiet', async () => {
    const body = '2024年，集团新增就业岗位1200个，员工总数达到1.2万人。全年缴纳社会保险费3.2亿元，员工参保率100%。开展员工技能培训2.5万人次。';
    const firm = (await extractor()).extract(`某某集团2024年社会责任报告\n${body}`);
    expect([firm.relevant, firm.records.filter((r) => r.indicator !== 'other')]).toEqual([false, []]);
    // (The same sentences under a government's headline are the area's.)
    const city = (await extractor()).extract(`某市2024年人力资源和社会保障工作总结\n${body}`);
    expect(city.records.filter((r) => r.indicator !== 'other').map((r) => [r.indicator, r.value])).toEqual([['vocational_training', 25000]]);
  });

  it('a core figure stated in passing makes the page relevant, whatever else it is about, and only it is read', async () => {
    const economy = '一季度国内生产总值增长5.3%，规模以上工业增加值增长6.1%，社会消费品零售总额增长4.7%，固定资产投资增长4.5%，城镇新增就业303万人，居民消费价格上涨0.1%。';
    const r = (await extractor()).extract(economy, { title: '一季度国民经济开局良好' });
    expect([r.relevant, r.records.filter((x) => x.indicator !== 'other').map((x) => [x.indicator, x.value, x.kind])]).toEqual([true, [['urban_new_jobs', 3030000, 'actual']]]);
  });

  it('a livelihood programme\'s progress list with an employment item is relevant, its item dated by the programme year; without the item, it states no core figure', async () => {
    const items = '(四)已完成孤独症儿童康复救助1068人、新增残疾人就业2951人,整体完成率223%。\n(五)已推出保障房145.48万平方米,整体完成率194%。\n(六)已完成发放礼包17.3万人次、城镇新增就业30.60万人、完成开发就业见习岗位3.31万个,整体完成率193.7%。';
    const programme = (await extractor()).extract(`今日,市第十四届人民代表大会常务委员会第二十一次会议召开。2024年10件民生实事具体完成情况公布。\n${items}`);
    expect(programme.relevant).toBe(true);
    expect(programme.records.filter((r) => r.indicator !== 'other').map((r) => [r.indicator, r.value, r.period])).toEqual([['urban_new_jobs', 306000, '2024']]);
    expect((await extractor()).extract(`今日,市第十四届人民代表大会常务委员会第二十一次会议召开。2024年10件民生实事具体完成情况公布。\n${items.replace('城镇新增就业30.60万人、', '')}`).records.filter((r) => r.indicator !== 'other')).toEqual([]);
  });

  it('a one-sentence item stating a core figure is relevant, under a headline on the topic or on the economy; without the figure it is not', async () => {
    const item = '记者从市人社局获悉，今年前三季度，全市累计发放创业担保贷款12.3亿元，扶持创业3200人。';
    const onTopic = (await extractor()).extract(item, { title: '我市创业担保贷款助力创业就业' });
    expect([onTopic.relevant, onTopic.records.filter((r) => r.indicator !== 'other').map((r) => [r.indicator, r.value])]).toEqual([true, [['startup_loans', 1230000000]]]);
    expect((await extractor()).extract(item, { title: '前三季度我市经济运行稳中向好' }).relevant).toBe(true);
    expect((await extractor()).extract('记者从市人社局获悉，今年前三季度，全市创业担保贷款工作有序推进。', { title: '前三季度我市经济运行稳中向好' }).relevant).toBe(false);
  });

  it('a subtitle stating a core figure makes the story under it relevant, as the same figure deep in the story does; the story without it is not', async () => {
    const story = '7月13日，市委副书记带领市政协委员深入技师学院察看“人人持证、技能河南”工作开展情况，对重点提案进行督办。委员们询问了学员就业情况。督办活动取得实效。';
    const headlined = (await extractor()).extract(`督办重点提案让“金点子”落地生金\n河南漯河市开展各类职业技能培训8.8万人次\n${story}`);
    expect([headlined.relevant, headlined.records.map((r) => [r.indicator, r.value])]).toEqual([true, [['vocational_training', 88000]]]);
    const buried = (await extractor()).extract(`督办重点提案让“金点子”落地生金\n${story}此前，该市开展各类职业技能培训8.8万人次，委员们表示满意。`);
    expect([buried.relevant, buried.records.map((r) => [r.indicator, r.value])]).toEqual([true, [['vocational_training', 88000]]]);
    expect((await extractor()).extract(`督办重点提案让“金点子”落地生金\n${story}`).relevant).toBe(false);
  });

  it('an item on the start-up loan programme by its old name (小额担保贷款) is relevant, its figure dated by 截止到…1-12月; a finance item without it is not', async () => {
    const item = '一年来，某县财政局落实小额担保贷款贴息政策，重点支持高校毕业生和农村妇女创业，推动就业再就业。个人小额担保贴息贷款额度提高到10万元。截止到2015年1-12月，全县累计发放小额担保贷款3675.5万元，帮扶1396人。此项工作扶持了下岗失业人员。';
    const r = (await extractor()).extract(item);
    expect([r.relevant, r.records.filter((x) => x.indicator !== 'other').map((x) => [x.indicator, x.value, x.period])]).toEqual([true, [['startup_loans', 36755000, '2015']]]);
    const finance = '一年来，某县财政局加强预算管理，全县一般公共预算收入12.5亿元，增长6%。全县金融机构存款余额增长8%，贷款余额增长10%。';
    expect((await extractor()).extract(finance).relevant).toBe(false);
  });

  it('a labour-export story is read under a headline on what labour earned (实现劳务收入60个亿) or on a harvest; its background alone is quiet', async () => {
    const body = '新华社哈尔滨6月28日电 记者从黑龙江省信息中心了解到，截至5月末，黑龙江省今年共转移农村劳动力330万人，其中境外劳务输出12万人，5个月实现劳务收入达60亿元。\n据悉，黑龙江省今年前5个月转移劳力的数量几乎与去年全年相当。\n据介绍，经过两年多的努力，黑龙江省农村劳动力转移已经有了较好的政策环境。';
    const labour = (await extractor()).extract(body, { title: '黑龙江省前5个月实现劳务收入60个亿' });
    expect([labour.relevant, labour.records.filter((x) => x.indicator !== 'other').map((x) => [x.indicator, x.value])]).toEqual([true, [['rural_labor_transfer', 3300000]]]);
    const harvest = (await extractor()).extract(body, { title: '黑龙江省前5个月实现农业收入60个亿' });
    expect([harvest.relevant, harvest.records.filter((x) => x.indicator !== 'other').map((x) => [x.indicator, x.value])]).toEqual([true, [['rural_labor_transfer', 3300000]]]);
    expect((await extractor()).extract(body.split('\n').slice(1).join('\n'), { title: '黑龙江省前5个月实现农业收入60个亿' }).relevant).toBe(false);
  });

  it('the programme named by its own names (10项民心工程, 十件实事) is one too', async () => {
    const items = '扩大社会就业培训。一季度实现新增就业4856人，发放创业贷款1180万元。\n完善城乡社会保障。完成第一季度居家托养服务申报工作，共2417人。';
    const named = (await extractor()).extract(`记者从有关部门获悉，按照区委、区政府的统一部署，今年我区10项民心工程有序推进。\n${items}`);
    expect([named.relevant, named.records.filter((r) => r.indicator !== 'other').map((r) => [r.indicator, r.value])]).toEqual([true, [['startup_loans', 11800000]]]);
    expect((await extractor()).extract(`记者从有关部门获悉，按照区委、区政府的统一部署，今年我区10项民心工程有序推进。\n${items.replace('，发放创业贷款1180万元', '')}`).records.filter((r) => r.indicator !== 'other')).toEqual([]);
  });

  it('a work report\'s or a plan-execution report\'s labour target among GDP and prices is relevant, as it is in a news item; the same economy without it is not', async () => {
    const targets = '今年发展主要预期目标是：国内生产总值增长5%左右；城镇新增就业1200万人左右；居民消费价格涨幅3%左右。';
    expect((await extractor()).extract(`新华社受权全文播发国务院总理在十四届全国人大一次会议上所作的《政府工作报告》。\n${targets}`).relevant).toBe(true);
    expect((await extractor()).extract(`清镇市2023年国民经济和社会发展计划执行情况\n${targets}`).relevant).toBe(true);
    expect((await extractor()).extract(`经济学家解读今年的经济形势。\n${targets}`).relevant).toBe(true);
    expect((await extractor()).extract(`经济学家解读今年的经济形势。\n${targets.replace('城镇新增就业1200万人左右；', '')}`).relevant).toBe(false);
  });

  it('a work report that opens on its own words (我代表市人民政府向大会作工作报告) is one, its one rate a result; without the rate, or as a meeting counting its own reforms, no labour page', async () => {
    const report = '现在，我代表市人民政府向大会作工作报告，请予审议。\n一、2018年政府工作回顾\n预计地区生产总值突破1500亿元，增长9%左右；固定资产投资增长18%；城镇登记失业率3.48%。';
    const r = (await extractor()).extract(report);
    expect(r.relevant).toBe(true);
    expect(r.records.filter((x) => x.indicator !== 'other').map((x) => [x.indicator, x.value, x.kind])).toEqual([['registered_unemployment_rate', 3.48, 'actual']]);
    expect((await extractor()).extract(report.replace('；城镇登记失业率3.48%', '')).relevant).toBe(false);
    // (…and in the other order: 我代表县人民政府，向大会报告政府工作.)
    const county = '现在，我代表县人民政府，向大会报告政府工作，请予审议。\n一、2018年工作回顾\n预计全年实现地区生产总值198亿元，增长8%。开发公益岗位5000个。';
    expect((await extractor()).extract(county).relevant).toBe(true);
    const meeting = '5月24日，市人社局召开大讨论总结会议。局长在讲话中指出，市人社局在组织上优化，推动人社工作。\n全局把改革摆在突出位置，人社系统深化改革取得突破，研究推出8项重点改革，形成2个关键创新政策。\n人社部门要为就业服务、社会保险经办、劳动关系协调提供更好的服务。\n人社干部要讲党性，为就业创业、社会保障工作担当负责。\n人社系统要把劳动保障监察、人事争议仲裁办好。';
    expect((await extractor()).extract(meeting).relevant).toBe(false);
  });

  it('a report\'s review in the government\'s own voice (一年来，我们…) is a work report: its one employment figure is read', async () => {
    const review = (opening: string) =>
      `${opening}瞄准实事，兜牢底线，人民群众得到更多实惠。全面完成20项民生实事。推动社会保险扩面提质，发放稳岗扩岗补助等2.68亿元，城镇新增就业5.74万人。新改扩建公办中小学、幼儿园25所，秦皇岛博物馆开馆运行。`;
    const r = (await extractor()).extract(review('一年来，我们'));
    expect(r.records.filter((x) => x.indicator !== 'other').map((x) => [x.indicator, x.value])).toEqual([['urban_new_jobs', 57400]]);
    // (The same paragraph told by a reporter states the same figure.)
    const told = (await extractor()).extract(review('一年来，该市'));
    expect(told.records.filter((x) => x.indicator !== 'other').map((x) => [x.indicator, x.value])).toEqual([['urban_new_jobs', 57400]]);
  });

  it('a page dense with labour words counting people and jobs is relevant with no core figure; one of rates is not', async () => {
    const counts = '区政协召开主席会议，聚焦实现更高质量和更充分就业，围绕充分就业社区创建、优化公共就业服务体系开展协商。\n近年来，全区就业形势总体保持平稳。2018年末，全区登记就业59.48万人，其中，外来从业人员38.2万人。此外，全区新增就业岗位15708个，完成全年目标任务的68%；帮助长期失业青年就业创业167人；帮助引领成功创业380人。';
    const r = (await extractor()).extract(counts);
    expect(r.relevant).toBe(true);
    expect(r.records.some((x) => x.value === 15708)).toBe(true);
    const rates = '麦可思研究院发布就业蓝皮书。\n2017届本科毕业生毕业半年后的就业率为91.6%，比2016届上升了0.7个百分点；本科毕业生受雇全职工作的比例为73.2%，就业满意度上升了0.2个百分点。毕业生自主创业比例为2.9%，就业质量稳步提升。';
    expect((await extractor()).extract(rates).relevant).toBe(false);
  });

  it('a job fair\'s news counting its firms, posts and seekers is quiet; the same words with a figure against the year\'s tasks are not', async () => {
    const fair = '1月14日上午，由市政府主办、市人社局承办的春风行动专项活动启动仪式暨专场招聘会举行。\n招聘现场聚集了91家企业，提供5647个工作岗位，进场求职人数超过500人，达成初步就业意向154人。市人社部门还同步进行了线上直播。\n据介绍，全市人社部门将组织开展110余场招聘活动，推行不间断线上招聘，吸引更多本地劳动者就近就业。\n人社局表示将做好就业服务和社会保险经办。';
    expect((await extractor()).extract(fair).relevant).toBe(false);
    const tasks = fair.replace('达成初步就业意向154人。', '达成初步就业意向154人，全市新增就业岗位15708个，完成全年目标任务的68%。');
    expect((await extractor()).extract(tasks).relevant).toBe(true);
  });

  it('a short item counting the people one labour measure reached, group by group, is relevant; one count in passing is not', async () => {
    const item = '今年上半年，天津市继续实施人才强市战略，力促技能人才队伍规模不断扩大。1至6月份，各类职业培训55.2万人次，涵盖在职职工34万人次、农村劳动力12万人次、失业人员2.5万人次、新生劳动力等其他人员6.7万人次。其中，18万人参加职业技能培训，11.3万人参加职业技能鉴定。';
    const r = (await extractor()).extract(`论文部分内容阅读\n${item}`);
    expect(r.relevant).toBe(true);
    expect(r.records.filter((x) => x.indicator !== 'other').map((x) => [x.indicator, x.value])).toContainEqual(['vocational_training', 552000]);
    expect((await extractor()).extract('今年上半年，天津市继续实施人才强市战略，新建公园12个。1至6月份，各类职业培训55.2万人次。全市游客接待量增长12%，旅游收入增长15%。').relevant).toBe(false);
  });

  it('a short excerpt dense with labour words stating two core figures is relevant', async () => {
    const text = '扎实开展农村劳动力就业创业工作，技能培训“促”就业，截至目前，已开展创业培训86人、技能培训306人，兜底安置“保”就业，把公益性岗位开发安置工作与稳就业相结合，促进就业困难群体实现就业，截至目前，公益性岗位共安置384人。';
    const r = (await extractor()).extract(text);
    expect(r.relevant).toBe(true);
    expect(r.records.filter((x) => x.indicator !== 'other').map((x) => [x.indicator, x.value])).toEqual([['vocational_training', 306], ['public_welfare_jobs', 384]]);
  });

  it('a statistical bulletin\'s excerpt with one employment figure among the economy is relevant, as an economic summary stating it is; the economy alone is not', async () => {
    const economy = '初步核算，全年全县实现生产总值951435万元，比上年下降4.1%。第一产业增加值57116万元，增长2.7%。全年城镇新增就业1254人。';
    expect((await extractor()).extract(`2022年云和县国民经济和社会发展统计公报\n${economy}`).relevant).toBe(true);
    expect((await extractor()).extract(`2022年云和县经济运行情况\n${economy}`).relevant).toBe(true);
    expect((await extractor()).extract(`2022年云和县经济运行情况\n${economy.replace('全年城镇新增就业1254人。', '')}`).relevant).toBe(false);
  });

  it('a review of many fields whose one employment line states two indicators is relevant, as with one; without the line it is not', async () => {
    const lines = [
      '全面建成小康社会，最艰巨最繁重的任务在农村、在贫困地区。绝不能让一个民族、一个地区掉队。中央的要求，鼓舞了贫困地区脱贫致富的信心，坚定了全省上下同步小康的决心。',
      '贵州经济社会发展相对滞后，全面建成小康社会的任务非常艰巨。全国同步小康有“时间表”，大家进度不同，但终点一致。显而易见，留给贵州的时间已十分紧迫，必须加速发展。',
      '“弱鸟可望先飞，至贫可能先富，滴水能够穿石”。对贵州来说，坚持不忘初心、继续前进，最为重要的任务就是要实现后发赶超、同步小康。只要立场坚定、方向正确，贵州完全可以实现提速进位、赶超跨越、后来居上。',
      '——全力推进精准扶贫，2012-2016年全省累计减少贫困人口777万人，贫困发生率降至10.6%。',
      '——大力实施“雁归兴贵”计划，着力促进农民工返乡创业就业，2012-2016年全省累计新增城镇就业314.55万人，城镇登记失业率均控制在4%以内。',
      '——2016年城镇常住居民人均可支配收入提高到26743元，农村常住居民人均可支配收入提高到8090元。',
      '——每年压缩5%的行政经费用于教育事业，初中阶段毛入学率、高中阶段毛入学率和高等教育毛入学率分别为107.9%、87.0%和33.0%，分别比2011年提高13.7、28.1和9.8个百分点。',
    ];
    const r = (await extractor()).extract(lines.join('\n'));
    expect(r.relevant).toBe(true);
    expect(r.records.filter((x) => x.indicator !== 'other').map((x) => [x.indicator, x.value])).toEqual([['urban_new_jobs', 3145500], ['registered_unemployment_rate', 4]]);
    expect((await extractor()).extract(lines.join('\n').replace('，城镇登记失业率均控制在4%以内', '')).relevant).toBe(true);
    expect((await extractor()).extract(lines.filter((l) => !l.includes('城镇')).join('\n')).relevant).toBe(false);
  });

  it('an excerpt of a work report stating two indicators in two sentences is relevant', async () => {
    const text = [
      '地区生产总值增长5.2%，规上工业增加值增长6.1%，固定资产投资增长4.3%，社会消费品零售总额增长5%。',
      '城镇新增就业累计106万人，常住人口城镇化率达到71.5%。居民人均可支配收入突破4万元。',
      '今年经济社会发展的主要预期目标是：地区生产总值增长5%左右；城镇调查失业率5.7%左右；居民消费价格涨幅2%左右。',
    ].join('\n');
    const r = (await extractor()).extract(text);
    expect(r.relevant).toBe(true);
    expect(r.records.filter((x) => x.indicator !== 'other').map((x) => x.indicator)).toEqual(['urban_new_jobs', 'surveyed_unemployment_rate']);
  });

  it('a general bulletin with one employment paragraph stating three indicators is relevant', async () => {
    const text = [
      '2019年洪洞县国民经济和社会发展统计公报',
      '初步核算，全年全县地区生产总值151亿元，比上年增长2.7%。粮食总产量31万吨。规模以上工业增加值增长5.1%。',
      '全年全县城镇新增就业5394人，转移农村劳动力6204人，年末城镇登记失业率0.57%。',
    ].join('\n');
    const r = (await extractor()).extract(text);
    expect(r.relevant).toBe(true);
    expect(r.records.filter((x) => x.indicator !== 'other').map((x) => x.indicator)).toEqual([
      'urban_new_jobs', 'rural_labor_transfer', 'registered_unemployment_rate',
    ]);
  });

  it('a short item in which the 就业局 speaks, with one indicator, is relevant', async () => {
    const text = '据兰州晚报报道 7月19日，记者从市就业局获悉，今年上半年，全市共计发放创业担保贷款1.62亿元，扶持368人创业，带动1251人就业。\n据了解，今年以来，市就业局组织各县区公共就业服务机构开展创业服务。';
    const r = (await extractor()).extract(text);
    expect(r.relevant).toBe(true);
    expect(r.records.filter((x) => x.indicator !== 'other').map((x) => x.indicator)).toEqual(['startup_loans']);
  });

  it('a labour page is relevant and yields its figure', async () => {
    const r = (await extractor()).extract(labourPage('全年城镇新增就业4万人。'));
    expect(r.relevant).toBe(true);
    expect(r.records.map((x) => x.indicator)).toEqual(['urban_new_jobs']);
  });
});

describe('relevance without a core indicator', () => {
  it('an education page about graduates finding work stays quiet', async () => {
    const text = [
      '高校毕业生就业工作推进会召开',
      '今年全省高校毕业生预计达45万人，就业形势总体稳定。',
      '各高校把促进毕业生就业作为头等大事，开展访企拓岗，新增就业岗位1.2万个。',
      '截至目前，全省高校毕业生就业率达到85%，其中签约就业率62%。',
      '学校将继续做好就业指导，举办招聘会30场，提供就业岗位5万个。',
      '教育部门要求加强就业统计核查，确保就业数据真实。',
      '毕业生灵活就业比例上升，升学人数增加。',
    ].join('\n');
    const r = (await extractor()).extract(text);
    expect(r.relevant).toBe(false);
    expect(r.records).toEqual([]);
  });

  it('a page in the 人社 administration\'s language with no labour figure at all (a meeting, an inspection) stays quiet; with one it is relevant', async () => {
    const meeting = [
      '省人力资源和社会保障厅召开党组理论学习中心组学习会议',
      '会议强调，全省人社系统要深入学习贯彻党的精神，做好就业、社会保险、劳动关系各项工作。',
      '会议要求，人社部门要把稳就业作为首要任务，抓好社会保障扩面，加强劳动保障监察。',
      '厅机关各处室、直属单位主要负责同志参加会议，人社系统干部职工认真学习。',
      '会议指出，要推进养老保险全国统筹，完善失业保险制度，维护劳动者合法权益。',
    ].join('\n');
    expect((await extractor()).extract(meeting).relevant).toBe(false);
    const withFigure = `${meeting}\n会上通报，全省今年已开展职业技能培训5.2万人次。`;
    expect((await extractor()).extract(withFigure).relevant).toBe(true);
  });

  it('a 人社 bureau report with only other figures is relevant', async () => {
    const text = [
      '县劳动人事争议仲裁院上半年工作情况',
      '上半年，县人社局劳动监察大队共处理劳动争议案件37起，调解26起。',
      '为劳动者挽回经济损失300.98万元，根治欠薪工作成效明显。',
      '开展劳动保障执法检查5次，发放宣传资料460余份。',
      '受理劳动人事争议仲裁申请12件，结案率100%。',
      '县社会保险中心核查疑点数据262条，挽回社保基金损失3.87万元。',
      '做好农民工工资保证金管理，维护劳动者合法权益。',
    ].join('\n');
    const r = (await extractor()).extract(text);
    expect(r.relevant).toBe(true);
    expect(r.records.map((x) => x.value)).toContain(37);
  });
});
