/**
 * The extension's in-page UI: one host element (marked `data-indicator-lens`, so text collection skips it) with a
 * closed shadow root holding a Preact tree. Created on first use, so pages never touched by the user keep their DOM.
 * Closed, because the page shares the DOM: with an open root its scripts could read the card and press its buttons.
 */
import { render } from 'preact';
import { Card, type CardProps } from './card/Card';
import { Panel, type PanelProps } from './panel/Panel';
import { OWN_UI_ATTRIBUTE } from '../page/visible-text';
import { adoptCss, UI_CSS } from './styles';

export interface UiState {
  card: CardProps | null;
  panel: PanelProps | null;
}

export interface UiHost {
  render(state: UiState): void;
  /** Whether an event came from inside our UI (a closed root's events still name its host in composedPath). */
  contains(event: Event): boolean;
  /** Moves keyboard focus into the card, when one is shown. */
  focusCard(): void;
  element(): HTMLElement | null;
  destroy(): void;
}

function App({ card, panel }: UiState) {
  return (
    <>
      {panel && <Panel {...panel} />}
      {card && <Card {...card} />}
    </>
  );
}

export function createUiHost(doc: Document): UiHost {
  let host: HTMLElement | null = null;
  let shadow: ShadowRoot | null = null;
  let mount: HTMLElement | null = null;

  function ensure(): HTMLElement {
    if (host && mount && host.isConnected) return mount;
    host = doc.createElement('div');
    host.setAttribute(OWN_UI_ATTRIBUTE, '');
    // CSSOM, not a style attribute: page CSPs may forbid inline style attributes but not CSSOM writes.
    for (const [k, v] of Object.entries({ position: 'fixed', top: '0', left: '0', width: '0', height: '0', 'z-index': '2147483647' })) {
      host.style.setProperty(k, v, 'important');
    }
    shadow = host.attachShadow({ mode: 'closed' });
    adoptCss(shadow, UI_CSS);
    mount = doc.createElement('div');
    shadow.append(mount);
    doc.documentElement.append(host);
    return mount;
  }

  return {
    render(state) {
      if (!state.card && !state.panel && !host) return;
      render(<App {...state} />, ensure());
    },
    contains(event) {
      return host !== null && event.composedPath().includes(host);
    },
    focusCard() {
      const card = shadow?.querySelector<HTMLElement>('[data-part="card"]');
      if (!card) return;
      card.tabIndex = -1;
      card.focus({ preventScroll: true });
    },
    element: () => host,
    destroy() {
      if (mount) render(null, mount);
      host?.remove();
      host = mount = shadow = null;
    },
  };
}
