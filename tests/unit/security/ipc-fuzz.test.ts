/**
 * Every call of the contract, fuzzed: wrong types, missing and extra fields,
 * prototype keys, NaN and Infinity, deep arrays and huge strings, at every
 * level of the payload. Each must be refused by validation before any
 * service runs. The calls come from shared/contract.ts, so a new call is
 * fuzzed the day it is added; a valid payload for each is built from its own
 * schema, so every mutation below breaks exactly one thing.
 */
import fc from 'fast-check';
import { z } from 'zod';
import { describe, expect, it, vi } from 'vitest';
import { createDispatch, type Handlers } from '../../../electron/api/dispatch.ts';
import { createEventHub } from '../../../electron/api/events.ts';
import { startBridge } from '../../../electron/bridge/server.ts';
import { bindIpc, createSenderCheck, type SenderFrame } from '../../../electron/shell/ipc.ts';
import { callChannel, calls, CALL_NAMES, type CallName } from '../../../shared/contract.ts';
import type { Result } from '../../../shared/result.ts';

type JsonSchema = {
  type?: string;
  const?: unknown;
  enum?: unknown[];
  oneOf?: JsonSchema[];
  anyOf?: JsonSchema[];
  properties?: Record<string, JsonSchema>;
  required?: string[];
  additionalProperties?: boolean | JsonSchema;
  propertyNames?: JsonSchema;
  items?: JsonSchema;
  minItems?: number;
  maxItems?: number;
  minLength?: number;
  maxLength?: number;
  pattern?: string;
  format?: string;
  minimum?: number;
  exclusiveMinimum?: number;
  maximum?: number;
};

const schemaOf = (name: CallName) => z.toJSONSchema(calls[name].args, { io: 'input' }) as JsonSchema;

/** The fullest valid payload the schema describes: every optional field present, so every field gets fuzzed. */
function exampleOf(schema: JsonSchema): unknown {
  if (schema.const !== undefined) return schema.const;
  if (schema.enum) return schema.enum[0];
  const option = schema.oneOf?.[0] ?? schema.anyOf?.[0];
  if (option) return exampleOf(option);
  switch (schema.type) {
    case 'object': {
      const example = Object.fromEntries(Object.entries(schema.properties ?? {}).map(([key, value]) => [key, exampleOf(value)]));
      if (schema.propertyNames && typeof schema.additionalProperties === 'object') {
        example[String(exampleOf(schema.propertyNames))] = exampleOf(schema.additionalProperties);
      }
      return example;
    }
    case 'array':
      return Array.from({ length: Math.max(1, schema.minItems ?? 0) }, () => exampleOf(schema.items ?? {}));
    case 'string':
      if (schema.pattern) return fc.sample(fc.stringMatching(new RegExp(schema.pattern)), { numRuns: 1, seed: 7 })[0];
      if (schema.format === 'base64') return 'QnJpZWZpbmc=';
      if (schema.format === 'date-time') return '2026-03-01T09:30:00.000Z';
      return 'b'.repeat(Math.max(1, schema.minLength ?? 0));
    case 'integer':
    case 'number':
      return schema.minimum ?? (schema.exclusiveMinimum !== undefined ? schema.exclusiveMinimum + 1 : 0);
    case 'boolean':
      return true;
    default:
      throw new Error(`No example for the schema ${JSON.stringify(schema)}: teach exampleOf this kind.`);
  }
}

/** Every string limit in a schema, to make a string that is too long for any of them. */
function largestMaxLength(schema: unknown): number {
  if (typeof schema !== 'object' || schema === null) return 0;
  const own = 'maxLength' in schema && typeof schema.maxLength === 'number' ? schema.maxLength : 0;
  return Math.max(own, ...Object.values(schema).map(largestMaxLength));
}

type Path = Array<string | number>;

/** Every place in a payload, outermost first, with the value there. */
function places(value: unknown, path: Path = []): Array<{ path: Path; value: unknown }> {
  const here = { path, value };
  if (Array.isArray(value)) return [here, ...value.flatMap((item, index) => places(item, [...path, index]))];
  if (typeof value === 'object' && value !== null) {
    return [here, ...Object.entries(value).flatMap(([key, item]) => places(item, [...path, key]))];
  }
  return [here];
}

