/**
 * "Add organisation": a button that opens a modal dialog with the organisation form. Offered to
 * coordinators, CVC staff and admins; the areas offered are those the account may write in.
 */
import { useEffect, useRef, useState } from 'react';
import { ORGANISATION_KINDS, useAppData, useNames } from '../api/app-data.tsx';
import { CREATE_ORGANISATION } from '../api/editing.ts';
import { useSignedInUser } from '../auth/SignInForm.tsx';
import { useEnumLabel, useI18n } from '../i18n/i18n.tsx';
import { EditForm, SuccessStatus } from './EditForm.tsx';
import { Field, FieldGroup } from './Field.tsx';
import { fieldMapper } from './field-errors.ts';
import { usePermission, useScope } from './permissions.ts';
import { SignInToEdit } from './SignInToEdit.tsx';
import { useEditForm } from './use-edit-form.ts';

const FIELDS = ['key', 'name', 'nameCy', 'kind', 'sector', 'area', 'themes', 'website', 'charityNumber', 'since'] as const;
/** the API's names for these fields (service names in ValidationError paths, input names in variable errors) */
const ALIASES = { id: 'key', sectorId: 'sector', sectorKey: 'sector', areaIds: 'area', areaKeys: 'area', themeIds: 'themes', themeKeys: 'themes' };
const fieldFor = fieldMapper(FIELDS, ALIASES);

/** "Penarth Food Hub" -> "org-penarth-food-hub": a readable stable key, editable before saving. */
export function keyFromName(name: string): string {
  const slug = name
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  return slug ? `org-${slug}` : '';
}

interface Values {
  key: string;
  name: string;
  nameCy: string;
  kind: string;
  sector: string;
  area: string;
  themes: string[];
  website: string;
  charityNumber: string;
  since: string;
}

