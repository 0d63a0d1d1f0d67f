import { Alert, Typography } from '@mui/material';
import { useTranslate } from 'react-admin';
import type { ActionFailure } from './useIdempotentAction.ts';

interface ActionFailureAlertProps {
  failure: ActionFailure;
  /** Where the labels of the API's codes and fields live, e.g. `resources.refunds.errors`. */
  codes: string;
  fields: string;
}

/**
 * The API's refusal in the staff member's language when its code has a label, else its own
 * message (the four-eyes answers, the caps…), with the fields a 400 refused.
 */
export const ActionFailureAlert = ({ failure, codes, fields }: ActionFailureAlertProps) => {
  const translate = useTranslate();
  const fallback = translate(failure.message, { _: failure.message });
  const text = failure.code ? translate(`${codes}.${failure.code}`, { _: fallback }) : fallback;
  // A labelled code reads in the staff member's language; the API's own words stay below for the specifics.
  const refused = Object.entries(failure.fields);
  const detail = failure.serverMessage && failure.serverMessage !== text && refused.length === 0 ? failure.serverMessage : null;
  return (
    <Alert severity="error" data-testid="action-failure" sx={{ mt: 2 }}>
      {text}
      {detail && (
        <Typography variant="caption" component="div" sx={{ mt: 0.5, opacity: 0.8 }} data-testid="action-failure-detail">
          {detail}
        </Typography>
      )}
      {refused.length > 0 && (
        <ul style={{ margin: 0, paddingLeft: 20 }}>
          {refused.map(([field, message]) => (
            <li key={field}>{`${translate(`${fields}.${field}`, { _: field })}: ${message}`}</li>
          ))}
        </ul>
      )}
    </Alert>
  );
};
