import ReplyIcon from '@mui/icons-material/Reply';
import { Button } from '@mui/material';
import { useState } from 'react';
import { usePermissions, useRecordContext, useTranslate } from 'react-admin';
import type { Role } from '../../../../server/domain/enums.ts';
import { mayRunAction } from '../../../../server/domain/permissions.ts';
import { AnswerDialog } from './AnswerDialog.tsx';
import type { Conversation } from './conversationTypes.ts';

/** The 360's way to answer a conversation without leaving the customer (the same dialog as the conversation page). */
export const AnswerFromOverviewButton = () => {
  const record = useRecordContext<Conversation>();
  const translate = useTranslate();
  const { permissions, isPending } = usePermissions<Role[]>();
  const [open, setOpen] = useState(false);
  if (!record || isPending || record.status === 'resolved' || !mayRunAction(permissions ?? [], 'conversations.answer')) return null;
  // Clicks inside the dialog (a portal) still bubble through React to the row, which would open the record.
  return (
    <span onClick={(e) => e.stopPropagation()}>
      <Button size="small" startIcon={<ReplyIcon />} onClick={() => setOpen(true)} data-testid="overview-answer">
        {translate('resources.conversations.actions.answer')}
      </Button>
      {open && <AnswerDialog conversation={record} onClose={() => setOpen(false)} />}
    </span>
  );
};
