// The extractor for each material kind; a page classified 'other' has no fields (the clerk
// types what the case needs).
import type { MaterialKind } from '../classify/material-kind';
import type { OcrResult } from '../ocr/ocr-result';
import { extractBankCard } from './bank-card';
import { extractMarriageCertificate, extractPropertyCertificate } from './certificates';
import { extractPurchaseContract, extractRentalContract } from './contracts';
import { extractDischargeSummary } from './discharge-summary';
import type { ExtractContext } from './extract-context';
import type { ExtractedField } from './extracted-field';
import { extractHospitalInvoice } from './hospital-invoice';
import { extractIdCardBack } from './id-card-back';
import { extractIdCardFront } from './id-card-front';

export async function extractFields(kind: MaterialKind, ocr: OcrResult, ctx: ExtractContext): Promise<ExtractedField[]> {
  switch (kind) {
    case 'id_card_front':
      return extractIdCardFront(ocr, ctx);
    case 'id_card_back':
      return extractIdCardBack(ocr);
    case 'bank_card':
      return extractBankCard(ocr, ctx);
    case 'rental_contract':
      return extractRentalContract(ocr);
    case 'hospital_invoice':
      return extractHospitalInvoice(ocr);
    case 'purchase_contract':
      return extractPurchaseContract(ocr);
    case 'marriage_certificate':
      return extractMarriageCertificate(ocr, ctx);
    case 'property_certificate':
      return extractPropertyCertificate(ocr);
    case 'discharge_summary':
      return extractDischargeSummary(ocr);
    case 'other':
      return [];
  }
}
