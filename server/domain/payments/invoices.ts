// Invoices and credit notes (avoirs) as French law wants them (docs/RULES.md "Invoices and credit notes", in
// our words: Code de commerce L441-9, CGI art. 242 nonies A): who sells, a unique number from an unbroken
// sequence, the date, the customer, what was sold, the price excluding VAT, the VAT rate and amount, the total.
import { parisDate } from '../calendar.ts';

export type DocumentKind = 'invoice' | 'credit_note';

/** The seller, as on the general conditions (GCU preamble). */
export const SELLER = {
  name: 'KOLET SAS',
  legalForm: 'Société par actions simplifiée au capital de 1 250,25 €',
  address: '6 rue d’Armaille, 75017 Paris, France',
  registration: 'RCS Paris B 981 094 261',
  vatNumber: 'FR58981094261',
} as const;

/** The general conditions of sale in force, by the version an order records (GCS §3, §16). */
export const TERMS_VERSIONS = ['2024-06', '2025-03'] as const;
export const CURRENT_TERMS_VERSION = '2025-03';

const PREFIX: Record<DocumentKind, string> = { invoice: 'F', credit_note: 'AV' };

/** The printed number: its kind, its year (in Paris), and its place in that year's unbroken sequence. */
export const documentNumber = (kind: DocumentKind, year: number, sequence: number): string =>
  `${PREFIX[kind]}-${year}-${String(sequence).padStart(6, '0')}`;

/** The year a document issued at `at` is numbered in: the calendar year in Paris (a 31 December 23:30 UTC document is the next year's). */
export const documentYear = (at: Date): number => Number(parisDate(at).slice(0, 4));

/**
 * A credit note's VAT: the refunded share of the order's VAT, rounded to the cent; on a full refund
 * exactly the order's VAT, so the invoice and its credit notes cancel to the cent.
 */
export function creditNoteVat(refundCents: number, order: { amountCents: number; vatCents: number }): number {
  if (order.amountCents <= 0) return 0;
  if (refundCents >= order.amountCents) return order.vatCents;
  return Math.round((refundCents * order.vatCents) / order.amountCents);
}

/** Everything a document prints, frozen when it is issued (it is rendered again, byte for byte, from these). */
export interface DocumentFacts {
  kind: DocumentKind;
  number: string;
  issuedAt: string; // ISO
  /** The invoice a credit note corrects. */
  invoiceNumber?: string | null;
  customer: { name: string | null; email: string; accountId: number };
  order: { id: number; orderedAt: string; paymentMethod: string; paymentReference: string };
  line: { description: string; totalCents: number; vatCents: number; vatRateBp: number };
  refundId?: number | null;
}

const euros = (cents: number) => `${(cents / 100).toFixed(2).replace('.', ',')} €`;
const rate = (bp: number) => `${(bp / 100).toFixed(bp % 100 === 0 ? 0 : 2).replace('.', ',')} %`;

/** The mentions each document must carry (a document missing one is refused before it is printed). */
export const MANDATORY_MENTIONS = [
  'seller',
  'seller_address',
  'seller_registration',
  'seller_vat',
  'number',
  'date',
  'customer',
  'description',
  'excl_vat',
  'vat_rate',
  'vat_amount',
  'total',
] as const;
export type Mention = (typeof MANDATORY_MENTIONS)[number];

/** The document as lines of text (French, the language of the legal documents), each tagged with the mention it carries. */
export function documentLines(f: DocumentFacts): { mention: Mention | 'other'; text: string }[] {
  const sign = f.kind === 'credit_note' ? -1 : 1;
  const excl = f.line.totalCents - f.line.vatCents;
  const title = f.kind === 'invoice' ? 'FACTURE' : 'AVOIR';
  const lines: { mention: Mention | 'other'; text: string }[] = [
    { mention: 'seller', text: `${SELLER.name} — ${SELLER.legalForm}` },
    { mention: 'seller_address', text: SELLER.address },
    { mention: 'seller_registration', text: SELLER.registration },
    { mention: 'seller_vat', text: `N° TVA intracommunautaire : ${SELLER.vatNumber}` },
    { mention: 'number', text: `${title} N° ${f.number}` },
    { mention: 'date', text: `Date : ${parisDate(new Date(f.issuedAt))}` },
  ];
  if (f.kind === 'credit_note' && f.invoiceNumber)
    lines.push({ mention: 'other', text: `Avoir sur la facture N° ${f.invoiceNumber} (remboursement n° ${f.refundId})` });
  lines.push(
    {
      mention: 'customer',
      text: `Client : ${f.customer.name ?? f.customer.email} <${f.customer.email}> (compte n° ${f.customer.accountId})`,
    },
    {
      mention: 'other',
      text: `Commande n° ${f.order.id} du ${parisDate(new Date(f.order.orderedAt))}, payée par ${f.order.paymentMethod} (${f.order.paymentReference})`,
    },
    { mention: 'description', text: `Désignation : ${f.line.description}` },
    { mention: 'excl_vat', text: `Prix HT : ${euros(sign * excl)}` },
    { mention: 'vat_rate', text: `Taux de TVA : ${rate(f.line.vatRateBp)}` },
    { mention: 'vat_amount', text: `Montant de la TVA : ${euros(sign * f.line.vatCents)}` },
    { mention: 'total', text: `Total TTC : ${euros(sign * f.line.totalCents)}` },
    {
      mention: 'other',
      text:
        f.kind === 'invoice'
          ? 'Payée à la commande. Pas d’escompte pour paiement anticipé.'
          : 'Remboursé sur le moyen de paiement d’origine.',
    },
  );
  return lines;
}

/** The mandatory mentions a document's lines lack (empty: it may be printed). */
export function missingMentions(lines: readonly { mention: string; text: string }[]): Mention[] {
  return MANDATORY_MENTIONS.filter((m) => !lines.some((l) => l.mention === m && l.text.trim().length > 0));
}
