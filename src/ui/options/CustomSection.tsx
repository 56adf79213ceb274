/** Custom indicators: the list (edit, delete) and the form that validates a new or edited one. */
import { useState } from 'preact/hooks';
import type { CustomIndicator } from '../../extract/types';
import {
  COMMON_UNITS,
  validateCustomIndicator,
  type CustomDraft,
  type Problem,
} from '../../settings/custom-indicators';
import { t } from '../i18n';
import { problemText } from './problem-text';

const OTHER_UNIT = '__other__';
const EMPTY: CustomDraft = { name: '', phrasesText: '', unit: '元' };

interface Props {
  custom: CustomIndicator[];
  /** Resolves once stored; the form clears only then. */
  onChange(custom: CustomIndicator[], announcement: string): Promise<void>;
}

function FieldErrors({ id, problems }: { id: string; problems: Problem[] }) {
  if (!problems.length) return null;
  return (
    <ul id={id} class="il-opt-error" role="alert">
      {problems.map((p, i) => (
        <li key={i}>{problemText(p)}</li>
      ))}
    </ul>
  );
}

function CustomList({ custom, onEdit, onRemove }: { custom: CustomIndicator[]; onEdit(c: CustomIndicator): void; onRemove(c: CustomIndicator): void }) {
  if (custom.length === 0) return <p>{t('options_custom_none')}</p>;
  return (
    <ul class="il-opt-list" aria-labelledby="il-custom-title" data-testid="custom-list">
      {custom.map((c) => (
        <li key={c.slug} data-slug={c.slug}>
          <span>{t('options_custom_summary', [c.name, c.unit, c.phrases.join('、')])}</span>
          <button type="button" aria-label={t('options_custom_edit', [c.name])} onClick={() => onEdit(c)}>
            ✎
          </button>
          <button type="button" aria-label={t('options_custom_delete', [c.name])} onClick={() => onRemove(c)}>
            ×
          </button>
        </li>
      ))}
    </ul>
  );
}

interface UnitPickerProps {
  unit: string;
  /** The unit is typed rather than chosen from the common ones. */
  free: boolean;
  invalid: { 'aria-invalid'?: 'true'; 'aria-describedby'?: string };
  /** A unit chosen from the list; "other" comes as free, with an empty unit. */
  onChoose(unit: string, free: boolean): void;
  onType(unit: string): void;
}

/** A common unit from the list, or "other" and a field to type it. */
function UnitPicker({ unit, free, invalid, onChoose, onType }: UnitPickerProps) {
  return (
    <>
      <select
        id="il-custom-unit"
        value={free ? OTHER_UNIT : unit}
        {...invalid}
        onChange={(e) => {
          const v = (e.target as HTMLSelectElement).value;
          onChoose(v === OTHER_UNIT ? '' : v, v === OTHER_UNIT);
        }}
      >
        {COMMON_UNITS.map((u) => (
          <option key={u} value={u}>
            {u}
          </option>
        ))}
        <option value={OTHER_UNIT}>{t('options_custom_unit_other')}</option>
      </select>
      {free && (
        <input
          id="il-custom-unit-free"
          aria-label={t('options_custom_unit_free')}
          value={unit}
          size={6}
          {...invalid}
          onInput={(e) => onType((e.target as HTMLInputElement).value)}
        />
      )}
    </>
  );
}

