// The address a receipt's QR code (and a loan approval letter's) encodes: the public progress
// page with the receipt number filled in (web: features/progress). A phone's camera opens only a
// whole address, so it is built on the public base address, never a bare path.
export function progressUrl(publicUrl: string, receiptNo: string): string {
  const url = new URL('/progress', publicUrl);
  url.searchParams.set('receipt', receiptNo);
  return url.href;
}
