/**
 * A fast path for clean data, compiled from the zod schemas themselves (nothing here restates the
 * model). It answers one question: would the schema accept this input and give it back unchanged?
 * When it would, the input is the parsed data: no deep copy of a 300,000-fee list, and no zod run
 * per value. Anything else (a failure, a value zod would change, an unknown field, a construct not
 * compiled here) goes through zod, which gives the issues and the cleaned copy as before.
 *
 * The checks are zod's own (`_zod.check`: min lengths, patterns, refinements, text cleaning); only the
 * walk over objects, arrays, unions and types is done here. Kept in step with zod by property tests
 * (test/fast-path.test.ts): whatever passes here, zod accepts and returns deep-equal.
 */
import type * as z from 'zod/v4/mini';

type Passes = (value: unknown) => boolean;

/** The parts of a zod schema's internals read here. */
interface Internals {
  def: {
    type: string;
    checks?: Check[];
    check?: string;
    coerce?: boolean;
    shape?: Record<string, Schema>;
    element?: Schema;
    innerType?: Schema;
    options?: Schema[];
    discriminator?: string;
    keyType?: Schema;
    valueType?: Schema;
    partial?: boolean;
    mode?: string;
    items?: Schema[];
    rest?: Schema | null;
    entries?: Record<string, unknown>;
    values?: unknown[];
  };
  check?: (payload: Payload) => unknown;
  /** The values an enum or literal allows. */
  values?: Set<unknown>;
}
interface Schema {
  _zod: Internals;
}
interface Check {
  _zod: { def: { when?: (payload: Payload) => boolean }; check: (payload: Payload) => unknown };
}
interface Payload {
  value: unknown;
  issues: unknown[];
}

const compiled = new WeakMap<Schema, Passes>();

/** Would `schema` accept `input` and return it unchanged? False means: ask zod. */
export function passesUnchanged(schema: z.ZodMiniType, input: unknown): boolean {
  return compile(schema as unknown as Schema)(input);
}

function compile(schema: Schema): Passes {
  let passes = compiled.get(schema);
  if (!passes) {
    // A placeholder first, so a schema that refers to itself compiles (and answers "ask zod").
    compiled.set(schema, () => false);
    passes = withChecks(schema, typeOf(schema));
    compiled.set(schema, passes);
  }
  return passes;
}

const isPlainObject = (v: unknown): v is Record<string, unknown> => {
  if (v === null || typeof v !== 'object') return false;
  const proto = Object.getPrototypeOf(v) as unknown;
  return proto === Object.prototype || proto === null;
};

/** The type test of a schema, without its checks. */
function typeOf(schema: Schema): Passes {
  const def = schema._zod.def;
  if (def.coerce) return () => false;
  switch (def.type) {
    case 'string':
      return (v) => typeof v === 'string';
    case 'number':
      return (v) => typeof v === 'number' && Number.isFinite(v);
    case 'boolean':
      return (v) => typeof v === 'boolean';
    case 'null':
      return (v) => v === null;
    case 'unknown':
    case 'any':
      return () => true;
    case 'literal': {
      const values = new Set(def.values);
      return (v) => values.has(v);
    }
    case 'enum': {
      const values = new Set(Object.values(def.entries ?? {}));
      return (v) => values.has(v);
    }
    case 'optional': {
      const inner = compile(def.innerType!);
      return (v) => v === undefined || inner(v);
    }
    case 'nullable': {
      const inner = compile(def.innerType!);
      return (v) => v === null || inner(v);
    }
    case 'array': {
      const element = compile(def.element!);
      return (v) => {
        if (!Array.isArray(v)) return false;
        for (let i = 0; i < v.length; i++) if (!element(v[i])) return false;
        return true;
      };
    }
    case 'tuple': {
      // A fixed row (an annual report's seven cells); a tuple with a rest element is left to zod.
      if (def.rest) return () => false;
      const items = def.items!.map(compile);
      return (v) => Array.isArray(v) && v.length === items.length && items.every((item, i) => item(v[i]));
    }
    case 'object':
      return objectOf(def.shape!);
    case 'record':
      return recordOf(def);
    case 'union':
      return def.discriminator ? discriminated(def.options!, def.discriminator) : unionOf(def.options!);
    default:
      // pipes, transforms, defaults, tuples with a rest…: zod decides.
      return () => false;
  }
}

