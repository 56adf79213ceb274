/**
 * A measure's change, then the level it came to: 城镇登记失业率下降0.2个百分点，为3.1%; 养老保险参保人数净增3万人，达到45万人;
 * 城镇新增就业人数较上年增加320人，达到5230人. The figure after 为/达到 is the level of the measure named before the change —
 * the change itself is another figure (refiners/other-measure.ts turns a level's change into one).
 */
import { unitFor, type Rule } from './candidate';
import { CHANGE_VERBS, NEW_COUNT_VERBS } from '../lexicon/cues';

/** Between the change and the level: a clause break, what is counted again, and a linking verb. */
// (回落0.4个百分点至5.5%: or straight on, by 至 alone.)
const LEVEL_WORDS = '(?:[，,]\\s*(?:总数|总量|总人数|人数)?(?:达到|达|为|增至|升至|降至|增加到|下降到|提高到|降低到|至)|至)';
const THEN_LEVEL = new RegExp(`^${LEVEL_WORDS}$`);
/** After a figure: the level it changed to follows (…增加320人，达到5230人), so the figure is the change. */
export const LEVEL_FOLLOWS = new RegExp(`^${LEVEL_WORDS}\\s*\\d`);
/** Between the measure's label and the change: what is counted, what it is compared with, and a verb of change. */
const CHANGE_GAP = new RegExp(
  '^(?:人数|数)?(?:同比|环比|[比较]上月|比上年(?:末|同期)?|较上年(?:末|同期)?|比去年(?:同期)?|较去年(?:同期)?|[比较](?:19|20)\\d\\d年(?:同期)?)?' +
    `(?:${NEW_COUNT_VERBS}|${CHANGE_VERBS}|回落)了?$`,
);
/** How far before the change its measure may be named. */
const LABEL_REACH = 30;

export const levelAfterChange: Rule = ({ text, sentence, quantities, index, matcher }) => {
  const q = quantities[index]!;
  const change = quantities[index - 1];
  if (!change || change.start < sentence.start || !THEN_LEVEL.test(text.slice(change.end, q.start))) return null;
  const label = matcher.labelsIn(text, Math.max(sentence.start, change.start - LABEL_REACH), change.start).pop();
  if (!label || !CHANGE_GAP.test(text.slice(label.end, change.start))) return null;
  const unit = unitFor(q, label.def);
  if (unit === null) return null;
  return { indicator: label.def.id, label: label.text, unit, quantity: q, start: q.start, end: q.end, gapStart: q.start };
};
