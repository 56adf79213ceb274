/** The popup's interface: the site switch over the comparison. */
import { render } from 'preact';
import { browser } from 'wxt/browser';
import { browserSettings } from '../../settings';
import { browserApi } from '../compare/api';
import { ComparisonView } from '../compare/ComparisonView';
import { prefetched, type FirstRequests } from '../compare/prefetch';
import { setCustomIndicatorNames } from '../compare/compare-words';
import { SiteSwitch } from '../options/SiteSwitch';

const activeUrl = async () => (await browser.tabs.query({ active: true, currentWindow: true }))[0]?.url;

export function startPopup(first: FirstRequests, root: HTMLElement): void {
  document.documentElement.lang = browser.i18n.getUILanguage();
  const api = prefetched(browserApi(), first);
  const settings = browserSettings();
  const show = () =>
    render(
      <>
        <SiteSwitch store={settings} activeUrl={activeUrl} openOptions={() => void browser.runtime.openOptionsPage()} />
        <ComparisonView api={api} variant="popup" />
      </>,
      root,
    );
  // Not waiting for the settings: they only name the rows of custom indicators, which show the page's label until
  // the names are read (reading them took ~10 ms of the popup's opening).
  show();
  void settings.load().then(
    (s) => {
      setCustomIndicatorNames(s.customIndicators);
      if (s.customIndicators.length > 0) show();
    },
    () => undefined,
  );
}
