import { render } from 'preact';
import { browserSettings } from '../../src/settings';
import { browserApi } from '../../src/ui/compare/api';
import { ComparisonView } from '../../src/ui/compare/ComparisonView';
import { SiteSwitch } from '../../src/ui/options/SiteSwitch';
import '../../src/ui/compare/compare.css';
import '../../src/ui/options/site-switch.css';

const activeUrl = async () => (await browser.tabs.query({ active: true, currentWindow: true }))[0]?.url;

document.documentElement.lang = browser.i18n.getUILanguage();
render(
  <>
    <SiteSwitch store={browserSettings()} activeUrl={activeUrl} openOptions={() => void browser.runtime.openOptionsPage()} />
    <ComparisonView api={browserApi()} variant="popup" />
  </>,
  document.getElementById('app')!,
);
