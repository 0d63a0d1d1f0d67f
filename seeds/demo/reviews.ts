// Reviews (GCU §8): about 200, mostly 4–5 stars, published when received (one received more than
// a month after collection is flagged), kept 3 years; the reported ones, and those moderation removed.
import { isPublishedLate } from '../../server/domain/reviews/reviewRules.ts';
import { slug } from './accounts.ts';
import { FIRST_NAMES, REVIEW_COMMENTS } from './texts.ts';
import { addYears, DAY, HOUR, MINUTE, type Ms } from './time.ts';
import type { Account, Review, World, Table } from './world.ts';

export const REPORT_SEVERITY: Record<string, number> = {
  spam: 1,
  inappropriate: 1,
  abusive: 2,
  insulting: 2,
  defamatory: 3,
  privacy: 3,
  hate: 4,
  threat: 5,
};

type Outcome = 'open' | 'dismissed' | 'upheld' | 'dsa';
interface Special {
  key: string;
  locale: 'fr' | 'en';
  rating: number;
  text: string;
  ageDays: number;
  reports: { reason: string; outcome: Outcome; note?: string }[];
  removal?: { ground: string; note: string };
}

/** The reviews moderators have to deal with; the DSA notices point at some of them by key. */
export const SPECIAL: Special[] = [
  {
    key: 'defamatory',
    locale: 'fr',
    rating: 1,
    ageDays: 4,
    text: 'Arnaque totale. Le gérant de Kolet est un escroc déjà condamné pour fraude, il encaisse l’argent et coupe les forfaits exprès.',
    reports: [
      { reason: 'defamatory', outcome: 'open', note: 'Accuses our manager of a criminal conviction that does not exist.' },
      { reason: 'defamatory', outcome: 'open' },
      { reason: 'abusive', outcome: 'open' },
    ],
  },
  {
    key: 'spam',
    locale: 'fr',
    rating: 5,
    ageDays: 2,
    text: 'Super !!! Gagnez des forfaits gratuits sur www.forfaits-gratuits.example, code PROMO2026, -90 % garanti.',
    reports: [{ reason: 'spam', outcome: 'open' }],
  },
  {
    key: 'privacy',
    locale: 'fr',
    rating: 2,
    ageDays: 6,
    text: 'Le conseiller Marc D. ne m’a pas aidé. Son numéro perso c’est le 06 12 34 56 78 et il habite rue Garibaldi à Lyon, allez lui demander vous-mêmes.',
    reports: [{ reason: 'privacy', outcome: 'open', note: 'Personal phone number and address of an employee.' }],
  },
  {
    key: 'abusive',
    locale: 'en',
    rating: 1,
    ageDays: 1,
    text: 'Useless company run by idiots. Whoever built this app should be ashamed, total morons.',
    reports: [
      { reason: 'abusive', outcome: 'open' },
      { reason: 'insulting', outcome: 'open' },
    ],
  },
  {
    key: 'criticism',
    locale: 'fr',
    rating: 1,
    ageDays: 40,
    text: 'Remboursement refusé alors que je n’ai utilisé que 2 % du forfait. Le service client se cache derrière les CGV. Je déconseille.',
    reports: [{ reason: 'defamatory', outcome: 'dismissed', note: 'Negative but factual: kept.' }],
  },
  {
    key: 'insulting',
    locale: 'fr',
    rating: 1,
    ageDays: 60,
    text: 'Bande de voleurs et d’incapables, allez vous faire voir avec votre appli de m***e.',
    reports: [
      { reason: 'insulting', outcome: 'upheld' },
      { reason: 'abusive', outcome: 'upheld' },
    ],
    removal: { ground: 'insulting', note: 'Insults towards the staff, no review content.' },
  },
  {
    key: 'racist',
    locale: 'fr',
    rating: 1,
    ageDays: 90,
    text: 'Le support est tenu par des étrangers qui ne comprennent rien, [propos racistes retirés du résumé].',
    reports: [{ reason: 'hate', outcome: 'dsa' }],
    removal: { ground: 'racist', note: 'Racist remarks about the support staff’s origin.' },
  },
  {
    key: 'threat',
    locale: 'fr',
    rating: 1,
    ageDays: 25,
    text: 'Si je ne suis pas remboursé d’ici vendredi je viens à votre bureau et je vous fais la peau, je sais où vous travaillez.',
    reports: [{ reason: 'threat', outcome: 'dsa' }],
    removal: { ground: 'incites_violence_or_hatred', note: 'Death threat against staff; reported to the police (PHAROS).' },
  },
  {
    key: 'defamatory-removed',
    locale: 'fr',
    rating: 1,
    ageDays: 30,
    text: 'Kolet revend les données de ses clients à des arnaqueurs, c’est prouvé, leur directeur technique est payé pour ça.',
    reports: [{ reason: 'defamatory', outcome: 'dsa' }],
    removal: { ground: 'defamatory', note: 'Unfounded accusation of a criminal offence against a named role.' },
  },
  {
    key: 'reinstated',
    locale: 'fr',
    rating: 2,
    ageDays: 50,
    text: 'Le vendeur de la boutique partenaire à Orly m’a mal conseillé, l’eSIM ne marchait pas sur mon téléphone.',
    reports: [{ reason: 'privacy', outcome: 'dsa' }],
    removal: { ground: 'privacy_or_image_rights', note: 'Identifies a shop employee (reinstated on appeal).' },
  },
  {
    key: 'fake',
    locale: 'en',
    rating: 5,
    ageDays: 15,
    text: 'Best eSIM ever!!! 10/10 would buy again, much better than all the other providers, trust me.',
    reports: [{ reason: 'spam', outcome: 'dsa' }],
    removal: { ground: 'unlawful', note: 'Part of a batch of fake reviews from one device (Code de la consommation L121-4).' },
  },
  {
    key: 'inappropriate',
    locale: 'en',
    rating: 3,
    ageDays: 120,
    text: 'Decent coverage. Also, visit my crypto channel for 100x gains: t.me/example-pump',
    reports: [{ reason: 'spam', outcome: 'upheld' }],
    removal: { ground: 'inappropriate', note: 'Advertising link unrelated to the service.' },
  },
  {
    key: 'discriminatory',
    locale: 'fr',
    rating: 2,
    ageDays: 200,
    text: 'Les femmes au service client ne devraient pas répondre aux questions techniques.',
    reports: [
      { reason: 'hate', outcome: 'upheld' },
      { reason: 'abusive', outcome: 'upheld' },
    ],
    removal: { ground: 'discriminatory', note: 'Sexist remark.' },
  },
  {
    key: 'suspension',
    locale: 'fr',
    rating: 1,
    ageDays: 35,
    text: 'Quatrième avis : ces escrocs de Kolet méritent qu’on leur pourrisse la vie, inondez-les d’avis à une étoile !',
    reports: [{ reason: 'abusive', outcome: 'dsa' }],
    removal: { ground: 'abusive', note: 'Repeated abusive reviews calling for a pile-on; reviews suspended for 6 months.' },
  },
];

