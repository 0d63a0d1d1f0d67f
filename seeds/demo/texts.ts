// Words and sentences that make the demo read like a real back office.

export const DEVICES = [
  'iPhone 16 Pro', 'iPhone 16', 'iPhone 15 Pro Max', 'iPhone 15', 'iPhone 14', 'iPhone 13 mini', 'iPhone SE (3rd generation)', 'iPhone 12',
  'Samsung Galaxy S24', 'Samsung Galaxy S23 FE', 'Samsung Galaxy Z Flip5', 'Samsung Galaxy A54 5G', 'Google Pixel 9 Pro', 'Google Pixel 8',
  'Google Pixel 7a', 'Xiaomi 14', 'OnePlus 12', 'Motorola edge 40', 'iPad Pro (M4)', 'iPad Air (M2)',
] as const;

export const FR_DOMAINS: ReadonlyArray<readonly [string, number]> = [
  ['gmail.com', 38], ['hotmail.fr', 8], ['outlook.fr', 7], ['yahoo.fr', 7], ['orange.fr', 8], ['free.fr', 6], ['icloud.com', 8],
  ['sfr.fr', 3], ['laposte.net', 4], ['wanadoo.fr', 3], ['proton.me', 2], ['live.fr', 2],
];
export const EN_DOMAINS: ReadonlyArray<readonly [string, number]> = [
  ['gmail.com', 45], ['outlook.com', 12], ['yahoo.com', 8], ['icloud.com', 12], ['hotmail.co.uk', 6], ['proton.me', 3], ['me.com', 3],
];
export const DISPOSABLE_DOMAINS = ['yopmail.com', 'mailinator.com', 'trashmail.fr'] as const;

export const REVIEW_COMMENTS: Record<'fr' | 'en', Record<'good' | 'mixed' | 'bad', string[]>> = {
  fr: {
    good: [
      'Installation en deux minutes à l’aéroport de Narita, connexion 4G immédiate. Parfait.',
      'Super pratique, plus besoin de chercher une carte SIM en arrivant. Je recommande.',
      'Très bon débit à Bangkok et dans les îles, aucune coupure pendant 15 jours.',
      'Le transfert de data à ma fille a fonctionné instantanément, génial pour les voyages en famille.',
      'Service client réactif (Koko puis un humain en 5 minutes). Rien à redire.',
      'Utilisé pendant tout le road trip aux États-Unis, réseau T-Mobile nickel.',
      'Prix correct, activation automatique à l’arrivée. Je reprendrai Kolet.',
      'Application claire, on voit bien la consommation restante. Top.',
      'Troisième voyage avec Kolet, toujours aussi simple.',
      'Rechargement en quelques secondes depuis l’app quand j’ai tout consommé. Efficace.',
      'Parfait pour le Maroc, bonne couverture même dans le désert près de Merzouga.',
      'J’avais peur de la configuration mais tout est guidé. Très satisfait.',
    ],
    mixed: [
      'Fonctionne bien en ville mais réseau faible dans le nord du Vietnam.',
      'Bon produit, mais j’aurais aimé être prévenu avant d’atteindre 100 % de ma data.',
      'Correct. L’activation a pris une vingtaine de minutes à l’arrivée.',
      'Un peu cher pour 1 Go, mais pratique pour dépanner.',
      'Débit moyen au Japon en soirée, sinon rien à signaler.',
    ],
    bad: [
      'Impossible d’installer l’eSIM sur mon téléphone, j’ai dû acheter une SIM locale.',
      'Plus de connexion au bout de 3 jours alors qu’il me restait de la data. Déçu.',
      'Le support m’a répondu trop tard, j’étais déjà rentré de voyage.',
      'Data transférée à la mauvaise adresse, il a fallu plusieurs jours pour récupérer.',
      'Remboursement refusé alors que je n’ai presque rien utilisé.',
    ],
  },
  en: {
    good: [
      'Worked the moment I landed in Tokyo. Painless setup.',
      'Great coverage across the national parks, never lost signal on the main roads.',
      'Sent 2 GB to my partner in seconds. Brilliant feature.',
      'Cheap, fast and the app shows exactly what is left. Will use again.',
      'Support chat sorted my APN issue in five minutes.',
      'Used it in Bali for two weeks, solid 4G everywhere we went.',
    ],
    mixed: [
      'Good speeds in cities, patchy in the countryside.',
      'Fine overall, but the unlimited plan slows down after the fair-use cap.',
      'Activation took a while, otherwise ok.',
    ],
    bad: [
      'Could not get it to connect in Marrakech, had to buy a local SIM.',
      'Ran out of data much faster than expected.',
    ],
  },
};

