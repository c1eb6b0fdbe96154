import { useEffect, useRef } from 'react';
import { AppDataProvider } from './api/app-data.tsx';
import { Header } from './components/Header.tsx';
import { hrefFor, useRoute, type Route } from './components/router.ts';
import { I18nProvider, useI18n } from './i18n/i18n.tsx';
import { DashboardView } from './views/DashboardView.tsx';
import { DataView } from './views/data/DataView.tsx';
import { GapsView } from './views/GapsView.tsx';
import { IntroductionsView } from './views/IntroductionsView.tsx';
import { NetworkView } from './views/network/NetworkView.tsx';
import { RepresentationView } from './views/RepresentationView.tsx';
import { SignInView } from './views/SignInView.tsx';
import { AuditView } from './views/audit/AuditView.tsx';
import { SuggestionsView } from './views/SuggestionsView.tsx';

function NotFound() {
  const { t } = useI18n();
  return (
    <div className="view">
      <h1 id="view-title" tabIndex={-1}>
        {t('view.notFound.title')}
      </h1>
      <p>{t('view.notFound.body')}</p>
      <p>
        <a href={hrefFor('network')}>{t('view.notFound.link')}</a>
      </p>
    </div>
  );
}

function CurrentView({ route, navigate }: { route: Route; navigate: ReturnType<typeof useRoute>[1] }) {
  switch (route.view) {
    case 'network':
      return <NetworkView route={route} navigate={navigate} />;
    case 'gaps':
      return <GapsView route={route} navigate={navigate} />;
    case 'suggestions':
      return <SuggestionsView route={route} navigate={navigate} />;
    case 'introductions':
      return <IntroductionsView route={route} navigate={navigate} />;
    case 'representation':
      return <RepresentationView route={route} navigate={navigate} />;
    case 'dashboard':
      return <DashboardView route={route} navigate={navigate} />;
    case 'data':
      return <DataView route={route} navigate={navigate} />;
    case 'sign-in':
      return <SignInView route={route} />;
    case 'audit':
      return <AuditView route={route} navigate={navigate} />;
    default:
      return <NotFound />;
  }
}

function Shell() {
  const { t } = useI18n();
  const [route, navigate] = useRoute();
  const previousView = useRef(route.view);

  // Moving to another view: set the title and move focus to its heading, as a page load would.
  useEffect(() => {
    const title = route.view === 'not-found' ? t('view.notFound.title') : t(`nav.${route.view}`);
    document.title = `${title} · ${t('app.name')}`;
    if (previousView.current !== route.view) {
      previousView.current = route.view;
      document.getElementById('view-title')?.focus();
    }
  }, [route.view, t]);

  return (
    <>
      <a className="skip-link" href="#main" onClick={(e) => {
        e.preventDefault();
        document.getElementById('main')?.focus();
      }}>
        {t('app.skip')}
      </a>
      <Header route={route} />
      <main id="main" tabIndex={-1}>
        <CurrentView route={route} navigate={navigate} />
      </main>
    </>
  );
}

export function App() {
  return (
    <I18nProvider>
      <AppDataProvider>
        <Shell />
      </AppDataProvider>
    </I18nProvider>
  );
}
