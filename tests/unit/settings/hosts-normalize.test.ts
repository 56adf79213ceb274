import { describe, expect, it } from 'vitest';
import { isHostDisabled, normalizeHost, withHost, withoutHost } from '../../../src/settings/hosts';
import { normalizeSettings } from '../../../src/settings/normalize';
import { DEFAULT_COLOURS, defaultSettings } from '../../../src/settings/types';

describe('per-site switch', () => {
  it('normalizes typed hosts and URLs', () => {
    expect(normalizeHost(' WWW.Gov.CN ')).toBe('www.gov.cn');
    expect(normalizeHost('https://rsj.xa.gov.cn/path?q=1')).toBe('rsj.xa.gov.cn');
    expect(normalizeHost('')).toBeNull();
    expect(normalizeHost('not a host')).toBeNull();
  });

  it('a disabled host covers its subdomains but not look-alikes', () => {
    const hosts = ['gov.cn'];
    expect(isHostDisabled(hosts, 'https://www.gov.cn/a')).toBe(true);
    expect(isHostDisabled(hosts, 'https://gov.cn/')).toBe(true);
    expect(isHostDisabled(hosts, 'https://notgov.cn/')).toBe(false);
    expect(isHostDisabled(hosts, undefined)).toBe(false);
    expect(isHostDisabled(hosts, 'garbage')).toBe(false);
  });

  it('adds and removes hosts without duplicates', () => {
    expect(withHost(withHost([], 'b.cn'), 'b.cn')).toEqual(['b.cn']);
    expect(withoutHost(['a.cn', 'b.cn'], 'a.cn')).toEqual(['b.cn']);
  });
});

describe('stored settings', () => {
  it('nothing stored gives the defaults', () => {
    expect(normalizeSettings(undefined)).toEqual(defaultSettings());
    expect(normalizeSettings('junk')).toEqual(defaultSettings());
  });

  it('keeps valid fields and repairs the rest', () => {
    const s = normalizeSettings({
      version: 7,
      disabledHosts: ['B.cn', 'a.cn', 'a.cn', 42, 'not a host'],
      hiddenIndicators: ['urban_new_jobs', 'other', 'custom:gone', 'custom:fund', 'nonsense'],
      colours: { target: '#FF0000', actual: 'red', masked: 12 },
      customIndicators: [{ slug: 'fund', name: '基金结余', phrases: ['基金结余'], unit: '元' }],
      savedAt: 5,
    });
    expect(s.version).toBe(1);
    expect(s.disabledHosts).toEqual(['a.cn', 'b.cn']);
    expect(s.hiddenIndicators).toEqual(['urban_new_jobs', 'other', 'custom:fund']);
    expect(s.colours).toEqual({ ...DEFAULT_COLOURS, target: '#ff0000' });
    expect(s.savedAt).toBe(5);
  });
});
