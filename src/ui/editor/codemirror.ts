import { autocompletion, CompletionContext, CompletionResult } from '@codemirror/autocomplete';
import { defaultKeymap, history, historyKeymap } from '@codemirror/commands';
import { json } from '@codemirror/lang-json';
import { bracketMatching, foldGutter, syntaxHighlighting, defaultHighlightStyle } from '@codemirror/language';
import { Diagnostic, linter, lintGutter } from '@codemirror/lint';
import { EditorState } from '@codemirror/state';
import { EditorView, keymap, lineNumbers } from '@codemirror/view';

/** What the JSON view offers while typing: the facts, the operators, and each label fact's values. */
export interface JsonCompletions {
  facts: readonly string[];
  operators: readonly string[];
  labels: Readonly<Record<string, readonly string[]>>;
}

export interface JsonEditorHandle {
  setText(text: string): void;
  destroy(): void;
}

/**
 * CodeMirror 6 wired by hand for the agreement's JSON (loaded only when the user opens the JSON
 * view): the core's errors as markers from `diagnose`, completion of facts, operators and label
 * values, and every change handed to `onChange`.
 */
export function createJsonEditor(
  parent: HTMLElement,
  text: string,
  options: { onChange: (text: string) => void; diagnose: (text: string) => Diagnostic[]; completions: JsonCompletions; label: string },
): JsonEditorHandle {
  let applying = false;
  const view = new EditorView({
    parent,
    state: EditorState.create({
      doc: text,
      extensions: [
        lineNumbers(),
        foldGutter(),
        history(),
        bracketMatching(),
        syntaxHighlighting(defaultHighlightStyle),
        json(),
        lintGutter(),
        linter((v) => options.diagnose(v.state.doc.toString()), { delay: 300 }),
        autocompletion({ override: [(ctx) => complete(ctx, options.completions)] }),
        keymap.of([...defaultKeymap, ...historyKeymap]),
        EditorView.lineWrapping,
        EditorView.contentAttributes.of({ 'aria-label': options.label }),
        EditorView.updateListener.of((u) => {
          if (u.docChanged && !applying) options.onChange(u.state.doc.toString());
        }),
      ],
    }),
  });
  return {
    setText(next) {
      if (next === view.state.doc.toString()) return;
      applying = true;
      view.dispatch({ changes: { from: 0, to: view.state.doc.length, insert: next } });
      applying = false;
    },
    destroy: () => view.destroy(),
  };
}

/** Inside the quotes of "fact", "operator" or "value": the names that fit there. */
function complete(ctx: CompletionContext, c: JsonCompletions): CompletionResult | null {
  const before = ctx.state.sliceDoc(Math.max(0, ctx.pos - 400), ctx.pos);
  const m = /"(fact|operator|value)"\s*:\s*"([^"]*)$/.exec(before);
  if (!m) return null;
  const from = ctx.pos - m[2].length;
  if (m[1] === 'fact') return { from, options: c.facts.map((label) => ({ label, type: 'property' })) };
  if (m[1] === 'operator') return { from, options: c.operators.map((label) => ({ label, type: 'keyword' })) };
  // A value: the labels of the fact named earlier in the same condition.
  const fact = /"fact"\s*:\s*"([^"]+)"[^{}]*$/.exec(before)?.[1];
  const labels = fact !== undefined && Object.prototype.hasOwnProperty.call(c.labels, fact) ? c.labels[fact] : null;
  return labels ? { from, options: labels.map((label) => ({ label, type: 'constant' })) } : null;
}