/** A copy of `payload` with the value at `path` replaced, or removed when `replacement` is `removed`. */
const removed = Symbol('removed');
function withValueAt(payload: unknown, path: Path, replacement: unknown): unknown {
  if (path.length === 0) return replacement;
  const copy = structuredClone(payload) as Record<string | number, unknown>;
  let parent = copy;
  for (const key of path.slice(0, -1)) parent = parent[key] as Record<string | number, unknown>;
  const last = path.at(-1) as string | number;
  if (replacement === removed) delete parent[last];
  else parent[last] = replacement;
  return copy;
}

/** An object with an own `__proto__` key, as JSON.parse makes one from a request body. */
const ownProtoKey = (value: object) => JSON.parse(`{"__proto__": {"polluted": true}, "rest": ${JSON.stringify(value)}}`) as object;

function deepArray(depth: number): unknown {
  let value: unknown = [];
  for (let level = 0; level < depth; level++) value = [value];
  return value;
}

const TEN_MB = 10 * 1024 * 1024;

/** Values that are wrong for a place holding `value`, whatever the schema says there. */
function wrongValuesFor(value: unknown, huge: string): Array<[string, unknown]> {
  const notNumbers: Array<[string, unknown]> = [['NaN', NaN], ['Infinity', Infinity], ['-Infinity', -Infinity]];
  const common: Array<[string, unknown]> = [['null', null], ['a nested array', deepArray(200)], ['a function-like string', 'constructor']];
  switch (typeof value) {
    case 'string':
      return [['a number', 42], ['a boolean', false], ['an object', {}], ['an array', [value]], ['a huge string', huge], ...notNumbers, ...common.slice(0, 2)];
    case 'number':
      return [
        ['a numeric string', String(value)],
        ['a boolean', true],
        ['an object', { valueOf: 1 }],
        ['the largest number', Number.MAX_VALUE],
        ['the most negative number', -Number.MAX_VALUE],
        ['a huge string', huge],
        ...notNumbers,
        ...common,
      ];
    case 'boolean':
      return [['a string', 'true'], ['a number', 1], ...common];
    default:
      if (Array.isArray(value)) return [['an object', { 0: value[0] }], ['a string', 'items'], ['a huge string', huge], ...common];
      return [['a string', '[object Object]'], ['an array', [value]], ['a number', 1], ['a huge string', huge], ...notNumbers, ...common];
  }
}

/** Every payload we send for one call, each with what is wrong with it. */
function mutationsOf(name: CallName): Array<[string, unknown]> {
  const schema = schemaOf(name);
  const example = exampleOf(schema);
  const huge = 'x'.repeat(Math.max(TEN_MB, largestMaxLength(schema) + 1));
  // No arguments (undefined, or null) stand for {}: wrong only where {} is.
  const acceptsNothing = calls[name].args.safeParse({}).success;
  const mutations: Array<[string, unknown]> = [];
  if (!acceptsNothing) mutations.push(['no arguments', undefined]);
  mutations.push(['the payload wrapped in an array', [example]], ['an array of payloads', deepArray(1000)]);
  for (const { path, value } of places(example)) {
    const where = path.length === 0 ? 'the payload' : path.join('.');
    for (const [label, wrong] of wrongValuesFor(value, huge)) {
      if (path.length === 0 && wrong === null && acceptsNothing) continue;
      if (wrong === null && acceptsNull(schema, path)) continue;
      mutations.push([`${where} is ${label}`, withValueAt(example, path, wrong)]);
    }
    if (typeof value === 'object' && value !== null && !Array.isArray(value)) {
      const object = value as Record<string, unknown>;
      for (const key of Object.keys(object)) {
        if (isRequired(schema, [...path, key])) {
          mutations.push([`${where} is missing ${key}`, withValueAt(example, [...path, key], removed)]);
        }
      }
      for (const key of ['sneaky', 'constructor', 'prototype', 'toString', 'hasOwnProperty']) {
        mutations.push([`${where} has an extra field ${key}`, withValueAt(example, path, { ...object, [key]: { polluted: true } })]);
      }
      mutations.push([`${where} has an own __proto__ key`, withValueAt(example, path, ownProtoKey(object))]);
      mutations.push([`${where} has a huge extra field`, withValueAt(example, path, { ...object, [huge.slice(0, 100_000)]: huge })]);
    }
    if (Array.isArray(value)) {
      mutations.push([`${where} has one item too many`, withValueAt(example, path, Array.from({ length: 100_000 }, (): unknown => (value as unknown[])[0]))]);
    }
  }
  return mutations;
}

