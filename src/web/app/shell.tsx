import { Link, Outlet, useNavigate, useRouterState } from '@tanstack/react-router';
import { useEffect, useRef, useState } from 'react';
import { Button } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { hasRole, useLogout, useMe } from '../auth/auth.queries';
import { LanguageSwitch } from './language-switch';
import { NAV_ITEMS } from './nav-items';

/** Header, navigation and main landmark around every signed-in page. */
export function Shell() {
  const { t } = useTranslation();
  const me = useMe().data;
  const logout = useLogout();
  const navigate = useNavigate();
  const [menuOpen, setMenuOpen] = useState(false);
  const pathname = useRouterState({ select: (s) => s.location.pathname });

  // a new page: close the phone menu and move focus to its heading, so screen readers announce it
  const firstPath = useRef(pathname);
  useEffect(() => {
    setMenuOpen(false);
    if (pathname === firstPath.current) return;
    firstPath.current = '';
    const frame = requestAnimationFrame(() => document.getElementById('page-title')?.focus());
    return () => cancelAnimationFrame(frame);
  }, [pathname]);

  const items = NAV_ITEMS.filter((item) => !item.roles || hasRole(me, ...item.roles));
  const signOut = () => logout.mutate(undefined, { onSettled: () => void navigate({ to: '/login', search: {} }) });

  return (
    <div className="shell">
      <a className="skip-link" href="#main">
        {t('app.skipToContent')}
      </a>
      <header className="app-header">
        <div className="app-header-bar">
          <Link to="/organisations" className="brand" aria-label={t('app.homeLink')}>
            <span lang="th">ประสาน</span>{' '}
            <span lang="en" className="brand-latin">
              Prasan
            </span>
          </Link>
          <Button className="button button-ghost menu-button" aria-expanded={menuOpen} aria-controls="primary-nav" onPress={() => setMenuOpen((open) => !open)}>
            {t('nav.menu')}
          </Button>
          <div className={`app-header-tools${menuOpen ? ' is-open' : ''}`}>
            <nav id="primary-nav" aria-label={t('nav.label')} className="primary-nav">
              <ul>
                {items.map((item) => (
                  <li key={item.to}>
                    <Link to={item.to} activeProps={{ 'aria-current': 'page', className: 'is-active' }}>
                      {t(item.label)}
                    </Link>
                  </li>
                ))}
              </ul>
            </nav>
            <LanguageSwitch />
            {me && (
              <div className="user-box">
                <span className="user-name" data-testid="signed-in-user">
                  {me.name}
                </span>
                <Button className="button button-ghost" onPress={signOut} isDisabled={logout.isPending}>
                  {t('auth.signOut')}
                </Button>
              </div>
            )}
          </div>
        </div>
      </header>
      <main id="main" tabIndex={-1} className="app-main">
        <Outlet />
      </main>
      <footer className="app-footer">
        <p>{t('app.footer')}</p>
      </footer>
    </div>
  );
}
