/**
 * Which area a page and each of its figures belong to. The page's area comes from its title, then from the place
 * its text names most; 全省/全市/全县/全州 in a sentence means the page's area when that is known.
 */
import { areaItemEndingAt } from './area-item';
import { findPlaces, MUNICIPALITIES, placeNamed, shortNameInWord, type PlaceMention } from './gazetteer';
import { inCitedTitle } from './time';
import { PROVINCE_ABBREVIATIONS } from '../lexicon/province-abbreviations';
import { DOCUMENT_NUMBER_TAIL } from '../text/document-number';
import { lastMatchEnd } from '../text/last-match';
import { blankLines, isBreadcrumb, isMenuLine } from '../text/breadcrumb';
import { firstOwnLine } from '../text/headline';
import { paragraphBefore } from '../text/paragraph';
import type { Candidate } from '../rules/candidate';
import type { Span } from '../text/sentences';

/**
 * The State Council speaking, the national congress, or figures summed over all provinces (据31个省(区、市)…统计, 全国31个
 * 省(自治区、直辖市)最低工资标准…; not a province's rank among them, 在全国31个省份中排名第5).
 */
// (代表委员热议政府工作报告: the national congress's deputies on the State Council's report, whatever places they speak for.)
// (来源:就业促进司: a ministry's department, a 司 — a province's are 处 — publishes for the nation.)
const NATIONAL_CUES = /(?:^|\n)\s*各省、自治区、直辖市|来源\s*[:：]\s*(?:人力资源(?:和|与)?社会保障部|人社部)?[\u4e00-\u9fff]{2,8}(?<!公)司(?=[\s|｜]|$)|代表委员[们]?(?:热议|共话|畅谈|聚焦|建言)|[十][一二三四五六七八九]?届全国人大[一二三四五六七八九十]?次会议|中国政府(?!网)[^。\n]{0,6}(?:发表|发布)[^。\n]{0,24}白皮书|国务院总理|国务院政府工作报告|第[一二三四五六七八九十]+届全国人民代表大会|据31个省\s*[(（]区、市[)）]|据31个省区市|全国(?:2\d|3[01])个省(?:份|\s*[(（](?:区、市|自治区、直辖市)[)）]|、自治区、直辖市)(?![^。，,\n]{0,8}(?:中[排位居名]|排名|排在|位居|居第|第[一二三四五六七八九十\d]{1,2}[名位]))/;
/** 全县 and 我县 both speak of the page's own area. */
// (全自治区, 我自治区: an autonomous region speaking of itself in full, as 全区.)
// (该区, 该县: a news item speaking of the area it reports on.)
const WHOLE_AREA = /[全我本该](自治区|省|市|县|州|区|盟|旗|国|镇|乡)/g;
// (xx乡党委、政府: a town masked in lower case, as document libraries print their templates.)
// (One lower-case x is a masked figure's: 20x年x省.)
// (F省2007年全年实现地区生产总值…: an exam's bulletin names its province by one capital letter.)
const MASKED_AREA = /(?:^|[^\u4e00-\u9fffA-Za-z])((?:[XＸ×*＊]{1,3}|[xｘ]{2,3}|[A-Z])(?:省|市|县|州|区|乡|镇))/;
const MIN_MENTIONS = 3;
/** A government page's own metadata line naming who issued it. */
const ISSUING_BODY = /(?:发布机构|发文机关|发文单位|发布单位)\s*[:：]\s*([^\s|｜:：]{2,16}?)(?:人民政府|人力资源和社会保障局|人力资源社会保障局|人社局|劳动和社会保障局)/;
/** 在正镶白旗第十五届人民代表大会, 在 X 市第十四届人 民 代 表 大 会 (spaced for show): the congress of the page's area. */
const AREA_CONGRESS = /(?:在|日[，,]?|^|[，。,\n])([^\s，。,]{2,12}?)\s*第[一二三四五六七八九十]+届\s*人\s*民\s*代\s*表\s*大\s*会/m;
/** National bodies, under their names since 2008 and before it (劳动和社会保障部, 劳动保障部). */
/** A city's own report plans for its central districts and its municipal bodies. */
const CITY_REPORT = /中心城区|市本级|市直(?:机关|部门|单位)/;
/** The nation's new urban jobs run to millions (1000万人以上); a figure under 100万 is an area's. */
const NEW_JOBS_WAN = /城镇新增就业(\d+(?:\.\d+)?)万人/g;
function localScale(body: string): boolean {
  NEW_JOBS_WAN.lastIndex = 0;
  for (let m = NEW_JOBS_WAN.exec(body); m !== null; m = NEW_JOBS_WAN.exec(body)) if (Number(m[1]) < 100) return true;
  return false;
}
const NATION_LEAD = /(?:^|电|讯)\s*[^，,。：:\n]{0,12}(?:中国|我国|全国)[^，,。：:\n]{0,6}(?:城镇新增就业|新增就业|城镇调查失业率|城镇登记失业率|参保)/;
const NATION_LEAD_REACH = 80;
const NATIONAL_SPEAKER =
  /(?:^|电|讯|日)\s*[^，,。：:\n]{0,12}?(?:人力资源和?社会保障部|人社部|国家统计局|国务院新闻办公室|国新办)[^，,。：:\n]{0,14}?(?:表示|介绍|说|指出|称|宣布|发布|通报)/;
/** The nation's centre, or the nation as the page's own (我国). */
const NATION_DECIDES_OR_SPEAKS = /国务院|中共中央|党中央|我国/;
const NATIONAL_BODIES = /(?:人力资源和?社会保障|人社|劳动和?社会保障|劳动保障|农业农村|农业|财政)部(?!门)|国务院办公厅|国办发|国家统计局|国务院新闻办|国新办|国家发展改革委|国家发改委|中央财政/;
/** What a place's name may name besides an area: an airport, a station, a port, a bonded zone. */
const FACILITY_AFTER = /^(?:机场|火车站|高铁站|港口|[\u4e00-\u9fff]{0,2}保税)/;
/** A place workers are sent to: 赴海西州, 去上海务工, 输出到广东. */
const DESTINATION_BEFORE = /(?:赴|(?<![过回进下上])去|前往|奔赴|转移到|输出到|输转到|输送到)$/;
/** The place a page is about shows in its first few thousand characters; the rest need not be read for it. */
const SCAN_LIMIT = 4_000;

export function pageRegion(page: string, title: string | undefined): string | null {
  const text = withoutAddresses(withoutMenus(page));
  const region = pageRegionOf(text, title);
  // 您当前的位置 : 中国宁波网 > 新闻中心 > 宁波 > 区县(市) > 象山, then a story of 全县 that never names its county: the
  // site's section for the county, not its city, names the area the story speaks as.
  const crumb = lastCrumb(text);
  // (全国 in passing — 养老保险全国统筹 — is no area a page speaks as.)
  const token = crumb ? wholeAreaCounts(text).find(([t]) => t !== '全国')?.[0] : undefined;
  if (!crumb || !token || region === crumb) return region;
  // (A crumb writes a county short, 象山 for 象山县: read whole, the short name is safe.)
  const own = region === null ? undefined : placeNamed(region);
  // (象山县 in Zhejiang, not 桂林's 象山区: the province of the city the page was put under.)
  const named = [crumb, `${crumb}县`, `${crumb}区`, `${crumb}市`]
    .map((name) => placeNamed(name))
    .filter((place) => place !== undefined && speaksAs(token, place.name, levelRank(place.level)))
    .filter((place, _, all) => all.length === 1 || (own !== undefined && place!.province === own.province));
  if (named.length !== 1) return region;
  return region === null || WHOLE_TOKEN.test(region) || (own && !speaksAs(token, own.name, levelRank(own.level))) ? named[0]!.name : region;
}

/**
 * …在人力资源社会保障部西院(东城区和平里中街12号)主楼216会议室召开新闻发布会: a street address says where a building
 * stands, not what area the page speaks for — blanked, offset for offset.
 */
function withoutAddresses(text: string): string {
  return ADDRESS_NUMBER.test(text) ? text.replace(ADDRESS, (m) => ' '.repeat(m.length)) : text;
}
const ADDRESS_NUMBER = /\d号/;
const ADDRESS = /[\u4e00-\u9fff]{1,12}(?:路|街|大街|中街|大道|巷|胡同)\d{1,5}(?:-\d{1,4})?号/g;

/**
 * 旅游 | 房产 | 资讯 | 网上日照 | 渔家乐: a site's menu names its sections, and one named after the site's city is no area
 * of the story's — its lines blanked, offset for offset.
 */
function withoutMenus(text: string): string {
  if (!MAY_HOLD_MENU.test(text)) return text;
  return blankLines(text, (line) => line.length <= MENU_LINE_MAX && isMenuLine(line));
}
/** Longer lines are prose, never a menu: left untested. */
const MENU_LINE_MAX = 120;
/** A bar, or a space between two ideographs: what a menu line needs. */
const MAY_HOLD_MENU = /[|｜]|[\u4e00-\u9fff][ \t\u3000][\u4e00-\u9fff]/;

/** The last section a breadcrumb at the top of the page names (…> 区县(市) > 象山 → 象山). */
function lastCrumb(text: string): string | undefined {
  const line = text.slice(0, CHROME_HEAD).split('\n').find((l) => l.length <= CRUMB_LINE_MAX && isBreadcrumb(l));
  const last = line?.split(/[>＞»›]/).pop()?.trim();
  return last && /^[\u4e00-\u9fff]{2,8}$/.test(last) ? last : undefined;
}

/** The top of a page where its site's chrome stands. */
const CHROME_HEAD = 600;
/** A breadcrumb is a short line (a page of one line that opens 首页>… is the story). */
const CRUMB_LINE_MAX = 100;

