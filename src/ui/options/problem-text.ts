/** Validation problems in the user's language. */
import type { Problem } from '../../settings/custom-indicators';
import { t, type MessageKey } from '../i18n';

export function problemText(p: Problem): string {
  return t(`options_err_${p.code}` as MessageKey, [p.phrase ?? '', p.other ?? '']);
}
