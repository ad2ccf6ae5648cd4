/**
 * Alignments: an element supports an element of this or another plan (a crosswalk).
 */
package org.strategylifecycle.api.alignment;
