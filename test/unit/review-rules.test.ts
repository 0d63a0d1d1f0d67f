import { describe, expect, test } from 'vitest';
import { CATEGORIES, KEYWORDS, keywordsOf } from '../../server/domain/dsa/tdb.ts';
import { REVIEW_REMOVAL_GROUNDS, REVIEW_REPORT_REASONS } from '../../server/domain/enums.ts';
import {
  GROUND_CATEGORY,
  REPORT_SEVERITY,
  deleteAfter,
  isPublishedLate,
  noticeReportSeverity,
} from '../../server/domain/reviews/reviewRules.ts';

// GCU §8 (reviews) and docs/TRUST-SAFETY.md; every instant in UTC so the machine's time zone does not matter.
const at = (iso: string) => new Date(iso);
const iso = (d: Date) => d.toISOString();

describe('GCU §8: publication — when received, flagged when more than a month after collection', () => {
  test('a review received the day it was collected is on time', () => {
    expect(isPublishedLate(at('2026-03-05T09:59:30.000Z'), at('2026-03-05T10:00:00.000Z'))).toBe(false);
  });
  test('collected on 1 September, received on 7 December: published late (not "published on 1 October", a date that never happened)', () => {
    expect(isPublishedLate(at('2026-09-01T08:00:00.000Z'), at('2026-12-07T10:00:00.000Z'))).toBe(true);
  });
  test('exactly one calendar month later, in Paris, is on time; the next day is late', () => {
    expect(isPublishedLate(at('2026-02-05T10:00:00.000Z'), at('2026-03-05T22:30:00.000Z'))).toBe(false);
    expect(isPublishedLate(at('2026-02-05T10:00:00.000Z'), at('2026-03-05T23:30:00.000Z'))).toBe(true); // 00:30 on 6 March in Paris
  });
  test('31 January + 1 month = 28 February (29 in a leap year)', () => {
    expect(isPublishedLate(at('2026-01-31T12:00:00.000Z'), at('2026-02-28T12:00:00.000Z'))).toBe(false);
    expect(isPublishedLate(at('2026-01-31T12:00:00.000Z'), at('2026-03-01T12:00:00.000Z'))).toBe(true);
    expect(isPublishedLate(at('2028-01-31T12:00:00.000Z'), at('2028-02-29T12:00:00.000Z'))).toBe(false);
  });
  test('collected at 00:30 Paris on 1 November (31 October in UTC): the month runs to 1 December in Paris', () => {
    expect(isPublishedLate(at('2025-10-31T23:30:00.000Z'), at('2025-12-01T20:00:00.000Z'))).toBe(false);
  });
});

describe('GCU §8: retention', () => {
  test('a review is kept three years after publication', () => {
    expect(iso(deleteAfter(at('2026-03-05T10:00:00.000Z')))).toBe('2029-03-05T10:00:00.000Z');
  });
  test('29 February 2024 + 3 years = 28 February 2027', () => {
    expect(iso(deleteAfter(at('2024-02-29T18:45:00.000Z')))).toBe('2027-02-28T18:45:00.000Z');
  });
  test('29 February 2028 + 3 years = 28 February 2031', () => {
    expect(iso(deleteAfter(at('2028-02-29T00:00:00.000Z')))).toBe('2031-02-28T00:00:00.000Z');
  });
  test('the publication date is not changed', () => {
    const published = at('2024-02-29T18:45:00.000Z');
    deleteAfter(published);
    expect(iso(published)).toBe('2024-02-29T18:45:00.000Z');
  });
});

describe('report severity', () => {
  test('every report reason has a severity', () => {
    expect(Object.keys(REPORT_SEVERITY).sort()).toEqual([...REVIEW_REPORT_REASONS].sort());
  });
  test('the values of docs/TRUST-SAFETY.md', () => {
    expect(REPORT_SEVERITY).toEqual({
      spam: 1,
      inappropriate: 1,
      abusive: 2,
      insulting: 2,
      defamatory: 3,
      privacy: 3,
      hate: 4,
      threat: 5,
      dsa_notice: 4,
    });
  });
  test('threat > hate > defamatory = privacy > abusive = insulting > spam = inappropriate', () => {
    const s = REPORT_SEVERITY;
    expect(s.threat).toBeGreaterThan(s.hate);
    expect(s.hate).toBeGreaterThan(s.defamatory);
    expect(s.defamatory).toBe(s.privacy);
    expect(s.privacy).toBeGreaterThan(s.abusive);
    expect(s.abusive).toBe(s.insulting);
    expect(s.insulting).toBeGreaterThan(s.spam);
    expect(s.spam).toBe(s.inappropriate);
    expect(s.inappropriate).toBeGreaterThan(0);
  });
  test('a DSA notice weighs like hate speech (4), like a threat (5) when a life is said to be at risk', () => {
    expect(noticeReportSeverity(false)).toBe(4);
    expect(noticeReportSeverity(false)).toBe(REPORT_SEVERITY.hate);
    expect(noticeReportSeverity(true)).toBe(5);
    expect(noticeReportSeverity(true)).toBe(REPORT_SEVERITY.threat);
  });
});

describe('GCU §8 removal grounds → statement-of-reasons category', () => {
  test('every removal ground has a category, and only those grounds', () => {
    expect(Object.keys(GROUND_CATEGORY).sort()).toEqual([...REVIEW_REMOVAL_GROUNDS].sort());
  });
  test.each([...REVIEW_REMOVAL_GROUNDS])('%s maps to a category the TDB accepts, with a keyword of that category', (ground) => {
    const { category, keyword } = GROUND_CATEGORY[ground];
    expect(CATEGORIES).toContain(category);
    if (keyword !== undefined) {
      expect(KEYWORDS).toContain(keyword);
      expect(keywordsOf(category)).toContain(keyword);
    }
  });
  test('the typical review mappings of docs/TRUST-SAFETY.md', () => {
    expect(GROUND_CATEGORY.defamatory).toEqual({ category: 'STATEMENT_CATEGORY_ILLEGAL_OR_HARMFUL_SPEECH', keyword: 'KEYWORD_DEFAMATION' });
    expect(GROUND_CATEGORY.malicious).toEqual({
      category: 'STATEMENT_CATEGORY_SCAMS_AND_FRAUD',
      keyword: 'KEYWORD_INAUTHENTIC_USER_REVIEWS',
    });
    expect(GROUND_CATEGORY.privacy_or_image_rights.category).toBe('STATEMENT_CATEGORY_DATA_PROTECTION_AND_PRIVACY_VIOLATIONS');
    expect(GROUND_CATEGORY.inappropriate.category).toBe('STATEMENT_CATEGORY_OTHER_VIOLATION_TC');
  });
  test("keywordsOf offers a category's own keywords plus KEYWORD_OTHER, none for an unknown category", () => {
    expect(keywordsOf('STATEMENT_CATEGORY_ILLEGAL_OR_HARMFUL_SPEECH')).toEqual([
      'KEYWORD_DEFAMATION',
      'KEYWORD_DISCRIMINATION',
      'KEYWORD_HATE_SPEECH',
      'KEYWORD_OTHER',
    ]);
    expect(keywordsOf('STATEMENT_CATEGORY_NOT_SPECIFIED_NOTICE')).toEqual(['KEYWORD_OTHER']);
  });
});
