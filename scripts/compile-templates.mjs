// Compiles partials/*.hbs into plain JavaScript functions at build time, with Handlebars' own
// parser (so whitespace control is Handlebars'), for exactly the constructs the templates use:
// {{name}} and {{this}} (escaped as Handlebars escapes, and isolated for direction), {{{name}}}, {{#if}}, {{#each}},
// {{#with}} with {{else}}, and partials {{> name}}, {{> name context}}, {{> (lookup . "key")}}.
// Anything else fails the build. Lookups read own properties only, as Handlebars' do; a test
// renders a large corpus with both these functions and the Handlebars runtime and compares.
import Handlebars from 'handlebars';

/** What the generated functions share: Handlebars' escaping, truthiness and property lookup. */
const RUNTIME = `
const own = Object.prototype.hasOwnProperty;
/** A property the context has of its own, as Handlebars' lookupProperty reads it. */
function get(context: any, name: string): any {
  return context != null && own.call(context, name) ? context[name] : undefined;
}
/**
 * Handlebars' escapeExpression, of text isolated for direction (src/format/bidi.ts): escaping and
 * isolation are both the default for every value a template prints.
 */
function escape(value: any): string {
  if (typeof value !== 'string') {
    if (value == null) return '';
    if (!value) return value + '';
    value = '' + value;
  }
  return escapeIsolated(value);
}
function raw(value: any): string {
  return value == null ? '' : '' + value;
}
/** Handlebars' #if and #with: false, 0, "", null, undefined and [] are empty. */
function empty(value: any): boolean {
  return !value || (Array.isArray(value) && value.length === 0);
}
/** What #each walks: an array's elements, or an object's own values. */
function items(value: any): any[] {
  if (Array.isArray(value)) return value;
  return value && typeof value === 'object' ? Object.keys(value).map((key) => value[key]) : [];
}
`;

class Unsupported extends Error {}

function fail(node, what) {
  const where = node.loc ? ` at line ${node.loc.start.line}` : '';
  throw new Unsupported(`${what}${where} is not supported by scripts/compile-templates.mjs`);
}

/**
 * The expression for a path: `this`, or one own property of the context. A name that is an
 * identifier is read with a dot at its own site, where V8 learns the one shape it meets; `get`'s
 * shared keyed read sees every shape and stays slow.
 */
function read(name, context) {
  if (!/^[A-Za-z_$][\w$]*$/.test(name)) return `get(${context}, ${JSON.stringify(name)})`;
  return `(${context} != null && own.call(${context}, ${JSON.stringify(name)}) ? ${context}.${name} : undefined)`;
}

/** The one property name a path names, or undefined for `this`. */
function nameOf(node) {
  if (node.type !== 'PathExpression' || node.data || node.depth !== 0)
    fail(node, `the expression ${node.original ?? node.type}`);
  if (node.parts.length === 0) return undefined;
  if (node.parts.length !== 1) fail(node, `the path ${node.original}`);
  return node.parts[0];
}

/** The expression for a path in a scope: a name the scope reads twice or more was read once, at its start. */
function path(node, scope) {
  const name = nameOf(node);
  if (name === undefined) return scope.context;
  return scope.hoisted.get(name) ?? read(name, scope.context);
}

/**
 * How often each name is read in a program with one context, `#if` blocks and the `{{else}}` of
 * `#each` and `#with` included (they keep the context); the bodies of `#each` and `#with` are
 * scopes of their own.
 */
function countReads(program, counts = new Map()) {
  const count = (node) => {
    const name = nameOf(node);
    if (name !== undefined) counts.set(name, (counts.get(name) ?? 0) + 1);
  };
  for (const node of program.body) {
    if (node.type === 'MustacheStatement') count(node.path);
    else if (node.type === 'BlockStatement') {
      node.params.forEach(count);
      if (node.path.original === 'if') countReads(node.program, counts);
      if (node.inverse) countReads(node.inverse, counts);
    } else if (node.type === 'PartialStatement') {
      node.params.forEach(count);
      if (node.name.type === 'SubExpression') {
        node.name.params.filter((param) => param.type === 'PathExpression').forEach(count);
        const [target, key] = node.name.params;
        if (target?.type === 'PathExpression' && target.parts.length === 0 && key?.type === 'StringLiteral') {
          counts.set(key.value, (counts.get(key.value) ?? 0) + 1);
        }
      }
    }
  }
  return counts;
}

