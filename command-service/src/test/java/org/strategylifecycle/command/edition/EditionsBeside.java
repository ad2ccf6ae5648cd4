package org.strategylifecycle.command.edition;

import org.axonframework.messaging.Message;
import org.axonframework.messaging.ScopeDescriptor;
import org.axonframework.modelling.command.Aggregate;
import org.axonframework.modelling.command.Repository;

import java.util.concurrent.Callable;

/**
 * The editions a handler can load in a fixture test: the fixture's own edition under its one id, and
 * the other editions given in an {@link InMemoryAggregates} store (targets of alignments and lineage,
 * newer editions of a supersession). An id in neither is an unknown edition.
 */
final class EditionsBeside implements Repository<StrategyEdition> {

    private final String fixtureId;
    private final Repository<StrategyEdition> fixture;
    private final InMemoryAggregates<StrategyEdition> others;

    EditionsBeside(String fixtureId, Repository<StrategyEdition> fixture, InMemoryAggregates<StrategyEdition> others) {
        this.fixtureId = fixtureId;
        this.fixture = fixture;
        this.others = others;
    }

    private Repository<StrategyEdition> holding(String id) {
        return fixtureId.equals(id) ? fixture : others.repository();
    }

    @Override
    public Aggregate<StrategyEdition> load(String id) {
        return holding(id).load(id);
    }

    @Override
    public Aggregate<StrategyEdition> load(String id, Long expectedVersion) {
        return holding(id).load(id, expectedVersion);
    }

    @Override
    public Aggregate<StrategyEdition> newInstance(Callable<StrategyEdition> factory) throws Exception {
        return fixture.newInstance(factory);
    }

    @Override
    public void send(Message<?> message, ScopeDescriptor scope) throws Exception {
        fixture.send(message, scope);
    }

    @Override
    public boolean canResolve(ScopeDescriptor scope) {
        return fixture.canResolve(scope);
    }
}