/** The part of the JSON schema that describes the value at `path` (a nullable place: its non-null option). */
function schemaAt(schema: JsonSchema, path: Path): JsonSchema | undefined {
  let node: JsonSchema | undefined = schema;
  for (const key of path) {
    if (node === undefined) return undefined;
    node = typeof key === 'number' ? (node.items?.oneOf?.[0] ?? node.items) : node.properties?.[key];
    node = node?.anyOf?.find((option) => option.type !== 'null') ?? node;
  }
  return node;
}

/** True when the JSON schema lists the last key of `path` as required in its object. */
function isRequired(schema: JsonSchema, path: Path): boolean {
  return schemaAt(schema, path.slice(0, -1))?.required?.includes(String(path.at(-1))) ?? false;
}

/** True when the schema allows null at `path` (a grade not given yet): null is no mutation there. */
function acceptsNull(schema: JsonSchema, path: Path): boolean {
  let node: JsonSchema | undefined = schemaAt(schema, path.slice(0, -1));
  const last = path.at(-1);
  if (last === undefined) return false;
  node = typeof last === 'number' ? node?.items : node?.properties?.[last];
  return node?.anyOf?.some((option) => option.type === 'null') ?? false;
}

/** Every handler a spy, so a test can prove that nothing reached a service. */
function spyHandlers(): Handlers {
  return Object.fromEntries(CALL_NAMES.map((name) => [name, vi.fn(() => ({ handled: name }))])) as unknown as Handlers;
}

