/** The list of sites where the extension is off: add by host or URL, remove with one button each. */
import { useState } from 'preact/hooks';
import { normalizeHost, withHost, withoutHost } from '../../settings/hosts';
import { t } from '../i18n';

export function SitesSection({ hosts, onChange }: { hosts: string[]; onChange(hosts: string[]): void }) {
  const [input, setInput] = useState('');
  const [error, setError] = useState('');

  function add(e: Event) {
    e.preventDefault();
    const host = normalizeHost(input);
    if (!host) {
      setError(t('options_site_invalid', [input]));
      return;
    }
    setError('');
    setInput('');
    onChange(withHost(hosts, host));
  }

  return (
    <section aria-labelledby="il-sites-title" class="il-opt-section">
      <h2 id="il-sites-title">{t('options_sites')}</h2>
      <p class="il-opt-hint">{t('options_sites_hint')}</p>
      {hosts.length === 0 ? (
        <p>{t('options_sites_none')}</p>
      ) : (
        <ul class="il-opt-list" aria-labelledby="il-sites-title">
          {hosts.map((h) => (
            <li key={h}>
              <span>{h}</span>
              <button type="button" aria-label={t('options_site_remove', [h])} onClick={() => onChange(withoutHost(hosts, h))}>
                ×
              </button>
            </li>
          ))}
        </ul>
      )}
      <form class="il-opt-row" onSubmit={add}>
        <label for="il-site-input">{t('options_site_input')}</label>
        <input
          id="il-site-input"
          value={input}
          placeholder="www.example.gov.cn"
          aria-invalid={error ? 'true' : undefined}
          aria-describedby={error ? 'il-site-error' : undefined}
          onInput={(e) => setInput((e.target as HTMLInputElement).value)}
        />
        <button type="submit">{t('options_site_add')}</button>
      </form>
      {error && (
        <p id="il-site-error" role="alert" class="il-opt-error">
          {error}
        </p>
      )}
    </section>
  );
}
