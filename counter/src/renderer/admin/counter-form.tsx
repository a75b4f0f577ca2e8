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
import { useState } from 'react';
import type { AdminApi } from './admin-api';
import { a } from './admin-messages';
import { LocalizedFields, numberOrText, TextField } from './fields';
import { errorAt } from './form-errors';
import { FormShell } from './form-shell';
import type { FormDone } from './list-edit-page';
import { OrderedChoice } from './service-order';
import { check, useSubmit } from './use-submit';

interface Props extends FormDone {
  admin: AdminApi;
  counter: AdminCounter | null;
  services: AdminService[];
  nextOrder: number;
  lang: Lang;
}

export function CounterForm({ admin, counter, services, nextOrder, lang, onDone, onCancel }: Props) {
  const [names, setNames] = useState<Localized>(counter?.names ?? { th: '', en: '' });
  const [serviceIds, setServiceIds] = useState<number[]>(counter?.serviceIds ?? []);
  const [ratio, setRatio] = useState(String(counter?.normalPerPriority ?? 2));
  const [order, setOrder] = useState(String(counter?.sortOrder ?? nextOrder));
  const { errors, busy, submit, run } = useSubmit({ fieldOf: { 'service-not-found': 'serviceIds' } });

  function save() {
    const body = { names, serviceIds, normalPerPriority: numberOrText(ratio), sortOrder: numberOrText(order) };
    const saved = ({ counter: { names: label } }: { counter: AdminCounter }) =>
      onDone((l) => `${a('saved', l)}: ${pick(label, l)}`);
    void submit(
      counter
        ? check(CounterPatchBody, body, async (data) => saved(await admin.updateCounter(counter.id, data)))
        : check(CounterCreateBody, body, async (data) => saved(await admin.createCounter(data))),
    );
  }

  const remove = (id: number) =>
    run(async () => {
      const { result } = await admin.deleteCounter(id);
      onDone((l) => a(result === 'archived' ? 'counterArchived' : 'counterDeleted', l));
    });

  const f = { errors, lang };
  return (
    <FormShell
      testId="counter-form"
      title={counter ? `${a('edit', lang)} ${pick(counter.names, lang)}` : a('newCounter', lang)}
      {...f}
      busy={busy}
      onSubmit={save}
      submitTestId="counter-save"
      onCancel={onCancel}
      onRemove={counter ? () => void remove(counter.id) : undefined}
    >
      <div className="form-grid">
        <LocalizedFields
          {...f}
          labels={{ th: a('nameTh', lang), en: a('nameEn', lang) }}
          path="names"
          value={names}
          onChange={setNames}
          placeholders={{ th: 'ช่องบริการ 5', en: 'Counter 5' }}
          testId="counter-name"
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
    </FormShell>
  );
}
