// What the portal's tests share: a hub, a citizen "browser" that keeps its login cookie, valid
// Thai citizen IDs, and small real files (PDF, PNG, an .exe).
import type { Citizen } from '@oss/shared';
import { expect } from 'vitest';
import { errorCodeOf } from '../../../test/support/error-code.js';
import type { TestHub } from '../../../test/support/hub.js';

/** A valid 13-digit citizen ID from 12 digits (the check digit computed). */
export function makeCid(first12: string): string {
  let sum = 0;
  for (let i = 0; i < 12; i++) sum += Number(first12[i]) * (13 - i);
  return `${first12}${(11 - (sum % 11)) % 10}`;
}

export const PDF = Buffer.from('%PDF-1.4\n1 0 obj<</Type/Catalog>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n');
export const PNG = Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), Buffer.alloc(64, 7)]);
export const EXE = Buffer.concat([Buffer.from('MZ'), Buffer.alloc(200, 0x90)]);

export interface Answer<T = Record<string, unknown>> {
  status: number;
  body: T;
  headers: Headers;
}

/** An answer with its body parsed when it is JSON (a file stays text). */
export async function answerOf<T = Record<string, unknown>>(res: Response): Promise<Answer<T>> {
  const text = await res.text();
  let parsed: unknown = text;
  try {
    parsed = JSON.parse(text);
  } catch {
    // Not JSON (a file).
  }
  return { status: res.status, body: parsed as T, headers: res.headers };
}

/** A citizen's side of the API, keeping the httpOnly cookie like a browser would. */
export class CitizenClient {
  cookie: string | null = null;

  constructor(private readonly hub: TestHub) {}

  async call<T = Record<string, unknown>>(
    method: string,
    path: string,
    body?: unknown,
    extra: { headers?: Record<string, string>; raw?: Buffer } = {},
  ): Promise<Answer<T>> {
    const res = await fetch(`${this.hub.url}/api/v1${path}`, {
      method,
      redirect: 'manual',
      headers: {
        ...(body !== undefined ? { 'content-type': 'application/json' } : {}),
        ...(this.cookie ? { cookie: this.cookie } : {}),
        ...extra.headers,
      },
      body: extra.raw ? new Uint8Array(extra.raw) : body !== undefined ? JSON.stringify(body) : undefined,
    });
    this.keepCookie(res.headers);
    return answerOf<T>(res);
  }

  keepCookie(headers: Headers): void {
    for (const c of headers.getSetCookie()) {
      const m = /^oss_citizen=([^;]*)/.exec(c);
      if (m) this.cookie = m[1] ? `oss_citizen=${m[1]}` : null;
    }
  }

  get token(): string {
    return this.cookie!.slice('oss_citizen='.length);
  }

  async register(overrides: Record<string, unknown> = {}): Promise<Citizen> {
    const terms = await this.call<{ terms: { version: number } }>('GET', '/citizens/terms');
    const res = await this.call<{ citizen: Citizen }>('POST', '/citizens/register', {
      name: 'สมชาย ใจดี',
      citizenId: makeCid('110170012345'),
      phone: '081-234-5678',
      email: 'somchai@example.com',
      address: '27 ถนนผังเมืองบัญชา มหาสารคาม',
      hidePersonal: false,
      username: 'somchai',
      password: 'correct horse battery',
      termsVersion: terms.body.terms.version,
      acceptTerms: true,
      ...overrides,
    });
    expect(res.status, JSON.stringify(res.body)).toBe(201);
    return res.body.citizen;
  }

  /** A new draft request for the service; its id. */
  async draftRequest(serviceId = 1): Promise<number> {
    const created = await this.call<{ request: { id: number } }>('POST', '/requests', {
      serviceId,
      subject: 'ขอคัดสำเนาทะเบียนบ้าน',
      details: 'ต้องการ 2 ฉบับ',
      contact: 'phone',
    });
    expect(created.status, JSON.stringify(created.body)).toBe(201);
    return created.body.request.id;
  }

  /** A submitted request for the service, optionally with files attached first. */
  async submittedRequest(serviceId: number, files: Array<{ name: string; content: Buffer }> = []): Promise<number> {
    const id = await this.draftRequest(serviceId);
    for (const f of files) {
      const up = await this.upload(id, f.name, f.content);
      expect(up.status, JSON.stringify(up.body)).toBe(201);
    }
    expect((await this.call('POST', `/requests/${id}/submit`)).status).toBe(200);
    return id;
  }

  upload(requestId: number, name: string, content: Buffer, type = 'application/octet-stream') {
    return this.call('PUT', `/requests/${requestId}/documents?name=${encodeURIComponent(name)}`, undefined, {
      headers: { 'content-type': type },
      raw: content,
    });
  }
}

export const errorCode = (a: Answer<unknown>): string | undefined => errorCodeOf(a.body);
