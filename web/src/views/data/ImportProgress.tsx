/**
 * The import's progress: a <progress> bar with a visible label (bytes sent, then the importer's
 * phase and rows), and a polite live region that announces only the changes of stage, so a screen
 * reader is not flooded with numbers.
 */
import type { ImportStage } from '../../api/data.ts';
import { useI18n } from '../../i18n/i18n.tsx';
import { formatBytes } from './kinds.ts';

export function stageText(stage: ImportStage, t: ReturnType<typeof useI18n>['t']): string {
  if (stage.stage === 'upload') return t('data.progress.upload');
  const kind = stage.kind ? t(`data.kind.${stage.kind}`) : '';
  switch (stage.phase) {
    case 'read':
      return t('data.progress.read');
    case 'check':
      return t('data.progress.check');
    case 'compare':
      return t('data.progress.compare', { kind });
    case 'write':
      return t('data.progress.write', { kind });
    default:
      return t('data.progress.start');
  }
}

export function ImportProgress({ stage, dryRun }: { stage: ImportStage; dryRun: boolean }) {
  const { t, n, lang } = useI18n();
  const locale = lang === 'cy' ? 'cy-GB' : 'en-GB';
  const done = stage.stage === 'upload' ? stage.sent : stage.done;
  const total = stage.total;
  const amount =
    stage.stage === 'upload'
      ? t('data.progress.bytes', { done: formatBytes(stage.sent, locale), total: formatBytes(stage.total, locale) })
      : stage.total > 0
        ? t('data.progress.steps', { done: n(stage.done), total: n(stage.total) })
        : '';
  const label = stageText(stage, t);
  return (
    <div className="import-progress" data-testid="import-progress" data-stage={stage.stage} data-phase={stage.stage === 'server' ? (stage.phase ?? '') : ''}>
      <label htmlFor="import-progress-bar">
        {label}
        {amount && <span className="muted"> {amount}</span>}
      </label>
      <progress id="import-progress-bar" max={Math.max(total, 1)} value={Math.min(done, Math.max(total, 1))} />
      <p className="visually-hidden" role="status" aria-live="polite">
        {dryRun ? t('data.progress.checking', { stage: label }) : t('data.progress.importing', { stage: label })}
      </p>
    </div>
  );
}
