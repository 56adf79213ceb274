/**
 * Longer phrases labour pages use all the time. A short custom phrase inside one of them ("人才" in 高技能人才, "培训" in
 * 职业技能培训) labels that phrase's figures as the custom indicator (高技能人才430万人 read as 人才), so such a phrase is
 * refused with the longer phrase as the reason. The built-in indicators' names count as well.
 */
import { builtInLabels } from './built-in-phrases';

/** Short phrases only: a phrase of four or more characters is specific enough, even inside a longer one (技能人才). */
export const MAX_CONTAINED_LENGTH = 3;

const COMMON_LONGER = [
  '高技能人才', '专业技术人才', '技能人才', '高层次人才', '人才引进', '人才招聘',
  '职业技能培训', '就业技能培训', '岗位技能提升培训', '创业培训', '职业培训补贴', '培训补贴',
  '高校毕业生', '就业困难人员', '失业人员', '农民工', '农村劳动力', '脱贫劳动力',
  '参保人数', '养老保险', '医疗保险', '失业保险', '工伤保险', '生育保险', '社会保障卡', '社保卡',
  '公益性岗位', '就业见习岗位', '见习岗位', '创业担保贷款', '最低工资标准', '基本养老金',
  '劳动人事争议', '劳动保障监察', '调解成功率', '仲裁结案率', '欠薪案件', '招聘会',
];

let longer: string[] | null = null;

function longerPhrases(): string[] {
  longer ??= [...new Set([...COMMON_LONGER, ...builtInLabels().map((l) => l.name)])];
  return longer;
}

/** The common longer phrase that contains `phrase`, or null (also null for a phrase long enough to stand alone). */
export function commonPhraseContaining(phrase: string): string | null {
  if ([...phrase].length > MAX_CONTAINED_LENGTH) return null;
  return longerPhrases().find((p) => p !== phrase && p.includes(phrase)) ?? null;
}
