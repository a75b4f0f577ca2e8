// Services: what the kiosk offers. The list in calling-board order, and a form to add or change one.
import { pick, type AdminService } from '@oss/shared';
import { useCallback } from 'react';
import type { SectionProps } from './admin-page';
import { a, SECTION_LABELS } from './admin-messages';
import { ListEditPage } from './list-edit-page';
import { EditButton } from './list-page';
import { ServiceForm } from './service-form';

export function ServicesPage({ admin, lang, onUnauthorized }: SectionProps) {
  const load = useCallback(async () => (await admin.services()).services, [admin]);
  const hours = (s: AdminService) => (s.openTime && s.closeTime ? `${s.openTime}–${s.closeTime}` : a('always', lang));

  return (
    <ListEditPage
      title={pick(SECTION_LABELS.services, lang)}
      lang={lang}
      onUnauthorized={onUnauthorized}
      load={load}
      items={(services) => services}
      addLabel={a('newService', lang)}
      addTestId="add-service"
      tableTestId="services-table"
      columns={[
        a('order', lang),
        pick({ th: 'รหัส', en: 'Code' }, lang),
        pick({ th: 'ชื่อ', en: 'Name' }, lang),
        a('hours', lang),
        a('dailyCap', lang),
        pick({ th: 'นาที', en: 'Min' }, lang),
        a('active', lang),
      ]}
      row={(s, edit) => (
        <tr className={s.active ? '' : 'row-inactive'} data-testid={`service-row-${s.code}`}>
          <td>{s.sortOrder}</td>
          <td className="mono strong">{s.code}</td>
          <td>{pick(s.name, lang)}</td>
          <td>{hours(s)}</td>
          <td>{s.dailyCap ?? a('noCap', lang)}</td>
          <td>{s.avgServiceMinutes}</td>
          <td>{a(s.active ? 'yes' : 'no', lang)}</td>
          <td>
            <EditButton lang={lang} onClick={edit} testId={`edit-service-${s.code}`} />
          </td>
        </tr>
      )}
      form={(service, services, done) => (
        <ServiceForm
          admin={admin}
          service={service}
          nextOrder={(services ?? []).reduce((max, s) => Math.max(max, s.sortOrder + 1), 0)}
          lang={lang}
          {...done}
        />
      )}
    />
  );
}
