package org.strategylifecycle.command.edition;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.modelling.command.Aggregate;
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

import java.util.function.Supplier;

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
        return align(command, () -> editions.load(command.strategyId(), command.expectedVersion()));
    }

    /** Aligns an element of {@code edition} (loaded after the target is read), as {@code AlignObjective} does. */
    public CommandAccepted align(AlignObjective command, Supplier<Aggregate<StrategyEdition>> edition) {
        AlignmentTarget target = command.target();
        boolean inOtherEdition = target != null
                && target.strategyId() != null && !target.strategyId().equals(command.strategyId());
        String targetId = inOtherEdition ? resolve(new ElementRef(target.strategyId(), target.elementId())) : null;
        AlignObjective resolved = targetId == null ? command : new AlignObjective(command.strategyId(),
                command.expectedVersion(), command.alignmentId(), command.elementId(), new AlignmentTarget(target.strategyId(),
                targetId, target.document(), target.number(), target.text()), command.provenance(), command.change());
        return edition.get().invoke(e -> e.align(resolved, targetId != null));
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
        String predecessorId = resolve(predecessor);
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

    /**
     * The id of the element {@code ref} names in its edition (never null: its callers check), by its id
     * or its external identifier; null when the edition or the element does not exist (a null element
     * id names none).
     */
    public String resolve(ElementRef ref) {
        try {
            return editions.load(ref.strategyId()).invoke(edition -> {
                String id = edition.resolve(ref.elementId());
                return edition.hasElement(id) ? id : null;
            });
        } catch (AggregateNotFoundException e) {
            return null;
        }
    }
}
