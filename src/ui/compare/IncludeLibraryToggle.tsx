/** The toolbar's 「包含收藏」 switch: the library's figures beside those of open tabs (remembered per view). */
import { t } from '../i18n';
import type { ComparisonState } from './use-comparison-data';

export function IncludeLibraryToggle({ state }: { state: Pick<ComparisonState, 'includeLibrary' | 'setIncludeLibrary'> }) {
  return (
    <label class="il-toggle">
      <input
        type="checkbox"
        checked={state.includeLibrary}
        onChange={(e) => state.setIncludeLibrary((e.currentTarget as HTMLInputElement).checked)}
      />
      {t('compare_include_library')}
    </label>
  );
}