function pageRegionOf(text: string, title: string | undefined): string | null {
  // 中国西藏网讯 …拉萨市…全市: a news site's name says where it is published; the places the story names say what it is
  // about — read first without the site, and with it only when the story names no place of its own.
  // (The site word first: the pattern's leading run of characters is dear to try at every position of a page.)
  const head = text.slice(0, NEWS_SITE_HEAD);
  const site = NEWS_SITE_WORD.test(head) ? NEWS_SITE.exec(head) : null;
  if (site) {
    const masked = text.replace(NEWS_SITES, (m) => ' '.repeat(m.length));
    const named = regionOfPage(masked, title);
    if (named !== null && !WHOLE_TOKEN.test(named)) return named;
  }
  const named = regionOfPage(text, title);
  // 中国甘肃网1月14日讯 …省长…在省十二届人大二次会议上…: a story that names no place but its province's own bodies (省长,
  // 省级财政) is the province the provincial site speaks for.
  if (site && (named === null || WHOLE_TOKEN.test(named)) && PROVINCIAL_BODY.test(text.slice(0, NEWS_SITE_HEAD))) {
    const province = findPlaces(site[0]).find((m) => m.place.level === 'province');
    if (province) return province.place.name;
  }
  // 丹东新闻网讯 …市人社局出台…: so, at a city's level, for a city's site and its city's own bodies.
  if (site && (named === null || WHOLE_TOKEN.test(named)) && CITY_BODY.test(text.slice(0, NEWS_SITE_HEAD))) {
    const city = findPlaces(site[0]).find((m) => m.place.level === 'city');
    if (city) return city.place.name;
  }
  return named;
}
const NEWS_SITE = /[\u4e00-\u9fff]{1,6}网(?:\d{1,2}月\d{1,2}日)?(?:讯|文|消息|报道)/;
const NEWS_SITE_WORD = /网(?:\d{1,2}月\d{1,2}日)?(?:讯|文|消息|报道)/;
/** A province's own bodies and officers, named without the province. */
const PROVINCIAL_BODY = /省长|省委|省政府|省级|省人大|省十[一二三四五]届|全省/;
/** A city's own bodies and officers, named without the city (县人社局 is a county's: 市 must open the name). */
const CITY_BODY = /(?<![县区镇乡城都])(?:市长|市委|市政府|市级|市人大|市人社局|市人力资源和社会保障局|全市)/;
const NEWS_SITES = new RegExp(NEWS_SITE.source, 'g');
const NEWS_SITE_HEAD = 2000;
const WHOLE_TOKEN = /^[全我本]/;

function regionOfPage(text: string, title: string | undefined): string | null {
  // 近年来，紫阳县毛坝镇把劳务输出…。该镇…; 五角场街道办事处2016年工作总结: a town or street office named under its county, or
  // opening the title, that the page goes on speaking of is the page's area (towns are not in the gazetteer).
  // (山东聊城安置乡村公益岗3万多个 over …聊城市东昌府区广平镇…该镇…: a headline naming a larger area keeps the page its.)
  const town = townOfPage(text, title);
  if (town && (!title || title.includes(town) || !mostSpecificPlaceIn(withoutBylines(title)))) return town;
  if (title) {
    const headline = withoutBylines(title);
    const inTitle = mostSpecificPlaceIn(headline);
    if (inTitle) return countyAfterProvince(headline, text) ?? inTitle;
    const masked = MASKED_AREA.exec(title);
    if (masked) return masked[1]!;
    // 中国新增就业人员1423万人, 全国城镇新增就业…: a headline about the nation, naming no other place.
    // (全年城镇新增就业1186万人 中国就业大局保持稳定: the nation named in the headline's second half.)
    if (/^[^，,：:]{0,24}(?:全国|我国|中国)[^，,：:-]{0,12}(?:就业|失业|社保|参保|\d)/.test(headline)) return '全国';
  }
  const head = text.slice(0, 2000);
  const maskedHead = MASKED_AREA.exec(firstOwnLine(head));
  if (maskedHead) return maskedHead[1]!;
  // 发布机构:新密市人民政府: the body that issued the page speaks for its own area.
  const issuedBy = ISSUING_BODY.exec(head);
  const issuing = issuedBy ? mostSpecificPlaceIn(issuedBy[1]!) : null;
  if (issuing) return issuing;
  // ——2020年5月13日在正镶白旗第十五届人民代表大会第三次会议上, 11月28日，甘谷县第十八届人民代表大会第一次会议…开幕: a work
  // report is delivered to its own area's congress.
  const congress = AREA_CONGRESS.exec(head);
  const congressArea = congress ? mostSpecificPlaceIn(congress[1]!) : null;
  if (congressArea) return congressArea;
  // 日前，石狮人民政府办公室下达《…目标责任制任务通知》: the body the lead says acts names the page's area.
  const acting = actingBody(head);
  if (acting) return acting;
  if (NATIONAL_CUES.test(head)) return '全国';
  const whole = wholeAreaCounts(text);
  // 2023年枣庄市市中区国民经济和社会发展统计公报 …视察枣庄…全区: a headline naming a county or district right after its city,
  // on a page speaking at that level, is the district's, however often the city is named below it.
  // (A first line that is a paragraph — …与广州市番禺区、浙江省金华市金东区签订稳岗协议 — names partners, not its own area.)
  const opening = firstOwnLine(head);
  const underCity = opening.length <= HEADLINE_MAX && !/[。；;]/.test(opening) ? countyAfterCity(opening) : null;
  if (underCity && whole.some(([token]) => speaksAs(token, underCity, levelRank('county')))) return underCity;

  // A byline or a source line names a newspaper or a writer's city, not the page's area.
  const body = withoutBylines(text.slice(0, SCAN_LIMIT));
  const counts = new Map<string, { n: number; level: number; firstAt: number; province?: string; full?: boolean }>();
  const above = new Map<string, number>();
  for (const m of withoutPlaceLists(body, findPlaces(body))) {
    if (aboveThePage(body, m)) {
      above.set(m.place.name, (above.get(m.place.name) ?? 0) + 1);
      continue;
    }
    // (组织农村劳动力赴海西州从事枸杞采摘: where a labour-export page sends its workers is not the page's area.)
    if (DESTINATION_BEFORE.test(body.slice(Math.max(0, m.start - 3), m.start))) continue;
    if (isVenue(body, m)) continue;
    // (长沙机场获批…；长沙金霞保税物流中心: a place naming an airport or a bonded zone in a province's report is no area the
    // page speaks as. A route's ends — 西安至十堰高铁 — still count: they name the places a report speaks of.)
    if (FACILITY_AFTER.test(body.slice(m.end, m.end + 4))) continue;
    const c = counts.get(m.place.name) ?? { n: 0, level: levelRank(m.place.level), firstAt: m.start, province: m.place.province };
    c.n++;
    if (!m.place.short) c.full = true;
    counts.set(m.place.name, c);
  }
  // 德昌县…德昌经济社会…德昌采取…: a county named in full and then by its short name (which alone is too ambiguous to
  // look up) is named each time — and so is a county-level city (兰溪市…兰溪聚焦…), unless its short name is a larger
  // area's (阿克苏 is 阿克苏地区's as well as 阿克苏市's).
  for (const [name, c] of counts) {
    const short = c.full && c.level === 3 ? name.replace(/(?:县|区|旗|市)$/, '') : '';
    if (short.length < 2 || short === name) continue;
    if (name.endsWith('市') && findPlaces(short).some((m) => m.start === 0 && m.end === short.length && m.place.name !== name)) continue;
    c.n = Math.max(c.n, body.split(short).length - 1);
  }
  // A place named mostly as the one above the page (湛江市下达…, 排在湛江市第二名) is above it wherever it is named.
  for (const [name, n] of above) if ((counts.get(name)?.n ?? 0) <= n) counts.delete(name);
  const ranked = [...counts.entries()].sort((a, b) => b[1].n - a[1].n || a[1].firstAt - b[1].firstAt);
  // 重庆市黔江区…该区…: a place always named with the one above it, as often, is the page's when the page speaks at its level.
  const nested = ranked.find(
    ([name, c]) => ranked[0] && c.n === ranked[0][1].n && c.level > ranked[0][1].level && whole.some(([token]) => speaksAs(token, name, c.level)),
  );
  if (nested && nested[1].firstAt < 200) return nested[0];
  const top = ranked[0];
  if (top && roundUpOfProvinces(ranked, whole)) return '全国';
  // 人力资源和社会保障部新闻发言人尹成基25日表示，…最高的是深圳的1600元: a ministry speaking in the lead speaks for the
  // nation; places it names by their short names only are its examples.
  if (top && !top[1].full && NATIONAL_SPEAKER.test(body.slice(0, NATION_LEAD_REACH))) return '全国';
  // 2024年1至11月，我国城镇新增就业1198万人… ⏎ 2025年元旦，浙江温州星海街道举行了…招聘活动… ⏎ 2024年，我国开展了多项促就业
  // 活动: a story of the nation that tells one place's case in a later paragraph of its own is the nation's.
  // (A story that speaks of 全省 or 我市 is an area's, whatever it compares with the nation.)
  if (top && whole.every(([token]) => token === '全国') && caseOfNationalStory(body, top[0])) return '全国';
  // 全市共发放…，其中灵宝市…；义马市…；卢氏县…；渑池县…: three places or more of one level, each named as often as the
  // first, are the parts a page of the larger area it speaks of (全市) breaks its figures into, none of them its own.
  const peers = top ? ranked.filter(([, c]) => c.level === top[1].level && c.n === top[1].n).length : 0;
  if (top && peers >= PEER_PARTS) {
    const larger = whole.find(([t, n]) => WHOLE_LEVEL[t]! >= 1 && WHOLE_LEVEL[t]! < top[1].level && n >= MIN_MENTIONS);
    if (larger) {
      const level = WHOLE_LEVEL[larger[0]]!;
      // (上半年，全省…贵阳市…遵义市…六盘水市…: the province the parts lie in, when the page names none at its level.)
      return ranked.find(([, c]) => c.level === level)?.[0] ?? (level === 1 && top[1].province ? top[1].province : larger[0]);
    }
  }
  // A place named once at the top of a page that speaks of 我县/全县 at its level is the page's area (秀山县…我县).
  const ownLevel = top ? whole.some(([token]) => speaksAs(token, top[0], top[1].level)) : false;
  if (top && (top[1].n >= MIN_MENTIONS || (top[1].firstAt < 200 && (top[1].n >= 2 || ownLevel)))) {
    // A county's report names its province often, but speaks of 全县: the page is about the smaller area.
    const smaller = whole.find(
      ([token, n]) => WHOLE_LEVEL[token]! > top[1].level && n >= MIN_MENTIONS && !top[0].endsWith(token.slice(1)),
    );
    if (smaller) return smaller[0];
    // A province's report names its cities, a city's its counties, but speaks of 全省/全市 more: the page is about the
    // larger area — named if the text names one at that level, else as the page writes it.
    // (全国 is not among them: a province's report compares itself with the nation — 全国第一 — all the time.)
    // (全区 on a district's page — 新华区…全区 — is the district itself, not an autonomous region; 全市 on a county-level
    // city's — 德令哈市…全市 — the city itself, not its prefecture.)
    const larger = whole.find(
      ([token, n]) =>
        WHOLE_LEVEL[token]! >= 1 && WHOLE_LEVEL[token]! < top[1].level && n >= MIN_MENTIONS && n > top[1].n &&
        !(token === '全区' && top[0].endsWith('区')) && !(token === '全市' && top[0].endsWith('市')),
    );
    if (larger) {
      const level = WHOLE_LEVEL[larger[0]]!;
      if (level === 1 && top[1].province) return top[1].province;
      return ranked.find(([, c]) => c.level === level)?.[0] ?? larger[0];
    }
    return top[0];
  }
  // (江苏省)泗洪县2022年…公报, then 全县: the place named at the top at the level the page speaks of.
  const own = ranked.find(([name, c]) => c.firstAt < 200 && whole.some(([token]) => speaksAs(token, name, c.level)));
  if (own) return own[0];
  // A ministry's or the statistics bureau's page that names no area of its own speaks for the nation, and so does
  // news of 政府工作报告 that names no area: the State Council's.
  // (全国人民 in passing is still the nation speaking.)
  if (whole.every(([t]) => t === '全国') && ranked.length === 0) {
    if (NATIONAL_BODIES.test(body)) return '全国';
    // (1月9日国务院常务会议作出决定…, 中共中央、国务院决定…, 我国…: the nation's centre deciding, or the nation named as
    // 我国, on a page naming no place at all.)
    if (NATION_DECIDES_OR_SPEAKS.test(body)) return '全国';
    // 中新网2月27日电 “十五”中国城镇新增就业4200多万人: a story that opens on the nation's measures is the nation's.
    if (NATION_LEAD.test(body.slice(0, NATION_LEAD_REACH))) return '全国';
    // (…unless the report is a city's: it plans for its 中心城区, or its jobs are counted in tens of thousands.)
    if (/政府工作报告/.test(body)) return CITY_REPORT.test(body) ? '全市' : localScale(body) ? null : '全国';
  }
  const token = whole[0]?.[0];
  // 全省 on a page that names one province, once, anywhere (《贵州省进一步稳定和促进就业若干政策措施》): that province.
  const level = token ? WHOLE_LEVEL[token] : undefined;
  const atLevel = token ? ranked.filter(([name, c]) => speaksAs(token, name, c.level)) : [];
  if (atLevel.length === 1) return atLevel[0]![0];
  // 全市 on a page naming one city and, in passing, a city that is a province (天津中医药大学): the city of its level.
  const exactLevel = atLevel.filter(([, c]) => c.level === level);
  if (atLevel.length > 1 && exactLevel.length === 1) return exactLevel[0]![0];
  // 全省 on a page whose every named city lies in one province, named in full (贵阳市、遵义市、六盘水市…我省): that
  // province. (Short names — 深圳、珠海 — are weaker evidence, as everywhere.)
  const provinces = new Set(ranked.map(([, c]) => c.province));
  const allFull = ranked.every(([, c]) => c.full);
  if (level === 1 && ranked.length > 0 && allFull && provinces.size === 1 && [...provinces][0]) return [...provinces][0]!;
  // 苏劳社[2007]18号 heading a notice: issued by that province's department, about the province.
  const issuer = issuingProvince(head);
  if (issuer && (token === undefined || level === 1)) return issuer;
  // 根据全国5‰人口变动抽样调查: a page that says 全国 once, in passing, is not thereby about the nation.
  const ownToken = token === '全国' && whole[0]![1] < 2 && !NATIONAL_BODIES.test(`${title ?? ''}\n${body}`) ? undefined : token;
  // A table of one county's progress (寿县 一、就业促进行动 …): the only place a page with no 全X names is its own.
  // (…and beside it no place but its own province, named in passing: 人人持证、技能河南 on 杞县's list of 民生实事.)
  const local = ranked.filter(([, c]) => c.level >= 2);
  if (!ownToken && local.length === 1 && ranked.every(([name, c]) => c.level >= 2 || name === local[0]![1].province)) return local[0]![0];
  // 全市 on a page that names no place but 留渝来渝: the city that is a province, by the character it goes by.
  const abbreviated = ownToken === '全市' && ranked.length === 0 ? municipalityByAbbreviation(body) : null;
  // (…or, on a page that speaks of 全县, the county its slogan names once: 深入开展“移风易俗新风尚 文明西平正能量”活动.)
  const short = abbreviated ?? (ownToken && (namedShort(body, ownToken) ?? sloganPlace(body, [ownToken.slice(1)], 1)?.name));
  if (short) return short;
  // 多年来，成吉思汗镇一直致力于…; 澜湖社区获国家级充分就业社区称号 … 我市凤凰街道办事处澜湖社区: a page that names no county
  // and opens on a town, a street office or a community as its subject speaks for it (towns are not in the gazetteer).
  if (ranked.every(([, c]) => c.level < 3)) {
    const town = townOpening(body);
    if (town) return town;
  }
  // 健康咸丰“323+”攻坚行动…深入推进“平安咸丰”建设: a county's report names itself in its campaigns' slogans — when it
  // names no other county or city, and its province, if any, is the slogan place's.
  if (!ownToken && ranked.every(([, c]) => c.level < 2)) {
    const slogan = sloganPlace(body, ['县', '市', '区', '旗'], 2);
    if (slogan && ranked.every(([name]) => name === slogan.province)) return slogan.name;
  }
  // 留鄂来鄂高校毕业生42.4万人 on a page that names no place: the province graduates stay in or come to, by its
  // abbreviation — written twice, so no word that merely holds the character (留京 alone may be a visit).
  if (!ownToken && ranked.length === 0) {
    const stay = STAY_OR_COME.exec(body);
    if (stay) return PROVINCE_ABBREVIATIONS[stay[1] ?? stay[2]!]!;
  }
  // (A report for its area's government names other places in passing — 西安至十堰高铁建成通车 — and still speaks as its area.)
  return ownToken ?? ownVoice(body) ?? (ranked.length === 0 ? levelOfOwnBodies(body) : null);
}

