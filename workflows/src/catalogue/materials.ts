// The materials a centre may ask for, each with the OCR kind imaging/ classifies it as and the
// data-sharing source that proves it instead of paper (domain.md §3.2). Business types pick
// from this list so one material has one id, one name and one waiver everywhere.
import type { ChecklistFact, Localized, MaterialCondition, MaterialRequirement, MaterialSpec } from './catalogue.types';

export const MATERIALS = {
  id_card_front: {
    id: 'id_card_front',
    name: { zh: '居民身份证（人像面）', en: 'Resident ID card (photo side)' },
    ocrKind: 'id_card_front',
    provableBy: 'identity',
  },
  id_card_back: {
    id: 'id_card_back',
    name: { zh: '居民身份证（国徽面）', en: 'Resident ID card (emblem side)' },
    ocrKind: 'id_card_back',
    provableBy: 'identity',
  },
  bank_card: {
    id: 'bank_card',
    name: { zh: '本人一类银行卡（联名卡）', en: "Applicant's own Class-I bank card (joint card)" },
    ocrKind: 'bank_card',
  },
  hukou_booklet: {
    id: 'hukou_booklet',
    name: { zh: '户口簿', en: 'Household register (hukou booklet)' },
    ocrKind: 'other',
    provableBy: 'household',
  },
  hukou_cancellation: {
    id: 'hukou_cancellation',
    name: { zh: '户口注销或迁出证明', en: 'Proof of hukou cancellation or move-out' },
    ocrKind: 'other',
    provableBy: 'household',
  },
  marriage_certificate: {
    id: 'marriage_certificate',
    name: { zh: '结婚证', en: 'Marriage certificate' },
    ocrKind: 'marriage_certificate',
    provableBy: 'marriage',
  },
  spouse_id_card: {
    id: 'spouse_id_card',
    name: { zh: '配偶居民身份证', en: "Spouse's resident ID card" },
    ocrKind: 'id_card_front',
    provableBy: 'identity',
  },
  agent_id_card: {
    id: 'agent_id_card',
    name: { zh: '代办人身份证及授权委托书', en: "Agent's ID card and power of attorney" },
    ocrKind: 'other',
  },
  rental_contract: {
    id: 'rental_contract',
    name: { zh: '网签备案的房屋租赁合同', en: 'Lease filed on the rental platform' },
    ocrKind: 'rental_contract',
  },
  public_rental_contract: {
    id: 'public_rental_contract',
    name: { zh: '公共租赁住房租赁合同', en: 'Public rental housing lease' },
    ocrKind: 'rental_contract',
  },
  no_home_proof: {
    id: 'no_home_proof',
    name: { zh: '本市无房证明', en: 'Proof of owning no home in the city' },
    ocrKind: 'other',
    provableBy: 'property',
  },
  purchase_contract: {
    id: 'purchase_contract',
    name: { zh: '购房合同（网签备案）', en: 'Home purchase contract (online filing)' },
    ocrKind: 'purchase_contract',
    provableBy: 'property',
  },
  property_certificate: {
    id: 'property_certificate',
    name: { zh: '不动产权证书', en: 'Real-estate title certificate' },
    ocrKind: 'property_certificate',
    provableBy: 'property',
  },
  purchase_invoice: {
    id: 'purchase_invoice',
    name: { zh: '购房发票或契税完税凭证', en: 'Purchase invoice or deed-tax receipt' },
    ocrKind: 'other',
  },
  loan_contract_commercial: {
    id: 'loan_contract_commercial',
    name: { zh: '商业银行个人住房贷款合同', en: 'Commercial bank housing-loan contract' },
    ocrKind: 'other',
    provableBy: 'credit',
  },
  repayment_statement: {
    id: 'repayment_statement',
    name: { zh: '商业贷款还款流水', en: 'Commercial-loan repayment statement' },
    ocrKind: 'other',
    provableBy: 'credit',
  },
  bank_opinion_letter: {
    id: 'bank_opinion_letter',
    name: { zh: '原贷款银行意见书', en: "Original lender's opinion letter" },
    ocrKind: 'other',
  },
  retirement_certificate: {
    id: 'retirement_certificate',
    name: { zh: '退休证或养老金领取证明', en: 'Retirement certificate or pension record' },
    ocrKind: 'other',
    provableBy: 'social_security',
  },
  residence_abroad_proof: {
    id: 'residence_abroad_proof',
    name: { zh: '出境定居证明或境外永久居留证明', en: 'Proof of settlement or permanent residence abroad' },
    ocrKind: 'other',
  },
  passport: {
    id: 'passport',
    name: { zh: '护照', en: 'Passport' },
    ocrKind: 'other',
  },
  termination_proof: {
    id: 'termination_proof',
    name: { zh: '解除或终止劳动关系证明', en: 'Proof of employment termination' },
    ocrKind: 'other',
    provableBy: 'social_security',
  },
  diagnosis: {
    id: 'diagnosis',
    name: { zh: '二级以上医院诊断证明', en: 'Diagnosis from a grade-II or higher hospital' },
    ocrKind: 'other',
  },
  discharge_summary: {
    id: 'discharge_summary',
    name: { zh: '出院小结', en: 'Hospital discharge summary' },
    ocrKind: 'discharge_summary',
  },
  hospital_invoice: {
    id: 'hospital_invoice',
    name: { zh: '医疗费用票据', en: 'Medical invoices' },
    ocrKind: 'hospital_invoice',
  },
  insurance_settlement: {
    id: 'insurance_settlement',
    name: { zh: '医保结算单', en: 'Medical-insurance settlement statement' },
    ocrKind: 'other',
  },
  expropriation_agreement: {
    id: 'expropriation_agreement',
    name: { zh: '房屋征收（拆迁）补偿协议', en: 'Expropriation (relocation) compensation agreement' },
    ocrKind: 'other',
  },
  payment_receipt: {
    id: 'payment_receipt',
    name: { zh: '购房或差价款缴款凭证', en: 'Receipt for the purchase or price-difference payment' },
    ocrKind: 'other',
  },
  death_certificate: {
    id: 'death_certificate',
    name: { zh: '死亡证明或宣告死亡判决书', en: 'Death certificate or court declaration of death' },
    ocrKind: 'other',
    provableBy: 'household',
  },
  inheritance_proof: {
    id: 'inheritance_proof',
    name: { zh: '继承权公证书、法院判决或继承人协议', en: 'Notarised inheritance deed, court judgment or heirs’ agreement' },
    ocrKind: 'other',
  },
  will: {
    id: 'will',
    name: { zh: '遗嘱', en: 'Will' },
    ocrKind: 'other',
  },
  heirs_id_cards: {
    id: 'heirs_id_cards',
    name: { zh: '继承人身份证', en: "Heirs' ID cards" },
    ocrKind: 'id_card_front',
    provableBy: 'identity',
  },
  kinship_proof: {
    id: 'kinship_proof',
    name: { zh: '亲属关系证明', en: 'Proof of kinship' },
    ocrKind: 'other',
    provableBy: 'household',
  },
  renovation_contract: {
    id: 'renovation_contract',
    name: { zh: '装修合同', en: 'Renovation contract' },
    ocrKind: 'other',
  },
  renovation_invoices: {
    id: 'renovation_invoices',
    name: { zh: '装修电子发票', en: 'Renovation e-invoices' },
    ocrKind: 'other',
  },
  property_fee_bill: {
    id: 'property_fee_bill',
    name: { zh: '物业费账单或缴费凭证', en: 'Property-fee bill or receipt' },
    ocrKind: 'other',
  },
  income_proof: {
    id: 'income_proof',
    name: { zh: '收入证明', en: 'Proof of income' },
    ocrKind: 'other',
  },
  credit_authorisation: {
    id: 'credit_authorisation',
    name: { zh: '征信查询授权书', en: 'Authorisation to query the credit report' },
    ocrKind: 'other',
  },
  business_licence: {
    id: 'business_licence',
    name: { zh: '营业执照（统一社会信用代码）', en: 'Business licence (unified social credit code)' },
    ocrKind: 'other',
  },
  legal_rep_id: {
    id: 'legal_rep_id',
    name: { zh: '法定代表人身份证', en: "Legal representative's ID card" },
    ocrKind: 'id_card_front',
    provableBy: 'identity',
  },
  unit_authorisation: {
    id: 'unit_authorisation',
    name: { zh: '单位经办人授权书', en: "Unit's authorisation of its agent" },
    ocrKind: 'other',
  },
  wage_list: {
    id: 'wage_list',
    name: { zh: '上年度职工工资明细表', en: "Employees' previous-year wage list" },
    ocrKind: 'other',
  },
  seal_reason_proof: {
    id: 'seal_reason_proof',
    name: { zh: '单位注销、停业或无在职职工证明', en: 'Proof of dissolution, suspension or no staff' },
    ocrKind: 'other',
  },
  transfer_list: {
    id: 'transfer_list',
    name: { zh: '职工转移清册', en: 'List of employees to transfer' },
    ocrKind: 'other',
  },
  contribution_certificate: {
    id: 'contribution_certificate',
    name: { zh: '原缴存地账户信息（全国转移接续平台）', en: 'Previous-city account details (national transfer platform)' },
    ocrKind: 'other',
  },
} as const satisfies Record<string, MaterialSpec>;

