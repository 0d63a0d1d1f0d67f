// The shape of the transparency report for a period (DSA Art. 15(1)(b),(d) and 24(1)): what the
// server computes (server/services/transparency.ts) and the console shows, defined once here.

export interface TransparencyReport {
  period: { from: string; to: string };
  notices: {
    total: number;
    byCategory: { category: string; count: number }[];
    fromTrustedFlaggers: number;
    complete: number;
    withThreatToLife: number;
    manifestlyUnfounded: number;
  };
  actions: {
    total: number;
    byDecision: { decision: string; count: number }[];
    /** Art. 15(1)(b): actions on the basis of the law, and of the terms (per statement issued). */
    law: number;
    terms: number;
    automatedDetection: number;
    automatedDecision: number;
    medianHoursToAct: number | null;
  };
  statements: {
    total: number;
    bySource: { sourceType: string; count: number }[];
    byCategory: { category: string; count: number }[];
    automatedDetection: number;
    visibility: number;
    serviceSuspensions: number;
  };
  complaints: {
    total: number;
    byRole: { role: string; count: number }[];
    open: number;
    upheld: number;
    rejected: number;
    reversed: number;
    medianHoursToDecide: number | null;
  };
  escalations: number;
  misuse: { warnings: number; suspensions: { authors: number; notifiers: number } };
}
