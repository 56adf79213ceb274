import { render } from 'preact';
import { browserApi } from '../../src/ui/compare/api';
import { ComparisonView } from '../../src/ui/compare/ComparisonView';
import '../../src/ui/compare/compare.css';

document.documentElement.lang = browser.i18n.getUILanguage();
render(<ComparisonView api={browserApi()} variant="popup" />, document.getElementById('app')!);
