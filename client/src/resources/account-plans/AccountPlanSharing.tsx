import { Alert, Box, List, ListItem, Stack, Typography } from '@mui/material';
import { useRecordContext, useTranslate } from 'react-admin';
import { paidRemainingMb } from '../../../../server/domain/ledger/shares.ts';
import { useDataText } from '../../components/useDataText.ts';
import { useEsimMoveText } from './useEsimMoveText.ts';
import { usePlanSharing } from './usePlanSharing.ts';
import { useSendableText } from './useSendableText.ts';

/**
 * The plan's data as paid and gifted (seed 000: only the paid share is ever sent), what the customer
 * can send now or why nothing, and the eSIMs the plan moved to after a change of device (GCS §5.4).
 */
export const AccountPlanSharing = () => {
  const record = useRecordContext<{ id: number; unlimited: boolean }>();
  const translate = useTranslate();
  const data = useDataText();
  const sendableText = useSendableText();
  const moveText = useEsimMoveText();
  const { sendable, moves } = usePlanSharing(record?.id);
  if (!record) return null;
  const t = (key: string, args?: Record<string, unknown>) => translate(`resources.account-plans.${key}`, args);
  const s = sendable.data;
  return (
    <Box sx={{ mb: 2 }} data-testid="plan-sharing">
      <Typography variant="h6" gutterBottom>
        {t('sendable.title')}
      </Typography>
      {sendable.error && <Alert severity="warning">{t('sendable.load_error')}</Alert>}
      {s && (
        <Stack spacing={0.5}>
          {!record.unlimited && (
            <Stack direction="row" spacing={3} sx={{ flexWrap: 'wrap' }}>
              <Typography variant="body1" data-testid="plan-paid">
                {t('sendable.paid', { amount: data(paidRemainingMb({ remainingMb: s.dataRemainingMb, giftedMb: s.dataGiftedMb })) })}
              </Typography>
              <Typography variant="body1" color="text.secondary" data-testid="plan-gifted">
                {t('sendable.gifted', { amount: data(s.dataGiftedMb) })}
              </Typography>
            </Stack>
          )}
          <Typography variant="body1" sx={{ fontWeight: s.sendableGb > 0 ? 600 : undefined }} data-testid="plan-sendable">
            {sendableText(s.sendableGb, s.notSendableBecause?.code)}
          </Typography>
        </Stack>
      )}
      {moves.data && (
        <>
          <Typography variant="subtitle2" sx={{ mt: 2 }}>
            {t('moves.title')}
          </Typography>
          {moves.data.length === 0 ? (
            <Typography variant="body2" color="text.secondary">
              {t('moves.none')}
            </Typography>
          ) : (
            <List dense disablePadding data-testid="plan-moves">
              {moves.data.map((move) => (
                <ListItem key={`${move.toEsimId}-${move.movedAt}`} disableGutters>
                  {moveText(move)}
                </ListItem>
              ))}
            </List>
          )}
        </>
      )}
    </Box>
  );
};
