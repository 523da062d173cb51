// SVG layouts of the materials, drawn in millimetres at a chosen dpi and rendered by sharp
// (librsvg + fontconfig → Debian's Noto Sans/Serif CJK). Each layout returns the truth: the
// fields the extractor must find and the full text for character-error measurements.
import {
  bankCard, chineseUpper, date, hospital, int, person, pick, street, yuanText, type Rng,
} from './fixture-data';

export interface Layout {
  readonly kind: string;
  readonly svg: string;
  readonly width: number;
  readonly height: number;
  readonly fields: Record<string, string | number>;
  readonly text: string[];
}

const esc = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const SANS = "'Noto Sans CJK SC'";
const SERIF = "'Noto Serif CJK SC'";
const MONO = "'DejaVu Sans Mono'";

class Sheet {
  readonly parts: string[] = [];
  readonly text: string[] = [];
  constructor(readonly wMm: number, readonly hMm: number, readonly dpi: number) {}
  px(mm: number): number {
    return Math.round((mm / 25.4) * this.dpi * 10) / 10;
  }
  rect(x: number, y: number, w: number, h: number, style: string): void {
    this.parts.push(`<rect x="${this.px(x)}" y="${this.px(y)}" width="${this.px(w)}" height="${this.px(h)}" ${style}/>`);
  }
  write(x: number, y: number, size: number, s: string, o: { font?: string; weight?: string; fill?: string; anchor?: string; spacing?: number; truth?: boolean } = {}): void {
    const spacing = o.spacing ? ` letter-spacing="${this.px(o.spacing)}"` : '';
    this.parts.push(`<text x="${this.px(x)}" y="${this.px(y)}" font-family="${o.font ?? SANS}" font-size="${this.px(size)}" font-weight="${o.weight ?? 'normal'}" fill="${o.fill ?? '#111'}" text-anchor="${o.anchor ?? 'start'}"${spacing}>${esc(s)}</text>`);
    if (o.truth !== false) this.text.push(s);
  }
  seal(cx: number, cy: number, r: number, label: string): void {
    const red = '#d21f1f';
    this.parts.push(`<g opacity="0.8"><circle cx="${this.px(cx)}" cy="${this.px(cy)}" r="${this.px(r)}" fill="none" stroke="${red}" stroke-width="${this.px(1.2)}"/>`);
    this.parts.push(`<text x="${this.px(cx)}" y="${this.px(cy + 2)}" font-family="${SANS}" font-size="${this.px(r / 3.2)}" fill="${red}" text-anchor="middle">★</text>`);
    this.parts.push(`<text x="${this.px(cx)}" y="${this.px(cy + r * 0.65)}" font-family="${SANS}" font-size="${this.px(r / 4.5)}" fill="${red}" text-anchor="middle">${esc(label)}</text></g>`);
  }
  svg(background = '#ffffff', defs = ''): string {
    const w = Math.round(this.px(this.wMm));
    const h = Math.round(this.px(this.hMm));
    return `<svg xmlns="http://www.w3.org/2000/svg" width="${w}" height="${h}"><defs>${defs}</defs><rect width="100%" height="100%" fill="${background}"/>${this.parts.join('')}</svg>`;
  }
  size(): { width: number; height: number } {
    return { width: Math.round(this.px(this.wMm)), height: Math.round(this.px(this.hMm)) };
  }
}

