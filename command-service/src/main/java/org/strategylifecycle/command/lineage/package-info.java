/**
 * Lineage over HTTP: an element of a newer edition derives from, replaces or continues one of an older edition.
 */
package org.strategylifecycle.command.lineage;
