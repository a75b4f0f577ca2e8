// The audit log: every admin change, counter sign-in and day close, newest first, a page at a time.
import { AUDIT_ENTITIES, formatDate, formatTime, type AuditEntity, type AuditEntry, type Lang } from '@oss/shared';
import { ApiError } from '@oss/shared/client';
import { useCallback, useEffect, useState } from 'react';
import { errorText } from '../messages';
import type { SectionProps } from './admin-page';
import { a } from './admin-messages';
import { AdminTable } from './list-page';
import { localZone } from './parts';

const PAGE = 50;

const ENTITY_LABELS: Record<AuditEntity, { th: string; en: string }> = {
  service: { th: 'งานบริการ', en: 'Service' },
  counter: { th: 'ช่องบริการ', en: 'Counter' },
  user: { th: 'ผู้ใช้', en: 'User' },
  device: { th: 'อุปกรณ์', en: 'Device' },
  settings: { th: 'การตั้งค่า', en: 'Settings' },
  terms: { th: 'ข้อตกลง', en: 'Terms' },
  'counter-session': { th: 'ลงชื่อเข้าช่อง', en: 'Counter sign-in' },
  day: { th: 'ปิดวัน', en: 'Day close' },
  citizen: { th: 'ข้อมูลประชาชน', en: 'Citizen data' },
};

/** What changed, as "field: before → after", one line per field. */
function changes(entry: AuditEntry): string[] {
  const before = entry.before ?? {};
  const after = entry.after ?? {};
  const keys = [...new Set([...Object.keys(before), ...Object.keys(after)])];
  const show = (v: unknown) => (v === undefined ? '–' : JSON.stringify(v).slice(0, 120));
  return keys
    .filter((k) => JSON.stringify(before[k]) !== JSON.stringify(after[k]))
    .map((k) =>
      entry.before && entry.after ? `${k}: ${show(before[k])} → ${show(after[k])}` : `${k}: ${show(after[k] ?? before[k])}`,
    );
}

export function AuditPage({ admin, lang, onUnauthorized }: SectionProps) {
  const [entity, setEntity] = useState<AuditEntity | ''>('');
  const [entries, setEntries] = useState<AuditEntry[]>([]);
  const [next, setNext] = useState<number | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [loading, setLoading] = useState(true);

  const fetchPage = useCallback(
    async (before: number | null, append: boolean) => {
      setLoading(true);
      try {
        const page = await admin.audit({ limit: PAGE, ...(before ? { before } : {}), ...(entity ? { entity } : {}) });
        setEntries((old) => (append ? [...old, ...page.entries] : page.entries));
        setNext(page.nextBefore);
        setError(null);
      } catch (err) {
        if (err instanceof ApiError && err.status === 401) onUnauthorized();
        else setError(err);
      } finally {
        setLoading(false);
      }
    },
    [admin, entity, onUnauthorized],
  );

  useEffect(() => {
    void fetchPage(null, false);
  }, [fetchPage]);

  const when = (iso: string) =>
    `${formatDate(new Date(iso), lang, localZone(), 'short')} ${formatTime(new Date(iso), localZone(), true)}`;
  const label = (e: AuditEntity, l: Lang) => ENTITY_LABELS[e][l];

  return (
    <section className="card manage-card">
      <div className="section-head">
        <label className="inline-field">
          <span>{a('entity', lang)}</span>
          <select
            value={entity}
            onChange={(e) => setEntity(AUDIT_ENTITIES.find((x) => x === e.target.value) ?? '')}
            data-testid="audit-entity"
          >
            <option value="">{a('all', lang)}</option>
            {AUDIT_ENTITIES.map((x) => (
              <option key={x} value={x}>
                {label(x, lang)}
              </option>
            ))}
          </select>
        </label>
        <button type="button" className="btn btn-small" onClick={() => void fetchPage(null, false)}>
          {a('newest', lang)}
        </button>
      </div>
      {error !== null && (
        <p className="form-error" role="alert">
          {errorText(error, lang)}
        </p>
      )}
      <AdminTable
        testId="audit-table"
        className="table audit"
        columns={[a('when', lang), a('who', lang), a('what', lang), a('action', lang), a('details', lang)]}
        items={entries}
        row={(e) => (
          <tr data-testid="audit-row">
            <td className="nowrap">{when(e.at)}</td>
            <td>{e.user?.displayName ?? a('hub', lang)}</td>
            <td>
              {label(e.entity, lang)} {e.entityId && <span className="mono">#{e.entityId}</span>}
            </td>
            <td className="mono">{e.action}</td>
            <td className="audit-details">
              {changes(e).map((line) => (
                <div key={line}>{line}</div>
              ))}
            </td>
          </tr>
        )}
      />
      {loading && <p className="muted">{a('loading', lang)}</p>}
      {!loading && entries.length === 0 && <p className="muted">{a('none', lang)}</p>}
      {next !== null && (
        <button
          type="button"
          className="btn"
          disabled={loading}
          onClick={() => void fetchPage(next, true)}
          data-testid="audit-older"
        >
          {a('older', lang)}
        </button>
      )}
    </section>
  );
}
