import type { enums as en } from '../en/enums.ts';

export const enums: typeof en = {
  role: { support: 'Support', finance: 'Finance', moderator: 'Modération', catalog: 'Catalogue', admin: 'Administration' },
  plan_status: { draft: 'Brouillon', active: 'Actif', retired: 'Retiré' },
  account_status: { active: 'Actif', deactivated: 'Désactivé' },
  esim_status: { available: 'Disponible', installed: 'Installée', removed: 'Supprimée' },
  payment_method: { card: 'Carte', apple_pay: 'Apple Pay', google_pay: 'Google Pay', flying_blue: 'Miles Flying Blue' },
  channel: { app: 'Application', site: 'Site web' },
  order_status: { paid: 'Payée', refunded: 'Remboursée', partially_refunded: 'Partiellement remboursée', cancelled: 'Annulée' },
  plan_origin: { paid: 'Payé', promo: 'Promotion', welcome: 'Offre de bienvenue', referral_reward: 'Récompense de parrainage', transfer: 'Transfert' },
  account_plan_status: {
    pending: 'En attente', active: 'Actif', expired: 'Expiré', exhausted: 'Épuisé', refunded: 'Remboursé', cancelled: 'Annulé',
  },
  ledger_kind: {
    purchase: 'Achat', usage: 'Consommation', transfer_out: 'Transfert envoyé', transfer_in: 'Transfert reçu', reversal: 'Contre-passation',
    expiry: 'Expiration', refund_write_off: 'Perte sur remboursement', adjustment: 'Ajustement', referral_reward: 'Récompense de parrainage',
  },
  actor_kind: { staff: 'Personnel', customer: 'Client', integration: 'Intégration', system: 'Système', public: 'Public' },
  transfer_status: { pending: 'En attente', delivered: 'Livré', redirected: 'Redirigé', reversed: 'Annulé (rendu)' },
  refund_status: {
    requested: 'Demandé', awaiting_second_approval: 'En attente de seconde approbation', approved: 'Approuvé',
    rejected: 'Refusé', paid_out: 'Versé', failed: 'Versement échoué',
  },
  refund_eligibility: { full: 'Remboursement total', partial: 'Remboursement partiel', not_eligible: 'Non éligible' },
  refund_reject_code: {
    late_request: 'Demande trop tardive', data_used: 'Données consommées', lost_or_stolen_device: 'Appareil perdu, volé ou changé',
    promo_order: 'Commande gratuite ou promotionnelle', duplicate: 'Demande en double', other: 'Autre',
  },
  refund_source: { email: 'E-mail', agent: 'Saisi par un agent' },
  referral_status: { pending: 'En attente', qualifying: 'En qualification', rewarded: 'Récompensé', void: 'Annulé' },
  promo_kind: { welcome: 'Offre de bienvenue', partner: 'Partenaire' },
  promo_status: { active: 'Actif', disabled: 'Désactivé' },
  redemption_status: { active: 'Active', void: 'Annulée' },
  review_status: { published: 'Publié', removed: 'Retiré', expired: 'Expiré' },
  review_removal_ground: {
    defamatory: 'Diffamatoire', abusive: 'Abusif', insulting: 'Injurieux', malicious: 'Malveillant',
    incites_violence_or_hatred: 'Incitation à la violence ou à la haine', racist: 'Raciste', unlawful: 'Illicite',
    discriminatory: 'Discriminatoire', privacy_or_image_rights: "Atteinte à la vie privée ou au droit à l'image", inappropriate: 'Inapproprié',
  },
  review_report_status: { open: 'Ouvert', dismissed: 'Rejeté', upheld: 'Retenu' },
  review_report_reason: {
    spam: 'Spam', inappropriate: 'Inapproprié', abusive: 'Abusif', insulting: 'Injurieux', defamatory: 'Diffamatoire',
    privacy: 'Vie privée', hate: 'Haine', threat: 'Menace', dsa_notice: 'Notification DSA',
  },
  complainant_role: { author: 'Auteur du contenu', notifier: 'Notifiant' },
  misuse_subject: { notifier: 'Notifiant', author: 'Auteur' },
  misuse_measure: { warning: 'Avertissement', suspension: 'Suspension' },
  dsa_notice_status: { received: 'Reçue', in_review: "En cours d'examen", decided: 'Décidée', closed: 'Close' },
  dsa_decision: { no_action: 'Aucune mesure', visibility_restriction: 'Visibilité restreinte', service_suspension: 'Service suspendu' },
  dsa_complaint_status: { open: 'Ouverte', upheld: 'Fondée (décision annulée)', rejected: 'Rejetée' },
  dsa_decision_ground: {
    DECISION_GROUND_ILLEGAL_CONTENT: 'Contenu illicite',
    DECISION_GROUND_INCOMPATIBLE_CONTENT: 'Contraire aux conditions',
  },
  dsa_source_type: {
    SOURCE_ARTICLE_16: 'Notification (art. 16)', SOURCE_TRUSTED_FLAGGER: 'Signaleur de confiance',
    SOURCE_TYPE_OTHER_NOTIFICATION: 'Autre notification', SOURCE_VOLUNTARY: 'Initiative propre',
  },
  dsa_automated_decision: {
    AUTOMATED_DECISION_FULLY: 'Entièrement automatisée', AUTOMATED_DECISION_PARTIALLY: 'Partiellement automatisée',
    AUTOMATED_DECISION_NOT_AUTOMATED: 'Non automatisée',
  },
  alert_channel: { email: 'E-mail', sms: 'SMS' },
  message_channel: { email: 'E-mail', sms: 'SMS' },
  message_status: { queued: 'En file', sending: "En cours d'envoi", sent: 'Envoyé', dead: 'Échec définitif' },
  staff_status: { active: 'Actif', disabled: 'Désactivé' },
  audit_outcome: { success: 'Succès', failure: 'Échec' },
};
