/**
 * Choose CSV/XLSX files, say what a CSV holds when its name does not, then "check only" (a dry
 * run) or "import". Everything is checked before anything is written; the outcome lists every
 * problem by file, row and column, or the counts.
 */
import { useEffect, useRef, useState, type ChangeEvent } from 'react';
import { ApiError } from '../../api/client.ts';
import { IMPORT_KINDS, ImportJobLost, ImportRefused, runImport, UploadFailed, type ChosenFile, type ImportJob, type ImportKind, type ImportStage } from '../../api/data.ts';
import { useI18n } from '../../i18n/i18n.tsx';
import { ImportProgress } from './ImportProgress.tsx';
import { ImportReport } from './ImportReport.tsx';
import { ACCEPT, formatBytes, isXlsxName, kindFromName } from './kinds.ts';

type Outcome = { job: ImportJob } | { error: string; fieldErrors: { field: string; message: string }[] };

export function ImportForm() {
  const { t, lang } = useI18n();
  const locale = lang === 'cy' ? 'cy-GB' : 'en-GB';
  const input = useRef<HTMLInputElement>(null);
  const [files, setFiles] = useState<ChosenFile[]>([]);
  const [reason, setReason] = useState('');
  const [running, setRunning] = useState<{ dryRun: boolean } | null>(null);
  const [stage, setStage] = useState<ImportStage | null>(null);
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const [noFiles, setNoFiles] = useState(false);
  const abort = useRef<AbortController | null>(null);
  useEffect(() => () => abort.current?.abort(), []);

  const choose = (e: ChangeEvent<HTMLInputElement>) => {
    setFiles([...(e.target.files ?? [])].map((file) => ({ file, kind: null })));
    setNoFiles(false);
    setOutcome(null);
  };

  const start = async (dryRun: boolean) => {
    if (files.length === 0) {
      setNoFiles(true);
      input.current?.focus();
      return;
    }
    const controller = new AbortController();
    abort.current = controller;
    setRunning({ dryRun });
    setOutcome(null);
    setStage(null);
    try {
      const job = await runImport(files, { dryRun, reason: reason.trim() || null }, setStage, controller.signal);
      setOutcome({ job });
    } catch (e) {
      if (controller.signal.aborted) return;
      if (e instanceof ImportRefused) {
        const fieldErrors = (e.error.fieldErrors ?? []).map((f) => ({ field: f.path.join('.'), message: f.message }));
        setOutcome({ error: t('data.error.refused', { message: e.error.message }), fieldErrors });
      } else if (e instanceof UploadFailed) {
        setOutcome({ error: t('data.error.upload'), fieldErrors: [] });
      } else if (e instanceof ImportJobLost) {
        setOutcome({ error: t('data.error.lost'), fieldErrors: [] });
      } else {
        setOutcome({ error: t('data.error.api', { message: e instanceof ApiError || e instanceof Error ? e.message : String(e) }), fieldErrors: [] });
      }
    } finally {
      if (!controller.signal.aborted) {
        setRunning(null);
        setStage(null);
      }
    }
  };

  const fileErrors = outcome && 'fieldErrors' in outcome ? outcome.fieldErrors.filter((f) => f.field.startsWith('files')) : [];
  const filesInvalid = noFiles || fileErrors.length > 0;
  const describedBy = ['import-files-hint', ...(noFiles ? ['import-files-missing'] : []), ...(fileErrors.length ? ['import-files-error'] : [])].join(' ');

  return (
    <section className="section import-section" aria-labelledby="import-title">
      <h2 id="import-title">{t('data.import.title')}</h2>
      <form className="form import-form" onSubmit={(e) => e.preventDefault()} aria-labelledby="import-title">
        <div className="field">
          <label htmlFor="import-files">{t('data.import.files')}</label>
          <input
            ref={input}
            id="import-files"
            name="files"
            type="file"
            multiple
            accept={ACCEPT}
            onChange={choose}
            disabled={running !== null}
            aria-invalid={filesInvalid || undefined}
            aria-describedby={describedBy}
          />
          <p id="import-files-hint" className="muted small">
            {t('data.import.filesHint')}
          </p>
          {noFiles && (
            <p id="import-files-missing" className="field-error" role="alert">
              {t('data.import.noFiles')}
            </p>
          )}
          {fileErrors.length > 0 && (
            <p id="import-files-error" className="field-error" role="alert">
              {fileErrors.map((f) => f.message).join('; ')}
            </p>
          )}
        </div>
        {files.length > 0 && (
          <div className="table-scroll import-table" tabIndex={0} role="region" aria-labelledby="chosen-caption">
            <table className="data-table" data-testid="chosen-files">
              <caption id="chosen-caption">{t('data.import.chosen', { count: files.length })}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('data.problems.file')}</th>
                  <th scope="col" className="num">
                    {t('data.import.size')}
                  </th>
                  <th scope="col">{t('data.import.holds')}</th>
                </tr>
              </thead>
              <tbody>
                {files.map((chosen, i) => {
                  const xlsx = isXlsxName(chosen.file.name);
                  const fromName = kindFromName(chosen.file.name);
                  return (
                    <tr key={`${chosen.file.name}-${i}`}>
                      <th scope="row">{chosen.file.name}</th>
                      <td className="num">{formatBytes(chosen.file.size, locale)}</td>
                      <td>
                        {xlsx ? (
                          t('data.import.sheets')
                        ) : (
                          <select
                            aria-label={t('data.import.holdsFor', { file: chosen.file.name })}
                            value={chosen.kind ?? ''}
                            disabled={running !== null}
                            onChange={(e) => setFiles(files.map((f, j) => (j === i ? { ...f, kind: (e.target.value || null) as ImportKind | null } : f)))}
                          >
                            <option value="">{fromName ? t('data.import.fromName', { kind: t(`data.kind.${fromName}`) }) : t('data.import.fromNameUnknown')}</option>
                            {IMPORT_KINDS.map((k) => (
                              <option key={k} value={k}>
                                {t(`data.kind.${k}`)}
                              </option>
                            ))}
                          </select>
                        )}
                      </td>
                    </tr>
                  );
                })}
              </tbody>
            </table>
          </div>
        )}
        <div className="field">
          <label htmlFor="import-reason">{t('data.import.reason')}</label>
          <input id="import-reason" type="text" value={reason} maxLength={500} onChange={(e) => setReason(e.target.value)} disabled={running !== null} aria-describedby="import-reason-hint" />
          <p id="import-reason-hint" className="muted small">
            {t('data.import.reasonHint')}
          </p>
        </div>
        <div className="import-actions">
          <button type="button" className="button button-secondary" onClick={() => void start(true)} disabled={running !== null} data-testid="import-check">
            {t('data.import.check')}
          </button>
          <button type="button" className="button" onClick={() => void start(false)} disabled={running !== null} data-testid="import-run">
            {t('data.import.run')}
          </button>
        </div>
      </form>
      {running && <ImportProgress stage={stage ?? { stage: 'upload', sent: 0, total: files.reduce((n, f) => n + f.file.size, 0) }} dryRun={running.dryRun} />}
      {outcome && 'job' in outcome && <ImportReport job={outcome.job} />}
      {outcome && 'error' in outcome && (
        <div className="notice notice-error" role="alert" data-testid="import-error">
          <p>{outcome.error}</p>
          <p>{t('data.result.nothing')}</p>
        </div>
      )}
    </section>
  );
}
