/**
 * The corpus loader: replays the hand-written histories of the corpus documents (corpus/histories.json,
 * with the StratML transcriptions it names) through command-service's HTTP API, idempotently.
 */
package org.strategylifecycle.corpus;
