/** The names of period types and levels of government in the UI's language, for the comparison, card and panel. */
import { scopeOf, type PeriodType, type Scope } from '../compare/period-scope';
import { t, type MessageKey } from './i18n';

export const periodTypeName = (type: PeriodType): string => t(`period_type_${type.replace(/-/g, '_')}` as MessageKey);
export const scopeName = (scope: Scope): string => t(`scope_${scope}` as MessageKey);

/** The level of a region, when it says more than the name: none for 全国 or a name whose level is unclear. */
export function scopeLabel(region: string | null): string {
  const scope = scopeOf(region);
  const name = scopeName(scope);
  return scope === 'unknown' || name === region ? '' : name;
}
