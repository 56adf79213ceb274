// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { OpenPdfButton } from '../../../src/ui/popup/OpenPdfButton';

afterEach(cleanup);

describe('the popup on a PDF tab', () => {
  it('says why the tab has no figures and offers to open the PDF in the extension’s viewer', async () => {
    const opened: string[] = [];
    const file = 'https://rsj.example.gov.cn/files/2024年统计公报.pdf';
    render(<OpenPdfButton fileUrl={file} open={async (url) => void opened.push(url)} />);
    expect(screen.getByTestId('tab-note').textContent).toContain('PDF');
    fireEvent.click(screen.getByRole('button', { name: '在指标透镜中打开' }));
    expect(opened).toEqual([file]);
  });
});
