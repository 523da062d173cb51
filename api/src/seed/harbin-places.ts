// Harbin's urban districts (GB/T 2260 codes), their streets and residential compounds, and the
// police branches that issue ID cards there. Street names are real Harbin streets; compounds
// and house numbers are invented.
import type { Rng } from './prng';

export interface District {
  readonly code: string;
  readonly name: string;
  readonly streets: readonly string[];
}

export const DISTRICTS: readonly District[] = [
  { code: '230102', name: '道里区', streets: ['中央大街', '友谊路', '经纬街', '安静街', '地段街', '尚志大街', '新阳路', '顾乡大街', '爱建路', '群力大道'] },
  { code: '230103', name: '南岗区', streets: ['红军街', '西大直街', '东大直街', '果戈里大街', '学府路', '宣化街', '和兴路', '中山路', '长江路', '黄河路'] },
  { code: '230104', name: '道外区', streets: ['靖宇街', '景阳街', '南勋街', '南直路', '北新街', '承德街', '太古街', '大有坊街'] },
  { code: '230108', name: '平房区', streets: ['友协大街', '新疆大街', '联盟大街', '哈南一路', '保国大街', '兴平路'] },
  { code: '230109', name: '松北区', streets: ['世茂大道', '中源大道', '松北大道', '创新一路', '祥安北大街', '利民大道'] },
  { code: '230110', name: '香坊区', streets: ['中山路', '红旗大街', '三大动力路', '香坊大街', '进乡街', '公滨路', '油坊街', '旭升街'] },
  { code: '230111', name: '呼兰区', streets: ['南大街', '北大街', '利民路', '南京路', '呼兰大街'] },
  { code: '230112', name: '阿城区', streets: ['延川大街', '金源大街', '通城街', '上京大街', '解放大街'] },
  { code: '230113', name: '双城区', streets: ['友谊路', '承旭路', '东直路', '西直路', '新兴大街'] },
];

/** Most people live in the central districts; the former counties are smaller. */
export const DISTRICT_WEIGHTS: readonly number[] = [16, 22, 12, 6, 8, 16, 7, 6, 7];

const COMPOUNDS = [
  '阳光小区', '和谐家园', '江畔花园', '金色家园', '盛和世纪', '新天地', '保利公园', '恒大城', '万达公馆',
  '中海国际', '融创府', '松花江畔', '学府华庭', '丁香园', '锦绣华城', '红旗小区', '群力新城', '哈西万达',
  '清滨小区', '宣化小区', '嵩山小区', '河松小区', '文昌小区', '民生家园', '工大新村', '龙江家园',
] as const;

export function homeAddress(rng: Rng, district: District): string {
  const street = rng.pick(district.streets);
  return `黑龙江省哈尔滨市${district.name}${street}${rng.int(1, 480)}号${rng.pick(COMPOUNDS)}${rng.int(1, 32)}栋${rng.int(1, 6)}单元${rng.int(1, 28)}0${rng.int(1, 6)}室`;
}

export function workAddress(rng: Rng, district: District): string {
  return `哈尔滨市${district.name}${rng.pick(district.streets)}${rng.int(1, 600)}号`;
}

/** The ID card shows the district police branch (公安分局) that issued it. */
export function policeBranch(district: District): string {
  return `哈尔滨市公安局${district.name.replace(/区$/, '')}分局`;
}

/** Where people who moved their hukou out of Harbin went. */
export const MOVE_DESTINATIONS = [
  '北京市朝阳区', '上海市浦东新区', '广东省深圳市南山区', '辽宁省大连市甘井子区', '山东省青岛市黄岛区',
  '天津市滨海新区', '浙江省杭州市余杭区', '江苏省苏州市工业园区', '海南省三亚市吉阳区', '黑龙江省大庆市萨尔图区',
] as const;
