/** One problem of a deployment file as the admin API reports it, with where it is. */
export interface FileProblem {
  path: string;
  /** 1-based; undefined when the problem is about the file as a whole. */
  line?: number;
  column?: number;
  code?: string;
  message: string;
}

// The admin API writes each problem as "line L, column C: CODE message" (DeploymentsService.check),
// in the reader's language: "baris L, kolom C: …" in Indonesian.
const LOCATED = /^(?:line|baris) (\d+), (?:column|kolom) (\d+): (?:([A-Z][A-Z0-9_]+) )?([\s\S]*)$/;

/** The `errors` of a DEPLOYMENT_INVALID answer, each with its line, in file order. */
export function fileProblems(errors: readonly { path: string; message: string }[] | undefined): FileProblem[] {
  return (errors ?? [])
    .map((error) => {
      const match = LOCATED.exec(error.message);
      if (!match) return { path: error.path, message: error.message };
      return { path: error.path, line: Number(match[1]), column: Number(match[2]), code: match[3], message: match[4] };
    })
    .sort((a, b) => (a.line ?? 0) - (b.line ?? 0) || (a.column ?? 0) - (b.column ?? 0));
}
