import { render } from 'preact';
import { browserApi } from '../../src/ui/compare/api';
import { ComparePage } from '../../src/ui/compare/ComparePage';
import '../../src/ui/compare/compare.css';

document.documentElement.lang = browser.i18n.getUILanguage();
render(<ComparePage api={browserApi()} />, document.getElementById('app')!);
