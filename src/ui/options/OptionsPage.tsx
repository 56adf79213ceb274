/** The settings page: sites, highlights and colours, custom indicators. Every change is saved at once. */
import { useEffect, useRef, useState } from 'preact/hooks';
import type { SettingsStore } from '../../settings/store';
import type { Settings } from '../../settings/types';
import { t } from '../i18n';
import { CustomSection } from './CustomSection';
import { HighlightSection } from './HighlightSection';
import { SitesSection } from './SitesSection';

export function OptionsPage({ store }: { store: SettingsStore }) {
  const [settings, setSettings] = useState<Settings | null>(null);
  const [status, setStatus] = useState('');
  const latest = useRef<Settings | null>(null);

  useEffect(() => {
    const controller = new AbortController();
    void store.load().then((s) => {
      latest.current = s;
      setSettings(s);
    });
    // Another window (or the popup's "switch off here") changed them.
    store.watch((s) => {
      latest.current = s;
      setSettings(s);
    }, controller.signal);
    return () => controller.abort();
  }, [store]);

  async function save(patch: Partial<Settings>, announcement = t('options_saved')): Promise<void> {
    const base = latest.current;
    if (!base) return;
    const next = { ...base, ...patch };
    latest.current = next;
    setSettings(next);
    try {
      const { settings: stored, area } = await store.save(next);
      latest.current = stored;
      setSettings(stored);
      setStatus(area === 'local' ? t('options_saved_local') : announcement);
    } catch (err) {
      setStatus(t('options_save_failed', [err instanceof Error ? err.message : String(err)]));
    }
  }

  if (!settings) return <main class="il-options" aria-busy="true">{t('options_loading')}</main>;
  return (
    <main class="il-options" data-state="ready">
      <h1>{t('options_title')}</h1>
      <p role="status" aria-live="polite" class="il-opt-status" data-testid="options-status">
        {status}
      </p>
      <SitesSection hosts={settings.disabledHosts} onChange={(disabledHosts) => void save({ disabledHosts })} />
      <HighlightSection
        hidden={settings.hiddenIndicators}
        colours={settings.colours}
        custom={settings.customIndicators}
        onHidden={(hiddenIndicators) => void save({ hiddenIndicators })}
        onColours={(colours) => void save({ colours })}
      />
      <CustomSection
        custom={settings.customIndicators}
        onChange={(customIndicators, announcement) => save({ customIndicators }, announcement)}
      />
    </main>
  );
}
