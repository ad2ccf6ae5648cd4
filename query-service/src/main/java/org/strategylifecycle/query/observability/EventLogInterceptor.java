package org.strategylifecycle.query.observability;

import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.messaging.InterceptorChain;
import org.axonframework.messaging.MessageHandlerInterceptor;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.strategylifecycle.support.web.RequestId;

/**
 * Logs each event a projection applies at DEBUG, with the request id of the command that recorded it
 * in the MDC while its handlers run. Reading an event's metadata means deserializing it, about a tenth
 * of the projection's CPU in a replay (docs/benchmarks.md), so without DEBUG the interceptor only
 * passes the event on; the projection's own error line for an event that cannot be applied reads the
 * request id then ({@code EditionBatch}).
 */
class EventLogInterceptor implements MessageHandlerInterceptor<EventMessage<?>> {

    private static final Logger log = LoggerFactory.getLogger(EventLogInterceptor.class);

    private final String processor;

    EventLogInterceptor(String processor) {
        this.processor = processor;
    }

    @Override
    public Object handle(UnitOfWork<? extends EventMessage<?>> unitOfWork, InterceptorChain chain) throws Exception {
        if (!log.isDebugEnabled()) {
            return chain.proceed();
        }
        EventMessage<?> event = unitOfWork.getMessage();
        try (RequestId.Scope ignored = RequestId.inMdc(event.getMetaData().get(RequestId.KEY))) {
            Object result = chain.proceed();
            log.debug("{} applied {} {}", processor, event.getPayloadType().getSimpleName(),
                    event instanceof DomainEventMessage<?> d ? d.getAggregateIdentifier() + "/" + d.getSequenceNumber() : "");
            return result;
        }
    }
}
