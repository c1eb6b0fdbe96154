/**
 * Getting data in and out (#/data?area=&sector=&kind=&asOf=): the import of CSV/XLSX files for
 * those the write policy allows (admins), a sign-in link for everyone else, and the same download
 * buttons as the dashboard for any filtered network as of a date.
 */
import { useMemo } from 'react';
import { useAppData } from '../../api/app-data.tsx';
import { missing } from '../../api/capabilities.ts';
import { IMPORT_KINDS, type ImportKind } from '../../api/data.ts';
import { useSignedInUser } from '../../auth/SignInForm.tsx';
import { NotAvailable } from '../../components/NotAvailable.tsx';
import { hrefFor, type ViewProps } from '../../components/router.ts';
import { ViewHeader } from '../../components/ViewHeader.tsx';
import { useI18n } from '../../i18n/i18n.tsx';
import { DashboardFilters } from '../dashboard/DashboardFilters.tsx';
import { ExportButtons } from '../dashboard/ExportButtons.tsx';
import { apiFilter, filterFromParams, filterToParams, todayIso } from '../dashboard/filter.ts';
import { ImportForm } from './ImportForm.tsx';
import { COLUMN_DOCS } from './column-docs.ts';
import { IMPORT_ROLES } from './kinds.ts';

function ColumnTable({ kind }: { kind: ImportKind }) {
  const { t } = useI18n();
  const columns = COLUMN_DOCS[kind] ?? [];
  const captionId = `columns-${kind}-caption`;
  return (
    <details className="column-docs">
      <summary>{t('data.kinds.columnsOf', { file: `${kind}.csv` })}</summary>
      <div className="table-scroll" tabIndex={0} role="region" aria-labelledby={captionId}>
        <table className="data-table" data-testid={`columns-${kind}`}>
          <caption id={captionId}>{t('data.kinds.columnsOf', { file: `${kind}.csv` })}</caption>
          <thead>
            <tr>
              <th scope="col">{t('data.kinds.column')}</th>
              <th scope="col">{t('data.kinds.isRequired')}</th>
              <th scope="col">{t('data.kinds.aliases')}</th>
              <th scope="col">{t('data.kinds.meaning')}</th>
            </tr>
          </thead>
          <tbody>
            {columns.map((c) => (
              <tr key={c.name} data-column={c.name} data-required={c.required}>
                <th scope="row">
                  <code>{c.name}</code>
                </th>
                <td>{c.required ? t('data.kinds.yes') : ''}</td>
                <td>
                  {c.aliases.map((a, i) => (
                    <span key={a}>
                      {i > 0 && ', '}
                      <code>{a}</code>
                    </span>
                  ))}
                </td>
                {/* the docs are in English: say so, so a screen reader reads them as English */}
                <td lang="en">{c.meaning}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </details>
  );
}

function FileKinds() {
  const { t } = useI18n();
  return (
    <details className="import-help" data-testid="import-kinds">
      <summary>{t('data.kinds.title')}</summary>
      <p>{t('data.kinds.intro')}</p>
      <div className="table-scroll" tabIndex={0} role="region" aria-labelledby="kinds-caption">
        <table className="data-table">
          <caption id="kinds-caption">{t('data.kinds.caption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('data.kinds.file')}</th>
              <th scope="col">{t('data.kinds.holds')}</th>
              <th scope="col">{t('data.kinds.required')}</th>
            </tr>
          </thead>
          <tbody>
            {IMPORT_KINDS.map((kind) => (
              <tr key={kind}>
                <th scope="row">
                  <code>{kind}.csv</code>
                </th>
                <td>{t(`data.kinds.${kind}`)}</td>
                <td>
                  {(COLUMN_DOCS[kind] ?? [])
                    .filter((c) => c.required)
                    .map((c, i) => (
                      <span key={c.name}>
                        {i > 0 && ', '}
                        <code>{c.name}</code>
                      </span>
                    ))}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <p className="small">
        {t('data.kinds.more')} <code>docs/import-export.md</code>
      </p>
      {IMPORT_KINDS.map((kind) => (
        <ColumnTable key={kind} kind={kind} />
      ))}
    </details>
  );
}

function ImportSection({ route }: { route: ViewProps['route'] }) {
  const { t } = useI18n();
  const user = useSignedInUser();
  if (!user) {
    return (
      <section className="section notice" aria-labelledby="import-title" data-testid="import-sign-in">
        <h2 id="import-title">{t('data.import.title')}</h2>
        <p>
          {t('data.import.signInNeeded')}{' '}
          <a href={hrefFor('sign-in', { next: hrefFor('data', Object.fromEntries(route.params)) })}>{t('auth.signIn')}</a>
        </p>
      </section>
    );
  }
  if (!IMPORT_ROLES.includes(user.role)) {
    return (
      <section className="section notice" aria-labelledby="import-title" data-testid="import-not-allowed">
        <h2 id="import-title">{t('data.import.title')}</h2>
        <p>{t('data.import.notAllowed', { role: t(`auth.role.${user.role}`) })}</p>
      </section>
    );
  }
  return <ImportForm />;
}

export function DataView({ route, navigate }: ViewProps) {
  const { t } = useI18n();
  const { capabilities } = useAppData();
  const filter = filterFromParams(route.params);
  const asOf = filter.asOf || todayIso();
  const networkFilter = useMemo(() => apiFilter(filter), [filter.area, filter.sector, filter.kind]);
  const lackingImport = capabilities ? missing(capabilities, { mutations: ['uploadImportFiles', 'runImportJob'], queries: ['importJob'] }) : [];
  const lackingExport = capabilities ? missing(capabilities, { queries: ['exportNetwork'] }) : [];

  return (
    <div className="view view-data">
      <ViewHeader title={t('data.title')} intro={t('data.intro')} />
      {!capabilities && <p role="status">{t('app.loading')}</p>}
      {capabilities && (
        <>
          <FileKinds />
          {lackingImport.length ? <NotAvailable needs={lackingImport} /> : <ImportSection route={route} />}
          <section className="section" aria-labelledby="export-section-title">
            <h2 id="export-section-title">{t('data.export.title')}</h2>
            <p>{t('data.export.intro')}</p>
            {lackingExport.length ? (
              <NotAvailable needs={lackingExport} />
            ) : (
              <>
                <DashboardFilters value={filter} onChange={(next) => navigate('data', filterToParams({ ...next, by: 'sector' }))} idPrefix="data" today={todayIso()} />
                <ExportButtons filter={networkFilter} asOf={asOf} level={3} />
              </>
            )}
          </section>
        </>
      )}
    </div>
  );
}
