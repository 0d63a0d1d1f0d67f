import { REFERRAL_STATUSES } from '../../../../server/domain/enums.ts';
import { enumChoices } from '../../enumChoices.ts';

export const referralStatusChoices = enumChoices('referral_status', REFERRAL_STATUSES);
