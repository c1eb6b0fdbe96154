import { useId } from 'react';
import { useI18n } from '../i18n/i18n.tsx';

/** The honest state of a view whose API does not exist yet: names exactly what it waits for. */
export function NotAvailable({ needs, ready }: { needs: string[]; ready?: string[] }) {
  const { t } = useI18n();
  const titleId = useId();
  if (needs.length === 0 && ready) {
    return (
      <section className="notice notice-info" aria-labelledby={titleId} data-testid="not-built">
        <h2 id={titleId}>{t('na.apiReady.title')}</h2>
        <p>{t('na.apiReady.body', { apis: ready.join(', ') })}</p>
      </section>
    );
  }
  return (
    <section className="notice notice-info" aria-labelledby={titleId} data-testid="not-available">
      <h2 id={titleId}>{t('na.title')}</h2>
      <p>{t('na.body')}</p>
      <p className="notice-needs">{t('na.needs')}</p>
      <ul className="code-list">
        {needs.map((n) => (
          <li key={n}>
            <code>{n}</code>
          </li>
        ))}
      </ul>
    </section>
  );
}
