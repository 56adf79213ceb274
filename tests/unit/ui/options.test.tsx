// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { CORE_INDICATORS } from '../../../src/extract/types';
import type { SettingsStore } from '../../../src/settings/store';
import { fakeSettingsStore } from '../settings/fake-store';
import { defaultSettings } from '../../../src/settings/types';
import { OptionsPage } from '../../../src/ui/options/OptionsPage';

let store: SettingsStore;

beforeEach(() => {
  store = fakeSettingsStore();
});
afterEach(cleanup);

async function open() {
  render(<OptionsPage store={store} />);
  await screen.findByRole('heading', { level: 1, name: '指标透镜设置' });
}

/** Name as a screen reader announces it: aria-label, a <label for>, a wrapping <label>, or the element's text. */
function accessibleName(el: Element): string {
  const aria = el.getAttribute('aria-label');
  if (aria) return aria;
  const id = el.getAttribute('id');
  const byFor = id ? el.ownerDocument.querySelector(`label[for="${id}"]`) : null;
  const label = byFor ?? el.closest('label');
  return (label?.textContent ?? (el.tagName === 'BUTTON' ? el.textContent : '') ?? '').trim();
}

async function addCustom(name: string, phrases: string, unit = '元') {
  fireEvent.input(screen.getByLabelText('名称'), { target: { value: name } });
  fireEvent.input(screen.getByLabelText('引出数字的短语（每行一个）'), { target: { value: phrases } });
  fireEvent.change(screen.getByLabelText('单位'), { target: { value: unit } });
  fireEvent.click(screen.getByRole('button', { name: '添加指标' }));
}

