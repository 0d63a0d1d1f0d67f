import type { ActionDef } from './action.ts';
import { retryMessage } from './messages.ts';
import { CATALOG_ACTIONS } from './catalog.ts';
import { ACCOUNT_ACTIONS } from './accounts.ts';
import { CONVERSATION_ACTIONS } from './conversations.ts';
import { COMPLAINT_ACTIONS } from './complaints.ts';
import { CUSTOMER_DATA_ACTIONS } from './customerData.ts';
import { DSA_ACTIONS } from './dsa.ts';
import { PAYMENT_ACTIONS } from './payments.ts';
import { REFUND_ACTIONS } from './refunds.ts';
import { REVIEW_ACTIONS } from './reviews.ts';
import { STAFF_ACTIONS } from './staff.ts';
import { STATEMENT_ACTIONS } from './statements.ts';
import { redirectTransfer, reverseTransfer } from './transfers.ts';

/** Every domain action the API offers; feature areas add theirs here. */
export const ACTIONS: readonly ActionDef[] = [
  retryMessage,
  redirectTransfer,
  reverseTransfer,
  ...REFUND_ACTIONS,
  ...CATALOG_ACTIONS,
  ...REVIEW_ACTIONS,
  ...DSA_ACTIONS,
  ...STATEMENT_ACTIONS,
  ...ACCOUNT_ACTIONS,
  ...STAFF_ACTIONS,
  ...CUSTOMER_DATA_ACTIONS,
  ...PAYMENT_ACTIONS,
  ...CONVERSATION_ACTIONS,
  ...COMPLAINT_ACTIONS,
];
