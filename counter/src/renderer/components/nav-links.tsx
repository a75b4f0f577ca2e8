// Links between the console, the reports and the admin pages, each shown only to the roles that
// may open it (the hub refuses the others with 403 anyway).
import type { Lang, StaffRole } from '@oss/shared';
import { t } from '../messages';
import { mayAdminister, mayReport, routeHash, type Route } from '../route';

interface Props {
  role: StaffRole;
  current: Route['page'];
  lang: Lang;
  onNavigate: (route: Route) => void;
}

export function NavLinks({ role, current, lang, onNavigate }: Props) {
  const links: Array<{ route: Route; label: string; show: boolean }> = [
    { route: { page: 'console' }, label: t('navConsole', lang), show: current !== 'console' },
    { route: { page: 'reports' }, label: t('navReports', lang), show: mayReport(role) },
    { route: { page: 'admin', section: 'services' }, label: t('navAdmin', lang), show: mayAdminister(role) },
  ];
  return (
    <nav className="nav-links" aria-label={lang === 'th' ? 'เมนู' : 'Menu'}>
      {links
        .filter((l) => l.show)
        .map((l) => (
          <a
            key={l.route.page}
            className="btn btn-small nav-link"
            href={routeHash(l.route)}
            aria-current={l.route.page === current ? 'page' : undefined}
            onClick={(e) => {
              e.preventDefault();
              onNavigate(l.route);
            }}
            data-testid={`nav-${l.route.page}`}
          >
            {l.label}
          </a>
        ))}
    </nav>
  );
}