/**
 * An object with no field the schema does not know (zod would drop it, and it is reported), none
 * set to `undefined` (zod's handling of it is its own), and every field passing.
 */
function objectOf(shape: Record<string, Schema>): Passes {
  const fields = Object.entries(shape).map(([key, s]) => ({
    key,
    passes: compile(s),
    optional: s._zod.def.type === 'optional',
  }));
  const known = new Set(Object.keys(shape));
  return (v) => {
    if (!isPlainObject(v)) return false;
    for (const key in v) if (!known.has(key)) return false;
    for (const f of fields) {
      const value = v[f.key];
      if (value === undefined) {
        if (!f.optional || f.key in v) return false;
      } else if (!f.passes(value)) return false;
    }
    return true;
  };
}

/**
 * A record: every key and value passing, no key zod treats apart (`__proto__`, symbols); keyed by an
 * enum (and not partial), every key of it present, as zod then requires. A loose record: zod decides.
 */
function recordOf(def: Internals['def']): Passes {
  if (def.mode === 'loose') return () => false;
  const key = compile(def.keyType!);
  const value = compile(def.valueType!);
  const values = def.keyType!._zod.values;
  const required = values && !def.partial ? [...values] : [];
  return (v) => {
    if (!isPlainObject(v) || Object.getOwnPropertySymbols(v).length) return false;
    for (const k of required) if (typeof k !== 'string' || !Object.hasOwn(v, k)) return false;
    for (const k in v) if (k === '__proto__' || !key(k) || !value(v[k])) return false;
    return true;
  };
}

/** zod takes the first option that accepts: an earlier option must be one zod refuses. */
function unionOf(options: Schema[]): Passes {
  const each = options.map(compile);
  return (v) => {
    for (let i = 0; i < each.length; i++) {
      if (!each[i]!(v)) continue;
      for (let j = 0; j < i; j++) if ((options[j] as unknown as z.ZodMiniType).safeParse(v).success) return false;
      return true;
    }
    return false;
  };
}

/** The option whose discriminator literal the value carries, as zod picks it. */
function discriminated(options: Schema[], key: string): Passes {
  const byValue = new Map<unknown, Passes>();
  for (const o of options) {
    const literal = o._zod.def.shape?.[key]?._zod.def;
    if (literal?.type !== 'literal') return unionOf(options);
    for (const value of literal.values ?? []) if (!byValue.has(value)) byValue.set(value, compile(o));
  }
  return (v) => isPlainObject(v) && (byValue.get(v[key]) ?? (() => false))(v);
}

/**
 * The schema's own checks after its type: a format the schema itself is (an ISO date, an integer),
 * then each check, as zod runs them. Any issue, or a value a check would rewrite (text cleaning),
 * sends the input to zod.
 */
function withChecks(schema: Schema, type: Passes): Passes {
  const own = schema._zod.def.check && schema._zod.check ? [schema as unknown as Check] : [];
  const checks = [...own, ...(schema._zod.def.checks ?? [])];
  if (!checks.length) return type;
  return (v) => {
    if (!type(v)) return false;
    const payload: Payload = { value: v, issues: [] };
    for (const c of checks) {
      if (c._zod.def.when && !c._zod.def.when(payload)) continue;
      const r = c._zod.check(payload);
      if (r instanceof Promise || payload.issues.length || payload.value !== v) return false;
    }
    return true;
  };
}

/** `schema.safeParse(input)`, with clean input given back as it is. */
export function safeParse<T>(schema: z.ZodMiniType<T>, input: unknown): ReturnType<z.ZodMiniType<T>['safeParse']> {
  return passesUnchanged(schema, input) ? { success: true, data: input as T } : schema.safeParse(input);
}
