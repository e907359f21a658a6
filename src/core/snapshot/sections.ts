/**
 * The snapshot's body: named sections, JSON or binary, each starting on an 8-byte boundary. A
 * typed section is read into its typed array and used as it is, without a parse. Typed arrays are
 * written in the machine's byte order, which the header records; a snapshot is a local cache,
 * never shipped.
 */
import type { Hash } from "node:crypto";
import { readSync } from "node:fs";
import { endianness } from "node:os";

type Typed = Uint8Array | Uint16Array | Uint32Array | Int32Array | Float64Array;
const TYPES = { u8: Uint8Array, u16: Uint16Array, u32: Uint32Array, i32: Int32Array, f64: Float64Array } as const;
type TypeName = keyof typeof TYPES | "json";

/** Where a section lies in the body, its length in bytes, and what it holds. */
export type SectionTable = Record<string, [at: number, bytes: number, type: TypeName]>;

export const BYTE_ORDER = endianness();
const ALIGN = 8;

function typeName(array: Typed): keyof typeof TYPES {
  for (const [name, type] of Object.entries(TYPES)) if (array instanceof type) return name as keyof typeof TYPES;
  throw new Error("unsupported typed array");
}

/** A plain object (not an array) holding a typed array among its values, at any depth. */
function holdsTyped(value: unknown): value is Record<string, unknown> {
  if (value === null || typeof value !== "object" || Array.isArray(value) || ArrayBuffer.isView(value)) return false;
  return Object.values(value).some((v) => ArrayBuffer.isView(v) || holdsTyped(v));
}

export class SectionWriter {
  private readonly parts: Uint8Array[] = [];
  private length = 0;
  readonly table: SectionTable = {};

  /** Adds a section as bytes already encoded (copied from another snapshot). */
  add(name: string, bytes: Uint8Array, type: TypeName): void {
    if (name in this.table) throw new Error(`section ${name} written twice`);
    const pad = (ALIGN - (this.length % ALIGN)) % ALIGN;
    if (pad) this.parts.push(new Uint8Array(pad));
    this.length += pad;
    this.table[name] = [this.length, bytes.byteLength, type];
    this.parts.push(bytes);
    this.length += bytes.byteLength;
  }

  /** `tagged`: the value may hold Maps and Sets (written as tagged entry lists). */
  json(name: string, value: unknown, tagged = false): void {
    this.add(name, Buffer.from(tagged ? JSON.stringify(value, replacer) : JSON.stringify(value)), "json");
  }

  typed(name: string, array: Typed): void {
    this.add(name, new Uint8Array(array.buffer, array.byteOffset, array.byteLength), typeName(array));
  }

  /**
   * Writes an object under `name`: its typed arrays (and objects holding some) each as their own
   * section `name.key`, every other field together as the JSON section `name`.
   */
  object(name: string, value: object): void {
    const rest: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value)) {
      if (ArrayBuffer.isView(v)) this.typed(`${name}.${k}`, v as Typed);
      else if (holdsTyped(v)) this.object(`${name}.${k}`, v);
      else if (v !== undefined) rest[k] = v;
    }
    this.json(name, rest);
  }

  /** The body: every section, padded to its boundary. */
  body(): Buffer {
    return Buffer.concat(this.parts, this.length);
  }
}

/** Each section's bytes and type. */
type Sections = Map<string, { bytes: Uint8Array; type: TypeName }>;

/** Checks that every section lies within a body of `length` bytes. */
function checkTable(table: SectionTable, length: number): void {
  for (const [name, [at, bytes]] of Object.entries(table))
    if (!(Number.isInteger(at) && Number.isInteger(bytes) && at >= 0 && bytes >= 0 && at + bytes <= length)) throw new Error(`section ${name} lies outside the file`);
}

/**
 * Reads sections. Each one's bytes are its own (not a view of a whole file, which would then stay
 * alive as long as any of them), so typed arrays are used as they are, never copied.
 */
export class SectionReader {
  private constructor(private readonly sections: Sections) {}

  /** The sections of a body held in memory (copied out of it). */
  static fromBuffer(file: Uint8Array, bodyStart: number, table: SectionTable): SectionReader {
    checkTable(table, file.length - bodyStart);
    const sections: Sections = new Map();
    for (const [name, [at, bytes, type]] of Object.entries(table))
      sections.set(name, { bytes: new Uint8Array(file.subarray(bodyStart + at, bodyStart + at + bytes)), type }); // a copy (Buffer#slice would be a view)
    return new SectionReader(sections);
  }

