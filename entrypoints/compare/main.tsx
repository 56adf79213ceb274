import { render } from 'preact';
import { browserApi } from '../../src/ui/compare/api';
import { ComparePage } from '../../src/ui/compare/ComparePage';
import { setCustomIndicatorNames } from '../../src/ui/compare/compare-words';
import { browserSettings } from '../../src/settings';
import '../../src/ui/compare/compare.css';

document.documentElement.lang = browser.i18n.getUILanguage();
// Rows of custom indicators carry the user's names; without settings the page's label still names them.
void browserSettings()
  .load()
  .then((s) => setCustomIndicatorNames(s.customIndicators), () => undefined)
  .then(() => render(<ComparePage api={browserApi()} />, document.getElementById('app')!));
