// DSA notices (Art. 16), statements of reasons (Art. 17, in the Transparency Database's
// fields), complaints (Art. 20), trusted flaggers (Art. 22) and the law-enforcement
// referral of a threat to life (Art. 18).
import { publicReferenceOf } from '../../server/domain/dsa/references.ts';
import { slug } from './accounts.ts';
import { removeReview, SPECIAL } from './reviews.ts';
import { FIRST_NAMES } from './texts.ts';
import { detectContentLanguages } from '../../server/tdb/languageDetector.ts';
import { complaintDeadline } from '../../server/domain/dsa/noticeRules.ts';
import { DAY, HOUR, MINUTE, parisDate, type Ms } from './time.ts';
import type { Review, Row, World, Table } from './world.ts';

/** Sequence numbers spread over the code space, so demo references look like the public form's (`DSA-2026-7K3QX9M2`), deterministically. */
const readableSpread = (n: number): number => (n * 2_654_435_761) % 1_099_511_627_776;

const EU27 = [
  'AT',
  'BE',
  'BG',
  'CY',
  'CZ',
  'DE',
  'DK',
  'EE',
  'ES',
  'FI',
  'FR',
  'GR',
  'HR',
  'HU',
  'IE',
  'IT',
  'LT',
  'LU',
  'LV',
  'MT',
  'NL',
  'PL',
  'PT',
  'RO',
  'SE',
  'SI',
  'SK',
];
const TERMS_URL = 'https://kolet.com/legal/terms#reviews';
/** The law relied upon (decision_ground_reference_url of an illegal-content ground): the text on Légifrance. */
const LAW = {
  penalCode: 'https://www.legifrance.gouv.fr/codes/texte_lc/LEGITEXT000006070719',
  pressLaw: 'https://www.legifrance.gouv.fr/loda/id/JORFTEXT000000877119',
  consumerCode: 'https://www.legifrance.gouv.fr/codes/texte_lc/LEGITEXT000006069565',
};
/** The suspension the demo's service_suspension decision declares (and its misuse measure records). */
const SUSPENSION_DAYS = 182;

type Decision = 'no_action' | 'visibility_restriction' | 'service_suspension';
interface Ground {
  ground: 'DECISION_GROUND_ILLEGAL_CONTENT' | 'DECISION_GROUND_INCOMPATIBLE_CONTENT';
  legal?: string;
  url?: string;
  explanation: string;
  keyword?: string;
}
interface NoticeSpec {
  review?: string;
  category: string;
  status: 'received' | 'in_review' | 'decided' | 'closed';
  hoursAgo: number;
  decideAfterHours?: number;
  decision?: Decision;
  threat?: boolean;
  trusted?: number;
  anonymous?: boolean;
  explanation: string;
  url?: boolean;
  complaint?: 'open' | 'upheld' | 'rejected';
  ground?: Ground;
}