/**
 * A scope's code: the names it reads more than once are read once into constants first (reading
 * a view object's own property has no effect, so reading it early changes nothing), then its nodes.
 */
function compileScope(program, context, state) {
  const scope = { context, hoisted: new Map() };
  const lines = [];
  for (const [name, count] of countReads(program)) {
    if (count < 2) continue;
    const variable = `v${state.next++}`;
    lines.push(`const ${variable} = ${read(name, context)};`);
    scope.hoisted.set(name, variable);
  }
  return [...lines, compileProgram(program, scope, state)].join('\n');
}

function compileProgram(program, scope, state) {
  return program.body.map((node) => compileNode(node, scope, state)).join('\n');
}

function compileNode(node, scope, state) {
  switch (node.type) {
    case 'ContentStatement':
      return node.value ? `out += ${JSON.stringify(node.value)};` : '';
    case 'CommentStatement':
      return '';
    case 'MustacheStatement': {
      if (node.params.length > 0 || node.hash) fail(node, `a helper call {{${node.path.original} ...}}`);
      const value = path(node.path, scope);
      return `out += ${node.escaped ? 'escape' : 'raw'}(${value});`;
    }
    case 'BlockStatement': {
      const helper = node.path.original;
      if (node.params.length !== 1 || node.hash || node.program.blockParams) fail(node, `the block {{#${helper}}}`);
      const value = path(node.params[0], scope);
      const inverse = node.inverse ? compileProgram(node.inverse, scope, state) : '';
      const id = state.next++;
      if (helper === 'if')
        return `if (!empty(${value})) {\n${compileProgram(node.program, scope, state)}\n} else {\n${inverse}\n}`;
      if (helper === 'with') {
        return `{ const c${id} = ${value};\nif (!empty(c${id})) {\n${compileScope(node.program, `c${id}`, state)}\n} else {\n${inverse}\n} }`;
      }
      if (helper === 'each') {
        const body = compileScope(node.program, `c${id}`, state);
        return `{ const l${id} = items(${value});\nif (l${id}.length > 0) { for (const c${id} of l${id}) {\n${body}\n} } else {\n${inverse}\n} }`;
      }
      return fail(node, `the block helper #${helper}`);
    }
    case 'PartialStatement': {
      if (node.hash || node.params.length > 1) fail(node, 'a partial with hash arguments');
      const target = node.params.length === 1 ? path(node.params[0], scope) : scope.context;
      if (node.name.type === 'PathExpression') {
        if (!state.names.has(node.name.original)) fail(node, `the unknown partial ${node.name.original}`);
        return `out += partials[${JSON.stringify(node.name.original)}](${target});`;
      }
      // {{> (lookup . "key")}}: the partial named by a property of the context.
      const name = node.name;
      if (
        name.type !== 'SubExpression' ||
        name.path.original !== 'lookup' ||
        name.params.length !== 2 ||
        name.params[1].type !== 'StringLiteral'
      ) {
        fail(node, 'a dynamic partial other than (lookup . "key")');
      }
      const owner = name.params[0];
      const key = name.params[1].value;
      // `.` names the context itself, whose property may have been read into a constant.
      const partialName =
        nameOf(owner) === undefined
          ? (scope.hoisted.get(key) ?? `get(${scope.context}, ${JSON.stringify(key)})`)
          : `get(${path(owner, scope)}, ${JSON.stringify(key)})`;
      return `out += partials[${partialName}](${target});`;
    }
    default:
      return fail(node, `the construct ${node.type}`);
  }
}

/** The context type a partial declares in a comment on its first line: {{!-- context: EntryView --}}. */
function declaredContext(name, program) {
  const first = program.body[0];
  const match = first?.type === 'CommentStatement' ? /^\s*context:\s*(.+?)\s*$/.exec(first.value) : null;
  if (!match)
    throw new Unsupported(`partials/${name}.hbs declares no context type: start it with {{!-- context: Type --}}`);
  return match[1];
}

