import { PLAN_STATUSES } from '../../../../server/domain/enums.ts';
import { enumChoices } from '../../enumChoices.ts';

export const planStatusChoices = enumChoices('plan_status', PLAN_STATUSES);
