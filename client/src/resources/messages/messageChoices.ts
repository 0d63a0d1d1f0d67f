import { MESSAGE_CHANNELS, MESSAGE_STATUSES } from '../../../../server/domain/enums.ts';
import { enumChoices } from '../../enumChoices.ts';

export const messageStatusChoices = enumChoices('message_status', MESSAGE_STATUSES);
export const messageChannelChoices = enumChoices('message_channel', MESSAGE_CHANNELS);
