/**
 * Pure validation of user-defined indicators. Problems come back as codes (with the phrase they concern) so the
 * options page words them in the user's language and tests can name them.
 */
import type { CustomIndicator } from '../extract/types';
import { builtInClash } from './built-in-phrases';
import { commonPhraseContaining } from './common-phrases';

export const MAX_PHRASE_LENGTH = 20;
export const MAX_NAME_LENGTH = 30;
export const MAX_UNIT_LENGTH = 6;
export const MAX_PHRASES = 20;
export const MAX_CUSTOM_INDICATORS = 50;

/** Units offered in the unit picker; any other short unit may be typed. */
export const COMMON_UNITS = ['人', '人次', '%', '元', '个', '张', '户', '件', '起'] as const;

/**
 * Strings that occur in nearly every sentence of a labour page: as a whole phrase they would label every figure.
 * Units and multipliers, function words, and the verbs/adverbs that surround figures.
 */
const TOO_GENERAL = new Set([
  ...COMMON_UNITS, '名', '次', '万', '亿', '千', '百', '万人', '万元', '亿元', '万人次', '万户', '万个', '万张', '家', '项',
  '的', '和', '与', '及', '或', '等', '在', '是', '了', '为', '对', '将', '把', '被', '从', '向', '以', '其',
  '达', '达到', '共', '全', '年', '月', '日', '今年', '全年', '去年', '上年', '同比', '增长', '下降', '新增',
  '累计', '完成', '实现', '目标', '任务', '以上', '以内', '左右', '超过', '不低于', '控制在', '人数', '人员', '就业',
]);

export type ProblemCode =
  | 'name_empty'
  | 'name_too_long'
  | 'unit_empty'
  | 'unit_invalid'
  | 'phrases_empty'
  | 'phrases_too_many'
  | 'phrase_too_long'
  | 'phrase_too_short'
  | 'phrase_no_letters'
  | 'phrase_too_general'
  | 'phrase_ends_with_digit'
  | 'phrase_duplicate'
  | 'phrase_builtin'
  | 'phrase_part_of_common'
  | 'phrase_used_by_custom'
  | 'too_many_indicators';

export interface Problem {
  field: 'name' | 'phrases' | 'unit' | 'list';
  code: ProblemCode;
  /** The phrase concerned, or for clashes the other indicator's name. */
  phrase?: string;
  other?: string;
}

export interface CustomDraft {
  name: string;
  /** One phrase per line, as typed. */
  phrasesText: string;
  unit: string;
}

export type ValidationResult = { ok: true; indicator: CustomIndicator } | { ok: false; problems: Problem[] };

export function splitPhrases(text: string): string[] {
  return text
    .split(/[\r\n]+/)
    .map((p) => p.trim())
    .filter((p) => p.length > 0);
}

const NO_LETTERS = /^[\p{N}\p{P}\p{S}\p{Z}\s]+$/u;
const ENDS_WITH_DIGIT = /[\p{N}]$/u;

function phraseProblem(phrase: string): ProblemCode | null {
  if ([...phrase].length > MAX_PHRASE_LENGTH) return 'phrase_too_long';
  if (NO_LETTERS.test(phrase)) return 'phrase_no_letters';
  if ([...phrase].length < 2) return 'phrase_too_short';
  if (TOO_GENERAL.has(phrase)) return 'phrase_too_general';
  // The figure follows the phrase; a phrase ending in a digit would swallow the figure's first digit.
  if (ENDS_WITH_DIGIT.test(phrase)) return 'phrase_ends_with_digit';
  return null;
}

/** A stable id for a new indicator: ASCII names give a readable slug, others a short hash of the name. */
export function slugFor(name: string, taken: ReadonlySet<string>): string {
  const ascii = name
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 32);
  let h = 0x811c9dc5;
  for (const ch of name) {
    h ^= ch.codePointAt(0)!;
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  const base = ascii.length >= 2 ? ascii : `c${h.toString(36)}`;
  let slug = base;
  for (let i = 2; taken.has(slug); i++) slug = `${base}-${i}`;
  return slug;
}

