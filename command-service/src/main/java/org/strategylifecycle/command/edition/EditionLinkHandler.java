package org.strategylifecycle.command.edition;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.modelling.command.Repository;
import org.strategylifecycle.api.alignment.AlignObjective;
import org.strategylifecycle.api.alignment.AlignmentTarget;
import org.strategylifecycle.api.common.CommandAccepted;
import org.strategylifecycle.api.common.ElementRef;
import org.strategylifecycle.api.common.ErrorCode;
import org.strategylifecycle.api.common.StrategyException;
import org.strategylifecycle.api.lineage.LinkLineage;
import org.springframework.stereotype.Component;

/**
 * Links that point into another edition: the target edition is read in the same unit of work, so a
 * link to an element that does not exist is refused (alignment targets may instead be recorded as
 * external references).
 */
@Component
public class EditionLinkHandler {

    private final Repository<StrategyEdition> editions;

    public EditionLinkHandler(Repository<StrategyEdition> editions) {
        this.editions = editions;
    }

    @CommandHandler
    public CommandAccepted handle(AlignObjective command) {
        AlignmentTarget target = command.target();
        boolean otherEditionTargetExists = target != null
                && target.strategyId() != null && !target.strategyId().equals(command.strategyId())
                && exists(new ElementRef(target.strategyId(), target.elementId()));
        return editions.load(command.strategyId(), command.expectedVersion())
                .invoke(edition -> edition.align(command, otherEditionTargetExists));
    }

    @CommandHandler
    public CommandAccepted handle(LinkLineage command) {
        ElementRef predecessor = command.predecessor();
        if (predecessor == null) {
            throw new StrategyException(ErrorCode.FIELD_REQUIRED, "predecessor is required");
        }
        Texts.id("predecessor.strategyId", predecessor.strategyId());
        Texts.id("predecessor.elementId", predecessor.elementId());
        if (predecessor.strategyId().equals(command.strategyId())) {
            throw new StrategyException(ErrorCode.LINEAGE_WITHIN_EDITION, "the predecessor must belong to another edition");
        }
        if (!exists(predecessor)) {
            throw new StrategyException(ErrorCode.LINEAGE_PREDECESSOR_NOT_FOUND,
                    "edition " + predecessor.strategyId() + " has no element " + predecessor.elementId());
        }
        return editions.load(command.strategyId(), command.expectedVersion())
                .invoke(edition -> edition.linkLineage(command));
    }

    /** Whether the edition {@code ref} names (never null: its callers check) has its element; a null element id is none. */
    private boolean exists(ElementRef ref) {
        try {
            return editions.load(ref.strategyId()).invoke(edition -> edition.hasElement(ref.elementId()));
        } catch (AggregateNotFoundException e) {
            return false;
        }
    }
}
