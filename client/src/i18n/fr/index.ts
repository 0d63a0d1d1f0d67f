import type { KoletMessages } from '../en/index.ts';
import { admin } from './admin.ts';
import { catalog } from './catalog.ts';
import { dashboard } from './dashboard.ts';
import { enums } from './enums.ts';
import { finance } from './finance.ts';
import { moderation } from './moderation.ts';
import { support } from './support.ts';
import { tdb } from './tdb.ts';
import { transparency } from './transparency.ts';

export const fr: KoletMessages = {
  app: {
    title: 'Back-office Kolet',
  },
  menu: {
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
    message: "Vos rôles ne permettent pas d'accéder à cette page ou d'effectuer cette action. Si vous en avez besoin pour votre travail, adressez-vous à un administrateur.",
    back: "Retour à l'accueil",
  },
  auth: {
    too_many_attempts: 'Trop de tentatives échouées : patientez quelques minutes avant de réessayer.',
    demo_hint: 'Version de développement. Comptes de démonstration, un par rôle, mot de passe « %{password} » :',
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
    ...finance,
    ...moderation,
    ...catalog,
    ...admin,
  },
  enums,
  tdb,
  dsa_transparency: transparency,
};