/**
 * Checks a draft against the rules and the other custom indicators. `editingSlug` is the indicator being edited
 * (it keeps its slug and does not clash with itself).
 */
export function validateCustomIndicator(
  draft: CustomDraft,
  existing: readonly CustomIndicator[],
  editingSlug?: string,
  options: { stored?: boolean } = {},
): ValidationResult {
  const problems: Problem[] = [];
  const name = draft.name.trim();
  const unit = draft.unit.trim();
  const phrases = splitPhrases(draft.phrasesText);
  const others = existing.filter((c) => c.slug !== editingSlug);

  if (!name) problems.push({ field: 'name', code: 'name_empty' });
  else if ([...name].length > MAX_NAME_LENGTH) problems.push({ field: 'name', code: 'name_too_long' });

  if (!unit) problems.push({ field: 'unit', code: 'unit_empty' });
  else if ([...unit].length > MAX_UNIT_LENGTH || /[\p{N}\s]/u.test(unit)) problems.push({ field: 'unit', code: 'unit_invalid' });

  if (phrases.length === 0) problems.push({ field: 'phrases', code: 'phrases_empty' });
  if (phrases.length > MAX_PHRASES) problems.push({ field: 'phrases', code: 'phrases_too_many' });

  const seen = new Set<string>();
  for (const phrase of phrases) {
    if (seen.has(phrase)) {
      problems.push({ field: 'phrases', code: 'phrase_duplicate', phrase });
      continue;
    }
    seen.add(phrase);
    const own = phraseProblem(phrase);
    if (own) {
      problems.push({ field: 'phrases', code: own, phrase });
      continue;
    }
    const builtIn = builtInClash(phrase);
    if (builtIn) {
      problems.push({ field: 'phrases', code: 'phrase_builtin', phrase, other: builtIn.name });
      continue;
    }
    // Not held against indicators saved before the rule: dropping them on load would lose the user's work unasked.
    const longer = options.stored ? null : commonPhraseContaining(phrase);
    if (longer) {
      problems.push({ field: 'phrases', code: 'phrase_part_of_common', phrase, other: longer });
      continue;
    }
    const custom = others.find((c) => c.phrases.includes(phrase));
    if (custom) problems.push({ field: 'phrases', code: 'phrase_used_by_custom', phrase, other: custom.name });
  }

  if (editingSlug === undefined && others.length >= MAX_CUSTOM_INDICATORS) {
    problems.push({ field: 'list', code: 'too_many_indicators' });
  }
  if (problems.length) return { ok: false, problems };
  const slug = editingSlug ?? slugFor(name, new Set(others.map((c) => c.slug)));
  return { ok: true, indicator: { slug, name, phrases, unit } };
}

/** Keeps only the stored custom indicators that still pass validation (stored data may be old or hand-edited). */
export function sanitizeCustomIndicators(raw: unknown): CustomIndicator[] {
  if (!Array.isArray(raw)) return [];
  const kept: CustomIndicator[] = [];
  for (const item of raw.slice(0, MAX_CUSTOM_INDICATORS)) {
    if (!item || typeof item !== 'object') continue;
    const c = item as Partial<CustomIndicator>;
    if (typeof c.slug !== 'string' || !/^[a-z0-9-]{1,40}$/.test(c.slug) || kept.some((k) => k.slug === c.slug)) continue;
    if (typeof c.name !== 'string' || typeof c.unit !== 'string' || !Array.isArray(c.phrases)) continue;
    if (!c.phrases.every((p): p is string => typeof p === 'string')) continue;
    const checked = validateCustomIndicator({ name: c.name, unit: c.unit, phrasesText: c.phrases.join('\n') }, kept, c.slug, {
      stored: true,
    });
    if (checked.ok) kept.push(checked.indicator);
  }
  return kept;
}
