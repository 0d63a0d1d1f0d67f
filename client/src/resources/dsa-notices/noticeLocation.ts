/** A location as the API stores it: `review:<id>` for one of our reviews, else the web address given. */
export type NoticeLocation = { kind: 'review'; reviewId: number } | { kind: 'url'; url: string };

export function noticeLocation(raw: string): NoticeLocation {
  const review = /^review:(\d+)$/.exec(raw);
  return review ? { kind: 'review', reviewId: Number(review[1]) } : { kind: 'url', url: raw };
}

/** Only web addresses become links: anything else is shown as text, never as a `javascript:` href. */
export const isWebAddress = (url: string) => /^https?:\/\//i.test(url);
