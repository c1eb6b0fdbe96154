/**
 * A view whose API is still being built. It checks the server's schema: when every part it needs is
 * there it renders `ready`, otherwise it names what is missing (never fake data).
 */
import type { ReactNode } from 'react';
import { useAppData } from '../api/app-data.tsx';
import { missing } from '../api/capabilities.ts';
import { NotAvailable } from '../components/NotAvailable.tsx';
import { ViewHeader } from '../components/ViewHeader.tsx';
import { useI18n, type MessageKey } from '../i18n/i18n.tsx';

export interface PendingViewProps {
  id: string;
  title: MessageKey;
  intro: MessageKey;
  needs: { queries?: string[]; mutations?: string[] };
  ready?: () => ReactNode;
}

export function PendingView({ id, title, intro, needs, ready }: PendingViewProps) {
  const { t } = useI18n();
  const { capabilities } = useAppData();
  const lacking = capabilities ? missing(capabilities, needs) : [];
  return (
    <div className={`view view-${id}`}>
      <ViewHeader title={t(title)} intro={t(intro)} />
      {!capabilities && <p role="status">{t('app.loading')}</p>}
      {capabilities &&
        (lacking.length > 0 || !ready ? <NotAvailable needs={lacking} ready={[...(needs.queries ?? []), ...(needs.mutations ?? [])]} /> : ready())}
    </div>
  );
}
