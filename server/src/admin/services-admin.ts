// Services as an admin edits them. Each change rides on the queue's transaction with its audit
// entry and a config.changed event, so the screens pick up the new setup at once.
import { hoursProblem, type AdminService, type ServiceCreateBody, type ServicePatchBody } from '@oss/shared';
import { isConstraint } from '../db/sqlite-errors.js';
import { AppError, conflict, notFound } from '../errors.js';
import type { NewService, ServiceRecord } from '../services/service-repo.js';
import type { Actor, AdminDeps } from './admin-context.js';
import { definedFields } from './patch.js';

const codeTaken = (code: string) => conflict('code-taken', `Another service already uses the code ${code}`);
const hasTickets = (code: string) =>
  conflict('service-has-tickets', `Service ${code} has tickets; deactivate it instead (PATCH {"active": false})`);

export class ServicesAdmin {
  constructor(private readonly deps: AdminDeps) {}

  private view(s: ServiceRecord): AdminService {
    const { id, code, name, description, documents, openTime, closeTime, dailyCap, avgServiceMinutes, active, sortOrder } = s;
    return {
      id,
      code,
      name,
      description,
      documents,
      openTime,
      closeTime,
      dailyCap,
      avgServiceMinutes,
      active,
      sortOrder,
      hasTickets: this.deps.queue.serviceRepo.hasTickets(s.id),
    };
  }

  private byId(id: number): ServiceRecord {
    const s = this.deps.queue.serviceRepo.byId(id);
    if (!s) throw notFound('service-not-found', 'Service');
    return s;
  }

  list(): AdminService[] {
    return this.deps.queue.serviceRepo.all().map((s) => this.view(s));
  }

  get(id: number): AdminService {
    return this.view(this.byId(id));
  }

  create(body: ServiceCreateBody, actor: Actor): AdminService {
    const { queue, audit } = this.deps;
    const repo = queue.serviceRepo;
    if (repo.byCode(body.code)) throw codeTaken(body.code);
    const record: NewService = {
      code: body.code,
      name: body.name,
      description: body.description ?? { th: '', en: '' },
      documents: body.documents ?? [],
      avgServiceMinutes: body.avgServiceMinutes ?? 10,
      openTime: body.openTime ?? null,
      closeTime: body.closeTime ?? null,
      dailyCap: body.dailyCap ?? null,
      active: body.active ?? true,
      sortOrder: body.sortOrder ?? Math.max(-1, ...repo.all().map((s) => s.sortOrder)) + 1,
    };
    const id = this.guard(body.code, () =>
      queue.reconfigure(actor.id, () => {
        const id = repo.insert(record);
        audit.record({ userId: actor.id, entity: 'service', entityId: id, action: 'create', after: this.view(repo.byId(id)!) });
        return id;
      }),
    );
    return this.get(id);
  }

  update(id: number, patch: ServicePatchBody, actor: Actor): AdminService {
    const { queue, audit } = this.deps;
    const repo = queue.serviceRepo;
    const current = this.byId(id);
    const { id: _id, ...fields } = current;
    const next: NewService = { ...fields, ...definedFields(patch) };
    const problem = hoursProblem(next);
    if (problem) throw new AppError(400, 'bad-request', `Invalid body: ${problem}`);
    if (next.code !== current.code && repo.byCode(next.code)) throw codeTaken(next.code);
    this.guard(next.code, () =>
      queue.reconfigure(actor.id, () => {
        const before = this.view(current);
        repo.update(id, next);
        audit.record({
          userId: actor.id,
          entity: 'service',
          entityId: id,
          action: 'update',
          before,
          after: this.view(repo.byId(id)!),
        });
      }),
    );
    return this.get(id);
  }

  /** Deletes a service no ticket ever used; one with history can only be deactivated (409). */
  remove(id: number, actor: Actor): void {
    const { queue, audit } = this.deps;
    const current = this.byId(id);
    if (queue.serviceRepo.hasTickets(id)) throw hasTickets(current.code);
    try {
      queue.reconfigure(actor.id, () => {
        queue.serviceRepo.delete(id);
        audit.record({ userId: actor.id, entity: 'service', entityId: id, action: 'delete', before: this.view(current) });
      });
    } catch (err) {
      // Tickets transferred into it also refer to it.
      if (isConstraint(err, 'FOREIGNKEY')) throw hasTickets(current.code);
      throw err;
    }
  }

  /** Turns a race on the unique code into the same 409 as the check before it. */
  private guard<T>(code: string, fn: () => T): T {
    try {
      return fn();
    } catch (err) {
      if (isConstraint(err, 'UNIQUE')) throw codeTaken(code);
      throw err;
    }
  }
}
