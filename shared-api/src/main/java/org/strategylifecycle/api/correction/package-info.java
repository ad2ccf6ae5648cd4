/**
 * Corrections: retroactive fixes of recording mistakes, allowed on frozen editions.
 */
package org.strategylifecycle.api.correction;
