/**
 * The verb that trains, the count, then who was trained: 全年培训100万名农民工, 每年培训100万以上技能劳动者 — vocational
 * training counted by the people trained, the noun after the number naming them (培训农民工100万人, the noun first, is a
 * lexicon phrase); and the people a training was given to, counted before it: 对3865人进行了劳动力转移就业培训.
 */
import { INDICATOR_BY_ID } from '../lexicon/indicators';
import type { Quantity } from '../numbers/types';
import { unitFor, type Candidate, type Rule } from './candidate';

/** 培训, 共培训, 每年培训了 right before the number. */
const TRAINS_BEFORE = /(?:培训|培训了)(?:各类)?$/;
/** Who was trained, right after the count (以上 and 的 may stand between). */
const TRAINED_AFTER =
  // (共培训830万名农村劳动力: the workforce named with where it lives.)
  /^(?:以上)?的?(?:各类)?(?:技能)?(?:农村|城乡)?(?:富余|剩余)?(?:农民工|农牧民|农民|劳动者|劳动力|下岗失业人员|失业人员|人员|学员|职工|毕业生|群众|青年)/;
/** Units a count of people is written in (100万以上, with none, is a count of the noun after it). */
const PEOPLE = new Set(['', '人', '名', '人次']);

/** 对 right before the count, and the training given after it (对4341人进行了政策性职业技能培训; not 培训费, 培训班). */
const GIVEN_TO_BEFORE = /对$/;
const TRAINING_GIVEN = /^(?:进行|开展|实施|组织)了?[^，,。；;！？\d]{0,14}?培训(?![费班期])/;

export const trainedAfterCount: Rule = ({ text, sentence, quantities, index }) => {
  const q = quantities[index]!;
  if (!PEOPLE.has(q.unit)) return null;
  return trainingGivenTo(text, sentence.start, q) ?? trainedNamedAfter(text, sentence.start, q);
};

const TRAINING = INDICATOR_BY_ID.get('vocational_training')!;
/** The count in the training's unit (名 counts people). */
const trainingUnit = (q: Quantity): string | null => unitFor(q.unit === '名' ? { ...q, unit: '人' } : q, TRAINING);

function trainingGivenTo(text: string, sentenceStart: number, q: Quantity): Candidate | null {
  if (q.unit === '' || !GIVEN_TO_BEFORE.test(text.slice(Math.max(sentenceStart, q.start - 1), q.start))) return null;
  const given = TRAINING_GIVEN.exec(text.slice(q.end, q.end + 20));
  const unit = given ? trainingUnit(q) : null;
  if (!given || unit === null) return null;
  const label = given[0].replace(/^(?:进行|开展|实施|组织)了?/, '');
  return { indicator: 'vocational_training', label, unit, quantity: q, start: q.start - 1, end: q.end + given[0].length, gapStart: q.start };
}

function trainedNamedAfter(text: string, sentenceStart: number, q: Quantity): Candidate | null {
  const before = text.slice(Math.max(sentenceStart, q.start - 6), q.start);
  const verb = TRAINS_BEFORE.exec(before);
  if (!verb) return null;
  const after = TRAINED_AFTER.exec(text.slice(q.end, q.end + 12));
  if (!after) return null;
  const unit = trainingUnit(q);
  if (unit === null) return null;
  const start = q.start - verb[0].length;
  return { indicator: 'vocational_training', label: verb[0], unit, quantity: q, start, end: q.end + after[0].length, gapStart: q.start };
}
