/**
 * Two plans after 分别, each held against the figure of the same rank before it: 城镇调查失业率平均为5.6%，年末城镇登记
 * 失业率为3.62%，分别优于6%和5.5%左右的预期目标. The k-th plan is the target of the sentence's k-th last measure.
 */
import { unitFor, type Candidate, type Rule } from './candidate';
import { INDICATOR_BY_ID } from '../lexicon/indicators';
import { CONTROL_PLAN } from '../lexicon/cues';
import { seriesLength, seriesStart } from './series';

/** How the figures stand to the plans: better than, under, kept within. */
const RESPECTIVELY_AGAINST = /分别(?:优于|低于|好于|少于|控制在|均?在)\s*$/;
/** The plan noun after the last plan: 左右的预期目标, 以内的控制目标, 的年度调控目标. */
const PLAN_NOUN = new RegExp(`^(?:左右|以内|以下)?的?(?:全年|年度|年初)?(?:预期|既定|${CONTROL_PLAN})?(?:目标|指标)`);

export const respectivePlans: Rule = ({ text, sentence, quantities, index, previous }) => {
  const first = seriesStart(text, quantities, index);
  const n = seriesLength(text, quantities, first);
  if (n < 2) return null;
  const q0 = quantities[first]!;
  const last = quantities[first + n - 1]!;
  const from = Math.max(sentence.start, first > 0 ? quantities[first - 1]!.end : 0);
  if (!RESPECTIVELY_AGAINST.test(text.slice(from, q0.start)) || !PLAN_NOUN.test(text.slice(last.end, last.end + 12))) return null;
  const measured = measuresBefore(previous, first, quantities, n);
  if (!measured) return null;
  const topic = measured[index - first]!;
  const def = INDICATOR_BY_ID.get(topic.indicator);
  const q = quantities[index]!;
  const unit = def ? unitFor(q, def) : null;
  if (unit === null || unit !== topic.unit) return null;
  return { indicator: topic.indicator, label: topic.label, unit, quantity: q, start: q.start, end: q.end, gapStart: q.start, kind: 'target', plan: true, planOf: topic };
};

/** The sentence's last `n` measures before the plans, in order, when they are measures of ours and not plans themselves. */
function measuresBefore(previous: readonly Candidate[], first: number, quantities: Parameters<Rule>[0]['quantities'], n: number): Candidate[] | null {
  const before = previous.filter((c) => c.quantity.end <= quantities[first]!.start);
  const measured = before.slice(-n);
  if (measured.length < n || measured.some((c) => c.indicator === 'other' || c.plan || c.kind === 'progress')) return null;
  return measured;
}
