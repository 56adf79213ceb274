/**
 * The declarativeNetRequest rules behind 「PDF 默认用指标透镜打开」: a PDF opened in a tab (a top-level navigation) goes
 * to the extension's viewer instead of the browser's. Pure: the rules as data, applied by src/background/.
 *
 * Two rules: an http(s) address whose path ends in .pdf (matched on the request), and any http(s) answer served as
 * application/pdf (matched on the response's Content-Type, which browsers before Chrome 128 cannot match: that rule
 * alone is then refused, and the first still works). Only `main_frame`: a PDF inside a page, and the viewer's own
 * fetch of the file, are left alone — so the redirect cannot loop.
 */
import { OPEN_QUERY, VIEWER_PAGE } from './viewer-url';

/** The storage.local key of the option (off unless set to true). */
export const PDF_DEFAULT_KEY = 'pdfDefaultViewer';

/** Dynamic rule ids this feature owns (no other feature adds rules). */
export const PDF_RULE_IDS = [1, 2] as const;

/** The part of a declarativeNetRequest rule these rules use (typed here, so the module needs no browser types). */
export interface RedirectRule {
  id: number;
  priority: number;
  action: { type: 'redirect'; redirect: { regexSubstitution: string } };
  condition: {
    regexFilter: string;
    isUrlFilterCaseSensitive: false;
    resourceTypes: ['main_frame'];
    requestMethods: ['get'];
    responseHeaders?: Array<{ header: string; values: string[] }>;
  };
}

function condition(regexFilter: string): RedirectRule['condition'] {
  return { regexFilter, isUrlFilterCaseSensitive: false, resourceTypes: ['main_frame'], requestMethods: ['get'] };
}

/** `origin` is the extension's base URL (runtime.getURL('/')). */
export function pdfRedirectRules(origin: string): RedirectRule[] {
  // \0 is the whole address as requested (a request's address has no fragment), appended after ?open= unencoded.
  const regexSubstitution = `${origin.replace(/\/?$/, '/')}${VIEWER_PAGE}${OPEN_QUERY}\\0`;
  const action = (): RedirectRule['action'] => ({ type: 'redirect', redirect: { regexSubstitution } });
  return [
    { id: PDF_RULE_IDS[0], priority: 1, action: action(), condition: condition('^https?://[^?#]*\\.pdf(?:\\?.*)?$') },
    {
      id: PDF_RULE_IDS[1],
      priority: 1,
      action: action(),
      condition: {
        ...condition('^https?://.*$'),
        responseHeaders: [{ header: 'content-type', values: ['application/pdf', 'application/pdf;*'] }],
      },
    },
  ];
}
