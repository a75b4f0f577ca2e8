// A device's name and settings: for a kiosk the printer and the services it offers, for a display
// the counters and services it shows and the voice. Languages for both.
import { DisplaySettings, KioskSettings, pick, type AdminCounter, type AdminService, type Device, type Lang } from '@oss/shared';
import { useState } from 'react';
import type { AdminApi } from './admin-api';
import { a } from './admin-messages';
import { CheckField, SelectField, TextField } from './fields';
import { errorAt, validate, type FieldErrors } from './form-errors';
import { FormShell } from './form-shell';
import type { FormDone } from './list-edit-page';
import { OrderedChoice } from './service-order';
import { useSubmit } from './use-submit';

interface Props extends FormDone {
  admin: AdminApi;
  device: Device;
  services: AdminService[];
  counters: AdminCounter[];
  lang: Lang;
}

type Languages = Array<'th' | 'en'>;

/** Errors from checking `settings` alone, placed as the hub names them (settings.printer.url). */
function under(prefix: string, errors: FieldErrors): FieldErrors {
  return Object.fromEntries(Object.entries(errors).map(([k, v]) => [`${prefix}.${k}`, v]));
}

export function DeviceSettingsForm({ admin, device, services, counters, lang, onDone, onCancel }: Props) {
  const kiosk = device.kind === 'kiosk' ? device.settings : null;
  const display = device.kind === 'display' ? device.settings : null;
  const [name, setName] = useState(device.name);
  const [printerUrl, setPrinterUrl] = useState(kiosk?.printer?.url ?? '');
  const [width, setWidth] = useState<'576' | '384'>(kiosk?.printer?.profile.width === 384 ? '384' : '576');
  const [mode, setMode] = useState<'raster' | 'tis620'>(kiosk?.printer?.profile.mode ?? 'raster');
  const [serviceIds, setServiceIds] = useState<number[] | null>(kiosk?.serviceIds ?? display?.serviceIds ?? null);
  const [counterIds, setCounterIds] = useState<number[] | null>(display?.counterIds ?? null);
  const [voice, setVoice] = useState(display?.voice ?? true);
  const [languages, setLanguages] = useState<Languages>(device.settings.languages);
  const { errors, busy, submit } = useSubmit();

  function save() {
    const nameProblem: FieldErrors = name.trim() ? {} : { name: { th: 'กรุณากรอกช่องนี้', en: 'Required' } };
    const printer = printerUrl.trim()
      ? {
          url: printerUrl.trim(),
          profile: { ...kiosk?.printer?.profile, width: width === '384' ? (384 as const) : (576 as const), mode },
        }
      : null;
    const checked = kiosk
      ? validate(KioskSettings, { printer, serviceIds, languages })
      : validate(DisplaySettings, { counterIds, serviceIds, voice, languages });
    if (!checked.ok || !name.trim()) {
      void submit({ errors: { ...nameProblem, ...(checked.ok ? {} : under('settings', checked.errors)) } });
      return;
    }
    const settings = checked.data;
    void submit({
      send: async () => {
        const saved = await admin.updateDevice(device.id, { name: name.trim(), settings });
        onDone((l) => `${a('saved', l)}: ${saved.device.name}`);
      },
    });
  }

  const f = { errors, lang };
  const toggleLang = (l: 'th' | 'en', on: boolean) =>
    setLanguages(on ? (['th', 'en'] as const).filter((x) => x === l || languages.includes(x)) : languages.filter((x) => x !== l));
  const allOr = (ids: number[] | null, label: string, kind: 'services' | 'counters', ordered: boolean) => (
    <div className="field-wide">
      <CheckField
        label={`${label}: ${a('all', lang)}`}
        checked={ids === null}
        onChange={(all) => (kind === 'services' ? setServiceIds : setCounterIds)(all ? null : [])}
        testId={`device-all-${kind}`}
      />
      {ids !== null && (
        <OrderedChoice
          legend={label}
          choices={
            kind === 'services'
              ? services.map((s) => ({ id: s.id, label: s.name, code: s.code }))
              : counters.map((c) => ({ id: c.id, label: c.names }))
          }
          selected={ids}
          onChange={kind === 'services' ? setServiceIds : setCounterIds}
          lang={lang}
          ordered={ordered}
          error={errorAt(errors, `settings.${kind === 'services' ? 'serviceIds' : 'counterIds'}`, lang)}
        />
      )}
    </div>
  );

  return (
    <FormShell
      testId="device-settings-form"
      title={
        <>
          {a('edit', lang)}: {device.name} ({a(device.kind, lang)})
        </>
      }
      {...f}
      busy={busy}
      onSubmit={save}
      submitTestId="device-settings-save"
      onCancel={onCancel}
    >
      <div className="form-grid">
        <TextField {...f} label={a('deviceName', lang)} path="name" value={name} onChange={setName} className="field-wide" />
        {kiosk && (
          <>
            <TextField
              {...f}
              label={a('printerUrl', lang)}
              path="settings.printer.url"
              value={printerUrl}
              onChange={setPrinterUrl}
              hint={a('printerUrlHint', lang)}
              className="field-wide"
              testId="device-printer-url"
            />
            <SelectField
              {...f}
              label={a('paperWidth', lang)}
              path="settings.printer.profile.width"
              value={width}
              options={[
                { value: '576', label: '80 mm (576)' },
                { value: '384', label: '58 mm (384)' },
              ]}
              onChange={setWidth}
            />
            <SelectField
              {...f}
              label={a('printMode', lang)}
              path="settings.printer.profile.mode"
              value={mode}
              options={[
                { value: 'raster', label: a('modeRaster', lang) },
                { value: 'tis620', label: a('modeTis620', lang) },
              ]}
              onChange={setMode}
            />
            {allOr(serviceIds, a('offeredServices', lang), 'services', true)}
          </>
        )}
        {display && (
          <>
            {allOr(counterIds, a('shownCounters', lang), 'counters', false)}
            {allOr(serviceIds, a('shownServices', lang), 'services', false)}
            <CheckField label={a('voice', lang)} checked={voice} onChange={setVoice} testId="device-voice" />
          </>
        )}
        <fieldset className="field-wide">
          <legend>{a('languages', lang)}</legend>
          <CheckField label={a('thai', lang)} checked={languages.includes('th')} onChange={(on) => toggleLang('th', on)} />
          <CheckField label={a('english', lang)} checked={languages.includes('en')} onChange={(on) => toggleLang('en', on)} />
          {errorAt(errors, 'settings.languages', lang) && (
            <span className="field-error" role="alert">
              {errorAt(errors, 'settings.languages', lang)}
            </span>
          )}
        </fieldset>
      </div>
      <p className="muted small">
        {pick({ th: 'อุปกรณ์จะได้รับค่าใหม่เมื่อเชื่อมต่อครั้งถัดไป', en: 'The device picks up the change when it next connects' }, lang)}
      </p>
    </FormShell>
  );
}
