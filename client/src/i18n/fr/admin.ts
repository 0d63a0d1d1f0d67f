import type { admin as en } from '../en/admin.ts';
import { recordFields } from './common.ts';

export const admin: typeof en = {
  staff: {
    notifications: {
      created: "Membre de l'équipe ajouté",
      updated: "Membre de l'équipe enregistré",
      deleted: "Membre de l'équipe retiré |||| %{smart_count} membres de l'équipe retirés",
    },
    name: 'Membre du personnel |||| Personnel',
    fields: {
      ...recordFields,
      email: 'E-mail',
      name: 'Nom',
      roles: 'Rôles',
      password: 'Mot de passe',
      status: 'Statut',
      lastLoginAt: 'Dernière connexion',
      twoFactorEnabledAt: 'Deux facteurs depuis',
    },
    helper: { password: 'Le mot de passe initial : à transmettre en privé ; seule son empreinte est conservée' },
    security: {
      unlock: {
        button: 'Débloquer la connexion',
        title: 'Débloquer la connexion de %{name}',
        intro:
          'Après des échecs de connexion répétés depuis une adresse, cette adresse attend plus longtemps entre deux tentatives. Débloquer met fin à toutes les attentes de cet identifiant, depuis toutes les adresses.',
        question: 'Mettre fin aux attentes de %{email} depuis toutes les adresses ?',
        confirm: 'Débloquer',
        success: 'Connexion débloquée',
      },
      reset: {
        button: 'Réinitialiser les deux facteurs',
        title: 'Réinitialiser le second facteur de %{name}',
        intro:
          'Pour un téléphone perdu ou remplacé, après avoir vérifié qui le demande. Le second facteur et les codes de secours sont effacés et les sessions fermées ; à la prochaine connexion, la personne configure de nouveau son application.',
        question: 'Réinitialiser la connexion à deux facteurs de %{email} ?',
        confirm: 'Réinitialiser',
        success: 'Second facteur réinitialisé ; la personne a été prévenue',
      },
    },
  },
  'audit-log': {
    name: "Entrée d'audit |||| Journal d'audit",
    fields: {
      id: 'ID',
      at: 'Date',
      sentence: 'Ce qui s’est passé',
      actorKind: "Type d'auteur",
      actorId: 'Auteur',
      actorEmail: "E-mail de l'auteur",
      actorRoles: "Rôles de l'auteur",
      action: 'Action',
      entity: 'Objet',
      entityId: "Identifiant de l'objet",
      before: 'Avant',
      after: 'Après',
      reason: 'Motif',
      outcome: 'Résultat',
      requestId: 'Identifiant de requête',
      idempotencyKey: "Clé d'idempotence",
      ip: 'Adresse IP',
      userAgent: 'Navigateur',
      prevHash: 'Empreinte précédente',
      hash: 'Empreinte',
      at_gte: 'Depuis le',
      at_lte: 'Avant le',
    },
    verify: {
      button: 'Vérifier la chaîne',
      title: "Vérification de la chaîne d'audit",
      ok: 'La chaîne est intacte : %{checked} entrées vérifiées.',
      broken: "La chaîne est rompue à l'entrée n° %{id} (%{checked} entrées vérifiées).",
      failed: "La vérification n'a pas pu s'exécuter : %{message}",
    },
  },
  settings: {
    notifications: {
      created: 'Réglage ajouté',
      updated: 'Réglage enregistré',
      deleted: 'Réglage supprimé |||| %{smart_count} réglages supprimés',
    },
    name: 'Paramètre |||| Paramètres',
    fields: {
      ...recordFields,
      id: 'Clé',
      name: 'Paramètre',
      value: 'Valeur',
      valueJson: 'Valeur (JSON)',
      description: 'Description',
    },
    names: {
      session_idle_minutes: 'Inactivité avant déconnexion',
      login_max_failures: 'Échecs de connexion avant attente',
      login_lockout_minutes: 'Attente de connexion la plus longue',
      login_max_failures_per_address: 'Échecs de connexion par adresse',
      two_factor_required_roles: 'Rôles soumis à la double authentification',
      job_runs_retention_days: 'Conservation des exécutions de tâches',
      payout_max_attempts: 'Tentatives de versement',
      outbox_max_attempts: "Tentatives d'envoi d'un message",
      four_eyes_threshold_cents: 'Seuil des quatre yeux',
      dsa_decision_target_hours: 'Objectif de décision DSA',
      conversation_first_response_hours: 'Objectif de première réponse',
      refund_backdate_working_days: 'Antidatage des remboursements',
      referral_friend_bonus_mb: 'Données offertes au filleul',
      referral_friend_discount_percent: 'Remise du filleul',
      dsa_public_submissions_per_15_minutes: 'Envois DSA publics par 15 minutes',
    },
    descriptions: {
      session_idle_minutes: "Une session de l'équipe se termine après ce nombre de minutes d'inactivité.",
      login_max_failures: "Échecs de connexion d'un identifiant depuis une adresse avant une attente entre les essais (1, 2, 4… minutes).",
      login_lockout_minutes:
        "L'attente la plus longue entre deux essais d'un identifiant depuis une adresse ; aussi l'attente d'une adresse qui a trop échoué.",
      login_max_failures_per_address:
        'Échecs de connexion depuis une adresse, tous identifiants confondus, avant que cette adresse attende.',
      two_factor_required_roles:
        "Rôles qui doivent se connecter avec un second facteur (une application d'authentification) ; aucun si la liste est vide.",
      job_runs_retention_days:
        'Les exécutions des tâches planifiées sont conservées ce nombre de jours (chaque exécution est enregistrée).',
      payout_max_attempts:
        "Tentatives de versement d'un remboursement avant que la console ne le propose plus (un administrateur relève ce nombre après vérification auprès du prestataire de paiement).",
      outbox_max_attempts: "Tentatives d'envoi avant qu'un message soit marqué en échec.",
      four_eyes_threshold_cents: 'Au-delà de ce montant, un remboursement doit être approuvé par un second membre de la finance.',
      dsa_decision_target_hours: "Notre objectif pour décider d'une notification DSA : l'horloge de chaque nouvelle notification.",
      conversation_first_response_hours:
        "Notre objectif pour la première réponse au message d'un client ou d'un partenaire, en heures ouvrées (9 h–18 h heure de Paris, du lundi au vendredi, hors jours fériés).",
      refund_backdate_working_days:
        'Nombre de jours ouvrés dont un agent peut antidater une demande de remboursement reçue par e-mail ou téléphone ; au-delà, il faut un administrateur et un motif.',
      referral_friend_bonus_mb:
        "Données offertes au filleul sur sa première commande dans l'application (offertes, jamais transférables) ; 0 pour aucune.",
      referral_friend_discount_percent: "Remise du filleul sur sa première commande dans l'application ; 0 pour aucune.",
      dsa_public_submissions_per_15_minutes:
        "Notifications DSA (et, comptées à part, réclamations) qu'une adresse IP peut envoyer par les formulaires et l'API publics en 15 minutes.",
    },
    units: { minutes: '%{n} min', hours: '%{n} h', days: '%{n} jours', percent: '%{n} %', none: 'aucun' },
    invalid_json: 'JSON invalide',
  },
  'job-runs': {
    name: 'Exécution de tâche |||| Exécutions de tâches',
    fields: {
      id: 'ID',
      job: 'Tâche',
      status: 'État',
      startedAt: 'Début',
      finishedAt: 'Fin',
      summary: 'Ce qu’elle a fait',
      error: 'Erreur',
    },
    status: { running: 'En cours', succeeded: 'Réussie', failed: 'Échouée' },
  },
};
