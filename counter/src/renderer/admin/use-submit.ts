// The save of an admin form: the schema's errors shown by their field and nothing sent, or the body
// sent with the button busy meanwhile and the hub's refusal shown by the field it names.
import { useState } from 'react';
import { serverErrors, validate, type FieldErrors, type Parser } from './form-errors';

/** What a press of "save" does: send, or show what is wrong. */
export type Attempt = { send: () => Promise<void> } | { errors: FieldErrors };

/** Checks `body` with a shared schema: an attempt that sends the parsed body, or its errors. */
export function check<T>(schema: Parser<T>, body: unknown, send: (data: T) => Promise<void>): Attempt {
  const checked = validate(schema, body);
  return checked.ok ? { send: () => send(checked.data) } : { errors: checked.errors };
}

/** The problems an attempt shows (none when it would send). */
export function problemsOf(attempt: Attempt): FieldErrors {
  return 'errors' in attempt ? attempt.errors : {};
}

interface Options {
  /** Error codes this form ties to one of its fields ({ 'code-taken': 'code' }). */
  fieldOf?: Record<string, string>;
  /** What to undo when the hub refuses. */
  onRefused?: () => void;
}

export function useSubmit({ fieldOf, onRefused }: Options = {}) {
  const [errors, setErrors] = useState<FieldErrors>({});
  const [busy, setBusy] = useState(false);

  /** Sends, busy meanwhile; a refusal goes under its field. Earlier errors stay until it is refused. */
  async function run(send: () => Promise<void>) {
    setBusy(true);
    try {
      await send();
    } catch (err) {
      setErrors(serverErrors(err, fieldOf));
      onRefused?.();
    } finally {
      setBusy(false);
    }
  }

  async function submit(attempt: Attempt) {
    if ('errors' in attempt) {
      setErrors(attempt.errors);
      return;
    }
    setErrors({});
    await run(attempt.send);
  }

  return { errors, busy, submit, run };
}