/** How many places of one level, named alike, make a page's breakdown into parts. */
const PEER_PARTS = 3;

/** How many provinces a round-up compares. */
const ROUND_UP_MIN = 4;

/**
 * 上海定额增加60元/月，北京50元/月，西藏最高达80元/月; 湖北的月最低工资标准…湖南的…重庆…四川…: a page that goes through
 * four provinces or more by their short names, none far ahead of the next, and speaks as no area's 全省 or 全市, is a
 * round-up over the country, not one province's page.
 */
function roundUpOfProvinces(ranked: ReadonlyArray<[string, { n: number; level: number; full?: boolean }]>, whole: ReadonlyArray<[string, number]>): boolean {
  const provinces = ranked.filter(([, c]) => c.level === 1 && !c.full);
  if (provinces.length < ROUND_UP_MIN || provinces.length !== ranked.length) return false;
  if (provinces[0]![1].n > 2 * provinces[1]![1].n) return false;
  return whole.every(([token, n]) => token === '全国' || n < MIN_MENTIONS);
}

/**
 * 我代表省人民政府，向大会报告工作; ——在省第十四届人民代表大会第五次会议上: a work report delivered for its own area's
 * government, to its own area's congress, speaks as that whole area, whatever institutions it names besides.
 */
function ownVoice(body: string): string | null {
  const m = OWN_VOICE.exec(body.slice(0, OWN_VOICE_HEAD));
  const level = m ? (m[1] ?? m[2] ?? m[3])! : null;
  return level ? `全${level}` : null;
}
// (在镇党委、政府的正确领导下，在县人社局的业务指导下: a town's office thanks its own leaders first; the county's
// bureau it names after is the one above it.)
const OWN_VOICE = /代表(省|市|县|区)人民政府|(?:^|[在，,\s—])(省|市|县|区)第[一二三四五六七八九十]+届人民代表大会|在(镇|乡)党委[、和]/m;
/** Where a report says whom it speaks for. */
const OWN_VOICE_HEAD = 600;

const ABBREVIATION_CLASS = `[${Object.keys(PROVINCE_ABBREVIATIONS).join('')}]`;
const STAY_OR_COME = new RegExp(`留(${ABBREVIATION_CLASS})来\\1|来(${ABBREVIATION_CLASS})留\\2`);

/** A campaign's slogan word before an area's short name: 平安咸丰, 健康咸丰, 美丽南宁, “…文明西平正能量”. */
const SLOGAN_WORD = '(?:平安|健康|美丽|法治|数字|文明|幸福|智慧|生态|活力|魅力|人文|书香)';
const SLOGAN = new RegExp(
  `${SLOGAN_WORD}([\\u4e00-\\u9fff]{2})(?=[”"’」』“\\s，,。、；]|建设|行动|攻坚)|“[^”\\n]{0,12}?${SLOGAN_WORD}([\\u4e00-\\u9fff]{2})[^“”\\n]{0,8}”`,
  'g',
);

/**
 * The one area the page's slogans name, at least `minCount` times, as a place ending in one of `suffixes` (咸丰 +
 * 县 = 咸丰县).
 */
function sloganPlace(body: string, suffixes: readonly string[], minCount: number): { name: string; province?: string } | null {
  const seen = new Map<string, number>();
  for (const m of body.matchAll(SLOGAN)) {
    const short = m[1] ?? m[2]!;
    seen.set(short, (seen.get(short) ?? 0) + 1);
  }
  if (seen.size !== 1) return null;
  const [short, n] = [...seen.entries()][0]!;
  if (n < minCount) return null;
  for (const suffix of suffixes) {
    const place = placeNamed(short + suffix);
    if (place) return { name: place.name, ...(place.province !== undefined && { province: place.province }) };
  }
  return null;
}

/** Between two places of a list (北京 浙江 上海, 贵阳、遵义、安顺; 贵州省贵阳市和黑龙江省哈尔滨市): nothing but a separator. */
const LIST_SEPARATOR = /^(?:[\s、，,|｜/·]*|\s*[和及与]\s*)$/;
const MIN_LIST = 3;

/**
 * Places named in a run of three or more with nothing but separators between (热门省份: 北京 浙江 上海 山东…, a site's
 * menu of regions): a list to choose from, not the area the page speaks of.
 */
