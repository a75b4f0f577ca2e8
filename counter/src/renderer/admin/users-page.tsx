// Staff accounts: create, change role, reset a password, deactivate (never delete). The hub refuses
// to leave the office without an active admin (409 last-admin); that refusal shows on the row.
import { pick, UserCreateBody, type Lang, type StaffRole } from '@oss/shared';
import { useCallback, useState } from 'react';
import type { SectionProps } from './admin-page';
import { a, ROLE_LABELS, roleOptions, SECTION_LABELS } from './admin-messages';
import { SelectField, TextField } from './fields';
import { FormShell } from './form-shell';
import { AdminTable, ListPage } from './list-page';
import { useFlash, type Text } from './parts';
import { useLoad } from './use-load';
import { check, useSubmit } from './use-submit';
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
    <ListPage
      title={pick(SECTION_LABELS.users, lang)}
      lang={lang}
      flash={flash}
      error={error}
      loading={!data}
      side={<CreateUser admin={admin} lang={lang} onCreated={changed} />}
    >
      {data && (
        <AdminTable
          testId="users-table"
          columns={[a('username', lang), a('displayName', lang), a('role', lang), a('active', lang)]}
          actions
          items={data}
          row={(u) => <UserRow admin={admin} user={u} isMe={u.id === me.id} lang={lang} onChanged={changed} />}
        />
      )}
    </ListPage>
  );
}

function CreateUser({ admin, lang, onCreated }: { admin: SectionProps['admin']; lang: Lang; onCreated: (text: Text) => void }) {
  const empty = { username: '', displayName: '', role: 'staff' as StaffRole, password: '' };
  const [form, setForm] = useState(empty);
  const { errors, busy, submit } = useSubmit({ fieldOf: { 'username-taken': 'username', 'weak-password': 'password' } });

  function create() {
    void submit(
      check(UserCreateBody, form, async (data) => {
        const { user } = await admin.createUser(data);
        setForm(empty);
        onCreated((l) => `${a('saved', l)}: ${user.username} (${pick(ROLE_LABELS[user.role], l)})`);
      }),
    );
  }

  const f = { errors, lang };
  return (
    <FormShell
      testId="user-form"
      title={a('newUser', lang)}
      {...f}
      busy={busy}
      onSubmit={create}
      submitLabel={a('add', lang)}
      submitTestId="user-save"
    >
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
    </FormShell>
  );
}
