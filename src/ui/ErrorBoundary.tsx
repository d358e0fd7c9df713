import { Button, MessageBar, MessageBarBody, MessageBarTitle } from '@fluentui/react-components';
import { Component, Fragment, ReactNode } from 'react';
import * as da from '../core/da';

/**
 * A part of the page that fails to draw shows a Danish message and a way to draw it again,
 * instead of taking the whole pane (and the workbook beside it) blank.
 */
export class ErrorBoundary extends Component<{ children: ReactNode }, { failed: boolean; attempt: number }> {
  override state = { failed: false, attempt: 0 };

  static getDerivedStateFromError(): Partial<{ failed: boolean }> {
    return { failed: true };
  }

  override render() {
    if (!this.state.failed) return <Fragment key={this.state.attempt}>{this.props.children}</Fragment>;
    return (
      <MessageBar intent="error" layout="multiline" data-testid="render-failed">
        <MessageBarBody>
          <MessageBarTitle>{da.ui.renderFailedTitle}</MessageBarTitle>
          {da.ui.renderFailed}
          <div>
            <Button size="small" onClick={() => this.setState((s) => ({ failed: false, attempt: s.attempt + 1 }))}>
              {da.ui.tryAgain}
            </Button>
          </div>
        </MessageBarBody>
      </MessageBar>
    );
  }
}
