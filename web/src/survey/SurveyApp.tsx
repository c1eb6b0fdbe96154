/**
 * The partner survey page: reads the private token from the link's fragment (#token=..., never sent
 * to the server in a URL), shows who is answering and the roster, and lets the respondent list
 * partners with kind, frequency, trust and value. Bilingual; keyboard-only friendly: every control
 * has a visible label, groups are fieldsets with legends, focus moves to what just appeared, errors
 * are summarised in an alert that takes focus, and the result is announced in a status region.
 */
import { useCallback, useEffect, useId, useRef, useState, type FormEvent } from 'react';
import { loadSurvey, submitSurvey, SurveyError, type AnswerInput, type SurveyForm } from './api.ts';
import { initialLang, STRINGS, type Lang, type SurveyStrings } from './strings.ts';

interface Entry {
  id: number;
  partnerKey: string | null;
  newPartner: { name: string; sectorKey: string } | null;
  kinds: string[];
  frequency: string;
  trust: number | null;
  value: number | null;
}

export function tokenFromLocation(loc: Location = window.location): string | null {
  const hash = new URLSearchParams(loc.hash.replace(/^#/, ''));
  const fromHash = hash.get('token');
  if (fromHash) return fromHash;
  const m = /\/survey\/([A-Za-z0-9_-]{20,})\/?$/.exec(loc.pathname);
  return m ? m[1]! : null;
}

let nextId = 1;

function entriesFrom(form: SurveyForm): Entry[] {
  return form.answers.map((a) => ({ id: nextId++, partnerKey: a.partnerKey, newPartner: null, kinds: a.kinds, frequency: a.frequency, trust: a.trust, value: a.value }));
}

export function SurveyApp() {
  const [lang, setLang] = useState<Lang>(initialLang);
  const s = STRINGS[lang] as SurveyStrings;
  const [token] = useState(() => tokenFromLocation());
  const [form, setForm] = useState<SurveyForm | null>(null);
  const [loadError, setLoadError] = useState<SurveyError | null>(null);
  const [entries, setEntries] = useState<Entry[]>([]);
  const [errors, setErrors] = useState<string[]>([]);
  const [status, setStatus] = useState('');
  const [busy, setBusy] = useState(false);
  const errorRef = useRef<HTMLDivElement>(null);
  const focusAfterAdd = useRef<number | null>(null);

  useEffect(() => {
    document.documentElement.lang = lang;
    document.title = `${STRINGS[lang].title} – Cyswllt`;
    try {
      localStorage.setItem('cyswllt.lang', lang);
    } catch {
      /* private mode */
    }
  }, [lang]);

  const load = useCallback(async () => {
    if (!token) return;
    try {
      const f = await loadSurvey(token);
      setForm(f);
      setEntries(entriesFrom(f));
    } catch (error) {
      setLoadError(error instanceof SurveyError ? error : new SurveyError(String(error), 'network'));
    }
  }, [token]);

  useEffect(() => {
    void load();
  }, [load]);

  useEffect(() => {
    if (errors.length) errorRef.current?.focus();
  }, [errors]);

  useEffect(() => {
    if (focusAfterAdd.current !== null) {
      document.getElementById(`partner-${focusAfterAdd.current}`)?.focus();
      focusAfterAdd.current = null;
    }
  }, [entries]);

  const name = (o: { name: string; nameCy: string | null } | undefined) => (o ? (lang === 'cy' && o.nameCy ? o.nameCy : o.name) : '');
  const entryName = (e: Entry) => (e.newPartner ? e.newPartner.name : name(form?.roster.find((o) => o.key === e.partnerKey)) || (e.partnerKey ?? ''));

  const add = (partial: Pick<Entry, 'partnerKey' | 'newPartner'>) => {
    const entry: Entry = { id: nextId++, ...partial, kinds: [], frequency: 'monthly', trust: null, value: null };
    focusAfterAdd.current = entry.id;
    setEntries((list) => [...list, entry]);
    setStatus('');
  };
  const update = (id: number, change: Partial<Entry>) => setEntries((list) => list.map((e) => (e.id === id ? { ...e, ...change } : e)));
  const remove = (id: number) => {
    setEntries((list) => list.filter((e) => e.id !== id));
    document.getElementById('add-partner-select')?.focus();
  };

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    if (!token || !form) return;
    const problems = entries.filter((e) => !e.kinds.length).map((e) => s.needKind(entryName(e)));
    setErrors(problems);
    if (problems.length) return;
    setBusy(true);
    setStatus(s.submitting);
    try {
      const answers: AnswerInput[] = entries.map((e) => ({
        ...(e.newPartner ? { newPartner: e.newPartner } : { partnerKey: e.partnerKey }),
        kinds: e.kinds,
        frequency: e.frequency,
        trust: e.trust,
        value: e.value,
      }));
      const result = await submitSurvey(token, answers);
      const fresh = await loadSurvey(token);
      setForm(fresh);
      setEntries(entriesFrom(fresh));
      setStatus(s.submitted(result.tieKeys.length));
    } catch (error) {
      setStatus('');
      setErrors([error instanceof SurveyError && error.code === 'forbidden' ? `${s.forbidden} ${error.message}` : error instanceof Error ? error.message : String(error)]);
    } finally {
      setBusy(false);
    }
  };

  const header = (
    <header className="survey-header">
      <span className="brand">Cyswllt</span>
      <button type="button" className="lang-toggle" lang={lang === 'en' ? 'cy' : 'en'} onClick={() => setLang(lang === 'en' ? 'cy' : 'en')}>
        {s.switchTo}
      </button>
    </header>
  );

  if (!token || loadError) {
    return (
      <>
        {header}
        <main id="main" className="survey">
          <h1>{s.title}</h1>
          <div role="alert" className="notice error" data-testid="survey-error">
            <p>{!token ? s.noToken : loadError!.code === 'forbidden' ? s.forbidden : s.networkError}</p>
            {loadError && <p>{loadError.message}</p>}
          </div>
        </main>
      </>
    );
  }
  if (!form) {
    return (
      <>
        {header}
        <main id="main" className="survey">
          <h1>{s.title}</h1>
          <p role="status">{s.loading}</p>
        </main>
      </>
    );
  }

  const chosen = new Set(entries.map((e) => e.partnerKey).filter(Boolean));
  const available = form.roster.filter((o) => !chosen.has(o.key));

  return (
    <>
      {header}
      <main id="main" className="survey" data-testid="survey-form" data-invitation={form.invitationKey}>
        <h1>
          {s.title}: {form.waveName}
        </h1>
        <dl className="facts">
          <div>
            <dt>{s.answeringFor}</dt>
            <dd data-testid="survey-organisation">{lang === 'cy' && form.organisationNameCy ? form.organisationNameCy : form.organisationName}</dd>
          </div>
          {form.networkName && (
            <div>
              <dt>{s.network}</dt>
              <dd>{lang === 'cy' && form.networkNameCy ? form.networkNameCy : form.networkName}</dd>
            </div>
          )}
          <div>
            <dt>{s.closesOn}</dt>
            <dd>
              <time dateTime={form.closesOn}>{new Intl.DateTimeFormat(lang === 'cy' ? 'cy-GB' : 'en-GB', { dateStyle: 'long', timeZone: 'UTC' }).format(new Date(`${form.closesOn}T00:00:00Z`))}</time>
            </dd>
          </div>
        </dl>
        <p>{s.intro}</p>
        <p className="hint">{s.privacy}</p>
        {form.respondedAt && <p className="notice">{s.previously}</p>}

        <form onSubmit={onSubmit} noValidate>
          {errors.length > 0 && (
            <div className="notice error" role="alert" tabIndex={-1} ref={errorRef} aria-labelledby="error-title" data-testid="survey-errors">
              <h2 id="error-title">{s.errorsTitle}</h2>
              <ul>
                {errors.map((e) => (
                  <li key={e}>{e}</li>
                ))}
              </ul>
            </div>
          )}

          <section aria-labelledby="partners-title">
            <h2 id="partners-title">{s.partners}</h2>
            {entries.length === 0 && <p>{s.noPartners}</p>}
            {entries.map((e) => (
              <PartnerCard key={e.id} entry={e} label={entryName(e)} isNew={Boolean(e.newPartner)} form={form} s={s} onChange={(c) => update(e.id, c)} onRemove={() => remove(e.id)} />
            ))}
          </section>

          <AddFromRoster s={s} options={available.map((o) => ({ key: o.key, label: name(o) }))} onAdd={(key) => add({ partnerKey: key, newPartner: null })} />
          <AddMissing
            s={s}
            sectors={form.sectors.map((x) => ({ key: x.key, label: name(x) }))}
            onAdd={(newName, sectorKey) => add({ partnerKey: null, newPartner: { name: newName, sectorKey } })}
          />

          <div className="actions">
            <button type="submit" className="primary" disabled={busy} data-testid="survey-submit">
              {busy ? s.submitting : s.submit}
            </button>
          </div>
          <p role="status" aria-live="polite" className="status" data-testid="survey-status">
            {status}
          </p>
        </form>
      </main>
    </>
  );
}

function RatingGroup(props: { legend: string; help: string; name: string; value: number | null; s: SurveyStrings; onChange: (v: number | null) => void }) {
  const helpId = useId();
  return (
    <fieldset className="rating" aria-describedby={helpId}>
      <legend>{props.legend}</legend>
      <p id={helpId} className="hint">
        {props.help}
      </p>
      <div className="options">
        {props.s.ratingNames.map((label, i) => (
          <label key={label}>
            <input type="radio" name={props.name} value={i + 1} checked={props.value === i + 1} onChange={() => props.onChange(i + 1)} /> {label}
          </label>
        ))}
        <label>
          <input type="radio" name={props.name} value="" checked={props.value === null} onChange={() => props.onChange(null)} /> {props.s.notSure}
        </label>
      </div>
    </fieldset>
  );
}

function PartnerCard(props: { entry: Entry; label: string; isNew: boolean; form: SurveyForm; s: SurveyStrings; onChange: (c: Partial<Entry>) => void; onRemove: () => void }) {
  const { entry: e, s } = props;
  const base = `p${e.id}`;
  return (
    <fieldset className="partner" data-testid="partner-card" data-partner={e.partnerKey ?? e.newPartner?.name ?? ''}>
      <legend>
        <span id={`partner-${e.id}`} tabIndex={-1} className="partner-name">
          {props.label}
        </span>
        {props.isNew && <span className="tag"> ({s.newOrg})</span>}
      </legend>
      <fieldset aria-describedby={`${base}-kinds-help`}>
        <legend>{s.kinds}</legend>
        <p id={`${base}-kinds-help`} className="hint">
          {s.kindsHelp}
        </p>
        <div className="options">
          {props.form.kinds.map((k) => (
            <label key={k}>
              <input
                type="checkbox"
                name={`${base}-kind`}
                value={k}
                checked={e.kinds.includes(k)}
                onChange={(ev) => props.onChange({ kinds: ev.target.checked ? [...e.kinds, k] : e.kinds.filter((x) => x !== k) })}
              />{' '}
              {s.kindNames[k] ?? k}
            </label>
          ))}
        </div>
      </fieldset>
      <div className="field">
        <label htmlFor={`${base}-frequency`}>{s.frequency}</label>
        <select id={`${base}-frequency`} value={e.frequency} onChange={(ev) => props.onChange({ frequency: ev.target.value })}>
          {props.form.frequencies.map((f) => (
            <option key={f} value={f}>
              {s.frequencyNames[f] ?? f}
            </option>
          ))}
        </select>
      </div>
      <RatingGroup legend={s.trust} help={s.ratingHelp} name={`${base}-trust`} value={e.trust} s={s} onChange={(v) => props.onChange({ trust: v })} />
      <RatingGroup legend={s.value} help={s.ratingHelp} name={`${base}-value`} value={e.value} s={s} onChange={(v) => props.onChange({ value: v })} />
      <button type="button" className="secondary" aria-label={s.removeLabel(props.label)} onClick={props.onRemove}>
        {s.remove}
      </button>
    </fieldset>
  );
}

function AddFromRoster(props: { s: SurveyStrings; options: { key: string; label: string }[]; onAdd: (key: string) => void }) {
  const [selected, setSelected] = useState('');
  const { s } = props;
  return (
    <section aria-labelledby="add-title" className="add">
      <h2 id="add-title">{s.addPartner}</h2>
      <div className="inline">
        <label htmlFor="add-partner-select" className="visually-hidden">
          {s.addPartner}
        </label>
        <select id="add-partner-select" value={selected} onChange={(e) => setSelected(e.target.value)}>
          <option value="">{s.choose}</option>
          {props.options.map((o) => (
            <option key={o.key} value={o.key}>
              {o.label}
            </option>
          ))}
        </select>
        <button
          type="button"
          className="secondary"
          data-testid="add-partner"
          onClick={() => {
            if (!selected) return;
            props.onAdd(selected);
            setSelected('');
          }}
          disabled={!selected}
        >
          {s.add}
        </button>
      </div>
    </section>
  );
}

function AddMissing(props: { s: SurveyStrings; sectors: { key: string; label: string }[]; onAdd: (name: string, sectorKey: string) => void }) {
  const { s } = props;
  const [newName, setNewName] = useState('');
  const [sector, setSector] = useState('');
  const [problem, setProblem] = useState('');
  return (
    <section aria-labelledby="missing-title" className="add">
      <h2 id="missing-title">{s.missing}</h2>
      <p className="hint" id="missing-help">
        {s.missingHelp}
      </p>
      <div className="field">
        <label htmlFor="missing-name">{s.orgName}</label>
        <input id="missing-name" type="text" autoComplete="organization" value={newName} onChange={(e) => setNewName(e.target.value)} aria-describedby="missing-help" aria-invalid={problem === s.needName || undefined} />
      </div>
      <div className="field">
        <label htmlFor="missing-sector">{s.sector}</label>
        <select id="missing-sector" value={sector} onChange={(e) => setSector(e.target.value)} aria-invalid={problem === s.needSector || undefined}>
          <option value="">{s.chooseSector}</option>
          {props.sectors.map((x) => (
            <option key={x.key} value={x.key}>
              {x.label}
            </option>
          ))}
        </select>
      </div>
      {problem && (
        <p role="alert" className="field-error">
          {problem}
        </p>
      )}
      <button
        type="button"
        className="secondary"
        onClick={() => {
          if (!newName.trim()) return setProblem(s.needName);
          if (!sector) return setProblem(s.needSector);
          setProblem('');
          props.onAdd(newName.trim(), sector);
          setNewName('');
          setSector('');
        }}
      >
        {s.addMissing}
      </button>
    </section>
  );
}
