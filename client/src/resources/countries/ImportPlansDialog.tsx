import UploadFileIcon from '@mui/icons-material/UploadFile';
import {
  Alert,
  Button,
  CircularProgress,
  Dialog,
  DialogActions,
  DialogContent,
  DialogTitle,
  Stack,
  TextField,
  Typography,
} from '@mui/material';
import { useState } from 'react';
import { useTranslate } from 'react-admin';
import { ImportReportTable } from './ImportReportTable.tsx';
import { useImportPlans } from './useImportPlans.ts';

/** CSV import of a country's plans: a file or pasted text → dry-run report → Apply (only when no line is in error). */
export const ImportPlansDialog = ({
  countryCode,
  countryName,
  onClose,
}: {
  countryCode: string;
  countryName?: string;
  onClose: () => void;
}) => {
  const translate = useTranslate();
  const t = (key: string, args?: Record<string, unknown>) => translate(`resources.countries.csv.${key}`, args);
  const [csv, setCsv] = useState('');
  const { report, isPending, error, check, apply, reset } = useImportPlans(countryCode, onClose);
  const edit = (text: string) => {
    setCsv(text);
    reset();
  };
  const canApply = !!report && report.errors.length === 0 && report.created.length + report.updated.length > 0 && !isPending;

  return (
    <Dialog open onClose={isPending ? undefined : onClose} fullWidth maxWidth="md" aria-labelledby="import-plans-title">
      <DialogTitle id="import-plans-title">
        {t('import_title', { country: countryName ? `${countryName} (${countryCode})` : countryCode })}
      </DialogTitle>
      <DialogContent dividers>
        <Stack spacing={2}>
          <Typography variant="body2">{t('import_explain')}</Typography>
          <div>
            <Button component="label" variant="outlined" startIcon={<UploadFileIcon />} disabled={isPending}>
              {t('choose_file')}
              <input
                hidden
                type="file"
                accept=".csv,text/csv"
                data-testid="import-file"
                onChange={(event) => {
                  const file = event.target.files?.[0];
                  if (file) void file.text().then(edit);
                }}
              />
            </Button>
          </div>
          <TextField
            label={t('paste')}
            value={csv}
            onChange={(event) => edit(event.target.value)}
            multiline
            minRows={4}
            maxRows={12}
            disabled={isPending}
            slotProps={{ htmlInput: { 'data-testid': 'import-csv', spellCheck: false, style: { fontFamily: 'monospace', fontSize: 13 } } }}
          />
          {error && <Alert severity="error">{translate(error, { _: error })}</Alert>}
          {report && <ImportReportTable report={report} />}
        </Stack>
      </DialogContent>
      <DialogActions>
        <Button onClick={onClose} disabled={isPending}>
          {translate('ra.action.cancel')}
        </Button>
        <Button onClick={() => void check(csv)} disabled={csv.trim() === '' || isPending} data-testid="import-check">
          {t('check')}
        </Button>
        <Button
          variant="contained"
          onClick={() => void apply(csv)}
          disabled={!canApply}
          data-testid="import-apply"
          startIcon={isPending ? <CircularProgress size={16} color="inherit" /> : undefined}
        >
          {t('apply')}
        </Button>
      </DialogActions>
    </Dialog>
  );
};
