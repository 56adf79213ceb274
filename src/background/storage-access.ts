/**
 * Keeps the extension's storage from content scripts. A web page can drive our content script, so whatever a content
 * script may read or write a page may too: the tab results of every tab (`storage.session`: URLs, titles, figures) and
 * the settings (`storage.sync`/`local`: switched-off sites, hidden indicators). Restricted to trusted contexts (the
 * service worker and the extension's pages), storage is out of a content script's reach; the colours the annotator
 * needs come by message (`colours:get`). Firefox has no `setAccessLevel` (its content scripts keep access there).
 */
export type AccessLevel = 'TRUSTED_CONTEXTS' | 'TRUSTED_AND_UNTRUSTED_CONTEXTS';

interface RestrictableArea {
  setAccessLevel?(options: { accessLevel: AccessLevel }): Promise<void>;
}

export interface StorageAreas {
  session?: RestrictableArea;
  local?: RestrictableArea;
  sync?: RestrictableArea;
}

const AREAS = ['session', 'local', 'sync'] as const;

/** Restricts every area the browser lets us restrict; returns their names. Never throws (older Chrome: session only). */
export async function restrictStorageToExtension(storage: StorageAreas): Promise<string[]> {
  const restricted: string[] = [];
  for (const name of AREAS) {
    const area = storage[name];
    if (typeof area?.setAccessLevel !== 'function') continue;
    try {
      await area.setAccessLevel({ accessLevel: 'TRUSTED_CONTEXTS' });
      restricted.push(name);
    } catch {
      // This browser keeps the area open to content scripts; they do not read it anyway.
    }
  }
  return restricted;
}
