/**
 * Download buttons for the filtered network as of a date (exportNetwork): each answer becomes a
 * Blob and is saved under a name that says the filter and the date. People are exported
 * anonymised when asked, and always for callers who may not see them (the server decides).
 */
import { useId, useState } from 'react';
import { request } from '../../api/client.ts';
import { EXPORT_NETWORK_QUERY, type ExportFormat } from '../../api/metrics.ts';
import type { NetworkFilter } from '../../api/network.ts';
import { useI18n } from '../../i18n/i18n.tsx';

const FORMATS: { format: ExportFormat; suffix: string }[] = [
  { format: 'CSV_NODES', suffix: 'organisations.csv' },
  { format: 'CSV_EDGES', suffix: 'ties.csv' },
  { format: 'CSV_PEOPLE', suffix: 'people.csv' },
  { format: 'GEXF', suffix: 'network.gexf' },
  { format: 'GRAPHML', suffix: 'network.graphml' },
  { format: 'JSON', suffix: 'network.json' },
];

/** cyswllt-cardiff-health-2024-04-01-anonymised-ties.csv: Wales when nothing is filtered. */
export function exportFilename(filter: NetworkFilter, asOf: string, anonymise: boolean, suffix: string): string {
  const parts = [filter.areaId, filter.sectorId, filter.kind]
    .filter((p): p is string => !!p)
    .map((p) => p.replace(/^(area|sector)-/, '').replace(/[^a-z0-9_-]+/gi, '-').toLowerCase());
  return ['cyswllt', ...(parts.length ? parts : ['wales']), asOf, ...(anonymise ? ['anonymised'] : []), suffix].join('-');
}

function save(content: string, mimeType: string, filename: string): void {
  const url = URL.createObjectURL(new Blob([content], { type: `${mimeType};charset=utf-8` }));
  const link = document.createElement('a');
  link.href = url;
  link.download = filename;
  document.body.append(link);
  link.click();
  link.remove();
  // the download has taken its copy; free the memory after this turn
  setTimeout(() => URL.revokeObjectURL(url), 0);
}

export function ExportButtons({ filter, asOf, level = 2 }: { filter: NetworkFilter; asOf: string; level?: 2 | 3 }) {
  const { t } = useI18n();
  const id = useId();
  const Heading = level === 2 ? 'h2' : 'h3';
  const [anonymise, setAnonymise] = useState(false);
  const [busy, setBusy] = useState<ExportFormat | null>(null);
  const [status, setStatus] = useState<{ ok: boolean; text: string } | null>(null);

  const download = async (format: ExportFormat, suffix: string) => {
    setBusy(format);
    setStatus({ ok: true, text: t('dashboard.export.preparing') });
    try {
      const { exportNetwork } = await request(EXPORT_NETWORK_QUERY, { filter, asOf, format, anonymise });
      const filename = exportFilename(filter, asOf, anonymise, suffix);
      save(exportNetwork.content, exportNetwork.mimeType, filename);
      setStatus({ ok: true, text: t('dashboard.export.saved', { filename }) });
    } catch (e) {
      setStatus({ ok: false, text: t('dashboard.export.failed', { message: e instanceof Error ? e.message : String(e) }) });
    } finally {
      setBusy(null);
    }
  };

  return (
    <section className="export-panel" aria-labelledby={`${id}-title`} data-testid="export-buttons">
      <Heading id={`${id}-title`}>{t('dashboard.export.title')}</Heading>
      <p className="muted small">{t('dashboard.export.note')}</p>
      <div className="export-row">
        <label className="checkbox">
          <input type="checkbox" checked={anonymise} onChange={(e) => setAnonymise(e.target.checked)} />
          {t('dashboard.export.anonymise')}
        </label>
        <div className="export-buttons" role="group" aria-label={t('dashboard.export.formats')}>
          {FORMATS.map(({ format, suffix }) => (
            <button key={format} type="button" className="button button-secondary" disabled={busy !== null} onClick={() => void download(format, suffix)} data-format={format}>
              {t(`dashboard.export.format.${format}`)}
            </button>
          ))}
        </div>
      </div>
      {status && !status.ok ? (
        <p role="alert" className="form-error">
          {status.text}
        </p>
      ) : (
        <p role="status" aria-live="polite" className="muted small" data-testid="export-status">
          {status?.text ?? ''}
        </p>
      )}
    </section>
  );
}
