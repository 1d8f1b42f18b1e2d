import { type Document, isAlias, isNode, LineCounter, parseAllDocuments, visit } from 'yaml';
import type { z } from 'zod';

import type { InvalidUtf8 } from '@mpp/domain';

import type { DeploymentProblemCode } from './problem-messages';

export interface DeploymentProblem {
  file: string;
  /** Dotted path in the file, e.g. `agencies[2].services[0].standard.fee`. */
  path: string;
  line?: number;
  column?: number;
  code: DeploymentProblemCode;
  message: string;
}

export interface SourceFile {
  file: string;
  text: string;
  /** Set by whoever read the bytes: where they stop being UTF-8. */
  invalidUtf8?: InvalidUtf8;
}

/** Aliases a real deployment file may use; a billion-laughs file needs far more. */
const MAX_ALIAS_COUNT = 100;

export type PathSegment = string | number;

/** A parsed YAML file that can point at the line of any path in it. */
export class YamlSource {
  private constructor(
    readonly file: string,
    private readonly document: Document,
    private readonly lines: LineCounter,
    private readonly value: unknown,
  ) {}

  /**
   * Never throws: whatever the bytes, the answer is a parsed file or problems with their line
   * (not UTF-8, empty, several documents, broken YAML, an alias bomb), so a caller checking
   * many files goes on to the next one.
   */
  static parse(source: SourceFile): { yaml?: YamlSource; problems: DeploymentProblem[] } {
    const at = (line: number, column: number, code: DeploymentProblemCode, message: string): DeploymentProblem => ({
      file: source.file,
      path: '',
      line,
      column,
      code,
      message,
    });
    if (source.invalidUtf8) {
      const { line, column } = source.invalidUtf8;
      return { problems: [at(line, column, 'TEXT_NOT_UTF8', 'the file is not UTF-8 text here; save it as UTF-8')] };
    }
    const lines = new LineCounter();
    const documents = parseAllDocuments(source.text, { lineCounter: lines, uniqueKeys: true, prettyErrors: false });
    const list = Array.isArray(documents) ? documents : [];
    if (list.length === 0 || list.every((doc) => doc.contents === null)) {
      return { problems: [at(1, 1, 'FILE_EMPTY', 'the file is empty: it must hold one YAML document (a mapping)')] };
    }
    if (list.length > 1) {
      const second = lines.linePos(list[1].range[0]);
      return {
        problems: [
          at(second.line, second.col, 'MULTIPLE_DOCUMENTS', `the file holds ${list.length} YAML documents; it must hold exactly one`),
        ],
      };
    }
    const document = list[0];
    const problems = [...document.errors, ...document.warnings].map((error): DeploymentProblem => {
      const position = lines.linePos(error.pos[0]);
      return {
        file: source.file,
        path: '',
        line: position.line,
        column: position.col,
        code: 'YAML_INVALID',
        message: error.message.split('\n')[0],
      };
    });
    if (problems.length > 0) return { problems };
    try {
      const value = document.toJS({ maxAliasCount: MAX_ALIAS_COUNT });
      return { yaml: new YamlSource(source.file, document, lines, value), problems: [] };
    } catch (error) {
      // The yaml library refuses an alias expansion past maxAliasCount (a resource-exhaustion file).
      const position = firstAliasPosition(document, lines) ?? { line: 1, col: 1 };
      return {
        problems: [
          at(
            position.line,
            position.col,
            'YAML_ALIAS_LIMIT',
            `the file expands aliases (*name) more than ${MAX_ALIAS_COUNT} times: ${(error as Error).message.split('\n')[0]}`,
          ),
        ],
      };
    }
  }

  toJS(): unknown {
    return this.value;
  }

  /** The problem at `path`, located at the deepest part of the path the file has. */
  problem(path: PathSegment[], code: DeploymentProblemCode, message: string): DeploymentProblem {
    for (let depth = path.length; depth >= 0; depth--) {
      const node = this.document.getIn(path.slice(0, depth), true);
      if (isNode(node) && node.range) {
        const position = this.lines.linePos(node.range[0]);
        return { file: this.file, path: formatPath(path), line: position.line, column: position.col, code, message };
      }
    }
    return { file: this.file, path: formatPath(path), code, message };
  }

