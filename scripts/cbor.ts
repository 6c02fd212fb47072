// A minimal CBOR codec (definite lengths; integers, strings, bytes, arrays, maps, simple values) for Pagefind's index files.

export type CborValue = number | bigint | string | Uint8Array | boolean | null | undefined | CborValue[] | CborMap;
export class CborMap extends Map<CborValue, CborValue> {}

export function decodeCbor(bytes: Uint8Array): CborValue {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let at = 0;
  const length = (info: number): number => {
    if (info < 24) return info;
    if (info === 24) return view.getUint8(at++);
    if (info === 25) { const v = view.getUint16(at); at += 2; return v; }
    if (info === 26) { const v = view.getUint32(at); at += 4; return v; }
    if (info === 27) { const v = Number(view.getBigUint64(at)); at += 8; return v; }
    throw new Error(`CBOR: indefinite or reserved length (${info}) at byte ${at}`);
  };
  const item = (): CborValue => {
    const head = view.getUint8(at++);
    const major = head >> 5;
    const info = head & 31;
    switch (major) {
      case 0: return length(info);
      case 1: return -1 - length(info);
      case 2: { const n = length(info); const v = bytes.slice(at, at + n); at += n; return v; }
      case 3: { const n = length(info); const v = new TextDecoder().decode(bytes.subarray(at, at + n)); at += n; return v; }
      case 4: { const n = length(info); const list: CborValue[] = []; for (let i = 0; i < n; i += 1) list.push(item()); return list; }
      case 5: { const n = length(info); const map = new CborMap(); for (let i = 0; i < n; i += 1) { const k = item(); map.set(k, item()); } return map; }
      case 7:
        if (info === 20) return false;
        if (info === 21) return true;
        if (info === 22) return null;
        if (info === 23) return undefined;
        if (info === 26) { const v = view.getFloat32(at); at += 4; return v; }
        if (info === 27) { const v = view.getFloat64(at); at += 8; return v; }
        throw new Error(`CBOR: unsupported simple value ${info}`);
      default:
        throw new Error(`CBOR: unsupported major type ${major}`);
    }
  };
  const value = item();
  if (at !== bytes.length) throw new Error(`CBOR: ${bytes.length - at} trailing bytes`);
  return value;
}

export function encodeCbor(value: CborValue): Uint8Array {
  const out: number[] = [];
  const head = (major: number, n: number) => {
    if (n < 24) out.push((major << 5) | n);
    else if (n < 0x100) out.push((major << 5) | 24, n);
    else if (n < 0x10000) out.push((major << 5) | 25, n >> 8, n & 0xff);
    else if (n < 0x100000000) out.push((major << 5) | 26, (n >>> 24) & 0xff, (n >>> 16) & 0xff, (n >>> 8) & 0xff, n & 0xff);
    else {
      const big = BigInt(n);
      out.push((major << 5) | 27);
      for (let shift = 56n; shift >= 0n; shift -= 8n) out.push(Number((big >> shift) & 0xffn));
    }
  };
  const item = (v: CborValue): void => {
    if (typeof v === "number") {
      if (!Number.isInteger(v)) {
        const buf = new DataView(new ArrayBuffer(8));
        buf.setFloat64(0, v);
        out.push(0xfb, ...new Uint8Array(buf.buffer));
      } else if (v >= 0) head(0, v);
      else head(1, -1 - v);
    } else if (typeof v === "string") {
      const bytes = new TextEncoder().encode(v);
      head(3, bytes.length);
      out.push(...bytes);
    } else if (v instanceof Uint8Array) {
      head(2, v.length);
      out.push(...v);
    } else if (Array.isArray(v)) {
      head(4, v.length);
      v.forEach(item);
    } else if (v instanceof CborMap) {
      head(5, v.size);
      for (const [k, val] of v) { item(k); item(val); }
    } else if (v === false) out.push(0xf4);
    else if (v === true) out.push(0xf5);
    else if (v === null) out.push(0xf6);
    else if (v === undefined) out.push(0xf7);
    else throw new Error(`CBOR: cannot encode ${typeof v}`);
  };
  item(value);
  return Uint8Array.from(out);
}
