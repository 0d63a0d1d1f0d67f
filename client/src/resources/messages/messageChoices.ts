import { DELIVERY_STATUSES, MESSAGE_CHANNELS, MESSAGE_STATUSES, SMS_ENCODINGS } from '../../../../server/domain/enums.ts';
import { enumChoices } from '../../enumChoices.ts';

export const messageStatusChoices = enumChoices('message_status', MESSAGE_STATUSES);
export const messageChannelChoices = enumChoices('message_channel', MESSAGE_CHANNELS);
export const deliveryStatusChoices = enumChoices('delivery_status', DELIVERY_STATUSES);
export const smsEncodingChoices = enumChoices('sms_encoding', SMS_ENCODINGS);
