/**
 * An area named as a list item right before its figure (城镇新增就业：东城区8000人、高新区5000人、城关镇520人): the
 * figure's own area. Counties, cities and provinces come from the gazetteer; towns, street offices, communities and
 * development zones are in no list of divisions, so they are told by the word that ends their name.
 */
import { findPlaces } from './gazetteer';

/** A local area's name: a few ideographs and the kind of area it is. */
const LOCAL_AREA = /[\u4e00-\u9fff]{1,8}?(?:街道办事处|街道|社区|经济技术开发区|经济开发区|开发区|高新区|经开区|新区|园区|镇|乡|区|县)$/;
/**
 * Words that end like an area's name but name a kind of place, a group or the whole (城镇, 乡镇, 全区, 各县, 市区), or
 * a task done to places (改造老旧小区120个, 新建…园区).
 */
const NOT_AN_AREA = /^(?:农村|社区|街道|市|县|小|新型|重点|特色|中心|美丽|文明|和谐|充分就业|贫困|脱贫|重点帮扶|改造|建设|新建|建成|创建|打造|开工|完成|新增)|小区$|校区$|营区$|病区$|服务区$|[全我本各该每其结在对和与及的了]|城镇$|乡镇$|村镇$|城乡$|地区$|辖区$|片区$|城区$|郊区$|山区$|库区$|矿区$|林区$|牧区$|景区$/;
/** What may stand before an item's area: a list's or a label's separator. */
const ITEM_OPENS = /[：:、，,；;]\s*$/;
/** The last item of a window: its separator and what follows it. */
const LAST_ITEM = /[：:、，,；;][^：:、，,；;]*$/;
/** The longest area name read (a county and its town: 资溪县鹤城镇). */
const AREA_REACH = 12;

export interface AreaItem {
  name: string;
  start: number;
}

/**
 * The area whose name ends at `end` (spaces aside) and opens a list item — right after a separator, at or after
 * `from` — or null.
 */
export function areaItemEndingAt(text: string, end: number, from: number): AreaItem | null {
  let stop = end;
  while (stop > from && /\s/.test(text[stop - 1]!)) stop--;
  // (The window reaches back past `from` for the separator; the area itself starts at or after it.)
  const start0 = Math.max(0, stop - AREA_REACH);
  const window = text.slice(start0, stop);
  const opens = (at: number) => ITEM_OPENS.test(text.slice(Math.max(0, at - 2), at)) && at >= from;
  const place = findPlaces(window).at(-1);
  if (place && place.end === window.length && !place.place.short && opens(start0 + place.start)) {
    return { name: place.place.name, start: start0 + place.start };
  }
  // The item's text from its separator: the whole of it must be the area's name.
  const cut = window.search(LAST_ITEM);
  if (cut < 0) return null;
  const name = window.slice(cut + 1).trim();
  if (name.length < 3 || !LOCAL_AREA.test(name) || NOT_AN_AREA.test(name) || /[^\u4e00-\u9fff]/.test(name)) return null;
  const start = start0 + window.indexOf(name, cut + 1);
  return opens(start) ? { name, start } : null;
}
