import { ACCOUNT_PLAN_STATUSES, PLAN_ORIGINS } from '../../../../server/domain/enums.ts';
import { enumChoices } from '../../enumChoices.ts';

export const accountPlanStatusChoices = enumChoices('account_plan_status', ACCOUNT_PLAN_STATUSES);
export const originChoices = enumChoices('plan_origin', PLAN_ORIGINS);