  zodProblems(error: z.ZodError): DeploymentProblem[] {
    return this.flatten(error.issues, []).map((issue) => {
      const path = issue.path as PathSegment[];
      const present = path.length === 0 ? this.value !== undefined && this.value !== null : this.document.hasIn(path);
      const code = issue.code === 'unrecognized_keys' ? 'FIELD_UNKNOWN' : 'FIELD_INVALID';
      return this.problem(path, code, describe(issue, present, valueAt(this.value, path)));
    });
  }

  /**
   * A service is written whole or as `template: ...` with overrides: when neither fits, report
   * the problems of the form the author meant (by whether it has a `template` key), not the
   * union's bare "Invalid input".
   */
  private flatten(issues: z.core.$ZodIssue[], prefix: PropertyKey[]): z.core.$ZodIssue[] {
    return issues.flatMap((issue) => {
      const path = [...prefix, ...issue.path];
      if (issue.code !== 'invalid_union' || issue.errors.length !== 2) return [{ ...issue, path }];
      const node = this.document.getIn(path as PathSegment[]) as unknown;
      const usesTemplate =
        typeof node === 'object' && node !== null && 'has' in node && (node as { has(key: string): boolean }).has('template');
      return this.flatten(issue.errors[usesTemplate ? 1 : 0], path);
    });
  }
}

function firstAliasPosition(document: Document, lines: LineCounter): { line: number; col: number } | undefined {
  let found: { line: number; col: number } | undefined;
  visit(document, {
    Alias(_, node) {
      if (isAlias(node) && node.range) {
        found = lines.linePos(node.range[0]);
        return visit.BREAK;
      }
      return undefined;
    },
  });
  return found;
}

/**
 * Says what is wrong with what is there: a missing field is "required", a present one of the
 * wrong type says what it is and what it should be, never "required".
 */
function describe(issue: z.core.$ZodIssue, present: boolean, actual: unknown): string {
  if (issue.code === 'unrecognized_keys')
    return `unknown field${issue.keys.length > 1 ? 's' : ''} ${issue.keys.map((key) => `"${key}"`).join(', ')}`;
  const field = String(issue.path[issue.path.length - 1] ?? 'the file');
  if (issue.code === 'invalid_type' && !present) {
    const custom = issue.message.startsWith('Invalid input') ? '' : `: ${issue.message}`;
    return issue.path.length === 0 ? 'the file must be a YAML mapping of the deployment' : `"${field}" is required${custom}`;
  }
  if (issue.code === 'invalid_type') {
    const custom = issue.message.startsWith('Invalid input') ? '' : ` (${issue.message})`;
    return `"${field}" must be ${article(issue.expected)}, not ${kindOf(actual)}${custom}`;
  }
  return issue.message;
}

function article(expected: string): string {
  return /^[aeiou]/.test(expected) ? `an ${expected}` : `a ${expected}`;
}

function kindOf(value: unknown): string {
  if (value === null) return 'empty (null)';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'object') return 'a mapping';
  if (typeof value === 'string') return `the text "${value.length > 40 ? `${value.slice(0, 40)}…` : value}"`;
  return `${typeof value === 'number' ? 'the number' : typeof value === 'boolean' ? 'the boolean' : typeof value} ${String(value)}`;
}

function valueAt(root: unknown, path: PathSegment[]): unknown {
  return path.reduce<unknown>(
    (node, key) => (node !== null && typeof node === 'object' ? (node as Record<PathSegment, unknown>)[key] : undefined),
    root,
  );
}

export function formatPath(path: PathSegment[]): string {
  return path.reduce<string>(
    (text, segment) => (typeof segment === 'number' ? `${text}[${segment}]` : text ? `${text}.${segment}` : segment),
    '',
  );
}