export const REFUND_REASONS: Record<string, string[]> = {
  not_installed: [
    'Voyage annulé, je n’ai jamais installé l’eSIM. Merci de me rembourser.',
    'Trip cancelled because of a strike, the eSIM was never installed.',
    'J’ai acheté le forfait en double par erreur, le second n’est pas installé.',
  ],
  not_activated: [
    'eSIM installée mais le voyage a été reporté, le forfait n’a jamais été activé.',
    'Mon vol a été annulé, l’eSIM est installée mais je ne suis jamais parti.',
  ],
  barely_used: [
    'Mon téléphone n’était finalement pas compatible en itinérance, quelques Mo seulement consommés.',
    'Le réseau ne fonctionnait pas dans ma zone, je n’ai presque rien utilisé.',
  ],
  used: [
    'Le débit était trop lent, je souhaite être remboursé.',
    'I did not use all the data, can I get the rest refunded?',
    'Réseau très mauvais pendant tout le séjour.',
  ],
  late: [
    'Je n’ai pas pu partir, je demande le remboursement de mon forfait.',
    'Finalement pas utilisé, je m’en rends compte en faisant mes comptes.',
  ],
  lost: [
    'On m’a volé mon téléphone le deuxième jour, l’eSIM est perdue.',
    'Phone lost at the airport, I bought a new one and the eSIM is gone.',
  ],
  promo: ['Le forfait offert ne fonctionne pas, je voudrais un remboursement.'],
};

/** Common first names of French adults today (INSEE), and of English-speaking customers. */
export const FIRST_NAMES: Record<'fr' | 'en', string[]> = {
  fr: [
    'Camille', 'Léa', 'Manon', 'Chloé', 'Emma', 'Sarah', 'Laura', 'Julie', 'Marion', 'Pauline', 'Marine', 'Lucie', 'Anaïs', 'Mathilde', 'Clara',
    'Inès', 'Océane', 'Justine', 'Charlotte', 'Elodie', 'Aurélie', 'Céline', 'Sandrine', 'Nathalie', 'Isabelle', 'Sophie', 'Caroline', 'Émilie',
    'Audrey', 'Amandine', 'Claire', 'Valérie', 'Sabrina', 'Yasmine', 'Nadia', 'Fatima', 'Alice', 'Louise', 'Jade', 'Zoé',
    'Thomas', 'Nicolas', 'Julien', 'Maxime', 'Alexandre', 'Antoine', 'Kevin', 'Romain', 'Quentin', 'Guillaume', 'Pierre', 'Clément', 'Hugo',
    'Lucas', 'Théo', 'Mathieu', 'Sébastien', 'Vincent', 'Florian', 'Jérémy', 'Benjamin', 'Adrien', 'Arnaud', 'David', 'Olivier', 'Christophe',
    'Stéphane', 'Laurent', 'Frédéric', 'Philippe', 'Karim', 'Mehdi', 'Yanis', 'Rayan', 'Bastien', 'Baptiste', 'Louis', 'Paul', 'Arthur', 'Victor',
  ],
  en: [
    'James', 'Oliver', 'Jack', 'Harry', 'George', 'Daniel', 'Matthew', 'Ryan', 'Michael', 'Sam', 'Tom', 'Ben', 'Liam', 'Noah', 'Ethan',
    'Emily', 'Olivia', 'Sophie', 'Charlotte', 'Jessica', 'Hannah', 'Lucy', 'Grace', 'Chloe', 'Amelia', 'Megan', 'Rachel', 'Laura', 'Ella', 'Mia',
  ],
};

export const EN_LAST_NAMES = [
  'Smith', 'Jones', 'Taylor', 'Brown', 'Williams', 'Wilson', 'Johnson', 'Davies', 'Robinson', 'Wright', 'Thompson', 'Evans', 'Walker', 'White',
  'Roberts', 'Green', 'Hall', 'Wood', 'Jackson', 'Clarke', 'Patel', 'Khan', 'Lewis', 'Harris', 'Martin', 'Cooper', 'King', 'Baker', 'Turner',
  'Hill', 'Scott', 'Moore', 'Ward', 'Morris', 'Hughes', 'Edwards', 'Murphy', 'Kelly', "O'Brien", 'Campbell', 'Miller', 'Anderson', 'Carter',
];
