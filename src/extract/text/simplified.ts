/**
 * Traditional → simplified characters, one for one, so a page written in traditional characters (a reposted
 * 城鎮新增就業2842人) is read by the same lexicon while every offset stays the same. The table covers the words of
 * labour and social-security pages, their numbers, units, times and places; characters outside it are kept.
 */
const PAIRS =
  '業业鎮镇業业計计劃划實实現现職职訓训練练崗岗難难員员參参險险勞劳動动轉转創创擔担貸贷' +
  '款款調调標标準准資资務务會会發发萬万億亿與与為为個个張张農农規规區区縣县級级鄉乡' +
  '內内這这過过來来據据統统點点進进緊紧應应歲岁際际達达帶带導导將将對对開开們们' +
  '體体產产經经濟济環环境境優优價价獲获區区圍围穩稳頭头幫帮扶扶輸输戶户數数' +
  '項项額额補补貼贴並并門门關关於于處处與与長长東东廣广陝陕遼辽寧宁黑黑龍龙慶庆' +
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
  '黨党齡龄滬沪浙浙閩闽贛赣湘湘鄂鄂晉晋冀冀魯鲁豫豫瓊琼黔黔滇滇隴陇';

/** Simplified code unit for each traditional one, 0 elsewhere: one array read per character. */
const TABLE = new Uint16Array(0x10000);
for (let i = 0; i + 1 < PAIRS.length; i += 2) {
  const from = PAIRS.charCodeAt(i);
  const to = PAIRS.charCodeAt(i + 1);
  if (from !== to) TABLE[from] = to;
}

/** Traditional forms of the commonest characters of these pages (业, 会, 为, 与, 个, 这, 来, 发, 时, 对, 经, 实, 员, 万). */
const TELLTALES = ['業', '會', '為', '與', '個', '這', '來', '發', '時', '對', '經', '實', '員', '萬', '就業'];

/** Same text with traditional characters replaced by simplified ones; the same string when there are none. */
export function toSimplified(text: string): string {
  // Nearly every page has none. A page written in traditional characters uses some of its commonest words, and a
  // native search for a few characters is far cheaper than looking at every character.
  if (!TELLTALES.some((c) => text.includes(c))) return text;
  let i = 0;
  while (i < text.length && TABLE[text.charCodeAt(i)] === 0) i++;
  if (i === text.length) return text;
  const out = new Array<string>(text.length - i);
  for (let k = i; k < text.length; k++) {
    const c = text.charCodeAt(k);
    const to = TABLE[c]!;
    out[k - i] = to === 0 ? text[k]! : String.fromCharCode(to);
  }
  return text.slice(0, i) + out.join('');
}