function withoutPlaceLists(text: string, mentions: PlaceMention[]): PlaceMention[] {
  const kept: PlaceMention[] = [];
  let run: PlaceMention[] = [];
  const flush = () => {
    if (run.length < MIN_LIST) kept.push(...run);
    run = [];
  };
  for (const m of mentions) {
    const prev = run[run.length - 1];
    if (prev && !LIST_SEPARATOR.test(text.slice(prev.end, m.start))) flush();
    run.push(m);
  }
  flush();
  return kept;
}

const isPlaceMenu = (line: string): boolean => {
  const places = findPlaces(line);
  return places.length >= MIN_LIST && withoutPlaceLists(line, places).length < places.length;
};

/** The county's or city's own institutions (县人民医院, 县委, 县城), written without a name on a page that names none. */
const OWN_BODIES: ReadonlyArray<[string, RegExp]> = [
  // (市人社局坚持和发展新时代“枫桥经验”: its labour bureau speaks for it as its government does.)
  ['全县', /县(?:委|政府|人民医院|中医院|城|级|直|人社局|人力资源和?社会保障局)/g],
  ['全市', /市(?:委|政府|人民医院|中医院|级|直|人社局|人力资源和?社会保障局)/g],
];

/** A page that names no area but speaks through its own county's or city's institutions: 全县 or 全市. */
function levelOfOwnBodies(body: string): string | null {
  const counts = OWN_BODIES.map(([token, re]) => [token, body.match(re)?.length ?? 0] as const).filter(([, n]) => n > 0);
  if (counts.length !== 1) return null;
  return counts[0]![0];
}

const DOCUMENT_NUMBER = new RegExp(
  `(?:^|\n)\\s*[(（]?(${Object.keys(PROVINCE_ABBREVIATIONS).join('|')})[\\u4e00-\\u9fff]{1,5}${DOCUMENT_NUMBER_TAIL}`,
);

/** The province a notice's own document number names by its one-character abbreviation, on a line of its own. */
function issuingProvince(head: string): string | null {
  const m = DOCUMENT_NUMBER.exec(head.slice(0, 400));
  return m ? PROVINCE_ABBREVIATIONS[m[1]!]! : null;
}

/** Being in, coming to or staying in a city named by its character (在沪, 来渝, 留京): the page is written from there. */
const IN_MUNICIPALITY = /(?:在|来|留)([京津沪渝])(?![\u4e00-\u9fff]?(?:市|区|县))/g;

function municipalityByAbbreviation(body: string): string | null {
  const named = new Set([...body.matchAll(IN_MUNICIPALITY)].map((m) => PROVINCE_ABBREVIATIONS[m[1]!]!));
  return named.size === 1 ? [...named][0]! : null;
}

/**
 * A page that speaks of 我县/全县 and names a county by its short name near the top (巫山研究部署…, 我县召开…): the
 * county, named in full. Short county names are too common words to be read anywhere else.
 */
/** A town, street office or community as a sentence's subject near the top (句首: after a stop, a line, a byline or a date). */
const TOWN_SUBJECT = /(?:^|[。！？\n，,)）]|讯|日)\s*([\u4e00-\u9fff]{2,4}?(?:镇|乡|街道办事处|街道|街办|社区))(?=[\u4e00-\u9fff]|(?:19|20)\d\d年)/g;
// (开发城乡公益性岗位, 统筹城乡…: a verb and 城乡, however often the page says it, is no town; nor 新开发城乡…, whatever
// word opens it; nor a verb and its object — 鼓励返乡创业, 帮助老乡, 发展社区就业, 依托街道社区 — that only end like one.)
const NOT_A_TOWN = /^(?:城(?!关|厢|郊|[东南西北中])|乡|农村|社区|街道|小|新型|重点|特色|中心|美丽|文明|和谐|充分就业|开发|统筹|推进|覆盖|建设|服务|促进|实现|加快|扩大|完善|健全)|[全我本各该每其结在对和与及]|城镇$|乡镇$|城乡$|^新(?:开发|增|建)|(?:返|老|家|下|回|进|入|到)(?:乡|社区|街道)$|^(?:鼓励|引导|发展|加强|帮助|依托|推动|支持|组织|开展|深化|做好|落实|打造|实施|建成|创建|走进|深入|助力|带动|吸引|立足|面向|通过|围绕|依靠|利用|抓好|建好|办好|搞好|提升|强化|优化|规范|持续|积极|大力|着力)/;
const TOWN_HEAD = 200;
const FIRST_SUBJECT_WITHIN = 40;

// (安徽宿州埇桥区大营镇:多措并举…: a headline's colon may follow it.)
// (和顺镇24个乡村服务公益性岗位上岗: or the count it reports.)
const TOWN_NAME = /^([\u4e00-\u9fff]{2,4}?(?:镇|乡|街道办事处|街道|街办))(?=[\u4e00-\u9fff]|[:：]|\d)/;
const TITLE_TOWN = /^([\u4e00-\u9fff]{2,4}?(?:镇|街道办事处|街道))(?=[\u4e00-\u9fff]|\d)/;
const TOWN_SPOKEN = /[全我本该](?:镇|乡|街道)/g;

function townOfPage(text: string, title: string | undefined): string | null {
  const body = text.slice(0, SCAN_LIMIT);
  // 五角场街道办事处2016年工作总结: the title opens on it, and the text names it again.
  const titled = title ? TITLE_TOWN.exec(title.trim()) : null;
  // (…a name of its own may hold 和, as 和顺镇 and 和平镇 do: opening the title, it joins nothing.)
  if (titled && !NOT_A_TOWN.test(titled[1]!.replace(/^和/, '')) && findPlaces(titled[1]!).length === 0) {
    const name = titled[1]!.replace(/办事处$/, '');
    if (body.split(name).length - 1 >= 1) return name;
  }
  // 近年来，紫阳县毛坝镇把…。该镇…: named under its county in the first sentence, then spoken of as 该镇 or named again.
  const first = body.slice(0, Math.min(TOWN_HEAD, (body.search(/[。！？]/) + 1) || TOWN_HEAD));
  for (const m of findPlaces(first)) {
    if (m.place.short || m.place.level === 'province') continue;
    const after = TOWN_NAME.exec(first.slice(m.end, m.end + 12));
    if (!after || NOT_A_TOWN.test(after[1]!)) continue;
    const name = after[1]!.replace(/办事处$/, '');
    const named = body.split(name).length - 1;
    const spoken = (body.match(TOWN_SPOKEN) ?? []).length;
    const county = body.split(m.place.name).length - 1;
    if ((named >= 2 || spoken >= 1) && named >= county) return name;
  }
  return null;
}

function townOpening(body: string): string | null {
  const head = body.slice(0, TOWN_HEAD);
  TOWN_SUBJECT.lastIndex = 0;
  for (let m = TOWN_SUBJECT.exec(head); m !== null; m = TOWN_SUBJECT.exec(head)) {
    const name = m[1]!;
    // (加强乡镇…, 美丽乡村: 乡 that opens a longer word is no town's end.)
    if (NOT_A_TOWN.test(name) || (name.endsWith('乡') && /[镇村亲]/.test(head[m.index + m[0].length] ?? ''))) continue;
    // Named again, or the subject of the page's first sentence: the page is about it, not passing through.
    // (The match opens on the stop before the name, if any: a name after a full stop opens the second sentence.)
    if (body.split(name).length - 1 >= 2 || (m.index < FIRST_SUBJECT_WITHIN && !/[。！？]/.test(head.slice(0, m.index + 1)))) return name;
  }
  return null;
}

const LEAD_SUBJECT = /(?:网|报|台)讯\s*(?:[(（][^)）\n]{0,30}[)）])?\s*/;

function namedShort(body: string, wholeToken: string): string | null {
  const suffix = wholeToken.slice(1);
  if (!/[县市区旗]/.test(suffix)) return null;
  // Headline-like lines only (short, at the top): in running text a short name is too often a word (维护民权).
  const head = body
    .slice(0, 400)
    .split('\n', 6)
    .filter((line) => line.trim().length <= 40 && !isPlaceMenu(line))
    .join('\n');
  // 本网讯 (黄家瑞 石松) 柞水把农村富裕劳动力转移就业作为…: the word a story's lead opens on, after its byline, is its subject.
  const lead = LEAD_SUBJECT.exec(body.slice(0, 400));
  if (lead) {
    for (const len of [2, 3]) {
      const place = placeNamed(body.slice(lead.index + lead[0].length, lead.index + lead[0].length + len) + suffix);
      if (place) return place.name;
    }
  }
  for (let i = 0; i + 2 <= head.length; i++) {
    // (县人力资源和社会保障局: 资源 is the end of a word there, not 资源县 — a short name opens its word.)
    if (i > 0 && /[\u4e00-\u9fff]/.test(head[i - 1]!) && !findPlaces(head.slice(Math.max(0, i - 4), i)).some((m) => m.end === Math.min(i, 4))) continue;
    for (const len of [2, 3]) {
      const name = head.slice(i, i + len);
      if (!/^[\u4e00-\u9fff]+$/.test(name) || shortNameInWord(head, i, name)) continue;
      const place = placeNamed(name + suffix);
      if (place) return place.name;
    }
  }
  return null;
}

// (全镇, 全乡: a town's own page, the area as it writes itself — towns are not in the gazetteer.)
const WHOLE_LEVEL: Record<string, number> = { 全国: 0, 全省: 1, 全区: 1, 全市: 2, 全州: 2, 全盟: 2, 全县: 3, 全旗: 3, 全镇: 4, 全乡: 4 };
/**
 * Whether 全X is how a place of this level speaks of itself: 全县 for a county, 全区 for a district too, and 全市 for a
 * city that is a province (上海市…本市).
 */
// (全区 at a province's level is an autonomous region's word for itself: a district's page that names 上海 among its
// labour-export bases is no page of 上海市.)
const speaksAs = (token: string, name: string, level: number): boolean =>
  (WHOLE_LEVEL[token] === level && !(token === '全区' && level === 1 && !name.endsWith('自治区'))) ||
  (token === '全区' && level === 3 && name.endsWith('区')) ||
  (token === '全市' && level === 1 && MUNICIPALITIES.has(name));

