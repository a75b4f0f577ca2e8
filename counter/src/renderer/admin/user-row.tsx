// One staff account in the list, with its changes: role, password reset, (de)activation. A refusal
// (the last admin) is shown on the row itself.
import { pick, UserPatchBody, type AdminUser, type Lang, type StaffRole, type UserPatchBody as Patch } from '@oss/shared';
import { useState } from 'react';
import type { AdminApi } from './admin-api';
import { a, ROLE_LABELS, roleOptions } from './admin-messages';
import { errorAt, FORM } from './form-errors';
import type { Text } from './parts';
import { check, useSubmit } from './use-submit';

interface Props {
  admin: AdminApi;
  user: AdminUser;
  isMe: boolean;
  lang: Lang;
  onChanged: (text: Text) => void;
}

export function UserRow({ admin, user, isMe, lang, onChanged }: Props) {
  const [role, setRole] = useState<StaffRole>(user.role);
  const [resetting, setResetting] = useState(false);
  const [password, setPassword] = useState('');
  // The role shows the choice at once; back to the real one if the hub refuses it.
  const { errors, busy, submit } = useSubmit({ onRefused: () => setRole(user.role) });

  function patch(body: Patch, done: Text) {
    return submit(
      check(UserPatchBody, body, async (data) => {
        await admin.updateUser(user.id, data);
        setResetting(false);
        setPassword('');
        onChanged(done);
      }),
    );
  }

  const error = errorAt(errors, FORM, lang) ?? errorAt(errors, 'password', lang);
  const id = `user-${user.username}`;
  return (
    <>
      <tr className={user.active ? '' : 'row-inactive'} data-testid={`user-row-${user.username}`}>
        <td className="mono strong">{user.username}</td>
        <td>
          {user.displayName}
          {isMe && <span className="muted"> ({lang === 'th' ? 'คุณ' : 'you'})</span>}
        </td>
        <td>
          <label className="sr-only" htmlFor={`${id}-role`}>
            {a('role', lang)} {user.username}
          </label>
          <select
            id={`${id}-role`}
            value={role}
            disabled={busy}
            onChange={(e) => {
              const next = roleOptions(lang).find((o) => o.value === e.target.value)?.value ?? user.role;
              setRole(next);
              void patch({ role: next }, (l) => `${user.username}: ${pick(ROLE_LABELS[next], l)}`);
            }}
            data-testid={`role-${user.username}`}
          >
            {roleOptions(lang).map((o) => (
              <option key={o.value} value={o.value}>
                {o.label}
              </option>
            ))}
          </select>
        </td>
        <td>{a(user.active ? 'active' : 'inactive', lang)}</td>
        <td>
          <div className="row-buttons">
            <button
              type="button"
              className="btn btn-small"
              disabled={busy}
              onClick={() => setResetting(!resetting)}
              data-testid={`reset-${user.username}`}
            >
              {a('resetPassword', lang)}
            </button>
            <button
              type="button"
              className={`btn btn-small ${user.active ? 'btn-danger' : ''}`}
              disabled={busy}
              onClick={() =>
                void patch({ active: !user.active }, (l) => `${user.username}: ${a(user.active ? 'inactive' : 'active', l)}`)
              }
              data-testid={`toggle-${user.username}`}
            >
              {a(user.active ? 'deactivate' : 'reactivate', lang)}
            </button>
          </div>
        </td>
      </tr>
      {(resetting || error) && (
        <tr className="row-detail">
          <td colSpan={5}>
            {resetting && (
              <form
                className="inline-form"
                onSubmit={(e) => {
                  e.preventDefault();
                  void patch({ password }, (l) => `${user.username}: ${a('passwordReset', l)}`);
                }}
              >
                <label htmlFor={`${id}-password`}>{a('newPassword', lang)}</label>
                <input
                  id={`${id}-password`}
                  type="password"
                  autoComplete="new-password"
                  value={password}
                  onChange={(e) => setPassword(e.target.value)}
                  data-testid={`new-password-${user.username}`}
                />
                <button type="submit" className="btn btn-small btn-primary" disabled={busy}>
                  {a('save', lang)}
                </button>
              </form>
            )}
            {error && (
              <p className="form-error" role="alert" data-testid={`user-error-${user.username}`}>
                {error}
              </p>
            )}
          </td>
        </tr>
      )}
    </>
  );
}