describe('every call of the contract', () => {
  it.each(CALL_NAMES)('%s has a valid payload built from its schema (so each mutation breaks one thing)', async (name) => {
    const example = exampleOf(schemaOf(name));
    expect(calls[name].args.safeParse(example).error).toBeUndefined();
    const handlers = spyHandlers();
    expect(await createDispatch(handlers)(name, example)).toMatchObject({ ok: true });
    expect(handlers[name]).toHaveBeenCalledOnce();
  });

  it.each(CALL_NAMES)('%s has a closed, bounded schema: no unknown keys, every string, number and list limited', (name) => {
    const unbounded: string[] = [];
    const visit = (schema: JsonSchema, where: string) => {
      if (schema.const !== undefined || schema.enum) return;
      for (const option of [...(schema.oneOf ?? []), ...(schema.anyOf ?? [])]) visit(option, where);
      if (schema.type === 'object') {
        const closed = schema.additionalProperties === false || (schema.propertyNames?.enum !== undefined && typeof schema.additionalProperties === 'object');
        if (!closed) unbounded.push(`${where} accepts unknown keys`);
        for (const [key, value] of Object.entries(schema.properties ?? {})) visit(value, `${where}.${key}`);
        if (typeof schema.additionalProperties === 'object') visit(schema.additionalProperties, `${where}[key]`);
      }
      if (schema.type === 'array') {
        if (schema.maxItems === undefined) unbounded.push(`${where} has no item limit`);
        if (schema.items) visit(schema.items, `${where}[]`);
      }
      // A date-time or a pattern of bounded repeats is bounded by its shape.
      const shaped = schema.format === 'date-time' || /\{\d+,\d+\}\$$/.test(schema.pattern ?? '');
      if (schema.type === 'string' && schema.maxLength === undefined && !shaped) {
        unbounded.push(`${where} has no length limit`);
      }
      if ((schema.type === 'number' || schema.type === 'integer') && (schema.maximum === undefined || (schema.minimum ?? schema.exclusiveMinimum) === undefined)) {
        unbounded.push(`${where} has no range`);
      }
    };
    visit(schemaOf(name), name);
    expect(unbounded).toEqual([]);
  });

  it.each(CALL_NAMES)('%s refuses every malformed payload before any service runs', async (name) => {
    const handlers = spyHandlers();
    const dispatch = createDispatch(handlers);
    const mutations = mutationsOf(name);
    expect(mutations.length).toBeGreaterThan(10);
    for (const [label, payload] of mutations) {
      const result = await dispatch(name, payload);
      expect(result.ok, `${name}: ${label} was accepted`).toBe(false);
      if (!result.ok) {
        expect(result.error.code, `${name}: ${label}`).toBe('INVALID_ARGUMENTS');
        expect(result.error.message.length, `${name}: ${label} gave an unreadable message`).toBeLessThan(2000);
      }
    }
    for (const handler of Object.values(handlers)) expect(handler).not.toHaveBeenCalled();
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});

describe('the IPC binding', () => {
  const MAIN_FRAME: SenderFrame = { url: 'app://bundle/index.html', frameTreeNodeId: 1 };
  type Listener = (event: { senderFrame: SenderFrame | null }, args: unknown) => Promise<Result<unknown>>;

  function boundCalls() {
    const listeners = new Map<string, Listener>();
    const handlers = spyHandlers();
    const window = { isDestroyed: () => false, webContents: { mainFrame: MAIN_FRAME, send: vi.fn() } };
    bindIpc({ handle: (channel: string, listener: Listener) => void listeners.set(channel, listener) }, createDispatch(handlers), createSenderCheck(() => [window], null));
    const invoke = (name: CallName, senderFrame: SenderFrame | null, args: unknown) => {
      const listener = listeners.get(callChannel(name));
      if (!listener) throw new Error(`${name} is not bound`);
      return listener({ senderFrame }, args);
    };
    return { handlers, invoke };
  }

  it.each(CALL_NAMES)('refuses %s with a valid payload from a subframe, another origin or a gone frame', async (name) => {
    const { handlers, invoke } = boundCalls();
    const example = exampleOf(schemaOf(name));
    for (const frame of [
      { url: 'app://bundle/index.html', frameTreeNodeId: 2 },
      { url: 'https://evil.example/', frameTreeNodeId: 1 },
      { url: 'http://127.0.0.1:5173/', frameTreeNodeId: 1 },
      { url: 'file:///home/analyst/index.html', frameTreeNodeId: 1 },
      { url: 'app://bundle.evil/index.html', frameTreeNodeId: 1 },
      null,
    ]) {
      expect(await invoke(name, frame, example), JSON.stringify(frame)).toMatchObject({ ok: false, error: { code: 'FORBIDDEN_SENDER' } });
    }
    for (const handler of Object.values(handlers)) expect(handler).not.toHaveBeenCalled();
  });

  it.each(CALL_NAMES)('validates %s from the app window as dispatch does', async (name) => {
    const { handlers, invoke } = boundCalls();
    const [label, payload] = mutationsOf(name).find(([what]) => what.includes('extra field sneaky')) ?? ['', undefined];
    expect(await invoke(name, MAIN_FRAME, payload), label).toMatchObject({ ok: false, error: { code: 'INVALID_ARGUMENTS' } });
    expect(handlers[name]).not.toHaveBeenCalled();
  });
});

describe('the HTTP bridge', () => {
  it('refuses, for every call, bodies with an own __proto__ key, extra fields or the wrong shape, before any service runs', async () => {
    const handlers = spyHandlers();
    const bridge = await startBridge({ dispatch: createDispatch(handlers), events: createEventHub() });
    try {
      for (const name of CALL_NAMES) {
        const example = exampleOf(schemaOf(name)) as object;
        const withConstructor = JSON.stringify({ constructor: { prototype: { polluted: true } }, ...example });
        for (const body of [`{"__proto__": {"polluted": true}, "rest": ${JSON.stringify(example)}}`, withConstructor, '[1, 2, 3]', '"text"', '1e999']) {
          const response = await fetch(`${bridge.origin}/api/call/${name}`, {
            method: 'POST',
            headers: { authorization: `Bearer ${bridge.token}`, 'content-type': 'application/json' },
            body,
          });
          expect(await response.json(), `${name} ${body.slice(0, 80)}`).toMatchObject({ ok: false, error: { code: 'INVALID_ARGUMENTS' } });
        }
      }
    } finally {
      await bridge.close();
    }
    for (const handler of Object.values(handlers)) expect(handler).not.toHaveBeenCalled();
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});
