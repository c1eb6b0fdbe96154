/** Area, sector, kind, date (and the grouping for E-I index and mixing): each change updates the address. */
import { useAppData, useNames } from '../../api/app-data.tsx';
import { GROUPINGS, type Grouping } from '../../api/metrics.ts';
import { useEnumLabel, useI18n } from '../../i18n/i18n.tsx';
import { EMPTY_DASHBOARD_FILTER, type DashboardFilter } from './filter.ts';

interface Option {
  value: string;
  label: string;
}

function Select(props: { id: string; label: string; value: string; options: Option[]; allLabel?: string; onChange: (v: string) => void }) {
  return (
    <div className="field">
      <label htmlFor={props.id}>{props.label}</label>
      <select id={props.id} value={props.value} onChange={(e) => props.onChange(e.target.value)}>
        {props.allLabel !== undefined && <option value="">{props.allLabel}</option>}
        {props.options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </div>
  );
}

/** `today` shows in the date field when no date is chosen: the date every figure is for. */
export function DashboardFilters(props: { value: DashboardFilter; onChange: (next: DashboardFilter) => void; idPrefix: string; today: string; showGrouping?: boolean }) {
  const { value, onChange, idPrefix } = props;
  const { t, lang } = useI18n();
  const { reference } = useAppData();
  const names = useNames();
  const enumLabel = useEnumLabel();
  const collator = new Intl.Collator(lang === 'cy' ? 'cy' : 'en-GB');
  const sorted = (options: Option[]) => [...options].sort((a, b) => collator.compare(a.label, b.label));

  // Local authorities first; regions and Wales after them, as wider choices (as the network view).
  const areas = reference?.areas ?? [];
  const localAreas = sorted(areas.filter((a) => a.level === 'local_authority').map((a) => ({ value: a.key, label: names.area(a.key) })));
  const wider = sorted(areas.filter((a) => a.level === 'region' || a.level === 'nation').map((a) => ({ value: a.key, label: names.area(a.key) })));
  const sectors = sorted((reference?.sectors ?? []).map((s) => ({ value: s.key, label: names.sector(s.key) })));
  const kinds = sorted((reference?.kinds ?? []).map((k) => ({ value: k, label: enumLabel('kind', k) })));
  const groupings = GROUPINGS.map((g) => ({ value: g, label: t(`dashboard.by.${g}`) }));

  const set = (key: keyof DashboardFilter) => (v: string) => onChange({ ...value, [key]: v });
  const active = value.area || value.sector || value.kind || value.asOf || value.by !== 'sector';

  return (
    <form className="filter-bar" aria-label={t('filter.legend')} onSubmit={(e) => e.preventDefault()}>
      <Select id={`${idPrefix}-area`} label={t('filter.area')} value={value.area} options={[...localAreas, ...wider]} allLabel={t('filter.all')} onChange={set('area')} />
      <Select id={`${idPrefix}-sector`} label={t('filter.sector')} value={value.sector} options={sectors} allLabel={t('filter.all')} onChange={set('sector')} />
      <Select id={`${idPrefix}-kind`} label={t('filter.kind')} value={value.kind} options={kinds} allLabel={t('filter.all')} onChange={set('kind')} />
      <div className="field">
        <label htmlFor={`${idPrefix}-date`}>{t('dashboard.filter.asOf')}</label>
        <input id={`${idPrefix}-date`} type="date" value={value.asOf || props.today} onChange={(e) => set('asOf')(e.target.value === props.today ? '' : e.target.value)} />
      </div>
      {props.showGrouping && (
        <Select id={`${idPrefix}-by`} label={t('dashboard.filter.by')} value={value.by} options={groupings} onChange={(v) => onChange({ ...value, by: v as Grouping })} />
      )}
      <div className="field field-action">
        <button type="button" className="button button-secondary" onClick={() => onChange(EMPTY_DASHBOARD_FILTER)} disabled={!active}>
          {t('filter.reset')}
        </button>
      </div>
    </form>
  );
}