const C = (s: string): string => `STATEMENT_CATEGORY_${s}`;
const NOTICES: NoticeSpec[] = [
  {
    review: 'defamatory',
    category: C('ILLEGAL_OR_HARMFUL_SPEECH'),
    status: 'in_review',
    hoursAgo: 30,
    explanation:
      'This review falsely claims that the manager of the company was convicted of fraud. It is defamatory (loi du 29 juillet 1881, art. 29).',
  },
  {
    review: 'privacy',
    category: C('DATA_PROTECTION_AND_PRIVACY_VIOLATIONS'),
    status: 'received',
    hoursAgo: 80,
    explanation: 'The review publishes my personal phone number and my street address without my consent.',
  },
  {
    review: 'threat',
    category: C('VIOLENCE'),
    status: 'decided',
    hoursAgo: 24 * 24,
    decideAfterHours: 2,
    threat: true,
    decision: 'visibility_restriction',
    anonymous: false,
    explanation: 'The author threatens to come to your office and kill a member of staff. I am scared for them.',
    ground: {
      ground: 'DECISION_GROUND_ILLEGAL_CONTENT',
      legal: 'Code pénal, art. 222-17 (menace de mort)',
      url: LAW.penalCode,
      explanation: 'The review contains a death threat against identifiable staff members.',
      keyword: 'KEYWORD_INCITEMENT_VIOLENCE_HATRED',
    },
  },
  {
    review: 'racist',
    category: C('ILLEGAL_OR_HARMFUL_SPEECH'),
    status: 'closed',
    hoursAgo: 88 * 24,
    decideAfterHours: 20,
    decision: 'visibility_restriction',
    complaint: 'rejected',
    explanation: 'Racist insults against the customer service staff.',
    ground: {
      ground: 'DECISION_GROUND_ILLEGAL_CONTENT',
      legal: 'Loi du 29 juillet 1881, art. 33 (injure à caractère racial)',
      url: LAW.pressLaw,
      explanation: 'The review insults people because of their origin.',
      keyword: 'KEYWORD_HATE_SPEECH',
    },
  },
  {
    review: 'defamatory-removed',
    category: C('ILLEGAL_OR_HARMFUL_SPEECH'),
    status: 'decided',
    hoursAgo: 28 * 24,
    decideAfterHours: 40,
    decision: 'visibility_restriction',
    trusted: 1,
    complaint: 'open',
    explanation: 'Unfounded allegation that the company sells customer data to fraudsters and that a named executive is paid for it.',
    ground: {
      ground: 'DECISION_GROUND_ILLEGAL_CONTENT',
      legal: 'Loi du 29 juillet 1881, art. 29 et 32 (diffamation)',
      url: LAW.pressLaw,
      explanation: 'The review imputes a criminal offence to an identifiable person without any factual basis.',
      keyword: 'KEYWORD_DEFAMATION',
    },
  },
  {
    review: 'reinstated',
    category: C('DATA_PROTECTION_AND_PRIVACY_VIOLATIONS'),
    status: 'closed',
    hoursAgo: 48 * 24,
    decideAfterHours: 30,
    decision: 'visibility_restriction',
    complaint: 'upheld',
    explanation: 'The review identifies an employee of the partner shop at Orly airport.',
    ground: {
      ground: 'DECISION_GROUND_INCOMPATIBLE_CONTENT',
      explanation: 'The review was considered to identify a shop employee (GCU §8: privacy).',
    },
  },
  {
    review: 'fake',
    category: C('SCAMS_AND_FRAUD'),
    status: 'decided',
    hoursAgo: 13 * 24,
    decideAfterHours: 50,
    decision: 'visibility_restriction',
    trusted: 2,
    explanation: 'One of 14 five-star reviews posted from the same device within an hour: fake reviews.',
    ground: {
      ground: 'DECISION_GROUND_ILLEGAL_CONTENT',
      legal: 'Code de la consommation, art. L121-4 (pratique commerciale trompeuse : faux avis)',
      explanation: 'The review is not based on a genuine experience of the service.',
      keyword: 'KEYWORD_INAUTHENTIC_USER_REVIEWS',
    },
  },
  {
    review: 'suspension',
    category: C('CYBER_VIOLENCE'),
    status: 'closed',
    hoursAgo: 33 * 24,
    decideAfterHours: 60,
    decision: 'service_suspension',
    complaint: 'rejected',
    explanation: 'The author posts review after review calling for people to harass the company.',
    ground: {
      ground: 'DECISION_GROUND_INCOMPATIBLE_CONTENT',
      explanation: 'Repeated abusive reviews inciting a pile-on (GCU §8); reviews from this account suspended for 6 months.',
      keyword: 'KEYWORD_CYBER_INCITEMENT',
    },
  },
  {
    review: 'criticism',
    category: C('ILLEGAL_OR_HARMFUL_SPEECH'),
    status: 'decided',
    hoursAgo: 38 * 24,
    decideAfterHours: 26,
    decision: 'no_action',
    complaint: 'open',
    explanation: 'This review damages our reputation as a partner shop and is defamatory.',
  },
  {
    category: C('CONSUMER_INFORMATION'),
    status: 'received',
    hoursAgo: 2,
    explanation: 'The review claims a price that was never charged; misleading for other consumers.',
  },
  {
    category: C('NOT_SPECIFIED_NOTICE'),
    status: 'received',
    hoursAgo: 10,
    url: true,
    explanation: 'Please remove this content, it is illegal.',
  },
  {
    category: C('OTHER_VIOLATION_TC'),
    status: 'received',
    hoursAgo: 50,
    explanation: 'Off-topic review about an airline, not about the eSIM.',
  },
  { category: C('SCAMS_AND_FRAUD'), status: 'received', hoursAgo: 100, explanation: 'I believe this review was written by a competitor.' },
  { category: C('ILLEGAL_OR_HARMFUL_SPEECH'), status: 'received', hoursAgo: 20, anonymous: true, explanation: 'Insulting language.' },
  {
    category: C('ILLEGAL_OR_HARMFUL_SPEECH'),
    status: 'in_review',
    hoursAgo: 20,
    explanation: 'The review calls the support agents liars.',
  },
  {
    category: C('CONSUMER_INFORMATION'),
    status: 'in_review',
    hoursAgo: 60,
    explanation: 'The review gives wrong information about refunds.',
  },
  {
    category: C('DATA_PROTECTION_AND_PRIVACY_VIOLATIONS'),
    status: 'in_review',
    hoursAgo: 90,
    trusted: 1,
    explanation: 'The review mentions the first name of an agent.',
  },
  { category: C('OTHER_VIOLATION_TC'), status: 'in_review', hoursAgo: 150, url: true, explanation: 'Spam.' },
  {
    category: C('ILLEGAL_OR_HARMFUL_SPEECH'),
    status: 'decided',
    hoursAgo: 9 * 24,
    decideAfterHours: 30,
    decision: 'no_action',
    explanation: 'Defamatory against the brand.',
  },
  {
    category: C('SCAMS_AND_FRAUD'),
    status: 'decided',
    hoursAgo: 15 * 24,
    decideAfterHours: 70,
    decision: 'no_action',
    explanation: 'Fake review.',
  },
  {
    category: C('CONSUMER_INFORMATION'),
    status: 'decided',
    hoursAgo: 6 * 24,
    decideAfterHours: 90,
    decision: 'no_action',
    explanation: 'Misleading statement about coverage.',
  },
  {
    category: C('OTHER_VIOLATION_TC'),
    status: 'closed',
    hoursAgo: 60 * 24,
    decideAfterHours: 12,
    decision: 'no_action',
    explanation: 'Review in a language I do not understand.',
  },
  {
    category: C('ILLEGAL_OR_HARMFUL_SPEECH'),
    status: 'closed',
    hoursAgo: 95 * 24,
    decideAfterHours: 45,
    decision: 'no_action',
    explanation: 'Insulting towards the shop.',
  },
  {
    category: C('NOT_SPECIFIED_NOTICE'),
    status: 'closed',
    hoursAgo: 140 * 24,
    decideAfterHours: 24,
    decision: 'no_action',
    explanation: 'Please delete.',
  },
  {
    category: C('SCAMS_AND_FRAUD'),
    status: 'closed',
    hoursAgo: 200 * 24,
    decideAfterHours: 60,
    decision: 'no_action',
    explanation: 'Paid review.',
  },
];

