/** What an import came to: every problem (file, row, column, message) and "nothing was imported", or the counts. */
import { useEffect, useRef } from 'react';
import type { ImportJob, ImportProblem } from '../../api/data.ts';
import { useI18n } from '../../i18n/i18n.tsx';

function ProblemTable({ problems, caption, testId }: { problems: ImportProblem[]; caption: string; testId: string }) {
  const { t, n } = useI18n();
  const captionId = `${testId}-caption`;
  return (
    <div className="table-scroll import-table" tabIndex={0} role="region" aria-labelledby={captionId}>
      <table className="data-table" data-testid={testId}>
        <caption id={captionId}>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{t('data.problems.file')}</th>
            <th scope="col" className="num">
              {t('data.problems.row')}
            </th>
            <th scope="col">{t('data.problems.column')}</th>
            <th scope="col">{t('data.problems.message')}</th>
          </tr>
        </thead>
        <tbody>
          {problems.map((p, i) => (
            <tr key={`${p.file}-${p.row ?? ''}-${p.column ?? ''}-${i}`} data-file={p.file} data-row={p.row ?? ''} data-column={p.column ?? ''}>
              <td>{p.file}</td>
              <td className="num">{p.row === null ? t('data.problems.wholeFile') : n(p.row)}</td>
              <td>{p.column ? <code>{p.column}</code> : '–'}</td>
              <td>{p.message}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

export function ImportReport({ job }: { job: ImportJob }) {
  const { t, n } = useI18n();
  const heading = useRef<HTMLHeadingElement>(null);
  // the outcome replaces the progress bar: take keyboard and screen-reader focus there
  useEffect(() => heading.current?.focus(), [job.id]);
  const result = job.result;

  if (job.state === 'FAILED' || !result) {
    return (
      <section className="import-report notice notice-error" aria-labelledby="import-outcome" data-testid="import-report" data-outcome="failed">
        <h2 id="import-outcome" tabIndex={-1} ref={heading}>
          {t('data.result.failedTitle')}
        </h2>
        <p role="alert">{t('data.result.failed', { message: job.error ?? '' })}</p>
      </section>
    );
  }

  if (!result.ok) {
    const more = result.problemCount - result.problems.length;
    return (
      <section className="import-report" aria-labelledby="import-outcome" data-testid="import-report" data-outcome="problems">
        <h2 id="import-outcome" tabIndex={-1} ref={heading}>
          {t('data.result.problemsTitle')}
        </h2>
        <p role="alert" className="form-error" data-testid="import-nothing">
          {t(result.dryRun ? 'data.result.problemsDry' : 'data.result.problems', { count: n(result.problemCount) })}
        </p>
        <ProblemTable problems={result.problems} caption={t('data.problems.caption', { count: n(result.problemCount) })} testId="import-problems" />
        {more > 0 && <p className="muted small">{t('data.problems.more', { count: n(more) })}</p>}
      </section>
    );
  }

  const total = (k: 'created' | 'updated' | 'unchanged') => result.counts.reduce((s, c) => s + c[k], 0);
  return (
    <section className="import-report" aria-labelledby="import-outcome" data-testid="import-report" data-outcome={result.dryRun ? 'checked' : 'imported'}>
      <h2 id="import-outcome" tabIndex={-1} ref={heading}>
        {t(result.dryRun ? 'data.result.checkedTitle' : 'data.result.importedTitle')}
      </h2>
      <p role="status">
        {t(result.dryRun ? 'data.result.checked' : 'data.result.imported', { rows: n(result.rows), created: n(total('created')), updated: n(total('updated')), unchanged: n(total('unchanged')) })}
      </p>
      <div className="table-scroll import-table" tabIndex={0} role="region" aria-labelledby="import-counts-caption">
        <table className="data-table" data-testid="import-counts">
          <caption id="import-counts-caption">{t(result.dryRun ? 'data.counts.captionDry' : 'data.counts.caption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('data.counts.kind')}</th>
              <th scope="col" className="num">
                {t('data.counts.created')}
              </th>
              <th scope="col" className="num">
                {t('data.counts.updated')}
              </th>
              <th scope="col" className="num">
                {t('data.counts.unchanged')}
              </th>
            </tr>
          </thead>
          <tbody>
            {result.counts.map((c) => (
              <tr key={c.kind} data-kind={c.kind} data-created={c.created} data-updated={c.updated} data-unchanged={c.unchanged}>
                <th scope="row">{t(`data.kind.${c.kind}`)}</th>
                <td className="num">{n(c.created)}</td>
                <td className="num">{n(c.updated)}</td>
                <td className="num">{n(c.unchanged)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {result.changeId && <p className="muted small">{t('data.result.change', { id: result.changeId })}</p>}
      {result.warnings.length > 0 && <ProblemTable problems={result.warnings} caption={t('data.warnings.caption')} testId="import-warnings" />}
    </section>
  );
}
