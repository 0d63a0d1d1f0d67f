// An agent's answer to a customer's or a partner's conversation, by e-mail (plain text: the agent's words as typed).
import type { OutgoingMessage } from './outbox.ts';

type Locale = 'fr' | 'en';

const FOOTER: Record<Locale, string> = {
  fr: "Vous pouvez répondre depuis l'Application Kolet (Aide › Mes messages) ou en répondant à cet e-mail.",
  en: 'You can reply from the Kolet Application (Help › My messages) or by replying to this e-mail.',
};

export function conversationAnswer(
  to: { accountId: number | null; email: string; locale: Locale },
  answer: { id: number; subject: string; answerId: number; text: string },
): OutgoingMessage {
  return {
    accountId: to.accountId,
    channel: 'email',
    to: to.email,
    template: 'conversation_answer',
    locale: to.locale,
    subject: `Re: ${answer.subject}`.slice(0, 200),
    body: `${answer.text}\n\n— ${FOOTER[to.locale]}`,
    related: { entity: 'conversations', id: answer.id },
    dedupeKey: `conversation:${answer.id}:answer:${answer.answerId}`,
  };
}
