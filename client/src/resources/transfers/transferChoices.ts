import { TRANSFER_STATUSES } from '../../../../server/domain/enums.ts';
import { enumChoices } from '../../enumChoices.ts';

export const transferStatusChoices = enumChoices('transfer_status', TRANSFER_STATUSES);

/** The list's tabs, in the order support works them (no "All": a status is always chosen). */
export const TRANSFER_TABS = TRANSFER_STATUSES;
