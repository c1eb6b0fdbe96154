/** "Record a tie" on an organisation's card: partner (searched), kind, start date, trust and value. */
import { useRef, useState } from 'react';
import { RECORD_TIE } from '../api/editing.ts';
import { useEnumLabel, useI18n } from '../i18n/i18n.tsx';
import { EditForm, SuccessStatus } from './EditForm.tsx';
import { Field } from './Field.tsx';
import { fieldMapper } from './field-errors.ts';
import { OrganisationPicker } from './OrganisationPicker.tsx';
import { usePermission } from './permissions.ts';
import { SignInToEdit } from './SignInToEdit.tsx';
import { todayIso } from './dates.ts';
import { useEditForm } from './use-edit-form.ts';

export const TIE_KINDS = ['information_sharing', 'joint_delivery', 'referral', 'funding', 'co_location'] as const;
const RATINGS = [1, 2, 3, 4] as const;

const FIELDS = ['partner', 'kind', 'since', 'trust', 'value', 'note'] as const;
const fieldFor = fieldMapper(FIELDS, { targetId: 'partner', targetKey: 'partner' });

export interface RecordTieProps {
  organisation: { id: string; name: string; nameCy: string | null; areaIds: string[] };
  asOf: string | null;
  onRecorded: (tieKey: string, partnerKey: string) => void;
}

export function RecordTie({ organisation, asOf, onRecorded }: RecordTieProps) {
  const { t, name } = useI18n();
  const enumLabel = useEnumLabel();
  const permission = usePermission('recordTie', organisation.areaIds);
  const form = useEditForm();
  const [open, setOpen] = useState(false);
  const [partner, setPartner] = useState('');
  const [partnerName, setPartnerName] = useState('');
  const [kind, setKind] = useState<string>('information_sharing');
  const [since, setSince] = useState(asOf ?? todayIso());
  const [trust, setTrust] = useState('');
  const [value, setValue] = useState('');
  const [note, setNote] = useState('');
  const toggleRef = useRef<HTMLButtonElement>(null);
  const formId = `record-tie-${organisation.id}`;

  if (permission === 'unavailable') return null;
  if (permission !== 'allowed') return <SignInToEdit permission={permission} />;

  const close = () => {
    setOpen(false);
    form.reset();
    toggleRef.current?.focus();
  };

  const save = async () => {
    const tie = await form.submit(
      RECORD_TIE,
      {
        input: {
          sourceKey: organisation.id,
          targetKey: partner,
          kind,
          since: since || null,
          trust: trust ? Number(trust) : null,
          value: value ? Number(value) : null,
          note: note.trim() || null,
        },
      },
      (d) => d.recordTie,
      fieldFor,
    );
    if (!tie) return;
    setOpen(false);
    form.setSuccess(t('editing.tie.recorded', { kind: enumLabel('tie', tie.kind), partner: partnerName || partner }));
    setPartner('');
    setNote('');
    toggleRef.current?.focus();
    onRecorded(tie.key, partner);
  };

  const err = (f: (typeof FIELDS)[number]) => form.errors.fields[f];
  return (
    <div className="record-tie">
      <button
        ref={toggleRef}
        type="button"
        className="button button-secondary"
        aria-expanded={open}
        aria-controls={open ? formId : undefined}
        onClick={() => (open ? close() : (form.reset(), setOpen(true)))}
        data-testid="record-tie-toggle"
      >
        {t('editing.tie.open')}
      </button>
      <SuccessStatus message={form.success} testId="record-tie-status" />
      {open && (
        <div id={formId} className="edit-panel">
          <EditForm
            title={t('editing.tie.title', { name: name(organisation.name, organisation.nameCy) })}
            level={4}
            errors={form.errors}
            busy={form.busy}
            submitLabel={t('editing.tie.submit')}
            onSubmit={() => void save()}
            onCancel={close}
            testId="record-tie-form"
          >
            <OrganisationPicker
              id={`${formId}-partner`}
              name="partner"
              label={t('editing.tie.partner')}
              searchLabel={t('editing.search.label')}
              value={partner}
              exclude={organisation.id}
              asOf={asOf}
              error={err('partner')}
              required
              onChange={(key, hit) => {
                setPartner(key);
                setPartnerName(hit ? name(hit.name, hit.nameCy) : '');
              }}
            />
            <Field id={`${formId}-kind`} name="kind" label={t('editing.tie.kind')} error={err('kind')} required>
              {(c) => (
                <select {...c} value={kind} onChange={(e) => setKind(e.target.value)}>
                  {TIE_KINDS.map((k) => (
                    <option key={k} value={k}>
                      {enumLabel('tie', k)}
                    </option>
                  ))}
                </select>
              )}
            </Field>
            <Field id={`${formId}-since`} name="since" label={t('editing.tie.since')} error={err('since')}>
              {(c) => <input {...c} type="date" value={since} onChange={(e) => setSince(e.target.value)} />}
            </Field>
            <div className="edit-row">
              <Field id={`${formId}-trust`} name="trust" label={t('editing.tie.trust')} hint={t('editing.tie.ratingHint')} error={err('trust')}>
                {(c) => (
                  <select {...c} value={trust} onChange={(e) => setTrust(e.target.value)}>
                    <option value="">{t('editing.tie.notRated')}</option>
                    {RATINGS.map((r) => (
                      <option key={r} value={r}>
                        {r}
                      </option>
                    ))}
                  </select>
                )}
              </Field>
              <Field id={`${formId}-value`} name="value" label={t('editing.tie.value')} hint={t('editing.tie.ratingHint')} error={err('value')}>
                {(c) => (
                  <select {...c} value={value} onChange={(e) => setValue(e.target.value)}>
                    <option value="">{t('editing.tie.notRated')}</option>
                    {RATINGS.map((r) => (
                      <option key={r} value={r}>
                        {r}
                      </option>
                    ))}
                  </select>
                )}
              </Field>
            </div>
            <Field id={`${formId}-note`} name="note" label={t('editing.tie.note')} error={err('note')}>
              {(c) => <textarea {...c} rows={2} value={note} onChange={(e) => setNote(e.target.value)} />}
            </Field>
          </EditForm>
        </div>
      )}
    </div>
  );
}
