import { EmailField, TextField, useRecordContext } from 'react-admin';
import { RefField } from '../../components/RefField.tsx';
import type { MisuseCounter, MisuseMeasure } from './misuseTypes.ts';

type Subject = Pick<MisuseMeasure | MisuseCounter, 'subject' | 'notifierEmail' | 'accountId'> & { id: number | string };

/** Who the measure or the counter is about: a notifier's e-mail, or the author's account. (In a list, the DataTable column holds its header.) */
export const SubjectField = () => {
  const record = useRecordContext<Subject>();
  if (!record) return null;
  return record.subject === 'notifier' ? (
    <EmailField source="notifierEmail" />
  ) : (
    <RefField source="accountId" reference="accounts">
      <TextField source="email" />
    </RefField>
  );
};
