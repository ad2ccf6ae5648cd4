package org.strategylifecycle.api.annotation;

import org.strategylifecycle.api.common.Citation;

/** One reading as a document prints it, word for word, and where it is printed. */
public record Alternative(String printed, Citation citation) {
}
