// Configuration from the environment (DESIGN §4), validated once at start-up.
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
  OSS_LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  OSS_SESSION_HOURS: z.coerce
    .number()
    .positive()
    .max(24 * 30)
    .default(12),
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
    line: {
      ...(e.OSS_LINE_CHANNEL_ACCESS_TOKEN ? { channelAccessToken: e.OSS_LINE_CHANNEL_ACCESS_TOKEN } : {}),
      ...(e.OSS_LINE_CHANNEL_SECRET ? { channelSecret: e.OSS_LINE_CHANNEL_SECRET } : {}),
      ...(e.OSS_LINE_BASIC_ID ? { basicId: e.OSS_LINE_BASIC_ID } : {}),
      apiBase: e.OSS_LINE_API_BASE,
      retentionDays: e.OSS_LINE_RETENTION_DAYS,
      aheadAlert: e.OSS_LINE_AHEAD_ALERT,
    },
    mail: { ...(e.OSS_SMTP_URL ? { smtpUrl: e.OSS_SMTP_URL } : {}), ...(e.OSS_MAIL_FROM ? { from: e.OSS_MAIL_FROM } : {}) },
  };
}
