import ClaimIcon from '@mui/icons-material/PanTool';
import ReleaseIcon from '@mui/icons-material/LockOpen';
import ReplyIcon from '@mui/icons-material/Reply';
import { Alert, Box, Button, Card, CardContent, Chip, CircularProgress, Grid, Stack, Typography } from '@mui/material';
import { useState, type ReactNode } from 'react';
import { Labeled, Show, useGetIdentity, useRecordContext, useTranslate } from 'react-admin';
import { conversationMoveRefusal, type ConversationMove } from '../../../../server/domain/conversations/conversationStates.ts';
import { ActionFailureAlert } from '../../components/ActionFailureAlert.tsx';
import { DateTimeField } from '../../components/DateTimeField.tsx';
import { RefField } from '../../components/RefField.tsx';
import { StaffNameText } from '../../components/StaffName.tsx';
import { ClockValue } from '../refunds/ClockValue.tsx';
import { AnswerDialog } from './AnswerDialog.tsx';
import { ConversationLinkAction } from './ConversationLinkAction.tsx';
import { ConversationThread } from './ConversationThread.tsx';
import type { Conversation } from './conversationTypes.ts';
import { useConversationAction, type ConversationButtonAction } from './useConversationAction.ts';

const Fact = ({ label, children }: { label: string; children: ReactNode }) => (
  <Grid size={{ xs: 12, sm: 6, md: 3 }}>
    <Labeled label={label}>
      <Box component="span">{children}</Box>
    </Labeled>
  </Grid>
);

const Summary = ({ c }: { c: Conversation }) => {
  const translate = useTranslate();
  const f = (name: string) => translate(`resources.conversations.fields.${name}`);
  return (
    <Card variant="outlined" data-testid="conversation-summary">
      <CardContent>
        <Stack direction="row" spacing={1} sx={{ alignItems: 'center', mb: 1, flexWrap: 'wrap' }}>
          <Typography variant="h6" component="h2" sx={{ overflowWrap: 'anywhere' }}>
            {c.subject}
          </Typography>
          <Chip size="small" label={translate(`enums.conversation_status.${c.status}`)} data-testid="conversation-status" />
          <Chip size="small" variant="outlined" label={translate(`enums.conversation_kind.${c.kind}`)} />
        </Stack>
        <Grid container spacing={1}>
          {c.kind === 'partner' ? (
            <Fact label={f('partnerName')}>{`${c.partnerName ?? ''} — ${c.partnerCompany ?? ''} <${c.partnerEmail ?? ''}>`}</Fact>
          ) : (
            <Fact label={f('accountId')}>
              <RefField source="accountId" reference="accounts" record={c} />
            </Fact>
          )}
          <Fact label={f('receivedAt')}>
            <DateTimeField source="receivedAt" record={c} />
          </Fact>
          <Fact label={f('firstResponseDueAt')}>
            <ClockValue
              deadline={c.firstResponseDueAt}
              doneAt={c.firstRespondedAt}
              running={!c.firstRespondedAt && c.status !== 'resolved'}
            />
          </Fact>
          <Fact label={f('language')}>{translate(`resources.accounts.languages.${c.language}`)}</Fact>
          {c.orderId && (
            <Fact label={f('orderId')}>
              <RefField source="orderId" reference="orders" record={c} />
            </Fact>
          )}
          {c.accountPlanId && (
            <Fact label={f('accountPlanId')}>
              <RefField source="accountPlanId" reference="account-plans" record={c} />
            </Fact>
          )}
          {c.transferId && (
            <Fact label={f('transferId')}>
              <RefField source="transferId" reference="transfers" record={c} />
            </Fact>
          )}
        </Grid>
      </CardContent>
    </Card>
  );
};

const MOVES: { action: ConversationButtonAction; move: ConversationMove }[] = [
  { action: 'wait-customer', move: 'wait_customer' },
  { action: 'resolve', move: 'resolve' },
  { action: 'reopen', move: 'reopen' },
];

/** Who works on it (claim / release), the answer, the status buttons the workflow table allows, and the linked record's fix. */
const Work = ({ c }: { c: Conversation }) => {
  const translate = useTranslate();
  const t = (key: string, args?: Record<string, unknown>) => translate(`resources.conversations.${key}`, args);
  const { identity } = useGetIdentity();
  const { run, pending, failure } = useConversationAction(c);
  const [answering, setAnswering] = useState(false);
  const open = c.status !== 'resolved';
  const mine = c.claimedByStaffId != null && identity?.id !== undefined && Number(identity.id) === c.claimedByStaffId;
  const other = c.claimedByStaffId != null && !mine;
  const button = (action: ConversationButtonAction, icon?: ReactNode, variant: 'outlined' | 'contained' = 'outlined') => (
    <Button
      key={action}
      size="small"
      variant={variant}
      color="inherit"
      onClick={() => void run(action)}
      disabled={pending !== null}
      startIcon={pending === action ? <CircularProgress size={14} color="inherit" /> : icon}
      data-testid={`conversation-${action}`}
    >
      {t(`actions.${action}`)}
    </Button>
  );
  return (
    <Box sx={{ mt: 2 }}>
      {open && mine && (
        <Alert severity="success" sx={{ mb: 2 }} action={button('release', <ReleaseIcon />)} data-testid="conversation-claim-panel">
          {t('claim.mine')}
        </Alert>
      )}
      {open && other && (
        <Alert severity="warning" sx={{ mb: 2 }} data-testid="conversation-claim-panel">
          <StaffNameText id={c.claimedByStaffId} /> {t('claim.other')}
        </Alert>
      )}
      {open && c.claimedByStaffId == null && (
        <Alert severity="info" sx={{ mb: 2 }} action={button('claim', <ClaimIcon />)} data-testid="conversation-claim-panel">
          {t('claim.free')}
        </Alert>
      )}
      <Stack direction="row" spacing={1} sx={{ flexWrap: 'wrap', alignItems: 'center' }} useFlexGap>
        <Button
          variant="contained"
          startIcon={<ReplyIcon />}
          disabled={!open || other}
          onClick={() => setAnswering(true)}
          data-testid="conversation-answer"
        >
          {t('actions.answer')}
        </Button>
        {MOVES.filter((m) => !conversationMoveRefusal(m.move, c.status)).map((m) => button(m.action))}
        <ConversationLinkAction conversation={c} />
      </Stack>
      {failure && <ActionFailureAlert failure={failure} codes="resources.conversations.errors" fields="resources.conversations.fields" />}
      {answering && <AnswerDialog conversation={c} onClose={() => setAnswering(false)} />}
    </Box>
  );
};

const ConversationPage = () => {
  const c = useRecordContext<Conversation>();
  if (!c) return null;
  return (
    <Box sx={{ p: 2 }}>
      <Summary c={c} />
      <Work c={c} />
      <ConversationThread />
    </Box>
  );
};

/** One conversation as support works it (docs/CONVERSATIONS.md). */
export const ConversationShow = () => (
  <Show actions={false}>
    <ConversationPage />
  </Show>
);
