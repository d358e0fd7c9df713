import { createRoot } from 'react-dom/client';
import { Workbench } from './Workbench';

createRoot(document.getElementById('root')!).render(<Workbench />);
