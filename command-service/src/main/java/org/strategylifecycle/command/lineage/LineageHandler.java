package org.strategylifecycle.command.lineage;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.modelling.command.Aggregate;
import org.axonframework.modelling.command.Repository;
import org.strategylifecycle.api.common.CommandAccepted;
import org.strategylifecycle.api.common.ElementRef;
import org.strategylifecycle.api.common.ErrorCode;
import org.strategylifecycle.api.common.StrategyException;
import org.strategylifecycle.api.lineage.LinkLineage;
import org.strategylifecycle.command.edition.OtherEditions;
import org.strategylifecycle.command.edition.StrategyEdition;
import org.strategylifecycle.command.edition.Texts;
import org.springframework.stereotype.Component;

import java.util.function.Supplier;

/**
 * Lineage links point into another edition: the predecessor's edition is read in the same unit of work
 * ({@link OtherEditions}), so a link to an element that does not exist is refused; the edition decides
 * the rest ({@link Lineages}).
 */
@Component
public class LineageHandler {

    private final Repository<StrategyEdition> editions;
    private final OtherEditions others;

    public LineageHandler(Repository<StrategyEdition> editions, OtherEditions others) {
        this.editions = editions;
        this.others = others;
    }

    @CommandHandler
    public CommandAccepted handle(LinkLineage command) {
        return linkLineage(command, () -> editions.load(command.strategyId(), command.expectedVersion()));
    }

    /** Links an element of {@code edition} (loaded after the predecessor is read), as {@code LinkLineage} does. */
    public CommandAccepted linkLineage(LinkLineage command, Supplier<Aggregate<StrategyEdition>> edition) {
        ElementRef predecessor = command.predecessor();
        if (predecessor == null) {
            throw new StrategyException(ErrorCode.FIELD_REQUIRED, "predecessor is required");
        }
        Texts.id("predecessor.strategyId", predecessor.strategyId());
        if (predecessor.strategyId().equals(command.strategyId())) {
            throw new StrategyException(ErrorCode.LINEAGE_WITHIN_EDITION, "the predecessor must belong to another edition");
        }
        String predecessorId = others.resolve(predecessor);
        if (predecessorId == null) {
            Texts.id("predecessor.elementId", predecessor.elementId());
            throw new StrategyException(ErrorCode.LINEAGE_PREDECESSOR_NOT_FOUND,
                    "edition " + predecessor.strategyId() + " has no element " + predecessor.elementId());
        }
        LinkLineage resolved = new LinkLineage(command.strategyId(), command.expectedVersion(), command.lineageId(),
                command.elementId(), new ElementRef(predecessor.strategyId(), predecessorId), command.relation(),
                command.provenance(), command.change());
        return edition.get().invoke(e -> e.linkLineage(resolved));
    }
}
