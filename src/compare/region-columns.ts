/** Regions as columns: a record's own region, else the page's; generic labels (全县) are tied to their page. */

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
