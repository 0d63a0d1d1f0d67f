import ContentCopyIcon from '@mui/icons-material/ContentCopy';
import { Box, IconButton, Tooltip } from '@mui/material';
import type { MouseEvent } from 'react';
import { TextField, useFieldValue, useNotify, useTranslate, type TextFieldProps } from 'react-admin';

/** A copy-to-clipboard button for a value (an id, a reference, an ICCID): one click, a short confirmation. */
export const CopyButton = ({ value }: { value: string }) => {
  const translate = useTranslate();
  const notify = useNotify();
  const label = translate('copy.label', { value });
  const copy = (event: MouseEvent) => {
    event.stopPropagation();
    void navigator.clipboard?.writeText(value).then(() => notify('copy.done', { type: 'info', autoHideDuration: 1500 }));
  };
  return (
    <Tooltip title={label}>
      <IconButton size="small" onClick={copy} aria-label={label} data-testid="copy-button" sx={{ ml: 0.5, p: 0.25 }}>
        <ContentCopyIcon sx={{ fontSize: 16 }} />
      </IconButton>
    </Tooltip>
  );
};

/** A TextField with a copy button beside its value (nothing to copy when it is empty). */
export const CopyField = (props: TextFieldProps) => {
  const value: unknown = useFieldValue(props);
  return (
    <Box component="span" sx={{ display: 'inline-flex', alignItems: 'center', maxWidth: '100%' }}>
      <TextField {...props} sx={{ overflowWrap: 'anywhere', ...props.sx }} />
      {value !== null && value !== undefined && value !== '' && <CopyButton value={String(value)} />}
    </Box>
  );
};
