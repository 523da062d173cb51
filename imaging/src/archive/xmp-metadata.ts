// XMP packet for the archive PDF: standard Dublin Core/XMP fields plus our own namespace with
// the receipt, material kinds, capturing clerk and the SHA-256 of every page image.
const esc = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

export interface XmpInput {
  readonly title: string;
  readonly receiptNumber: string;
  readonly businessType: string;
  readonly clerk: string;
  readonly capturedAt: Date;
  readonly materialKinds: readonly string[];
  readonly pageSha256: readonly string[];
}

export function xmpPacket(x: XmpInput): string {
  const li = (xs: readonly string[]): string => xs.map((v) => `<rdf:li>${esc(v)}</rdf:li>`).join('');
  return `<?xpacket begin="\uFEFF" id="W5M0MpCehiHzreSzNTczkc9d"?>
<x:xmpmeta xmlns:x="adobe:ns:meta/"><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">
<rdf:Description rdf:about="" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:xmp="http://ns.adobe.com/xap/1.0/" xmlns:pdf="http://ns.adobe.com/pdf/1.3/" xmlns:onetrip="urn:onetrip:archive:1">
<dc:title><rdf:Alt><rdf:li xml:lang="x-default">${esc(x.title)}</rdf:li></rdf:Alt></dc:title>
<dc:creator><rdf:Seq><rdf:li>${esc(x.clerk)}</rdf:li></rdf:Seq></dc:creator>
<xmp:CreateDate>${x.capturedAt.toISOString()}</xmp:CreateDate>
<pdf:Producer>OneTrip imaging</pdf:Producer>
<onetrip:receiptNumber>${esc(x.receiptNumber)}</onetrip:receiptNumber>
<onetrip:businessType>${esc(x.businessType)}</onetrip:businessType>
<onetrip:materialKinds><rdf:Seq>${li(x.materialKinds)}</rdf:Seq></onetrip:materialKinds>
<onetrip:pageSha256><rdf:Seq>${li(x.pageSha256)}</rdf:Seq></onetrip:pageSha256>
</rdf:Description></rdf:RDF></x:xmpmeta>
<?xpacket end="w"?>`;
}
