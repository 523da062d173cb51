import { describe, expect, it } from 'vitest';
import { PDFDocument } from 'pdf-lib';
import { buildTextDocumentPdf } from './text-document-pdf';

describe('buildTextDocumentPdf', () => {
  const input = {
    title: '住房公积金贷款审批书',
    subtitle: '受理编号 SL20261120DL0001',
    sections: [
      { heading: '借款人', rows: [['姓名', '刘晓明'], ['贷款金额', '¥500,000.00']] as [string, string][] },
      { heading: '说明', paragraphs: ['请于审批书出具之日起三十日内，携带本人身份证原件到所选委托银行网点签订借款合同。'.repeat(12)] },
    ],
    qrPayload: '/progress?receipt=SL20261120DL0001',
    footer: '哈尔滨住房公积金管理中心',
    metadata: { author: 'OneTrip', subject: 'loan approval', keywords: ['SL20261120DL0001'], createdAt: new Date('2026-11-20T02:00:00Z') },
  };

  it('lays out a searchable Chinese document with its metadata, deterministically', async () => {
    const a = await buildTextDocumentPdf(input);
    const b = await buildTextDocumentPdf(input);
    expect(a.sha256).toBe(b.sha256);
    expect(a.bytes.subarray(0, 5).toString()).toBe('%PDF-');
    const doc = await PDFDocument.load(a.bytes, { updateMetadata: false });
    expect(doc.getTitle()).toBe('住房公积金贷款审批书');
    expect(doc.getKeywords()).toContain('SL20261120DL0001');
    // The font is a subset: the document stays small.
    expect(a.bytes.length).toBeLessThan(120_000);
  });

  it('flows onto a second page when the content is long', async () => {
    const long = await buildTextDocumentPdf({ ...input, sections: [{ paragraphs: Array(80).fill('材料清单第一项：申请人身份证原件。') }] });
    expect(long.pages).toBeGreaterThan(1);
  });
});
