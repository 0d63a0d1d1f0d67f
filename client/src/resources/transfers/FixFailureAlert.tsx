import { Alert, AlertTitle } from '@mui/material';
import { useTranslate } from 'react-admin';
import type { FixFailure } from './useFixTransfer.ts';
import { useRefusalText } from './useRefusalText.ts';

/** Why the fix did not happen: another agent was first (409), a rule refused it (422), or bad input (400). */
export const FixFailureAlert = ({ failure }: { failure: FixFailure }) => {
  const translate = useTranslate();
  const refusalText = useRefusalText();
  if (failure.code === 'transfer_already_fixed') {
    return (
      <Alert severity="error" data-testid="fix-failure">
        <AlertTitle>{translate('resources.transfers.fix.already_fixed_title')}</AlertTitle>
        {translate('resources.transfers.fix.already_fixed')}
      </Alert>
    );
  }
  const fields = Object.entries(failure.fields);
  return (
    <Alert severity="error" data-testid="fix-failure">
      {refusalText(failure.code, failure.message)}
      {fields.length > 0 && (
        <ul style={{ margin: 0, paddingLeft: 20 }}>
          {fields.map(([field, message]) => (
            <li key={field}>{`${translate(`resources.transfers.fix.field.${field}`, { _: field })}: ${message}`}</li>
          ))}
        </ul>
      )}
    </Alert>
  );
};