const RANKED_IN = /^(?:第[一二三四五六七八九十\d]|平均|前列|前[三五十]|首位|排名|排位|排第|排在|县[(（]?市)/;
/** 高出全省0.1个百分点, 低于全国平均水平, 占全省的12%: the larger area a figure is measured against. */
const MEASURED_AGAINST = /(?:[居列在排占比]|高出|高于|低于|快于|慢于|好于|优于)$/;

/**
 * 位居全市第一, 全省前列, 列全市第五, 增幅全省排第3位, 进入全州“第一方阵”, 高出全省0.1个百分点: the 全X at `at` is the
 * larger area a page ranks itself in or measures itself against, not its own.
 */
const rankedIn = (text: string, at: number, length = 2): boolean =>
  RANKED_IN.test(text.slice(at + length, at + length + 4).replace(/^[“"‘]/, '')) || MEASURED_AGAINST.test(text.slice(Math.max(0, at - 2), at));

/**
 * 企业职工养老保险实现全国统筹, 全国文明城市, 全国先进: the nation named in a set phrase, in passing, on any area's page.
 */
const NATION_IN_PASSING = /^(?:统筹|性|文明|先进|示范|百强|重点|劳动模范|劳模|优秀|一盘棋|同步)/;

/** Paragraphs of the nation (我国/全国) a story needs besides the one of its local case. */
const NATION_PARAGRAPHS = 2;

/**
 * Whether every mention of `place` stands in one paragraph, not the first, while the nation is the subject of at least
 * two other paragraphs, the first among them.
 */
function caseOfNationalStory(body: string, place: string): boolean {
  const paragraphs = body.split('\n').filter((p) => p.trim() !== '');
  const naming = paragraphs.flatMap((p, i) => (findPlaces(p).some((m) => m.place.name === place) ? [i] : []));
  if (naming.length !== 1 || naming[0] === 0) return false;
  const nation = paragraphs.flatMap((p, i) => (i !== naming[0] && /我国|全国/.test(p) ? [i] : []));
  return nation.length >= NATION_PARAGRAPHS && nation[0] === 0;
}

function wholeAreaCounts(text: string): Array<[string, number]> {
  const whole = new Map<string, number>();
  WHOLE_AREA.lastIndex = 0;
  for (let m = WHOLE_AREA.exec(text); m !== null; m = WHOLE_AREA.exec(text)) {
    // (按照《2023年全市重点民生实事项目实施意见》文件要求，现就我县…: an area inside the title of a document the page cites is
    // that document's, not the page's own.)
    if (rankedIn(text, m.index, m[0].length) || inCitedTitle(text, m.index, m.index + m[0].length)) continue;
    const token = m[1] === '自治区' ? '全区' : `全${m[1]}`;
    if (token === '全国' && NATION_IN_PASSING.test(text.slice(m.index + m[0].length, m.index + m[0].length + 5))) continue;
    whole.set(token, (whole.get(token) ?? 0) + 1);
  }
  return [...whole.entries()].sort((a, b) => b[1] - a[1]);
}

/** The longest first line read as a headline. */
const HEADLINE_MAX = 60;

/** A county or district written right after a city of its province (枣庄市市中区, 南京市溧水区): the county's name. */
function countyAfterCity(line: string): string | null {
  const places = findPlaces(line);
  for (let i = 1; i < places.length; i++) {
    const [city, county] = [places[i - 1]!, places[i]!];
    if (city.place.level === 'city' && county.place.level === 'county' && county.start === city.end && !county.place.short && city.place.province === county.place.province) return county.place.name;
  }
  return null;
}

/**
 * The most specific area a short text names (城固县 over 汉中市 in 汉中市城固县2006年统计公报), by its official name — not
 * a venue (四川省…人大…在成都开幕 is Sichuan's).
 */
function mostSpecificPlaceIn(text: string): string | null {
  // (我市农村劳动力培训业绩位列杭州市第一: the area a headline ranks the page's within is above it.)
  const places = withoutPlaceLists(text, findPlaces(text))
    .filter((m) => !isVenue(text, m) && !aboveThePage(text, m))
    .sort((a, b) => levelRank(b.place.level) - levelRank(a.place.level));
  const first = places[0];
  if (!first) return null;
  // 广东省…调整最低工资标准 广州调整为2300元/月 深圳调整为2360元/月: two cities of the province the headline names are
  // its parts; the province is the page's.
  const peers = new Set(places.filter((m) => m.place.level === first.place.level).map((m) => m.place.name));
  const province = places.find((m) => m.place.level === 'province' && !m.place.short);
  if (peers.size > 1 && province && first.place.level === 'city' && places.every((m) => m.place.level === 'province' || m.place.province === province.place.name)) {
    return province.place.name;
  }
  return first.place.name;
}

/**
 * 在成都开幕, 在北京召开: where a meeting sits, not whom it speaks for; nor where a minister spoke (部长尹蔚民10日在北京说,
 * 在北京答记者问). (…全国人大三次会议开幕会在北京人民大会堂举行: the hall it sits in may stand between.)
 */
const isVenue = (text: string, m: PlaceMention): boolean =>
  text[m.start - 1] === '在' && VENUE_AFTER.test(text.slice(m.end, m.end + 16));
const VENUE_AFTER = /^(?:市)?(?:[\u4e00-\u9fff]{0,6}?(?:大会堂|会堂|礼堂|宾馆|饭店|酒店|会议中心|会展中心|国际会议中心))?(?:隆重)?(?:开幕|召开|举行|举办|闭幕|说|表示|答记者问)/;

/**
 * 四川筠连农民工劳务收入超十亿: a headline writes a county or city short, right after its province (筠连 for 筠连县), where
 * the short name alone is too ambiguous to look up — read with its province, and named again in the story, it is the
 * page's area.
 */
function countyAfterProvince(headline: string, text: string): string | null {
  const found = new Set<string>();
  for (const m of findPlaces(headline)) {
    if (m.place.level !== 'province') continue;
    for (const length of [2, 3]) {
      const short = headline.slice(m.end, m.end + length);
      if (short.length < length || !/^[\u4e00-\u9fff]+$/.test(short) || !text.includes(short)) continue;
      for (const suffix of SHORT_NAME_SUFFIXES) {
        const place = placeNamed(short + suffix);
        if (place && place.province === m.place.name) found.add(place.name);
      }
    }
  }
  return found.size === 1 ? [...found][0]! : null;
}
const SHORT_NAME_SUFFIXES = ['县', '市', '区', '旗'];

function levelRank(level: string): number {
  return level === 'county' ? 3 : level === 'city' ? 2 : 1;
}

/**
 * The area above the page, named as the one that sets its tasks, plans or ranks it (完成湛江市下达任务的109.2%,
 * 贯彻落实中央、省和贵阳市系列决策部署, 排在湛江市第二名, 位居全省前列), or the one it is measured against (仅次于武汉):
 * not the page's area nor its figures'.
 */
function aboveThePage(text: string, m: PlaceMention): boolean {
  const after = text.slice(m.end, m.end + 8);
  return SETS_TASKS.test(after) || RANKS_AFTER.test(after) || RANKS_BEFORE.test(text.slice(Math.max(0, m.start - 3), m.start)) || inDocumentCarriedOut(text, m);
}

/** A government or labour bureau named with its area in a page's lead, acting (印发, 下达, 召开…). */
const ACTING_BODY = /^(?:市|县|区)?(?:人民政府|政府)(?:办公室|办公厅)?(?:印发|下达|出台|发布|召开)|^(?:市|县|区)?(?:人力资源和社会保障局|人社局)(?:印发|下达|出台|发布|召开)/;
const LEAD = 150;

function actingBody(head: string): string | null {
  const lead = head.slice(0, LEAD);
  const m = findPlaces(lead).find((p) => ACTING_BODY.test(lead.slice(p.end, p.end + 16)) && !aboveThePage(lead, p));
  if (m) return m.place.name;
  // 石狮人民政府办公室下达…: a county-level area by its short name, which is read only here, right before its body.
  const body = /(?:人民政府|政府办公室|人力资源和社会保障局|人社局)/g;
  for (let b = body.exec(lead); b !== null; b = body.exec(lead)) {
    if (!ACTING_BODY.test(lead.slice(b.index, b.index + 16))) continue;
    for (const len of [2, 3]) {
      const name = lead.slice(b.index - len, b.index);
      if (!/^[\u4e00-\u9fff]+$/.test(name)) continue;
      const place = ['市', '县', '区'].map((suffix) => placeNamed(name + suffix)).find(Boolean);
      if (place) return place.name;
    }
  }
  return null;
}

/** 贯彻落实《泉州市人民政府关于…的实施意见》: the body whose document the page carries out is above it. */
function inDocumentCarriedOut(text: string, m: PlaceMention): boolean {
  // Within a few characters only (never a search back through the whole page, once per place).
  const near = text.slice(Math.max(0, m.start - 4), m.start);
  const at = near.lastIndexOf('《');
  if (at < 0 || near.indexOf('》', at) >= 0) return false;
  const open = m.start - near.length + at;
  return CARRIES_OUT.test(text.slice(Math.max(0, open - 12), open));
}
const CARRIES_OUT = /(?:贯彻|落实|根据|按照|依据|执行)[^。，,；;]{0,8}$/;

const SETS_TASKS = /^(?:下达|分解|考核|安排的|的排名|(?:委|政府)?(?:系列)?(?:决策部署|工作部署|的部署|的要求))/;
const RANKS_AFTER = /^的?(?:第[一二三四五六七八九十\d]+(?:名|位)|前[三五十]名|前列)/;
const RANKS_BEFORE = /(?:排在|排名|位居|位列|居|仅次于|次于|领先于)$/;

/** The full place names a piece of a sentence mentions, bylines aside. */
function sentencePlaces(sentence: string, offset = 0): PlaceMention[] {
  const text = MAY_HOLD_BYLINE.test(sentence) ? withoutBylines(sentence) : sentence;
  return findPlaces(text)
    .filter((m) => (!m.place.short || opensClauseWithYear(text, m)) && !aboveThePage(text, m) && !ALL_PROVINCES_AND.test(text.slice(Math.max(0, m.start - 12), m.start)))
    .map((m) => (offset === 0 ? m : { ...m, start: m.start + offset, end: m.end + offset }));
}

/**
 * 比如江苏2020年新增城镇就业132.8万人…；广东2020年全省城镇新增就业134万人: a province's short name opening a clause, right
 * before the year its figures are of, is the clause's subject — strong enough inside a sentence, unlike a short name
 * anywhere (陕西路, 广东籍).
 */
function opensClauseWithYear(text: string, m: PlaceMention): boolean {
  return m.place.level === 'province' && CLAUSE_OPENS.test(text.slice(Math.max(0, m.start - 3), m.start)) && /^(?:19|20)\d\d年/.test(text.slice(m.end, m.end + 5));
}
const CLAUSE_OPENS = /(?:^|[，,；;。：:]|比如|例如)$/;

/** 全国29个省份和新疆生产建设兵团, 31个省(区、市)及兵团: the corps named after the provinces, the nation's whole. */
const ALL_PROVINCES_AND = /(?:省份|省区市|省[(（]区、市[)）])(?:和|及|以及)$/;

/** 来源：江西日报, 作者：…, (记者 李艳), a paper's staff line (兰州日报社全媒体记者 陈梦圆): blanked, offsets kept. */
// (The alternatives that open on any ideograph — …网…频道, …报社…记者, …在线 — are tried only on a text holding their
// key word: elsewhere they cannot match, and trying them costs a pass at every character.)
const BYLINE_PARTS = {
  // (消息来源:上海证券报 上证报中国证券网讯 据山西发布…: the names a label gives end at a blank; the story may go on after it.)
  label: '(?:来源|稿源|出处|作者|记者|编辑|责任编辑|责编|通讯员|摄影|供稿|主办|承办|主管|协办)\\s*[:：][ \\t\\u3000]*[^\\s]{0,40}',
  channel: '[\\u4e00-\\u9fff]{2,6}网[\\u4e00-\\u9fff]{2,4}频道',
  reporter: '[(（]\\s*(?:记者|通讯员)[^)）\\n]{0,30}[)）]',
  paper: '[\\u4e00-\\u9fff]{2,8}报社[^\\n]{0,10}?记者[^\\n]{0,12}',
  // 山东商报·速豹新闻网记者, 甘肃经济日报记者, 湖北日报全媒记者: a paper's reporter, named by the paper without 社.
  paperStaff: '[\\u4e00-\\u9fff]{2,6}(?:日报|晚报|晨报|都市报|商报|时报)(?:[·・\\-—/][\\u4e00-\\u9fff]{2,8})?\\s*(?:全媒体|全媒)?记者',
  // 浙江省在线10月21日, 浙江省在线记者张花卉: a news site's dateline or staff line.
  site: '[\\u4e00-\\u9fff]{2,6}(?:在线|网)(?:\\s*\\d{1,2}月\\d{1,2}日(?:讯|电)?|(?:全媒体)?记者)',
  // 2020-12-11 四川在线: the day and the site that printed the story, alone on a line.
  datedSite: '(?<=(?:19|20)\\d\\d[-/.]\\d{1,2}[-/.]\\d{1,2}[ \\t\\u3000]+)[\\u4e00-\\u9fff]{2,6}(?:在线|网)(?=[ \\t\\u3000]*(?:\\n|$))',
};
const BYLINE = new RegExp(Object.values(BYLINE_PARTS).join('|'), 'g');
const BYLINE_LITERAL_LED = new RegExp([BYLINE_PARTS.label, BYLINE_PARTS.reporter].join('|'), 'g');
/**
 * 中新社北京4月18日电, 本报北京电: where an agency or a paper filed from. Looked for only where 日电 or 报…电 is written
 * (it is costly to try everywhere).
 */
const AGENCY_DATELINE = /[\u4e00-\u9fff]{1,6}(?:社|网|报|台)[\u4e00-\u9fff]{2,4}(?:\d{1,2}月\d{1,2}日)?电(?![力网视话脑子源池器费价量])/g;

/**
 * 太原市融媒体中心, 太原广播电视台(太原市文化广播电视集团)官方帐号: the outlet that posted the page, named as a byline, says
 * where it broadcasts from, not what the story is about.
 */
const OUTLET = /[\u4e00-\u9fff]{2,12}(?:融媒体中心|广播电视台|电视台|广播电台)(?:[(（][^)）\n]{0,30}[)）])?(?:官方帐号|官方账号|客户端)?/g;

/** Every byline form has one of these: a cheap test before the costly one, for each figure's sentence. */
/** Where AGENCY_DATELINE can match at all: 日电 or 报…电 written. */
const MAY_HOLD_DATELINE = /日电|报[\u4e00-\u9fff]{2,4}电/;
const MAY_HOLD_BYLINE = new RegExp(`${MAY_HOLD_DATELINE.source}|来源|记者|作者|编辑|通讯员|融媒体|电视台|广播电台|主办|承办|主管|协办|频道|在线\\s*\\d`);
/** Where the byline forms that open on any ideograph can match at all. */
const MAY_OPEN_ON_A_NAME = /频道|报社|报(?:[·・\-—/][\u4e00-\u9fff]{2,8})?\s*(?:全媒体|全媒)?记者|在线\s*\d|[网线](?:全媒体)?记者|\d[ \t\u3000]+[\u4e00-\u9fff]{2,6}(?:在线|网)[ \t\u3000]*(?:\n|$)/;

function withoutBylines(text: string): string {
  const blank = (m: string) => ' '.repeat(m.length);
  let masked = text.replace(MAY_OPEN_ON_A_NAME.test(text) ? BYLINE : BYLINE_LITERAL_LED, blank);
  // 据兰州晚报报道, 江西日报讯: a newspaper's name says where it is printed, not what the story is about.
  if (/报(?:报道|讯|消息)/.test(masked)) masked = masked.replace(PAPER_SOURCE, blank);
  if (/融媒体|电视台|广播电台/.test(masked)) masked = masked.replace(OUTLET, blank);
  // (版权声明：凡注明“来源：中国西藏网”的所有作品，版权归高原(北京)文化传播有限公司: whose the site's rights are, not the story's area.)
  if (/版权|免责声明|Copyright/i.test(masked)) masked = masked.replace(RIGHTS_LINE, blank);
  return MAY_HOLD_DATELINE.test(masked) ? masked.replace(AGENCY_DATELINE, blank) : masked;
}

const RIGHTS_LINE = /^[ \t　]*(?:版权声明|版权所有|免责声明|Copyright|©)[^\n]*/gim;
const PAPER_SOURCE = /(?:据)?[\u4e00-\u9fff]{2,6}(?:日报|晚报|晨报|都市报|商报)(?:报道|讯|消息)/g;

const EVENT_HELD = /(?:举行|举办)$/;
/**
 * 将我市市区（不含萧山区、余杭区）最低月工资标准调整为960元, 除高新区外: a place the figure is said not to cover is not its
 * area (only names and 、 between the word and the place).
 */
const EXCLUDED_BEFORE = /(?:不含|不包括|(?<![排消解免扣删剔破根拆])除了?)(?:[\u4e00-\u9fff]{2,12}?[、和及])*$/;
const EXCLUDED_REACH = 40;
const SUPERLATIVE_PICK = /(?:最高|最低|最多|最少)的?(?:是|为)([\u4e00-\u9fff]{2,8}?)的?$/;

/** How far before a figure its sentence is searched for a place name (bounded: pages without punctuation exist). */
const REGION_REACH = 200;

/**
 * A figure's own area: 全国 written just before it, else the last place its sentence names within REGION_REACH
 * before it (full names only — short forms are too weak inside a sentence), else the page's (全X means the page's
 * area). The sentence's places are found once and shared by its figures.
 */
export function figureRegion(
  text: string,
  c: Candidate,
  sentence: Span,
  pageArea: string | null,
  cache: Map<number, PlaceMention[]>,
  /** Where the full sentence (to 。) the figure's clause belongs to starts. */
  fullStart = sentence.start,
): string | null {
  let places = cache.get(sentence.start);
  if (!places) cache.set(sentence.start, (places = sentencePlaces(text.slice(sentence.start, sentence.end), sentence.start)));
  const from = Math.max(sentence.start, c.start - REGION_REACH);
  // 城镇新增就业：东城区8000人、高新区5000人: an area opening the figure's list item, right before it, is its own.
  const item = areaItemEndingAt(text, c.quantity.start, c.start);
  if (item) return item.name;
  // 全国月最低工资标准最高的是深圳的1600元: the place a superlative picks out, between the measure and its figure.
  const picked = SUPERLATIVE_PICK.exec(text.slice(Math.max(c.gapStart, c.quantity.start - 16), c.quantity.start));
  const pickedPlace = picked ? findPlaces(picked[1]!).find((p) => p.start === 0 && p.end === picked[1]!.length) : undefined;
  if (pickedPlace) return pickedPlace.place.name;
  // (长沙市新增就业6.2万人 read as an other figure: the place opens the label itself.)
  // (记者从在呼和浩特市召开的会议上获悉，今年内蒙古将发放…: where a meeting sat is not whom its figures are for; nor is
  // a place that names an event held — 举行深圳市对口帮扶专场招聘会等劳务输出活动，…完成转移就业劳动力7.5万人.)
  const before = places.filter(
    (m) =>
      m.start >= from && (m.end <= c.start || (m.start === c.start && m.end <= c.quantity.start)) && !isVenue(text, m) && !EVENT_HELD.test(text.slice(Math.max(0, m.start - 2), m.start)) &&
      !sentTo(text, m) && !EXCLUDED_BEFORE.test(text.slice(Math.max(0, m.start - EXCLUDED_REACH), m.start)),
  );
  const upTo = c.start + (c.label.startsWith('全国') ? 2 : 0);
  // 西部地区城镇调查失业率为5.5%: one of the nation's four economic regions, opening the measure, is its area, as written
  // (no division holds it).
  const macro = MACRO_REGION_BEFORE.exec(text.slice(Math.max(from, upTo - 10), upTo));
  if (macro) return macro[1]!;
  if (c.indicator === 'pension_increase') {
    const said = text.slice(fullStart, c.start);
    if (nationDecides(said) || nationsRise(said)) return '全国';
  }
  // 一季度全国城镇新增就业285万人, 中国共实现城镇新增就业…: a national figure quoted on any page is the nation's.
  // (成为全国首个发放量突破1000亿元的省份: a rank in the nation is the province's own figure.)
  // (向…等全国各地输转: the nation as where the labour went, no figure of its own.)
  // (中国大陆去年全年城镇调查失业率…, 大陆城镇调查失业率…, 内地…: the mainland, as Taiwan's and Hong Kong's press name the nation.)
  const nationFrom = Math.max(from, upTo - 10);
  const nationBefore = /(?:全国|我国|中国大陆|中国|大陆|内地)(?!首个|第一个|唯一)[^，,；;：:、]{0,4}$/.exec(text.slice(nationFrom, upTo));
  if (nationBefore && !sentTo(text, { start: nationFrom + nationBefore.index, end: nationFrom + nationBefore.index + 2 })) return '全国';
  // 2024年1至11月，我国城镇新增就业1198万人，平均调查失业率为5.1%: the nation, the sentence's subject, is every clause's
  // until another place is named.
  if (before.length === 0 && NATION_SUBJECT.test(text.slice(Math.max(fullStart, c.start - REGION_REACH), c.start))) return '全国';
  // 今年1—3月，我国就业主要指标运行平稳，…。实现失业人员再就业113万人: a sentence with no subject of its own goes on with
  // the nation the sentence before it, in its paragraph, spoke of.
  if (before.length === 0 && pageArea !== '全国' && nationGoesOn(text, fullStart, c.start)) return '全国';
  // 莲都区、青田县、缙云县最低月工资标准为1530元: a figure several places share is none of theirs alone, but the area's
  // that holds them.
  if (pageArea !== null && sharedByList(text, before, c.start)) return pageArea;
  // 白城市区、长白山管委会和其他县市为第三档，最低工资标准1120元: places and all the others — the whole area's.
  if (pageArea !== null && before.length > 0 && ALL_OTHERS.test(text.slice(before[before.length - 1]!.end, c.start))) return pageArea;
  return (
    before[before.length - 1]?.place.name ??
    laterClauseProvince(text, fullStart, c.start) ??
    sentenceSubject(text, fullStart, sentence.start) ??
    provinceOpening(text, fullStart, c.start) ??
    largerAreaSpoken(text, from, c.start, pageArea, cache) ??
    placeHeading(text, fullStart) ??
    pageArea
  );
}

/**
 * 经国务院批准，人社部、财政部印发…通知，…总体调整水平为…5.5%左右 on a province's or a city's page: a pension rise the nation's
 * bodies decide is the nation's, unless a place is named after their decision (经国务院批准，我省…).
 */
function nationDecides(before: string): boolean {
  const at = lastMatchEnd(NATION_DECIDES, before);
  if (at < 0) return false;
  const after = before.slice(at);
  return !/[全我本该各](?:自治区|省|市|县|州|区|盟|旗|镇|乡)/.test(after) && findPlaces(after).length === 0;
}
/**
 * 2023年全国总体调整比例按照2022年退休人员月人均基本养老金的3.8%确定 on a province's page: the nation's overall rise, its
 * own words, unless a place is named after them.
 */
function nationsRise(before: string): boolean {
  const at = lastMatchEnd(NATION_RISE, before);
  return at >= 0 && findPlaces(before.slice(at)).length === 0;
}
const NATION_RISE = /全国(?:总体|整体|统一)?调整(?:比例|水平|幅度)/g;
const NATION_DECIDES = new RegExp(`(?:${NATIONAL_BODIES.source})[^，,。；;]{0,24}?(?:印发|发布|下发|出台|决定|批准|公布|宣布)`, 'g');

const MACRO_REGION_BEFORE = /(东部地区|中部地区|西部地区|东北地区)[^，,；;：:、]{0,4}$/;

const ALL_OTHERS = /^[^。；;]{0,16}?(?:和|及|以及|、)(?:其他|其它|其余)(?:各)?(?:县市区|县市|县区|县（市、区）|县\(市、区\)|县|市|区|地区)/;

/**
 * 累计向兰州市输转城乡富余劳动力30.72万人次: where labour is sent is not whose figure it is (the sender's). (The page's count
 * of places drops a destination on the word before it alone, DESTINATION_BEFORE; a figure's own place is dropped only with a
 * sending verb after it too: 省政府向长沙市下达目标任务5万人 names the figure's area after 向.)
 */
// (向长三角、珠三角、西北五省等全国各地输转务工人员56万多人次: the last of several destinations, 各地 of the nation.)
function sentTo(text: string, m: Pick<PlaceMention, 'start' | 'end'>): boolean {
  const to = SENT_TO_BEFORE.test(text.slice(Math.max(0, m.start - 1), m.start)) || (/^各地/.test(text.slice(m.end, m.end + 2)) && SENT_TO_IN_CLAUSE.test(text.slice(Math.max(0, m.start - SENT_LIST_REACH), m.start)));
  return to && SENT_AFTER.test(text.slice(m.end, m.end + SENT_REACH));
}
const SENT_TO_BEFORE = /[向赴往]$/;
const SENT_TO_IN_CLAUSE = /[向赴往][^，,。；;]*$/;
const SENT_LIST_REACH = 30;
const SENT_AFTER = /^[^，,。；;]{0,6}?(?:输转|输出|转移|务工|劳务)/;
const SENT_REACH = 10;

/** How far back a line that is only a place's name heads the figures below it. */
const PLACE_HEADING_REACH = 1_500;

/**
 * 天水市两区五县…十件民生实事 ⏎ 秦州区 ⏎ 一、实现城镇新增就业8500人…: a line that is only a place's name heads the lines below
 * it, each area's list under its own name.
 */
function placeHeading(text: string, at: number): string | null {
  const head = text.slice(Math.max(0, at - PLACE_HEADING_REACH), at);
  const lines = head.split('\n');
  // (The line the figure stands in is no heading; the first line kept may be cut.)
  for (let i = lines.length - 2; i >= 1; i--) {
    // (…4省份上调最低工资标准… ⏎ 1、安徽 ⏎ …分别为：2060元…: a numbered item that is only a province's name, written short.)
    const raw = lines[i]!.trim();
    const numbered = HEADING_NUMBER.exec(raw);
    const line = numbered ? raw.slice(numbered[0].length) : raw;
    if (line.length < 2 || line.length > 12) continue;
    const place = findPlaces(line).find((m) => m.start === 0 && m.end === line.length && (!m.place.short || (numbered !== null && m.place.level === 'province')));
    if (place) return place.place.name;
  }
  return null;
}
const HEADING_NUMBER = /^(?:\d{1,2}[、.．]|[一二三四五六七八九十]{1,3}[、.．]|[(（][一二三四五六七八九十\d]{1,3}[)）])\s*/;

/**
 * …分别是洛阳市、济源市、安阳市和开封市，这些城市的失业率分别是3.67%、3.49%、2.97%和2.56%: a 分别 series whose measure
 * speaks of 这些城市 (上述地区, 这4个县) takes, figure by figure, the places listed just before it in its sentence.
 */
export function anaphoricPlace(text: string, c: Candidate, fullStart: number): string | null {
  let head = c;
  let position = 0;
  while (head.seriesOf) {
    head = head.seriesOf;
    position++;
  }
  const lead = text.slice(Math.max(fullStart, head.start - ANAPHOR_REACH), head.quantity.start);
  const anaphor = ANAPHOR.exec(lead);
  if (!anaphor) return null;
  const before = lead.slice(0, anaphor.index);
  const places = sentencePlaces(before);
  // The list: places one after another, nothing but separators between, ending the clause before the anaphor.
  const list = places.slice(listStart(before, places, places.length - 1));
  if (list.length >= 2 && /^[\s，,；;]*$/.test(before.slice(list[list.length - 1]!.end))) return list[position]?.place.name ?? null;
  // 广东、江苏、浙江、山东、河南、四川，是…大省。…2022年，各省城镇新增就业分别为132万、132万…: the list that opens the
  // sentence before, provinces by their short names as such lists write them, when the anaphor's sentence names none.
  if (places.length > 0) return null;
  const previous = text.slice(Math.max(0, fullStart - PREVIOUS_REACH), fullStart);
  const sentenceStart = Math.max(...['。', '！', '？', '\n'].map((end) => previous.lastIndexOf(end, previous.length - 2))) + 1;
  const earlier = placeLists(previous.slice(sentenceStart)).filter((run) => run.length >= EARLIER_LIST_MIN);
  return earlier[earlier.length - 1]?.[position]?.place.name ?? null;
}
const ANAPHOR =
  /(?:(?:这些|上述|以上|这[两二三四五六七八九十\d]{1,2}个)(?:城市|地区|地市|市州|县区|县市区?|市县区?|县|市|省份|省区|省)|各(?:省份|省区|省|地市|市州))[^，,。；;]{0,16}?分别/;
const ANAPHOR_REACH = 80;
// (吴忠市利通区、…: a city and its district written together are one place of the list.)
const JOINED = /^[、和及与\s]{0,2}$/;
/** Places a figure is shared by: three or more listed one after another, the last right before the figure's label. */
const SHARED_LIST_MIN = 3;
// (…望城区、长沙高新区、长沙经开区最低工资标准: the list may run on through areas no gazetteer names, a development zone's.)
// (…太和区、锦州经济技术开发区、松山新区由750元: a development zone's name runs to nine characters.)
const LIST_TO_LABEL = /^(?:[、和及与][^，,。；;：:、和及与\d]{1,10}){0,4}[^，,。；;：:、\d]{0,12}$/;
const CHANGE_FROM_FIGURE = /(?:由|从)(?:每人)?(?:每月)?\d[\d.]*(?:元|%|％)?(?:[/／](?:月|小时))?$/;

function sharedByList(text: string, before: readonly PlaceMention[], labelStart: number): boolean {
  const last = before.length - 1;
  if (last < 0) return false;
  // (…缙云县最低月工资标准由1380元调整为1530元: the level a change comes to is the list's as much as the one it left.)
  const tail = text.slice(before[last]!.end, labelStart).replace(CHANGE_FROM_FIGURE, '');
  if (!LIST_TO_LABEL.test(tail)) return false;
  // (Areas the gazetteer does not know, listed after the last it does, count as places of the list.)
  const unnamed = tail.match(/[、和及与]/g)?.length ?? 0;
  return last - listStart(text, before, last) + 1 + unnamed >= SHARED_LIST_MIN;
}

/** Where the list that ends at places[last] starts: places one after another, nothing but separators between. */
function listStart(text: string, places: readonly PlaceMention[], last: number): number {
  let first = last;
  while (first > 0 && JOINED.test(text.slice(places[first - 1]!.end, places[first]!.start))) first--;
  return first;
}
const PREVIOUS_REACH = 200;
/** A list a sentence away names at least three places: two may be a pair the sentence compares. */
const EARLIER_LIST_MIN = 3;

/** Runs of places named one after another with nothing but separators between (广东、江苏和浙江). */
function placeLists(sentence: string): PlaceMention[][] {
  const runs: PlaceMention[][] = [];
  for (const place of findPlaces(sentence)) {
    const run = runs[runs.length - 1];
    const last = run?.[run.length - 1];
    if (run && last && JOINED.test(sentence.slice(last.end, place.start))) run.push(place);
    else runs.push([place]);
  }
  return runs;
}

/**
 * 内蒙古在调整之后，最低工资标准第一档次为2270元; 比如，宁夏目前…; 其中，上海以2740元…: a province by its short name opening
 * the sentence, as its subject, is the area of the sentence's figures — a short name is weak evidence inside a
 * sentence, not at its head (a list of provinces, 北京、天津…, names no one area).
 */
const OPENER = /^\s*(?:比如|例如|其中|另外|此外|同时|而|如)?[，,]?\s*/;
// (广东前三季度城镇新增就业105万人, 江苏2023年…, 浙江全省…: or the time of its figures, or its whole.)
const AFTER_SUBJECT = /^(?:在|目前|今年|去年|已|将|的|以|也|则|自|从|于|[，,]|上半年|下半年|前三季度|第?[一二三四]季度|全年|全省|全区|(?:19|20)\d\d年|\d{1,2}\s*[-—至~到]\s*\d{1,2}月|\d{1,2}月)/;
const CLAUSE_OPENS_AFTER = /[，,。；;：:\s]/;

const TIER = /^第[一二三四五六]档次?$/;

function provinceOpening(text: string, fullStart: number, figureStart: number): string | null {
  // 上海月最低工资标准1120元, 广东城镇新增就业…: the short name right before the measure, opening its clause, is its area.
  const nearStart = Math.max(fullStart, figureStart - 8);
  const near = text.slice(nearStart, figureStart);
  // (河南第一档月最低工资标准为2350元: the tier it names between stands with it.)
  const own = findPlaces(near).find((p) => p.place.short && p.place.level === 'province' && (near.length - p.end <= 1 || TIER.test(near.slice(p.end))));
  // (…its clause opening right before it: the text's start or a break — one character looked at, not the text before.)
  const opensAt = own ? nearStart + own.start : -1;
  if (own && (opensAt === 0 || CLAUSE_OPENS_AFTER.test(text[opensAt - 1]!))) return own.place.name;
  const head = text.slice(fullStart, Math.min(figureStart, fullStart + 20));
  // (人口大省河南明确，…: a province by its short name, speaking near the sentence's start, is as plain a subject.)
  const speaking = findPlaces(head).find((p) => p.start <= SUBJECT_REACH && p.place.short && p.place.level === 'province' && SPEAKS.test(head.slice(p.end)));
  if (speaking) return speaking.place.name;
  const at = OPENER.exec(head)![0].length;
  const m = findPlaces(head, at, Math.min(head.length, at + 4))[0];
  if (m && m.start === at && m.place.short && m.place.level === 'province' && AFTER_SUBJECT.test(head.slice(m.end))) return m.place.name;
  return clauseSubject(text, fullStart, figureStart);
}

/** How far before a figure a clause's subject is looked for. */
const CLAUSE_SUBJECT_REACH = 60;
/** What may stand between a break and the subject: nothing, or the part of the country it lies in (西部地区的重庆). */
const BEFORE_CLAUSE_SUBJECT = /(?:^|[，,。；;：:\s]|地区的)$/;
const SUBJECT_GOES_ON = /^(?:依然|仍然|仍|一直|作为|也|的|已|将|[，,])/;

/**
 * 从东部沿海地区来看，上海依然处于领先地位，其月最低工资标准调整为2590元; 西部地区的重庆，月最低工资标准为2100元: a province by
 * its short name opening a later clause of the sentence, as its subject, is the area of the figures after it — until
 * another place is named.
 */
function clauseSubject(text: string, fullStart: number, figureStart: number): string | null {
  const from = Math.max(fullStart, figureStart - CLAUSE_SUBJECT_REACH);
  const span = text.slice(from, figureStart);
  const places = findPlaces(span);
  const last = places[places.length - 1];
  if (!last || !last.place.short || last.place.level !== 'province') return null;
  if (!BEFORE_CLAUSE_SUBJECT.test(text.slice(Math.max(0, from + last.start - 3), from + last.start)) && from + last.start !== fullStart) return null;
  // (…四川在线 1至6月，全国新增城镇就业654万人…: the nation named after it is the subject now.)
  return SUBJECT_GOES_ON.test(span.slice(last.end)) && !/全国|我国/.test(span.slice(last.end)) ? last.place.name : null;
}

/** 我国 or 全国 opening a sentence's measure (我国城镇新增就业…, 全国城镇调查失业率…), before a later clause. */
const NATION_SUBJECT = /(?:^|[，,。；;\s])(?:[^，,。；;\s]{0,12}?)(?:我国|全国)(?=城镇|就业|新增|累计|共|实现)[^。；;]*[，,][^。；;]*$/;

/** A sentence opening on what was done, no subject before it (实现…, 累计新增…). */
const SUBJECTLESS_OPENING = /^\s*(?:实现|完成|新增|累计|共|帮助|促进|开展|发放|城镇新增|其中)/;
/** A sentence whose subject, after its time, is the nation (今年1—3月，我国就业主要指标…). */
const NATION_OPENS = /^\s*(?:[^，,。；;！？!?\n]{0,14}[，,]\s*)?(?:我国|全国)(?!各地|首个|第一)/;

function nationGoesOn(text: string, fullStart: number, figureStart: number): boolean {
  if (!SUBJECTLESS_OPENING.test(text.slice(fullStart, Math.min(figureStart, fullStart + 8)))) return false;
  const before = paragraphBefore(text, fullStart, REGION_REACH).text;
  // (The sentence just before, within the paragraph.)
  const previous = before.slice(Math.max(before.lastIndexOf('。', before.length - 2), before.lastIndexOf('；', before.length - 2)) + 1);
  return previous.trim() !== '' && NATION_OPENS.test(previous) && sentencePlaces(previous).every((p) => p.place.name === '全国');
}

/** What follows a province's short name that opens a clause as its subject: its measure, or its time or whole. */
const MEASURE_OPENING = /^(?:城镇|农村|城乡|新增|累计|实现|完成|发放|开发|帮助|参加|企业|职工|月?最低|基本养老|调查失业|登记失业)/;

/**
 * 河南提出城镇新增就业110万人以上；四川城镇新增就业85万人以上，城镇调查失业率5.5%左右: a round-up's later clause opened by
 * a province's short name, its measure right after, is that province's — the sentence's speaking subject no longer.
 */
function laterClauseProvince(text: string, fullStart: number, figureStart: number): string | null {
  const from = Math.max(fullStart + 1, figureStart - REGION_REACH);
  const span = text.slice(from, figureStart);
  // (A clause opens after a comma or a semicolon: a span without one has none to look at.)
  if (!CLAUSE_BREAK.test(span)) return null;
  let found: string | null = null;
  for (const p of findPlaces(span)) {
    if (!p.place.short || p.place.level !== 'province') continue;
    const after = span.slice(p.end);
    if (CLAUSE_BREAK.test(text[from + p.start - 1] ?? '') && (MEASURE_OPENING.test(after) || AFTER_SUBJECT.test(after))) found = p.place.name;
    else if (found !== null) found = null;
  }
  return found;
}
const CLAUSE_BREAK = /[，,；;]/;

/** 河北省提出…；确保…，城镇新增就业86万人: the area a sentence opens on, speaking, is its clauses' (a round-up of areas). */
const SPEAKS = /^(?:的?(?:政府工作报告|人社厅|人社局|人力资源和社会保障厅|人力资源社会保障厅))?(?:提出|明确|要求|表示|强调|计划|提到)/;
const SUBJECT_REACH = 8;

function sentenceSubject(text: string, fullStart: number, clauseStart: number): string | null {
  if (clauseStart <= fullStart) return null;
  const head = text.slice(fullStart, Math.min(clauseStart, fullStart + SUBJECT_REACH + 12));
  const m = sentencePlaces(head).find((p) => p.start <= SUBJECT_REACH && SPEAKS.test(head.slice(p.end)));
  return m?.place.name ?? null;
}

/** 我省今年将继续开发5000个公益性岗位, quoted on a city's page: the province's figure, written as the page writes it. */
const LARGER_AREA = /[我全](省|市)[^，,；;。]{0,16}$/;

function largerAreaSpoken(text: string, from: number, figureStart: number, pageArea: string | null, cache: Map<number, PlaceMention[]>): string | null {
  const windowStart = Math.max(from, figureStart - 20);
  const m = LARGER_AREA.exec(text.slice(windowStart, figureStart));
  if (!m || pageArea === null) return null;
  if (rankedIn(text, windowStart + m.index)) return null;
  // 桂林全市农村劳动力转移就业…: the place that 全市 follows is the area spoken of, by name.
  const at = windowStart + m.index;
  const named = findPlaces(text.slice(Math.max(0, at - 4), at)).filter((p) => p.end === Math.min(at, 4) && speaksAs(`全${m[1]}`, p.place.name, levelRank(p.place.level))).pop();
  if (named) return named.place.name;
  // (A county-level city — 珲春市 — speaks of itself as 全市.)
  if (m[1] === '市' && pageArea.endsWith('市')) return null;
  const spoken = WHOLE_LEVEL[`全${m[1]}`]!;
  if (spoken < areaLevel(pageArea)) return `全${m[1]}`;
  // 省人社厅通报…宝鸡市人社局…荣获… ⏎ …全市全年实现农村劳动力转移就业97.2万人 on a page whose area came out the province: 全市
  // is no province — it is the one city of it the page names, else the page's unnamed city.
  if (spoken > areaLevel(pageArea)) return onlyCityOf(text, pageArea, cache) ?? `全${m[1]}`;
  return null;
}

/** The one city of `province` the whole text names in full, if there is exactly one (found once per text: cache key -1). */
function onlyCityOf(text: string, province: string, cache: Map<number, PlaceMention[]>): string | null {
  let all = cache.get(WHOLE_TEXT);
  if (!all) cache.set(WHOLE_TEXT, (all = findPlaces(text)));
  const cities = new Set(all.filter((p) => p.place.level === 'city' && !p.place.short && p.place.province === province).map((p) => p.place.name));
  return cities.size === 1 ? [...cities][0]! : null;
}
const WHOLE_TEXT = -1;

/** 1 a province (or a city that is one), 2 a city or prefecture, 3 a county or district; 全X by its word. */
function areaLevel(area: string): number {
  const whole = WHOLE_LEVEL[area];
  if (whole !== undefined) return whole;
  const place = placeNamed(area);
  if (place) return MUNICIPALITIES.has(place.name) ? 1 : levelRank(place.level);
  return /(?:省|自治区)$/.test(area) ? 1 : /(?:县|区|旗)$/.test(area) ? 3 : 2;
}
