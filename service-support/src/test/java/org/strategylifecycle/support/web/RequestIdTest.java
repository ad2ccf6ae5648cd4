package org.strategylifecycle.support.web;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.slf4j.MDC;

import static org.assertj.core.api.Assertions.assertThat;

class RequestIdTest {

    @AfterEach
    void clear() {
        MDC.clear();
    }

    @Test
    void aMessagesIdIsInTheMdcUntilTheScopeClosesThenTheThreadsOwnIsBack() {
        MDC.put(RequestId.KEY, "req-outer");
        try (RequestId.Scope ignored = RequestId.inMdc("req-inner")) {
            assertThat(MDC.get(RequestId.KEY)).isEqualTo("req-inner");
        }
        assertThat(MDC.get(RequestId.KEY)).isEqualTo("req-outer");
    }

    @Test
    void withoutAnIdTheThreadKeepsItsOwnAndAThreadWithoutOneIsLeftWithout() {
        MDC.put(RequestId.KEY, "req-outer");
        try (RequestId.Scope ignored = RequestId.inMdc(null)) {
            assertThat(MDC.get(RequestId.KEY)).isEqualTo("req-outer");
        }
        assertThat(MDC.get(RequestId.KEY)).isEqualTo("req-outer");

        MDC.clear();
        try (RequestId.Scope ignored = RequestId.inMdc("req-inner")) {
            assertThat(MDC.get(RequestId.KEY)).isEqualTo("req-inner");
        }
        assertThat(MDC.get(RequestId.KEY)).isNull();
    }
}
