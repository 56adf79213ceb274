import { render } from 'preact';
import { browserSettings } from '../../src/settings';
import { t } from '../../src/ui/i18n';
import { OptionsPage } from '../../src/ui/options/OptionsPage';
import { canOpenPdfsByDefault, PdfDefaultOption } from '../../src/pdf-viewer/default-open-option';
import '../../src/ui/options/options.css';

document.documentElement.lang = browser.i18n.getUILanguage();
document.title = t('options_title');
render(<OptionsPage store={browserSettings()} />, document.getElementById('app')!);
// The PDF switch is a browser-level choice kept apart from the synced settings (src/background/pdf-default-open.ts).
if (canOpenPdfsByDefault()) render(<PdfDefaultOption />, document.getElementById('pdf-option')!);
