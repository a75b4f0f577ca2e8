// What the route table makes a compile error (tsc -p tsconfig.check.json checks this file): a
// message table without a code its routes may answer, a handler answering the wrong shape, and a
// call without what its route needs. The runtime part checks the client fills in a path.
import { describe, expect, expectTypeOf, it } from 'vitest';
import { fillPath, routes, type AnswerIn, type ErrorsOf, type Localized } from '@oss/shared';
import type { AnswerOf, CallInput, ErrorMessages } from '@oss/shared/client';
import type { RouteHandler } from '../../server/src/http/route.js';

const text: Localized = { th: 'ข้อความ', en: 'Text' };

describe('the route table as types', () => {
  it('makes a message table without one of its routes’ codes a compile error', () => {
    expectTypeOf<ErrorsOf<typeof routes.track>>().toEqualTypeOf<'ticket-not-found'>();
    const full = { 'ticket-not-found': text, 'hub-unreachable': text } satisfies ErrorMessages<typeof routes.track>;
    // @ts-expect-error: 'ticket-not-found' has no message
    const missing = { 'hub-unreachable': text } satisfies ErrorMessages<typeof routes.track>;
    // @ts-expect-error: a code no route has is a typo
    const typo = { 'ticket-not-found': text, 'hub-unreachable': text, 'tikcet-not-found': text } satisfies ErrorMessages<
      typeof routes.track
    >;
    expect([full, missing, typo].length).toBe(3);
  });

  it('makes a handler answering the wrong shape a compile error', () => {
    const good: RouteHandler<typeof routes.health> = async () => ({ status: 'ok', version: '1' });
    // @ts-expect-error: the health answer has no `state`
    const bad: RouteHandler<typeof routes.health> = async () => ({ state: 'ok', version: '1' });
    expectTypeOf<AnswerIn<typeof routes.services>>().toHaveProperty('services');
    expect([good, bad].length).toBe(2);
  });

  it('types what a call sends and answers from its entry', () => {
    expectTypeOf<CallInput<typeof routes.track>['params']>().toEqualTypeOf<{ trackingCode: string }>();
    expectTypeOf<AnswerOf<typeof routes.reportCsv>>().toEqualTypeOf<Blob>();
    // @ts-expect-error: a ticket needs its service
    const noService: CallInput<typeof routes.issueTicket> = { body: {} };
    expect(noService).toBeDefined();
    expect(fillPath(routes.track.path, { trackingCode: 'AB CD' })).toBe('/tickets/track/AB%20CD');
  });
});
