/** The public entry of core/requests: what the rest of the product may use of it. */
export { readRequests } from './readRequests';
