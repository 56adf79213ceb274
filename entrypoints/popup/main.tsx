import { sendMessage } from '../../src/messaging/send';
import { startFirstRequests } from '../../src/ui/compare/prefetch';
import { startPopup } from '../../src/ui/popup/start';
import '../../src/ui/compare/compare.css';
import '../../src/ui/options/site-switch.css';

// The figures are asked for first; the background answers while the interface renders.
startPopup(startFirstRequests('popup', sendMessage), document.getElementById('app')!);
