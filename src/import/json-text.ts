/**
 * JSON text with the place of every value in it, so that an edit can replace one value and leave
 * every other byte of the file as the user wrote it (indentation, line ends, key order, numbers
 * as written). Linear in the text; the text is known to be valid JSON (JSON.parse read it first).
 */

export type JsonNode =
  | { kind: 'object'; start: number; end: number; members: Array<{ key: string; keyStart: number; value: JsonNode }> }
  | { kind: 'array'; start: number; end: number; items: JsonNode[] }
  | { kind: 'scalar'; start: number; end: number };

const isSpace = (c: string | undefined) => c === ' ' || c === '\n' || c === '\r' || c === '\t';

/** The tree of a valid JSON text's values, with their offsets (end exclusive). */
export function jsonTree(text: string): JsonNode {
  let i = 0;
  const skip = () => {
    while (isSpace(text[i])) i++;
  };
  const string = (): number => {
    i++;
    while (text[i] !== '"') i += text[i] === '\\' ? 2 : 1;
    return ++i;
  };
  // Iterative, with an explicit stack: nesting depth in a user's file costs no call stack.
  type Open = { node: Extract<JsonNode, { kind: 'object' | 'array' }>; key?: string; keyStart?: number };
  const stack: Open[] = [];
  let root: JsonNode | undefined;
  const attach = (node: JsonNode) => {
    const parent = stack[stack.length - 1];
    if (!parent) root = node;
    else if (parent.node.kind === 'array') parent.node.items.push(node);
    else parent.node.members.push({ key: parent.key as string, keyStart: parent.keyStart as number, value: node });
  };
  for (;;) {
    skip();
    const parent = stack[stack.length - 1];
    if (parent?.node.kind === 'object' && text[i] !== '}') {
      if (text[i] === ',') i++;
      skip();
      const keyStart = i;
      string();
      parent.key = JSON.parse(text.slice(keyStart, i)) as string;
      parent.keyStart = keyStart;
      skip();
      i++; // ":"
      skip();
    } else if (parent?.node.kind === 'array' && text[i] === ',') {
      i++;
      skip();
    }
    const c = text[i];
    if (c === '}' || c === ']') {
      const closed = stack.pop() as Open;
      closed.node.end = ++i;
      attach(closed.node);
      if (stack.length === 0) return root as JsonNode;
      continue;
    }
    if (c === '{' || c === '[') {
      stack.push({
        node:
          c === '{'
            ? { kind: 'object', start: i, end: -1, members: [] }
            : { kind: 'array', start: i, end: -1, items: [] },
      });
      i++;
      continue;
    }
    const start = i;
    if (c === '"') string();
    else while (i < text.length && !isSpace(text[i]) && text[i] !== ',' && text[i] !== '}' && text[i] !== ']') i++;
    attach({ kind: 'scalar', start, end: i });
    if (stack.length === 0) return root as JsonNode;
  }
}

/** The 1-based line of a character offset. */
export function lineAt(text: string, offset: number): number {
  let line = 1;
  for (let i = text.indexOf('\n'); i >= 0 && i < offset; i = text.indexOf('\n', i + 1)) line++;
  return line;
}

const JSON_TOKEN =
  /\s*(?:"(?:[^"\\\u0000-\u001f]|\\(?:["\\/bfnrt]|u[\da-fA-F]{4}))*"|-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?|true|false|null|[{}[\]:,])/y;

/**
 * Where JSON text first goes wrong: Node 20's JSON.parse no longer says. Tokens are checked
 * against what may come next (a value, a key, ":", "," or a closing bracket), with a stack of
 * the brackets open; linear in the text. A comma right before a closing bracket, the slip
 * JavaScript allows and JSON does not, is named, at the comma.
 */
export function errorOffset(text: string): { offset: number; trailingComma?: true } {
  const open: string[] = [];
  let expect: 'value' | 'key' | 'colon' | 'after' = 'value';
  let at = 0;
  let comma = -1;
  for (;;) {
    JSON_TOKEN.lastIndex = at;
    const match = JSON_TOKEN.exec(text);
    if (!match)
      return {
        offset:
          /^\s*$/.test(text.slice(at)) && open.length === 0 && expect === 'after'
            ? text.length
            : at + (text.slice(at).length - text.slice(at).trimStart().length),
      };
    const token = match[0].trim();
    const start = match.index + match[0].length - token.length;
    const commaAt = comma;
    comma = token === ',' ? start : -1;
    at = JSON_TOKEN.lastIndex;
    const closes = token === '}' || token === ']';
    if (commaAt >= 0 && closes && (expect === 'key' || expect === 'value'))
      return { offset: commaAt, trailingComma: true };
    if (expect === 'key') {
      if (token.startsWith('"')) expect = 'colon';
      else if (token === '}' && open[open.length - 1] === '{') {
        open.pop();
        expect = 'after';
      } else return { offset: start };
    } else if (expect === 'colon') {
      if (token !== ':') return { offset: start };
      expect = 'value';
    } else if (expect === 'value') {
      if (token === '{') {
        open.push('{');
        expect = 'key';
      } else if (token === '[') {
        open.push('[');
        expect = 'value';
      } else if (token === ']' && open[open.length - 1] === '[') {
        open.pop();
        expect = 'after';
      } else if (closes || token === ':' || token === ',') {
        return { offset: start };
      } else {
        expect = 'after';
      }
    } else {
      const inner = open[open.length - 1];
      if (token === ',' && inner) expect = inner === '{' ? 'key' : 'value';
      else if ((token === '}' && inner === '{') || (token === ']' && inner === '[')) open.pop();
      else return { offset: start };
    }
  }
}

/** JSON.parse, or the line and column (both from 1) it fails at and why, in one line. */
export function parseJson(text: string): { value: unknown } | { line: number; column: number; message: string } {
  try {
    return { value: JSON.parse(text) };
  } catch (error) {
    const { offset, trailingComma } = errorOffset(text);
    const message = trailingComma
      ? 'a trailing comma: JSON allows none before "]" or "}"'
      : (error instanceof Error ? error.message : String(error)).split('\n')[0];
    return { line: lineAt(text, offset), column: offset - text.lastIndexOf('\n', offset - 1), message };
  }
}

/**
 * JSON text with its `//` and `/* *\/` comments blanked out (JSONC, as some site templates keep
 * their resume.json), strings left alone; undefined when it has none. Blanked, not removed, so
 * every line and column stays where it was. Linear in the text.
 */
export function withoutComments(text: string): string | undefined {
  let out = '';
  let from = 0;
  let found = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === '"') {
      for (i++; i < text.length && text[i] !== '"'; i++) if (text[i] === '\\') i++;
    } else if (c === '/' && (text[i + 1] === '/' || text[i + 1] === '*')) {
      const block = text[i + 1] === '*';
      const end = block ? text.indexOf('*/', i + 2) : text.indexOf('\n', i);
      const stop = end < 0 ? text.length : block ? end + 2 : end;
      out += text.slice(from, i) + text.slice(i, stop).replace(/[^\n]/g, ' ');
      from = stop;
      i = stop - 1;
      found = true;
    }
  }
  return found ? out + text.slice(from) : undefined;
}
