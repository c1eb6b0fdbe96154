/**
 * The details `brokerIntroduction` takes: the broker (a person: accounts are not people, so the user
 * picks who is recorded, defaulting to whoever brokers most in the area), the introducing
 * organisation from the path, a note, whether they were already introduced, and the suggestion's
 * evidence. The API's errors show next to their field, the rest next to the button.
 */
import { useEffect, useId, useMemo, useRef, useState } from 'react';
import { BROKER_INTRODUCTION, BROKER_PEOPLE_QUERY, type BrokerPerson, type IntroductionStatus } from '../../api/introductions.ts';
import { homeArea, type OrganisationSummary, type Suggestion } from '../../api/suggestions.ts';
import { useQuery } from '../../api/use-query.ts';
import type { SignedInUser } from '../../auth/session.ts';
import { InlineError, inlineAria } from '../../editing/Field.tsx';
import { fieldMapper } from '../../editing/field-errors.ts';
import { useEditForm } from '../../editing/use-edit-form.ts';
import { useI18n } from '../../i18n/i18n.tsx';
import { suggestionEvidence } from './evidence.ts';

export interface BrokerFormProps {
  focal: OrganisationSummary;
  suggestion: Suggestion;
  user: SignedInUser;
  onCancel: () => void;
  onDone: (introduction: { key: string; status: IntroductionStatus }) => void;
}

// the fields as the API's validation names them
const fieldFor = fieldMapper(['brokerId', 'introducerId', 'note']);

/** Waits until typing pauses before searching. */
function useDebounced<T>(value: T, ms: number): T {
  const [debounced, setDebounced] = useState(value);
  useEffect(() => {
    const timer = setTimeout(() => setDebounced(value), ms);
    return () => clearTimeout(timer);
  }, [value, ms]);
  return debounced;
}

/** Brokers already seen in the area first, most frequent first; then the search's matches. */
function brokerOptions(data: typeof BROKER_PEOPLE_QUERY.__data): { known: BrokerPerson[]; others: BrokerPerson[] } {
  const counts = new Map<string, { person: BrokerPerson; count: number }>();
  for (const { node } of data?.introductions.edges ?? []) {
    if (!node.broker) continue;
    const entry = counts.get(node.broker.key) ?? { person: node.broker, count: 0 };
    entry.count++;
    counts.set(node.broker.key, entry);
  }
  const known = [...counts.values()].sort((a, b) => b.count - a.count || a.person.key.localeCompare(b.person.key)).map((e) => e.person);
  const others = (data?.people.edges ?? []).map((e) => e.node).filter((p) => !counts.has(p.key));
  return { known, others };
}

