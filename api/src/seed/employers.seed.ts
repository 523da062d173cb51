// ~2,000 Harbin employers: private companies (most of them, mostly small), state-owned groups,
// hospitals, schools, public institutions and government organs, each with a valid unified
// social credit code, a management office by district, and equal unit/employee rates.
import { DISTRICTS, workAddress, type District } from './harbin-places';
import { makeCreditCode, type CreditCodePrefix } from './identifiers';
import { WeightedPicker, type Rng } from './prng';
import { randomDate } from './seed-calendar';

export type EmployerKind = 'private' | 'state_group' | 'hospital' | 'school' | 'institution' | 'government';

export interface EmployerPlan {
  readonly id: string;
  readonly creditCode: string;
  readonly name: string;
  readonly address: string;
  readonly officeId: string;
  readonly kind: EmployerKind;
  readonly rateBp: number;
  readonly openedOn: string;
  /** Relative headcount: employees are assigned in proportion to it. */
  readonly weight: number;
}

/** The office that manages units registered in each district (the former counties go to the nearest). */
const OFFICE_BY_DISTRICT: Readonly<Record<string, string>> = {
  道里区: 'HRB-DL', 南岗区: 'HRB-NG', 道外区: 'HRB-DW', 香坊区: 'HRB-XF', 松北区: 'HRB-SB',
  平房区: 'HRB-PF', 呼兰区: 'HRB-SB', 阿城区: 'HRB-PF', 双城区: 'HRB-XF',
};

const KINDS = new WeightedPicker<EmployerKind>([
  ['private', 76], ['state_group', 4], ['hospital', 3], ['school', 8], ['institution', 5], ['government', 4],
]);

const PREFIX: Readonly<Record<EmployerKind, CreditCodePrefix>> = {
  private: '91', state_group: '91', hospital: '12', school: '12', institution: '12', government: '11',
};

/** Headcount factor: public bodies and groups are larger than the typical private firm. */
const SIZE: Readonly<Record<EmployerKind, number>> = {
  private: 1, state_group: 12, hospital: 8, school: 3, institution: 2, government: 3,
};

const BRAND = ['龙', '冰', '鑫', '华', '北', '松', '天', '恒', '金', '宏', '博', '瑞', '众', '新', '东', '百', '汇', '嘉', '盛', '兴', '远', '通', '泰', '昌', '达', '丰', '源', '佳', '宇', '诚', '信', '锦'] as const;
const INDUSTRY = [
  '科技', '信息技术', '建设', '建筑工程', '商贸', '食品', '医药', '物流', '机械制造', '电子', '餐饮管理', '物业管理',
  '房地产开发', '农业发展', '文化传媒', '教育咨询', '汽车销售', '环保科技', '电力设备', '软件', '装饰工程', '酒店管理',
] as const;
const SUFFIX = new WeightedPicker<string>([['有限公司', 60], ['有限责任公司', 25], ['股份有限公司', 10], ['集团有限公司', 5]]);
const BUREAUS = [
  '人民政府办公室', '财政局', '教育局', '卫生健康局', '民政局', '住房和城乡建设局', '自然资源局', '市场监督管理局',
  '人力资源和社会保障局', '城市管理局', '发展和改革局', '司法局', '应急管理局', '统计局',
] as const;
const CENTRES = ['不动产登记中心', '政务服务中心', '疾病预防控制中心', '公共就业服务中心', '社会保险事业中心', '退役军人服务中心', '档案馆', '图书馆', '少年宫', '市政设施养护中心'] as const;

const short = (d: District) => d.name.replace(/区$/, '');

function employerName(rng: Rng, kind: EmployerKind, district: District): string {
  const brand = rng.pick(BRAND) + rng.pick(BRAND);
  switch (kind) {
    case 'private':
      return `${rng.pick(['哈尔滨', '哈尔滨市', '黑龙江', '黑龙江省'])}${brand}${rng.pick(INDUSTRY)}${SUFFIX.pick(rng)}`;
    case 'state_group':
      return `${rng.pick(['黑龙江省', '哈尔滨'])}${brand}${rng.pick(['投资', '建工', '交通', '能源', '水务', '城建', '粮食', '农垦'])}集团有限公司`;
    case 'hospital':
      return rng.chance(0.5)
        ? `哈尔滨市第${rng.int(1, 30)}医院`
        : `哈尔滨市${district.name}${rng.pick(district.streets)}社区卫生服务中心`;
    case 'school':
      return rng.pick([
        () => `哈尔滨市第${rng.int(1, 180)}中学校`,
        () => `哈尔滨市${district.name}${rng.pick(district.streets)}小学校`,
        () => `哈尔滨市${short(district)}区第${rng.int(1, 40)}幼儿园`,
      ])();
    case 'institution':
      return rng.chance(0.5)
        ? `哈尔滨市${district.name}${rng.pick(CENTRES)}`
        : `哈尔滨市${district.name}${rng.pick(district.streets)}${rng.pick(['街道综合服务中心', '社区服务中心', '文化站', '网格管理中心'])}`;
    case 'government':
      return rng.chance(0.7)
        ? `哈尔滨市${district.name}${rng.pick(BUREAUS)}`
        : `哈尔滨市${district.name}人民政府${rng.pick(district.streets).replace(/(大街|大道|路|街)$/, '')}街道办事处`;
  }
}

/** Harbin's private firms often pay the 5 % minimum; public bodies pay 12 %. */
const PRIVATE_RATES = new WeightedPicker<number>([[500, 45], [800, 15], [1000, 15], [1200, 20], [600, 2], [700, 1], [900, 1], [1100, 1]]);

export function planEmployers(rng: Rng, count: number): EmployerPlan[] {
  const names = new Set<string>();
  const codes = new Set<string>();
  const employers: EmployerPlan[] = [];
  for (let i = 0; i < count; i++) {
    let kind = KINDS.pick(rng);
    const district = rng.pick(DISTRICTS);
    let name = employerName(rng, kind, district);
    // Public bodies have few possible names; once a district's are used up, the unit is a firm.
    for (let tries = 0; names.has(name); tries++) {
      if (tries === 20) kind = 'private';
      name = employerName(rng, kind, district);
    }
    names.add(name);
    const isPublic = kind !== 'private';
    employers.push({
      id: `E${String(i + 1).padStart(6, '0')}`,
      creditCode: makeCreditCode(rng, PREFIX[kind], district.code, codes),
      name,
      address: workAddress(rng, district),
      officeId: OFFICE_BY_DISTRICT[district.name]!,
      kind,
      rateBp: isPublic ? (rng.chance(0.9) ? 1200 : 1000) : PRIVATE_RATES.pick(rng),
      openedOn: randomDate(rng, isPublic ? '1999-01-01' : '2002-01-01', '2025-06-30'),
      // A heavy-tailed size: most units have a handful of staff, a few have hundreds.
      weight: SIZE[kind] * Math.min(150, Math.pow(1 - rng.next(), -0.9)),
    });
  }
  return employers;
}
