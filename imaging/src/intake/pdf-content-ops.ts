// Just enough of a PDF content-stream lexer to follow where a scanned page draws its images:
// operands and operators, with strings, arrays and dictionaries skipped as opaque operands so
// a ")" or "Do" inside text cannot mislead it. It understands no painting at all; the caller
// looks at q / Q / cm / Do and refuses inline images (BI), whose binary data ends the lexing.
export type Operand = { kind: 'number'; value: number } | { kind: 'name'; value: string } | { kind: 'other' };

export interface ContentOp {
  readonly operator: string;
  readonly operands: readonly Operand[];
}

const WHITE = new Set([0x00, 0x09, 0x0a, 0x0c, 0x0d, 0x20]);
const DELIM = new Set([...'()<>[]{}/%'].map((c) => c.charCodeAt(0)));
const NUMBER = /^[+-]?(\d+\.?\d*|\.\d+)$/;

export function* contentOps(bytes: Uint8Array): Generator<ContentOp> {
  let i = 0;
  let operands: Operand[] = [];
  const regular = (): string => {
    const start = i;
    while (i < bytes.length && !WHITE.has(bytes[i]!) && !DELIM.has(bytes[i]!)) i++;
    return Buffer.from(bytes.subarray(start, i)).toString('latin1');
  };
  while (i < bytes.length) {
    const b = bytes[i]!;
    if (WHITE.has(b)) {
      i++;
    } else if (b === 0x25 /* % */) {
      while (i < bytes.length && bytes[i] !== 0x0a && bytes[i] !== 0x0d) i++;
    } else if (b === 0x28 /* ( */) {
      let depth = 0;
      for (; i < bytes.length; i++) {
        const c = bytes[i]!;
        if (c === 0x5c /* \ */) i++;
        else if (c === 0x28) depth++;
        else if (c === 0x29 && --depth === 0) break;
      }
      i++;
      operands.push({ kind: 'other' });
    } else if (b === 0x3c /* < */ && bytes[i + 1] === 0x3c) {
      i += 2; // dictionary start: its keys and values become opaque operands, like arrays
    } else if (b === 0x3e /* > */ && bytes[i + 1] === 0x3e) {
      i += 2;
      operands.push({ kind: 'other' });
    } else if (b === 0x3c) {
      while (i < bytes.length && bytes[i] !== 0x3e) i++;
      i++;
      operands.push({ kind: 'other' });
    } else if (b === 0x5b /* [ */ || b === 0x5d /* ] */ || b === 0x7b || b === 0x7d) {
      i++;
      if (b === 0x5d) operands.push({ kind: 'other' });
    } else if (b === 0x2f /* / */) {
      i++;
      operands.push({ kind: 'name', value: regular().replace(/#([0-9a-fA-F]{2})/g, (_, h: string) => String.fromCharCode(parseInt(h, 16))) });
    } else if (DELIM.has(b)) {
      i++; // a stray ")" or ">": malformed, skipped
    } else {
      const word = regular();
      if (NUMBER.test(word)) operands.push({ kind: 'number', value: Number(word) });
      else if (word === 'true' || word === 'false' || word === 'null') operands.push({ kind: 'other' });
      else {
        yield { operator: word, operands };
        if (word === 'BI') return;
        operands = [];
      }
    }
  }
}