/**
 * Type-level checks of one template against its context type, as TypeScript type aliases: each
 * name it reads is a field of its context (an indexed access fails to compile otherwise), each
 * partial it calls gets a value of that partial's context type, and `#each` walks a list.
 */
function typeChecks(name, program) {
  const lines = [];
  const alias = (type) => lines.push(`  ${type},`);
  const value = (node, type) => {
    const field = nameOf(node);
    return field === undefined ? type : `NonNullable<${type}>[${JSON.stringify(field)}]`;
  };
  const walk = (program, type) => {
    for (const node of program.body) {
      if (node.type === 'MustacheStatement') alias(value(node.path, type));
      else if (node.type === 'BlockStatement') {
        const param = value(node.params[0], type);
        alias(param);
        const helper = node.path.original;
        walk(node.program, helper === 'each' ? `Item<${param}>` : helper === 'with' ? `NonNullable<${param}>` : type);
        if (node.inverse) walk(node.inverse, type);
      } else if (node.type === 'PartialStatement') {
        if (node.name.type === 'PathExpression') {
          const target = node.params.length === 1 ? value(node.params[0], type) : type;
          alias(`Expect<Fits<${target}, Contexts[${JSON.stringify(node.name.original)}]>>`);
        } else {
          // {{> (lookup . "key") target}}: for every member of the context's type, the partial its
          // key names takes its target.
          const target = node.params.length === 1 ? JSON.stringify(nameOf(node.params[0]) ?? null) : 'null';
          alias(`Expect<Dispatch<${type}, ${JSON.stringify(node.name.params[1].value)}, ${target}>>`);
        }
      }
    }
  };
  walk(program, `Contexts[${JSON.stringify(name)}]`);
  return lines;
}

const TYPE_HELPERS = `
type Expect<T extends true> = T;
/** What a value fits: its type, undefined aside (a partial given nothing renders nothing). */
type Fits<A, B> = NonNullable<A> extends B ? true : false;
/** What #each walks: a list's items; anything else is no list. */
type Item<A> = NonNullable<A> extends readonly (infer E)[] ? E : unknown;
/** A partial chosen by the context's \`K\`, given its field \`C\` (or the context itself), for every member of T. */
type Dispatch<T, K extends PropertyKey, C extends PropertyKey | null> =
  T extends unknown
    ? T extends { [P in K]: infer N }
      ? N extends keyof Contexts
        ? (C extends PropertyKey ? (T extends { [P in C]: infer V } ? V : unknown) : T) extends Contexts[N]
          ? true
          : false
        : false
      : false
    : never;`;

/** TypeScript source of a module exporting `templates`: one function per template name. */
export function compileTemplates(sources) {
  const names = new Set(Object.keys(sources));
  const state = { names, next: 0 };
  const parsed = Object.entries(sources).map(([name, source]) => [name, Handlebars.parse(source)]);
  const contexts = parsed.map(([name, program]) => [name, declaredContext(name, program)]);
  const typeNames = [...new Set(contexts.flatMap(([, type]) => type.match(/\b[A-Z]\w*/g) ?? []))].sort();
  const checks = parsed.flatMap(([name, program]) => typeChecks(name, program));
  const functions = parsed.map(([name, program]) => {
    const body = compileScope(program, 'context', state);
    return `  ${JSON.stringify(name)}(context: Contexts[${JSON.stringify(name)}]): string {\n    let out = '';\n${body}\n    return out;\n  },`;
  });
  return [
    '/* eslint-disable */',
    "import { escapeIsolated } from '../format/escape';",
    `import type { ${typeNames.join(', ')} } from '../view-model';`,
    '',
    '/** The context each template is written for (its first line declares it). */',
    'export interface Contexts {',
    ...contexts.map(([name, type]) => `  ${JSON.stringify(name)}: ${type};`),
    '}',
    TYPE_HELPERS,
    '// The build fails here when a template reads a field its context lacks, or gives a partial the wrong context.',
    'export type TemplateChecks = [',
    ...checks,
    '];',
    '',
    RUNTIME.trim(),
    '',
    'const partials: Record<string, (context: any) => string> = {',
    ...functions,
    '};',
    '',
    'export const templates = partials as { [N in keyof Contexts]: (context: Contexts[N]) => string };',
  ].join('\n');
}
