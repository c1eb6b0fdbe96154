/** Area, sector, kind, theme, body and date: each change updates the address, so a view can be shared. */
import { useAppData, useNames } from '../../api/app-data.tsx';
import { operation } from '../../api/client.ts';
import { useQuery } from '../../api/use-query.ts';
import { useEnumLabel, useI18n, type MessageKey } from '../../i18n/i18n.tsx';

export interface FilterValues {
  area: string;
  sector: string;
  kind: string;
  theme: string;
  /** a PSB, sub-group or forum: its members and the organisations of its seat holders */
  body: string;
  date: string;
}

export const EMPTY_FILTER: FilterValues = { area: '', sector: '', kind: '', theme: '', body: '', date: '' };

/** The bodies to filter by: those of the chosen area (or all), active on the date. */
const FILTER_BODIES = operation<
  { bodies: { edges: { node: { key: string; name: string; nameCy: string | null } }[] } },
  { areaKey: string | null; asOf: string | null; first: number }
>(
  'FilterBodies',
  `query FilterBodies($areaKey: String, $asOf: Date, $first: Int) {
    bodies(filter: { areaKey: $areaKey }, asOf: $asOf, first: $first) { edges { node { key name nameCy } } }
  }`,
);

interface Option {
  value: string;
  label: string;
}

function Select(props: { id: string; label: string; value: string; options: Option[]; allLabel: string; onChange: (v: string) => void }) {
  return (
    <div className="field">
      <label htmlFor={props.id}>{props.label}</label>
      <select id={props.id} value={props.value} onChange={(e) => props.onChange(e.target.value)}>
        <option value="">{props.allLabel}</option>
        {props.options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </div>
  );
}

export function FilterBar({ value, onChange }: { value: FilterValues; onChange: (next: FilterValues) => void }) {
  const { t, lang, name } = useI18n();
  const { reference } = useAppData();
  const names = useNames();
  const enumLabel = useEnumLabel();
  const collator = new Intl.Collator(lang === 'cy' ? 'cy' : 'en-GB');
  const sorted = (options: Option[]) => [...options].sort((a, b) => collator.compare(a.label, b.label));

  // Local authorities first in the list; regions and Wales after them, as wider choices.
  const areas = reference?.areas ?? [];
  const localAreas = sorted(areas.filter((a) => a.level === 'local_authority').map((a) => ({ value: a.key, label: names.area(a.key) })));
  const wider = sorted(areas.filter((a) => a.level === 'region' || a.level === 'nation').map((a) => ({ value: a.key, label: names.area(a.key) })));
  const sectors = sorted((reference?.sectors ?? []).map((s) => ({ value: s.key, label: names.sector(s.key) })));
  const kinds = sorted((reference?.kinds ?? []).map((k) => ({ value: k, label: enumLabel('kind', k) })));
  const themes = (reference?.themes ?? []).map((th) => ({ value: th.key, label: th.code ? `${th.code} · ${names.theme(th.key)}` : names.theme(th.key) }));

  const bodyList = useQuery(FILTER_BODIES, { areaKey: value.area || null, asOf: value.date || null, first: 500 });
  const bodies = sorted((bodyList.data?.bodies.edges ?? []).map(({ node }) => ({ value: node.key, label: name(node.name, node.nameCy) })));
  if (value.body && !bodies.some((b) => b.value === value.body)) bodies.unshift({ value: value.body, label: value.body });

  const set = (key: keyof FilterValues) => (v: string) => onChange({ ...value, [key]: v });
  const active = Object.values(value).some(Boolean);
  const label = (key: MessageKey) => t(key);

  return (
    <form className="filter-bar" aria-label={t('filter.legend')} onSubmit={(e) => e.preventDefault()}>
      <Select id="filter-area" label={label('filter.area')} value={value.area} options={[...localAreas, ...wider]} allLabel={t('filter.all')} onChange={set('area')} />
      <Select id="filter-sector" label={label('filter.sector')} value={value.sector} options={sectors} allLabel={t('filter.all')} onChange={set('sector')} />
      <Select id="filter-kind" label={label('filter.kind')} value={value.kind} options={kinds} allLabel={t('filter.all')} onChange={set('kind')} />
      <Select id="filter-theme" label={label('filter.theme')} value={value.theme} options={themes} allLabel={t('filter.all')} onChange={set('theme')} />
      <Select id="filter-body" label={label('filter.body')} value={value.body} options={bodies} allLabel={t('filter.all')} onChange={set('body')} />
      <div className="field">
        <label htmlFor="filter-date">{t('filter.date')}</label>
        <input id="filter-date" type="date" value={value.date} onChange={(e) => set('date')(e.target.value)} />
      </div>
      <div className="field field-action">
        <button type="button" className="button button-secondary" onClick={() => onChange(EMPTY_FILTER)} disabled={!active}>
          {t('filter.reset')}
        </button>
      </div>
    </form>
  );
}
