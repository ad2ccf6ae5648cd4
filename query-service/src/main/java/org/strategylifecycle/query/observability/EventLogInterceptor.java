package org.strategylifecycle.query.observability;

import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.messaging.InterceptorChain;
import org.axonframework.messaging.MessageHandlerInterceptor;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;
import org.strategylifecycle.support.web.RequestId;

/**
 * While a projection applies an event, the MDC holds the request id of the command that recorded it,
 * so every log line of the projection (its failures included) names the request that caused it.
 * Each event applied is logged at DEBUG.
 */
class EventLogInterceptor implements MessageHandlerInterceptor<EventMessage<?>> {

    private static final Logger log = LoggerFactory.getLogger(EventLogInterceptor.class);

    private final String processor;

    EventLogInterceptor(String processor) {
        this.processor = processor;
    }

    @Override
    public Object handle(UnitOfWork<? extends EventMessage<?>> unitOfWork, InterceptorChain chain) throws Exception {
        EventMessage<?> event = unitOfWork.getMessage();
        Object requestId = event.getMetaData().get(RequestId.KEY);
        if (requestId != null) {
            MDC.put(RequestId.KEY, requestId.toString());
        }
        try {
            Object result = chain.proceed();
            if (log.isDebugEnabled()) {
                log.debug("{} applied {} {}", processor, event.getPayloadType().getSimpleName(),
                        event instanceof DomainEventMessage<?> d ? d.getAggregateIdentifier() + "/" + d.getSequenceNumber() : "");
            }
            return result;
        } finally {
            MDC.remove(RequestId.KEY);
        }
    }
}
