/**
 * A 分别 list whose items are places and whose last item carries the measure: 辽宁、吉林、黑龙江三省城镇登记失业率分别为
 * 6.15%、4.02%和4.24%. Every place is measured by the one label; the k-th figure is the k-th place's.
 */
import { findPlaces, type PlaceMention } from '../context/gazetteer';
import type { LabelMatch } from '../lexicon/matcher';

/** 三省, 两市, 4个县: the list's count, written between its last place and the measure. */
const PLACE_COUNT = /^(?:[两二三四五六七八九十]|\d{1,2})个?(?:省|市|县|区|州|盟|地)(?:区|市)?/;

export interface PlaceList {
  places: PlaceMention[];
  /** The measure, as found in the last item (its offsets are the last item's). */
  label: LabelMatch;
  /** Where the label starts in the last item, as the caller's item is written. */
  labelStart: number;
}

/**
 * The place each item opens on — every item but the last exactly a place — and what the last item holds after its
 * place, or null.
 */
export function listedPlaces(items: readonly string[]): { places: PlaceMention[]; rest: string; restStart: number } | null {
  const places: PlaceMention[] = [];
  for (let i = 0; i < items.length; i++) {
    // (Offsets stay the untrimmed item's: the caller places the label from where the item starts in the text.)
    const indent = items[i]!.length - items[i]!.trimStart().length;
    const item = items[i]!.trim();
    const found = findPlaces(item)[0];
    if (!found || found.start !== 0) return null;
    places.push(found);
    if (i === items.length - 1) return { places, rest: item.slice(found.end), restStart: indent + found.end };
    if (found.end !== item.length) return null;
  }
  return null;
}

/** The places and the measure of a list of `items`, or null when any item but the last is more than a place. */
export function placeList(items: readonly string[], labelsIn: (s: string) => LabelMatch[]): PlaceList | null {
  const listed = listedPlaces(items);
  if (!listed) return null;
  const count = PLACE_COUNT.exec(listed.rest)?.[0].length ?? 0;
  const measure = listed.rest.slice(count);
  const label = labelsIn(measure).filter((l) => l.start === 0 && l.end === measure.length).pop();
  return label ? { places: listed.places, label, labelStart: listed.restStart + count } : null;
}
