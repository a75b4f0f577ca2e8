// The admin pages (admin role only; the hub answers 403 to anyone else): tabs for the sections,
// one file per section.
import { pick, type Lang, type User } from '@oss/shared';
import type { Api } from '@oss/shared/client';
import { useMemo } from 'react';
import { ManageLayout } from '../components/manage-layout';
import { ADMIN_SECTIONS, routeHash, type AdminSection, type Route } from '../route';
import { createAdminApi, type AdminApi } from './admin-api';
import { a, SECTION_LABELS } from './admin-messages';
import { AuditPage } from './audit-page';
import { CountersPage } from './counters-page';
import { DevicesPage } from './devices-page';
import { ServicesPage } from './services-page';
import { SettingsPage } from './settings-page';
import { TermsPage } from './terms-page';
import { UsersPage } from './users-page';

interface Props {
  api: Api;
  user: User;
  section: AdminSection;
  lang: Lang;
  onLang: (lang: Lang) => void;
  onNavigate: (route: Route) => void;
  onSignOut: () => void;
  onUnauthorized: () => void;
}

/** What every section gets. */
export interface SectionProps {
  admin: AdminApi;
  user: User;
  lang: Lang;
  onUnauthorized: () => void;
}

export function AdminPage({ api, user, section, lang, onLang, onNavigate, onSignOut, onUnauthorized }: Props) {
  const admin = useMemo(() => createAdminApi(api), [api]);
  const props: SectionProps = { admin, user, lang, onUnauthorized };
  const tabs = (
    <nav className="tabs" aria-label={a('title', lang)}>
      {ADMIN_SECTIONS.map((s) => (
        <a
          key={s}
          href={routeHash({ page: 'admin', section: s })}
          className="tab"
          aria-current={s === section ? 'page' : undefined}
          data-testid={`tab-${s}`}
        >
          {pick(SECTION_LABELS[s], lang)}
        </a>
      ))}
    </nav>
  );
  return (
    <ManageLayout
      title={`${a('title', lang)} · ${pick(SECTION_LABELS[section], lang)}`}
      user={user}
      page="admin"
      lang={lang}
      onLang={onLang}
      onNavigate={onNavigate}
      onSignOut={onSignOut}
      tabs={tabs}
    >
      <div key={section} data-testid={`admin-${section}`}>
        {section === 'services' && <ServicesPage {...props} />}
        {section === 'counters' && <CountersPage {...props} />}
        {section === 'users' && <UsersPage {...props} />}
        {section === 'devices' && <DevicesPage {...props} />}
        {section === 'settings' && <SettingsPage {...props} />}
        {section === 'terms' && <TermsPage {...props} />}
        {section === 'audit' && <AuditPage {...props} />}
      </div>
    </ManageLayout>
  );
}
