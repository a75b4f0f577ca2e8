// First start: an admin account (OSS_ADMIN_PASSWORD, or a generated one printed once) and, on an
// empty database with OSS_SEED=demo, the reference office from seed/oss-services.json.
import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { Localized } from '@oss/shared';
import { z } from 'zod';
import { weakPasswordHint } from './auth/password-strength.js';
import type { Sessions } from './auth/sessions.js';
import { ConfigError } from './config.js';
import type { Db } from './db/open.js';
import type { Queue } from './queue/queue.js';
import { UserRepo } from './users/user-repo.js';

const Catalog = z.object({
  office: z.object({ name: Localized, timezone: z.string() }),
  services: z.array(
    z.object({
      code: z.string().regex(/^[A-Z]{1,3}$/),
      name: Localized,
      description: Localized,
      avgServiceMinutes: z.number().int().positive(),
      documents: z.array(Localized),
    }),
  ),
  counters: z.array(z.object({ name: Localized, services: z.array(z.string()) })),
});

const DEMO_CATALOG = new URL('../seed/oss-services.json', import.meta.url);

export function loadCatalog(file: URL | string = DEMO_CATALOG): z.infer<typeof Catalog> {
  return Catalog.parse(JSON.parse(readFileSync(file, 'utf8')));
}

const ADMIN = { username: 'admin', displayName: 'ผู้ดูแลระบบ', role: 'admin' } as const;

/** 16 characters of 64, 96 random bits: far past any guessing (weak-passwords.test.ts checks it passes). */
export function generateAdminPassword(): string {
  return randomBytes(12).toString('base64url');
}

/**
 * Returns the generated admin password when one was made, so the caller can print it once. A weak
 * OSS_ADMIN_PASSWORD stops the first start (it is the office's most powerful login); once an
 * admin exists the variable is not used, so it is not checked either.
 */
export async function ensureAdmin(db: Db, sessions: Sessions, password: string | undefined): Promise<string | null> {
  if (new UserRepo(db).count() > 0) return null;
  if (password !== undefined) {
    const hint = await weakPasswordHint(password, [ADMIN.username, ADMIN.displayName]);
    if (hint !== null) {
      throw new ConfigError(
        `OSS_ADMIN_PASSWORD is too easy to guess. ${hint} Choose another before the first start, or leave it unset to have one generated.`,
      );
    }
  }
  const chosen = password ?? generateAdminPassword();
  await sessions.createUser({ ...ADMIN, password: chosen });
  return password ? null : chosen;
}

export function seedDemo(db: Db, queue: Queue, catalog = loadCatalog()): boolean {
  if (queue.serviceRepo.all().length > 0) return false;
  db.transaction(() => {
    queue.settings.set('office', JSON.stringify({ name: catalog.office.name }));
    const ids = new Map<string, number>();
    catalog.services.forEach((s, i) => {
      const id = queue.serviceRepo.insert({
        code: s.code,
        name: s.name,
        description: s.description,
        documents: s.documents,
        avgServiceMinutes: s.avgServiceMinutes,
        // Open whenever the hub runs: an admin sets hours per service (see docs).
        openTime: null,
        closeTime: null,
        dailyCap: null,
        active: true,
        sortOrder: i,
      });
      ids.set(s.code, id);
    });
    catalog.counters.forEach((c, i) => {
      queue.counterRepo.insert({
        names: c.name,
        serviceIds: c.services.map((code) => {
          const id = ids.get(code);
          if (id === undefined) throw new Error(`Counter ${c.name.en} names unknown service ${code}`);
          return id;
        }),
        normalPerPriority: 2,
        sortOrder: i,
      });
    });
  })();
  queue.invalidate();
  return true;
}