export type MaterialId = keyof typeof MATERIALS;

/** An always-required material. */
export function required(id: MaterialId): MaterialRequirement {
  return MATERIALS[id];
}

/** A material needed only when `fact` has the value `when`. */
export function when(id: MaterialId, fact: ChecklistFact, whenValue: boolean, label: Localized): MaterialRequirement {
  const condition: MaterialCondition = { fact, when: whenValue, label };
  return { ...MATERIALS[id], condition };
}

// Conditions reused across business types, so the counter sees the same wording everywhere.
export const IF = {
  married: { zh: '已婚时', en: 'if married' },
  spouseCoApplies: { zh: '配偶共同提取时', en: 'if the spouse withdraws too' },
  agent: { zh: '委托他人代办时', en: 'if an agent applies' },
  rentAboveCap: { zh: '申请金额超过无材料限额时', en: 'if claiming above the no-material cap' },
  publicRental: { zh: '租住公共租赁住房时', en: 'if renting public housing' },
  resale: { zh: '购买二手房时', en: 'if buying a resale home' },
  foreigner: { zh: '外籍职工', en: 'for foreign nationals' },
  byWill: { zh: '遗嘱继承时', en: 'if inheriting by will' },
  reimbursed: { zh: '已医保报销时', en: 'if insurance has reimbursed part' },
} as const satisfies Record<string, Localized>;

/** ID card both sides, the card paid into and the agent's papers: almost every personal business. */
export const PERSONAL_BASE: readonly MaterialRequirement[] = [
  required('id_card_front'),
  required('id_card_back'),
  when('agent_id_card', 'agent_applies', true, IF.agent),
];
