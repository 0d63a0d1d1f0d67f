import { recordFields } from './common.ts';

export const catalog = {
  countries: {
    name: 'Country |||| Countries',
    fields: {
      ...recordFields,
      id: 'ISO code',
      name: 'Name',
      region: 'Region',
      available: 'Available',
      operators: 'Local operators',
    },
    helper: { id: 'Two letters, ISO 3166-1 alpha-2 (e.g. FR)' },
  },
  plans: {
    name: 'Plan |||| Plans',
    fields: {
      ...recordFields,
      name: 'Name',
      countryCode: 'Country',
      regionName: 'Multi-country region',
      dataMb: 'Data',
      fairUseMb: 'Fair-use cap',
      validityDays: 'Validity (days)',
      priceCents: 'Price incl. VAT',
      vatRateBp: 'VAT rate',
      status: 'Status',
      promotional: 'Promotional',
    },
    helper: {
      dataMb: 'In MB (1 GB = 1024 MB). Leave empty for unlimited, with a fair-use cap.',
      vatRateBp: 'In basis points: 2000 = 20 %',
      regionName: 'Only for a plan sold in a named multi-country region',
    },
  },
  'plan-prices': {
    name: 'Price change |||| Price history',
    fields: {
      ...recordFields,
      planId: 'Plan',
      priceCents: 'Price incl. VAT',
      vatRateBp: 'VAT rate',
      effectiveFrom: 'Effective from',
      changedByStaffId: 'Changed by',
    },
  },
};
