// SMS rules (docs/RULES.md "SMS"): how a text is encoded and split into segments before it is
// sent, what a delivery receipt may change, and the words a customer texts to stop or restart SMS.
import type { DELIVERY_STATUSES } from '../enums.ts';

/** The GSM 03.38 basic character set: one septet each. */
const GSM7_BASIC = new Set(
  '@£$¥èéùìòÇ\nØø\rÅåΔ_ΦΓΛΩΠΨΣΘΞÆæßÉ !"#¤%&\'()*+,-./0123456789:;<=>?¡ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÑÜ§¿abcdefghijklmnopqrstuvwxyzäöñüà',
);
/** The GSM 03.38 extension table: an escape septet plus one, so two septets each. */
const GSM7_EXTENSION = new Set('^{}\\[~]|€\f');

export type SmsEncoding = 'gsm7' | 'ucs2';

export interface SmsParts {
  encoding: SmsEncoding;
  /** Septets (GSM-7) or UTF-16 code units (UCS-2) the text takes. */
  units: number;
  segments: number;
}

/**
 * GSM-7 when every character is in the GSM 03.38 basic set or its extension (an extension
 * character counts double); otherwise UCS-2, where every UTF-16 code unit counts (an emoji is two).
 * One segment holds 160 GSM-7 septets or 70 UCS-2 units; a longer text is split into segments of
 * 153 or 67 (the rest carries the concatenation header). An extension character's two septets are
 * never split across segments.
 */
export function smsParts(text: string): SmsParts {
  let gsm = true;
  for (const ch of text) {
    if (!GSM7_BASIC.has(ch) && !GSM7_EXTENSION.has(ch)) {
      gsm = false;
      break;
    }
  }
  if (!gsm) {
    const units = text.length;
    return { encoding: 'ucs2', units, segments: units === 0 ? 1 : units <= 70 ? 1 : segmentsOf(unitsOfUcs2(text), 67) };
  }
  const septets = [...text].map((ch) => (GSM7_EXTENSION.has(ch) ? 2 : 1));
  const units = septets.reduce((a, b) => a + b, 0);
  return { encoding: 'gsm7', units, segments: units <= 160 ? 1 : segmentsOf(septets, 153) };
}

/** UTF-16 code units per character: a surrogate pair (an emoji) is two and is never split. */
const unitsOfUcs2 = (text: string): number[] => [...text].map((ch) => ch.length);

/** Packs characters of the given widths into segments of `size` units, never splitting one character. */
function segmentsOf(widths: number[], size: number): number {
  let segments = 1;
  let used = 0;
  for (const w of widths) {
    if (used + w > size) {
      segments++;
      used = 0;
    }
    used += w;
  }
  return segments;
}

export type DeliveryStatus = (typeof DELIVERY_STATUSES)[number];

/** Twilio's message statuses in ours: accepted/scheduled/sending are still queued; read is delivered; canceled failed. */
export function deliveryStatusOf(providerStatus: string): DeliveryStatus | null {
  switch (providerStatus.toLowerCase()) {
    case 'accepted':
    case 'scheduled':
    case 'queued':
    case 'sending':
      return 'queued';
    case 'sent':
      return 'sent';
    case 'delivered':
    case 'read':
      return 'delivered';
    case 'undelivered':
      return 'undelivered';
    case 'failed':
    case 'canceled':
      return 'failed';
    default:
      return null;
  }
}

const RANK: Record<DeliveryStatus, number> = { queued: 0, sent: 1, delivered: 2, failed: 2, undelivered: 2 };

/**
 * The status after a receipt: a receipt only moves a message forward (queued → sent → an outcome),
 * so a late or replayed "sent" never overwrites "delivered", and the first outcome (delivered,
 * undelivered or failed) is final. null: the receipt changes nothing.
 */
export function nextDeliveryStatus(current: DeliveryStatus | null, receipt: DeliveryStatus): DeliveryStatus | null {
  if (current == null) return receipt;
  return RANK[receipt] > RANK[current] ? receipt : null;
}

/** The provider's error code for a number that has opted out (it refuses the message). */
export const OPTED_OUT_ERROR_CODE = 21610;

const STOP_WORDS = ['STOP', 'STOPALL', 'ARRET', 'ARRÊT', 'UNSUBSCRIBE', 'CANCEL', 'END', 'QUIT', 'DESABONNER', 'DÉSABONNER'];
const START_WORDS = ['START', 'UNSTOP', 'YES', 'OUI', 'REPRENDRE'];

/**
 * What an inbound SMS asks: the whole message, trimmed, case and a final full stop ignored, is a
 * stop word (STOP, ARRET…) → 'stop', a start word (START…) → 'start'; anything else → null
 * ("please stop the plan" is a message, not an opt-out).
 */
export function optOutKeyword(body: string): 'stop' | 'start' | null {
  const word = body
    .trim()
    .replace(/[.!]+$/, '')
    .trim()
    .toUpperCase();
  if (STOP_WORDS.includes(word)) return 'stop';
  if (START_WORDS.includes(word)) return 'start';
  return null;
}
