import { browser } from 'wxt/browser';
import { registerBackground } from '../src/background/register';
import { registerPdfDefaultOpen, type DynamicRules } from '../src/background/pdf-default-open';

export default defineBackground(() => {
  registerBackground();
  // Firefox's build has no declarativeNetRequest permission: the option is Chrome's (see the README).
  void registerPdfDefaultOpen({
    rules: browser.declarativeNetRequest as unknown as DynamicRules | undefined,
    storage: { get: (key) => browser.storage.local.get(key), onChanged: browser.storage.onChanged },
    origin: browser.runtime.getURL('/'),
  });
});