  /**
   * Reads a body from a file, section by section, straight into each section's own memory (a
   * typed section into its typed array), feeding `hash` every byte in file order. On this kind of
   * machine, memory touched for the first time costs about 5 ms a MB: reading 47 MB into one
   * buffer and copying the parts out touched it twice.
   */
  static fromFile(fd: number, bodyStart: number, bodyBytes: number, table: SectionTable, hash: Hash): SectionReader {
    checkTable(table, bodyBytes);
    const sections: Sections = new Map();
    const ordered = Object.entries(table).sort((a, b) => a[1][0] - b[1][0]);
    let at = 0;
    const gap = new Uint8Array(ALIGN);
    const read = (into: Uint8Array, position: number) => {
      for (let done = 0; done < into.length; ) {
        const n = readSync(fd, into, done, into.length - done, bodyStart + position + done);
        if (n === 0) throw new Error("truncated");
        done += n;
      }
      hash.update(into);
    };
    for (const [name, [start, bytes, type]] of ordered) {
      if (start < at) throw new Error(`section ${name} overlaps another`);
      // Padding between sections is hashed too: the checksum covers the whole body.
      for (let p = at; p < start; p += ALIGN) read(gap.subarray(0, Math.min(ALIGN, start - p)), p);
      const bytesOf = type === "json" ? Buffer.allocUnsafe(bytes) : new Uint8Array(new ArrayBuffer(bytes));
      read(bytesOf, start);
      sections.set(name, { bytes: bytesOf, type });
      at = start + bytes;
    }
    for (let p = at; p < bodyBytes; p += ALIGN) read(gap.subarray(0, Math.min(ALIGN, bodyBytes - p)), p);
    return new SectionReader(sections);
  }

  has(name: string): boolean {
    return this.sections.has(name);
  }

  /** Every section's name and type, in the order they were written. */
  list(): [name: string, type: TypeName][] {
    return [...this.sections].map(([name, { type }]) => [name, type]);
  }

  private entry(name: string, type?: TypeName): { bytes: Uint8Array; type: TypeName } {
    const entry = this.sections.get(name);
    if (!entry) throw new Error(`section ${name} is missing`);
    if (type && entry.type !== type) throw new Error(`section ${name} holds ${entry.type}, not ${type}`);
    return entry;
  }

  bytes(name: string): Uint8Array {
    return this.entry(name).bytes;
  }

  /** `tagged`: restore the Maps and Sets `SectionWriter.json(…, true)` wrote (slower: a reviver sees every value). */
  json<T>(name: string, tagged = false): T {
    const { bytes } = this.entry(name, "json");
    const text = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString("utf8");
    return (tagged ? JSON.parse(text, reviver) : JSON.parse(text)) as T;
  }

  /** A typed section, over the section's own bytes. */
  typed(name: string): Typed {
    const { bytes, type } = this.entry(name);
    if (type === "json") throw new Error(`section ${name} is JSON`);
    const Type = TYPES[type];
    if (bytes.byteLength % Type.BYTES_PER_ELEMENT || bytes.byteOffset % Type.BYTES_PER_ELEMENT) throw new Error(`section ${name} has a partial element`);
    return new Type(bytes.buffer as ArrayBuffer, bytes.byteOffset, bytes.byteLength / Type.BYTES_PER_ELEMENT);
  }

  /** Reads back what `SectionWriter.object` wrote under `name`. */
  object<T>(name: string): T {
    const out = this.json<Record<string, unknown>>(name);
    const prefix = `${name}.`;
    for (const [section, { type }] of this.sections) {
      if (!section.startsWith(prefix)) continue;
      const key = section.slice(prefix.length);
      if (key.includes(".")) continue; // a field of a nested object, read with it
      out[key] = type === "json" ? this.object(section) : this.typed(section);
    }
    return out as T;
  }
}

/** JSON cannot hold a Map or a Set: they are written as tagged entry lists. */
function replacer(_key: string, value: unknown): unknown {
  if (value instanceof Map) return { $map: [...value] };
  if (value instanceof Set) return { $set: [...value] };
  return value;
}

function reviver(_key: string, value: unknown): unknown {
  if (value && typeof value === "object" && !Array.isArray(value)) {
    const tagged = value as { $map?: [unknown, unknown][]; $set?: unknown[] };
    if (Array.isArray(tagged.$map) && Object.keys(value).length === 1) return new Map(tagged.$map);
    if (Array.isArray(tagged.$set) && Object.keys(value).length === 1) return new Set(tagged.$set);
  }
  return value;
}
