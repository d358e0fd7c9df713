import { Button, Caption1, Spinner, Subtitle2 } from '@fluentui/react-components';
import type { LiveEffect } from '../../core/agreement';
import * as da from '../../core/da';

const e = da.editor;

/** What the edit does to the sheet the pane has read: how many vacancies change, per pool, and lint's advice. */
export function EffectPanel(props: { effect: LiveEffect | null; busy: boolean; hasSheet: boolean; onShow: () => void }) {
  const { effect } = props;
  return (
    <section aria-label={e.effectHeading} data-testid="live-effect" aria-live="polite" style={{ display: 'flex', flexDirection: 'column', gap: 2, background: '#F5F9FF', padding: 6, borderRadius: 4 }}>
      <Subtitle2 as="h3" style={{ fontSize: 14 }}>
        {e.effectHeading} {props.busy && <Spinner size="extra-tiny" label={e.calculating} labelPosition="after" style={{ display: 'inline-flex' }} />}
      </Subtitle2>
      {!props.hasSheet && <Caption1>{e.noSheet}</Caption1>}
      {effect && (
        <>
          <Caption1 data-testid="changed-count">
            <strong>{e.changed(effect.changed.length, effect.rows)}</strong>
          </Caption1>
          <Caption1>{e.fromZero}</Caption1>
          <Caption1 data-testid="municipality-effect">{e.municipalityEffect(effect.municipality[1], effect.municipality[0])}</Caption1>
          <ul style={{ margin: 0, paddingLeft: 16 }} data-testid="pool-effects">
            {effect.pools.map((p) => (
              <li key={p.pool}>
                <Caption1>{e.poolEffect(p.label, p.after, p.before)}</Caption1>
              </li>
            ))}
          </ul>
          {effect.changed.length > 0 && (
            <div>
              <Button size="small" onClick={props.onShow}>
                {e.showInSheet}
              </Button>
            </div>
          )}
          {effect.findings.length > 0 && (
            <details>
              <summary>
                <Caption1>
                  <strong>{e.findingsHeading(effect.findings.length)}</strong>
                </Caption1>
              </summary>
              <ul style={{ margin: 0, paddingLeft: 16 }} data-testid="findings">
                {effect.findings.map((f, i) => (
                  <li key={i} style={{ overflowWrap: 'break-word' }}>
                    <Caption1>{da.findings.text(f)}</Caption1>
                  </li>
                ))}
              </ul>
            </details>
          )}
        </>
      )}
    </section>
  );
}