export function idCardFront(rng: Rng, dpi: number): Layout {
  const p = person(rng);
  const s = new Sheet(85.6, 54, dpi);
  const [y, m, d] = p.birthDate.split('-').map(Number) as [number, number, number];
  s.rect(60, 8, 21, 26, 'fill="#c9d3dc" rx="2"');
  s.write(6, 10.5, 3, '姓名', { fill: '#2a5d8f', truth: false });
  s.write(16, 10.5, 4.2, p.name, { spacing: 0.6 });
  s.write(6, 17.5, 3, '性别', { fill: '#2a5d8f', truth: false });
  s.write(16, 17.5, 3.4, p.sex);
  s.write(26, 17.5, 3, '民族', { fill: '#2a5d8f', truth: false });
  s.write(35, 17.5, 3.4, p.ethnicity);
  s.write(6, 24.5, 3, '出生', { fill: '#2a5d8f', truth: false });
  s.write(16, 24.5, 3.4, `${y} 年 ${m} 月 ${d} 日`);
  s.write(6, 31.5, 3, '住址', { fill: '#2a5d8f', truth: false });
  const a1 = p.address.slice(0, 11);
  const a2 = p.address.slice(11);
  s.write(16, 31.5, 3.4, a1);
  if (a2) s.write(16, 36.5, 3.4, a2);
  s.write(6, 47.5, 3, '公民身份号码', { fill: '#2a5d8f', truth: false });
  s.write(27, 47.5, 4, p.idNumber, { font: MONO, weight: 'bold', spacing: 0.25 });
  s.text.unshift('姓名', '性别', '民族', '出生', '住址', '公民身份号码');
  const defs = '<linearGradient id="g" x1="0" y1="0" x2="1" y2="1"><stop offset="0" stop-color="#eef3f6"/><stop offset="1" stop-color="#dfe9ee"/></linearGradient>';
  return {
    kind: 'id_card_front', svg: s.svg('url(#g)', defs), ...s.size(), text: s.text,
    fields: { name: p.name, sex: p.sex, ethnicity: p.ethnicity, birthDate: p.birthDate, address: p.address, idNumber: p.idNumber },
  };
}

export function idCardBack(rng: Rng, dpi: number): Layout {
  const s = new Sheet(85.6, 54, dpi);
  const from = date(rng, 2012, 2024);
  const years = pick(rng, [10, 20]);
  const until = `${Number(from.slice(0, 4)) + years}${from.slice(4)}`;
  const authority = `${pick(rng, ['合肥市公安局蜀山分局', '合肥市公安局瑶海分局', '北京市公安局朝阳分局', '上海市公安局徐汇分局'])}`;
  s.write(42.8, 16, 5.5, '中华人民共和国', { anchor: 'middle', weight: 'bold' });
  s.write(42.8, 26, 6.5, '居民身份证', { anchor: 'middle', weight: 'bold', spacing: 1.5 });
  s.write(12, 40, 3, '签发机关');
  s.write(28, 40, 3.4, authority);
  s.write(12, 47, 3, '有效期限');
  s.write(28, 47, 3.4, `${from.replace(/-/g, '.')}-${until.replace(/-/g, '.')}`);
  const defs = '<linearGradient id="g" x1="0" y1="0" x2="1" y2="0"><stop offset="0" stop-color="#e8f0f4"/><stop offset="1" stop-color="#f4f0e4"/></linearGradient>';
  return { kind: 'id_card_back', svg: s.svg('url(#g)', defs), ...s.size(), text: s.text, fields: { authority, validFrom: from, validUntil: until } };
}

export function bankCardFront(rng: Rng, dpi: number): Layout {
  const c = bankCard(rng);
  const s = new Sheet(85.6, 54, dpi);
  const grouped = c.number.length === 16 ? c.number.replace(/(\d{4})(?=\d)/g, '$1 ') : `${c.number.slice(0, 6)} ${c.number.slice(6)}`;
  s.write(6, 11, 4.5, c.bank, { weight: 'bold', fill: '#ffffff' });
  s.write(6, 17, 2.6, '借记卡 DEBIT CARD', { fill: '#e8eef8' });
  s.rect(8, 22, 10, 8, 'fill="#d8b864" rx="1.5"');
  s.write(6, 38, 4.6, grouped, { font: MONO, weight: 'bold', fill: '#ffffff', spacing: 0.3 });
  s.write(74, 49, 3.2, '银联', { fill: '#ffffff', weight: 'bold' });
  const hue = pick(rng, ['#1d4f91', '#0f5e4a', '#7a1f2b', '#3b3b6d']);
  const defs = `<linearGradient id="g" x1="0" y1="0" x2="1" y2="1"><stop offset="0" stop-color="${hue}"/><stop offset="1" stop-color="#101828"/></linearGradient>`;
  return { kind: 'bank_card', svg: s.svg('url(#g)', defs), ...s.size(), text: s.text, fields: { bank: c.bank, cardNumber: c.number } };
}

