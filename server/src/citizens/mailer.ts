// Outgoing mail (password resets) through nodemailer to the SMTP server an admin set in the
// settings, else OSS_SMTP_URL. Bodies go base64-encoded: Thai text survives every relay intact.
import type { Transporter } from 'nodemailer';

export interface MailSettings {
  smtpUrl: string | null;
  from: string | null;
}

interface Mail {
  to: string;
  subject: string;
  text: string;
}

export interface Mailer {
  /** False when no SMTP server is configured (nothing was sent). Rejects when sending failed. */
  send(mail: Mail): Promise<boolean>;
}

const DEFAULT_FROM = 'OSS <no-reply@localhost>';

export function createMailer(settings: () => MailSettings): Mailer {
  let cached: { url: string; transport: Transporter } | null = null;
  // nodemailer loads on the first mail: most hours of a hub's life send none.
  const transport = async (url: string) => {
    if (cached?.url !== url) {
      const { default: nodemailer } = await import('nodemailer');
      // Another mail may have made this transport while the module loaded.
      if (cached?.url === url) return cached.transport;
      cached?.transport.close();
      cached = {
        url,
        transport: nodemailer.createTransport({ url, connectionTimeout: 10_000, greetingTimeout: 10_000, socketTimeout: 20_000 }),
      };
    }
    return cached.transport;
  };
  return {
    async send(mail) {
      const { smtpUrl, from } = settings();
      if (!smtpUrl) return false;
      await (await transport(smtpUrl)).sendMail({ from: from ?? DEFAULT_FROM, ...mail, textEncoding: 'base64' });
      return true;
    },
  };
}