/** Statements of reasons for the reviews removed on users' reports (terms, not law). */
const REPORT_GROUNDS: Record<string, { category: string; explanation: string; keyword?: string }> = {
  insulting: { category: C('OTHER_VIOLATION_TC'), explanation: 'Insults towards the staff with no account of the experience (GCU §8).' },
  inappropriate: { category: C('OTHER_VIOLATION_TC'), explanation: 'Advertising unrelated to the service (GCU §8).' },
  discriminatory: {
    category: C('ILLEGAL_OR_HARMFUL_SPEECH'),
    explanation: 'Discriminatory remark (GCU §8).',
    keyword: 'KEYWORD_DISCRIMINATION',
  },
};

export function buildDsa(w: World): void {
  const r = w.rng;
  const mod = w.staff.moderator;
  const flaggers = [
    { name: 'Point de Contact', email: 'signalements@pointdecontact.example', designated_by: 'Arcom (France)' },
    { name: 'INDECOSA-CGT', email: 'dsa@indecosa.example', designated_by: 'Arcom (France)' },
  ];
  flaggers.forEach((f, i) => {
    const at = w.now - (500 - i * 120) * DAY;
    w.trustedFlaggers.push({ id: w.id('trusted_flaggers'), ...f, active: true, created_at: at, updated_at: at, version: 1 });
  });
  const review = (key: string): Review => w.reviews[w.marks.get(`review:${key}`)! - 1]!;
  const special = new Set(SPECIAL.map((x) => w.marks.get(`review:${x.key}`)));
  const ordinary = r.shuffle(
    w.reviews.filter(
      (x) => x.status === 'published' && x.comment && x.report_count === 0 && !special.has(x.id) && x.published_at < w.now - 30 * DAY,
    ),
  );
  const sors: { at: Ms; row: Row }[] = [];

  // Statement dates are Paris calendar days; the language is the review text's; the reference is the law (or nothing) for an
  // illegal-content ground, our terms for a terms ground (docs/TRUST-SAFETY.md "Statements of reasons").
  const sorFor = (
    rev: Review,
    at: Ms,
    category: string,
    g: Ground,
    source: string,
    noticeId: number | null,
    sourceIdentity: string | null,
    suspension: boolean,
  ): void => {
    const illegal = g.ground === 'DECISION_GROUND_ILLEGAL_CONTENT';
    const applied = parisDate(at);
    const endsAt = at + SUSPENSION_DAYS * DAY;
    sors.push({
      at,
      row: {
        notice_id: noticeId,
        review_id: rev.id,
        account_id: rev.account_id,
        decision_visibility: ['DECISION_VISIBILITY_CONTENT_REMOVED'],
        decision_visibility_other: null,
        decision_monetary: null,
        decision_provision: suspension ? 'DECISION_PROVISION_PARTIAL_SUSPENSION' : null,
        decision_account: null,
        account_type: 'ACCOUNT_TYPE_PRIVATE',
        decision_ground: g.ground,
        decision_ground_reference_url: illegal ? (g.url ?? null) : TERMS_URL,
        illegal_content_legal_ground: illegal ? (g.legal ?? null) : null,
        illegal_content_explanation: illegal ? g.explanation : null,
        incompatible_content_ground: illegal ? null : 'Kolet terms of use, §8 (reviews)',
        incompatible_content_explanation: illegal ? null : g.explanation,
        incompatible_content_illegal: illegal ? null : 'No',
        content_type: ['CONTENT_TYPE_TEXT'],
        category,
        category_addition: null,
        category_specification: g.keyword ? [g.keyword] : null,
        territorial_scope: EU27,
        content_language: null, // the review text's, detected when the rows are written (dsaTables)
        content_date: parisDate(rev.published_at),
        application_date: applied,
        end_date_visibility_restriction: null,
        end_date_monetary_restriction: null,
        end_date_service_restriction: suspension ? parisDate(endsAt) : null,
        end_date_account_restriction: null,
        decision_facts: suspension
          ? 'The review was removed and the account can no longer publish reviews for six months after repeated reviews breaking the terms.'
          : 'The review was removed after assessment by a moderator because its content is ' +
            (illegal ? 'illegal under the cited law.' : 'incompatible with the terms of use.'),
        source_type: source,
        source_identity: sourceIdentity,
        automated_detection: false,
        automated_decision: 'AUTOMATED_DECISION_NOT_AUTOMATED',
        created_by_staff_id: mod.id,
        created_at: at,
        content_type_other: null,
        category_specification_other: null,
        complaint_id: null,
        manifestly_illegal: illegal && g.keyword === 'KEYWORD_INCITEMENT_VIOLENCE_HATRED',
        exemption: null,
        _suspension: suspension ? { startsAt: at, endsAt, reason: g.explanation, noticeId } : null,
      },
    });
  };

  let seq = 100;
  for (const spec of NOTICES) {
    const rev = spec.review ? review(spec.review) : ordinary.pop()!;
    let receivedAt = w.now - spec.hoursAgo * HOUR - r.int(0, 50) * MINUTE;
    if (receivedAt <= rev.published_at) receivedAt = rev.published_at + r.int(2, 20) * HOUR;
    const id = w.id('dsa_notices');
    const flagger = spec.trusted ? w.trustedFlaggers[spec.trusted - 1]! : null;
    const lang = rev._locale === 'en' && r.chance(0.7) ? 'en' : 'fr';
    const person = r.fr.person;
    const [first, last] = [r.pick(FIRST_NAMES.fr), person.lastName()];
    const notifierName = flagger ? (flagger.name as string) : spec.anonymous ? null : `${first} ${last}`;
    const notifierEmail = flagger
      ? (flagger.email as string)
      : spec.anonymous
        ? null
        : `${slug(first)}.${slug(last)}@${r.pick(['gmail.com', 'orange.fr', 'outlook.fr', 'proton.me'])}`;
    const notice: Row = {
      id,
      reference: publicReferenceOf('DSA', new Date(receivedAt).getUTCFullYear(), readableSpread(++seq)),
      status: spec.status,
      received_at: receivedAt,
      acknowledged_at: notifierEmail ? receivedAt + r.int(1, 20) * 1000 : null,
      decision_due_at: receivedAt + 72 * HOUR,
      category: spec.category,
      explanation: spec.explanation,
      locations: [spec.url ? `https://kolet.com/avis/${rev.id}` : `review:${rev.id}`],
      review_id: rev.id,
      author_account_id: rev.account_id,
      notifier_name: notifierName,
      notifier_email: notifierEmail,
      good_faith: true,
      threat_to_life: spec.threat ?? false,
      trusted_flagger_id: flagger ? flagger.id : null,
      language: lang,
      locked_by_staff_id: null,
      locked_at: null,
      decision: null,
      decided_at: null,
      decided_by_staff_id: null,
      automated_detection: false,
      automated_decision: false,
      escalated_at: null,
      created_at: receivedAt,
      updated_at: receivedAt,
      version: 1,
      priority: spec.threat ? 2 : flagger ? 1 : 0,
      complete: !spec.anonymous,
      legal_ground: spec.ground?.legal ?? null,
      member_state: 'FR',
      snapshot: {
        takenAt: new Date(receivedAt).toISOString(),
        reviews: [
          {
            id: rev.id,
            accountId: rev.account_id,
            rating: rev.rating,
            comment: rev.comment,
            status: 'published',
            publishedAt: new Date(rev.published_at).toISOString(),
            contentUpdatedAt: null,
          },
        ],
        missingReviewIds: [],
        urls: [],
      },
      notifier_notified_at: null,
      author_notified_at: null,
      sor_exemption: null,
      manifestly_unfounded: false,
      decision_note: null,
    };
    w.dsaNotices.push(notice);
    // As real intake does: the notice is also a report on its review, open while the notice is undecided,
    // so keeping or removing the review is refused until the notice is decided (docs/TRUST-SAFETY.md).
    const report: Row = {
      id: w.id('review_reports'),
      review_id: rev.id,
      reporter_account_id: null,
      reporter_email: notifierEmail,
      reason: 'dsa_notice',
      note: `DSA notice ${notice.reference as string}`,
      severity: spec.threat ? 5 : 4,
      status: 'open',
      resolved_at: null,
      resolved_by_staff_id: null,
      created_at: receivedAt,
      updated_at: receivedAt,
      version: 1,
      notice_id: id,
    };
    w.dsaReports.push(report);
    if (spec.status === 'in_review') {
      const at = Math.min(w.now - 5 * MINUTE, receivedAt + r.int(1, 12) * HOUR);
      Object.assign(notice, { locked_by_staff_id: mod.id, locked_at: at, updated_at: at });
    }
    if (spec.threat) {
      // Art. 18: a threat to life goes to the police at once, with everything known.
      const at = receivedAt + r.int(8, 20) * MINUTE;
      notice.escalated_at = at;
      const author = w.accounts[rev.account_id - 1]!;
      w.lawEnforcementReferrals.push({
        id: w.id('law_enforcement_referrals'),
        notice_id: id,
        authority:
          'PHAROS – Plateforme d’harmonisation, d’analyse, de recoupement et d’orientation des signalements (ministère de l’Intérieur)',
        note: 'Death threat against our staff in a customer review; the author is a customer with a known e-mail and phone number.',
        payload: {
          notice: notice.reference,
          review: { id: rev.id, text: rev.comment, published_at: new Date(rev.published_at).toISOString() },
          author: { account_id: author.id, name: author.name, email: author.email, phone: author.phone },
          received_at: new Date(receivedAt).toISOString(),
        },
        referred_by_staff_id: mod.id,
        referred_at: at,
        member_state: 'FR',
        authority_reference: `PHAROS-${new Date(at).getUTCFullYear()}-${r.int(100000, 999999)}`,
      });
      w.audit.push({
        at,
        staff: mod,
        action: 'dsa-notices.escalate',
        entity: 'dsa-notices',
        entityId: id,
        after: { escalated: true },
        reason: 'Threat to life: referred to PHAROS.',
      });
    }
    if (!spec.decision) {
      rev.report_count += 1;
      rev.severity = Math.max(rev.severity, report.severity as number);
      rev.last_reported_at = Math.max(rev.last_reported_at ?? 0, receivedAt);
      rev.updated_at = Math.max(rev.updated_at, receivedAt);
      continue;
    }
    const decidedAt = Math.min(w.now - 30 * MINUTE, receivedAt + (spec.decideAfterHours ?? 24) * HOUR + r.int(0, 59) * MINUTE);
    Object.assign(notice, {
      decision: spec.decision,
      decided_at: decidedAt,
      decided_by_staff_id: mod.id,
      locked_by_staff_id: null,
      locked_at: null,
      updated_at: spec.status === 'closed' ? decidedAt + r.int(1, 6) * HOUR : decidedAt,
      decision_note: spec.ground?.explanation ?? 'Not illegal and compatible with the terms: the review reports a customer experience.',
      notifier_notified_at: notifierEmail ? decidedAt : null,
      author_notified_at: spec.decision !== 'no_action' ? decidedAt : null,
      manifestly_unfounded: spec.decision === 'no_action' && spec.explanation.length < 20,
    });
    Object.assign(report, {
      status: spec.decision === 'no_action' ? 'dismissed' : 'upheld',
      resolved_at: decidedAt,
      resolved_by_staff_id: mod.id,
      updated_at: decidedAt,
    });
    w.audit.push({
      at: decidedAt,
      staff: mod,
      action: 'dsa-notices.decide',
      entity: 'dsa-notices',
      entityId: id,
      after: { decision: spec.decision },
      reason: spec.ground?.explanation ?? 'Not illegal and compatible with the terms.',
    });
    if (spec.decision !== 'no_action') {
      const ground = SPECIAL.find((x) => x.key === spec.review)?.removal?.ground ?? 'unlawful';
      removeReview(w, rev, ground, spec.ground!.explanation, decidedAt);
      sorFor(
        rev,
        decidedAt,
        spec.category,
        spec.ground!,
        flagger ? 'SOURCE_TRUSTED_FLAGGER' : 'SOURCE_ARTICLE_16',
        id,
        flagger ? (flagger.name as string) : null,
        spec.decision === 'service_suspension',
      );
    }
    if (spec.complaint) w.marks.set(`complaint:${id}`, ['open', 'upheld', 'rejected'].indexOf(spec.complaint));
  }

  // Removals on users' reports also get a statement of reasons (Art. 17 applies to any restriction).
  for (const rev of w.reviews.filter(
    (x) => x.status === 'removed' && x.removed_at != null && !w.dsaNotices.some((n) => n.review_id === x.id),
  )) {
    const g = REPORT_GROUNDS[rev.removal_ground!];
    if (!g) continue;
    sorFor(
      rev,
      rev.removed_at!,
      g.category,
      { ground: 'DECISION_GROUND_INCOMPATIBLE_CONTENT', explanation: g.explanation, ...(g.keyword ? { keyword: g.keyword } : {}) },
      'SOURCE_TYPE_OTHER_NOTIFICATION',
      null,
      null,
      false,
    );
  }
  sors.sort((a, b) => a.at - b.at);
  sors.forEach((s, i) => w.statements.push({ id: i + 1, puid: `kolet-sor-${String(i + 1).padStart(6, '0')}`, ...s.row }));
  // Every suspension a statement declares is a misuse measure (Art. 23): the author cannot post reviews until it ends.
  for (const st of w.statements) {
    const x = st._suspension as { startsAt: Ms; endsAt: Ms; reason: string; noticeId: number } | null;
    if (!x) continue;
    w.misuseMeasures.push({
      id: w.id('misuse_measures'),
      subject: 'author',
      notifier_email: null,
      account_id: st.account_id,
      measure: 'suspension',
      reason: x.reason,
      factors: { source: 'dsa_notice', noticeId: x.noticeId, decision: 'service_suspension', days: SUSPENSION_DAYS },
      starts_at: x.startsAt,
      ends_at: x.endsAt,
      lifted_at: null,
      statement_id: st.id,
      created_by_staff_id: mod.id,
      created_at: x.startsAt,
      updated_at: x.startsAt,
      version: 1,
    });
  }

  buildComplaints(w);
  buildSubmissions(w);
}

