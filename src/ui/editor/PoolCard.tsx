import { Button, Caption1, Card, Dropdown, Field, Input, Option } from '@fluentui/react-components';
import { DraftPool, PoolField, poolStrip, removePool, setPoolField } from '../../core/agreement';
import * as da from '../../core/da';
import { fieldProps } from './fieldErrors';
import type { Editor } from './useEditor';

const e = da.editor;
const STRIP_COLOURS = { municipality: '#C6EFCE', waitlist: '#F3F3F3', capped: '#FFEB9C' } as const;

/** One pool as a card: its names, how it counts, its monthly cap and start, and its first twelve positions. */
export function PoolCard({ editor, pool }: { editor: Editor; pool: DraftPool }) {
  const mode = pool.share.trim() !== '' ? 'share' : 'every';
  const set = (field: PoolField) => (_: unknown, d: { value: string }) => editor.change((x) => setPoolField(x, pool.key, field, d.value), `pool.${pool.key}.${field}`);
  const props = (field: PoolField) => fieldProps(editor, { area: 'pool', key: pool.key, field });
  const checked = editor.valid?.pools.get(pool.name);
  const small = { minWidth: 0, width: '100%' };
  return (
    <Card size="small" data-testid={`pool-${pool.name}`} aria-label={pool.label || pool.name}>
      <Field label={e.poolLabel} {...props('label')}>
        <Input value={pool.label} onChange={set('label')} />
      </Field>
      <Field label={e.poolName} {...props('name')}>
        <Input value={pool.name} onChange={set('name')} />
      </Field>
      <div style={{ display: 'flex', gap: 6, flexWrap: 'wrap', alignItems: 'flex-end' }}>
        <Field label={e.poolMode} style={{ flex: '1 1 90px' }}>
          <Dropdown
            aria-label={`${e.poolMode} ${pool.label}`}
            style={small}
            value={mode === 'share' ? e.modeShare : e.modeEvery}
            selectedOptions={[mode]}
            onOptionSelect={(_, d) =>
              editor.change((x) => {
                if (d.optionValue === 'share') return setPoolField(setPoolField(setPoolField(x, pool.key, 'every', ''), pool.key, 'phase', ''), pool.key, 'share', pool.share || '1/4');
                return setPoolField(setPoolField(x, pool.key, 'share', ''), pool.key, 'every', pool.every || '4');
              })
            }
          >
            <Option value="every">{e.modeEvery}</Option>
            <Option value="share">{e.modeShare}</Option>
          </Dropdown>
        </Field>
        {mode === 'every' ? (
          <>
            <Field label={e.every} {...props('every')} style={{ flex: '1 1 60px' }}>
              <Input aria-label={`${e.every} (${pool.label})`} inputMode="numeric" style={small} value={pool.every} onChange={set('every')} />
            </Field>
            <Field label={e.phase} {...props('phase')} style={{ flex: '1 1 60px' }}>
              <Input aria-label={`${e.phase} (${pool.label})`} inputMode="numeric" style={small} value={pool.phase} placeholder={pool.every} onChange={set('phase')} />
            </Field>
          </>
        ) : (
          <Field label={e.share} {...props('share')} style={{ flex: '1 1 100px' }}>
            <Input style={small} value={pool.share} onChange={set('share')} />
          </Field>
        )}
      </div>
      <div style={{ display: 'flex', gap: 6, flexWrap: 'wrap' }}>
        <Field label={e.capPerMonth} {...props('capPerMonth')} style={{ flex: '1 1 110px' }}>
          <Input inputMode="numeric" style={small} value={pool.capPerMonth} onChange={set('capPerMonth')} />
        </Field>
        <Field label={e.start} {...props('start')} style={{ flex: '1 1 110px' }}>
          <Input inputMode="numeric" style={small} value={pool.start} onChange={set('start')} />
        </Field>
      </div>
      <Field label={e.per} {...props('per')}>
        <Dropdown
          aria-label={`${e.per} (${pool.label})`}
          style={small}
          value={pool.per === '' ? e.perOne : pool.per}
          selectedOptions={[pool.per]}
          onOptionSelect={(_, d) => editor.change((x) => setPoolField(x, pool.key, 'per', d.optionValue ?? ''))}
        >
          <Option value="">{e.perOne}</Option>
          {Object.values(da.agreementSheet.perValues).map((v) => (
            <Option key={v} value={v}>
              {v}
            </Option>
          ))}
        </Dropdown>
      </Field>
      {checked && (
        <div>
          <div role="img" aria-label={e.strip(checked.label)} data-testid={`strip-${pool.name}`} style={{ display: 'grid', gridTemplateColumns: 'repeat(12, 1fr)', gap: 2 }}>
            {poolStrip(checked).map((p) => (
              <span
                key={p.position}
                data-at={p.at}
                title={`${p.position}: ${e.stripCellTitle[p.at]}`}
                style={{ background: STRIP_COLOURS[p.at], textAlign: 'center', fontSize: 10, lineHeight: '16px', borderRadius: 2 }}
              >
                <span style={{ display: 'block', color: '#666' }}>{p.position}</span>
                {e.stripCell[p.at]}
              </span>
            ))}
          </div>
          <Caption1>{e.stripLegend}</Caption1>
        </div>
      )}
      <div>
        <Button size="small" appearance="subtle" onClick={() => editor.change((x) => removePool(x, pool.key))}>
          {e.removePool}
        </Button>
      </div>
    </Card>
  );
}
