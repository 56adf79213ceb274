/**
 * Traditional → simplified characters, one for one, so a page written in traditional characters (a reposted
 * 城鎮新增就業2842人, 黃石市) is read by the same lexicon and gazetteer while every offset stays the same. The table is
 * OpenCC's character table (npm `opencc-js`, TSCharacters: every traditional character with its simplified forms, of
 * which the first, OpenCC's default, is taken when it is one UTF-16 unit like the original), with the variant forms
 * reposts use on top. A hand-kept table of the words of labour pages had missed place names (黃石 stayed unread, and
 * the page's area went to its province).
 */
import TRADITIONAL_TO_SIMPLIFIED from 'opencc-js/dict/TSCharacters';

/** Pairs kept by hand: the labour pages' words (OpenCC has them too) and variant forms reposts use, which it has not. */
const PAIRS =
  '業业鎮镇業业計计劃划實实現现職职訓训練练崗岗難难員员參参險险勞劳動动轉转創创擔担貸贷' +
  '款款調调標标準准資资務务會会發发萬万億亿與与為为個个張张農农規规區区縣县級级鄉乡' +
  '內内這这過过來来據据統统點点進进緊紧應应歲岁際际達达帶带導导將将對对開开們们' +
  '體体產产經经濟济環环境境優优價价獲获區区圍围穩稳頭头幫帮扶扶輸输戶户數数' +
  '項项額额補补貼贴並并門门關关於于處处與与長长東东廣广陝陕陜陕遼辽寧宁黑黑龍龙慶庆' +
  '蘇苏澤泽漢汉貴贵雲云兩两無无歸归當当時时間间從从後后聯联億亿廠厂貨货費费' +
  '養养醫医療疗傷伤險险證证書书認认識识專专門门技技術术藝艺選选舉举擇择獎奖勵励' +
  '積积極极強强權权齊齐團团園园圖图場场機机構构設设備备運运營营銷销層层總总' +
  '績绩紀纪約约給给線线續续縮缩網网絡络維维編编織织繼继係系結结純纯紡纺組组' +
  '較较輕轻載载辦办邊边遞递遠远適适還还選选遷迁這这連连運运週周遊游遣遣' +
  '質质貧贫購购責责賃赁資资賬账費费貿贸賀贺賴赖贏赢贈赠負负財财販贩貫贯' +
  '劃划剛刚則则創创劉刘勞劳勢势勝胜區区協协單单賣卖衛卫厲厉壓压廳厅' +
  '問问啟启員员嚴严處处備备夠够夢梦奪夺媽妈學学孫孙寶宝審审寫写將将' +
  '屆届屬属歲岁帥帅師师幣币幹干廢废廠厂彈弹徑径從从復复徵征惡恶態态' +
  '慮虑憲宪戰战擴扩據据擁拥擊击攜携數数斷断舊旧晉晋書书會会東东條条' +
  '棄弃楊杨樂乐樓楼樣样檢检權权歡欢氣气決决沒没況况減减測测湧涌滿满' +
  '災灾營营爭争獨独獻献環环產产畢毕畫画異异療疗盡尽監监盤盘確确礎础' +
  '禮礼種种稅税穩稳競竞築筑範范節节籌筹糧粮級级紅红納纳紛纷細细終终' +
  '組组給给絕绝統统絲丝經经綜综緒绪緩缓縣县縱纵總总績绩織织繁繁罰罚' +
  '聖圣聞闻聲声職职聯联膽胆臺台與与興兴舉举艱艰藥药蘭兰處处虛虚號号' +
  '補补製制複复規规視视覺觉親亲觀观計计訂订記记討讨訊讯託托許许設设' +
  '評评識识診诊詢询試试詳详認认誤误說说調调談谈請请論论諮咨謀谋講讲' +
  '證证議议護护變变讓让貝贝負负貢贡責责貧贫貨货貸贷費费資资賑赈賠赔' +
  '質质購购贊赞趨趋跡迹踐践車车軍军輔辅輛辆輸输辦办農农這这週周進进' +
  '運运過过達达違违選选遺遗還还邊边鄰邻醫医釋释鐵铁銀银錢钱錄录鍵键' +
  '長长門门開开閒闲間间閱阅關关闡阐陸陆陣阵陰阴險险隊队際际隨随隱隐' +
  '雙双雜杂離离雞鸡電电靈灵韓韩頁页頂顶項项順顺預预領领頻频題题額额' +
  '願愿類类顧顾顯显風风飛飞飯饭館馆駐驻驗验體体髮发鬥斗魚鱼鳥鸟麥麦' +
  '黨党齡龄滬沪浙浙閩闽贛赣湘湘鄂鄂晉晋冀冀魯鲁豫豫瓊琼黔黔滇滇隴陇' +
  // Everyday characters around the figures (分別, 全國, 覆蓋, 報告…): a word half converted matches no phrase.
  '別别國国蓋盖報报傳传儀仪償偿兒儿冊册凍冻劑剂匯汇卻却叢丛吳吴喪丧壞坏塊块墾垦壇坛壯壮夾夹奮奋婦妇嬰婴寬宽尋寻嶺岭庫库彎弯彙汇徹彻憑凭懷怀執执撥拨' +
  '暫暂槍枪樞枢橋桥歷历殘残殺杀滅灭溝沟溫温漁渔潔洁濕湿烏乌煙烟熱热燈灯爾尔牆墙狀状畝亩疊叠眾众碼码禍祸稱称窮穷筆笔簽签紐纽紙纸綠绿繳缴聽听肅肃脅胁' +
  '腦脑膚肤蝦虾裝装見见訪访詞词誌志課课謝谢讀读賓宾賞赏賽赛趙赵趕赶軟软郵邮針针鐘钟閉闭靜静顏颜飲饮陽阳愛爱戲戏廚厨歐欧殯殡濱滨瑪玛皺皱睜睁礙碍穀谷' +
  '糾纠綱纲緣缘罷罢羅罗義义習习聰聪臟脏艦舰藍蓝蟲虫襲袭觸触訴诉諾诺譯译豐丰貓猫賦赋賺赚躍跃軌轨輪轮辭辞鄭郑釣钓鈴铃鋪铺錯错鍛锻鎖锁鑒鉴閣阁闆板隸隶' +
  '頒颁頓顿頗颇頸颈顛颠飄飘餘余駕驾騰腾驅驱驟骤鬆松鳳凤鹽盐麗丽黴霉齒齿樹树綫线滯滞濫滥擬拟屢屡鬱郁釐厘凱凯嶽岳巖岩廟庙廬庐彌弥彥彦徠徕惱恼憶忆懲惩' +
  '戀恋掃扫掛挂換换揮挥損损搖摇擺摆攤摊敗败斂敛晝昼曬晒曆历棟栋楓枫榮荣槓杠樁桩歎叹殼壳氫氢沖冲洶汹涼凉淚泪淨净渾浑湯汤溼湿滄沧滾滚漲涨漸渐潛潜潤润' +
  '澀涩澆浇濃浓濾滤瀏浏灣湾爐炉牽牵猶犹獄狱獸兽瑣琐瓏珑畬畲癢痒盜盗睏困矚瞩硯砚碩硕磚砖祿禄禪禅禿秃稈秆稟禀穌稣竄窜竊窃筍笋篩筛簡简籃篮籲吁粵粤糞粪' +
  '糰团紋纹紮扎絆绊綁绑綢绸緝缉緬缅縫缝繞绕繩绳纏缠罈坛罵骂羨羡聳耸脈脉脫脱腫肿臉脸艙舱莊庄萊莱葉叶葦苇蒼苍蓮莲蔣蒋蔥葱蕭萧薦荐薩萨蘆芦蘋苹虧亏蛻蜕' +
  '蝕蚀蠶蚕衝冲袞衮裡里褲裤覽览訣诀詐诈詩诗誕诞誠诚誦诵諒谅諧谐謊谎謎谜謹谨譜谱譽誉讚赞豎竖貞贞貶贬賄贿賊贼賢贤賤贱贖赎軸轴軻轲輝辉輩辈輯辑轄辖轎轿' +
  '轟轰辯辩遜逊遲迟邁迈醜丑醬酱釀酿鈔钞鉛铅銅铜銘铭銳锐鋒锋錦锦鍊炼鍋锅鎊镑鏈链鏡镜鑽钻閃闪閑闲閘闸闖闯隻只雛雏霧雾韋韦響响頌颂頹颓顆颗颱台颳刮饑饥' +
  '餅饼餓饿餵喂饒饶駁驳駛驶騎骑騙骗驚惊骯肮髒脏鬍胡鮮鲜鯨鲸鴨鸭鴻鸿鵝鹅鶴鹤鷹鹰麼么鼕冬齋斋龜龟' +
  // Variant forms some reposts use (政筴, 齣台, 安幑, 査): read as the characters they stand for.
  '獅狮擧举幑徽咊和辳农佈布華华紹绍筴策齣出檯台欵款郃合峯峰迴回箇个査查眞真爲为衆众麽么裏里囘回兌兑啓启竪竖' +
  // …and the Japanese forms a machine conversion leaves (同比増加68萬人, 労働, 保険).
  '増增労劳険险経经総总県县転转済济実实対对歩步';

