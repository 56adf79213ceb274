/** The popup's "not on this site" switch and the way to the settings page. */
import { useEffect, useState } from 'preact/hooks';
import { isHostDisabled, normalizeHost, withHost, withoutHost } from '../../settings/hosts';
import type { SettingsStore } from '../../settings/store';
import { t } from '../i18n';
import { tabAccess, type TabAccess } from '../popup/tab-access';
import { OpenPdfButton } from '../popup/OpenPdfButton';

interface Props {
  store: SettingsStore;
  /** URL of the tab the popup belongs to (undefined when unknown). */
  activeUrl(): Promise<string | undefined>;
  openOptions(): void;
}

export function SiteSwitch({ store, activeUrl, openOptions }: Props) {
  const [host, setHost] = useState<string | null>(null);
  const [disabled, setDisabled] = useState(false);
  const [status, setStatus] = useState('');
  const [access, setAccess] = useState<TabAccess>(null);
  const [tabUrl, setTabUrl] = useState<string | undefined>(undefined);

  useEffect(() => {
    let live = true;
    void Promise.all([activeUrl(), store.load()]).then(([url, settings]) => {
      if (!live) return;
      setAccess(tabAccess(url, globalThis.location?.origin));
      setTabUrl(url);
      if (!url || !/^https?:/.test(url)) return;
      setHost(normalizeHost(url));
      setDisabled(isHostDisabled(settings.disabledHosts, url));
    });
    return () => {
      live = false;
    };
  }, [store, activeUrl]);

  async function toggle() {
    if (!host) return;
    const settings = await store.load();
    // Re-enabling removes whichever listed host covers this one (it may be a parent domain).
    const covering = settings.disabledHosts.filter((d) => host === d || host.endsWith(`.${d}`));
    const disabledHosts = disabled
      ? covering.reduce((hosts, d) => withoutHost(hosts, d), settings.disabledHosts)
      : withHost(settings.disabledHosts, host);
    await store.save({ ...settings, disabledHosts });
    setDisabled(!disabled);
    setStatus(disabled ? '' : t('popup_site_disabled', [host]));
  }

  return (
    <div class="il-site-switch" data-testid="site-switch">
      {host && (
        <button type="button" aria-pressed={disabled ? 'true' : 'false'} onClick={() => void toggle()}>
          {disabled ? t('popup_enable_site') : t('popup_disable_site')}
        </button>
      )}
      <button type="button" onClick={openOptions}>
        {t('popup_settings')}
      </button>
      {access === 'pdf' && tabUrl && <OpenPdfButton fileUrl={tabUrl} />}
      {access === 'unreadable' && (
        <span class="il-tab-note" data-testid="tab-note">
          {t('popup_tab_unreadable')}
        </span>
      )}
      <span role="status" aria-live="polite">
        {status}
      </span>
    </div>
  );
}
