// A list with an "add" button, an "edit" button on each row, and the form for the one chosen beside
// it (services, counters). After a save or a delete the form closes, says so and the list reloads.
import type { Lang } from '@oss/shared';
import { Fragment, useState, type ReactNode } from 'react';
import { AdminTable, ListPage } from './list-page';
import { useFlash, type Text } from './parts';
import { useLoad } from './use-load';

/** What the form is told to do when it is done with, or cancelled. */
export interface FormDone {
  onDone: (message: Text) => void;
  onCancel: () => void;
}

interface Props<T extends { id: number }, D> {
  title: string;
  lang: Lang;
  onUnauthorized: () => void;
  load: () => Promise<D>;
  /** The rows in what `load` gave. */
  items: (data: D) => readonly T[];
  addLabel: string;
  addTestId: string;
  tableTestId: string;
  columns: readonly string[];
  /** One row; `edit` opens the form on it. */
  row: (item: T, edit: () => void, data: D) => ReactNode;
  /** The form for `item` (null: a new one); `data` is null until loaded. */
  form: (item: T | null, data: D | null, done: FormDone) => ReactNode;
}

export function ListEditPage<T extends { id: number }, D>({
  title,
  lang,
  onUnauthorized,
  load,
  items,
  addLabel,
  addTestId,
  tableTestId,
  columns,
  row,
  form,
}: Props<T, D>) {
  const { data, error, reload } = useLoad(load, onUnauthorized);
  const [editing, setEditing] = useState<T | 'new' | null>(null);
  const [flash, setFlash] = useFlash();
  const done: FormDone = {
    onDone: (text) => {
      setEditing(null);
      setFlash(text);
      void reload();
    },
    onCancel: () => setEditing(null),
  };

  const add = (
    <button type="button" className="btn btn-primary" onClick={() => setEditing('new')} data-testid={addTestId}>
      + {addLabel}
    </button>
  );
  // Keyed: another item gets a fresh form.
  const side = editing && (
    <Fragment key={editing === 'new' ? 'new' : editing.id}>{form(editing === 'new' ? null : editing, data, done)}</Fragment>
  );
  return (
    <ListPage title={title} action={add} lang={lang} flash={flash} error={error} loading={!data} side={side}>
      {data && (
        <AdminTable
          testId={tableTestId}
          columns={columns}
          actions
          items={items(data)}
          row={(item) => row(item, () => setEditing(item), data)}
        />
      )}
    </ListPage>
  );
}
