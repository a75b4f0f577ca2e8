// Configuration from the environment (docs/design.md §4.6), validated once at start-up.
import { resolve } from 'node:path';
import { z } from 'zod';

const Env = z.object({
  OSS_PORT: z.coerce.number().int().min(0).max(65535).default(8080),
  OSS_HOST: z.string().min(1).default('0.0.0.0'),
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
  OSS_PUBLIC_URL: z.url().optional(),
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
}

export class ConfigError extends Error {}

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
    },
    mail: { ...(e.OSS_SMTP_URL ? { smtpUrl: e.OSS_SMTP_URL } : {}), ...(e.OSS_MAIL_FROM ? { from: e.OSS_MAIL_FROM } : {}) },
  };
}
