import {
  DSA_DECISIONS,
  DSA_NOTICE_STATUSES,
  ESIM_STATUSES,
  MESSAGE_CHANNELS,
  MESSAGE_STATUSES,
  ORDER_STATUSES,
  PAYMENT_METHODS,
  REDEMPTION_STATUSES,
  REFERRAL_STATUSES,
  REFUND_ELIGIBILITIES,
  REFUND_STATUSES,
  REVIEW_REPORT_REASONS,
  REVIEW_REPORT_STATUSES,
  REVIEW_STATUSES,
  TRANSFER_STATUSES,
  AUDIT_OUTCOMES,
} from '../../../../server/domain/enums.ts';
import { enumChoices } from '../../enumChoices.ts';

// The closed vocabularies the 360's lists show.
export const esimStatusChoices = enumChoices('esim_status', ESIM_STATUSES);
export const orderStatusChoices = enumChoices('order_status', ORDER_STATUSES);
export const paymentMethodChoices = enumChoices('payment_method', PAYMENT_METHODS);
export const transferStatusChoices = enumChoices('transfer_status', TRANSFER_STATUSES);
export const refundStatusChoices = enumChoices('refund_status', REFUND_STATUSES);
export const eligibilityChoices = enumChoices('refund_eligibility', REFUND_ELIGIBILITIES);
export const reviewStatusChoices = enumChoices('review_status', REVIEW_STATUSES);
export const reportStatusChoices = enumChoices('review_report_status', REVIEW_REPORT_STATUSES);
export const reportReasonChoices = enumChoices('review_report_reason', REVIEW_REPORT_REASONS);
export const noticeStatusChoices = enumChoices('dsa_notice_status', DSA_NOTICE_STATUSES);
export const decisionChoices = enumChoices('dsa_decision', DSA_DECISIONS);
export const referralStatusChoices = enumChoices('referral_status', REFERRAL_STATUSES);
export const redemptionStatusChoices = enumChoices('redemption_status', REDEMPTION_STATUSES);
export const messageStatusChoices = enumChoices('message_status', MESSAGE_STATUSES);
export const messageChannelChoices = enumChoices('message_channel', MESSAGE_CHANNELS);
export const auditOutcomeChoices = enumChoices('audit_outcome', AUDIT_OUTCOMES);
