/**
 * Annotations: where a reader had to choose, what is uncertain, the alternatives as printed (with
 * their citations), the reading chosen and why; on an element, a link or the edition's own facts.
 */
package org.strategylifecycle.api.annotation;