function OrganisationForm({ onDone, onCancel }: { onDone: (key: string, name: string) => void; onCancel: () => void }) {
  const { t, name: pickName } = useI18n();
  const enumLabel = useEnumLabel();
  const names = useNames();
  const { reference } = useAppData();
  const user = useSignedInUser();
  const scope = useScope(user);
  const form = useEditForm();
  const areas = (reference?.areas ?? []).filter((a) => a.level !== 'community' && scope.covers(a.key));
  const defaultArea = user?.areaScopes.find((k) => areas.some((a) => a.key === k)) ?? areas[0]?.key ?? '';
  const [keyEdited, setKeyEdited] = useState(false);
  const [v, setV] = useState<Values>({ key: '', name: '', nameCy: '', kind: 'tso', sector: '', area: '', themes: [], website: '', charityNumber: '', since: '' });
  const area = v.area || defaultArea;
  const set = <K extends keyof Values>(field: K, value: Values[K]) => setV((old) => ({ ...old, [field]: value }));
  const err = (field: (typeof FIELDS)[number]) => form.errors.fields[field];

  const save = async () => {
    const created = await form.submit(
      CREATE_ORGANISATION,
      {
        input: {
          key: v.key.trim(),
          name: v.name,
          nameCy: v.nameCy.trim() || null,
          kind: v.kind,
          sectorKey: v.sector,
          website: v.website.trim() || null,
          charityNumber: v.charityNumber.trim() || null,
          since: v.since || null,
          areaKeys: area ? [area] : [],
          themeKeys: v.themes,
        },
      },
      (d) => d.createOrganisation,
      fieldFor,
    );
    if (created) onDone(created.key, pickName(created.name, created.nameCy));
  };

  return (
    <EditForm
      title={t('editing.org.title')}
      level={2}
      intro={t('editing.org.intro')}
      errors={form.errors}
      busy={form.busy}
      submitLabel={t('editing.org.submit')}
      onSubmit={() => void save()}
      onCancel={onCancel}
      testId="add-organisation-form"
    >
      <div className="edit-grid">
        <Field id="new-org-name" name="name" label={t('editing.org.name')} error={err('name')} required>
          {(c) => (
            <input
              {...c}
              type="text"
              value={v.name}
              onChange={(e) => {
                const name = e.target.value;
                setV((old) => ({ ...old, name, key: keyEdited ? old.key : keyFromName(name) }));
              }}
            />
          )}
        </Field>
        <Field id="new-org-name-cy" name="nameCy" label={t('editing.org.nameCy')} error={err('nameCy')}>
          {(c) => <input {...c} type="text" lang="cy" value={v.nameCy} onChange={(e) => set('nameCy', e.target.value)} />}
        </Field>
        <Field id="new-org-key" name="key" label={t('editing.org.key')} hint={t('editing.org.keyHint')} error={err('key')} required>
          {(c) => (
            <input
              {...c}
              type="text"
              value={v.key}
              spellCheck={false}
              onChange={(e) => {
                setKeyEdited(true);
                set('key', e.target.value);
              }}
            />
          )}
        </Field>
        <Field id="new-org-kind" name="kind" label={t('editing.org.kind')} error={err('kind')} required>
          {(c) => (
            <select {...c} value={v.kind} onChange={(e) => set('kind', e.target.value)}>
              {ORGANISATION_KINDS.map((k) => (
                <option key={k} value={k}>
                  {enumLabel('kind', k)}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field id="new-org-sector" name="sector" label={t('editing.org.sector')} error={err('sector')} required>
          {(c) => (
            <select {...c} value={v.sector} onChange={(e) => set('sector', e.target.value)}>
              <option value="">{t('editing.choose')}</option>
              {(reference?.sectors ?? []).map((s) => (
                <option key={s.key} value={s.key}>
                  {names.sector(s.key)}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field id="new-org-area" name="area" label={t('editing.org.area')} hint={t('editing.org.areaHint')} error={err('area')} required>
          {(c) => (
            <select {...c} value={area} onChange={(e) => set('area', e.target.value)}>
              {areas.length === 0 && <option value="">{t('editing.org.noArea')}</option>}
              {areas.map((a) => (
                <option key={a.key} value={a.key}>
                  {names.area(a.key)}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field id="new-org-website" name="website" label={t('editing.org.website')} hint={t('editing.org.websiteHint')} error={err('website')}>
          {(c) => <input {...c} type="url" inputMode="url" value={v.website} onChange={(e) => set('website', e.target.value)} />}
        </Field>
        <Field id="new-org-charity" name="charityNumber" label={t('editing.org.charityNumber')} error={err('charityNumber')}>
          {(c) => <input {...c} type="text" inputMode="numeric" value={v.charityNumber} onChange={(e) => set('charityNumber', e.target.value)} />}
        </Field>
        <Field id="new-org-since" name="since" label={t('editing.org.since')} error={err('since')}>
          {(c) => <input {...c} type="date" value={v.since} onChange={(e) => set('since', e.target.value)} />}
        </Field>
      </div>
      <FieldGroup id="new-org-themes" name="themes" legend={t('editing.org.themes')} error={err('themes')}>
        <ul className="edit-checkboxes">
          {(reference?.themes ?? []).map((theme) => (
            <li key={theme.key}>
              <label>
                <input
                  type="checkbox"
                  checked={v.themes.includes(theme.key)}
                  onChange={(e) => set('themes', e.target.checked ? [...v.themes, theme.key] : v.themes.filter((k) => k !== theme.key))}
                />{' '}
                {theme.code ? `${theme.code} ` : ''}
                {pickName(theme.name, theme.nameCy)}
              </label>
            </li>
          ))}
        </ul>
      </FieldGroup>
    </EditForm>
  );
}

export function AddOrganisation({ onCreated }: { onCreated: (key: string) => void }) {
  const { t } = useI18n();
  const user = useSignedInUser();
  const permission = usePermission('createOrganisation', user?.role === 'admin' ? [] : (user?.areaScopes ?? []));
  const [open, setOpen] = useState(false);
  const [success, setSuccess] = useState<string | null>(null);
  const dialogRef = useRef<HTMLDialogElement>(null);
  const buttonRef = useRef<HTMLButtonElement>(null);

  useEffect(() => {
    const dialog = dialogRef.current;
    if (!dialog) return;
    if (open && !dialog.open) dialog.showModal();
    if (!open && dialog.open) dialog.close();
  }, [open]);

  const close = () => {
    setOpen(false);
    buttonRef.current?.focus();
  };

  if (permission === 'unavailable') return null;
  if (permission !== 'allowed') return <SignInToEdit permission={permission} />;
  return (
    <div className="add-organisation">
      <button
        ref={buttonRef}
        type="button"
        className="button"
        aria-haspopup="dialog"
        onClick={() => {
          setSuccess(null);
          setOpen(true);
        }}
        data-testid="add-organisation"
      >
        {t('editing.org.open')}
      </button>
      <SuccessStatus message={success} testId="add-organisation-status" />
      <dialog
        ref={dialogRef}
        className="edit-dialog"
        aria-label={t('editing.org.title')}
        onCancel={(e) => {
          e.preventDefault();
          close();
        }}
      >
        {open && (
          <OrganisationForm
            onCancel={close}
            onDone={(key, name) => {
              close();
              setSuccess(t('editing.org.created', { name }));
              onCreated(key);
            }}
          />
        )}
      </dialog>
    </div>
  );
}
