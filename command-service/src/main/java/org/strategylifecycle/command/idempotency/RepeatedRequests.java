package org.strategylifecycle.command.idempotency;

import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.messaging.InterceptorChain;
import org.axonframework.messaging.MessageHandlerInterceptor;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.axonframework.modelling.command.Aggregate;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.modelling.command.AnnotationCommandTargetResolver;
import org.axonframework.modelling.command.CommandTargetResolver;
import org.axonframework.modelling.command.Repository;
import org.strategylifecycle.api.common.CommandRepeated;

import java.util.Optional;
import java.util.function.Function;

/**
 * Answers a keyed command whose request its target aggregate has already recorded, before any handler
 * runs: {@link CommandRepeated} with the version after the first request, and nothing is applied. It
 * runs before the handler loads the aggregate with the client's {@code If-Match}, so a retry of a
 * request that succeeded gets its first answer, not a version mismatch; and it covers creations too,
 * whose handlers would otherwise answer that the edition or line exists. A command that names no
 * target aggregate (a StratML import, whose handler chooses the new edition's id) passes, and its
 * handler asks {@link #answered} itself once it knows the id.
 */
public final class RepeatedRequests implements MessageHandlerInterceptor<CommandMessage<?>> {

    private final CommandTargetResolver targets = AnnotationCommandTargetResolver.builder().build();
    private final Function<CommandMessage<?>, Repository<? extends RemembersRequests>> repositoryOf;

    /** {@code repositoryOf} names the repository of the aggregate a command targets. */
    public RepeatedRequests(Function<CommandMessage<?>, Repository<? extends RemembersRequests>> repositoryOf) {
        this.repositoryOf = repositoryOf;
    }

    @Override
    public Object handle(UnitOfWork<? extends CommandMessage<?>> unitOfWork, InterceptorChain chain) throws Exception {
        CommandMessage<?> command = unitOfWork.getMessage();
        Optional<KeyedRequest> request = KeyedRequest.in(command.getMetaData());
        if (request.isEmpty()) {
            return chain.proceed();
        }
        Optional<Long> answered = answered(repositoryOf.apply(command), target(command), request.get());
        return answered.isPresent() ? new CommandRepeated(answered.get()) : chain.proceed();
    }

    private String target(CommandMessage<?> command) {
        try {
            return targets.resolveTarget(command).getIdentifier();
        } catch (IllegalArgumentException noTarget) {
            return null; // the handler refuses the command for it
        }
    }

    /** The version {@code request} answered first, if the aggregate {@code id} recorded it. */
    public static <T extends RemembersRequests> Optional<Long> answered(Repository<T> repository, String id,
                                                                        KeyedRequest request) {
        if (id == null) {
            return Optional.empty();
        }
        Aggregate<T> aggregate;
        try {
            aggregate = repository.load(id);
        } catch (AggregateNotFoundException notYet) {
            return Optional.empty();
        }
        return aggregate.invoke(recorded -> recorded.requestsSeen().answered(request));
    }
}
