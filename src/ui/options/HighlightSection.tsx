/** Which indicators are highlighted (one checkbox each) and the colour of each kind of highlight. */
import { CORE_INDICATORS, type CustomIndicator } from '../../extract/types';
import { DEFAULT_COLOURS, HIGHLIGHT_KINDS, type HighlightKind, type SelectableIndicator } from '../../settings/types';
import { t, tMaybe, type MessageKey } from '../i18n';

interface Props {
  hidden: SelectableIndicator[];
  colours: Record<HighlightKind, string>;
  custom: CustomIndicator[];
  onHidden(hidden: SelectableIndicator[]): void;
  onColours(colours: Record<HighlightKind, string>): void;
}

export function HighlightSection({ hidden, colours, custom, onHidden, onColours }: Props) {
  const choices: Array<{ id: SelectableIndicator; label: string }> = [
    ...CORE_INDICATORS.map((id) => ({ id, label: tMaybe(`indicator_${id}`) ?? id })),
    { id: 'other', label: t('options_indicator_other') },
    ...custom.map((c) => ({ id: `custom:${c.slug}` as const, label: c.name })),
  ];
  const hiddenSet = new Set<string>(hidden);
  const toggle = (id: SelectableIndicator, shown: boolean) =>
    onHidden(shown ? hidden.filter((h) => h !== id) : [...hidden, id]);

  return (
    <section aria-labelledby="il-hl-title" class="il-opt-section">
      <h2 id="il-hl-title">{t('options_highlight')}</h2>
      <p class="il-opt-hint">{t('options_highlight_hint')}</p>
      <fieldset class="il-opt-grid">
        <legend class="il-sr-only">{t('options_highlight')}</legend>
        {choices.map(({ id, label }) => (
          <label key={id}>
            <input
              type="checkbox"
              checked={!hiddenSet.has(id)}
              data-indicator={id}
              onChange={(e) => toggle(id, (e.target as HTMLInputElement).checked)}
            />
            {label}
          </label>
        ))}
      </fieldset>
      <fieldset class="il-opt-colours">
        <legend>{t('options_colours')}</legend>
        {HIGHLIGHT_KINDS.map((kind) => (
          <label key={kind}>
            <input
              type="color"
              value={colours[kind]}
              data-kind={kind}
              onChange={(e) => onColours({ ...colours, [kind]: (e.target as HTMLInputElement).value })}
            />
            {t(`options_colour_${kind}` as MessageKey)}
          </label>
        ))}
        <button type="button" onClick={() => onColours({ ...DEFAULT_COLOURS })}>
          {t('options_colours_reset')}
        </button>
      </fieldset>
    </section>
  );
}
