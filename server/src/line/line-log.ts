// The logging the LINE parts need (the hub passes its pino child). Log calls carry kinds, statuses
// and error classes only: never message bodies, reply tokens or the channel's credentials.
import type { FastifyBaseLogger } from 'fastify';

export type LineLog = Pick<FastifyBaseLogger, 'debug' | 'info' | 'warn' | 'error'>;