export function CustomSection({ custom, onChange }: Props) {
  const [draft, setDraft] = useState<CustomDraft>(EMPTY);
  const [editing, setEditing] = useState<string | undefined>(undefined);
  const [problems, setProblems] = useState<Problem[]>([]);
  const [freeUnit, setFreeUnit] = useState(false);

  const unitIsCommon = (COMMON_UNITS as readonly string[]).includes(draft.unit);
  const showFree = freeUnit || !unitIsCommon;
  const fieldProblems = (field: Problem['field']) => problems.filter((p) => p.field === field);

  function startEdit(c: CustomIndicator) {
    setEditing(c.slug);
    setProblems([]);
    setFreeUnit(!(COMMON_UNITS as readonly string[]).includes(c.unit));
    setDraft({ name: c.name, phrasesText: c.phrases.join('\n'), unit: c.unit });
    queueMicrotask(() => document.getElementById('il-custom-name')?.focus());
  }

  function cancel() {
    setEditing(undefined);
    setDraft(EMPTY);
    setProblems([]);
    setFreeUnit(false);
  }

  async function submit(e: Event) {
    e.preventDefault();
    const result = validateCustomIndicator(draft, custom, editing);
    if (!result.ok) {
      setProblems(result.problems);
      // Send the user to the first field that needs fixing.
      const first = result.problems[0]!.field;
      const id = first === 'name' ? 'il-custom-name' : first === 'unit' ? 'il-custom-unit' : 'il-custom-phrases';
      document.getElementById(id)?.focus();
      return;
    }
    const next = editing
      ? custom.map((c) => (c.slug === editing ? result.indicator : c))
      : [...custom, result.indicator];
    await onChange(next, t('options_custom_added', [result.indicator.name]));
    cancel();
  }

  function remove(c: CustomIndicator) {
    void onChange(
      custom.filter((x) => x.slug !== c.slug),
      t('options_custom_deleted', [c.name]),
    );
    if (editing === c.slug) cancel();
  }

  const errorList = (field: Problem['field'], id: string) => <FieldErrors id={id} problems={fieldProblems(field)} />;
  const invalid = (field: Problem['field'], id: string) =>
    fieldProblems(field).length ? { 'aria-invalid': 'true' as const, 'aria-describedby': id } : {};

  return (
    <section aria-labelledby="il-custom-title" class="il-opt-section">
      <h2 id="il-custom-title">{t('options_custom')}</h2>
      <p class="il-opt-hint">{t('options_custom_hint')}</p>
      <CustomList custom={custom} onEdit={startEdit} onRemove={remove} />

      <form class="il-opt-form" onSubmit={submit} aria-labelledby="il-custom-form-title" noValidate>
        <h3 id="il-custom-form-title">{editing ? t('options_custom_form_edit') : t('options_custom_form_add')}</h3>
        <label for="il-custom-name">{t('options_custom_name')}</label>
        <input
          id="il-custom-name"
          value={draft.name}
          placeholder="养老保险基金结余"
          {...invalid('name', 'il-custom-name-error')}
          onInput={(e) => setDraft({ ...draft, name: (e.target as HTMLInputElement).value })}
        />
        {errorList('name', 'il-custom-name-error')}

        <label for="il-custom-phrases">{t('options_custom_phrases')}</label>
        <textarea
          id="il-custom-phrases"
          rows={4}
          value={draft.phrasesText}
          placeholder={'养老保险基金结余\n基金累计结余'}
          {...invalid('phrases', 'il-custom-phrases-error')}
          onInput={(e) => setDraft({ ...draft, phrasesText: (e.target as HTMLTextAreaElement).value })}
        />
        {errorList('phrases', 'il-custom-phrases-error')}

        <label for="il-custom-unit">{t('options_custom_unit')}</label>
        <div class="il-opt-row">
          <UnitPicker
            unit={draft.unit}
            free={showFree}
            invalid={invalid('unit', 'il-custom-unit-error')}
            onChoose={(unit, free) => {
              setFreeUnit(free);
              setDraft({ ...draft, unit });
            }}
            onType={(unit) => setDraft({ ...draft, unit })}
          />
        </div>
        {errorList('unit', 'il-custom-unit-error')}
        {errorList('list', 'il-custom-list-error')}

        <div class="il-opt-row">
          <button type="submit">{editing ? t('options_custom_save') : t('options_custom_add')}</button>
          {editing && (
            <button type="button" onClick={cancel}>
              {t('options_custom_cancel')}
            </button>
          )}
        </div>
      </form>
    </section>
  );
}
