// Counters as an admin edits them: names, the services each calls from (in order), the calling
// ratio. Editing one sends counter.updated; creating or removing one sends config.changed.
import type { AdminCounter, CounterCreateBody, CounterPatchBody } from '@oss/shared';
import type { CounterFields, CounterRecord } from '../counters/counter-repo.js';
import { conflict, notFound } from '../errors.js';
import type { Actor, AdminDeps } from './admin-context.js';
import { definedFields } from './patch.js';

export class CountersAdmin {
  constructor(private readonly deps: AdminDeps) {}

  private view(c: CounterRecord): AdminCounter {
    return {
      id: c.id,
      names: c.names,
      serviceIds: c.serviceIds,
      normalPerPriority: c.normalPerPriority,
      sortOrder: c.sortOrder,
      open: c.open,
      staff: this.deps.queue.holderOf(c.id),
    };
  }

  private byId(id: number): CounterRecord {
    const c = this.deps.queue.counterRepo.byId(id);
    if (!c) throw notFound('counter-not-found', 'Counter');
    return c;
  }

  private checkServices(ids: readonly number[]): void {
    const known = new Set(this.deps.queue.serviceRepo.all().map((s) => s.id));
    const unknown = ids.find((id) => !known.has(id));
    if (unknown !== undefined) throw notFound('service-not-found', `Service ${unknown}`);
  }

  private now(): number {
    return this.deps.clock.now().getTime();
  }

  list(): AdminCounter[] {
    return this.deps.queue.counterRepo.all().map((c) => this.view(c));
  }

  get(id: number): AdminCounter {
    return this.view(this.byId(id));
  }

  create(body: CounterCreateBody, actor: Actor): AdminCounter {
    const { queue, audit } = this.deps;
    const fields: CounterFields = {
      names: body.names,
      serviceIds: body.serviceIds ?? [],
      // The design's example ratio: two normal calls for each priority one.
      normalPerPriority: body.normalPerPriority ?? 2,
      sortOrder: body.sortOrder ?? Math.max(-1, ...queue.counterRepo.all().map((c) => c.sortOrder)) + 1,
    };
    this.checkServices(fields.serviceIds);
    // config.changed rather than counter.updated: the event row then does not refer to the new
    // counter, which can still be deleted outright if it was made by mistake.
    const id = queue.reconfigure(actor.id, () => {
      const id = queue.counterRepo.insert(fields);
      audit.record({
        userId: actor.id,
        entity: 'counter',
        entityId: id,
        action: 'create',
        after: this.view(queue.counterRepo.byId(id)!),
      });
      return id;
    });
    return this.get(id);
  }

  update(id: number, patch: CounterPatchBody, actor: Actor): AdminCounter {
    const { queue, audit } = this.deps;
    const current = this.byId(id);
    const next: CounterFields = {
      names: current.names,
      serviceIds: current.serviceIds,
      normalPerPriority: current.normalPerPriority,
      sortOrder: current.sortOrder,
      ...definedFields(patch),
    };
    this.checkServices(next.serviceIds);
    queue.updateCounter(id, actor.id, () => {
      const before = this.view(current);
      queue.counterRepo.update(id, next);
      audit.record({
        userId: actor.id,
        entity: 'counter',
        entityId: id,
        action: 'update',
        before,
        after: this.view(queue.counterRepo.byId(id)!),
      });
    });
    return this.get(id);
  }

  /**
   * Removes a counter. One that tickets or events refer to is archived instead: hidden from the
   * screens and the calling, its history kept for reports. A ticket at it must be finished first.
   */
  remove(id: number, actor: Actor): 'deleted' | 'archived' {
    const { queue, audit } = this.deps;
    const current = this.byId(id);
    const busy = queue.tickets.atCounter(id);
    if (busy) throw conflict('counter-busy', `${busy.number} is at ${current.names.en} now; finish it first`);
    const before = this.view(current);
    return queue.reconfigure(actor.id, () => {
      const result = queue.counterRepo.hasHistory(id) ? 'archived' : 'deleted';
      queue.counterSessions.release(id);
      if (result === 'archived') queue.counterRepo.archive(id, this.now());
      else queue.counterRepo.delete(id);
      audit.record({
        userId: actor.id,
        entity: 'counter',
        entityId: id,
        action: result === 'archived' ? 'archive' : 'delete',
        before,
      });
      return result;
    });
  }
}
