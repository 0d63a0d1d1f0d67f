/** 1 GB = 1024 MB (docs/MONEY.md: decision taken for this project). */
export const MB_PER_GB = 1024;

export const gbToMb = (gb: number): number => gb * MB_PER_GB;

/** Lower-cased and trimmed: e-mails compare case-insensitively after trimming (docs/RULES.md "Accounts"). */
export const normalizeEmail = (email: string): string => email.trim().toLowerCase();

// Deliberately plain: one @, a dot in the domain, no spaces; what a customer can actually receive mail at.
const EMAIL = /^[^\s@]{1,64}@[^\s@]+\.[^\s@]{2,}$/;
export const isValidEmail = (email: string): boolean => email.length <= 254 && EMAIL.test(email);