/**
 * The statements' way to the Transparency Database: the demo has no API access (TDB_API_URL unset), so the moderator
 * submitted the statements older than twelve days by hand and recorded it (one manual batch); the newer ones wait.
 * A review restored before that submission went with the day its restriction ended (docs/TRUST-SAFETY.md "Reversed decisions").
 */
function buildSubmissions(w: World): void {
  const batchAt = w.now - 12 * DAY;
  const submitted = w.statements.filter((st) => (st.created_at as Ms) < batchAt - HOUR);
  const batchId = submitted.length ? w.id('sor_submission_batches') : null;
  if (batchId) {
    w.sorBatches.push({
      id: batchId,
      channel: 'manual',
      status: 'accepted',
      statement_count: submitted.length,
      parent_batch_id: null,
      started_at: batchAt,
      finished_at: batchAt,
      http_status: null,
      error: null,
      errors: null,
      created_by_staff_id: w.staff.moderator.id,
      note: 'Entered in the Transparency Database’s webform (no API access yet).',
    });
    submitted.forEach((st, position) =>
      w.sorItems.push({ batch_id: batchId, position, statement_id: st.id, outcome: 'accepted', errors: null }),
    );
    w.audit.push({
      at: batchAt,
      staff: w.staff.moderator,
      action: 'statements-of-reasons.mark-submitted',
      entity: 'sor-submission-batches',
      entityId: batchId,
      after: { marked: submitted.length },
      reason: 'Entered in the Transparency Database’s webform.',
    });
  }
  for (const st of w.statements) {
    const accepted = submitted.includes(st);
    const restoredAt = w.marks.get(`restored:${st.id as number}`);
    // The database takes no corrections: only a restore before the submission changes what it receives.
    const ended = restoredAt !== undefined && (!accepted || restoredAt < batchAt) ? parisDate(restoredAt) : null;
    w.sorSubmissions.push({
      statement_id: st.id,
      status: accepted ? 'accepted' : 'pending',
      attempts: accepted ? 1 : 0,
      next_attempt_at: st.created_at,
      batch_id: accepted ? batchId : null,
      submitted_at: accepted ? batchAt : null,
      accepted_at: accepted ? batchAt : null,
      tdb_uuid: null,
      tdb_permalink: null,
      error: null,
      errors: null,
      visibility_ended_on: ended,
      service_ended_on: null,
      created_at: st.created_at,
      updated_at: accepted ? batchAt : st.created_at,
      version: accepted ? 2 : 1,
    });
  }
}