function paragraph(s: Sheet, y: number, lines: readonly string[]): number {
  for (const l of lines) {
    s.write(22, y, 3.6, l, { font: SERIF });
    y += 7;
  }
  return y;
}

export function rentalContract(rng: Rng, dpi: number): Layout {
  const s = new Sheet(210, 297, dpi);
  const lessor = person(rng);
  const lessee = person(rng);
  const address = street(rng);
  const rentFen = int(rng, 8, 60) * 10000 + pick(rng, [0, 0, 5000]);
  const start = `${int(rng, 2025, 2026)}-${String(int(rng, 1, 12)).padStart(2, '0')}-01`;
  const end = `${Number(start.slice(0, 4)) + 1}${start.slice(4)}`;
  const ymd = (iso: string): string => `${Number(iso.slice(0, 4))}年${Number(iso.slice(5, 7))}月${Number(iso.slice(8, 10))}日`;
  s.write(105, 30, 7, '房屋租赁合同', { anchor: 'middle', weight: 'bold', spacing: 2 });
  s.write(22, 48, 3.8, `出租方（甲方）：${lessor.name}`, { font: SERIF });
  s.write(22, 56, 3.8, `承租方（乙方）：${lessee.name}`, { font: SERIF });
  let y = paragraph(s, 70, [
    '甲、乙双方就房屋租赁事宜，经协商一致，订立本合同。',
    `第一条 房屋坐落：${address}`,
    `第二条 租赁期限：自${ymd(start)}至${ymd(end)}止。`,
    `第三条 月租金：人民币${yuanText(rentFen)}元（大写：${chineseUpper(rentFen)}）`,
    '租金按月支付，乙方应于每月五日前支付当月租金。',
    '第四条 乙方不得擅自转租，不得改变房屋用途。',
    '第五条 租赁期间，水、电、燃气等费用由乙方承担。',
    '第六条 本合同一式两份，甲乙双方各执一份，自双方签字之日起生效。',
  ]);
  y += 20;
  s.write(22, y, 3.8, `甲方（签字）：${lessor.name}`, { font: SERIF });
  s.write(120, y, 3.8, `乙方（签字）：${lessee.name}`, { font: SERIF });
  s.write(22, y + 9, 3.8, `签订日期：${ymd(date(rng, 2025, 2026))}`, { font: SERIF });
  return {
    kind: 'rental_contract', svg: s.svg(), ...s.size(), text: s.text,
    fields: { lessor: lessor.name, lessee: lessee.name, address, monthlyRentFen: rentFen, periodStart: start, periodEnd: end },
  };
}

export function hospitalInvoice(rng: Rng, dpi: number): Layout {
  const s = new Sheet(210, 140, dpi);
  const h = hospital(rng);
  const patient = person(rng);
  const totalFen = int(rng, 30000, 4500000);
  const selfFen = Math.round(totalFen * (0.2 + rng() * 0.5));
  const issued = date(rng, 2025, 2026);
  s.write(105, 16, 6, '安徽省医疗住院收费票据（电子）', { anchor: 'middle', weight: 'bold' });
  s.write(15, 30, 3.4, `票据号码：${int(rng, 10000000, 99999999)}`);
  s.write(120, 30, 3.4, `开票日期：${issued.replace(/-/g, '.')}`);
  s.write(15, 40, 3.4, `医疗机构：${h}`);
  s.write(120, 40, 3.4, `姓名：${patient.name}`);
  s.rect(15, 46, 180, 48, 'fill="none" stroke="#555" stroke-width="1"');
  const items = ['床位费', '检查费', '化验费', '西药费', '治疗费'];
  let y = 55;
  let left = totalFen;
  items.forEach((item, i) => {
    const fen = i === items.length - 1 ? left : Math.floor(left * (0.1 + rng() * 0.3));
    left -= fen;
    s.write(22, y, 3.2, item);
    s.write(80, y, 3.2, yuanText(fen));
    y += 8;
  });
  s.write(15, 104, 3.6, `合计（大写）：${chineseUpper(totalFen)}`);
  s.write(120, 104, 3.6, `合计（小写）：¥${yuanText(totalFen)}`);
  s.write(15, 114, 3.6, `个人自付：${yuanText(selfFen)}`);
  s.write(120, 114, 3.6, `统筹支付：${yuanText(totalFen - selfFen)}`);
  s.write(15, 128, 3.2, '收款单位（章）');
  s.seal(170, 124, 12, '财务专用章');
  return {
    kind: 'hospital_invoice', svg: s.svg(), ...s.size(), text: s.text,
    fields: { hospital: h, date: issued, totalFen, selfPaidFen: selfFen },
  };
}

