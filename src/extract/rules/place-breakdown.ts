/**
 * A figure broken down by area after 其中: 全市城镇新增就业目标任务为2.5万人，其中，正定县3000人，行唐县2500人. Each part is
 * the topic's measure and kind, for the area that opens it — a target notice's or a bulletin's share-out, not an
 * `other` figure labelled by a place.
 */
import type { Candidate, Rule } from './candidate';
import type { Quantity } from '../numbers/types';
import { unitFor } from './candidate';
import { findPlaces } from '../context/gazetteer';
import { areaItemEndingAt } from '../context/area-item';
import { INDICATOR_BY_ID } from '../lexicon/indicators';

/** 其中 then the first part: only a place, a separator, then the figure. */
const PARTS_OPEN = /[，,；;。]\s*其中\s*[，,：:]?\s*$/;
const PART_SEPARATOR = /^[，,、；;]\s*$/;
const NOTHING = /^\s*$/;
/**
 * The measure's words an area's part may repeat between its name and its figure (其中，西安市新增就业15.2万人), by the
 * topic's indicator: the total's own measure in short, never another's.
 */
const PART_MEASURE: Readonly<Record<string, RegExp>> = {
  urban_new_jobs: /(?:城镇新增就业|新增城镇就业|新增就业)(?:人数)?$/,
  rural_labor_transfer: /(?:农村劳动力)?转移就业(?:人数)?$/,
  unemployed_reemployment: /(?:失业人员)?再就业(?:人数)?$/,
};

/** One of the nation's four economic regions, ending the gap (…，中部地区260万人). */
const MACRO_REGION_AT_END = /(东部地区|中部地区|西部地区|东北地区)$/;
/** A measure's label and a colon, nothing else (城镇新增就业：). */
const LABEL_THEN_COLON = /^[^，,。；;、：:]{2,20}[：:]\s*$/;

/** A sentence that opens on 其中 and the first part's place (…87.5%。其中，西安市新增就业15.2万人). */
const OPENS_ON_PARTS = /^\s*其中\s*[，,：:]?\s*$/;

export const placeBreakdown: Rule = (input) => {
  const { text, quantities, index, sentence, carried } = input;
  // The parts in a sentence of their own: the topic is the sentence before's last measure (or the total its share
  // qualifies), carried over.
  if (index === 0 && carried && carried.indicator !== 'other') {
    const q = quantities[0]!;
    const topic = carried.kind === 'progress' ? carried.share : carried;
    if (!topic) return null;
    // (甘州区城镇新增就业1.35万人，完成目标任务的112.5%；临泽县2356人: a list of areas, each measured by the first, goes
    // on past a semicolon.)
    if (topic.partOf || opensParts(text, topic)) return part(text, q, topic.partOf ?? topic, sentence.start, NOTHING);
    return carried.partOf ? null : part(text, q, topic, sentence.start, OPENS_ON_PARTS);
  }
  return partAfterTotal(input);
};

const partAfterTotal: Rule = ({ text, quantities, index, previous }) => {
  const q = quantities[index]!;
  const prev = quantities[index - 1];
  const last = previous[previous.length - 1];
  if (!prev || !last || last.quantity !== prev) return null;
  // The whole measure the parts are of: the last part's own topic, or the figure right before 其中 — or before its
  // share of the plan (城镇新增就业38.5万人，完成年度目标任务的87.5%。其中，…).
  let topic: Candidate = last.partOf ?? last;
  if (!last.partOf && last.kind === 'progress') {
    const total = previous[previous.length - 2];
    if (!total || total.quantity !== quantities[index - 2] || total.indicator !== last.indicator) return null;
    topic = total;
  }
  return part(text, q, topic, prev.end, last.partOf || opensParts(text, topic) ? PART_SEPARATOR : PARTS_OPEN);
};

/** A figure whose label opens on 其中 and a place (其中，西安市城镇新增就业15.2万人): the first of the parts, read by its label. */
function opensParts(text: string, c: Candidate): boolean {
  // 城镇新增就业：东城区8000人、…: the measure, a colon, then the first area and its figure.
  const item = areaItemEndingAt(text, c.quantity.start, c.start);
  if (item && LABEL_THEN_COLON.test(text.slice(c.start, item.start))) return true;
  const before = text.slice(Math.max(0, c.start - 16), c.start);
  const opening = namedAreaEnding(before)?.start;
  if (opening === undefined) return false;
  // (截至11月底，长沙市城镇新增就业16.2万人，株洲市4.9万人: a place opening its clause on the measure heads a list of
  // places the same measure runs on over.)
  const at = c.start - before.length + opening;
  const lead = text.slice(Math.max(0, at - 6), at);
  return /其中\s*[，,：:]?\s*$|[，,；;。：:\n]\s*$/.test(lead) || text.slice(0, at).trim() === '';
}

/**
 * The area named at the end of `s`: a place the gazetteer knows — a province by its short name too, as the nation's
 * parts go (其中广东132万人) — or one of the nation's regions (中部地区260万人).
 */
function namedAreaEnding(s: string): { name: string; start: number } | null {
  const place = findPlaces(s).at(-1);
  if (place && place.end === s.length && (!place.place.short || place.place.level === 'province')) return { name: place.place.name, start: place.start };
  const macro = MACRO_REGION_AT_END.exec(s);
  return macro ? { name: macro[1]!, start: macro.index } : null;
}

/** The figure `q` as an area's part of `topic`, when only `lead`, a place and the measure's words stand from `from` to it. */
function part(text: string, q: Quantity, topic: Candidate, from: number, lead: RegExp): Candidate | null {
  if (topic.indicator === 'other' || topic.kind === 'progress') return null;
  const def = INDICATOR_BY_ID.get(topic.indicator);
  const unit = def ? unitFor(q, def) : null;
  if (unit === null || unit !== topic.unit) return null;
  const gap = text.slice(from, q.start);
  const repeated = PART_MEASURE[topic.indicator]?.exec(gap);
  const between = repeated ? gap.slice(0, repeated.index) : gap;
  // (A town or a zone is in no gazetteer: read by the word that ends its name — 高新区, 城关镇.)
  const area = namedAreaEnding(between) ?? areaItemEndingAt(between, between.length, 0);
  if (!area || !lead.test(between.slice(0, area.start))) return null;
  return {
    indicator: topic.indicator, label: topic.label, unit, quantity: q, start: from + area.start, end: q.end, gapStart: q.start,
    region: area.name, partOf: topic, ...(topic.kind !== undefined && { kind: topic.kind }),
  };
}
