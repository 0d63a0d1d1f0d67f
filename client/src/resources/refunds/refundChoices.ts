import {
  PAYMENT_METHODS,
  REFUND_ELIGIBILITIES,
  REFUND_REJECT_CODES,
  REFUND_SOURCES,
  REFUND_STATUSES,
} from '../../../../server/domain/enums.ts';
import { enumChoices } from '../../enumChoices.ts';

export const refundStatusChoices = enumChoices('refund_status', REFUND_STATUSES);
export const eligibilityChoices = enumChoices('refund_eligibility', REFUND_ELIGIBILITIES);
export const rejectCodeChoices = enumChoices('refund_reject_code', REFUND_REJECT_CODES);
export const refundSourceChoices = enumChoices('refund_source', REFUND_SOURCES);
export const payoutMethodChoices = enumChoices('payment_method', PAYMENT_METHODS);
