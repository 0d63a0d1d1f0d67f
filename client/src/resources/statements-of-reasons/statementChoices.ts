import { DSA_AUTOMATED_DECISIONS, DSA_DECISION_GROUNDS, DSA_SOURCE_TYPES } from '../../../../server/domain/enums.ts';
import { enumChoices } from '../../enumChoices.ts';

export const decisionGroundChoices = enumChoices('dsa_decision_ground', DSA_DECISION_GROUNDS);
export const sourceTypeChoices = enumChoices('dsa_source_type', DSA_SOURCE_TYPES);
export const automatedDecisionChoices = enumChoices('dsa_automated_decision', DSA_AUTOMATED_DECISIONS);
