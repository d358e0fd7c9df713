import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { WorkbookPort } from '../port/workbookPort';

export function App(props: { port: WorkbookPort }) {
  void props.port;
  return <FluentProvider theme={webLightTheme}>Anvisningsaftaler</FluentProvider>;
}
