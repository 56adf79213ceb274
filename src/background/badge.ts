/** The toolbar badge: how many figures the tab's frames hold. */
import type { TabResultEntry } from '../store/tab-results';

export interface BadgeApi {
  setBadgeText(details: { tabId: number; text: string }): Promise<void> | void;
  setBadgeBackgroundColor?(details: { tabId: number; color: string }): Promise<void> | void;
}

export function badgeText(entries: readonly TabResultEntry[]): string {
  const n = entries.reduce((sum, e) => sum + e.result.records.length, 0);
  if (n === 0) return '';
  return n > 999 ? '999+' : String(n);
}

export async function showBadge(api: BadgeApi, tabId: number, entries: readonly TabResultEntry[]): Promise<void> {
  const text = badgeText(entries);
  try {
    await api.setBadgeText({ tabId, text });
    if (text) await api.setBadgeBackgroundColor?.({ tabId, color: '#1d4ed8' });
  } catch {
    // The tab closed between the result and the badge update; nothing to show it on.
  }
}
