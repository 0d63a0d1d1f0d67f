import type { admin as en } from '../en/admin.ts';
import { recordFields } from './common.ts';

export const admin: typeof en = {
  staff: {
    name: 'Membre du personnel |||| Personnel',
    fields: {
      ...recordFields,
      email: 'E-mail',
      name: 'Nom',
      roles: 'Rôles',
      password: 'Mot de passe',
      status: 'Statut',
      lastLoginAt: 'Dernière connexion',
    },
    helper: { password: "Le mot de passe initial : à transmettre en privé ; seule son empreinte est conservée" },
  },
  'audit-log': {
    name: "Entrée d'audit |||| Journal d'audit",
    fields: {
      id: 'ID',
      at: 'Date',
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
    name: 'Paramètre |||| Paramètres',
    fields: {
      ...recordFields,
      id: 'Clé',
      value: 'Valeur',
      valueJson: 'Valeur (JSON)',
      description: 'Description',
    },
    invalid_json: 'JSON invalide',
  },
  'job-runs': {
    name: 'Exécution de tâche |||| Exécutions de tâches',
    fields: { id: 'ID', job: 'Tâche', status: 'État', startedAt: 'Début', finishedAt: 'Fin', summary: 'Ce qu’elle a fait', error: 'Erreur' },
    status: { running: 'En cours', succeeded: 'Réussie', failed: 'Échouée' },
  },
};
