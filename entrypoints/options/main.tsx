import { render } from 'preact';
import { browserSettings } from '../../src/settings';
import { t } from '../../src/ui/i18n';
import { OptionsPage } from '../../src/ui/options/OptionsPage';
import '../../src/ui/options/options.css';

document.documentElement.lang = browser.i18n.getUILanguage();
document.title = t('options_title');
render(<OptionsPage store={browserSettings()} />, document.getElementById('app')!);
