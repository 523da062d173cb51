// fontkit 2 ships no type declarations; only the entry pdf-lib needs is declared (fontkit-v2.ts).
declare module 'fontkit' {
  export function create(buffer: Buffer, postscriptName?: string): unknown;
}
