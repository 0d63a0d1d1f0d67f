import type { catalog as en } from '../en/catalog.ts';
import { recordFields } from './common.ts';

export const catalog: typeof en = {
  countries: {
    name: 'Pays |||| Pays',
    fields: {
      ...recordFields,
      id: 'Code ISO',
      name: 'Nom',
      region: 'Région',
      available: 'Disponible',
      operators: 'Opérateurs locaux',
    },
    helper: { id: 'Deux lettres, ISO 3166-1 alpha-2 (ex. FR)' },
  },
  plans: {
    name: 'Forfait |||| Forfaits',
    fields: {
      ...recordFields,
      name: 'Nom',
      countryCode: 'Pays',
      regionName: 'Région multi-pays',
      dataMb: 'Données',
      fairUseMb: "Plafond d'usage raisonnable",
      validityDays: 'Validité (jours)',
      priceCents: 'Prix TTC',
      vatRateBp: 'Taux de TVA',
      status: 'Statut',
      promotional: 'Promotionnel',
    },
    helper: {
      dataMb: "En Mo (1 Go = 1024 Mo). Vide pour illimité, avec un plafond d'usage raisonnable.",
      vatRateBp: 'En points de base : 2000 = 20 %',
      regionName: 'Seulement pour un forfait vendu dans une région multi-pays nommée',
    },
  },
  'plan-prices': {
    name: 'Changement de prix |||| Historique des prix',
    fields: {
      ...recordFields,
      planId: 'Forfait',
      priceCents: 'Prix TTC',
      vatRateBp: 'Taux de TVA',
      effectiveFrom: 'En vigueur le',
      changedByStaffId: 'Modifié par',
    },
  },
};
