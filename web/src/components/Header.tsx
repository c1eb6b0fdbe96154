/** Product name, language switch and the main navigation. */
import { signOut } from '../auth/session.ts';
import { useSignedInUser } from '../auth/SignInForm.tsx';
import { useI18n, type MessageKey } from '../i18n/i18n.tsx';
import { hrefFor, VIEWS, type Route } from './router.ts';

function Logo() {
  return (
    <svg className="logo" width="30" height="30" viewBox="0 0 32 32" aria-hidden="true" focusable="false">
      <path d="M8 9 L24 12 L11 24 Z" fill="none" stroke="#9ec5ea" strokeWidth="2" />
      <circle cx="8" cy="9" r="4.5" fill="#ffffff" />
      <circle cx="24" cy="12" r="3.5" fill="#f2b8c0" />
      <circle cx="11" cy="24" r="5" fill="#9ec5ea" />
    </svg>
  );
}

/** Who is signed in, with sign-out; or a link to sign in that comes back to this page. */
function Account({ route }: { route: Route }) {
  const { t } = useI18n();
  const user = useSignedInUser();
  if (user) {
    return (
      <div className="account" data-testid="account">
        <span>{t('auth.signedInAs', { name: user.name, role: t(`auth.role.${user.role}` as MessageKey) })}</span>{' '}
        <a href={hrefFor('audit')} data-testid="audit-link">
          {t('nav.audit')}
        </a>{' '}
        <button type="button" className="link-button" onClick={() => void signOut()}>
          {t('auth.signOut')}
        </button>
      </div>
    );
  }
  if (route.view === 'sign-in') return null;
  return (
    <div className="account">
      <a href={hrefFor('sign-in', { next: window.location.hash || null })} data-testid="sign-in-link">
        {t('auth.signIn')}
      </a>
    </div>
  );
}

export function Header({ route }: { route: Route }) {
  const { t, lang, setLang } = useI18n();
  const other = lang === 'en' ? 'cy' : 'en';
  return (
    <header className="site-header">
      <div className="header-bar">
        <a className="brand" href={hrefFor('network')}>
          <Logo />
          <span className="brand-name">{t('app.name')}</span>
          <span className="brand-tagline">{t('app.tagline')}</span>
        </a>
        <Account route={route} />
        <div className="lang-switch">
          <span className="visually-hidden" id="lang-label">
            {t('lang.label')}
          </span>
          <button
            type="button"
            className="lang-button"
            lang={other}
            aria-describedby="lang-label"
            title={t('lang.switchHint')}
            onClick={() => setLang(other)}
            data-testid="language-switch"
          >
            {t('lang.switchTo')}
          </button>
        </div>
      </div>
      <nav className="main-nav" aria-label={t('nav.label')}>
        <ul>
          {VIEWS.map((view) => (
            <li key={view}>
              <a href={hrefFor(view)} aria-current={route.view === view ? 'page' : undefined}>
                {t(`nav.${view}` as MessageKey)}
              </a>
            </li>
          ))}
        </ul>
      </nav>
    </header>
  );
}
