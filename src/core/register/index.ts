/** The public entry of core/register: what the rest of the product may use of it. */
export { applyRegister } from './applyRegister';
export { readRegister } from './readRegister';
