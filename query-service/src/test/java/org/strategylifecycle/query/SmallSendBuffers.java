package org.strategylifecycle.query;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.tomcat.TomcatConnectorCustomizer;
import org.springframework.context.annotation.Bean;

/**
 * Sockets whose send buffer is 64 KiB instead of growing to the kernel's 4 MiB: a live-update
 * client that stops reading fills it after a few hundred changes rather than ten thousand.
 */
@TestConfiguration(proxyBeanMethods = false)
class SmallSendBuffers {

    @Bean
    TomcatConnectorCustomizer smallSendBuffers() {
        return connector -> connector.setProperty("socket.txBufSize", "65536");
    }
}
