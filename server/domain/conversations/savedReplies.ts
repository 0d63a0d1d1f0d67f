// Saved replies: the answers support gives often, in French and English. An agent picks one in the
// answer dialog, edits it if needed, and sends it; the answer records which one it started from.
export interface SavedReply {
  id: string;
  title: { fr: string; en: string };
  text: { fr: string; en: string };
}

export const SAVED_REPLIES: readonly SavedReply[] = [
  {
    id: 'transfer_fixed',
    title: { fr: 'Transfert corrigé', en: 'Transfer fixed' },
    text: {
      fr: "Bonjour,\n\nNous avons corrigé l'adresse de votre envoi de données : votre ami recevra les données à la bonne adresse. Merci de votre patience.\n\nL'équipe Kolet",
      en: 'Hello,\n\nWe have corrected the address of your data transfer: your friend will receive the data at the right address. Thank you for your patience.\n\nThe Kolet team',
    },
  },
  {
    id: 'refund_in_review',
    title: { fr: 'Remboursement à l’étude', en: 'Refund being reviewed' },
    text: {
      fr: "Bonjour,\n\nVotre demande de remboursement est à l'étude : nous vous répondrons dans les 5 jours ouvrés suivant sa réception.\n\nL'équipe Kolet",
      en: 'Hello,\n\nYour refund request is being reviewed: we will answer within 5 working days of receiving it.\n\nThe Kolet team',
    },
  },
  {
    id: 'install_help',
    title: { fr: 'Aide à l’installation', en: 'Installation help' },
    text: {
      fr: "Bonjour,\n\nPour installer votre eSIM, ouvrez l'Application, choisissez votre forfait puis « Installer ». Votre téléphone doit être connecté à Internet et compatible eSIM.\n\nL'équipe Kolet",
      en: 'Hello,\n\nTo install your eSIM, open the Application, choose your plan, then "Install". Your phone must be online and eSIM-compatible.\n\nThe Kolet team',
    },
  },
  {
    id: 'partner_thanks',
    title: { fr: 'Partenariat : merci', en: 'Partnership: thank you' },
    text: {
      fr: "Bonjour,\n\nMerci de l'intérêt que vous portez à Kolet. Notre équipe partenariats revient vers vous très vite.\n\nL'équipe Kolet",
      en: 'Hello,\n\nThank you for your interest in Kolet. Our partnerships team will get back to you very soon.\n\nThe Kolet team',
    },
  },
];

export const SAVED_REPLY_IDS = SAVED_REPLIES.map((r) => r.id) as [string, ...string[]];

export function savedReply(id: string): SavedReply | undefined {
  return SAVED_REPLIES.find((r) => r.id === id);
}