export function purchaseContract(rng: Rng, dpi: number): Layout {
  const s = new Sheet(210, 297, dpi);
  const buyer = person(rng);
  const number = `HF${int(rng, 2024, 2026)}${int(rng, 100000, 999999)}`;
  const area = int(rng, 6000, 16000) / 100;
  const priceFen = Math.round(area * int(rng, 9000, 26000)) * 100;
  const signed = date(rng, 2024, 2026);
  const ymd = `${Number(signed.slice(0, 4))}年${Number(signed.slice(5, 7))}月${Number(signed.slice(8, 10))}日`;
  s.write(105, 30, 7, '商品房买卖合同', { anchor: 'middle', weight: 'bold', spacing: 2 });
  s.write(130, 42, 3.6, `合同编号：${number}`, { font: SERIF });
  s.write(22, 56, 3.8, '出卖人：合肥市安居置业有限公司', { font: SERIF });
  s.write(22, 64, 3.8, `买受人：${buyer.name}`, { font: SERIF });
  const y = paragraph(s, 78, [
    `第一条 房屋坐落：${street(rng)}`,
    `第二条 该商品房建筑面积共${area.toFixed(2)}平方米。`,
    `第三条 房屋总价款：人民币${yuanText(priceFen)}元`,
    `（大写：${chineseUpper(priceFen)}）。`,
    '第四条 买受人按照约定的时间和方式付款。',
    '第五条 出卖人应当在约定期限内将商品房交付买受人使用。',
  ]);
  s.write(22, y + 20, 3.8, '出卖人（盖章）：', { font: SERIF });
  s.write(120, y + 20, 3.8, `买受人（签字）：${buyer.name}`, { font: SERIF });
  s.write(22, y + 30, 3.8, `签订日期：${ymd}`, { font: SERIF });
  s.seal(60, y + 24, 16, '合同专用章');
  return {
    kind: 'purchase_contract', svg: s.svg(), ...s.size(), text: s.text,
    fields: { contractNumber: number, buyer: buyer.name, priceFen, areaSqm: area, signedDate: signed },
  };
}

export function blankPage(_rng: Rng, dpi: number): Layout {
  const s = new Sheet(210, 297, dpi);
  return { kind: 'other', svg: s.svg('#fbfbf8'), ...s.size(), text: [], fields: {} };
}

const ymdText = (iso: string): string => `${Number(iso.slice(0, 4))}年${Number(iso.slice(5, 7))}月${Number(iso.slice(8, 10))}日`;

/** The holder's page of a marriage certificate (结婚证), scanned on an A4 flatbed. */
export function marriageCertificate(rng: Rng, dpi: number): Layout {
  const s = new Sheet(210, 297, dpi);
  const a = person(rng);
  const b = person(rng);
  const registered = date(rng, 2005, 2026);
  const number = `J${a.idNumber.slice(0, 6)}-${registered.slice(0, 4)}-${String(int(rng, 1, 9999)).padStart(6, '0')}`;
  s.write(105, 34, 8, '结婚证', { anchor: 'middle', weight: 'bold', spacing: 4 });
  s.write(30, 56, 3.8, `持证人：${a.name}`);
  s.write(30, 66, 3.8, `登记日期：${ymdText(registered)}`);
  s.write(30, 76, 3.8, `结婚证字号：${number}`);
  s.write(30, 96, 3.8, `姓名：${a.name}`);
  s.write(110, 96, 3.8, `性别：${a.sex}`);
  s.write(30, 106, 3.8, `身份证件号：${a.idNumber}`);
  s.write(30, 122, 3.8, `姓名：${b.name}`);
  s.write(110, 122, 3.8, `性别：${b.sex}`);
  s.write(30, 132, 3.8, `身份证件号：${b.idNumber}`);
  s.write(30, 152, 3.4, '婚姻登记机关：合肥市蜀山区民政局');
  s.seal(150, 160, 16, '婚姻登记专用章');
  return {
    kind: 'marriage_certificate', svg: s.svg(), ...s.size(), text: s.text,
    fields: { registrationDate: registered, certificateNumber: number, name1: a.name, idNumber1: a.idNumber, name2: b.name, idNumber2: b.idNumber },
  };
}

