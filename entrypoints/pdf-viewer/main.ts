import { startViewerPage } from '../../src/pdf-viewer/viewer-page';
import '../../src/pdf-viewer/viewer.css';

startViewerPage(document);
