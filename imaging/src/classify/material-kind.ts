export const MATERIAL_KINDS = [
  'id_card_front', 'id_card_back', 'bank_card', 'marriage_certificate', 'rental_contract',
  'hospital_invoice', 'discharge_summary', 'purchase_contract', 'property_certificate', 'other',
] as const;
export type MaterialKind = (typeof MATERIAL_KINDS)[number];
