/**
 * Who may send each message, in one place. A web page can drive our content script (it sees the same DOM and can
 * fire events at it), so anything a content script may send is treated as coming from the page: it may ask for its
 * own page's extraction and injection, and clip one figure; reading or changing the library, reading other tabs
 * and opening tabs are for the extension's own pages.
 */
import type { MessageType } from './protocol';
import type { Sender } from './router';

export type SenderRole = 'extension-page' | 'content-script' | 'either';

export const ALLOWED_SENDERS: Record<MessageType, SenderRole> = {
  extract: 'content-script',
  'extract:part': 'content-script',
  'annotate:inject': 'content-script',
  'styles:insert': 'content-script',
  'styles:remove': 'content-script',
  'colours:get': 'content-script',
  'library:add': 'either',
  'tabs:results': 'extension-page',
  'library:list': 'extension-page',
  'library:note': 'extension-page',
  'library:delete': 'extension-page',
  'library:restore': 'extension-page',
  'library:import': 'extension-page',
  'library:import-entries': 'extension-page',
  'source:open': 'extension-page',
  'pdf:extract': 'extension-page',
  // Broadcast by the background to the extension's own viewer pages; content scripts never receive it.
  'pdf:reveal': 'extension-page',
  // Sent by the extension to its content scripts (tabs.sendMessage); pages cannot reach them.
  'panel:toggle': 'either',
  'settings:changed': 'either',
  reveal: 'either',
};

/** Why `sender` may not send `type`, or null when it may. Unknown types are left to the router (no handler). */
export function senderProblem(type: string, sender: Sender, isExtensionPage: (s: Sender) => boolean): string | null {
  const role = (ALLOWED_SENDERS as Record<string, SenderRole | undefined>)[type];
  if (role === undefined || role === 'either') return null;
  const fromExtension = isExtensionPage(sender);
  if (role === 'extension-page' && !fromExtension) return 'only extension pages may do this';
  if (role === 'content-script' && (fromExtension || sender.tab?.id === undefined)) return 'only a page\'s content script may do this';
  return null;
}