export function buildReviews(w: World): void {
  const r = w.rng;
  const active = (a: Account): boolean => a._scripted !== 'closing';
  const orders = r.shuffle(w.orders.filter((o) => active(w.accounts[o.account_id - 1]!) && o.status !== 'cancelled'));
  const add = (
    account: Account,
    orderId: number | null,
    collectedAt: Ms,
    rating: number,
    comment: string | null,
    published?: Ms,
  ): Review => {
    const delay = r.weighted([
      [r.int(1, 120) * MINUTE, 80],
      [r.int(1, 7) * DAY, 15],
      [r.int(8, 29) * DAY, 5],
    ] as const);
    const publishedAt = published ?? Math.max(collectedAt, Math.min(collectedAt + delay, w.now - MINUTE));
    // Published the moment the review reaches us (its `created_at`): GCU §8, no moderation before publication.
    const review: Review = {
      id: w.id('reviews'),
      account_id: account.id,
      order_id: orderId,
      rating,
      comment,
      status: 'published',
      collected_at: collectedAt,
      published_at: publishedAt,
      published_late: isPublishedLate(new Date(collectedAt), new Date(publishedAt)),
      content_updated_at: null,
      delete_after: addYears(publishedAt, 3),
      report_count: 0,
      severity: 0,
      last_reported_at: null,
      removal_ground: null,
      removal_note: null,
      removed_at: null,
      removed_by_staff_id: null,
      created_at: publishedAt,
      updated_at: publishedAt,
      version: 1,
      _locale: account.locale,
    };
    if (review.delete_after <= w.now) {
      review.status = 'expired';
      review.updated_at = review.delete_after;
    }
    w.reviews.push(review);
    return review;
  };
  const rating = (): number =>
    r.weighted([
      [5, 50],
      [4, 27],
      [3, 10],
      [2, 6],
      [1, 7],
    ] as const);
  const commentFor = (locale: 'fr' | 'en', stars: number): string | null =>
    r.chance(0.72) ? r.pick(REVIEW_COMMENTS[locale][stars >= 4 ? 'good' : stars === 3 ? 'mixed' : 'bad']) : null;

  // Old reviews: expired after three years, and one about to be.
  const veterans = w.accounts.filter((a) => active(a) && a.created_at < addYears(w.now, -3) - 10 * DAY).slice(0, 5);
  veterans.forEach((a, i) => {
    const published = i === 0 ? addYears(w.now, -3) + 4 * DAY + r.int(0, 600) * MINUTE : a.created_at + r.int(2, 8) * DAY;
    if (published > addYears(w.now, -3) + 5 * DAY) return;
    const stars = rating();
    add(a, null, published - r.int(5, 90) * MINUTE, stars, commentFor(a.locale, stars), published);
  });

  // Reviews of orders, collected after the trip, and reviews of the app.
  for (const order of orders.slice(0, 150)) {
    const plan = order._plan;
    const collectedAt = (plan.expires_at ?? plan.activated_at ?? order.ordered_at) + r.int(1, 72) * HOUR;
    if (collectedAt > w.now - HOUR) continue;
    const account = w.accounts[order.account_id - 1]!;
    const stars = rating();
    add(account, order.id, collectedAt, stars, commentFor(account.locale, stars));
  }
  for (const account of r.sample(w.accounts.filter(active), 45)) {
    const collectedAt = account.created_at + Math.floor(r.next() * (w.now - account.created_at - HOUR));
    const stars = rating();
    add(account, null, collectedAt, stars, commentFor(account.locale, stars));
  }
  // Collected in the app after a trip but received weeks later (the phone stayed offline): flagged for the moderators.
  const traveller = w.accounts.find((a) => active(a) && !a._scripted && a.locale === 'fr' && a.created_at < w.now - 200 * DAY)!;
  w.marks.set(
    'review:late',
    add(
      traveller,
      null,
      w.now - 70 * DAY - r.int(0, 600) * MINUTE,
      4,
      'Très bien au Japon, le réseau a tenu partout, même dans les Alpes japonaises.',
      w.now - 2 * DAY - r.int(0, 600) * MINUTE,
    ).id,
  );
  // A few authors edited their review after publication (readers see the date).
  for (const review of r.sample(
    w.reviews.filter((x) => x.status === 'published' && x.comment),
    10,
  )) {
    review.content_updated_at = review.published_at + Math.floor(r.next() * Math.min(60 * DAY, w.now - review.published_at));
    review.updated_at = review.content_updated_at;
  }

  // The reported and removed ones.
  const authors = r.sample(
    w.accounts.filter((a) => active(a) && a.created_at < w.now - 220 * DAY && !a._scripted),
    SPECIAL.length,
  );
  const reporters = w.accounts.filter(active);
  SPECIAL.forEach((s, i) => {
    const account = authors[i]!;
    const collectedAt = w.now - s.ageDays * DAY - r.int(0, 600) * MINUTE;
    const review = add(account, null, collectedAt, s.rating, s.text, collectedAt + r.int(1, 30) * MINUTE);
    review._locale = s.locale;
    w.marks.set(`review:${s.key}`, review.id);
    let reportedAt = review.published_at;
    for (const rep of s.reports) {
      reportedAt = Math.min(w.now - 10 * MINUTE, reportedAt + r.int(20, 1800) * MINUTE);
      if (rep.outcome === 'dsa') continue; // arrives as a DSA notice instead
      const byAccount = r.chance(0.6) ? r.pick(reporters) : null;
      const resolvedAt = rep.outcome === 'open' ? null : Math.min(w.now - 5 * MINUTE, reportedAt + r.int(2, 48) * HOUR);
      w.reviewReports.push({
        id: w.id('review_reports'),
        review_id: review.id,
        reporter_account_id: byAccount?.id ?? null,
        reporter_email: byAccount ? null : `${slug(r.pick(FIRST_NAMES.fr))}.${r.int(10, 99)}@gmail.com`,
        reason: rep.reason,
        note: rep.note ?? null,
        severity: REPORT_SEVERITY[rep.reason] ?? 1,
        status: rep.outcome,
        resolved_at: resolvedAt,
        resolved_by_staff_id: resolvedAt ? w.staff.moderator.id : null,
        created_at: reportedAt,
        updated_at: resolvedAt ?? reportedAt,
        version: 1,
      });
      review.last_reported_at = reportedAt;
      if (rep.outcome === 'open') {
        review.report_count += 1;
        review.severity = Math.max(review.severity, REPORT_SEVERITY[rep.reason] ?? 1);
      }
      if (rep.outcome === 'dismissed')
        w.audit.push({
          at: resolvedAt!,
          staff: w.staff.moderator,
          action: 'reviews.keep',
          entity: 'reviews',
          entityId: review.id,
          reason: rep.note ?? 'Does not break the terms.',
        });
    }
    review.updated_at = Math.max(review.updated_at, reportedAt);
    // Reports upheld by a moderator remove the review now; DSA-driven removals happen in dsa.ts.
    if (s.removal && !s.reports.some((x) => x.outcome === 'dsa')) {
      const at = Math.min(w.now - 5 * MINUTE, reportedAt + r.int(2, 30) * HOUR);
      removeReview(w, review, s.removal.ground, s.removal.note, at);
      for (const rep of w.reviewReports.filter((x) => x.review_id === review.id && x.status === 'upheld'))
        Object.assign(rep, { resolved_at: at, updated_at: at });
    }
  });
  // Other reports: legitimate reviews someone disliked.
  for (const review of r.sample(
    w.reviews.filter(
      (x) => x.status === 'published' && x.comment && x.rating <= 3 && x.report_count === 0 && x.published_at > w.now - 400 * DAY,
    ),
    8,
  )) {
    const at = review.published_at + Math.floor(r.next() * Math.min(20 * DAY, w.now - review.published_at - HOUR));
    const open = r.chance(0.35);
    const reason = r.pick(['defamatory', 'spam', 'abusive']);
    const resolvedAt = open ? null : Math.min(w.now - MINUTE, at + r.int(3, 72) * HOUR);
    w.reviewReports.push({
      id: w.id('review_reports'),
      review_id: review.id,
      reporter_account_id: r.pick(reporters).id,
      reporter_email: null,
      reason,
      note: null,
      severity: REPORT_SEVERITY[reason],
      status: open ? 'open' : 'dismissed',
      resolved_at: resolvedAt,
      resolved_by_staff_id: resolvedAt ? w.staff.moderator.id : null,
      created_at: at,
      updated_at: resolvedAt ?? at,
      version: 1,
    });
    review.last_reported_at = at;
    review.updated_at = Math.max(review.updated_at, resolvedAt ?? at);
    if (open) {
      review.report_count += 1;
      review.severity = Math.max(review.severity, REPORT_SEVERITY[reason]!);
    }
  }
}

export function removeReview(w: World, review: Review, ground: string, note: string, at: Ms): void {
  Object.assign(review, {
    status: 'removed',
    removal_ground: ground,
    removal_note: note,
    removed_at: at,
    removed_by_staff_id: w.staff.moderator.id,
    updated_at: at,
  });
  w.audit.push({
    at,
    staff: w.staff.moderator,
    action: 'reviews.remove',
    entity: 'reviews',
    entityId: review.id,
    before: { status: 'published' },
    after: { status: 'removed', removalGround: ground },
    reason: note,
  });
}

export const reviewTables = (w: World): Table[] => [
  ['reviews', w.reviews],
  ['review_reports', w.reviewReports],
];
