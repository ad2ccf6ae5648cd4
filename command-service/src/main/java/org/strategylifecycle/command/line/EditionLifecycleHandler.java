package org.strategylifecycle.command.line;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.modelling.command.Aggregate;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.modelling.command.Repository;
import org.springframework.stereotype.Component;
import org.strategylifecycle.api.common.CommandAccepted;
import org.strategylifecycle.api.common.ErrorCode;
import org.strategylifecycle.api.common.StrategyException;
import org.strategylifecycle.api.line.EstablishStrategyLine;
import org.strategylifecycle.api.strategy.DraftStrategy;
import org.strategylifecycle.api.strategy.SupersedeStrategy;
import org.strategylifecycle.command.edition.StrategyEdition;
import org.strategylifecycle.command.edition.StrategyEdition.EditionFacts;
import org.strategylifecycle.command.edition.Texts;

/**
 * The commands that touch an edition and its line together. Both aggregates change in one unit of
 * work, so their events are stored in one transaction: an edition never joins or supersedes within a
 * line without the line knowing it (docs/adr/0002).
 */
@Component
public class EditionLifecycleHandler {

    private final Repository<StrategyEdition> editions;
    private final Repository<StrategyLine> lines;

    public EditionLifecycleHandler(Repository<StrategyEdition> editions, Repository<StrategyLine> lines) {
        this.editions = editions;
        this.lines = lines;
    }

    @CommandHandler
    public CommandAccepted handle(EstablishStrategyLine command) throws Exception {
        Texts.id("lineId", command.lineId());
        if (find(lines, command.lineId()) != null) {
            throw new StrategyException(ErrorCode.LINE_EXISTS, "line " + command.lineId() + " exists");
        }
        Aggregate<StrategyLine> line = lines.newInstance(() -> new StrategyLine(command));
        return new CommandAccepted(command.lineId(), line.version());
    }

    @CommandHandler
    public CommandAccepted handle(DraftStrategy command) throws Exception {
        Texts.id("strategyId", command.strategyId());
        if (find(editions, command.strategyId()) != null) {
            throw new StrategyException(ErrorCode.STRATEGY_EXISTS, "edition " + command.strategyId() + " exists");
        }
        Aggregate<StrategyLine> line = null;
        if (command.lineId() != null) {
            line = find(lines, Texts.id("lineId", command.lineId()));
            if (line == null) {
                throw new StrategyException(ErrorCode.LINE_NOT_FOUND, "no strategy line " + command.lineId());
            }
        }
        Aggregate<StrategyEdition> edition = editions.newInstance(() -> new StrategyEdition(command));
        if (line != null) {
            line.execute(l -> l.join(command.strategyId(), command.period(), command.change()));
        }
        return new CommandAccepted(command.strategyId(), edition.version());
    }

    @CommandHandler
    public CommandAccepted handle(SupersedeStrategy command) {
        Texts.id("supersededBy", command.supersededBy());
        Aggregate<StrategyEdition> older = editions.load(command.strategyId(), command.expectedVersion());
        Aggregate<StrategyEdition> newer = find(editions, command.supersededBy());
        if (newer == null) {
            throw new StrategyException(ErrorCode.STRATEGY_NOT_FOUND, "no edition " + command.supersededBy());
        }
        EditionFacts newerFacts = newer.invoke(StrategyEdition::facts);
        CommandAccepted accepted = older.invoke(e -> e.supersede(newerFacts, command.provenance(), command.change()));
        lines.load(newerFacts.lineId()).execute(l -> l.recordSupersession(command.strategyId(),
                command.supersededBy(), command.provenance(), command.change()));
        return accepted;
    }

    private static <T> Aggregate<T> find(Repository<T> repository, String id) {
        try {
            return repository.load(id);
        } catch (AggregateNotFoundException e) {
            return null;
        }
    }
}
