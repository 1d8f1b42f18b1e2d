import { type Document, isNode, LineCounter, parseDocument } from 'yaml';
import type { z } from 'zod';

export interface DeploymentProblem {
  file: string;
  /** Dotted path in the file, e.g. `agencies[2].services[0].standard.fee`. */
  path: string;
  line?: number;
  column?: number;
  code: string;
  message: string;
}

export interface SourceFile {
  file: string;
  text: string;
}

export type PathSegment = string | number;

/** A parsed YAML file that can point at the line of any path in it. */
export class YamlSource {
  private constructor(
    readonly file: string,
    private readonly document: Document,
    private readonly lines: LineCounter,
  ) {}

  static parse(source: SourceFile): { yaml?: YamlSource; problems: DeploymentProblem[] } {
    const lines = new LineCounter();
    const document = parseDocument(source.text, { lineCounter: lines, uniqueKeys: true, prettyErrors: false });
    const problems = [...document.errors, ...document.warnings].map((error) => {
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
    return problems.length > 0 ? { problems } : { yaml: new YamlSource(source.file, document, lines), problems: [] };
  }

  toJS(): unknown {
    return this.document.toJS();
  }

  /** The problem at `path`, located at the deepest part of the path the file has. */
  problem(path: PathSegment[], code: string, message: string): DeploymentProblem {
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
    return this.flatten(error.issues, []).map((issue) =>
      this.problem(issue.path as PathSegment[], issue.code === 'unrecognized_keys' ? 'FIELD_UNKNOWN' : 'FIELD_INVALID', describe(issue)),
    );
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

function describe(issue: z.core.$ZodIssue): string {
  if (issue.code === 'unrecognized_keys')
    return `unknown field${issue.keys.length > 1 ? 's' : ''} ${issue.keys.map((key) => `"${key}"`).join(', ')}`;
  if (issue.code === 'invalid_type' && issue.input === undefined) {
    const field = issue.path[issue.path.length - 1];
    const custom = issue.message.startsWith('Invalid input') ? '' : `: ${issue.message}`;
    return `"${String(field)}" is required${custom}`;
  }
  return issue.message;
}

export function formatPath(path: PathSegment[]): string {
  return path.reduce<string>(
    (text, segment) => (typeof segment === 'number' ? `${text}[${segment}]` : text ? `${text}.${segment}` : segment),
    '',
  );
}
