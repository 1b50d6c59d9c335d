/**
 * The one class windbg takes from @kubernetes/client-node. Loaded through this module with a
 * dynamic import() so that a bundler keeps only what KubeConfig needs: importing the package's
 * namespace dynamically would pull in every generated API and model class, several megabytes of
 * code that every cluster command would parse and hold in memory.
 */
export { KubeConfig } from '@kubernetes/client-node';
