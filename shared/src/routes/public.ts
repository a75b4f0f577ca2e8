// Calls anyone on the office network may make: health, services, taking and tracking a ticket,
// the counters' public view, the current terms and the staff login.
import { z } from 'zod';
import {
  CountersResponse,
  Health,
  IssueTicketBody,
  LoginBody,
  LoginResponse,
  RatingBody,
  RatingResponse,
  ServicesResponse,
  TicketResponse,
  TrackedTicketResponse,
  TrackingCodeParams,
  TrackResponse,
} from '../http.js';
import { TermsResponse } from '../admin.js';
import { PublicCounter } from '../events.js';
import { defineRoute } from './spec.js';

export const IdempotencyHeaders = z.object({
  'idempotency-key': z
    .string()
    .regex(/^[\x21-\x7e]{1,128}$/, 'use 1–128 printable ASCII characters')
    .optional(),
});

const tags = ['public'];

export const publicRoutes = {
  health: defineRoute({ method: 'GET', path: '/health', access: 'public', tags, answer: Health, errors: [] }),
  services: defineRoute({ method: 'GET', path: '/services', access: 'public', tags, answer: ServicesResponse, errors: [] }),
  issueTicket: defineRoute({
    method: 'POST',
    path: '/tickets',
    access: 'public',
    tags,
    description: 'Take a ticket. A repeated Idempotency-Key returns the ticket it first gave (200).',
    headers: IdempotencyHeaders,
    body: IssueTicketBody,
    answer: TicketResponse,
    status: 201,
    also: [200],
    errors: ['service-not-found', 'service-closed', 'daily-cap-reached', 'idempotency-key-reused'],
  }),
  track: defineRoute({
    method: 'GET',
    path: '/tickets/track/:trackingCode',
    access: 'public',
    tags,
    params: TrackingCodeParams,
    answer: TrackResponse,
    errors: ['ticket-not-found'],
  }),
  cancelTracked: defineRoute({
    method: 'POST',
    path: '/tickets/track/:trackingCode/cancel',
    access: 'public',
    tags,
    params: TrackingCodeParams,
    answer: TrackedTicketResponse,
    errors: ['ticket-not-found', 'invalid-transition'],
  }),
  rateTracked: defineRoute({
    method: 'POST',
    path: '/tickets/track/:trackingCode/rating',
    access: 'public',
    tags,
    params: TrackingCodeParams,
    body: RatingBody,
    answer: RatingResponse,
    status: 201,
    errors: ['bad-request', 'ticket-not-found', 'already-rated', 'invalid-transition'],
  }),
  currentTerms: defineRoute({
    method: 'GET',
    path: '/terms/current',
    access: 'public',
    tags,
    description: 'The current terms and privacy notice; 404 terms-not-found before an admin sets one.',
    answer: TermsResponse,
    errors: ['terms-not-found'],
  }),
  // Public as in the contract, but only staff see who holds each current ticket.
  counters: defineRoute({
    method: 'GET',
    path: '/counters',
    access: 'public',
    tags: ['counters'],
    answer: CountersResponse.or(z.object({ counters: z.array(PublicCounter) })),
    errors: [],
  }),
  // The OpenAPI document of this table, as the hub serves it.
  openapi: defineRoute({
    method: 'GET',
    path: '/openapi.json',
    access: 'public',
    tags: [],
    answer: z.record(z.string(), z.unknown()),
    errors: [],
    hide: true,
  }),
  login: defineRoute({
    method: 'POST',
    path: '/auth/login',
    access: 'public',
    tags: ['auth'],
    body: LoginBody,
    answer: LoginResponse,
    errors: ['unauthorized'],
  }),
};
