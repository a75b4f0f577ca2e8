// The citizen's request and documents for the ticket at the counter belong to issue 7 (the portal):
// this is where that panel goes. Until then it shows nothing.
import type { Lang, Ticket } from '@oss/shared';
import type { Api } from '@oss/shared/client';

export interface CitizenSlotProps {
  api: Api;
  ticket: Ticket | null;
  lang: Lang;
}

export function CitizenSlot(_props: CitizenSlotProps) {
  return null;
}
