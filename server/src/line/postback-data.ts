// The data carried by the chat's buttons, and read back from postback events. Short on purpose
// (LINE allows 300 characters); the ticket id alone is not enough to act: the webhook also checks
// that the LINE user who tapped is linked to that ticket.
import { z } from 'zod';

const TicketId = z.coerce
  .number()
  .int()
  .positive()
  .max(2 ** 31);

const Postback = z.discriminatedUnion('a', [
  z.object({ a: z.literal('rate'), t: TicketId, s: z.coerce.number().pipe(z.literal([1, 2, 3, 4, 5])) }),
  z.object({ a: z.literal('cancel'), t: TicketId }),
  z.object({ a: z.literal('cancel-yes'), t: TicketId }),
  z.object({ a: z.literal('keep'), t: TicketId }),
]);
export type PostbackData = z.infer<typeof Postback>;

export function encodePostback(data: PostbackData): string {
  const params = new URLSearchParams({ a: data.a, t: String(data.t) });
  if (data.a === 'rate') params.set('s', String(data.s));
  return params.toString();
}

export function parsePostback(data: string): PostbackData | null {
  const parsed = Postback.safeParse(Object.fromEntries(new URLSearchParams(data)));
  return parsed.success ? parsed.data : null;
}