/** Characters OpenCC lists as traditional that simplified text uses too (显著, 乾隆, 凭藉, 明瞭): never changed. */
const ALSO_SIMPLIFIED = new Set(['著', '乾', '藉', '瞭']);

/** Simplified code unit for each traditional one, 0 elsewhere: one array read per character. */
const TABLE = new Uint16Array(0x10000);
for (const entry of TRADITIONAL_TO_SIMPLIFIED.split('|')) {
  const [from, to] = entry.split(' ');
  if (from?.length === 1 && to?.length === 1 && from !== to && !ALSO_SIMPLIFIED.has(from)) TABLE[from.charCodeAt(0)] = to.charCodeAt(0);
}
for (let i = 0; i + 1 < PAIRS.length; i += 2) {
  const from = PAIRS.charCodeAt(i);
  const to = PAIRS.charCodeAt(i + 1);
  if (from !== to) TABLE[from] = to;
}

/** Traditional forms of the commonest characters of these pages (业, 会, 为, 与, 个, 这, 来, 发, 时, 对, 经, 实, 员, 万). */
const TELLTALES = ['業', '會', '為', '與', '個', '這', '來', '發', '時', '對', '經', '實', '員', '萬', '就業'];

/** Same text with traditional characters replaced by simplified ones; the same string when there are none. */
/** `ofTraditionalPage`: the text belongs to a page already found traditional (its title may be too short to tell). */
export function toSimplified(text: string, ofTraditionalPage = false): string {
  // Nearly every page has none. A page written in traditional characters uses some of its commonest words, and a
  // native search for a few characters is far cheaper than looking at every character.
  if (!ofTraditionalPage && !TELLTALES.some((c) => text.includes(c))) return text;
  let i = 0;
  while (i < text.length && TABLE[text.charCodeAt(i)] === 0) i++;
  if (i === text.length) return text;
  const out = new Array<string>(text.length - i);
  for (let k = i; k < text.length; k++) {
    const c = text.charCodeAt(k);
    const to = TABLE[c]!;
    out[k - i] = to === 0 ? text[k]! : String.fromCharCode(to);
  }
  const simplified = text.slice(0, i) + out.join('');
  return simplified.includes('著') || simplified.includes('瞭') ? simplified.replace(WORDS_OF_ZHE_LIAO, (c) => (c === '著' ? '着' : '了')) : simplified;
}

/**
 * 著 and 瞭 stay as they are (显著, 明瞭), but a traditional page writes 着 and 了 with them in some words: 著力, 著重,
 * 著手, 著眼, 隨著, 接著, 圍繞著, and 瞭解. Those words read as simplified ones (着力推进 is a plan's cue, 据了解 a report's).
 */
const WORDS_OF_ZHE_LIAO = /著(?=[力重手眼])|(?<=[随接沿朝味本绕靠向跟])著|瞭(?=解)/g;
