// Configuration from the environment (docs/design.md §4.6), validated once at start-up.
import { isIP } from 'node:net';
import { resolve } from 'node:path';
import { z } from 'zod';

const MIB = 1024 * 1024;

/** `10.0.0.5`, `::1`, `192.168.1.0/24`, `fd00::/8`: what Fastify's trustProxy takes as a list. */
function isAddressOrCidr(entry: string): boolean {
  const [address = '', prefix, ...rest] = entry.split('/');
  const family = isIP(address);
  if (family === 0 || rest.length > 0) return false;
  if (prefix === undefined) return true;
  return /^\d{1,3}$/.test(prefix) && Number(prefix) <= (family === 4 ? 32 : 128);
}

const Env = z.object({
  OSS_PORT: z.coerce.number().int().min(0).max(65535).default(8080),
  OSS_HOST: z.string().min(1).default('0.0.0.0'),
  OSS_TRUST_PROXY: z
    .string()
    .default('')
    .transform((v) =>
      v
        .split(',')
        .map((s) => s.trim())
        .filter(Boolean),
    )
    .refine(
      (list) => list.every(isAddressOrCidr),
      'a comma-separated list of IP addresses or CIDR ranges (e.g. 10.0.0.5,192.168.1.0/24)',
    ),
  OSS_MAX_CONNECTIONS: z.coerce.number().int().min(10).max(1_000_000).default(5000),
  OSS_DATA_DIR: z.string().min(1).default('./data'),
  OSS_TZ: z
    .string()
    .default('Asia/Bangkok')
    .refine((tz) => {
      try {
        new Intl.DateTimeFormat('en', { timeZone: tz });
        return true;
      } catch {
        return false;
      }
    }, 'not a known IANA time zone'),
  OSS_ADMIN_PASSWORD: z.string().min(8).optional(),
  OSS_SEED: z.enum(['demo', 'none']).default('demo'),
  // The only base of links in mails, LINE messages and LINE Login's redirect: http(s) only.
  OSS_PUBLIC_URL: z.url({ protocol: /^https?$/, error: 'an http:// or https:// address' }).optional(),
  OSS_PRINTER: z.string().optional(),
  OSS_LINE_CHANNEL_ACCESS_TOKEN: z.string().optional(),
  OSS_LINE_CHANNEL_SECRET: z.string().optional(),
  OSS_LINE_BASIC_ID: z.string().optional(),
  OSS_LINE_API_BASE: z.url().default('https://api.line.me'),
  OSS_LINE_RETENTION_DAYS: z.coerce.number().int().min(1).max(3650).default(30),
  OSS_LINE_AHEAD_ALERT: z.coerce.number().int().min(0).max(50).default(3),
  OSS_SMTP_URL: z.string().optional(),
  OSS_MAIL_FROM: z.string().optional(),
  OSS_LINE_LOGIN_CHANNEL_ID: z.string().optional(),
  OSS_LINE_LOGIN_CHANNEL_SECRET: z.string().optional(),
  OSS_LINE_LOGIN_AUTHORIZE_URL: z.url().default('https://access.line.me/oauth2/v2.1/authorize'),
  OSS_LINE_LOGIN_TOKEN_URL: z.url().default('https://api.line.me/oauth2/v2.1/token'),
  OSS_LINE_LOGIN_PROFILE_URL: z.url().default('https://api.line.me/v2/profile'),
  OSS_DOCUMENT_RETENTION_DAYS: z.coerce.number().int().min(1).max(3650).default(90),
  OSS_CITIZEN_MAX_BOOKINGS: z.coerce.number().int().min(1).max(1000).default(3),
  OSS_CITIZEN_MAX_TICKETS_PER_DAY: z.coerce.number().int().min(1).max(1000).default(3),
  OSS_CITIZEN_UPLOAD_QUOTA_MB: z.coerce.number().int().min(5).max(100_000).default(50),
  OSS_CITIZEN_MAX_DRAFTS: z.coerce.number().int().min(1).max(1000).default(5),
  OSS_MIN_FREE_MB: z.coerce.number().int().min(0).max(10_000_000).default(512),
  OSS_CITIZEN_SESSION_HOURS: z.coerce
    .number()
    .positive()
    .max(24 * 90)
    .default(24 * 7),
  OSS_LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  OSS_SESSION_HOURS: z.coerce
    .number()
    .positive()
    .max(24 * 30)
    .default(12),
  OSS_RATE_ISSUE_PER_MIN: z.coerce.number().int().min(0).max(1_000_000).default(120),
  OSS_RATE_LOGIN_PER_MIN: z.coerce.number().int().min(0).max(1_000_000).default(10),
  OSS_BACKUP_KEEP: z.coerce.number().int().min(1).max(3650).default(14),
  OSS_BACKUP_AT: z
    .string()
    .regex(/^(?:[01]\d|2[0-3]):[0-5]\d$|^off$/, 'a local time HH:MM, or off')
    .default('02:00'),
});

export interface Config {
  port: number;
  host: string;
  /**
   * Addresses or CIDR ranges of the reverse proxies whose X-Forwarded-For the hub believes
   * (OSS_TRUST_PROXY); empty: none, request.ip is the connecting address.
   */
  trustProxy: string[];
  /** Open TCP connections at most (every screen's and phone's live link is one); more are refused. */
  maxConnections: number;
  dataDir: string;
  timeZone: string;
  adminPassword: string | undefined;
  seed: 'demo' | 'none';
  publicUrl: string | undefined;
  printer: string | undefined;
  logLevel: z.infer<typeof Env>['OSS_LOG_LEVEL'];
  sessionHours: number;
  /** Per-client limits on taking tickets and logging in (0 = off). */
  rateLimits: { issuePerMin: number; loginPerMin: number };
  /** The nightly online backup into <data dir>/backups: how many to keep, when (null = off). */
  backup: { keep: number; at: string | null };
  line: {
    channelAccessToken?: string;
    channelSecret?: string;
    basicId?: string;
    apiBase: string;
    /** Days a LINE user stays linked to a ticket (and outbox rows are kept) before the purge. */
    retentionDays: number;
    /** The "N ahead of you" alert goes out when this many tickets are left before the citizen's. */
    aheadAlert: number;
  };
  mail: { smtpUrl?: string; from?: string };
  portal: PortalConfig;
  uploads: UploadLimits;
}

