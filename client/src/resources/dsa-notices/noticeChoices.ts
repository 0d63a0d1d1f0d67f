import { DSA_DECISIONS, DSA_NOTICE_STATUSES } from '../../../../server/domain/enums.ts';
import { enumChoices } from '../../enumChoices.ts';

export const noticeStatusChoices = enumChoices('dsa_notice_status', DSA_NOTICE_STATUSES);
export const decisionChoices = enumChoices('dsa_decision', DSA_DECISIONS);
