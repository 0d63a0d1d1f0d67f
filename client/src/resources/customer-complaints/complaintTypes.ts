export interface ComplaintRecord {
  id: number;
  accountId: number;
  channel: string;
  subject: string;
  body: string;
  orderId: number | null;
  refundId: number | null;
  transferId: number | null;
  status: string;
  receivedAt: string;
  dueAt: string;
  answeredAt: string | null;
  outcome: string | null;
  answer: string | null;
  mediatorDetails: string | null;
  mediatorSentAt: string | null;
}
