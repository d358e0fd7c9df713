// office-addin-mock needs only the OfficeApp enum from office-addin-manifest, whose other modules pull
// in ESM-only packages Jest does not transform under this project's config.
jest.mock('office-addin-manifest', () => jest.requireActual('office-addin-manifest/lib/officeApp'));

import { portContract } from './contract';
import { officeHarness } from './office/officeHarness';

portContract('OfficeWorkbook (Excel JavaScript API, office-addin-mock)', officeHarness);
