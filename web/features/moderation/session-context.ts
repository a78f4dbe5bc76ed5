import { createContext, useContext } from 'react';
import type { SessionInfo } from '../../../contract/auth.ts';

export type StaffSessionValue = {
  user: SessionInfo['user'];
  signOut: () => void;
  /** Tell the workspace the pending count may have changed (after a decision). */
  refreshBadge: () => void;
};

export const StaffSessionContext = createContext<StaffSessionValue | null>(null);

export function useStaffSession(): StaffSessionValue {
  const value = useContext(StaffSessionContext);
  if (!value) throw new Error('useStaffSession is used outside the staff workspace');
  return value;
}
