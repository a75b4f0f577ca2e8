// What the hub knows about a ticket printer: where it is (OSS_PRINTER, `tcp://host:port`) and how
// to talk to it (a profile, as query parameters of the same URL, so one setting says it all):
//   tcp://10.0.0.50:9100?width=384&mode=tis620&codepage=21&status=off
import { ProfileQuery } from '@oss/shared';
import { z } from 'zod';
import { ConfigError } from '../config.js';
import type { PaperWidth } from './raster.js';

type PrintMode = 'raster' | 'tis620';

export interface PrinterProfile {
  /** 576 dots for 80 mm paper, 384 for 58 mm. */
  width: PaperWidth;
  /** `raster`: every line an image (always right). `tis620`: text in the printer's Thai code page. */
  mode: PrintMode;
  /** The `ESC t` code page of the printer's Thai (TIS-620) table; it differs between makers. */
  codePage: number;
  /** Ask for paper status (DLE EOT 4) before printing; off for printers that never answer. */
  statusCheck: boolean;
  /** Paper near its end: print and warn the counters, or refuse like an empty roll. */
  nearEnd: 'warn' | 'refuse';
}

export interface PrinterTarget {
  /** Stable name for alerts. */
  id: string;
  /** As staff see it in an alert (no credentials are ever part of it). */
  label: string;
  host: string;
  port: number;
  profile: PrinterProfile;
  timeouts: { connectMs: number; statusMs: number; writeMs: number };
}

export const DEFAULT_PROFILE: PrinterProfile = { width: 576, mode: 'raster', codePage: 21, statusCheck: true, nearEnd: 'warn' };

/** Profile fields as query parameters (shared/src/printer-profile.ts): OSS_PRINTER's and the kiosk shell's. */
export { ProfileQuery };

const TimeoutQuery = z.object({
  connectTimeout: z.coerce.number().int().min(50).max(60_000).default(3000),
  statusTimeout: z.coerce.number().int().min(50).max(60_000).default(1500),
  writeTimeout: z.coerce.number().int().min(100).max(120_000).default(15_000),
});

export function profileFrom(query: z.infer<typeof ProfileQuery>, base: PrinterProfile = DEFAULT_PROFILE): PrinterProfile {
  return {
    width: query.width ?? base.width,
    mode: query.mode ?? base.mode,
    codePage: query.codepage ?? base.codePage,
    statusCheck: query.status ?? base.statusCheck,
    nearEnd: query.nearEnd ?? base.nearEnd,
  };
}

/** Parses OSS_PRINTER; a wrong value stops the hub at start-up rather than at the first ticket. */
export function parsePrinterUrl(value: string, id = 'hub'): PrinterTarget {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new ConfigError(`Invalid configuration:\n  OSS_PRINTER: not a URL (use tcp://host:9100)`);
  }
  if (url.protocol !== 'tcp:' || !url.hostname) {
    throw new ConfigError(`Invalid configuration:\n  OSS_PRINTER: use tcp://host:port (raw TCP, usually port 9100)`);
  }
  const params = Object.fromEntries(url.searchParams);
  const profile = ProfileQuery.safeParse(params);
  const timeouts = TimeoutQuery.safeParse(params);
  if (!profile.success || !timeouts.success) {
    const issues = [...(profile.error?.issues ?? []), ...(timeouts.error?.issues ?? [])];
    throw new ConfigError(
      `Invalid configuration:\n${issues.map((i) => `  OSS_PRINTER ${i.path.join('.')}: ${i.message}`).join('\n')}`,
    );
  }
  const host = url.hostname.replace(/^\[(.*)\]$/, '$1');
  const port = url.port ? Number(url.port) : 9100;
  const t = timeouts.data;
  return {
    id: `printer:${id}`,
    label: `tcp://${url.hostname}:${port}`,
    host,
    port,
    profile: profileFrom(profile.data),
    timeouts: { connectMs: t.connectTimeout, statusMs: t.statusTimeout, writeMs: t.writeTimeout },
  };
}
