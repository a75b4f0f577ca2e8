// Answers to what the citizen does in the chat, sent as replies (free of the monthly quota).
import { flex, postback, text, type LineMessage } from './flex.js';
import { RATING_LABELS, type TicketInfo } from './messages.js';
import { encodePostback } from './postback-data.js';

export const replies = {
  welcome(): LineMessage {
    return text({
      th: 'ขอบคุณที่เพิ่มเพื่อนกับศูนย์บริการประชาชนค่ะ\nสแกน QR บนบัตรคิว หรือส่งข้อความ "คิว" ตามด้วยรหัสบนบัตร เพื่อรับแจ้งเตือนเมื่อใกล้ถึงคิว',
      en: 'Thank you for adding us. Scan the QR on your ticket, or send "คิว" and the code printed on it, to be told when your turn is near.',
    });
  },

  notFound(): LineMessage {
    return text({
      th: 'ไม่พบคิวตามรหัสนี้ กรุณาตรวจสอบรหัสบนบัตรคิวอีกครั้ง',
      en: 'No ticket has this code. Please check the code on your ticket.',
    });
  },

  finished(number: string): LineMessage {
    return text({
      th: `คิว ${number} สิ้นสุดแล้ว ไม่สามารถติดตามได้`,
      en: `Ticket ${number} is finished and can no longer be followed.`,
    });
  },

  linkGone(): LineMessage {
    return text({
      th: 'ไม่พบคิวที่คุณติดตามอยู่ หรือรายการนี้หมดอายุแล้ว',
      en: 'You are not following this ticket, or it has expired.',
    });
  },

  rated(score: 1 | 2 | 3 | 4 | 5): LineMessage {
    return text({
      th: `ขอบคุณสำหรับคะแนน ${score} (${RATING_LABELS[score].th}) เราจะนำไปปรับปรุงบริการค่ะ`,
      en: `Thank you for rating us ${score} (${RATING_LABELS[score].en}).`,
    });
  },

  alreadyRated(): LineMessage {
    return text({ th: 'คุณให้คะแนนคิวนี้แล้ว ขอบคุณค่ะ', en: 'You have already rated this visit. Thank you.' });
  },

  notServedYet(): LineMessage {
    return text({ th: 'ให้คะแนนได้เมื่อรับบริการเสร็จแล้วค่ะ', en: 'You can rate the service once you have been served.' });
  },

  cancelConfirm(t: TicketInfo): LineMessage {
    return flex(`ยืนยันการยกเลิกคิว ${t.number}?`, {
      title: { th: 'ยกเลิกคิวใช่ไหม?', en: 'Cancel your ticket?' },
      number: t.number,
      lines: [t.service, { th: 'เมื่อยกเลิกแล้วต้องรับบัตรคิวใหม่', en: 'Once cancelled, you will need a new ticket.' }],
      buttons: [
        {
          action: postback('ยืนยันยกเลิก · Cancel it', encodePostback({ a: 'cancel-yes', t: t.ticketId }), 'ยืนยันยกเลิกคิว'),
          style: 'primary',
        },
        { action: postback('ไม่ยกเลิก · Keep it', encodePostback({ a: 'keep', t: t.ticketId }), 'ไม่ยกเลิก') },
      ],
    });
  },

  cancelled(number: string): LineMessage {
    return text({ th: `ยกเลิกคิว ${number} เรียบร้อยแล้ว`, en: `Ticket ${number} is cancelled.` });
  },

  kept(number: string): LineMessage {
    return text({ th: `คิว ${number} ยังอยู่ในคิวตามเดิมค่ะ`, en: `Ticket ${number} stays in the queue.` });
  },

  cannotCancel(number: string): LineMessage {
    return text({
      th: `ยกเลิกคิว ${number} ไม่ได้ เพราะไม่ได้อยู่ระหว่างรอเรียกแล้ว`,
      en: `Ticket ${number} can no longer be cancelled: it is not waiting any more.`,
    });
  },
};
