import { Caption1, Spinner } from '@fluentui/react-components';
import { useEffect, useLayoutEffect, useRef, useState } from 'react';
import { JSON_COMPLETIONS, readJsonText } from '../../app/jsonDiagnostics';
import * as da from '../../core/da';
import type { JsonEditorHandle } from './codemirror';

/**
 * The agreement as JSON, in CodeMirror (fetched the first time the view opens, so the pane's first
 * paint does not carry it). Each valid edit is handed on, so the fields follow; the core's errors
 * are markers on the text.
 */
export function JsonView(props: { text: string; fallbackId: string; onValid: (text: string) => void; onInvalid: () => void }) {
  const host = useRef<HTMLDivElement>(null);
  const handle = useRef<JsonEditorHandle | null>(null);
  // The editor's callbacks read the latest props through this, set after each render.
  const latest = useRef(props);
  useLayoutEffect(() => {
    latest.current = props;
  });
  const [loading, setLoading] = useState(true);

  useEffect(() => {
    let cancelled = false;
    void import(/* webpackChunkName: "json-editor" */ './codemirror').then(({ createJsonEditor }) => {
      if (cancelled || !host.current) return;
      handle.current = createJsonEditor(host.current, latest.current.text, {
        label: da.editor.jsonView,
        completions: JSON_COMPLETIONS,
        diagnose: (text) => readJsonText(text, latest.current.fallbackId).markers.map((m) => ({ from: m.from, to: m.to, severity: 'error' as const, message: m.message })),
        onChange: (text) => (readJsonText(text, latest.current.fallbackId).ok ? latest.current.onValid(text) : latest.current.onInvalid()),
      });
      setLoading(false);
    });
    return () => {
      cancelled = true;
      handle.current?.destroy();
      handle.current = null;
    };
  }, []);

  // An edit in the fields shows here too.
  useEffect(() => {
    handle.current?.setText(props.text);
  }, [props.text]);

  return (
    <div>
      {loading && <Spinner size="tiny" label={da.editor.loadingJson} />}
      <div ref={host} data-testid="json-editor" style={{ border: '1px solid #ccc', fontSize: 12, maxHeight: 480, overflow: 'auto' }} />
      <Caption1>{da.editor.jsonHint}</Caption1>
    </div>
  );
}
