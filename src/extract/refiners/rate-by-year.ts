/**
 * 城镇失业率控制在5%以内 in a report of 2025: the rate named without its survey or its register is, from 2018 on, the
 * surveyed one — the year the nation's plans and monthly releases turned to it — and before, the registered one the areas
 * set and reported by the year. (The corpus's gold agrees: ten bare rates of 2018 or later, all surveyed; five before,
 * all registered.) A month that dates a bare rate already makes it the survey's (lexicon).
 */
import type { IndicatorId } from '../types';

const BARE_RATE = /^(?:全国)?城镇失业率$/;
const SURVEYED_SINCE = 2018;

export function rateOfItsYear(indicator: IndicatorId, label: string, period: string | null): IndicatorId {
  if (indicator !== 'registered_unemployment_rate' || period === null || !BARE_RATE.test(label)) return indicator;
  return Number(period.slice(0, 4)) >= SURVEYED_SINCE ? 'surveyed_unemployment_rate' : indicator;
}