/**
 * What one citizen may keep on the hub's disk, and the room uploads must leave for the queue
 * (docs/portal.md, "Uploads"): a full disk would stop the office, not just the portal.
 */
export interface UploadLimits {
  /** All of one citizen's stored documents together, in bytes. */
  citizenQuotaBytes: number;
  /** Draft requests one citizen may have open at a time. */
  maxDraftsPerCitizen: number;
  /** An upload is refused when the free space left after it would be under this many bytes (or 5 % of the disk, if more). */
  minFreeBytes: number;
}

/** The citizen portal (docs/portal.md): LINE Login, how long documents and citizen logins last. */
export interface PortalConfig {
  lineLogin: {
    channelId?: string;
    channelSecret?: string;
    authorizeUrl: string;
    tokenUrl: string;
    profileUrl: string;
  };
  /** Days after upload that a request's documents are deleted (PDPA). */
  documentRetentionDays: number;
  sessionHours: number;
  /** Bookings one citizen may hold at a time (booked, for today or later), so nobody hoards the slots. */
  maxBookingsPerCitizen: number;
  /** Same-day tickets one citizen may take from the portal in a business day (check-ins of bookings aside). */
  maxTicketsPerCitizenPerDay: number;
}

export class ConfigError extends Error {}

/**
 * The configuration with no variable set: the schema's defaults, the one place they are written.
 * The hub's parts fall back on it where a caller (a test, the benchmark) leaves a setting out, and
 * the test hub starts from it. A new object each call, so a caller may change its copy.
 */
export function defaultConfig(): Config {
  return loadConfig({});
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const parsed = Env.safeParse(env);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  ${i.path.join('.')}: ${i.message}`);
    throw new ConfigError(`Invalid configuration:\n${lines.join('\n')}`);
  }
  const e = parsed.data;
  return {
    port: e.OSS_PORT,
    host: e.OSS_HOST,
    trustProxy: e.OSS_TRUST_PROXY,
    maxConnections: e.OSS_MAX_CONNECTIONS,
    dataDir: resolve(e.OSS_DATA_DIR),
    timeZone: e.OSS_TZ,
    adminPassword: e.OSS_ADMIN_PASSWORD,
    seed: e.OSS_SEED,
    publicUrl: e.OSS_PUBLIC_URL,
    printer: e.OSS_PRINTER,
    logLevel: e.OSS_LOG_LEVEL,
    sessionHours: e.OSS_SESSION_HOURS,
    rateLimits: { issuePerMin: e.OSS_RATE_ISSUE_PER_MIN, loginPerMin: e.OSS_RATE_LOGIN_PER_MIN },
    backup: { keep: e.OSS_BACKUP_KEEP, at: e.OSS_BACKUP_AT === 'off' ? null : e.OSS_BACKUP_AT },
    line: {
      ...(e.OSS_LINE_CHANNEL_ACCESS_TOKEN ? { channelAccessToken: e.OSS_LINE_CHANNEL_ACCESS_TOKEN } : {}),
      ...(e.OSS_LINE_CHANNEL_SECRET ? { channelSecret: e.OSS_LINE_CHANNEL_SECRET } : {}),
      ...(e.OSS_LINE_BASIC_ID ? { basicId: e.OSS_LINE_BASIC_ID } : {}),
      apiBase: e.OSS_LINE_API_BASE,
      retentionDays: e.OSS_LINE_RETENTION_DAYS,
      aheadAlert: e.OSS_LINE_AHEAD_ALERT,
    },
    portal: {
      lineLogin: {
        ...(e.OSS_LINE_LOGIN_CHANNEL_ID ? { channelId: e.OSS_LINE_LOGIN_CHANNEL_ID } : {}),
        ...(e.OSS_LINE_LOGIN_CHANNEL_SECRET ? { channelSecret: e.OSS_LINE_LOGIN_CHANNEL_SECRET } : {}),
        authorizeUrl: e.OSS_LINE_LOGIN_AUTHORIZE_URL,
        tokenUrl: e.OSS_LINE_LOGIN_TOKEN_URL,
        profileUrl: e.OSS_LINE_LOGIN_PROFILE_URL,
      },
      documentRetentionDays: e.OSS_DOCUMENT_RETENTION_DAYS,
      sessionHours: e.OSS_CITIZEN_SESSION_HOURS,
      maxBookingsPerCitizen: e.OSS_CITIZEN_MAX_BOOKINGS,
      maxTicketsPerCitizenPerDay: e.OSS_CITIZEN_MAX_TICKETS_PER_DAY,
    },
    mail: { ...(e.OSS_SMTP_URL ? { smtpUrl: e.OSS_SMTP_URL } : {}), ...(e.OSS_MAIL_FROM ? { from: e.OSS_MAIL_FROM } : {}) },
    uploads: {
      citizenQuotaBytes: e.OSS_CITIZEN_UPLOAD_QUOTA_MB * MIB,
      maxDraftsPerCitizen: e.OSS_CITIZEN_MAX_DRAFTS,
      minFreeBytes: e.OSS_MIN_FREE_MB * MIB,
    },
  };
}
