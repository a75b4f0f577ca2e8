// Office settings and the terms and privacy notice as an admin edits them, each change audited.
// Audit entries hold the settings as a client sees them: secrets appear only as {set: true|false}.
import type { SettingsPatchBody, SettingsResponse, TermsCreateBody, TermsVersion } from '@oss/shared';
import { notFound } from '../errors.js';
import type { OfficeSettingsStore } from '../settings/office-settings.js';
import type { Actor, AdminDeps } from './admin-context.js';
import type { TermsRepo } from './terms-repo.js';

export interface SettingsAdminDeps extends AdminDeps {
  store: OfficeSettingsStore;
  terms: TermsRepo;
  /** OSS_PUBLIC_URL, shown read-only: without it no reset links are mailed and LINE Login is off. */
  publicUrl: string | undefined;
}

export class SettingsAdmin {
  constructor(private readonly deps: SettingsAdminDeps) {}

  view(): SettingsResponse {
    return { ...this.deps.store.view(), publicUrl: this.deps.publicUrl ?? null };
  }

  update(patch: SettingsPatchBody, actor: Actor): SettingsResponse {
    const { db, queue, store, audit } = this.deps;
    const change = () => {
      const before = store.view();
      store.apply(patch);
      audit.record({ userId: actor.id, entity: 'settings', entityId: null, action: 'update', before, after: store.view() });
    };
    // The office's name and ticker are on every screen: those changes make the screens resync.
    if (patch.office) queue.reconfigure(actor.id, change);
    else db.transaction(change)();
    return this.view();
  }

  terms(): TermsVersion[] {
    return this.deps.terms.all();
  }

  currentTerms(): TermsVersion {
    const current = this.deps.terms.current();
    if (!current) throw notFound('terms-not-found', 'Terms and privacy notice');
    return current;
  }

  addTerms(body: TermsCreateBody, actor: Actor): TermsVersion {
    const { db, terms, audit, clock } = this.deps;
    return db.transaction(() => {
      const now = clock.now().getTime();
      const added = terms.add(body.text, now, actor.id);
      // The text itself can be long; the version row keeps it, the audit keeps its number.
      audit.record({
        at: now,
        userId: actor.id,
        entity: 'terms',
        entityId: added.version,
        action: 'create',
        after: { version: added.version },
      });
      return added;
    })();
  }
}
