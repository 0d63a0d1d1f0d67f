import CancelIcon from '@mui/icons-material/Cancel';
import { Box, Button, Typography } from '@mui/material';
import { useState } from 'react';
import { usePermissions, useRecordContext, useRefresh, useTranslate } from 'react-admin';
import { mayRunAction } from '../../../../server/domain/permissions.ts';
import type { Role } from '../../../../server/domain/enums.ts';
import { ReasonActionDialog } from '../accounts/ReasonActionDialog.tsx';

type VoidableResource = 'referrals' | 'promo-redemptions';

// A referral is final once rewarded or void (409 already_final); a redemption once void.
const FINAL: Record<VoidableResource, readonly string[]> = { referrals: ['rewarded', 'void'], 'promo-redemptions': ['void'] };

/** Voids a referral or a promo redemption for abuse, with a reason (support, finance): `POST /api/<resource>/:id/void`. */
export const VoidButton = ({ resource, onDone }: { resource: VoidableResource; onDone?: () => void }) => {
  const record = useRecordContext<{ id: number; status: string }>();
  const translate = useTranslate();
  const refresh = useRefresh();
  const { permissions, isPending } = usePermissions<Role[]>();
  const [open, setOpen] = useState(false);
  if (!record || isPending || !mayRunAction(permissions ?? [], `${resource}.void`) || FINAL[resource].includes(record.status)) return null;
  const t = (key: string, args?: Record<string, unknown>) => translate(`resources.${resource}.void.${key}`, args);
  return (
    // A click in the dialog (a portal) bubbles to the row through React: it must not open the record.
    <Box component="span" onClick={(event) => event.stopPropagation()}>
      <Button size="small" color="error" startIcon={<CancelIcon />} onClick={() => setOpen(true)} data-testid={`void-${record.id}`}>
        {t('button')}
      </Button>
      {open && (
        <ReasonActionDialog
          resource={resource}
          id={record.id}
          action="void"
          name="void"
          title={t('title', { id: record.id })}
          intro={
            <Typography variant="body2" sx={{ mb: 2 }}>
              {t('intro')}
            </Typography>
          }
          question={() => t('question', { id: record.id })}
          confirmLabel={t('confirm')}
          success={`resources.${resource}.void.success`}
          confirmColor="error"
          onDone={onDone ?? refresh}
          onClose={() => setOpen(false)}
        />
      )}
    </Box>
  );
};