export function BrokerForm({ focal, suggestion, user, onCancel, onDone }: BrokerFormProps) {
  const { t, name } = useI18n();
  const id = useId();
  const [search, setSearch] = useState('');
  const text = useDebounced(search.trim(), 300);
  const areaKey = user.areaScopes[0] ?? homeArea(focal);
  const people = useQuery(BROKER_PEOPLE_QUERY, { areaKey, text: text || null });
  const { known, others } = useMemo(() => brokerOptions(people.data), [people.data]);
  const organisationIntroducers = (suggestion.introducerPath?.introducers ?? []).filter(
    (s) => s.label === 'Organisation' && s.key !== focal.key && s.key !== suggestion.organisationKey,
  );

  const [brokerKey, setBrokerKey] = useState('');
  const [introducerKey, setIntroducerKey] = useState(organisationIntroducers[0]?.key ?? '');
  const [note, setNote] = useState('');
  const [alreadyIntroduced, setAlreadyIntroduced] = useState(false);
  const form = useEditForm();
  const firstField = useRef<HTMLSelectElement>(null);

  useEffect(() => firstField.current?.focus(), []);
  // the most frequent broker in the area is the default, once known
  useEffect(() => {
    if (!brokerKey && known[0]) setBrokerKey(known[0].key);
  }, [known, brokerKey]);

  const personLabel = (p: BrokerPerson) => {
    const org = p.organisation ? name(p.organisation.name, p.organisation.nameCy) : null;
    return [p.name, p.name !== p.role ? p.role : null, org].filter(Boolean).join(' · ');
  };

  const { brokerId: brokerError, introducerId: introducerError, note: noteError } = form.errors.fields;

  const submit = async () => {
    // a broker is required: say so here rather than make the round trip
    if (!brokerKey) {
      form.setErrors({ fields: { brokerId: t('brokering.broker.brokerRequired') }, form: null });
      firstField.current?.focus();
      return;
    }
    const introduction = await form.submit(
      BROKER_INTRODUCTION,
      {
        organisationKeys: [focal.key, suggestion.organisationKey],
        brokerKey,
        introducerKey: introducerKey || null,
        note: note.trim() || null,
        suggestionEvidence: suggestionEvidence(suggestion, focal),
        status: alreadyIntroduced ? 'introduced' : 'suggested',
      },
      (d) => d.brokerIntroduction,
      fieldFor,
    );
    if (introduction) onDone(introduction);
  };

  return (
    <form
      className="form broker-form"
      aria-labelledby={`${id}-title`}
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        void submit();
      }}
      data-testid="broker-form"
    >
      <h4 id={`${id}-title`}>
        {t('brokering.broker.title', { a: name(focal.name, focal.nameCy), b: name(suggestion.organisation.name, suggestion.organisation.nameCy) })}
      </h4>
      <div className="field">
        <label htmlFor={`${id}-broker`}>{t('brokering.broker.broker')}</label>
        <select
          id={`${id}-broker`}
          ref={firstField}
          value={brokerKey}
          required
          {...inlineAria(`${id}-broker`, brokerError, `${id}-broker-hint`)}
          onChange={(e) => setBrokerKey(e.target.value)}
          data-testid="broker-person"
        >
          <option value="">{t('brokering.broker.choosePerson')}</option>
          {known.length > 0 && (
            <optgroup label={t('brokering.broker.knownBrokers')}>
              {known.map((p) => (
                <option key={p.key} value={p.key}>
                  {personLabel(p)}
                </option>
              ))}
            </optgroup>
          )}
          {others.length > 0 && (
            <optgroup label={t('brokering.broker.otherPeople')}>
              {others.map((p) => (
                <option key={p.key} value={p.key}>
                  {personLabel(p)}
                </option>
              ))}
            </optgroup>
          )}
        </select>
        <p id={`${id}-broker-hint`} className="small muted">
          {t('brokering.broker.brokerHint')}
        </p>
        <InlineError controlId={`${id}-broker`} error={brokerError} />
      </div>
      <div className="field">
        <label htmlFor={`${id}-find`}>{t('brokering.broker.findPerson')}</label>
        <input id={`${id}-find`} type="search" value={search} autoComplete="off" onChange={(e) => setSearch(e.target.value)} />
        <p className="small muted" role="status" aria-live="polite">
          {people.loading ? t('app.loading') : people.data ? t('brokering.broker.peopleFound', { count: others.length + known.length }) : ''}
        </p>
      </div>
      <div className="field">
        <label htmlFor={`${id}-introducer`}>{t('brokering.broker.introducer')}</label>
        <select
          id={`${id}-introducer`}
          value={introducerKey}
          {...inlineAria(`${id}-introducer`, introducerError)}
          onChange={(e) => setIntroducerKey(e.target.value)}
        >
          <option value="">{t('brokering.broker.noIntroducer')}</option>
          {organisationIntroducers.map((s) => (
            <option key={s.key} value={s.key}>
              {name(s.name, s.nameCy)}
            </option>
          ))}
        </select>
        <InlineError controlId={`${id}-introducer`} error={introducerError} />
      </div>
      <div className="field">
        <label htmlFor={`${id}-note`}>{t('brokering.broker.note')}</label>
        <textarea
          id={`${id}-note`}
          rows={2}
          value={note}
          maxLength={5000}
          {...inlineAria(`${id}-note`, noteError)}
          onChange={(e) => setNote(e.target.value)}
        />
        <InlineError controlId={`${id}-note`} error={noteError} />
      </div>
      <label className="checkbox">
        <input type="checkbox" checked={alreadyIntroduced} onChange={(e) => setAlreadyIntroduced(e.target.checked)} />
        {t('brokering.broker.alreadyIntroduced')}
      </label>
      <p className="small muted">{t('brokering.broker.evidenceNote')}</p>
      <div className="form-actions">
        <button type="submit" className="button" disabled={form.busy} data-testid="broker-submit">
          {t('brokering.broker.submit')}
        </button>
        <button type="button" className="button button-secondary" onClick={onCancel}>
          {t('brokering.broker.cancel')}
        </button>
      </div>
      {form.errors.form && (
        <p className="form-error" role="alert" data-testid="broker-error">
          {form.errors.form}
        </p>
      )}
    </form>
  );
}
