import type { FieldProps } from 'react-admin';
import { ExactDataField } from '../../components/ExactDataField.tsx';
import type { Transfer } from './transferTypes.ts';

/** What the transfer moved, exactly: "3 GB", or "1,748 MB" for a correction of a partly used transfer. */
export const TransferAmountField = (props: FieldProps<Transfer>) => <ExactDataField {...props} source="amountMb" />;
