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
import { useCallback, useState } from 'react';
import type { SectionProps } from './admin-page';
import { a, SECTION_LABELS } from './admin-messages';
import { DeviceSettingsForm } from './device-settings-form';
import { SelectField, TextField } from './fields';
import { FormShell } from './form-shell';
import { AdminTable, EditButton, ListPage } from './list-page';
import { ConfirmButton, localZone, useFlash } from './parts';
import { PairingCode } from './pairing-code';
import { useLoad } from './use-load';
import { check, useSubmit } from './use-submit';

export function DevicesPage({ admin, lang, onUnauthorized }: SectionProps) {
  const load = useCallback(async () => {
    const [{ devices }, { services }, { counters }] = await Promise.all([admin.devices(), admin.services(), admin.counters()]);
    return { devices, services, counters };
  }, [admin]);
  const { data, error, reload } = useLoad(load, onUnauthorized);
  const [editing, setEditing] = useState<Device | null>(null);
  const [pairing, setPairing] = useState<DevicePairingResponse | null>(null);
  // The row buttons' refusals (not tied to a form).
  const rows = useSubmit();
  const [flash, setFlash] = useFlash();
  const zone = localZone();
  const when = (iso: string | null) =>
    iso ? `${formatDate(new Date(iso), lang, zone, 'short')} ${formatTime(new Date(iso), zone)}` : '–';

  const newCode = (device: Device) =>
    rows.run(async () => {
      setPairing(await admin.newPairingCode(device.id));
      void reload();
    });

  const remove = (device: Device) =>
    rows.run(async () => {
      await admin.deleteDevice(device.id);
      setFlash((l) => `${a('remove', l)}: ${device.name}`);
      if (editing?.id === device.id) setEditing(null);
      void reload();
    });

  const side = (
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
  );
  return (
    <ListPage
      title={pick(SECTION_LABELS.devices, lang)}
      lang={lang}
      flash={flash}
      rowErrors={rows.errors}
      error={error}
      loading={!data}
      side={side}
    >
      {data && data.devices.length === 0 && <p className="muted">{a('none', lang)}</p>}
      {data && data.devices.length > 0 && (
        <AdminTable
          testId="devices-table"
          columns={[a('deviceName', lang), a('kind', lang), a('paired', lang), a('lastSeen', lang)]}
          actions
          items={data.devices}
          row={(d) => (
            <tr data-testid={`device-row-${d.id}`}>
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
                  <EditButton lang={lang} onClick={() => setEditing(d)} testId={`edit-device-${d.id}`} />
                  <button type="button" className="btn btn-small" onClick={() => void newCode(d)}>
                    {a('newPairingCode', lang)}
                  </button>
                  <ConfirmButton label={a('remove', lang)} lang={lang} onConfirm={() => void remove(d)} />
                </div>
              </td>
            </tr>
          )}
        />
      )}
    </ListPage>
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
  const { errors, busy, submit } = useSubmit();

  function create() {
    void submit(
      check(DeviceCreateBody, { name, kind }, async (data) => {
        onCreated(await admin.createDevice(data));
        setName('');
      }),
    );
  }

  const kinds = [
    { value: 'kiosk' as const, label: a('kiosk', lang) },
    { value: 'display' as const, label: a('display', lang) },
  ];
  const f = { errors, lang };
  return (
    <FormShell
      testId="device-form"
      title={a('newDevice', lang)}
      {...f}
      busy={busy}
      onSubmit={create}
      submitLabel={a('add', lang)}
      submitTestId="device-save"
    >
      <div className="form-grid">
        <TextField {...f} label={a('deviceName', lang)} path="name" value={name} onChange={setName} testId="device-name" />
        <SelectField
          {...f}
          label={a('kind', lang)}
          path="kind"
          value={kind}
          options={kinds}
          onChange={setKind}
          testId="device-kind"
        />
      </div>
    </FormShell>
  );
}
