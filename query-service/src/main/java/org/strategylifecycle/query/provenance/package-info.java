/**
 * Where each element's wording comes from: the citation of the change that gave an element the
 * content it has in a time view, or, where that change cites nothing, its recorded rationale.
 */
package org.strategylifecycle.query.provenance;
