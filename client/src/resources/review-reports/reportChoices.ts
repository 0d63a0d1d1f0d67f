import { REVIEW_REPORT_REASONS, REVIEW_REPORT_STATUSES } from '../../../../server/domain/enums.ts';
import { enumChoices } from '../../enumChoices.ts';

export const reportStatusChoices = enumChoices('review_report_status', REVIEW_REPORT_STATUSES);
export const reportReasonChoices = enumChoices('review_report_reason', REVIEW_REPORT_REASONS);
