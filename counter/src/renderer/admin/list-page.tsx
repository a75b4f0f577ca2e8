// The admin pages that list things: the list in a card on the left (its title, an optional button
// beside it, the "saved" line, the load state) and a form on the right.
import type { Lang } from '@oss/shared';
import { Fragment, type ReactNode } from 'react';
import { a } from './admin-messages';
import { FormError } from './fields';
import type { FieldErrors } from './form-errors';
import { Flash, LoadState, type Text } from './parts';

interface Props {
  title: string;
  /** Beside the title (an "add" button). */
  action?: ReactNode;
  lang: Lang;
  flash: Text | null;
  error: unknown;
  loading: boolean;
  /** A refusal of something done from a row (not tied to a form). */
  rowErrors?: FieldErrors;
  /** The list. */
  children: ReactNode;
  /** Right of the list. */
  side: ReactNode;
}

export function ListPage({ title, action, lang, flash, error, loading, rowErrors, children, side }: Props) {
  return (
    <div className="admin-split">
      <section className="card manage-card">
        <div className="section-head">
          <h2>{title}</h2>
          {action}
        </div>
        <Flash text={flash} lang={lang} />
        {rowErrors && <FormError errors={rowErrors} lang={lang} />}
        <LoadState error={error} loading={loading} lang={lang} />
        {children}
      </section>
      {side}
    </div>
  );
}

/** A table of items, a row each; `actions` adds a last column, without a heading, for the buttons. */
export function AdminTable<T extends { id: number }>({
  testId,
  className = 'table',
  columns,
  actions = false,
  items,
  row,
}: {
  testId: string;
  className?: string;
  columns: readonly string[];
  actions?: boolean;
  items: readonly T[];
  row: (item: T) => ReactNode;
}) {
  return (
    <table className={className} data-testid={testId}>
      <thead>
        <tr>
          {columns.map((c, i) => (
            <th key={i} scope="col">
              {c}
            </th>
          ))}
          {actions && <th scope="col" />}
        </tr>
      </thead>
      <tbody>
        {items.map((item) => (
          <Fragment key={item.id}>{row(item)}</Fragment>
        ))}
      </tbody>
    </table>
  );
}

export function EditButton({ lang, onClick, testId }: { lang: Lang; onClick: () => void; testId: string }) {
  return (
    <button type="button" className="btn btn-small" onClick={onClick} data-testid={testId}>
      {a('edit', lang)}
    </button>
  );
}
