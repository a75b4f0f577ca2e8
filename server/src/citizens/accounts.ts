// Citizen accounts: registration with consent, login by password, the profile, consent to a new
// terms version. LINE Login accounts are made in line-login.ts and complete their profile here.
// A citizen ID is a claim (docs/portal.md, "Citizen IDs"): never answered "taken", set once by the
// citizen, changed afterwards only by a supervisor at the counter (citizen-id-check.ts).
import type { Citizen, CitizenPatchBody, CitizenRegisterBody, TermsVersion } from '@oss/shared';
import type { z } from 'zod';
import type { AuditRepo } from '../admin/audit-repo.js';
import type { TermsRepo } from '../admin/terms-repo.js';
import { assertStrongPassword } from '../auth/password-strength.js';
import { hashPassword, verifyPassword } from '../auth/passwords.js';
import type { Clock } from '../clock.js';
import type { Db } from '../db/open.js';
import { isConstraint } from '../db/sqlite-errors.js';
import { AppError } from '../errors.js';
import type { CitizenIdHasher } from './citizen-id-key.js';
import type { CitizenRecord, CitizenRepo } from './citizen-repo.js';
import { currentTermsOrDefault } from './default-terms.js';

// Compared against when the username is unknown, so a miss costs as long as a wrong password.
const DUMMY_HASH = 'scrypt$16384$8$1$AAAAAAAAAAAAAAAAAAAAAA==$AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=';

export interface AccountsDeps {
  db: Db;
  citizens: CitizenRepo;
  terms: TermsRepo;
  hasher: CitizenIdHasher;
  clock: Clock;
  audit: AuditRepo;
}

/** Bodies as the route's schema left them (citizen ID normalized). */
export type RegisterInput = z.output<typeof CitizenRegisterBody>;
export type PatchInput = z.output<typeof CitizenPatchBody>;

export class CitizenAccounts {
  constructor(private readonly deps: AccountsDeps) {}

  terms(): TermsVersion {
    return currentTermsOrDefault(this.deps.terms, this.deps.clock.now().getTime());
  }

  async register(b: RegisterInput): Promise<CitizenRecord> {
    const { db, citizens, hasher, clock } = this.deps;
    await assertStrongPassword(b.password, [b.username, b.name, b.email]);
    // Hashed before the transaction: scrypt is slow and must not hold the write lock.
    const passwordHash = await hashPassword(b.password);
    const cidHash = hasher.hash(b.citizenId);
    const now = clock.now().getTime();
    try {
      return db.transaction(() => {
        this.assertCurrentTerms(b.termsVersion);
        if (citizens.byUsername(b.username)) throw usernameTaken();
        // The ID is not checked against other accounts: that would tell anyone whose number is
        // registered, and let whoever typed it first keep its owner out.
        const id = citizens.insert({
          username: b.username,
          passwordHash,
          lineUserId: null,
          name: b.name,
          cidHash,
          cidLast4: b.citizenId.slice(-4),
          phone: b.phone,
          email: b.email,
          address: b.address || null,
          hidePersonal: b.hidePersonal,
          createdAt: now,
        });
        citizens.addConsent(id, b.termsVersion, now);
        return citizens.byId(id)!;
      })();
    } catch (err) {
      // Two registrations racing for one name: the UNIQUE constraint decides.
      if (isConstraint(err, 'UNIQUE')) throw usernameTaken();
      throw err;
    }
  }

  async login(username: string, password: string): Promise<CitizenRecord> {
    const citizen = this.deps.citizens.byUsername(username);
    const ok = await verifyPassword(password, citizen?.passwordHash ?? DUMMY_HASH);
    if (!citizen || !citizen.passwordHash || !ok) throw new AppError(401, 'unauthorized', 'Wrong username or password');
    return citizen;
  }

  update(citizen: CitizenRecord, b: PatchInput): CitizenRecord {
    const { db, citizens, hasher, audit } = this.deps;
    return db.transaction(() => {
      let cid: { cidHash: string; cidLast4: string } | object = {};
      if (b.citizenId !== undefined) {
        const cidHash = hasher.hash(b.citizenId);
        // Read in the transaction: two requests at once cannot both find it unset.
        const current = citizens.byId(citizen.id)!;
        if (current.cidHash === null) {
          cid = { cidHash, cidLast4: b.citizenId.slice(-4) };
          audit.record({
            userId: null,
            entity: 'citizen',
            entityId: citizen.id,
            action: 'citizen-id-set',
            after: { by: 'citizen', verified: false },
          });
        } else if (current.cidHash !== cidHash) {
          throw new AppError(
            409,
            'citizen-id-locked',
            'A citizen ID once given is changed only at the office: bring your ID card to a counter',
          );
        }
      }
      citizens.update(citizen.id, {
        ...(b.name !== undefined ? { name: b.name } : {}),
        ...(b.phone !== undefined ? { phone: b.phone } : {}),
        ...(b.email !== undefined ? { email: b.email } : {}),
        ...(b.address !== undefined ? { address: b.address || null } : {}),
        ...(b.hidePersonal !== undefined ? { hidePersonal: b.hidePersonal } : {}),
        ...cid,
      });
      return citizens.byId(citizen.id)!;
    })();
  }

  consent(citizen: CitizenRecord, termsVersion: number): void {
    const { db, citizens, clock } = this.deps;
    db.transaction(() => {
      this.assertCurrentTerms(termsVersion);
      citizens.addConsent(citizen.id, termsVersion, clock.now().getTime());
    })();
  }

  /** Service requests need consent to the current terms version. */
  assertConsented(citizen: CitizenRecord): void {
    const current = this.terms();
    if ((this.deps.citizens.consentVersion(citizen.id) ?? 0) < current.version) {
      throw new AppError(
        409,
        'consent-required',
        `Please accept the terms and privacy notice (version ${current.version}) first`,
      );
    }
  }

  view(c: CitizenRecord): Citizen {
    const consentVersion = this.deps.citizens.consentVersion(c.id);
    return {
      id: c.id,
      username: c.username,
      name: c.name,
      citizenIdLast4: c.cidLast4,
      citizenIdVerified: c.cidVerifiedAt !== null,
      phone: c.phone,
      email: c.email,
      address: c.address,
      hidePersonal: c.hidePersonal,
      lineLinked: c.lineUserId !== null,
      consentVersion,
      needsConsent: (consentVersion ?? 0) < this.terms().version,
      profileComplete: c.name.trim() !== '' && c.cidHash !== null && (c.phone !== null || c.email !== null),
    };
  }

  private assertCurrentTerms(version: number): void {
    const current = this.terms();
    if (version !== current.version) {
      throw new AppError(409, 'terms-outdated', `The terms changed: please read version ${current.version} and accept it`);
    }
  }
}

const usernameTaken = () => new AppError(409, 'username-taken', 'That username is taken; choose another');
