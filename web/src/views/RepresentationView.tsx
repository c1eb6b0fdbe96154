/** Representation: bodies, seats, holders, vacancies and report-backs per area (#/representation). */
import { useAppData } from '../api/app-data.tsx';
import { missing } from '../api/capabilities.ts';
import { NotAvailable } from '../components/NotAvailable.tsx';
import type { ViewProps } from '../components/router.ts';
import { ViewHeader } from '../components/ViewHeader.tsx';
import { useI18n } from '../i18n/i18n.tsx';
import { RepresentationMap } from './representation/RepresentationMap.tsx';

export function RepresentationView({ route, navigate }: ViewProps) {
  const { t } = useI18n();
  const { capabilities } = useAppData();
  const lacking = capabilities ? missing(capabilities, { queries: ['bodies', 'seats'] }) : [];
  return (
    <div className="view view-representation">
      <ViewHeader title={t('view.representation.title')} intro={t('view.representation.intro')} />
      {!capabilities && <p role="status">{t('app.loading')}</p>}
      {capabilities && (lacking.length ? <NotAvailable needs={lacking} /> : <RepresentationMap route={route} navigate={navigate} />)}
    </div>
  );
}
