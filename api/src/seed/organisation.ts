// The demo center's organisation, modelled on Harbin: 6 main offices, 9 entrusted banks whose
// windows sit inside them (mission.md req. 14), and 30 staff across the five roles.
import type { Transaction } from 'kysely';
import type { DB, StaffRole } from '../db/schema';
import { hashPassword } from '../modules/auth/password';

export const DEMO_PASSWORD = 'onetrip-demo';

export const OFFICES = [
  { id: 'HRB-DL', name_zh: '道里管理部', name_en: 'Daoli Office', district: '道里区', address: '哈尔滨市道里区友谊路 217 号' },
  { id: 'HRB-NG', name_zh: '南岗管理部', name_en: 'Nangang Office', district: '南岗区', address: '哈尔滨市南岗区红军街 56 号' },
  { id: 'HRB-DW', name_zh: '道外管理部', name_en: 'Daowai Office', district: '道外区', address: '哈尔滨市道外区景阳街 112 号' },
  { id: 'HRB-XF', name_zh: '香坊管理部', name_en: 'Xiangfang Office', district: '香坊区', address: '哈尔滨市香坊区中山路 333 号' },
  { id: 'HRB-SB', name_zh: '松北管理部', name_en: 'Songbei Office', district: '松北区', address: '哈尔滨市松北区世茂大道 88 号' },
  { id: 'HRB-PF', name_zh: '平房管理部', name_en: 'Pingfang Office', district: '平房区', address: '哈尔滨市平房区友协大街 45 号' },
] as const;

export const BANKS = [
  { id: 'ICBC', name_zh: '中国工商银行', name_en: 'Industrial and Commercial Bank of China', short_zh: '工行' },
  { id: 'ABC', name_zh: '中国农业银行', name_en: 'Agricultural Bank of China', short_zh: '农行' },
  { id: 'BOC', name_zh: '中国银行', name_en: 'Bank of China', short_zh: '中行' },
  { id: 'CCB', name_zh: '中国建设银行', name_en: 'China Construction Bank', short_zh: '建行' },
  { id: 'BOCOM', name_zh: '交通银行', name_en: 'Bank of Communications', short_zh: '交行' },
  { id: 'PSBC', name_zh: '中国邮政储蓄银行', name_en: 'Postal Savings Bank of China', short_zh: '邮储' },
  { id: 'HRBB', name_zh: '哈尔滨银行', name_en: 'Harbin Bank', short_zh: '哈行' },
  { id: 'LJB', name_zh: '龙江银行', name_en: 'Longjiang Bank', short_zh: '龙江' },
  { id: 'CMB', name_zh: '招商银行', name_en: 'China Merchants Bank', short_zh: '招行' },
] as const;

/** Which banks keep a window in which office (every bank appears somewhere; 21 windows). */
const WINDOWS_BY_OFFICE: Record<string, readonly string[]> = {
  'HRB-DL': ['ICBC', 'CCB', 'HRBB', 'CMB'],
  'HRB-NG': ['ICBC', 'BOC', 'CCB', 'BOCOM'],
  'HRB-DW': ['ABC', 'PSBC', 'HRBB'],
  'HRB-XF': ['ABC', 'CCB', 'LJB'],
  'HRB-SB': ['BOC', 'HRBB', 'CMB', 'LJB'],
  'HRB-PF': ['ICBC', 'PSBC', 'LJB'],
};

export const WINDOWS = Object.entries(WINDOWS_BY_OFFICE).flatMap(([officeId, banks]) =>
  banks.map((bankId, i) => ({ id: `${officeId}-W${i + 1}`, office_id: officeId, bank_id: bankId, window_no: i + 1 })),
);

interface DemoStaff {
  readonly username: string;
  readonly name: string;
  readonly role: StaffRole;
  readonly officeId: string;
  readonly windowId: string | null;
}

const NAMES = [
  '王丽娟', '李志刚', '张海燕', '刘建国', '陈晓梅', '杨波', '赵静', '黄宇', '周敏', '吴俊杰',
  '徐芳', '孙立新', '马春燕', '朱伟', '胡秀英', '郭磊', '何佳', '高峰', '林晓东', '罗娜',
  '郑国庆', '梁红', '谢明', '宋雨桐', '唐志强', '韩雪', '冯涛', '于洋', '董丽', '曹晨',
] as const;

/** 12 clerks (two per office, each at a bank window), 8 reviewers, 4 approvers, 4 supervisors, 2 admins. */
export function demoStaff(): DemoStaff[] {
  const staff: DemoStaff[] = [];
  let n = 0;
  const next = () => NAMES[n++]!;
  OFFICES.forEach((o, i) => {
    for (let k = 0; k < 2; k++) {
      staff.push({ username: `clerk${String(i * 2 + k + 1).padStart(2, '0')}`, name: next(), role: 'clerk', officeId: o.id, windowId: `${o.id}-W${k + 1}` });
    }
  });
  const backOffice = (role: StaffRole, prefix: string, count: number) => {
    for (let k = 0; k < count; k++) {
      staff.push({ username: `${prefix}${String(k + 1).padStart(2, '0')}`, name: next(), role, officeId: OFFICES[k % OFFICES.length]!.id, windowId: null });
    }
  };
  backOffice('reviewer', 'reviewer', 8);
  backOffice('approver', 'approver', 4);
  backOffice('supervisor', 'supervisor', 4);
  backOffice('admin', 'admin', 2);
  return staff;
}

export async function seedOrganisation(trx: Transaction<DB>): Promise<DemoStaff[]> {
  await trx.insertInto('offices').values([...OFFICES]).execute();
  await trx.insertInto('banks').values([...BANKS]).execute();
  await trx.insertInto('bank_windows').values(WINDOWS).execute();
  const staff = demoStaff();
  // One hash for the shared demo password keeps seeding fast; each real account gets its own.
  const hash = await hashPassword(DEMO_PASSWORD);
  await trx
    .insertInto('staff')
    .values(staff.map((s, i) => ({
      id: `S${String(i + 1).padStart(3, '0')}`,
      username: s.username,
      display_name: s.name,
      role: s.role,
      office_id: s.officeId,
      window_id: s.windowId,
      password_hash: hash,
    })))
    .execute();
  return staff;
}
