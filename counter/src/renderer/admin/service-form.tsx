// Add or change a service. Checked with the shared schema before sending; the hub's refusals
// (code taken, a bad field) come back under the field they are about.
import {
  hoursProblem,
  pick,
  ServiceCreateBody,
  ServicePatchBody,
  type AdminService,
  type Lang,
  type Localized,
} from '@oss/shared';
import { useState } from 'react';
import type { AdminApi } from './admin-api';
import { a } from './admin-messages';
import { DocumentsEditor } from './documents-editor';
import { CheckField, LocalizedFields, numberOrText, TextField } from './fields';
import { FormShell } from './form-shell';
import type { FormDone } from './list-edit-page';
import { check, problemsOf, useSubmit } from './use-submit';

interface Props extends FormDone {
  admin: AdminApi;
  service: AdminService | null;
  nextOrder: number;
  lang: Lang;
}

export function ServiceForm({ admin, service, nextOrder, lang, onDone, onCancel }: Props) {
  const [code, setCode] = useState(service?.code ?? '');
  const [name, setName] = useState<Localized>(service?.name ?? { th: '', en: '' });
  const [description, setDescription] = useState<Localized>(service?.description ?? { th: '', en: '' });
  const [documents, setDocuments] = useState<Localized[]>(service?.documents ?? []);
  const [openTime, setOpenTime] = useState(service?.openTime ?? '');
  const [closeTime, setCloseTime] = useState(service?.closeTime ?? '');
  const [dailyCap, setDailyCap] = useState(service?.dailyCap?.toString() ?? '');
  const [avg, setAvg] = useState(String(service?.avgServiceMinutes ?? 10));
  const [order, setOrder] = useState(String(service?.sortOrder ?? nextOrder));
  const [active, setActive] = useState(service?.active ?? true);
  const { errors, busy, submit, run } = useSubmit({ fieldOf: { 'code-taken': 'code' } });

  function save() {
    const body = {
      code: code.trim(),
      name,
      description,
      documents,
      openTime: openTime || null,
      closeTime: closeTime || null,
      dailyCap: dailyCap.trim() === '' ? null : numberOrText(dailyCap),
      avgServiceMinutes: numberOrText(avg),
      active,
      sortOrder: numberOrText(order),
    };
    const saved = ({ service: s }: { service: AdminService }) => {
      const label = `${s.code} ${pick(s.name, lang)}`;
      onDone((l) => `${a('saved', l)}: ${label}`);
    };
    const attempt = service
      ? check(ServicePatchBody, body, async (data) => saved(await admin.updateService(service.id, data)))
      : check(ServiceCreateBody, body, async (data) => saved(await admin.createService(data)));
    const hours = hoursProblem({ openTime: body.openTime, closeTime: body.closeTime });
    if (!hours) {
      void submit(attempt);
      return;
    }
    // The schema's own word on closeTime, if it has one, stands.
    const both = { th: 'กรอกทั้งเวลาเปิดและเวลาปิด (เปิดก่อนปิด) หรือเว้นว่างทั้งคู่', en: hours };
    void submit({ errors: { closeTime: both, ...problemsOf(attempt) } });
  }

  const remove = (removed: AdminService) =>
    run(async () => {
      await admin.deleteService(removed.id);
      onDone((l) => `${a('remove', l)}: ${removed.code}`);
    });

  const f = { errors, lang };
  return (
    <FormShell
      testId="service-form"
      title={service ? `${a('edit', lang)} ${service.code}` : a('newService', lang)}
      {...f}
      busy={busy}
      onSubmit={save}
      submitTestId="service-save"
      onCancel={onCancel}
      onRemove={service && !service.hasTickets ? () => void remove(service) : undefined}
    >
      <div className="form-grid">
        <TextField
          {...f}
          label={a('code', lang)}
          path="code"
          value={code}
          onChange={(v) => setCode(v.toUpperCase())}
          testId="service-code"
        />
        <TextField
          {...f}
          label={a('order', lang)}
          path="sortOrder"
          value={order}
          onChange={setOrder}
          inputMode="numeric"
          testId="service-order"
        />
        <LocalizedFields
          {...f}
          labels={{ th: a('nameTh', lang), en: a('nameEn', lang) }}
          path="name"
          value={name}
          onChange={setName}
          testId="service-name"
        />
        <LocalizedFields
          {...f}
          labels={{ th: a('descriptionTh', lang), en: a('descriptionEn', lang) }}
          path="description"
          value={description}
          onChange={setDescription}
          rows={2}
        />
        <DocumentsEditor documents={documents} onChange={setDocuments} errors={errors} lang={lang} />
        <TextField
          {...f}
          label={a('openTime', lang)}
          path="openTime"
          type="time"
          value={openTime}
          onChange={setOpenTime}
          hint={a('hoursHint', lang)}
          testId="service-open"
        />
        <TextField
          {...f}
          label={a('closeTime', lang)}
          path="closeTime"
          type="time"
          value={closeTime}
          onChange={setCloseTime}
          testId="service-close"
        />
        <TextField
          {...f}
          label={a('dailyCap', lang)}
          path="dailyCap"
          value={dailyCap}
          onChange={setDailyCap}
          inputMode="numeric"
          hint={a('dailyCapHint', lang)}
          testId="service-cap"
        />
        <TextField
          {...f}
          label={a('avgMinutes', lang)}
          path="avgServiceMinutes"
          value={avg}
          onChange={setAvg}
          inputMode="numeric"
          testId="service-avg"
        />
        <CheckField label={a('serviceActive', lang)} checked={active} onChange={setActive} testId="service-active" />
      </div>
    </FormShell>
  );
}
