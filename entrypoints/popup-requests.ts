/**
 * Loaded by popup.html's head as a classic script: it runs while the page is still parsing, before the popup's
 * modules have loaded, and asks the background for the figures (see src/ui/popup/early-requests.ts).
 */
import { rawSendMessage } from '../src/messaging/raw';
import { startFirstRequests } from '../src/ui/compare/prefetch';
import { putEarlyRequests } from '../src/ui/popup/early-requests';

export default defineUnlistedScript(() => {
  putEarlyRequests(startFirstRequests('popup', rawSendMessage));
});
