import type { KoletMessages } from '../en/index.ts';
import { admin } from './admin.ts';
import { catalog } from './catalog.ts';
import { complaints } from './complaints.ts';
import { dashboard } from './dashboard.ts';
import { enums } from './enums.ts';
import { finance } from './finance.ts';
import { moderation } from './moderation.ts';
import { search } from './search.ts';
import { support } from './support.ts';
import { conversations } from './conversations.ts';
import { tdb } from './tdb.ts';
import { transparency } from './transparency.ts';

export const fr: KoletMessages = {
  app: {
    title: 'Back-office Kolet',
  },
  staff_directory: {
    unknown: "Membre de l'équipe n° %{id}",
  },
  pagination: {
    more_than: '%{from}–%{to} sur plus de %{bound}',
  },
  filters: {
    active: 'Filtres actifs',
    clear: 'Effacer les filtres',
    remove: 'Retirer le filtre %{name}',
    yes: 'oui',
    no: 'non',
    op_gte: '%{name} à partir de %{value}',
    op_lte: "%{name} jusqu'à %{value}",
    op_gt: '%{name} au-dessus de %{value}',
    op_lt: '%{name} avant %{value}',
    search: 'Recherche : %{value}',
  },
  copy: {
    label: 'Copier %{value}',
    done: 'Copié dans le presse-papiers',
  },
  audit_sentence: {
    sentence: '%{actor} a %{verb} %{thing}',
    thing: '%{entity} n° %{id}',
    self_sentence: '%{verb} : %{actor}',
    self: {
      login: 'Connexion',
      login_failed: 'Échec de connexion',
      logout: 'Déconnexion',
      password_accepted: 'Mot de passe accepté (second facteur ensuite)',
      reauthentication_failed: 'Échec de la confirmation du mot de passe',
      recovery_code_used: 'Connexion avec un code de secours',
      second_factor_failed: 'Code du second facteur erroné',
      two_factor_enrolment_failed: "Échec de l'activation de la double authentification",
      password_changed: 'Mot de passe changé',
      two_factor_enabled: 'Double authentification activée',
      two_factor_disabled: 'Double authentification désactivée',
      recovery_codes_replaced: 'Codes de secours remplacés',
      demo_seed: 'Données de démonstration chargées',
    },
    refused: '%{sentence} — refusé',
    with_reason: '%{sentence} : « %{reason} »',
    system: 'Le système',
    public: 'Une personne du public',
    customer: 'Le client',
    integration: "L'application",
    search: 'Rechercher dans le journal',
    history: 'Historique',
    verbs: {
      generic: {
        create: 'créé',
        update: 'modifié',
        delete: 'supprimé',
      },
      accounts: {
        block: 'bloqué',
        unblock: 'débloqué',
        deactivate: 'désactivé',
      },
      'account-plans': {
        block: 'bloqué',
        unblock: 'débloqué',
      },
      transfers: {
        redirect: 'redirigé',
        reverse: "renvoyé à l'expéditeur",
      },
      refunds: {
        payout_failed: "enregistré l'échec du versement de",
        approve: 'approuvé',
        reject: 'refusé',
        payout: 'enregistré le versement de',
        'payout-failed': "enregistré l'échec du versement de",
      },
      orders: {
        cancel: 'annulé',
        'request-refund': 'saisi une demande de remboursement sur',
      },
      plans: {
        clone: 'copié',
        'price-change': 'changé le prix de',
      },
      countries: {
        'plans-import': 'importé des forfaits dans',
      },
      reviews: {
        remove: 'retiré',
        restore: 'rétabli',
        keep: 'maintenu',
        'dismiss-reports': 'écarté les signalements de',
        expire: 'effacé (conservation)',
      },
      'dsa-notices': {
        claim: 'pris en charge',
        release: 'libéré',
        decide: 'tranché',
        escalate: 'transmis',
        receive: 'reçu',
      },
      'dsa-complaints': {
        resolve: 'tranché',
        receive: 'reçu',
      },
      'misuse-measures': {
        warn: 'averti au sujet de',
        suspend: 'suspendu',
        lift: 'levé',
      },
      'promo-redemptions': {
        void: 'annulé',
      },
      referrals: {
        void: 'annulé',
      },
      staff: {
        'reset-two-factor': 'réinitialisé la double authentification de',
        unlock: 'déverrouillé',
        create: 'créé',
      },
      'statements-of-reasons': {
        'mark-submitted': 'marqué comme transmis',
        resubmit: 'renvoyé',
        submit: 'transmis à la base de données de transparence',
      },
      auth: {
        logout: 'déconnecté',
        two_factor_enabled: 'activé la double authentification de',
        two_factor_disabled: 'désactivé la double authentification de',
        recovery_codes_replaced: 'remplacé les codes de secours de',
        password_changed: 'changé le mot de passe de',
      },
    },
    entities: {
      accounts: 'le compte',
      'account-plans': 'le forfait',
      transfers: 'le transfert',
      refunds: 'le remboursement',
      orders: 'la commande',
      plans: 'le forfait du catalogue',
      'plan-prices': 'le prix',
      countries: 'le pays',
      reviews: "l'avis",
      'review-reports': 'le signalement',
      'dsa-notices': 'la notification DSA',
      'dsa-complaints': 'la réclamation DSA',
      'misuse-measures': 'la mesure anti-abus',
      'promo-codes': 'le code promo',
      'promo-redemptions': "l'utilisation de code promo",
      referrals: 'le parrainage',
      staff: "le membre de l'équipe",
      settings: 'le paramètre',
      'usage-alerts': "la règle d'alerte",
      blocks: 'le blocage',
      'statements-of-reasons': "l'exposé des motifs",
      'sor-submission-batches': "le lot d'envoi",
      'trusted-flaggers': 'le signaleur de confiance',
      'law-enforcement-referrals': 'le signalement aux autorités',
      messages: 'le message',
      esims: "l'eSIM",
    },
  },
  menu: {
    read_only: 'Autres domaines, à consulter',
    support: 'Support',
    finance: 'Finance',
    moderation: 'Modération',
    catalog: 'Catalogue',
    admin: 'Administration',
    transparency_report: 'Rapport de transparence',
  },
  dashboard: {
    greeting: 'Bonjour %{name}',
    no_roles: "Vous n'avez encore aucun rôle : adressez-vous à un administrateur.",
    ...dashboard,
  },
  access_denied: {
    title: 'Accès refusé',
    message:
      "Vos rôles ne permettent pas d'accéder à cette page ou d'effectuer cette action. Si vous en avez besoin pour votre travail, adressez-vous à un administrateur.",
    back: "Retour à l'accueil",
  },
  auth: {
    too_many_attempts: 'Trop de tentatives échouées : patientez quelques minutes avant de réessayer.',
    demo_hint: 'Version de développement. Comptes de démonstration, un par rôle, mot de passe « %{password} » :',
    security: 'Sécurité',
    two_factor: {
      title: 'Connexion à deux facteurs',
      on: 'Activée',
      off: 'Désactivée',
      required_chip: 'Obligatoire pour votre rôle',
      required_for_role:
        "Votre rôle se connecte avec un second facteur. Configurez dès maintenant une application d'authentification (Google Authenticator, Microsoft Authenticator, 1Password…).",
      scan: "Scannez ce code avec votre application d'authentification :",
      qr_alt: "Code QR pour ajouter votre compte Kolet à une application d'authentification",
      or_type: "Ou saisissez cette clé dans l'application :",
      code: 'Code à six chiffres',
      confirm: 'Confirmer',
      code_prompt: "Saisissez le code à six chiffres affiché par votre application d'authentification pour Kolet.",
      recovery_prompt: "Saisissez l'un de vos codes de secours. Chacun ne sert qu'une fois.",
      recovery_code: 'Code de secours',
      verify: 'Vérifier',
      use_recovery: 'Utiliser plutôt un code de secours',
      use_app: 'Utiliser plutôt le code de mon application',
      recovery_intro:
        "Vos codes de secours. Gardez-les en lieu sûr, à part de votre téléphone : chacun vous connecte une fois si vous le perdez. Ils ne sont affichés qu'une fois.",
      codes_saved: "J'ai conservé ces codes",
      current_password: 'Votre mot de passe',
      set_up: 'Configurer',
      codes_left: '%{smart_count} code de secours restant |||| %{smart_count} codes de secours restants',
      new_codes: 'Nouveaux codes de secours',
      turn_off: 'Désactiver',
      not_required_banner:
        "La connexion à deux facteurs n'est pas obligatoire pour l'administration et la finance (réglage two_factor_required_roles ; les données de démonstration la laissent désactivée). Chacun peut l'activer dans Sécurité.",
    },
    password: {
      title: 'Mot de passe',
      current: 'Mot de passe actuel',
      new: 'Nouveau mot de passe',
      hint: 'Au moins 12 caractères. Vos autres sessions seront fermées.',
      change: 'Changer le mot de passe',
      changed:
        'Mot de passe changé ; %{smart_count} autre session fermée |||| Mot de passe changé ; %{smart_count} autres sessions fermées',
    },
  },
  units: {
    unlimited: 'Illimité',
    mb: '%{value} Mo',
    gb: '%{value} Go',
  },
  actions: {
    retry: 'Réessayer',
  },
  notifications: {
    message_retried: "Le message est de nouveau en file d'envoi",
  },
  errors: {
    stale_record: "Quelqu'un a modifié cet enregistrement entre-temps : rechargez-le et refaites votre modification.",
    duplicate: 'Un enregistrement avec la même valeur unique existe déjà.',
    referenced: "D'autres enregistrements dépendent de celui-ci, ou il fait référence à un enregistrement inexistant.",
    invalid_input: 'Certains champs sont invalides : voyez les messages à côté.',
    read_only_field: 'Certains champs ne peuvent pas être modifiés.',
    email_taken: 'Cette adresse e-mail est déjà utilisée.',
    message_not_dead: 'Seul un message en échec définitif peut être renvoyé.',
    country_has_plans: 'Ce pays a des forfaits : rendez-le indisponible plutôt que de le supprimer.',
    plan_sold: 'Ce forfait a été vendu : retirez-le plutôt que de le supprimer.',
    idempotency_key_in_progress: 'La même action est encore en cours : patientez un instant.',
    invalid_code: 'Ce code est faux ou a déjà servi : saisissez le code affiché maintenant par votre application.',
    challenge_expired: 'Cette connexion a expiré : recommencez avec votre e-mail et votre mot de passe.',
    too_many_attempts: 'Trop de tentatives échouées : patientez quelques minutes avant de réessayer.',
    invalid_password: 'Votre mot de passe actuel est faux.',
    two_factor_required: 'Votre rôle impose la connexion à deux facteurs : elle ne peut pas être désactivée.',
    two_factor_already_enabled: 'La connexion à deux facteurs est déjà activée.',
    last_admin: "C'est le dernier administrateur actif : nommez d'abord quelqu'un d'autre administrateur.",
    masked_field: 'Votre rôle voit ce champ masqué : il ne peut servir ni à chercher ni à trier.',
    payout_attempts_exhausted:
      'Ce remboursement a atteint son nombre de tentatives de versement : vérifiez auprès du prestataire de paiement, puis demandez à un administrateur.',
    // Les refus des conditions, où que la console les rencontre.
    refund_pending: 'Une demande de remboursement est en cours sur ce forfait : sa data ne peut pas être envoyée avant la décision.',
    source_unlimited: 'L’usage raisonnable d’un forfait illimité ne peut pas être envoyé.',
    source_not_paid:
      'La data offerte (offre de bienvenue, promotion, récompense de parrainage) ne peut pas être envoyée : seulement la data payée.',
    source_not_active: 'Seul un forfait actif peut envoyer de la data.',
    source_blocked: 'La data de ce forfait est bloquée par le support.',
    insufficient_data: 'Il reste moins de 1 Go de data payée à envoyer sur ce forfait (la data offerte n’est jamais envoyée).',
    transfer_final:
      'Les transferts sont définitifs : le support corrige une erreur d’adresse, et seulement cela. Le destinataire peut renvoyer la data.',
    override_admin_only: 'Seul un administrateur peut corriger un transfert pour un autre motif qu’une erreur d’adresse.',
    backdated_too_far:
      'Un agent ne peut antidater une demande que de quelques jours ouvrés : un administrateur confirme une date plus ancienne, avec un motif.',
    amount_above_first_approval: 'Une seconde validation accorde le montant de la première, ou moins : jamais plus.',
    amount_above_proposal: 'Plus que ce que les conditions permettent pour cette demande en l’état actuel.',
    sms_needs_number: 'Un SMS a besoin d’un numéro : indiquez-en un comme destination, ou ajoutez un numéro de téléphone au compte.',
    welcome_already_used: 'Ce client a déjà bénéficié d’une offre de bienvenue : une par personne, quel que soit le code.',
    promo_app_only: 'Les codes promo ne fonctionnent que dans l’Application, pas sur le site web.',
    promo_needs_phone: 'Une promotion demande le numéro de téléphone du client.',
    promo_needs_departure_date: 'Une promotion demande la date de départ.',
    invalid_departure_date: 'La date de départ n’est pas une date valide dans l’année de la commande.',
    promo_home_market: 'Pas de promotion sur un forfait du pays du client.',
    country_unavailable: 'Les forfaits de ce pays ne sont pas vendus en ce moment.',
    plan_not_installable:
      'Ce forfait est terminé : seul un forfait en attente s’installe, ou un forfait actif passe sur une nouvelle eSIM.',
    not_the_author: 'Seul l’auteur peut modifier cet avis.',
    referral_not_first_order: 'Un code de parrainage ne vaut que pour la première commande du filleul.',
    self_referral: 'Un client ne peut pas utiliser son propre code de parrainage.',
    already_referred: 'Ce client a déjà été parrainé par quelqu’un d’autre.',
  },
  validation: {
    euros: 'Saisissez un montant en euros, par ex. 12,50',
    iso_country: 'Deux lettres majuscules, par ex. FR',
  },
  // react-admin's own keys we relabel: the login's `username` is the staff e-mail.
  ra: {
    auth: { username: 'E-mail' },
  },
  resources: {
    ...support,
    ...conversations,
    ...finance,
    ...moderation,
    ...catalog,
    ...admin,
    ...complaints,
  },
  enums,
  tdb,
  dsa_transparency: transparency,
  search,
};