describe('options page', () => {
  it('adds a custom indicator, stores it synced, and offers it in the highlight list', async () => {
    await open();
    await addCustom('养老保险基金结余', '养老保险基金结余\n基金累计结余');
    await waitFor(() => expect(screen.getByTestId('options-status').textContent).toContain('已添加“养老保险基金结余”'));
    const stored = await store.load();
    expect(stored.customIndicators).toHaveLength(1);
    expect(stored.customIndicators[0]).toMatchObject({ name: '养老保险基金结余', unit: '元', phrases: ['养老保险基金结余', '基金累计结余'] });
    expect(Object.keys(await fakeBrowser.storage.sync.get(null))).toContain('settings');
    const list = screen.getByTestId('custom-list');
    expect(within(list).getByRole('button', { name: '删除 养老保险基金结余' })).toBeTruthy();
    // The form is empty again for the next one.
    expect((screen.getByLabelText('名称') as HTMLInputElement).value).toBe('');
    const box = screen.getByRole('checkbox', { name: '养老保险基金结余' }) as HTMLInputElement;
    expect(box.checked).toBe(true);
  });

  it('shows every validation problem in Chinese next to its field and stores nothing', async () => {
    await open();
    await addCustom('', '的\n城镇新增就业\n2023');
    const alerts = await screen.findAllByRole('alert');
    const text = alerts.map((a) => a.textContent).join(' ');
    expect(text).toContain('请填写名称。');
    expect(text).toContain('“的”只有一个字');
    expect(text).toContain('“城镇新增就业”已是内置指标“城镇新增就业”的短语');
    expect(text).toContain('“2023”只有数字、标点或空格');
    expect(screen.getByLabelText('名称').getAttribute('aria-invalid')).toBe('true');
    expect(screen.getByLabelText('引出数字的短语（每行一个）').getAttribute('aria-describedby')).toBe('il-custom-phrases-error');
    // Focus goes to the first field to fix.
    expect(document.activeElement).toBe(screen.getByLabelText('名称'));
    expect((await store.load()).customIndicators).toEqual([]);
  });

  it('refuses a phrase inside a common longer one, saying which', async () => {
    await open();
    await addCustom('人才', '人才', '人');
    const text = (await screen.findAllByRole('alert')).map((a) => a.textContent).join(' ');
    expect(text).toContain('“人才”是常见说法“高技能人才”的一部分，会把“高技能人才”的数字也算作此指标');
    expect((await store.load()).customIndicators).toEqual([]);
  });

  it('takes a free-text unit and edits an indicator in place', async () => {
    await open();
    fireEvent.change(screen.getByLabelText('单位'), { target: { value: '__other__' } });
    fireEvent.input(screen.getByLabelText('名称'), { target: { value: '技能人才总量' } });
    fireEvent.input(screen.getByLabelText('引出数字的短语（每行一个）'), { target: { value: '技能人才总量' } });
    fireEvent.input(screen.getByLabelText('自填单位'), { target: { value: '万人' } });
    fireEvent.click(screen.getByRole('button', { name: '添加指标' }));
    await waitFor(async () => expect((await store.load()).customIndicators[0]?.unit).toBe('万人'));
    const slug = (await store.load()).customIndicators[0]!.slug;

    fireEvent.click(await screen.findByRole('button', { name: '编辑 技能人才总量' }));
    fireEvent.input(screen.getByLabelText('引出数字的短语（每行一个）'), { target: { value: '技能人才总量\n技能人才总数' } });
    fireEvent.click(screen.getByRole('button', { name: '保存修改' }));
    await waitFor(async () => expect((await store.load()).customIndicators[0]?.phrases).toHaveLength(2));
    expect((await store.load()).customIndicators[0]!.slug).toBe(slug);
  });

  it('switches sites off and on, and highlight choices and colours persist', async () => {
    await store.save({ ...defaultSettings(), disabledHosts: ['a.gov.cn'] }, 1);
    await open();
    fireEvent.input(screen.getByLabelText('网站域名'), { target: { value: 'https://www.Example.gov.cn/x.html' } });
    fireEvent.click(screen.getByRole('button', { name: '停用此网站' }));
    await waitFor(async () => expect((await store.load()).disabledHosts).toEqual(['a.gov.cn', 'www.example.gov.cn']));
    fireEvent.click(screen.getByRole('button', { name: '重新启用 a.gov.cn' }));
    await waitFor(async () => expect((await store.load()).disabledHosts).toEqual(['www.example.gov.cn']));

    fireEvent.input(screen.getByLabelText('网站域名'), { target: { value: '   ' } });
    fireEvent.click(screen.getByRole('button', { name: '停用此网站' }));
    expect((await screen.findByRole('alert')).textContent).toContain('无法识别的域名');

    fireEvent.click(screen.getByRole('checkbox', { name: '城镇登记失业率' }));
    await waitFor(async () => expect((await store.load()).hiddenIndicators).toEqual(['registered_unemployment_rate']));
    fireEvent.change(screen.getByLabelText('目标'), { target: { value: '#aa0000' } });
    await waitFor(async () => expect((await store.load()).colours.target).toBe('#aa0000'));
    fireEvent.click(screen.getByRole('button', { name: '恢复默认颜色' }));
    await waitFor(async () => expect((await store.load()).colours.target).toBe(defaultSettings().colours.target));
  });

  it('every control is keyboard-reachable, named, and in reading order', async () => {
    await store.save({ ...defaultSettings(), customIndicators: [{ slug: 'f', name: '基金结余', phrases: ['基金结余'], unit: '元' }] }, 1);
    await open();
    await screen.findByTestId('custom-list');
    const controls = [...document.querySelectorAll('button, input, select, textarea, a[href]')];
    expect(controls.length).toBeGreaterThan(CORE_INDICATORS.length + 8);
    for (const el of controls) {
      expect(el.getAttribute('tabindex'), el.outerHTML).toBeNull(); // natural order, nothing taken out of it
      expect(el.hasAttribute('disabled'), el.outerHTML).toBe(false);
      expect(accessibleName(el).length, el.outerHTML).toBeGreaterThan(0);
    }
    // Tab order follows the page: sites, then indicator checkboxes, colours, then the custom indicator form.
    const at = (el: Element) => controls.indexOf(el);
    expect(at(screen.getByLabelText('网站域名'))).toBeLessThan(at(screen.getByRole('checkbox', { name: '城镇新增就业' })));
    expect(at(screen.getByRole('checkbox', { name: '基金结余' }))).toBeLessThan(at(screen.getByLabelText('目标')));
    expect(at(screen.getByLabelText('目标'))).toBeLessThan(at(screen.getByLabelText('名称')));
    expect(at(screen.getByLabelText('名称'))).toBeLessThan(at(screen.getByRole('button', { name: '添加指标' })));
    // Landmarks and headings a screen reader lists.
    expect(screen.getByRole('main')).toBeTruthy();
    expect(screen.getAllByRole('heading', { level: 2 }).map((h) => h.textContent)).toEqual(['停用的网站', '高亮哪些指标', '自定义指标']);
    expect(screen.getByRole('status')).toBeTruthy();
  });
});
