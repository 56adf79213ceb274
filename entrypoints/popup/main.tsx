import { render } from 'preact';
import { browserSettings } from '../../src/settings';
import { browserApi } from '../../src/ui/compare/api';
import { ComparisonView } from '../../src/ui/compare/ComparisonView';
import { prefetched } from '../../src/ui/compare/prefetch';
import { setCustomIndicatorNames } from '../../src/ui/compare/words';
import { SiteSwitch } from '../../src/ui/options/SiteSwitch';
import '../../src/ui/compare/compare.css';
import '../../src/ui/options/site-switch.css';

const activeUrl = async () => (await browser.tabs.query({ active: true, currentWindow: true }))[0]?.url;

document.documentElement.lang = browser.i18n.getUILanguage();
// Ask for the figures now, while the settings load.
const api = prefetched(browserApi(), 'popup');
const settings = browserSettings();
// Rows of custom indicators carry the user's names; without settings the page's label still names them.
void settings
  .load()
  .then((s) => setCustomIndicatorNames(s.customIndicators), () => undefined)
  .then(() =>
    render(
      <>
        <SiteSwitch store={settings} activeUrl={activeUrl} openOptions={() => void browser.runtime.openOptionsPage()} />
        <ComparisonView api={api} variant="popup" />
      </>,
      document.getElementById('app')!,
    ),
  );
