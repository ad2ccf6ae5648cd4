package org.strategylifecycle.command.alignment;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.modelling.command.Aggregate;
import org.axonframework.modelling.command.Repository;
import org.strategylifecycle.api.alignment.AlignObjective;
import org.strategylifecycle.api.alignment.AlignmentTarget;
import org.strategylifecycle.api.common.CommandAccepted;
import org.strategylifecycle.api.common.ElementRef;
import org.strategylifecycle.command.edition.OtherEditions;
import org.strategylifecycle.command.edition.StrategyEdition;
import org.springframework.stereotype.Component;

import java.util.function.Supplier;

/**
 * Alignments that may point into another edition: the target edition is read in the same unit of work
 * ({@link OtherEditions}), so an alignment to an element that does not exist is refused (a target may
 * instead be recorded as an external reference); the edition decides the rest ({@link Alignments}).
 */
@Component
public class AlignmentHandler {

    private final Repository<StrategyEdition> editions;
    private final OtherEditions others;

    public AlignmentHandler(Repository<StrategyEdition> editions, OtherEditions others) {
        this.editions = editions;
        this.others = others;
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
        String targetId = inOtherEdition ? others.resolve(new ElementRef(target.strategyId(), target.elementId())) : null;
        AlignObjective resolved = targetId == null ? command : new AlignObjective(command.strategyId(),
                command.expectedVersion(), command.alignmentId(), command.elementId(), new AlignmentTarget(target.strategyId(),
                targetId, target.document(), target.number(), target.text()), command.provenance(), command.change());
        return edition.get().invoke(e -> e.align(resolved, targetId != null));
    }
}
