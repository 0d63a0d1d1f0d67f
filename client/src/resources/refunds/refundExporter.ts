import jsonExport from 'jsonexport/dist';
import { downloadCSV, type Exporter } from 'react-admin';
import { csvSafeRecord } from '../../components/csvExporter.ts';
import { centsToEuroText } from '../../units.ts';
import { runningDeadline, urgencyOf } from './refundDeadline.ts';
import type { Refund } from './refundTypes.ts';

/** The queue's columns, in the order finance reads them (machine names: the file is for spreadsheets). */
export const REFUND_CSV_HEADERS = [
  'id',
  'status',
  'order_id',
  'customer_email',
  'source',
  'requested_at',
  'eligibility',
  'eligibility_reasons',
  'proposed_eur',
  'amount_eur',
  'deadline_at',
  'overdue',
  'decision_due_at',
  'decided_at',
  'reject_reason',
  'payout_due_at',
  'payout_method',
  'payout_reference',
  'paid_out_at',
  'failure_reason',
] as const;

type CsvRow = Record<(typeof REFUND_CSV_HEADERS)[number], string | number | boolean>;

const euros = (cents: number | null) => (cents === null ? '' : centsToEuroText(cents));

/** One case as a CSV row: amounts in euros with two decimals (from the cents, no float), times as ISO 8601 UTC. */
export function refundCsvRow(refund: Refund, customerEmail: string | undefined, now: Date = new Date()): CsvRow {
  const deadline = runningDeadline(refund);
  return {
    id: refund.id,
    status: refund.status,
    order_id: refund.orderId,
    customer_email: customerEmail ?? '',
    source: refund.source,
    requested_at: refund.requestedAt,
    eligibility: refund.eligibility,
    eligibility_reasons: refund.eligibilityReasons.join(' '),
    proposed_eur: euros(refund.proposedAmountCents),
    amount_eur: euros(refund.amountCents),
    deadline_at: deadline ?? '',
    overdue: urgencyOf(deadline, now) === 'overdue',
    decision_due_at: refund.decisionDueAt,
    decided_at: refund.decidedAt ?? '',
    reject_reason: refund.rejectReasonCode ?? '',
    payout_due_at: refund.payoutDueAt ?? '',
    payout_method: refund.payoutMethod ?? '',
    payout_reference: refund.payoutReference ?? '',
    paid_out_at: refund.paidOutAt ?? '',
    failure_reason: refund.failureReason ?? '',
  };
}

/** The queue as shown (tab, filters, sort) as a CSV file, with each customer's e-mail. */
export const refundExporter: Exporter<Refund> = async (refunds, fetchRelatedRecords) => {
  const accounts = await fetchRelatedRecords<{ email?: string }>(refunds, 'accountId', 'accounts');
  const rows = refunds.map((refund) => csvSafeRecord(refundCsvRow(refund, accounts[refund.accountId]?.email)));
  jsonExport(rows, { headers: [...REFUND_CSV_HEADERS] }, (_error, csv) => downloadCSV(csv, 'refunds'));
};
