import { NumberField, SelectField, Show, SimpleShowLayout, TextField, TopToolbar } from 'react-admin';
import { CodeLabelField } from '../../components/CodeLabelField.tsx';
import { DateTimeField } from '../../components/DateTimeField.tsx';
import { RefField } from '../../components/RefField.tsx';
import { deliveryStatusChoices, messageChannelChoices, messageStatusChoices, smsEncodingChoices } from './messageChoices.ts';
import { RetryMessageButton } from './RetryMessageButton.tsx';

const MessageShowActions = () => (
  <TopToolbar>
    <RetryMessageButton />
  </TopToolbar>
);

export const MessageShow = () => (
  <Show actions={<MessageShowActions />}>
    <SimpleShowLayout>
      <TextField source="id" />
      <RefField source="accountId" reference="accounts" />
      <SelectField source="channel" choices={messageChannelChoices} />
      <TextField source="toAddress" />
      <CodeLabelField source="template" labels="resources.messages.templates" />
      <TextField source="locale" />
      <TextField source="subject" />
      <TextField source="body" component="pre" sx={{ whiteSpace: 'pre-wrap', fontFamily: 'inherit' }} />
      <SelectField source="status" choices={messageStatusChoices} />
      <NumberField source="attempts" />
      <DateTimeField source="nextAttemptAt" />
      <TextField source="lastError" />
      <DateTimeField source="sentAt" />
      <TextField source="providerMessageId" />
      <TextField source="transport" />
      <SelectField source="smsEncoding" choices={smsEncodingChoices} />
      <NumberField source="smsSegments" />
      <SelectField source="deliveryStatus" choices={deliveryStatusChoices} />
      <TextField source="deliveryErrorCode" />
      <DateTimeField source="deliveryUpdatedAt" />
      <DateTimeField source="deliveredAt" />
      <TextField source="relatedEntity" />
      <TextField source="relatedId" />
      <TextField source="dedupeKey" />
      <DateTimeField source="createdAt" />
      <DateTimeField source="updatedAt" />
    </SimpleShowLayout>
  </Show>
);
