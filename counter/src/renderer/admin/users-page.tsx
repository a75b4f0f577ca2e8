// Staff accounts: create, change role, reset a password, deactivate (never delete). The hub refuses
// to leave the office without an active admin (409 last-admin); that refusal shows on the row.
import { pick, UserCreateBody, type Lang, type StaffRole } from '@oss/shared';
import { useCallback, useState, type FormEvent } from 'react';
import type { SectionProps } from './admin-page';
import { a, ROLE_LABELS, roleOptions, SECTION_LABELS } from './admin-messages';
import { FormError, SelectField, TextField } from './fields';
import { serverErrors, validate, type FieldErrors } from './form-errors';
import { Flash, LoadState, useFlash, type Text } from './parts';
import { useLoad } from './use-load';
import { UserRow } from './user-row';

export function UsersPage({ admin, user: me, lang, onUnauthorized }: SectionProps) {
  const load = useCallback(async () => (await admin.users()).users, [admin]);
  const { data, error, reload } = useLoad(load, onUnauthorized);
  const [flash, setFlash] = useFlash();
  const changed = (text: Text) => {
    setFlash(text);
    void reload();
  };

  return (
    <div className="admin-split">
      <section className="card manage-card">
        <div className="section-head">
          <h2>{pick(SECTION_LABELS.users, lang)}</h2>
        </div>
        <Flash text={flash} lang={lang} />
        <LoadState error={error} loading={!data} lang={lang} />
        {data && (
          <table className="table" data-testid="users-table">
            <thead>
              <tr>
                <th scope="col">{a('username', lang)}</th>
                <th scope="col">{a('displayName', lang)}</th>
                <th scope="col">{a('role', lang)}</th>
                <th scope="col">{a('active', lang)}</th>
                <th scope="col" />
              </tr>
            </thead>
            <tbody>
              {data.map((u) => (
                <UserRow key={u.id} admin={admin} user={u} isMe={u.id === me.id} lang={lang} onChanged={changed} />
              ))}
            </tbody>
          </table>
        )}
      </section>
      <CreateUser admin={admin} lang={lang} onCreated={changed} />
    </div>
  );
}

function CreateUser({ admin, lang, onCreated }: { admin: SectionProps['admin']; lang: Lang; onCreated: (text: Text) => void }) {
  const empty = { username: '', displayName: '', role: 'staff' as StaffRole, password: '' };
  const [form, setForm] = useState(empty);
  const [errors, setErrors] = useState<FieldErrors>({});
  const [busy, setBusy] = useState(false);

  async function create(e: FormEvent) {
    e.preventDefault();
    const checked = validate(UserCreateBody, form);
    if (!checked.ok) {
      setErrors(checked.errors);
      return;
    }
    setErrors({});
    setBusy(true);
    try {
      const { user } = await admin.createUser(checked.data);
      setForm(empty);
      onCreated((l) => `${a('saved', l)}: ${user.username} (${pick(ROLE_LABELS[user.role], l)})`);
    } catch (err) {
      setErrors(serverErrors(err, { 'username-taken': 'username' }));
    } finally {
      setBusy(false);
    }
  }

  const f = { errors, lang };
  return (
    <form className="card manage-card admin-form" onSubmit={create} noValidate data-testid="user-form">
      <h2>{a('newUser', lang)}</h2>
      <div className="form-grid">
        <TextField
          {...f}
          label={a('username', lang)}
          path="username"
          value={form.username}
          onChange={(username) => setForm({ ...form, username })}
          testId="user-username"
        />
        <TextField
          {...f}
          label={a('displayName', lang)}
          path="displayName"
          value={form.displayName}
          onChange={(displayName) => setForm({ ...form, displayName })}
          testId="user-display-name"
        />
        <SelectField
          {...f}
          label={a('role', lang)}
          path="role"
          value={form.role}
          options={roleOptions(lang)}
          onChange={(role) => setForm({ ...form, role })}
          testId="user-role"
        />
        <TextField
          {...f}
          label={a('password', lang)}
          path="password"
          type="password"
          autoComplete="new-password"
          value={form.password}
          onChange={(password) => setForm({ ...form, password })}
          testId="user-password"
        />
      </div>
      <FormError errors={errors} lang={lang} />
      <div className="form-buttons">
        <button type="submit" className="btn btn-primary" disabled={busy} data-testid="user-save">
          {busy ? a('saving', lang) : a('add', lang)}
        </button>
      </div>
    </form>
  );
}
