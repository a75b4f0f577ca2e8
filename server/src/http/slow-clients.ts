// Slow and idle clients (docs/security.md, "Slow clients"): a request must arrive in time and the
// hub holds a bounded number of connections, so a client that trickles its headers or body a byte
// at a time, or opens connections and sends nothing, cannot keep the hub's sockets and memory.
// Node enforces the headers, keep-alive and whole-request bounds itself (checked every
// checkEveryMs); the shorter bound on bodies is a hook here, because Node's applies to every route
// alike and a document upload from a phone needs longer than a JSON body.
import type { Socket } from 'node:net';
import type { FastifyInstance, FastifyServerOptions } from 'fastify';
import { writeRawError } from './error-handler.js';

declare module 'fastify' {
  interface FastifyContextConfig {
    /** The route takes a large body from a phone (a document upload): it has uploadMs, not bodyMs. */
    slowBody?: boolean;
  }
}

export interface HttpLimits {
  /** The request line and headers must be in within this (Node's headersTimeout); also a connection that sends nothing. */
  headersMs: number;
  /** A request's body, on every route but the slow-body ones, must be in this long after the request began. */
  bodyMs: number;
  /** A slow-body route's whole request (and Node's bound on any request). */
  uploadMs: number;
  /** An idle keep-alive connection is closed after this. */
  keepAliveMs: number;
  /** Open TCP connections at most, screens' and phones' Socket.IO links included; more are dropped. */
  maxConnections: number;
  /** How often Node looks for requests past headersMs or uploadMs. */
  checkEveryMs: number;
}

/**
 * A document is at most 5 MB (docs/portal.md). On a slow phone uplink of 256 kbit/s (a weak 3G or
 * a crowded cell; 4G uploads run at several Mbit/s) that is 5 MB × 8 / 256 kbit/s ≈ 160 s, so an
 * upload gets 180 s. JSON bodies are at most 64 KiB, a second even at that rate: 30 s is ample.
 */
export const DEFAULT_HTTP_LIMITS: HttpLimits = {
  headersMs: 10_000,
  bodyMs: 30_000,
  uploadMs: 180_000,
  keepAliveMs: 10_000,
  maxConnections: 5000,
  checkEveryMs: 2000,
};

/** Fastify's and Node's server options for the limits; pass to Fastify(). */
export function httpServerOptions(limits: HttpLimits): Pick<FastifyServerOptions, 'requestTimeout' | 'keepAliveTimeout'> & {
  http: { headersTimeout: number; connectionsCheckingInterval: number };
} {
  return {
    requestTimeout: limits.uploadMs,
    keepAliveTimeout: limits.keepAliveMs,
    http: { headersTimeout: limits.headersMs, connectionsCheckingInterval: limits.checkEveryMs },
  };
}

/**
 * Caps the connections and cuts off bodies that take longer than bodyMs (408 in the error shape,
 * then the connection closes). Call right after Fastify(): app.server exists from then.
 */
export function guardSlowClients(
  app: FastifyInstance,
  limits: HttpLimits,
  onDrop: () => void = () =>
    app.log.warn({ maxConnections: limits.maxConnections }, 'connection limit reached: a connection was refused'),
): void {
  app.server.maxConnections = limits.maxConnections;
  // Told once a minute at most: a flood must not become a flood of log lines.
  let lastDropTold = 0;
  app.server.on('drop', () => {
    const now = Date.now();
    if (now - lastDropTold < 60_000) return;
    lastDropTold = now;
    onDrop();
  });

  app.addHook('onRequest', (request, _reply, done) => {
    const raw = request.raw;
    // Bodiless requests are complete once their headers are in; slow-body routes have Node's bound.
    if (raw.complete || request.routeOptions.config.slowBody) return done();
    const started = Date.now();
    const timer = setTimeout(() => {
      if (raw.complete) return;
      request.log.info({ ms: Date.now() - started }, 'request body too slow: connection closed');
      cutOff(raw.socket);
    }, limits.bodyMs);
    timer.unref();
    const clear = () => clearTimeout(timer);
    raw.once('end', clear);
    raw.once('close', clear);
    done();
  });
}

function cutOff(socket: Socket): void {
  writeRawError(socket, 408, 'Request Timeout', 'The request took too long to arrive');
}
