/**
 * Alignments over HTTP: an element supports an element of this or another edition, or an external reference.
 */
package org.strategylifecycle.command.alignment;
