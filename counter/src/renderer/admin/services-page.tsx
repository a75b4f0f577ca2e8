// Services: what the kiosk offers. The list in calling-board order, and a form to add or change one.
import { pick, type AdminService } from '@oss/shared';
import { useCallback, useState } from 'react';
import type { SectionProps } from './admin-page';
import { a, SECTION_LABELS } from './admin-messages';
import { Flash, LoadState, useFlash } from './parts';
import { ServiceForm } from './service-form';
import { useLoad } from './use-load';

export function ServicesPage({ admin, lang, onUnauthorized }: SectionProps) {
  const load = useCallback(async () => (await admin.services()).services, [admin]);
  const { data, error, reload } = useLoad(load, onUnauthorized);
  const [editing, setEditing] = useState<AdminService | 'new' | null>(null);
  const [flash, setFlash] = useFlash();

  const hours = (s: AdminService) => (s.openTime && s.closeTime ? `${s.openTime}–${s.closeTime}` : a('always', lang));

  return (
    <div className="admin-split">
      <section className="card manage-card">
        <div className="section-head">
          <h2>{pick(SECTION_LABELS.services, lang)}</h2>
          <button type="button" className="btn btn-primary" onClick={() => setEditing('new')} data-testid="add-service">
            + {a('newService', lang)}
          </button>
        </div>
        <Flash text={flash} lang={lang} />
        <LoadState error={error} loading={!data} lang={lang} />
        {data && (
          <table className="table" data-testid="services-table">
            <thead>
              <tr>
                <th scope="col">{a('order', lang)}</th>
                <th scope="col">{pick({ th: 'รหัส', en: 'Code' }, lang)}</th>
                <th scope="col">{pick({ th: 'ชื่อ', en: 'Name' }, lang)}</th>
                <th scope="col">{a('hours', lang)}</th>
                <th scope="col">{a('dailyCap', lang)}</th>
                <th scope="col">{pick({ th: 'นาที', en: 'Min' }, lang)}</th>
                <th scope="col">{a('active', lang)}</th>
                <th scope="col" />
              </tr>
            </thead>
            <tbody>
              {data.map((s) => (
                <tr key={s.id} className={s.active ? '' : 'row-inactive'} data-testid={`service-row-${s.code}`}>
                  <td>{s.sortOrder}</td>
                  <td className="mono strong">{s.code}</td>
                  <td>{pick(s.name, lang)}</td>
                  <td>{hours(s)}</td>
                  <td>{s.dailyCap ?? a('noCap', lang)}</td>
                  <td>{s.avgServiceMinutes}</td>
                  <td>{a(s.active ? 'yes' : 'no', lang)}</td>
                  <td>
                    <button
                      type="button"
                      className="btn btn-small"
                      onClick={() => setEditing(s)}
                      data-testid={`edit-service-${s.code}`}
                    >
                      {a('edit', lang)}
                    </button>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </section>
      {editing && (
        <ServiceForm
          key={editing === 'new' ? 'new' : editing.id}
          admin={admin}
          service={editing === 'new' ? null : editing}
          nextOrder={(data ?? []).reduce((max, s) => Math.max(max, s.sortOrder + 1), 0)}
          lang={lang}
          onDone={(text) => {
            setEditing(null);
            setFlash(text);
            void reload();
          }}
          onCancel={() => setEditing(null)}
        />
      )}
    </div>
  );
}
