import { MessageBar, MessageBarBody, MessageBarTitle } from '@fluentui/react-components';
import { Notice } from './appState';

/** The one message a tab shows after an action: success, information, or what went wrong. */
export function NoticeBar({ notice }: { notice: Notice | null }) {
  if (!notice) return null;
  return (
    <MessageBar intent={notice.intent} layout="multiline" data-testid="notice">
      <MessageBarBody>
        {notice.title && <MessageBarTitle>{notice.title}</MessageBarTitle>}
        {notice.text}
      </MessageBarBody>
    </MessageBar>
  );
}
