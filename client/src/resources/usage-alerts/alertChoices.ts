import { ALERT_CHANNELS } from '../../../../server/domain/enums.ts';
import { enumChoices } from '../../enumChoices.ts';

export const alertChannelChoices = enumChoices('alert_channel', ALERT_CHANNELS);
