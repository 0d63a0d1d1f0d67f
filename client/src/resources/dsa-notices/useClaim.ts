import { useGetIdentity } from 'react-admin';
import { useNow } from '../../components/useNow.ts';
import { claimState, type ClaimState } from './noticeClock.ts';
import type { DsaNotice } from './noticeTypes.ts';

/** Who holds the notice, seen by the signed-in moderator: free, mine, another's, or another's lapsed claim. */
export function useClaim(notice: DsaNotice | undefined): ClaimState {
  const { identity } = useGetIdentity();
  const now = useNow();
  if (!notice) return 'free';
  return claimState(notice, identity?.id === undefined ? undefined : Number(identity.id), now);
}
