/** Describe a need instead of an organisation: an area (required by the API), a theme and a sector. */
import { useId, useState } from 'react';
import { useAppData, useNames } from '../../api/app-data.tsx';
import type { NeedInput } from '../../api/suggestions.ts';
import { useI18n } from '../../i18n/i18n.tsx';

export function NeedForm({ initial, onSubmit }: { initial: NeedInput; onSubmit: (need: NeedInput) => void }) {
  const { t, name } = useI18n();
  const { reference } = useAppData();
  const names = useNames();
  const id = useId();
  const [themeKey, setThemeKey] = useState(initial.themeKey ?? '');
  const [areaKey, setAreaKey] = useState(initial.areaKey ?? '');
  const [sectorKey, setSectorKey] = useState(initial.sectorKey ?? '');
  const [invalid, setInvalid] = useState(false);
  const areas = (reference?.areas ?? []).filter((a) => a.level === 'local_authority');
  const collator = new Intl.Collator();
  const sorted = <T extends { key: string }>(items: T[], label: (x: T) => string) => [...items].sort((a, b) => collator.compare(label(a), label(b)));

  return (
    <form
      className="filter-bar need-form"
      aria-label={t('brokering.need.label')}
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        if (!areaKey) {
          setInvalid(true);
          document.getElementById(`${id}-area`)?.focus();
          return;
        }
        setInvalid(false);
        onSubmit({ themeKey: themeKey || null, areaKey, sectorKey: sectorKey || null });
      }}
    >
      <div className="field">
        <label htmlFor={`${id}-area`}>{t('brokering.need.area')}</label>
        <select
          id={`${id}-area`}
          value={areaKey}
          required
          aria-invalid={invalid || undefined}
          aria-describedby={invalid ? `${id}-area-err` : undefined}
          onChange={(e) => setAreaKey(e.target.value)}
          data-testid="need-area"
        >
          <option value="">{t('brokering.need.chooseArea')}</option>
          {sorted(areas, (a) => names.area(a.key)).map((a) => (
            <option key={a.key} value={a.key}>
              {names.area(a.key)}
            </option>
          ))}
        </select>
        {invalid && (
          <p id={`${id}-area-err`} className="field-error" role="alert">
            {t('brokering.need.areaRequired')}
          </p>
        )}
      </div>
      <div className="field">
        <label htmlFor={`${id}-theme`}>{t('brokering.need.theme')}</label>
        <select id={`${id}-theme`} value={themeKey} onChange={(e) => setThemeKey(e.target.value)} data-testid="need-theme">
          <option value="">{t('brokering.need.anyTheme')}</option>
          {(reference?.themes ?? []).map((th) => (
            <option key={th.key} value={th.key}>
              {th.code ? `${th.code} · ` : ''}
              {name(th.name, th.nameCy)}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor={`${id}-sector`}>{t('brokering.need.sector')}</label>
        <select id={`${id}-sector`} value={sectorKey} onChange={(e) => setSectorKey(e.target.value)} data-testid="need-sector">
          <option value="">{t('brokering.need.anySector')}</option>
          {sorted(reference?.sectors ?? [], (s) => name(s.name, s.nameCy)).map((s) => (
            <option key={s.key} value={s.key}>
              {name(s.name, s.nameCy)}
            </option>
          ))}
        </select>
      </div>
      <div className="field field-action">
        <button type="submit" className="button">
          {t('brokering.need.submit')}
        </button>
      </div>
    </form>
  );
}
