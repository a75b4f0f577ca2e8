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
import { useState, type FormEvent } from 'react';
import type { AdminApi } from './admin-api';
import { a } from './admin-messages';
import { DocumentsEditor } from './documents-editor';
import { CheckField, FormError, numberOrText, TextArea, TextField } from './fields';
import { serverErrors, validate, type FieldErrors } from './form-errors';
import { ConfirmButton, type Text } from './parts';

interface Props {
  admin: AdminApi;
  service: AdminService | null;
  nextOrder: number;
  lang: Lang;
  onDone: (message: Text) => void;
  onCancel: () => void;
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
  const [errors, setErrors] = useState<FieldErrors>({});
  const [busy, setBusy] = useState(false);

  async function save(e: FormEvent) {
    e.preventDefault();
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
    let send: (() => Promise<{ service: AdminService }>) | null = null;
    let problems: FieldErrors = {};
    if (service) {
      const checked = validate(ServicePatchBody, body);
      if (checked.ok) send = () => admin.updateService(service.id, checked.data);
      else problems = checked.errors;
    } else {
      const checked = validate(ServiceCreateBody, body);
      if (checked.ok) send = () => admin.createService(checked.data);
      else problems = checked.errors;
    }
    const hours = hoursProblem({ openTime: body.openTime, closeTime: body.closeTime });
    if (hours) problems.closeTime ??= { th: 'กรอกทั้งเวลาเปิดและเวลาปิด (เปิดก่อนปิด) หรือเว้นว่างทั้งคู่', en: hours };
    if (!send || hours) {
      setErrors(problems);
      return;
    }
    setBusy(true);
    setErrors({});
    try {
      const saved = await send();
      const label = `${saved.service.code} ${pick(saved.service.name, lang)}`;
      onDone((l) => `${a('saved', l)}: ${label}`);
    } catch (err) {
      setErrors(serverErrors(err, { 'code-taken': 'code' }));
    } finally {
      setBusy(false);
    }
  }

  async function remove() {
    if (!service) return;
    setBusy(true);
    try {
      await admin.deleteService(service.id);
      onDone((l) => `${a('remove', l)}: ${service.code}`);
    } catch (err) {
      setErrors(serverErrors(err));
      setBusy(false);
    }
  }

  const f = { errors, lang };
  return (
    <form className="card manage-card admin-form" onSubmit={save} noValidate data-testid="service-form">
      <h2>{service ? `${a('edit', lang)} ${service.code}` : a('newService', lang)}</h2>
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
        <TextField
          {...f}
          label={a('nameTh', lang)}
          path="name.th"
          value={name.th}
          onChange={(th) => setName({ ...name, th })}
          testId="service-name-th"
        />
        <TextField
          {...f}
          label={a('nameEn', lang)}
          path="name.en"
          value={name.en}
          onChange={(en) => setName({ ...name, en })}
          testId="service-name-en"
        />
        <TextArea
          {...f}
          label={a('descriptionTh', lang)}
          path="description.th"
          value={description.th}
          onChange={(th) => setDescription({ ...description, th })}
          rows={2}
        />
        <TextArea
          {...f}
          label={a('descriptionEn', lang)}
          path="description.en"
          value={description.en}
          onChange={(en) => setDescription({ ...description, en })}
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
      <FormError errors={errors} lang={lang} />
      <div className="form-buttons">
        {service && !service.hasTickets && (
          <ConfirmButton label={a('remove', lang)} lang={lang} disabled={busy} onConfirm={() => void remove()} />
        )}
        <button type="button" className="btn" onClick={onCancel}>
          {a('cancel', lang)}
        </button>
        <button type="submit" className="btn btn-primary" disabled={busy} data-testid="service-save">
          {busy ? a('saving', lang) : a('save', lang)}
        </button>
      </div>
    </form>
  );
}
