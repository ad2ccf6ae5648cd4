/**
 * The dashboard: server-rendered pages over the read models for people (docs/adr/0017). Pages read
 * only through {@link org.strategylifecycle.query.dashboard.DashboardReads}, the one seam between
 * them and the readers; {@code plan} shows editions, {@code change} history and comparisons,
 * {@code link} alignments and lineage.
 */
package org.strategylifecycle.query.dashboard;
