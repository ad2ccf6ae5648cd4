/**
 * The {@code StrategyEdition} aggregate: its root, which decides the edition's own lifecycle, and what
 * its members share. Each kind of element, link or note is decided by a member in its concept's
 * package, beside that concept's controller ({@code goal.Goals}, {@code alignment.Alignments}, ...);
 * the root holds them as {@code @AggregateMember} fields, through which Axon finds their command and
 * event-sourcing handlers.
 * <p>
 * The edition's API to its concepts is the public part of this package: {@code EditionState} (the
 * shared state: its queries and guards, and the changes an event-sourcing handler makes),
 * {@code Element} (read through its accessors), {@code Annotation}, {@code Texts} (the input rules),
 * {@code StrategyEdition.accepted} (a member's answer) and {@code OtherEditions} (another edition, as
 * a link's handler reads it). The fields behind them stay private: the snapshot holds them by name
 * (docs/adr/0021), and ArchitectureTest keeps every other class off them.
 */
package org.strategylifecycle.command.edition;
