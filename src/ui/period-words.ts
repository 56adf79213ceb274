/** The names of period types and levels of government in the UI's language, for the comparison, card and panel. */
import type { PeriodType, Scope } from '../compare/period-scope';
import { t, type MessageKey } from './i18n';

export const periodTypeName = (type: PeriodType): string => t(`period_type_${type.replace(/-/g, '_')}` as MessageKey);
export const scopeName = (scope: Scope): string => t(`scope_${scope}` as MessageKey);
