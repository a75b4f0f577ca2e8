// What the display's browser tests do to a real hub (take tickets, call them as staff) and read
// from the board (the voice log of ?voicelog=1).
import type { Page } from 'playwright-core';
import type { TestHub } from '../../test/support/hub.js';
import type { VoiceLogEntry } from '../src/renderer/voice/voice-log.js';

interface IssuedTicket {
  id: number;
  number: string;
  trackingCode: string;
}

export interface Driver {
  serviceId: (code: string) => number;
  issue: (code: string) => Promise<IssuedTicket>;
  staff: (path: string, body?: unknown) => Promise<{ ticket: IssuedTicket | null }>;
  /** Calls the next ticket at a counter, finishing whatever was there first. */
  callNext: (counterId: number) => Promise<IssuedTicket>;
  admin: (method: string, path: string, body?: unknown) => Promise<Response>;
}

export async function driver(hub: TestHub): Promise<Driver> {
  const token = await hub.login();
  const { services } = (await (await fetch(`${hub.url}/api/v1/services`)).json()) as {
    services: Array<{ id: number; code: string }>;
  };
  const ids = new Map(services.map((s) => [s.code, s.id]));
  const serviceId = (code: string) => {
    const id = ids.get(code);
    if (id === undefined) throw new Error(`no service ${code}`);
    return id;
  };
  const admin = (method: string, path: string, body?: unknown) =>
    fetch(`${hub.url}/api/v1${path}`, {
      method,
      headers: { authorization: `Bearer ${token}`, ...(body !== undefined ? { 'content-type': 'application/json' } : {}) },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
  async function staff(path: string, body: unknown = {}) {
    const res = await admin('POST', path, body);
    if (res.status !== 200) throw new Error(`${path}: ${res.status} ${await res.text()}`);
    return (await res.json()) as { ticket: IssuedTicket | null };
  }
  return {
    serviceId,
    admin,
    staff,
    async issue(code) {
      const res = await fetch(`${hub.url}/api/v1/tickets`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ serviceId: serviceId(code) }),
      });
      if (res.status !== 201) throw new Error(`issue ${code}: ${res.status}`);
      return ((await res.json()) as { ticket: IssuedTicket }).ticket;
    },
    async callNext(counterId) {
      const res = await admin('GET', '/counters');
      const { counters } = (await res.json()) as { counters: Array<{ id: number; current: IssuedTicket | null }> };
      const current = counters.find((c) => c.id === counterId)?.current;
      if (current) await staff(`/tickets/${current.id}/complete`);
      const { ticket } = await staff(`/counters/${counterId}/call-next`);
      if (!ticket) throw new Error(`nobody waiting for counter ${counterId}`);
      return ticket;
    },
  };
}

export function voiceLog(page: Page): Promise<VoiceLogEntry[]> {
  return page.evaluate(() => window.ossVoiceLog ?? []);
}

/** Waits until the voice log has this many entries of a kind. */
export async function waitForVoice(page: Page, event: VoiceLogEntry['event'], count: number, timeout = 10_000): Promise<void> {
  await page.waitForFunction(
    ([e, n]) => (window.ossVoiceLog ?? []).filter((x) => x.event === e).length >= n,
    [event, count] as const,
    {
      timeout,
    },
  );
}
