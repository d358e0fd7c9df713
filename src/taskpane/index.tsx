import { createRoot } from 'react-dom/client';
import { App } from '../ui/App';
import { OfficeWorkbook } from '../excel/officeWorkbook';

Office.onReady(() => {
  createRoot(document.getElementById('root')!).render(<App port={new OfficeWorkbook()} />);
});
