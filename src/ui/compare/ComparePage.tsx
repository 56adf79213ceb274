/**
 * The full-page view: large comparisons, one region over time and the library, switched by tabs (#library opens the
 * library, #region?row=…&region=… a region's indicator over time).
 */
import { useEffect, useState } from 'preact/hooks';
import { t } from '../i18n';
import { LibraryView } from '../library/LibraryView';
import type { CompareApi } from './api';
import { ComparisonView } from './ComparisonView';
import { RegionView } from './RegionView';
import { parseRegionHash, regionHash, type RegionChoice } from './track-region';

type Tab = 'compare' | 'region' | 'library';

const TAB_NAMES = { compare: 'compare_tab_compare', region: 'compare_tab_region', library: 'compare_tab_library' } as const;

export function ComparePage({ api }: { api: CompareApi }) {
  const [regionChoice, setRegionChoice] = useState<RegionChoice>(() => parseRegionHash(location.hash) ?? {});
  const [tab, setTab] = useState<Tab>(
    location.hash === '#library' ? 'library' : parseRegionHash(location.hash) ? 'region' : 'compare',
  );
  useEffect(() => {
    history.replaceState(null, '', tab === 'library' ? '#library' : tab === 'region' ? regionHash(regionChoice) : '#');
    document.title = `${t('compare_title')} · ${t(TAB_NAMES[tab])}`;
  }, [tab, regionChoice]);
  return (
    <div class="il-full">
      <nav class="il-tabs" role="tablist">
        {(['compare', 'region', 'library'] as const).map((id) => (
          <button key={id} type="button" role="tab" aria-selected={tab === id} onClick={() => setTab(id)}>
            {t(TAB_NAMES[id])}
          </button>
        ))}
      </nav>
      {tab === 'compare' && <ComparisonView api={api} variant="page" />}
      {tab === 'region' && <RegionView api={api} initial={regionChoice} onChoose={setRegionChoice} />}
      {tab === 'library' && <LibraryView api={api} />}
    </div>
  );
}
