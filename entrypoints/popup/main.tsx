import { sendMessage } from '../../src/messaging/send';
import { startFirstRequests } from '../../src/ui/compare/prefetch';
import { takeEarlyRequests } from '../../src/ui/popup/early-requests';
import { startPopup } from '../../src/ui/popup/start';
import '../../src/ui/compare/compare.css';
import '../../src/ui/options/site-switch.css';

// The head script asked for the figures while the page was parsing; without it, ask now.
startPopup(takeEarlyRequests() ?? startFirstRequests('popup', sendMessage), document.getElementById('app')!);
