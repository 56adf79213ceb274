/** The full-page view: large comparisons and the library, switched by tabs (#library opens the library). */
import { useEffect, useState } from 'preact/hooks';
import { t } from '../i18n';
import { LibraryView } from '../library/LibraryView';
import type { CompareApi } from './api';
import { ComparisonView } from './ComparisonView';

type Tab = 'compare' | 'library';

export function ComparePage({ api }: { api: CompareApi }) {
  const [tab, setTab] = useState<Tab>(location.hash === '#library' ? 'library' : 'compare');
  useEffect(() => {
    history.replaceState(null, '', tab === 'library' ? '#library' : '#');
    document.title = `${t('compare_title')} · ${tab === 'library' ? t('library_title') : t('compare_tab_compare')}`;
  }, [tab]);
  return (
    <div class="il-full">
      <nav class="il-tabs" role="tablist">
        {(['compare', 'library'] as const).map((id) => (
          <button key={id} type="button" role="tab" aria-selected={tab === id} onClick={() => setTab(id)}>
            {t(id === 'compare' ? 'compare_tab_compare' : 'compare_tab_library')}
          </button>
        ))}
      </nav>
      {tab === 'compare' ? <ComparisonView api={api} variant="page" /> : <LibraryView api={api} />}
    </div>
  );
}
