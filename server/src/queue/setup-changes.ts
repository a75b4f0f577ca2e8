// Changes to the office's setup that screens must hear about: a counter opened, paused or signed
// into, and an admin's edit of services, counters or settings. Each runs as one change of the engine.
import type { CounterRecord } from '../counters/counter-repo.js';
import { notFound } from '../errors.js';
import type { CounterGuard, QueueEngine } from './engine.js';
import type { QueueRepos } from './queue-repos.js';
import type { QueueReadModel } from './read-model.js';

export class SetupChanges {
  constructor(
    private readonly engine: QueueEngine,
    private readonly read: QueueReadModel,
    private readonly repos: QueueRepos,
  ) {}

  setCounterOpen(counterId: number, open: boolean, staffId: number | null, guard?: CounterGuard): CounterRecord {
    const { counterRepo } = this.repos;
    return this.updateCounter(counterId, staffId, () => {
      if (!counterRepo.byId(counterId)) throw notFound('counter-not-found', 'Counter');
      guard?.(counterId);
      counterRepo.setOpen(counterId, open);
      return counterRepo.byId(counterId)!;
    });
  }

  updateCounter<T>(counterIds: number | readonly number[], staffId: number | null, change: () => T): T {
    const { counterRepo, counterSessions, log } = this.repos;
    return this.engine.write((events, _views, now) => {
      const result = change();
      this.read.invalidateCounters();
      const views = this.read.views();
      for (const counterId of typeof counterIds === 'number' ? [counterIds] : counterIds) {
        const counter = counterRepo.byId(counterId);
        if (!counter) continue;
        const { current: _current, ...info } = views.counter(
          counter,
          null,
          counterSessions.holder(counterId, now)?.staff ?? null,
        );
        events.push(
          log.append({
            type: 'counter.updated',
            ticketId: null,
            counterId,
            staffId,
            at: now,
            businessDay: this.engine.currentDay!,
            // Its services' waits count the open counters serving them.
            payload: {
              ticket: null,
              counter: info,
              services: this.read.figures(counter.serviceIds, this.engine.currentDay!, new Date(now), views),
            },
          }),
        );
      }
      return result;
    });
  }

  reconfigure<T>(staffId: number | null, change: () => T): T {
    return this.engine.write((events, _views, now) => {
      const result = change();
      this.read.invalidate();
      events.push(
        this.repos.log.append({
          type: 'config.changed',
          ticketId: null,
          counterId: null,
          staffId,
          at: now,
          businessDay: this.engine.currentDay!,
          payload: { ticket: null },
        }),
      );
      return result;
    });
  }
}
