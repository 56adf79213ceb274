/**
 * The options page's 「PDF 默认用指标透镜打开」 switch: stores the choice in storage.local, which the background follows
 * (src/background/pdf-default-open.ts). Offered only where the browser can redirect a navigation (declarativeNetRequest:
 * Chrome's build; Firefox's has no such permission).
 */
import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { t } from '../ui/i18n';
import { PDF_DEFAULT_KEY } from './pdf-redirect-rules';

export function canOpenPdfsByDefault(): boolean {
  return Boolean((browser as unknown as { declarativeNetRequest?: unknown }).declarativeNetRequest);
}

export function PdfDefaultOption() {
  const [on, setOn] = useState<boolean | null>(null);
  const [failed, setFailed] = useState<string | null>(null);
  useEffect(() => {
    browser.storage.local.get(PDF_DEFAULT_KEY).then(
      (stored) => setOn(stored[PDF_DEFAULT_KEY] === true),
      () => setOn(false),
    );
  }, []);

  const change = (next: boolean) => {
    setOn(next);
    setFailed(null);
    browser.storage.local.set({ [PDF_DEFAULT_KEY]: next }).catch((err: unknown) => {
      setOn(!next);
      setFailed(err instanceof Error ? err.message : String(err));
    });
  };

  return (
    <div class="il-options">
      <section aria-labelledby="il-pdf-title" class="il-opt-section" data-testid="pdf-default-section">
        <h2 id="il-pdf-title">{t('options_pdf')}</h2>
        <label>
          <input
            type="checkbox"
            data-testid="pdf-default"
            checked={on === true}
            disabled={on === null}
            onChange={(e) => change((e.currentTarget as HTMLInputElement).checked)}
          />{' '}
          {t('options_pdf_default')}
        </label>
        <p class="il-opt-hint">{t('options_pdf_default_hint')}</p>
        {failed !== null && (
          <p class="il-opt-status" role="alert">
            {t('options_save_failed', [failed])}
          </p>
        )}
      </section>
    </div>
  );
}
