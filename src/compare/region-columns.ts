/** Regions as columns: a record's own region, else the page's; generic labels (全县) are tied to their page. */
import { PROVINCES } from './period-scope';

/** Labels that say "the whole area" without naming it; two pages saying 全县 may mean different counties. */
const GENERIC_REGION = /^(全|本|我)(国内)?(省|市|县|州|区|旗|盟|镇|乡)$/;

export function isGenericRegion(region: string): boolean {
  return GENERIC_REGION.test(region);
}

export interface ResolvedRegion {
  region: string;
  /** Distinguishes generic labels by page; equals `region` for real names. */
  key: string;
  note?: string;
}

export function resolveRegion(
  recordRegion: string | null,
  pageRegion: string | null,
  page: { url: string; title: string },
): ResolvedRegion {
  const region = recordRegion || pageRegion || '';
  if (region === '' || isGenericRegion(region)) {
    return { region, key: `${region}@${page.url}`, note: page.title || page.url };
  }
  return { region, key: region };
}

const MUNICIPALITIES = new Set(['北京', '天津', '上海', '重庆']);
const PROVINCE_LEVEL = new RegExp(`^(${PROVINCES.join('|')})(?:省|市|自治区|壮族自治区|回族自治区|维吾尔自治区|特别行政区)?$`);

/**
 * One name for the ways a page writes a place: 河南 and 河南省 are one province, 郑州 and 郑州市 one city, 定南 and
 * 定南县 one county. 区, 州, 盟 and 旗 stay (朝阳区 is not 朝阳县), and so does 市 after a province's short name that
 * is not a municipality (吉林市 is not 吉林省). A generic label (全县) is no place: it stays as the caller keyed it.
 */
export function looseRegionKey(region: string): string {
  const r = region.replace(/\s+/g, '');
  if (r === '' || isGenericRegion(r)) return r;
  const province = PROVINCE_LEVEL.exec(r);
  if (province && (!r.endsWith('市') || MUNICIPALITIES.has(province[1]!))) return province[1]!;
  const base = r.replace(/(?:市|县)$/, '');
  if (base.length < 2 || PROVINCES.includes(base)) return r;
  return base;
}
