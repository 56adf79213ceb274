/**
 * 「PDF 默认用指标透镜打开」 (off by default): while the option is on, the redirect rules of
 * src/pdf-viewer/pdf-redirect-rules.ts send a PDF opened in a tab to the extension's viewer; when it is off they are
 * removed and the browser's own viewer opens it. The option lives in storage.local (a choice about this browser's
 * PDFs, not a setting to sync), written by the options page and followed here as it changes.
 */
import { PDF_DEFAULT_KEY, PDF_RULE_IDS, pdfRedirectRules, type RedirectRule } from '../pdf-viewer/pdf-redirect-rules';

export interface DynamicRules {
  updateDynamicRules(options: { removeRuleIds?: number[]; addRules?: RedirectRule[] }): Promise<void>;
}

export interface PdfDefaultDeps {
  /** Absent where the browser has no declarativeNetRequest (the option is then not offered). */
  rules: DynamicRules | undefined;
  storage: {
    get(key: string): Promise<Record<string, unknown>>;
    onChanged: { addListener(listener: (changes: Record<string, { newValue?: unknown }>, area: string) => void): void };
  };
  /** The extension's base URL (runtime.getURL('/')). */
  origin: string;
}

/** Puts the rules in place (on) or takes them away (off); resolves to the ids in force. */
export async function applyPdfDefault(rules: DynamicRules, origin: string, on: boolean): Promise<number[]> {
  await rules.updateDynamicRules({ removeRuleIds: [...PDF_RULE_IDS] });
  if (!on) return [];
  const applied: number[] = [];
  // One rule at a time: a browser that cannot match a response header (before Chrome 128) refuses that rule only.
  for (const rule of pdfRedirectRules(origin)) {
    try {
      await rules.updateDynamicRules({ addRules: [rule] });
      applied.push(rule.id);
    } catch (err) {
      console.warn(`[indicator-lens] PDF redirect rule ${rule.id} refused`, err);
    }
  }
  return applied;
}

/** Follows the option from the start of the background on; resolves once the stored choice is applied. */
export function registerPdfDefaultOpen(deps: PdfDefaultDeps): Promise<void> {
  const { rules } = deps;
  if (!rules) return Promise.resolve();
  // Each change waits for the one before, so a quick off-on-off ends in the last state.
  let queue = Promise.resolve();
  const apply = (on: boolean) => {
    queue = queue.then(() => applyPdfDefault(rules, deps.origin, on)).then(
      () => undefined,
      (err) => console.warn('[indicator-lens] PDF redirect not updated', err),
    );
    return queue;
  };
  // Registered at once (not after the read below): a service worker's listeners must exist when it wakes.
  deps.storage.onChanged.addListener((changes, area) => {
    if (area === 'local' && PDF_DEFAULT_KEY in changes) void apply(changes[PDF_DEFAULT_KEY]!.newValue === true);
  });
  return deps.storage.get(PDF_DEFAULT_KEY).then(
    (stored) => apply(stored[PDF_DEFAULT_KEY] === true),
    () => apply(false),
  );
}
