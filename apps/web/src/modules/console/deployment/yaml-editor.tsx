import { autocompletion, type CompletionContext, type CompletionResult } from '@codemirror/autocomplete';
import { defaultKeymap, history, historyKeymap, indentWithTab } from '@codemirror/commands';
import { yaml } from '@codemirror/lang-yaml';
import { defaultHighlightStyle, indentUnit, syntaxHighlighting } from '@codemirror/language';
import { type Diagnostic, lintGutter, setDiagnostics } from '@codemirror/lint';
import { EditorState } from '@codemirror/state';
import { EditorView, highlightActiveLine, keymap, lineNumbers } from '@codemirror/view';
import { useEffect, useRef } from 'react';

import type { FileProblem } from './file-problems';
import { suggestionsAt } from './schema-completion';

interface Props {
  /** The accessible name of the editing area. */
  label: string;
  value: string;
  onChange: (value: string) => void;
  schema: unknown;
  problems: readonly FileProblem[];
}

/**
 * CodeMirror 6 with YAML: line numbers, completion of keys and values from the deployment
 * schema (Ctrl-Space), and each problem the admin API found marked at its line. Tab indents;
 * Escape then Tab leaves the editor (CodeMirror's own rule), so the keyboard is never trapped.
 */
export function YamlEditor({ label, value, onChange, schema, problems }: Props) {
  const host = useRef<HTMLDivElement>(null);
  const view = useRef<EditorView>(null);
  const latest = useRef({ onChange, schema });
  latest.current = { onChange, schema };

  useEffect(() => {
    if (!host.current) return;
    const complete = (context: CompletionContext): CompletionResult | null => {
      const word = context.matchBefore(/[\w./-]*/);
      if (!word || (word.from === word.to && !context.explicit)) return null;
      const options = suggestionsAt(latest.current.schema, context.state.doc.toString(), word.from).map((s) => ({
        label: s.label,
        type: s.kind === 'key' ? 'property' : 'enum',
        detail: s.detail,
        apply: s.kind === 'key' ? `${s.label}: ` : s.label,
      }));
      return options.length > 0 ? { from: word.from, options } : null;
    };
    const editor = new EditorView({
      parent: host.current,
      state: EditorState.create({
        doc: value,
        extensions: [
          lineNumbers(),
          history(),
          highlightActiveLine(),
          indentUnit.of('  '),
          yaml(),
          syntaxHighlighting(defaultHighlightStyle),
          autocompletion({ override: [complete] }),
          lintGutter(),
          keymap.of([...defaultKeymap, ...historyKeymap, indentWithTab]),
          EditorView.contentAttributes.of({ 'aria-label': label, 'aria-multiline': 'true', tabindex: '0' }),
          EditorView.updateListener.of((update) => {
            if (update.docChanged) latest.current.onChange(update.state.doc.toString());
          }),
        ],
      }),
    });
    view.current = editor;
    return () => editor.destroy();
    // The editor is made once; the text is pushed in below when it changes from outside.
  }, []);

  useEffect(() => {
    const editor = view.current;
    if (editor && editor.state.doc.toString() !== value) {
      // A file loaded from elsewhere opens at its top.
      editor.dispatch({ changes: { from: 0, to: editor.state.doc.length, insert: value }, selection: { anchor: 0 }, scrollIntoView: true });
    }
  }, [value]);

  useEffect(() => {
    const editor = view.current;
    if (!editor) return;
    const doc = editor.state.doc;
    const diagnostics: Diagnostic[] = problems
      .filter((problem) => problem.line !== undefined && problem.line <= doc.lines)
      .map((problem) => {
        const line = doc.line(problem.line as number);
        const from = Math.min(line.from + Math.max((problem.column ?? 1) - 1, 0), line.to);
        return { from, to: line.to, severity: 'error', message: `${problem.code ? `${problem.code}: ` : ''}${problem.message}` };
      });
    editor.dispatch(setDiagnostics(editor.state, diagnostics));
    // The editor draws only the lines in view: bring the first problem into it.
    if (diagnostics.length > 0) editor.dispatch({ selection: { anchor: diagnostics[0].from }, scrollIntoView: true });
  }, [problems]);

  return <div className="yaml-editor" ref={host} />;
}
