// Building blocks for the office's Flex bubbles: Thai first (large), English under it (small),
// and a plain-text altText for notifications and old clients.
import type { messagingApi } from '@line/bot-sdk';
import type { Localized } from '@oss/shared';

export type LineMessage = messagingApi.Message;
type FlexComponent = messagingApi.FlexComponent;
type FlexBubble = messagingApi.FlexBubble;
type Action = messagingApi.Action;

const BRAND = '#1F4E79';
const MUTED = '#6B7280';

// LINE's limits: altText 1500 (kept far shorter for the notification line), button and quick
// reply labels 40 and 20, postback data 300.
const ALT_TEXT_MAX = 400;
const BUTTON_LABEL_MAX = 40;
const QUICK_LABEL_MAX = 20;
const POSTBACK_DATA_MAX = 300;

const clip = (s: string, max: number) => (s.length <= max ? s : `${s.slice(0, max - 1)}…`);

export function postback(label: string, data: string, displayText?: string): Action {
  if (data.length > POSTBACK_DATA_MAX) throw new Error('postback data too long');
  return { type: 'postback', label: clip(label, BUTTON_LABEL_MAX), data, ...(displayText ? { displayText } : {}) };
}

export function link(label: string, uri: string): Action {
  return { type: 'uri', label: clip(label, BUTTON_LABEL_MAX), uri };
}

export interface ButtonSpec {
  action: Action;
  style?: 'primary' | 'secondary' | 'link';
}

export interface BubbleSpec {
  title: Localized;
  /** The ticket number, shown large. */
  number?: string;
  /** Body lines: the Thai text, then the English in small grey type. */
  lines: Localized[];
  /** Stacked buttons in the footer. */
  buttons?: ButtonSpec[];
  /** A row of small buttons (the 1–5 rating) above the stacked ones. */
  row?: ButtonSpec[];
  /** A header colour for calls that must stand out. */
  accent?: string;
}

function bilingual(text: Localized, size: 'md' | 'lg' = 'md'): FlexComponent[] {
  const out: FlexComponent[] = [{ type: 'text', text: text.th, size, wrap: true, weight: size === 'lg' ? 'bold' : 'regular' }];
  if (text.en && text.en !== text.th) out.push({ type: 'text', text: text.en, size: 'xs', color: MUTED, wrap: true });
  return out;
}

function button({ action, style = 'secondary' }: ButtonSpec, height: 'sm' | 'md' = 'sm'): FlexComponent {
  return { type: 'button', action, style, height, ...(style === 'primary' ? { color: BRAND } : {}) };
}

function bubble(spec: BubbleSpec): FlexBubble {
  const body: FlexComponent[] = [];
  if (spec.number) {
    body.push({ type: 'text', text: spec.number, size: '4xl', weight: 'bold', align: 'center', color: BRAND });
  }
  spec.lines.forEach((line, i) => {
    if (i > 0 || spec.number) body.push({ type: 'separator', margin: 'md', color: '#FFFFFF' });
    body.push(...bilingual(line));
  });
  const footer: FlexComponent[] = [];
  if (spec.row && spec.row.length > 0) {
    footer.push({ type: 'box', layout: 'horizontal', spacing: 'xs', contents: spec.row.map((b) => button(b)) });
  }
  for (const b of spec.buttons ?? []) footer.push(button(b, 'md'));
  return {
    type: 'bubble',
    header: {
      type: 'box',
      layout: 'vertical',
      backgroundColor: spec.accent ?? BRAND,
      paddingAll: 'lg',
      contents: [
        { type: 'text', text: spec.title.th, color: '#FFFFFF', weight: 'bold', size: 'lg', wrap: true },
        { type: 'text', text: spec.title.en, color: '#E5E7EB', size: 'xs', wrap: true },
      ],
    },
    body: { type: 'box', layout: 'vertical', spacing: 'sm', contents: body },
    ...(footer.length > 0 ? { footer: { type: 'box', layout: 'vertical', spacing: 'sm', contents: footer } } : {}),
  };
}

export interface QuickItem {
  label: string;
  action: Action;
}

export function flex(altText: string, spec: BubbleSpec, quick: QuickItem[] = []): LineMessage {
  return {
    type: 'flex',
    altText: clip(altText, ALT_TEXT_MAX),
    contents: bubble(spec),
    ...(quick.length > 0 ? quickReply(quick) : {}),
  };
}

/** A plain text message: the Thai, then the English on the next line. */
export function text(line: Localized, quick: QuickItem[] = []): LineMessage {
  const body = line.en && line.en !== line.th ? `${line.th}\n${line.en}` : line.th;
  return { type: 'text', text: body, ...(quick.length > 0 ? quickReply(quick) : {}) };
}

function quickReply(items: QuickItem[]): { quickReply: messagingApi.QuickReply } {
  return {
    quickReply: {
      items: items.slice(0, 13).map((i) => ({ type: 'action', action: { ...i.action, label: clip(i.label, QUICK_LABEL_MAX) } })),
    },
  };
}
