/** UI text of the in-page card and panel, through the browser's i18n (public/_locales; Chinese by default). */
import type { Kind } from '../extract/types';
import { t, tMaybe } from '../ui/i18n';

/** The indicator's name in the UI language; undefined for ids without one (other, custom). */
export const indicatorDisplayName = (id: string): string | undefined => tMaybe(`indicator_${id}`);

export const kindName = (kind: Kind): string => t(`compare_kind_${kind}`);

/** Read at use time, so the words follow the browser's language. */
export const WORDS = {
  get region() { return t('card_region'); },
  get period() { return t('card_period'); },
  get unknown() { return t('card_unknown'); },
  get masked() { return t('card_masked'); },
  get clip() { return t('card_clip'); },
  get clipping() { return t('card_clipping'); },
  get clipped() { return t('card_clipped'); },
  get clipDuplicate() { return t('card_clip_duplicate'); },
  get clipFailed() { return t('card_clip_failed'); },
  get close() { return t('card_close'); },
  get panelTitle() { return t('panel_title'); },
  get panelEmpty() { return t('panel_empty'); },
  get panelHint() { return t('panel_hint'); },
  get other() { return t('card_other'); },
  get copy() { return t('cite_copy'); },
  get copyMarkdown() { return t('cite_copy_md'); },
  get copied() { return t('cite_copied'); },
  get copyFailed() { return t('cite_copy_failed'); },
  panelOtherGroup: (n: number) => t('panel_other_group', [n]),
  panelPartial: (read: number, total: number) => t('panel_partial', [read.toLocaleString('en-US'), total.toLocaleString('en-US')]),
};
