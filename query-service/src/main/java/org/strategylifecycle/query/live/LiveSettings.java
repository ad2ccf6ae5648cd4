package org.strategylifecycle.query.live;

import org.springframework.boot.context.properties.ConfigurationProperties;

import java.time.Duration;

/**
 * The limits of live updates ({@code strategy.live.*} in application.yml, docs/operations.md).
 *
 * @param buffer           change events queued per stream before it is served from the history at its own pace
 * @param heartbeat        how often an idle stream gets a comment, so that a closed connection is noticed
 * @param stallTimeout     a stream that has taken no bytes for this long while events wait is ended
 * @param maxDuration      the longest a stream lasts, whatever its login
 * @param maxStreamsPerUser open streams one login may hold
 * @param maxStreams       open streams of this process
 * @param pollInterval     how often the history is read when no notification has come
 */
@ConfigurationProperties("strategy.live")
record LiveSettings(int buffer, Duration heartbeat, Duration stallTimeout, Duration maxDuration,
                    int maxStreamsPerUser, int maxStreams, Duration pollInterval) {
}
