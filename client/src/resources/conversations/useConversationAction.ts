import { useState } from 'react';
import { useDataProvider, useRefresh } from 'react-admin';
import { toActionFailure, type ActionFailure } from '../../components/useIdempotentAction.ts';
import type { KoletDataProvider } from '../../dataProvider.ts';
import type { Conversation } from './conversationTypes.ts';

export type ConversationButtonAction = 'claim' | 'release' | 'wait-customer' | 'resolve' | 'reopen';

/**
 * `POST /api/conversations/:id/<action>` (`{}`): claim, release and the status buttons. No Idempotency-Key:
 * each click is a new intent. The page refreshes either way, so that a 409 shows who holds the conversation.
 */
export function useConversationAction(conversation: Conversation) {
  const dataProvider = useDataProvider<KoletDataProvider>();
  const refresh = useRefresh();
  const [pending, setPending] = useState<ConversationButtonAction | null>(null);
  const [failure, setFailure] = useState<ActionFailure | null>(null);
  const run = async (action: ConversationButtonAction) => {
    setPending(action);
    setFailure(null);
    try {
      await dataProvider.action<Conversation>('conversations', conversation.id, action, {});
    } catch (error) {
      setFailure(toActionFailure(error));
    } finally {
      setPending(null);
      refresh();
    }
  };
  return { run, pending, failure };
}