/** Appeals against decisions (Art. 20): open, upheld (the review comes back) or rejected. */
function buildComplaints(w: World): void {
  const r = w.rng;
  let seq = 40;
  for (const notice of w.dsaNotices) {
    const outcome = w.marks.get(`complaint:${notice.id as number}`);
    if (outcome === undefined) continue;
    const status = (['open', 'upheld', 'rejected'] as const)[outcome]!;
    const decidedAt = notice.decided_at as Ms;
    const statement = w.statements.find((s) => s.notice_id === notice.id);
    const rev = w.reviews[(notice.review_id as number) - 1]!;
    // The author appeals a removal; the notifier appeals a decision to keep the review.
    const author = w.accounts[rev.account_id - 1]!;
    const byAuthor = notice.decision !== 'no_action';
    const receivedAt = Math.min(w.now - 3 * HOUR, decidedAt + r.int(1, 10) * DAY);
    const complaint: Row = {
      id: w.id('dsa_complaints'),
      reference: publicReferenceOf('DSA-C', new Date(receivedAt).getUTCFullYear(), readableSpread(++seq)),
      statement_id: statement?.id ?? null,
      notice_id: notice.id,
      complainant_name: byAuthor ? author.name : notice.notifier_name,
      complainant_email: byAuthor ? author.email : notice.notifier_email,
      text: byAuthor
        ? 'Mon avis reflète mon expérience réelle, je conteste sa suppression.'
        : 'Vous laissez en ligne un avis diffamatoire, je conteste votre décision.',
      status,
      received_at: receivedAt,
      decided_at: null,
      decided_by_staff_id: null,
      decision_note: null,
      created_at: receivedAt,
      updated_at: receivedAt,
      version: 1,
      complainant_role: byAuthor ? 'author' : 'notifier',
      informed_at: decidedAt,
      deadline_at: complaintDeadline(new Date(decidedAt)).getTime(),
      acknowledged_at: receivedAt,
      outcome_statement_id: null,
    };
    if (status !== 'open') {
      const at = Math.min(w.now - HOUR, receivedAt + r.int(1, 6) * DAY);
      Object.assign(complaint, {
        decided_at: at,
        decided_by_staff_id: w.staff.admin.id,
        updated_at: at,
        decision_note:
          status === 'upheld'
            ? 'On review the text names a shop, not a person: no personal data. Review reinstated.'
            : 'Removal confirmed after a second review by another person.',
      });
      w.audit.push({
        at,
        staff: w.staff.admin,
        action: `dsa_complaint.${status === 'upheld' ? 'uphold' : 'reject'}`,
        entity: 'dsa_complaints',
        entityId: complaint.id as number,
        after: { status },
        reason: complaint.decision_note as string,
      });
      if (status === 'upheld') {
        Object.assign(rev, {
          status: 'published',
          removal_ground: null,
          removal_note: null,
          removed_at: null,
          removed_by_staff_id: null,
          updated_at: at,
        });
        if (statement) w.marks.set(`restored:${statement.id as number}`, at);
        w.audit.push({
          at,
          staff: w.staff.admin,
          action: 'reviews.restore',
          entity: 'reviews',
          entityId: rev.id,
          before: { status: 'removed' },
          after: { status: 'published' },
          reason: 'DSA complaint upheld',
        });
      }
    }
    w.complaints.push(complaint);
  }
}

/** The statements' content language is their review text's, detected in the language thread (server/tdb/languageDetector.ts). */
export async function dsaTables(w: World): Promise<Table[]> {
  const languages = await detectContentLanguages(
    w.statements.map((st) => w.reviews[(st.review_id as number) - 1]!.comment as string | null),
  );
  w.statements.forEach((st, i) => (st.content_language = languages[i]));
  return dsaTableList(w);
}

const dsaTableList = (w: World): Table[] => [
  ['trusted_flaggers', w.trustedFlaggers],
  ['dsa_notices', w.dsaNotices],
  ['review_reports', w.dsaReports],
  ['statements_of_reasons', w.statements],
  ['misuse_measures', w.misuseMeasures],
  ['dsa_complaints', w.complaints],
  ['law_enforcement_referrals', w.lawEnforcementReferrals],
  ['sor_submission_batches', w.sorBatches],
  ['sor_submissions', w.sorSubmissions],
  ['sor_submission_items', w.sorItems],
];
