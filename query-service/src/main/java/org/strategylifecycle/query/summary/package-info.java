/**
 * An edition at a glance, for dashboards: how many elements of each kind are in each status, and the
 * latest target and actual of each measure, for the same time views as the edition itself.
 */
package org.strategylifecycle.query.summary;
