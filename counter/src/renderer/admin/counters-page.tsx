// Counters: their names, the services each calls from (in order) and the calling policy.
import { pick } from '@oss/shared';
import { useCallback } from 'react';
import type { SectionProps } from './admin-page';
import { a, SECTION_LABELS } from './admin-messages';
import { CounterForm } from './counter-form';
import { ListEditPage } from './list-edit-page';
import { EditButton } from './list-page';

export function CountersPage({ admin, lang, onUnauthorized }: SectionProps) {
  const load = useCallback(async () => {
    const [{ counters }, { services }] = await Promise.all([admin.counters(), admin.services()]);
    return { counters, services };
  }, [admin]);

  return (
    <ListEditPage
      title={pick(SECTION_LABELS.counters, lang)}
      lang={lang}
      onUnauthorized={onUnauthorized}
      load={load}
      items={(data) => data.counters}
      addLabel={a('newCounter', lang)}
      addTestId="add-counter"
      tableTestId="counters-table"
      columns={[
        a('order', lang),
        pick({ th: 'ชื่อ', en: 'Name' }, lang),
        pick(SECTION_LABELS.services, lang),
        a('ratioShort', lang),
        a('signedInStaff', lang),
      ]}
      row={(c, edit, { services }) => (
        <tr data-testid={`counter-row-${c.id}`}>
          <td>{c.sortOrder}</td>
          <td className="strong">{pick(c.names, lang)}</td>
          <td className="mono">{c.serviceIds.map((id) => services.find((s) => s.id === id)?.code ?? '?').join(' · ')}</td>
          <td>{c.normalPerPriority} : 1</td>
          <td>{c.staff?.displayName ?? '–'}</td>
          <td>
            <EditButton lang={lang} onClick={edit} testId={`edit-counter-${c.id}`} />
          </td>
        </tr>
      )}
      form={(counter, data, done) =>
        data && (
          <CounterForm
            admin={admin}
            counter={counter}
            services={data.services}
            nextOrder={data.counters.reduce((max, c) => Math.max(max, c.sortOrder + 1), 0)}
            lang={lang}
            {...done}
          />
        )
      }
    />
  );
}
