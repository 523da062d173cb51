// Employer (单位) and employee account business, domain.md §5–6. Statistical codes are the
// collection-side business codes of §2.3.
import type { BusinessType, Localized } from './catalogue.types';
import { required } from './materials';
import { SERVICE_REVIEW, STEP } from './routes';

const SERVICE_SLA = 3; // Transfer-in acceptance is ≤ 3 working days (§7.1); unit matters follow it.

const UNIT_STEPS: readonly Localized[] = [
  { zh: '单位经办人登录网上服务大厅填报并上传材料', en: "The unit's agent fills in the form in the online hall and uploads the materials" },
  STEP.backOffice,
  { zh: '办结后网上推送结果', en: 'The result is pushed online when done' },
];

const UNIT_MATERIALS = [required('business_licence'), required('unit_authorisation')];

const unit = {
  category: 'employer',
  channels: ['online', 'counter'],
  eligibilityRules: ['employer.account_status'],
  amountRule: { kind: 'none' },
  review: SERVICE_REVIEW,
  slaWorkingDays: SERVICE_SLA,
  fulfilment: 'none',
  closesAccount: false,
  atMostOneTrip: true,
  fullyOnline: true,
} as const;

export const EMPLOYER_TYPES: readonly BusinessType[] = [
  {
    ...unit,
    code: 'employer.open_account',
    statisticalCode: { list: 'collection_business', code: '03' },
    name: { zh: '单位登记开户（网上预约）', en: 'Employer account opening (online appointment)' },
    materials: [...UNIT_MATERIALS, required('legal_rep_id')],
    fullyOnline: false,
    guide: {
      purpose: {
        zh: '新设立单位在成立30日内登记开户；网上预约时预先填报单位信息，到柜台一次办结。',
        en: 'A new unit registers within 30 days of being set up; its data is entered with the online appointment so the counter visit is one short one.',
      },
      whoMayApply: { zh: '新设立的企业、机关、事业单位及其他组织。', en: 'Newly founded companies, agencies, institutions and other organisations.' },
      steps: [
        { zh: '网上预约并预先填报单位信息', en: 'Book online and enter the unit data in advance' },
        { zh: '携营业执照等材料到预约网点，当场核验开户', en: 'Bring the licence to the booked window; the account is opened on the spot' },
        { zh: '开户后20日内为职工设立个人账户', en: 'Open the employees’ accounts within 20 days' },
      ],
    },
  },
  {
    ...unit,
    code: 'employer.base_adjustment',
    statisticalCode: { list: 'collection_business', code: '10' },
    name: { zh: '缴存基数调整', en: 'Contribution base adjustment' },
    eligibilityRules: ['employer.account_status', 'employer.base_within_bounds'],
    materials: [required('wage_list')],
    guide: {
      purpose: { zh: '每个缴存年度按职工上年度月平均工资调整缴存基数，不高于上限、不低于下限。', en: 'Each fund year the base is reset to the previous-year average monthly wage, within the cap and floor.' },
      whoMayApply: { zh: '正常缴存的单位。', en: 'Units in normal contributing status.' },
      steps: UNIT_STEPS,
    },
  },
  {
    ...unit,
    code: 'employer.seal',
    statisticalCode: { list: 'collection_business', code: '05' },
    name: { zh: '单位封存', en: 'Seal a unit account' },
    materials: [...UNIT_MATERIALS, required('seal_reason_proof')],
    guide: {
      purpose: { zh: '单位无在职职工、停业或注销时封存单位账户。', en: 'Seals the unit account when it has no staff, has suspended business or is dissolved.' },
      whoMayApply: { zh: '正常缴存的单位。', en: 'Units in normal contributing status.' },
      steps: UNIT_STEPS,
    },
  },
  {
    ...unit,
    code: 'employer.unseal',
    statisticalCode: { list: 'collection_business', code: '04' },
    name: { zh: '单位启封', en: 'Unseal a unit account' },
    materials: UNIT_MATERIALS,
    guide: {
      purpose: { zh: '封存单位恢复经营、重新缴存时启封账户。', en: 'Unseals the account when a sealed unit resumes and contributes again.' },
      whoMayApply: { zh: '账户处于封存状态的单位。', en: 'Units whose account is sealed.' },
      steps: UNIT_STEPS,
    },
  },
  {
    ...unit,
    code: 'employer.transfer_employees',
    statisticalCode: { list: 'collection_business', code: '06' },
    name: { zh: '职工账户内部转移', en: 'Transfer of employees between units' },
    materials: [required('transfer_list')],
    guide: {
      purpose: { zh: '职工在本市单位间调动时，将个人账户从原单位转入新单位。', en: 'Moves employees’ accounts from the old unit to the new one within the city.' },
      whoMayApply: { zh: '职工调入的新单位。', en: 'The unit the employees move to.' },
      steps: UNIT_STEPS,
    },
  },
];

export const EMPLOYEE_TYPES: readonly BusinessType[] = [
  {
    ...unit,
    category: 'employee',
    code: 'employee.transfer_in',
    statisticalCode: { list: 'collection_business', code: '08' },
    name: { zh: '异地转移接续（转入）', en: 'Cross-city transfer in' },
    eligibilityRules: ['employee.transfer_in_account'],
    materials: [required('id_card_front'), required('contribution_certificate')],
    guide: {
      purpose: {
        zh: '在本市新开户的职工，将原缴存城市的公积金经全国转移接续平台转入，缴存时间连续计算。',
        en: 'An employee with a new account here moves the fund from the previous city through the national platform; contribution time carries over.',
      },
      whoMayApply: { zh: '已在本市开立个人账户且原账户未销户的职工。', en: 'Employees with an account here whose previous-city account is still open.' },
      steps: [STEP.applyOnline, { zh: '转入中心3个工作日内核实并提交平台', en: 'This centre verifies and submits to the platform within 3 working days' }, { zh: '资金到账后短信通知', en: 'You get an SMS when the funds arrive' }],
    },
  },
];
