import { Chip, Typography } from '@mui/material';
import { useFieldValue, useTranslate, type FieldProps } from 'react-admin';

export interface CodeLabelFieldProps extends FieldProps {
  /** Where the labels are: `<labels>.<code>`, e.g. `resources.messages.templates`. */
  labels: string;
  /** An outlined chip (the audit trail's actions) rather than text. */
  chip?: boolean;
}

/** A code (a message template, an audit action, a language) shown by its label, or as is when it has none; the code stays in the title. */
export const CodeLabelField = ({ labels, chip, emptyText, ...props }: CodeLabelFieldProps) => {
  const translate = useTranslate();
  const value: unknown = useFieldValue(props);
  if (value === null || value === undefined || value === '') {
    return emptyText ? (
      <Typography component="span" variant="body2">
        {translate(emptyText, { _: emptyText })}
      </Typography>
    ) : null;
  }
  const code = String(value);
  const label = codeLabel(translate, labels, code);
  return chip ? (
    <Chip size="small" variant="outlined" label={label} title={code} />
  ) : (
    <Typography component="span" variant="body2" title={code}>
      {label}
    </Typography>
  );
};

/** `<labels>.<code>` translated, the code itself when there is no such label. */
export function codeLabel(translate: (key: string, options?: Record<string, unknown>) => string, labels: string, code: string): string {
  const label = translate(`${labels}.${code}`, { _: code });
  return typeof label === 'string' ? label : code;
}
