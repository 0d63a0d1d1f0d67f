import { Box, Card, CardContent, Stack, Typography } from '@mui/material';
import { ReferenceManyField, useListContext, useTranslate } from 'react-admin';
import { DateTimeField } from '../../components/DateTimeField.tsx';
import { StaffNameText } from '../../components/StaffName.tsx';
import { savedReply } from '../../../../server/domain/conversations/savedReplies.ts';
import { useLocale } from '../../components/useLocale.ts';
import type { ConversationMessage } from './conversationTypes.ts';

/**
 * The messages, oldest first. Customer text is shown as text: React escapes it, nothing here renders
 * HTML (docs/CONVERSATIONS.md "Customer text"); line breaks are kept with `pre-wrap`.
 */
const Messages = () => {
  const { data, isPending } = useListContext<ConversationMessage>();
  const translate = useTranslate();
  const lang = useLocale().startsWith('fr') ? 'fr' : 'en';
  if (isPending || !data) return null;
  return (
    <Stack spacing={1.5} data-testid="conversation-thread">
      {data.map((m) => {
        const ours = m.author === 'staff';
        return (
          <Card
            key={m.id}
            variant="outlined"
            data-testid={`thread-message-${m.author}`}
            sx={{ ml: ours ? 6 : 0, mr: ours ? 0 : 6, bgcolor: ours ? 'action.hover' : undefined }}
          >
            <CardContent sx={{ pb: 1, '&:last-child': { pb: 1.5 } }}>
              <Stack direction="row" spacing={1} sx={{ alignItems: 'baseline', flexWrap: 'wrap', mb: 0.5 }}>
                <Typography variant="subtitle2" component="span">
                  {ours && m.staffId ? <StaffNameText id={m.staffId} /> : translate(`enums.conversation_author.${m.author}`)}
                </Typography>
                <DateTimeField source="createdAt" record={m} variant="caption" color="text.secondary" />
                {m.savedReplyId && (
                  <Typography variant="caption" color="text.secondary">
                    {translate('resources.conversations.thread.saved_reply', {
                      id: savedReply(m.savedReplyId)?.title[lang] ?? m.savedReplyId,
                    })}
                  </Typography>
                )}
              </Stack>
              <Typography variant="body2" sx={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }} data-testid="thread-message-body">
                {m.body}
              </Typography>
            </CardContent>
          </Card>
        );
      })}
    </Stack>
  );
};

export const ConversationThread = () => (
  <Box sx={{ mt: 2 }}>
    <ReferenceManyField reference="conversation-messages" target="conversationId" sort={{ field: 'createdAt', order: 'ASC' }} perPage={500}>
      <Messages />
    </ReferenceManyField>
  </Box>
);
