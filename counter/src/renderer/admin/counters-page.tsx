// Counters: their names, the services each calls from (in order) and the calling policy.
import { pick, type AdminCounter } from '@oss/shared';
import { useCallback, useState } from 'react';
import type { SectionProps } from './admin-page';
import { a, SECTION_LABELS } from './admin-messages';
import { CounterForm } from './counter-form';
import { Flash, LoadState, useFlash } from './parts';
import { useLoad } from './use-load';

export function CountersPage({ admin, lang, onUnauthorized }: SectionProps) {
  const load = useCallback(async () => {
    const [{ counters }, { services }] = await Promise.all([admin.counters(), admin.services()]);
    return { counters, services };
  }, [admin]);
  const { data, error, reload } = useLoad(load, onUnauthorized);
  const [editing, setEditing] = useState<AdminCounter | 'new' | null>(null);
  const [flash, setFlash] = useFlash();
  const codes = (ids: number[]) => ids.map((id) => data?.services.find((s) => s.id === id)?.code ?? '?').join(' · ');

  return (
    <div className="admin-split">
      <section className="card manage-card">
        <div className="section-head">
          <h2>{pick(SECTION_LABELS.counters, lang)}</h2>
          <button type="button" className="btn btn-primary" onClick={() => setEditing('new')} data-testid="add-counter">
            + {a('newCounter', lang)}
          </button>
        </div>
        <Flash text={flash} lang={lang} />
        <LoadState error={error} loading={!data} lang={lang} />
        {data && (
          <table className="table" data-testid="counters-table">
            <thead>
              <tr>
                <th scope="col">{a('order', lang)}</th>
                <th scope="col">{pick({ th: 'ชื่อ', en: 'Name' }, lang)}</th>
                <th scope="col">{pick(SECTION_LABELS.services, lang)}</th>
                <th scope="col">{a('ratioShort', lang)}</th>
                <th scope="col">{a('signedInStaff', lang)}</th>
                <th scope="col" />
              </tr>
            </thead>
            <tbody>
              {data.counters.map((c) => (
                <tr key={c.id} data-testid={`counter-row-${c.id}`}>
                  <td>{c.sortOrder}</td>
                  <td className="strong">{pick(c.names, lang)}</td>
                  <td className="mono">{codes(c.serviceIds)}</td>
                  <td>{c.normalPerPriority} : 1</td>
                  <td>{c.staff?.displayName ?? '–'}</td>
                  <td>
                    <button
                      type="button"
                      className="btn btn-small"
                      onClick={() => setEditing(c)}
                      data-testid={`edit-counter-${c.id}`}
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
      {editing && data && (
        <CounterForm
          key={editing === 'new' ? 'new' : editing.id}
          admin={admin}
          counter={editing === 'new' ? null : editing}
          services={data.services}
          nextOrder={data.counters.reduce((max, c) => Math.max(max, c.sortOrder + 1), 0)}
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
