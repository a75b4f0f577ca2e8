// Add or change a counter: names, the services it calls from in order, the calling policy.
import {
  CounterCreateBody,
  CounterPatchBody,
  pick,
  type AdminCounter,
  type AdminService,
  type Lang,
  type Localized,
} from '@oss/shared';
import { useState, type FormEvent } from 'react';
import type { AdminApi } from './admin-api';
import { a } from './admin-messages';
import { FormError, numberOrText, TextField } from './fields';
import { errorAt, serverErrors, validate, type FieldErrors } from './form-errors';
import { ConfirmButton, type Text } from './parts';
import { OrderedChoice } from './service-order';

interface Props {
  admin: AdminApi;
  counter: AdminCounter | null;
  services: AdminService[];
  nextOrder: number;
  lang: Lang;
  onDone: (message: Text) => void;
  onCancel: () => void;
}

export function CounterForm({ admin, counter, services, nextOrder, lang, onDone, onCancel }: Props) {
  const [names, setNames] = useState<Localized>(counter?.names ?? { th: '', en: '' });
  const [serviceIds, setServiceIds] = useState<number[]>(counter?.serviceIds ?? []);
  const [ratio, setRatio] = useState(String(counter?.normalPerPriority ?? 2));
  const [order, setOrder] = useState(String(counter?.sortOrder ?? nextOrder));
  const [errors, setErrors] = useState<FieldErrors>({});
  const [busy, setBusy] = useState(false);

  async function save(e: FormEvent) {
    e.preventDefault();
    const body = { names, serviceIds, normalPerPriority: numberOrText(ratio), sortOrder: numberOrText(order) };
    let send: (() => Promise<{ counter: AdminCounter }>) | null = null;
    let problems: FieldErrors = {};
    if (counter) {
      const checked = validate(CounterPatchBody, body);
      if (checked.ok) send = () => admin.updateCounter(counter.id, checked.data);
      else problems = checked.errors;
    } else {
      const checked = validate(CounterCreateBody, body);
      if (checked.ok) send = () => admin.createCounter(checked.data);
      else problems = checked.errors;
    }
    setErrors(problems);
    if (!send) return;
    setBusy(true);
    try {
      const saved = await send();
      const label = saved.counter.names;
      onDone((l) => `${a('saved', l)}: ${pick(label, l)}`);
    } catch (err) {
      setErrors(serverErrors(err, { 'service-not-found': 'serviceIds' }));
      setBusy(false);
    }
  }

  async function remove() {
    if (!counter) return;
    setBusy(true);
    try {
      const { result } = await admin.deleteCounter(counter.id);
      onDone((l) => a(result === 'archived' ? 'counterArchived' : 'counterDeleted', l));
    } catch (err) {
      setErrors(serverErrors(err));
      setBusy(false);
    }
  }

  const f = { errors, lang };
  return (
    <form className="card manage-card admin-form" onSubmit={save} noValidate data-testid="counter-form">
      <h2>{counter ? `${a('edit', lang)} ${pick(counter.names, lang)}` : a('newCounter', lang)}</h2>
      <div className="form-grid">
        <TextField
          {...f}
          label={a('nameTh', lang)}
          path="names.th"
          value={names.th}
          onChange={(th) => setNames({ ...names, th })}
          placeholder="ช่องบริการ 5"
          testId="counter-name-th"
        />
        <TextField
          {...f}
          label={a('nameEn', lang)}
          path="names.en"
          value={names.en}
          onChange={(en) => setNames({ ...names, en })}
          placeholder="Counter 5"
          testId="counter-name-en"
        />
        <OrderedChoice
          legend={a('counterServices', lang)}
          choices={services.map((s) => ({ id: s.id, label: s.name, code: s.code }))}
          selected={serviceIds}
          onChange={setServiceIds}
          lang={lang}
          error={errorAt(errors, 'serviceIds', lang)}
          testId="counter-service"
        />
        <TextField
          {...f}
          label={a('ratio', lang)}
          path="normalPerPriority"
          value={ratio}
          onChange={setRatio}
          inputMode="numeric"
          hint={a('ratioHint', lang)}
          className="field-wide"
          testId="counter-ratio"
        />
        <TextField
          {...f}
          label={a('order', lang)}
          path="sortOrder"
          value={order}
          onChange={setOrder}
          inputMode="numeric"
          testId="counter-order"
        />
      </div>
      <FormError errors={errors} lang={lang} />
      <div className="form-buttons">
        {counter && <ConfirmButton label={a('remove', lang)} lang={lang} disabled={busy} onConfirm={() => void remove()} />}
        <button type="button" className="btn" onClick={onCancel}>
          {a('cancel', lang)}
        </button>
        <button type="submit" className="btn btn-primary" disabled={busy} data-testid="counter-save">
          {busy ? a('saving', lang) : a('save', lang)}
        </button>
      </div>
    </form>
  );
}
