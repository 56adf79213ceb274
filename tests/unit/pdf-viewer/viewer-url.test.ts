import { describe, expect, it } from 'vitest';
import { isFetchableUrl, looksLikePdf, pageOfUrl, pageUrl, viewedFile, viewerUrl } from '../../../src/pdf-viewer/viewer-url';

const ORIGIN = 'chrome-extension://abcdef/';

describe('viewer addresses', () => {
  it('a figure’s source is the PDF’s own address with #page=N, whatever fragment it had', () => {
    expect(pageUrl('https://rsj.example.gov.cn/files/2024年公报.pdf', 3)).toBe('https://rsj.example.gov.cn/files/2024年公报.pdf#page=3');
    expect(pageUrl('https://a.example/x.pdf?dl=1#zoom=80', 12)).toBe('https://a.example/x.pdf?dl=1#page=12');
    expect(pageOfUrl('https://a.example/x.pdf#page=12')).toBe(12);
    expect(pageOfUrl('https://a.example/x.pdf#zoom=80&page=4')).toBe(4);
    expect(pageOfUrl('https://a.example/x.pdf')).toBeNull();
  });

  it('the viewer of a PDF names the file, and gives it back (a query and non-ASCII path survive)', () => {
    const file = 'https://rsj.example.gov.cn/files/2024年统计公报.pdf?id=7&v=2';
    const url = viewerUrl(ORIGIN, `${file}#page=2`);
    expect(url.startsWith(`${ORIGIN}pdf-viewer.html?file=`)).toBe(true);
    expect(viewedFile(ORIGIN, url)).toBe(file);
    expect(viewedFile(ORIGIN, 'https://a.example/pdf-viewer.html?file=https%3A%2F%2Fb.example%2Fx.pdf')).toBeNull();
    expect(viewedFile('chrome-extension://other/', url)).toBeNull();
  });

  it('the viewer fetches web and local files only', () => {
    expect(viewedFile(ORIGIN, `${ORIGIN}pdf-viewer.html?file=${encodeURIComponent('javascript:alert(1)')}`)).toBeNull();
    expect(viewedFile(ORIGIN, `${ORIGIN}pdf-viewer.html?file=${encodeURIComponent('data:application/pdf;base64,JVBE')}`)).toBeNull();
    expect(isFetchableUrl('file:///home/u/报告.pdf')).toBe(true);
    expect(isFetchableUrl('chrome://settings')).toBe(false);
  });

  it('PDFs are told by their path', () => {
    expect(looksLikePdf('https://a.example/files/a.PDF?download=1#page=2')).toBe(true);
    expect(looksLikePdf('https://a.example/pdf/list.html')).toBe(false);
    expect(looksLikePdf('not a url')).toBe(false);
  });
});
