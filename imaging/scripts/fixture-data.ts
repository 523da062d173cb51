// Deterministic fake people, cards and amounts for the fixture corpus. Every ID number and
// card number is valid (check digit / Luhn) and belongs to nobody.
import { idNumberCheckChar, luhnCheckDigit } from '@onetrip/workflows';

export type Rng = () => number;

/** mulberry32: small, seeded, good enough for fixtures */
export function seeded(seed: number): Rng {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export const pick = <T>(rng: Rng, xs: readonly T[]): T => xs[Math.floor(rng() * xs.length)]!;
export const int = (rng: Rng, lo: number, hi: number): number => lo + Math.floor(rng() * (hi - lo + 1));
const pad = (n: number, w = 2): string => String(n).padStart(w, '0');

const SURNAMES = ['王', '李', '张', '刘', '陈', '杨', '赵', '黄', '周', '吴', '徐', '孙', '马', '朱', '胡', '郭', '何', '林', '罗', '高'];
const GIVEN = ['伟', '芳', '娜', '秀英', '敏', '静', '丽', '强', '磊', '军', '洋', '勇', '艳', '杰', '娟', '涛', '明', '超', '秀兰', '霞', '平', '刚', '桂英', '建华', '志强', '海燕'];
const AREAS = [
  { code: '340104', text: '安徽省合肥市蜀山区' },
  { code: '340102', text: '安徽省合肥市瑶海区' },
  { code: '110105', text: '北京市朝阳区' },
  { code: '310104', text: '上海市徐汇区' },
  { code: '440305', text: '广东省深圳市南山区' },
  { code: '320102', text: '江苏省南京市玄武区' },
];
const STREETS = ['长江西路', '黄山路', '望江东路', '金寨路', '合作化南路', '潜山路', '翡翠路', '芙蓉路'];
const ETHNIC = ['汉', '汉', '汉', '汉', '回', '满', '壮'];
const HOSPITALS = ['合肥市第一人民医院', '安徽医科大学第一附属医院', '安徽省立医院', '合肥市第二人民医院', '蜀山区人民医院'];
const BANKS = [
  { name: '中国建设银行', bin: '621700' },
  { name: '中国工商银行', bin: '622202' },
  { name: '中国农业银行', bin: '622848' },
  { name: '中国银行', bin: '621661' },
  { name: '徽商银行', bin: '622651' },
];

export interface Person {
  readonly name: string;
  readonly sex: '男' | '女';
  readonly ethnicity: string;
  readonly birthDate: string;
  readonly address: string;
  readonly idNumber: string;
  readonly areaText: string;
}

export function person(rng: Rng): Person {
  const area = pick(rng, AREAS);
  const y = int(rng, 1960, 2002);
  const m = int(rng, 1, 12);
  const d = int(rng, 1, 28);
  const sexDigit = int(rng, 0, 9);
  const first17 = `${area.code}${y}${pad(m)}${pad(d)}${pad(int(rng, 0, 99))}${sexDigit}`;
  const address = `${area.text}${pick(rng, STREETS)}${int(rng, 1, 399)}号${pick(rng, ['', '阳光小区', '翠竹园', '和平苑'])}${int(rng, 1, 30)}栋${int(rng, 101, 2806)}室`;
  return {
    name: pick(rng, SURNAMES) + pick(rng, GIVEN),
    sex: sexDigit % 2 === 1 ? '男' : '女',
    ethnicity: pick(rng, ETHNIC),
    birthDate: `${y}-${pad(m)}-${pad(d)}`,
    address,
    idNumber: first17 + idNumberCheckChar(first17),
    areaText: area.text,
  };
}

export function bankCard(rng: Rng): { bank: string; number: string } {
  const bank = pick(rng, BANKS);
  const len = pick(rng, [16, 19]);
  let partial = bank.bin;
  while (partial.length < len - 1) partial += String(int(rng, 0, 9));
  return { bank: bank.name, number: partial + luhnCheckDigit(partial) };
}

export const hospital = (rng: Rng): string => pick(rng, HOSPITALS);
export const street = (rng: Rng): string => `${pick(rng, AREAS).text}${pick(rng, STREETS)}${int(rng, 1, 399)}号${int(rng, 1, 30)}栋${int(rng, 101, 2806)}室`;
export const date = (rng: Rng, fromYear: number, toYear: number): string =>
  `${int(rng, fromYear, toYear)}-${pad(int(rng, 1, 12))}-${pad(int(rng, 1, 28))}`;

const DIGITS = '零壹贰叁肆伍陆柒捌玖';
const UNITS = ['', '拾', '佰', '仟'];

/** 1234.5 yuan in fen → 壹仟贰佰叁拾肆元伍角整 (the way Chinese invoices write amounts) */
export function chineseUpper(fen: number): string {
  const yuan = Math.floor(fen / 100);
  const jiao = Math.floor(fen / 10) % 10;
  const f = fen % 10;
  const section = (n: number): string => {
    let s = '';
    let zero = false;
    for (let i = 3; i >= 0; i--) {
      const d = Math.floor(n / 10 ** i) % 10;
      if (d === 0) {
        zero = s.length > 0;
      } else {
        if (zero) s += '零';
        zero = false;
        s += DIGITS[d]! + UNITS[i]!;
      }
    }
    return s;
  };
  const wan = Math.floor(yuan / 10000);
  const rest = yuan % 10000;
  let out = '';
  if (wan) out += section(wan) + '万';
  if (rest) out += (wan && rest < 1000 ? '零' : '') + section(rest);
  out = (out || '零') + '元';
  if (!jiao && !f) return out + '整';
  if (jiao) out += DIGITS[jiao]! + '角';
  else out += '零';
  if (f) out += DIGITS[f]! + '分';
  return out;
}

export function yuanText(fen: number): string {
  const y = Math.floor(fen / 100).toLocaleString('en-US');
  return `${y}.${pad(fen % 100)}`;
}
