// Mobile numbers on the counter screen: 138****5678, enough to confirm with the applicant.
export function maskMobile(mobile: string): string {
  return mobile.length === 11 ? `${mobile.slice(0, 3)}****${mobile.slice(-4)}` : '*'.repeat(mobile.length);
}
