/**
 * Training counted in 人次 with no kind named, in a clause that says nothing else: 全年培训1067人次, 累计培训258.71万人次,
 * 培训学员3008人次. A count of person-times trained is a training programme's count, and with no kind named
 * (创业培训, 家政培训, “粤菜师傅”培训 each name their own) it is vocational training's — the corpus's gold reads it so.
 * A count in 人 may be of anyone trained (培训干部200人), and stays another figure — unless the clause before frames the
 * sentence as vocational training's (在开展城镇失业人员就业技能培训方面，2018年一季度已培训1.96万人).
 */
import { type Rule } from './candidate';
import { namedInParagraph } from './word-in-context';

/** The clause up to the figure: only its time, area and adverbs, then the bare verb. */
const BARE_TRAINING =
  /^(?:[\s　、]|(?:19|20)\d\d年(?:度)?|今年|全年|当年|年内|上半年|下半年|第?[一二三四1-4]季度|前三季度|\d{1,2}[-—至~到]\d{1,2}月份?|\d{1,2}月份?(?:底|末)?|截至|截止|以来|目前|至今|全省|全市|全县|全区|全州|全旗|我省|我市|我县|我区|共|累计|共计|总计|已经|已|其中)*(?:开展|完成|组织)?(?:各类)?培训(?:学员|人员|人数)?(?:总计|共计|累计)?(?:达到?|为|了)?(?:超过|超|逾|近|约)?$/;
const CLAUSE_START = /[，,；;：:。！？!?\n][^，,；;：:。！？!?\n]*$/;
const MAX_LEAD = 30;
/**
 * Another kind of training named just before (大力开展创业培训，全省完成培训3万人次; 创建创业实训基地45个，培训人数425人次):
 * the bare count is that kind's.
 */
const OTHER_KIND = /创业(?:就业)?(?:培训|实训)|[”"’」]培训|(?:家政|电商|育婴|月嫂|护工|厨师|急救|救护)[^，,。；;]{0,6}培训/;
const OTHER_KIND_REACH = 120;
/** How far before the clause its frame may start (bounded: a page without punctuation is one endless sentence). */
const FRAME_REACH = 40;
/** The clause right before: 在…方面 naming a trade's training, the topic the sentence goes on with. */
const TRAINING_FRAME = /在(?:开展|组织|强化|加强|实施)?[^，,。；;：:]{0,16}(?:职业|技能)培训(?:工作)?方面[，,]$/;

export const bareTraining: Rule = ({ text, sentence, quantities, index }) => {
  const q = quantities[index]!;
  if (q.unit !== '人次' && q.unit !== '人') return null;
  const from = Math.max(sentence.start, q.start - MAX_LEAD);
  const near = text.slice(from, q.start);
  const clause = CLAUSE_START.exec(near);
  const lead = clause ? near.slice(clause.index + 1) : from === sentence.start ? near : null;
  if (lead === null || !BARE_TRAINING.test(lead)) return null;
  if (q.unit === '人' && !TRAINING_FRAME.test(text.slice(Math.max(sentence.start, q.start - lead.length - FRAME_REACH), q.start - lead.length))) return null;
  const verb = lead.search(/(?:开展|完成|组织)?(?:各类)?培训/);
  const start = q.start - lead.length + verb;
  if (namedInParagraph(text, start, OTHER_KIND, OTHER_KIND_REACH)) return null;
  return { indicator: 'vocational_training', label: text.slice(start, q.start), unit: '人次', quantity: q, start, end: q.end, gapStart: q.start };
};
