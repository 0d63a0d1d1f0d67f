import { DSA_AUTOMATED_DECISIONS, DSA_DECISION_GROUNDS, DSA_DECISIONS, DSA_NOTICE_STATUSES } from '../../../../server/domain/enums.ts';
import { enumChoices } from '../../enumChoices.ts';

export const noticeStatusChoices = enumChoices('dsa_notice_status', DSA_NOTICE_STATUSES);
export const decisionChoices = enumChoices('dsa_decision', DSA_DECISIONS);
export const decisionGroundChoices = enumChoices('dsa_decision_ground', DSA_DECISION_GROUNDS);
export const automatedDecisionChoices = enumChoices('dsa_automated_decision', DSA_AUTOMATED_DECISIONS);
