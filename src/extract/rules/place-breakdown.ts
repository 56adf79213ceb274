/**
 * A figure broken down by area after 其中: 全市城镇新增就业目标任务为2.5万人，其中，正定县3000人，行唐县2500人. Each part is
 * the topic's measure and kind, for the area that opens it — a target notice's or a bulletin's share-out, not an
 * `other` figure labelled by a place.
 */
import type { Candidate, Rule } from './candidate';
import { unitFor } from './candidate';
import { findPlaces } from '../context/gazetteer';
import { INDICATOR_BY_ID } from '../lexicon/indicators';

/** 其中 then the first part: only a place, a separator, then the figure. */
const PARTS_OPEN = /[，,；;]\s*其中\s*[，,：:]?\s*$/;
const PART_SEPARATOR = /^[，,、；;]\s*$/;

export const placeBreakdown: Rule = ({ text, quantities, index, previous }) => {
  const q = quantities[index]!;
  const prev = quantities[index - 1];
  const last = previous[previous.length - 1];
  if (!prev || !last || last.quantity !== prev) return null;
  // The whole measure the parts are of: the last part's own topic, or the figure right before 其中.
  const topic: Candidate = last.partOf ?? last;
  if (topic.indicator === 'other' || topic.kind === 'progress') return null;
  const def = INDICATOR_BY_ID.get(topic.indicator);
  const unit = def ? unitFor(q, def) : null;
  if (unit === null || unit !== topic.unit) return null;
  const between = text.slice(prev.end, q.start);
  const place = findPlaces(between).at(-1);
  if (!place || place.end !== between.length || place.place.short) return null;
  const lead = between.slice(0, place.start);
  if (last.partOf ? !PART_SEPARATOR.test(lead) : !PARTS_OPEN.test(lead)) return null;
  return {
    indicator: topic.indicator, label: topic.label, unit, quantity: q, start: prev.end + place.start, end: q.end, gapStart: q.start,
    region: place.place.name, partOf: topic, ...(topic.kind !== undefined && { kind: topic.kind }),
  };
};
