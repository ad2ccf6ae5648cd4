/**
 * Lineage: an element of a newer edition derives from or replaces one of an older edition.
 */
package org.strategylifecycle.api.lineage;
