import {
  Button,
  Checkbox,
  CircularProgress,
  Dialog,
  DialogActions,
  DialogContent,
  DialogTitle,
  FormControlLabel,
  MenuItem,
  Stack,
  TextField,
} from '@mui/material';
import { useState } from 'react';
import { useRefresh, useTranslate } from 'react-admin';
import { SAVED_REPLIES, savedReply } from '../../../../server/domain/conversations/savedReplies.ts';
import { ActionFailureAlert } from '../../components/ActionFailureAlert.tsx';
import { useIdempotentAction } from '../../components/useIdempotentAction.ts';
import type { Conversation } from './conversationTypes.ts';

type Language = 'fr' | 'en';

/**
 * The answer: a saved reply in the chosen language fills the text, which the agent may edit; sent by
 * e-mail to the customer (or the partner) and shown in the app. One Idempotency-Key for the dialog.
 */
export const AnswerDialog = ({ conversation, onClose }: { conversation: Conversation; onClose: () => void }) => {
  const translate = useTranslate();
  const refresh = useRefresh();
  const t = (key: string, args?: Record<string, unknown>) => translate(`resources.conversations.answer.${key}`, args);
  const [language, setLanguage] = useState<Language>(conversation.language);
  const [replyId, setReplyId] = useState('');
  const [text, setText] = useState('');
  const [resolve, setResolve] = useState(false);
  const { run, isPending, failure } = useIdempotentAction<Conversation>('conversations', conversation.id, 'answer');

  const pick = (id: string, lang: Language) => {
    setReplyId(id);
    const reply = savedReply(id);
    if (reply) setText(reply.text[lang]);
  };
  const changeLanguage = (lang: Language) => {
    setLanguage(lang);
    if (replyId) pick(replyId, lang);
  };
  const send = async () => {
    const outcome = await run({ text, language, ...(replyId ? { savedReplyId: replyId } : {}), ...(resolve ? { resolve: true } : {}) });
    if (outcome.ok) {
      refresh();
      onClose();
    }
  };

  return (
    <Dialog open onClose={isPending ? undefined : onClose} fullWidth maxWidth="md" aria-labelledby="answer-title">
      <DialogTitle id="answer-title">{t('title', { subject: conversation.subject })}</DialogTitle>
      <DialogContent>
        <Stack spacing={2} sx={{ mt: 1 }}>
          <Stack direction="row" spacing={2}>
            <TextField
              select
              label={t('language')}
              value={language}
              onChange={(e) => changeLanguage(e.target.value as Language)}
              sx={{ minWidth: 160 }}
              slotProps={{ htmlInput: { 'data-testid': 'answer-language' } }}
            >
              <MenuItem value="fr">{translate('resources.accounts.languages.fr')}</MenuItem>
              <MenuItem value="en">{translate('resources.accounts.languages.en')}</MenuItem>
            </TextField>
            <TextField
              select
              label={t('saved_reply')}
              value={replyId}
              onChange={(e) => pick(e.target.value, language)}
              sx={{ flex: 1 }}
              slotProps={{ htmlInput: { 'data-testid': 'answer-saved-reply' } }}
            >
              <MenuItem value="">{t('no_saved_reply')}</MenuItem>
              {SAVED_REPLIES.map((r) => (
                <MenuItem key={r.id} value={r.id}>
                  {r.title[language]}
                </MenuItem>
              ))}
            </TextField>
          </Stack>
          <TextField
            label={t('text')}
            value={text}
            onChange={(e) => setText(e.target.value)}
            multiline
            minRows={8}
            fullWidth
            slotProps={{ htmlInput: { 'data-testid': 'answer-text', maxLength: 10_000 } }}
          />
          <FormControlLabel control={<Checkbox checked={resolve} onChange={(e) => setResolve(e.target.checked)} />} label={t('resolve')} />
        </Stack>
        {failure && <ActionFailureAlert failure={failure} codes="resources.conversations.errors" fields="resources.conversations.answer" />}
      </DialogContent>
      <DialogActions>
        <Button onClick={onClose} disabled={isPending}>
          {translate('ra.action.cancel')}
        </Button>
        <Button
          variant="contained"
          onClick={() => void send()}
          disabled={isPending || text.trim().length < 2}
          startIcon={isPending ? <CircularProgress size={14} color="inherit" /> : undefined}
          data-testid="answer-send"
        >
          {t('send')}
        </Button>
      </DialogActions>
    </Dialog>
  );
};
