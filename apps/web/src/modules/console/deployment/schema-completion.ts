/**
 * What the editor offers at the cursor, from the deployment file's JSON Schema (served by the
 * admin API): the keys the mapping there may hold, or the values a key allows (its enum).
 * YAML's structure is read from indentation, as a person reads it; the admin API's validation
 * remains the judge of the file.
 */
export interface Suggestion {
  label: string;
  kind: 'key' | 'value';
  detail?: string;
}

type Schema = {
  $ref?: string;
  properties?: Record<string, Schema>;
  items?: Schema;
  additionalProperties?: Schema | boolean;
  anyOf?: Schema[];
  oneOf?: Schema[];
  allOf?: Schema[];
  enum?: unknown[];
  const?: unknown;
  description?: string;
  type?: string | string[];
  $defs?: Record<string, Schema>;
  definitions?: Record<string, Schema>;
};

interface Frame {
  indent: number;
  segment: string;
  item: boolean;
  /** A key with nothing after its colon: its value is the block below. */
  opensBlock: boolean;
}

const KEY_LINE = /^([A-Za-z_][\w-]*)\s*:(.*)$/;

/** The keys and list items from the document's root down to the mapping the cursor is in ('[]' for a list item). */
export function yamlPathAt(text: string, offset: number): { path: string[]; key?: string; inValue: boolean } {
  const before = text.slice(0, offset);
  const lines = before.split('\n');
  const current = lines.pop() ?? '';
  const stack: Frame[] = [];
  for (const line of lines) step(stack, line);
  const { indent, item, rest } = shape(current);
  if (item) {
    popForItem(stack, indent);
    stack.push({ indent, segment: '[]', item: true, opensBlock: false });
  }
  const keyIndent = item ? indent + 2 : indent;
  while (stack.length > 0 && !stack[stack.length - 1].item && stack[stack.length - 1].indent >= keyIndent) stack.pop();
  while (stack.length > 0 && stack[stack.length - 1].item && stack[stack.length - 1].indent >= keyIndent) stack.pop();
  const keyed = KEY_LINE.exec(rest);
  const path = stack.map((frame) => frame.segment);
  return keyed ? { path, key: keyed[1], inValue: true } : { path, inValue: false };
}

function shape(line: string): { indent: number; item: boolean; rest: string } {
  const indent = line.length - line.trimStart().length;
  const trimmed = line.trimStart();
  if (trimmed === '-' || trimmed.startsWith('- ')) return { indent, item: true, rest: trimmed.slice(2).trimStart() };
  return { indent, item: false, rest: trimmed };
}

function popForItem(stack: Frame[], indent: number): void {
  // A list item belongs to the nearest key above that opens a block at or left of the dash.
  while (stack.length > 0) {
    const top = stack[stack.length - 1];
    if (top.indent > indent || (top.indent === indent && (top.item || !top.opensBlock))) stack.pop();
    else break;
  }
}

function step(stack: Frame[], line: string): void {
  const withoutComment = line.replace(/\s+#.*$/, '');
  if (withoutComment.trim() === '' || withoutComment.trimStart().startsWith('#')) return;
  const { indent, item, rest } = shape(withoutComment);
  if (item) {
    popForItem(stack, indent);
    stack.push({ indent, segment: '[]', item: true, opensBlock: false });
  }
  const keyIndent = item ? indent + 2 : indent;
  const keyed = KEY_LINE.exec(rest);
  if (!keyed) return;
  while (stack.length > 0 && stack[stack.length - 1].indent >= keyIndent && !(item && stack[stack.length - 1].item)) stack.pop();
  stack.push({ indent: keyIndent, segment: keyed[1], item: false, opensBlock: keyed[2].trim() === '' });
}

/** The schema of the node at `path`, following $ref and every branch of anyOf/oneOf/allOf. */
export function schemasAt(root: Schema, path: readonly string[]): Schema[] {
  let nodes = expand(root, root);
  for (const segment of path) {
    const next: Schema[] = [];
    for (const node of nodes) {
      const child = segment === '[]' ? node.items : (node.properties?.[segment] ?? objectOrUndefined(node.additionalProperties));
      if (child) next.push(...expand(root, child));
    }
    nodes = next;
  }
  return nodes;
}

function objectOrUndefined(value: Schema | boolean | undefined): Schema | undefined {
  return typeof value === 'object' ? value : undefined;
}

function expand(root: Schema, node: Schema, depth = 0): Schema[] {
  if (depth > 20) return [];
  const resolved = node.$ref ? resolveRef(root, node.$ref) : node;
  if (!resolved) return [];
  const branches = [...(resolved.anyOf ?? []), ...(resolved.oneOf ?? []), ...(resolved.allOf ?? [])];
  return [resolved, ...branches.flatMap((branch) => expand(root, branch, depth + 1))];
}

function resolveRef(root: Schema, ref: string): Schema | undefined {
  if (ref === '#') return root;
  const parts = ref.replace(/^#\//, '').split('/');
  let node: unknown = root;
  for (const part of parts) node = (node as Record<string, unknown> | undefined)?.[part.replace(/~1/g, '/').replace(/~0/g, '~')];
  return node as Schema | undefined;
}

/** The suggestions at the cursor: keys of the mapping there, or the allowed values of the key being filled in. */
export function suggestionsAt(schema: unknown, text: string, offset: number): Suggestion[] {
  const root = schema as Schema;
  const { path, key, inValue } = yamlPathAt(text, offset);
  const seen = new Set<string>();
  const out: Suggestion[] = [];
  if (inValue && key) {
    for (const node of schemasAt(root, [...path, key])) {
      for (const value of [...(node.enum ?? []), ...(node.const !== undefined ? [node.const] : [])]) {
        const label = String(value);
        if (seen.has(label)) continue;
        seen.add(label);
        out.push({ label, kind: 'value', detail: node.description });
      }
    }
    return out;
  }
  for (const node of schemasAt(root, path)) {
    for (const [name, property] of Object.entries(node.properties ?? {})) {
      if (seen.has(name)) continue;
      seen.add(name);
      out.push({ label: name, kind: 'key', detail: property.description ?? expand(root, property)[0]?.description });
    }
  }
  return out;
}