/** The register page of a real-estate title certificate (不动产权证书). */
export function propertyCertificate(rng: Rng, dpi: number): Layout {
  const s = new Sheet(210, 297, dpi);
  const owner = person(rng);
  const address = street(rng);
  const year = int(rng, 2016, 2026);
  const number = `皖（${year}）合肥市不动产权第${String(int(rng, 1, 9999999)).padStart(7, '0')}号`;
  s.write(105, 30, 7, '不动产权证书', { anchor: 'middle', weight: 'bold', spacing: 2 });
  s.write(105, 46, 4, number, { anchor: 'middle' });
  const rows: [string, string][] = [
    ['权利人', owner.name], ['共有情况', '单独所有'], ['坐落', address],
    ['不动产单元号', `340104${int(rng, 100000, 999999)}GB${int(rng, 10000, 99999)}F${int(rng, 10000000, 99999999)}`],
    ['权利类型', '国有建设用地使用权/房屋所有权'], ['权利性质', '出让/商品房'], ['用途', '城镇住宅用地/住宅'],
    ['面积', `房屋建筑面积${(int(rng, 6000, 16000) / 100).toFixed(2)}平方米`],
  ];
  let y = 62;
  s.rect(20, y - 7, 170, rows.length * 12 + 2, 'fill="none" stroke="#555" stroke-width="1"');
  for (const [label, value] of rows) {
    s.write(24, y, 3.6, label);
    s.write(62, y, 3.6, value);
    y += 12;
  }
  s.seal(150, y + 20, 16, '不动产登记专用章');
  return { kind: 'property_certificate', svg: s.svg(), ...s.size(), text: s.text, fields: { certificateNumber: number, owner: owner.name, address } };
}

/** A hospital's discharge summary (出院记录): the dates that decide a medical withdrawal. */
export function dischargeSummary(rng: Rng, dpi: number): Layout {
  const s = new Sheet(210, 297, dpi);
  const h = hospital(rng);
  const patient = person(rng);
  const admitted = date(rng, 2025, 2026);
  const days = int(rng, 3, 40);
  const discharged = new Date(Date.parse(`${admitted}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
  s.write(105, 26, 6, h, { anchor: 'middle', weight: 'bold' });
  s.write(105, 38, 6, '出院记录', { anchor: 'middle', weight: 'bold', spacing: 2 });
  s.write(22, 54, 3.6, `姓名：${patient.name}`);
  s.write(80, 54, 3.6, `性别：${patient.sex}`);
  s.write(130, 54, 3.6, `住院号：${int(rng, 1000000, 9999999)}`);
  s.write(22, 64, 3.6, `入院日期：${ymdText(admitted)}`);
  s.write(110, 64, 3.6, `出院日期：${ymdText(discharged)}`);
  const y = paragraph(s, 80, [
    `入院诊断：${pick(rng, ['社区获得性肺炎', '急性阑尾炎', '2型糖尿病', '腰椎间盘突出症'])}`,
    '诊疗经过：入院后完善相关检查，予以对症治疗，病情好转。',
    '出院诊断：同入院诊断，已好转。',
    '出院医嘱：注意休息，按时服药，两周后门诊复查。',
  ]);
  s.write(120, y + 14, 3.6, '医师签名：王医生');
  return { kind: 'discharge_summary', svg: s.svg(), ...s.size(), text: s.text, fields: { hospital: h, admissionDate: admitted, dischargeDate: discharged } };
}
