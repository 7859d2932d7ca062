import { useGraphiQL, type GraphiQLPlugin } from '@graphiql/react';
import { EXAMPLES } from './examples';

function ExamplesPane() {
  const queryEditor = useGraphiQL((state) => state.queryEditor);
  const variableEditor = useGraphiQL((state) => state.variableEditor);
  return (
    <section className="examples-pane" aria-label="Example operations">
      <div className="graphiql-doc-explorer-title">Examples</div>
      <p>Operations from the README. Open one in the editor, then run it.</p>
      <ul>
        {EXAMPLES.map((example) => (
          <li key={example.title}>
            <button
              type="button"
              onClick={() => {
                queryEditor?.setValue(example.query);
                variableEditor?.setValue(example.variables ?? '');
              }}
            >
              {example.title}
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}

function ExamplesIcon() {
  return (
    <svg viewBox="0 0 24 24" width="20" height="20" aria-hidden="true">
      <path d="M4 5h16M4 12h16M4 19h10" stroke="currentColor" strokeWidth="2" fill="none" />
    </svg>
  );
}

export const examplesPlugin: GraphiQLPlugin = { title: 'Examples', icon: ExamplesIcon, content: ExamplesPane };
