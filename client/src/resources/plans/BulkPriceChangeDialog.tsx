import {
  Alert,
  Button,
  CircularProgress,
  Dialog,
  DialogActions,
  DialogContent,
  DialogTitle,
  InputAdornment,
  TextField,
} from '@mui/material';
import { useState } from 'react';
import { useTranslate } from 'react-admin';
import { parsePercent } from './catalogApi.ts';
import { PriceChangePreview } from './PriceChangePreview.tsx';
import { usePriceChange } from './usePriceChange.ts';

/** Percent → preview (dry run, old → new for each plan) → why → one confirmation → the change, for the selected plans. */
export const BulkPriceChangeDialog = ({ planIds, onClose }: { planIds: number[]; onClose: () => void }) => {
  const translate = useTranslate();
  const t = (key: string, args?: Record<string, unknown>) => translate(`resources.plans.price_change.${key}`, args);
  const [text, setText] = useState('');
  const [reason, setReason] = useState('');
  const reasonOk = reason.trim().length >= 3;
  const percent = parsePercent(text.trim());
  const change = usePriceChange(planIds, onClose);
  const { preview, previewedPercent, isPending, failure } = change;
  const previewShown = preview !== null && previewedPercent === percent;

  return (
    <Dialog open onClose={isPending ? undefined : onClose} fullWidth maxWidth="md" aria-labelledby="price-change-title">
      <DialogTitle id="price-change-title">{t('title', { smart_count: planIds.length })}</DialogTitle>
      <DialogContent dividers>
        <TextField
          label={t('percent')}
          value={text}
          onChange={(event) => {
            setText(event.target.value);
            change.clearPreview();
          }}
          error={text.trim() !== '' && percent === null}
          helperText={text.trim() !== '' && percent === null ? t('percent_invalid') : t('percent_help')}
          disabled={isPending}
          autoFocus
          slotProps={{
            htmlInput: { inputMode: 'decimal', 'data-testid': 'price-change-percent' },
            input: { endAdornment: <InputAdornment position="end">%</InputAdornment> },
          }}
          sx={{ mb: 2 }}
        />
        {previewShown && (
          <>
            <Alert severity="warning" sx={{ mb: 2 }} data-testid="price-change-question">
              {t('confirm_question', { smart_count: preview.changes.length, percent: text.trim() })}
            </Alert>
            <PriceChangePreview changes={preview.changes} />
            <TextField
              label={t('reason')}
              value={reason}
              onChange={(event) => setReason(event.target.value)}
              helperText={failure?.fields.reason ?? t('reason_help')}
              error={!!failure?.fields.reason}
              disabled={isPending}
              required
              fullWidth
              slotProps={{ htmlInput: { maxLength: 500, 'data-testid': 'price-change-reason' } }}
              sx={{ mt: 2 }}
            />
          </>
        )}
        {failure && !failure.fields.reason && (
          <Alert severity="error" sx={{ mt: 2 }}>
            {failure.serverMessage ?? translate(failure.message, { _: failure.message })}
          </Alert>
        )}
      </DialogContent>
      <DialogActions>
        <Button onClick={onClose} disabled={isPending}>
          {translate('ra.action.cancel')}
        </Button>
        {previewShown ? (
          <Button
            variant="contained"
            onClick={() => void change.apply(reason)}
            disabled={isPending || !reasonOk}
            data-testid="price-change-apply"
            startIcon={isPending ? <CircularProgress size={16} color="inherit" /> : undefined}
          >
            {t('apply', { smart_count: preview.changes.length })}
          </Button>
        ) : (
          <Button
            variant="contained"
            onClick={() => percent !== null && void change.showPreview(percent)}
            disabled={percent === null || isPending}
            data-testid="price-change-preview-button"
          >
            {t('preview')}
          </Button>
        )}
      </DialogActions>
    </Dialog>
  );
};
