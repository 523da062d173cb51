// Chinese personal names for the demo population: surnames weighted roughly by their national
// frequency (公安部 2020 surname ranking, top 60), given names of one or two characters drawn
// from gender-typical and neutral character pools.
import { WeightedPicker, type Rng } from './prng';

const SURNAMES = new WeightedPicker<string>([
  ['王', 74], ['李', 72], ['张', 68], ['刘', 54], ['陈', 46], ['杨', 33], ['黄', 25], ['赵', 22],
  ['吴', 21], ['周', 20], ['徐', 15], ['孙', 15], ['马', 14], ['朱', 14], ['胡', 13], ['郭', 12],
  ['何', 12], ['林', 11], ['高', 11], ['罗', 10], ['郑', 10], ['梁', 9], ['谢', 8], ['宋', 7],
  ['唐', 7], ['许', 7], ['韩', 7], ['邓', 6], ['冯', 6], ['曹', 6], ['彭', 6], ['曾', 5],
  ['肖', 5], ['田', 5], ['董', 5], ['潘', 5], ['袁', 5], ['蔡', 4], ['蒋', 4], ['余', 4],
  ['于', 4], ['杜', 4], ['叶', 4], ['程', 4], ['魏', 4], ['苏', 4], ['吕', 4], ['丁', 4],
  ['任', 3], ['卢', 3], ['姚', 3], ['沈', 3], ['钟', 3], ['姜', 3], ['崔', 3], ['谭', 3],
  ['陆', 3], ['范', 3], ['汪', 3], ['廖', 3], ['石', 3], ['金', 3], ['韦', 2], ['贾', 3],
  ['夏', 2], ['付', 2], ['方', 2], ['邹', 2], ['孟', 2], ['白', 2], ['尹', 2], ['常', 2],
  ['关', 2], ['隋', 1], ['富', 1], ['那', 1], ['欧阳', 1], ['司马', 0.2], ['上官', 0.2],
]);

const MALE = [
  '伟', '强', '军', '磊', '勇', '杰', '涛', '斌', '超', '明', '刚', '平', '辉', '鹏', '华', '飞',
  '鑫', '波', '宇', '浩', '凯', '健', '俊', '帆', '亮', '成', '龙', '峰', '东', '庆', '国', '兵',
  '松', '博', '铭', '轩', '睿', '泽', '航', '晨', '旭', '彬', '武', '德', '义', '江', '山', '林',
] as const;
const FEMALE = [
  '丽', '娟', '敏', '静', '燕', '芳', '婷', '雪', '红', '霞', '玲', '萍', '颖', '佳', '欣', '怡',
  '琳', '晶', '洁', '倩', '璐', '悦', '雯', '媛', '莉', '艳', '娜', '慧', '琪', '薇', '楠', '婧',
  '梅', '兰', '凤', '秀', '英', '月', '蕾', '菲', '露', '妍', '茜', '瑶', '萱', '涵', '诗', '彤',
] as const;
const NEUTRAL = [
  '晓', '文', '海', '建', '志', '永', '春', '宏', '立', '新', '子', '一', '思', '嘉', '雨', '天',
  '小', '金', '玉', '长', '振', '云', '和', '少', '家', '世', '光', '星', '宁', '安', '乐', '卓',
] as const;

export type Sex = 'male' | 'female';

/** A full name such as 王志刚 or 李静. One character given names are about a quarter. */
export function personName(rng: Rng, sex: Sex): string {
  const surname = SURNAMES.pick(rng);
  const own = sex === 'male' ? MALE : FEMALE;
  if (rng.chance(0.25)) return surname + rng.pick(own);
  const first = rng.chance(0.55) ? rng.pick(NEUTRAL) : rng.pick(own);
  let second = rng.pick(own);
  if (second === first) second = rng.pick(own);
  return surname + first + second;
}

const ETHNICITIES = new WeightedPicker<string>([
  ['汉', 930], ['满', 40], ['朝鲜', 10], ['蒙古', 5], ['回', 10], ['锡伯', 2], ['达斡尔', 1], ['鄂温克', 1], ['赫哲', 1],
]);

/** Heilongjiang is mostly Han, with Manchu, Korean, Mongol and Hui minorities. */
export function ethnicity(rng: Rng): string {
  return ETHNICITIES.pick(rng);
}
