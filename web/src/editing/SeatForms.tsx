/**
 * The two seat forms of the representation map: "Fill seat" (an organisation, then one of its
 * people, from a date) and "Log report-back" (date and summary, by whoever held the seat).
 */
import { useState } from 'react';
import { FILL_SEAT, LOG_REPORT_BACK, ORGANISATION_PEOPLE } from '../api/editing.ts';
import type { RepresentationSeat } from '../api/representation.ts';
import { useQuery } from '../api/use-query.ts';
import { useI18n } from '../i18n/i18n.tsx';
import { todayIso } from './dates.ts';
import { EditForm } from './EditForm.tsx';
import { Field } from './Field.tsx';
import { fieldMapper } from './field-errors.ts';
import { OrganisationPicker } from './OrganisationPicker.tsx';
import { useEditForm } from './use-edit-form.ts';

export interface SeatFormProps {
  seat: RepresentationSeat;
  /** the seat's body, for the heading */
  bodyName: string;
  asOf: string | null;
  /** saved: the success message to announce */
  onDone: (message: string) => void;
  onCancel: () => void;
}

const FILL_FIELDS = ['organisation', 'person', 'since', 'reason'] as const;
const fillFieldFor = fieldMapper(FILL_FIELDS, { personKey: 'person', personId: 'person' });

/** The day a change takes effect: the viewed date when one is chosen, else today. */
function defaultDay(asOf: string | null): string {
  return asOf ?? todayIso();
}

export function FillSeatForm({ seat, bodyName, asOf, onDone, onCancel }: SeatFormProps) {
  const { t, name } = useI18n();
  const form = useEditForm();
  const initialOrg = seat.onBehalfOf ?? seat.holder?.organisation ?? null;
  const [organisation, setOrganisation] = useState(initialOrg?.key ?? '');
  const [person, setPerson] = useState('');
  const [since, setSince] = useState(defaultDay(asOf));
  const [reason, setReason] = useState('');
  const people = useQuery(ORGANISATION_PEOPLE, { organisationKey: organisation, asOf: since || asOf, first: 200 }, { skip: !organisation });
  const options = people.data?.people.edges.map((e) => e.node) ?? [];
  const id = `fill-${seat.key}`;
  const err = (f: (typeof FILL_FIELDS)[number]) => form.errors.fields[f];

  const save = async () => {
    const chosen = options.find((p) => p.key === person);
    const filled = await form.submit(
      FILL_SEAT,
      { seatKey: seat.key, personKey: person, since: since || null, version: seat.version, reason: reason.trim() || null },
      (d) => d.fillSeat,
      fillFieldFor,
    );
    if (filled) onDone(t('editing.seat.filled', { person: filled.holder?.name ?? chosen?.name ?? person, body: bodyName, date: filled.holderSince ?? since }));
  };

  return (
    <EditForm
      title={t('editing.seat.fillTitle', { body: bodyName })}
      level={4}
      errors={form.errors}
      busy={form.busy}
      submitLabel={t('editing.seat.fillSubmit')}
      onSubmit={() => void save()}
      onCancel={onCancel}
      testId="fill-seat-form"
    >
      <OrganisationPicker
        id={`${id}-organisation`}
        name="organisation"
        label={t('editing.seat.organisation')}
        searchLabel={t('editing.search.label')}
        value={organisation}
        initial={initialOrg ? [{ key: initialOrg.key, name: initialOrg.name, nameCy: initialOrg.nameCy, kind: '' }] : []}
        asOf={asOf}
        error={err('organisation')}
        onChange={(key) => {
          setOrganisation(key);
          setPerson('');
        }}
      />
      <Field id={`${id}-person`} name="person" label={t('editing.seat.person')} hint={people.loading ? t('app.loading') : undefined} error={err('person')} required>
        {(c) => (
          <select {...c} value={person} onChange={(e) => setPerson(e.target.value)}>
            <option value="">{organisation && !people.loading && options.length === 0 ? t('editing.seat.noPeople') : t('editing.choose')}</option>
            {options.map((p) => (
              <option key={p.key} value={p.key}>
                {p.name === p.role ? p.role : `${p.name} (${p.role})`}
              </option>
            ))}
          </select>
        )}
      </Field>
      <Field id={`${id}-since`} name="since" label={t('editing.seat.since')} error={err('since')}>
        {(c) => <input {...c} type="date" value={since} onChange={(e) => setSince(e.target.value)} />}
      </Field>
      <Field id={`${id}-reason`} name="reason" label={t('editing.reason')} hint={t('editing.reasonHint')} error={err('reason')}>
        {(c) => <input {...c} type="text" value={reason} onChange={(e) => setReason(e.target.value)} />}
      </Field>
      {initialOrg && <p className="muted small">{t('editing.seat.onBehalfOf', { organisation: name(initialOrg.name, initialOrg.nameCy) })}</p>}
    </EditForm>
  );
}

const REPORT_FIELDS = ['date', 'summary', 'reason'] as const;
const reportFieldFor = fieldMapper(REPORT_FIELDS);

export function LogReportBackForm({ seat, bodyName, asOf, onDone, onCancel }: SeatFormProps) {
  const { t, date: longDate } = useI18n();
  const form = useEditForm();
  const [date, setDate] = useState(defaultDay(asOf));
  const [summary, setSummary] = useState('');
  const [reason, setReason] = useState('');
  const id = `report-${seat.key}`;
  const err = (f: (typeof REPORT_FIELDS)[number]) => form.errors.fields[f];

  const save = async () => {
    const logged = await form.submit(
      LOG_REPORT_BACK,
      { seatKey: seat.key, date, summary, reason: reason.trim() || null },
      (d) => d.logReportBack,
      reportFieldFor,
    );
    if (logged) onDone(t('editing.report.logged', { body: bodyName, date: longDate(logged.date) }));
  };

  return (
    <EditForm
      title={t('editing.report.title', { body: bodyName })}
      level={4}
      intro={seat.holder ? t('editing.report.by', { person: seat.holder.name }) : t('editing.report.vacant')}
      errors={form.errors}
      busy={form.busy}
      submitLabel={t('editing.report.submit')}
      onSubmit={() => void save()}
      onCancel={onCancel}
      testId="report-back-form"
    >
      <Field id={`${id}-date`} name="date" label={t('editing.report.date')} error={err('date')} required>
        {(c) => <input {...c} type="date" value={date} onChange={(e) => setDate(e.target.value)} />}
      </Field>
      <Field id={`${id}-summary`} name="summary" label={t('editing.report.summary')} hint={t('editing.report.summaryHint')} error={err('summary')} required>
        {(c) => <textarea {...c} rows={3} value={summary} onChange={(e) => setSummary(e.target.value)} />}
      </Field>
      <Field id={`${id}-reason`} name="reason" label={t('editing.reason')} hint={t('editing.reasonHint')} error={err('reason')}>
        {(c) => <input {...c} type="text" value={reason} onChange={(e) => setReason(e.target.value)} />}
      </Field>
    </EditForm>
  );
}
