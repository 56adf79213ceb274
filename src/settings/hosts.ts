/** Per-site switch: which hosts the user turned the extension off on. */

/** The hostname of a URL or a typed host (`www.gov.cn`, `https://www.gov.cn/x`); null when it is neither. */
export function normalizeHost(input: string): string | null {
  const trimmed = input.trim().toLowerCase();
  if (!trimmed) return null;
  try {
    const url = new URL(/^[a-z][a-z0-9+.-]*:\/\//.test(trimmed) ? trimmed : `http://${trimmed}`);
    const host = url.hostname.replace(/\.$/, '');
    return /^[a-z0-9.[\]:-]+$/.test(host) && host.length <= 253 ? host : null;
  } catch {
    return null;
  }
}

/** True when the URL's host is a disabled host or a subdomain of one. */
export function isHostDisabled(disabledHosts: readonly string[], url: string | undefined): boolean {
  if (!url || disabledHosts.length === 0) return false;
  let host: string;
  try {
    host = new URL(url).hostname.toLowerCase();
  } catch {
    return false;
  }
  return disabledHosts.some((d) => host === d || host.endsWith(`.${d}`));
}

export function withHost(hosts: readonly string[], host: string): string[] {
  return hosts.includes(host) ? [...hosts] : [...hosts, host].sort();
}

export function withoutHost(hosts: readonly string[], host: string): string[] {
  return hosts.filter((h) => h !== host);
}
