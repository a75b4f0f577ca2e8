// Kiosks and TV displays: create one and show its one-time pairing code, large, to type on the
// device; each device's settings (a kiosk's printer and services, a display's counters and voice).
import {
  DeviceCreateBody,
  formatDate,
  formatTime,
  pick,
  type Device,
  type DevicePairingResponse,
  type DeviceKind,
} from '@oss/shared';
import { useCallback, useState, type FormEvent } from 'react';
import type { SectionProps } from './admin-page';
import { a, SECTION_LABELS } from './admin-messages';
import { DeviceSettingsForm } from './device-settings-form';
import { FormError, SelectField, TextField } from './fields';
import { serverErrors, validate, type FieldErrors } from './form-errors';
import { ConfirmButton, Flash, LoadState, localZone, useFlash } from './parts';
import { PairingCode } from './pairing-code';
import { useLoad } from './use-load';

export function DevicesPage({ admin, lang, onUnauthorized }: SectionProps) {
  const load = useCallback(async () => {
    const [{ devices }, { services }, { counters }] = await Promise.all([admin.devices(), admin.services(), admin.counters()]);
    return { devices, services, counters };
  }, [admin]);
  const { data, error, reload } = useLoad(load, onUnauthorized);
  const [editing, setEditing] = useState<Device | null>(null);
  const [pairing, setPairing] = useState<DevicePairingResponse | null>(null);
  const [rowError, setRowError] = useState<FieldErrors>({});
  const [flash, setFlash] = useFlash();
  const zone = localZone();
  const when = (iso: string | null) =>
    iso ? `${formatDate(new Date(iso), lang, zone, 'short')} ${formatTime(new Date(iso), zone)}` : '–';

  async function newCode(device: Device) {
    try {
      setPairing(await admin.newPairingCode(device.id));
      void reload();
    } catch (err) {
      setRowError(serverErrors(err));
    }
  }

  async function remove(device: Device) {
    try {
      await admin.deleteDevice(device.id);
      setFlash((l) => `${a('remove', l)}: ${device.name}`);
      if (editing?.id === device.id) setEditing(null);
      void reload();
    } catch (err) {
      setRowError(serverErrors(err));
    }
  }

  return (
    <div className="admin-split">
      <section className="card manage-card">
        <div className="section-head">
          <h2>{pick(SECTION_LABELS.devices, lang)}</h2>
        </div>
        <Flash text={flash} lang={lang} />
        <FormError errors={rowError} lang={lang} />
        <LoadState error={error} loading={!data} lang={lang} />
        {data && data.devices.length === 0 && <p className="muted">{a('none', lang)}</p>}
        {data && data.devices.length > 0 && (
          <table className="table" data-testid="devices-table">
            <thead>
              <tr>
                <th scope="col">{a('deviceName', lang)}</th>
                <th scope="col">{a('kind', lang)}</th>
                <th scope="col">{a('paired', lang)}</th>
                <th scope="col">{a('lastSeen', lang)}</th>
                <th scope="col" />
              </tr>
            </thead>
            <tbody>
              {data.devices.map((d) => (
                <tr key={d.id} data-testid={`device-row-${d.id}`}>
                  <td className="strong">
                    {d.name}
                    {d.kind === 'kiosk' && (
                      <div className="muted small">
                        {a('printer', lang)}: {d.settings.printer?.url ?? '–'}
                      </div>
                    )}
                  </td>
                  <td>{a(d.kind, lang)}</td>
                  <td>{a(d.paired ? 'paired' : 'notPaired', lang)}</td>
                  <td>{when(d.lastSeenAt)}</td>
                  <td>
                    <div className="row-buttons">
                      <button
                        type="button"
                        className="btn btn-small"
                        onClick={() => setEditing(d)}
                        data-testid={`edit-device-${d.id}`}
                      >
                        {a('edit', lang)}
                      </button>
                      <button type="button" className="btn btn-small" onClick={() => void newCode(d)}>
                        {a('newPairingCode', lang)}
                      </button>
                      <ConfirmButton label={a('remove', lang)} lang={lang} onConfirm={() => void remove(d)} />
                    </div>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </section>
      <div className="admin-side">
        {pairing && <PairingCode pairing={pairing} lang={lang} onClose={() => setPairing(null)} />}
        {editing && data ? (
          <DeviceSettingsForm
            key={editing.id}
            admin={admin}
            device={editing}
            services={data.services}
            counters={data.counters}
            lang={lang}
            onDone={(text) => {
              setEditing(null);
              setFlash(text);
              void reload();
            }}
            onCancel={() => setEditing(null)}
          />
        ) : (
          <CreateDevice
            admin={admin}
            lang={lang}
            onCreated={(created) => {
              setPairing(created);
              void reload();
            }}
          />
        )}
      </div>
    </div>
  );
}

function CreateDevice({
  admin,
  lang,
  onCreated,
}: {
  admin: SectionProps['admin'];
  lang: SectionProps['lang'];
  onCreated: (pairing: DevicePairingResponse) => void;
}) {
  const [name, setName] = useState('');
  const [kind, setKind] = useState<DeviceKind>('kiosk');
  const [errors, setErrors] = useState<FieldErrors>({});
  const [busy, setBusy] = useState(false);

  async function create(e: FormEvent) {
    e.preventDefault();
    const checked = validate(DeviceCreateBody, { name, kind });
    if (!checked.ok) {
      setErrors(checked.errors);
      return;
    }
    setErrors({});
    setBusy(true);
    try {
      onCreated(await admin.createDevice(checked.data));
      setName('');
    } catch (err) {
      setErrors(serverErrors(err));
    } finally {
      setBusy(false);
    }
  }

  const kinds = [
    { value: 'kiosk' as const, label: a('kiosk', lang) },
    { value: 'display' as const, label: a('display', lang) },
  ];
  return (
    <form className="card manage-card admin-form" onSubmit={create} noValidate data-testid="device-form">
      <h2>{a('newDevice', lang)}</h2>
      <div className="form-grid">
        <TextField
          label={a('deviceName', lang)}
          path="name"
          errors={errors}
          lang={lang}
          value={name}
          onChange={setName}
          testId="device-name"
        />
        <SelectField
          label={a('kind', lang)}
          path="kind"
          errors={errors}
          lang={lang}
          value={kind}
          options={kinds}
          onChange={setKind}
          testId="device-kind"
        />
      </div>
      <FormError errors={errors} lang={lang} />
      <div className="form-buttons">
        <button type="submit" className="btn btn-primary" disabled={busy} data-testid="device-save">
          {busy ? a('saving', lang) : a('add', lang)}
        </button>
      </div>
    </form>
  );
}
