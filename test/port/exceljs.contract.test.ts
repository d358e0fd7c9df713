import { portContract } from './contract';
import { exceljsHarness } from './exceljsHarness';

portContract('ExceljsWorkbook (exceljs, in memory)', exceljsHarness);
