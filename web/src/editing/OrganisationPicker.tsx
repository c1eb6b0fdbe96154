/**
 * Choose an organisation by searching the API (English and Welsh names): a search box, then a
 * select of the matches. The select carries the field's error from the API.
 */
import { useEffect, useState } from 'react';
import { request } from '../api/client.ts';
import { SEARCH_ORGANISATIONS, type OrganisationHit } from '../api/editing.ts';
import { useI18n } from '../i18n/i18n.tsx';
import { Field } from './Field.tsx';

export interface OrganisationPickerProps {
  id: string;
  name: string;
  /** the select's label, e.g. "Partner organisation" */
  label: string;
  /** the search box's label */
  searchLabel: string;
  value: string;
  onChange: (key: string, hit: OrganisationHit | null) => void;
  error?: string | undefined;
  required?: boolean;
  /** organisations offered before any search (e.g. the seat's organisation) */
  initial?: OrganisationHit[];
  /** never offered (e.g. the organisation a tie starts from) */
  exclude?: string;
  asOf?: string | null;
}

const SEARCH_DELAY_MS = 250;

export function OrganisationPicker({ id, name, label, searchLabel, value, onChange, error, required, initial = [], exclude, asOf = null }: OrganisationPickerProps) {
  const { t, name: pickName } = useI18n();
  const [text, setText] = useState('');
  const [hits, setHits] = useState<OrganisationHit[]>(initial);
  const [status, setStatus] = useState('');

  useEffect(() => {
    const query = text.trim();
    if (query.length < 2) return;
    let live = true;
    const timer = setTimeout(() => {
      request(SEARCH_ORGANISATIONS, { text: query, asOf, limit: 15 })
        .then((data) => {
          if (!live) return;
          const found = data.searchOrganisations.map((h) => h.organisation).filter((o) => o.key !== exclude);
          setHits(found);
          setStatus(t('editing.search.found', { count: found.length }));
          if (found.length > 0 && !found.some((o) => o.key === value)) onChange(found[0]!.key, found[0]!);
        })
        .catch((e: unknown) => live && setStatus(t('editing.search.failed', { message: e instanceof Error ? e.message : String(e) })));
    }, SEARCH_DELAY_MS);
    return () => {
      live = false;
      clearTimeout(timer);
    };
    // onChange and value are read when results arrive; a new search only follows new text
  }, [text, asOf, exclude]);

  const options = hits;
  return (
    <div className="org-picker">
      <div className="field edit-field">
        <label htmlFor={`${id}-search`}>{searchLabel}</label>
        <input
          id={`${id}-search`}
          type="search"
          value={text}
          autoComplete="off"
          aria-describedby={`${id}-search-status`}
          onChange={(e) => setText(e.target.value)}
        />
        <p id={`${id}-search-status`} className="field-hint" aria-live="polite">
          {status}
        </p>
      </div>
      <Field id={id} name={name} label={label} error={error} required={required ?? false}>
        {(control) => (
          <select
            {...control}
            value={value}
            onChange={(e) => {
              const key = e.target.value;
              onChange(key, options.find((o) => o.key === key) ?? null);
            }}
          >
            <option value="">{options.length ? t('editing.choose') : t('editing.search.first')}</option>
            {options.map((o) => (
              <option key={o.key} value={o.key}>
                {pickName(o.name, o.nameCy)}
              </option>
            ))}
          </select>
        )}
      </Field>
    </div>
  );
}
