package org.strategylifecycle.command.alignment;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.strategylifecycle.api.alignment.AlignObjective;
import org.strategylifecycle.api.alignment.AlignmentRemoved;
import org.strategylifecycle.api.alignment.AlignmentTarget;
import org.strategylifecycle.api.alignment.ObjectiveAligned;
import org.strategylifecycle.api.alignment.RemoveAlignment;
import org.strategylifecycle.api.common.CommandAccepted;
import org.strategylifecycle.api.common.ElementType;
import org.strategylifecycle.api.common.ErrorCode;
import org.strategylifecycle.api.common.StrategyException;
import org.strategylifecycle.command.edition.EditionState;
import org.strategylifecycle.command.edition.Element;
import org.strategylifecycle.command.edition.Texts;

import java.util.Set;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;
import static org.strategylifecycle.command.edition.StrategyEdition.accepted;

/**
 * Decides the alignments of an edition's elements: what an element supports. Whether a target in
 * another edition exists is established by the caller, which reads that edition ({@link AlignmentHandler}).
 */
public class Alignments {

    private static final Set<ElementType> ALIGNABLE = Set.of(ElementType.GOAL, ElementType.MISSION_AREA,
            ElementType.OBJECTIVE, ElementType.INITIATIVE, ElementType.OUTCOME);

    private final EditionState state;

    public Alignments(EditionState state) {
        this.state = state;
    }

    /** Aligns an element, the target in another edition established by the caller ({@link AlignmentHandler}). */
    public CommandAccepted align(AlignObjective c, boolean targetInOtherEditionExists) {
        state.requireAddable("alignmentId", c.alignmentId(), c.change());
        Element source = state.element(c.elementId(), null);
        if (!ALIGNABLE.contains(source.type())) {
            throw new StrategyException(ErrorCode.WRONG_ELEMENT_TYPE, "a " + source.type() + " cannot be aligned");
        }
        if (source.isRetired()) {
            throw new StrategyException(ErrorCode.ELEMENT_RETIRED, source.id() + " is retired");
        }
        state.requireAdded(source, c.change().effectiveDate());
        AlignmentTarget target = requireTarget(c.target(), source, targetInOtherEditionExists);
        Texts.provenance(c.provenance());
        if (state.isAligned(source.id(), target)) {
            throw new StrategyException(ErrorCode.ALIGNMENT_EXISTS, source.id() + " is already aligned to this target");
        }
        apply(new ObjectiveAligned(c.strategyId(), c.alignmentId(), source.id(), target, c.provenance(), c.change()));
        return accepted(c.alignmentId());
    }

    private AlignmentTarget requireTarget(AlignmentTarget target, Element source, boolean otherEditionTargetExists) {
        if (target == null) {
            throw new StrategyException(ErrorCode.FIELD_REQUIRED, "target is required");
        }
        if (target.isExternal()) {
            Texts.required("target.document", target.document(), Texts.CITATION_MAX);
            Texts.optional("target.number", target.number(), Texts.NUMBER_MAX);
            Texts.optional("target.text", target.text(), Texts.TEXT_MAX);
            return target;
        }
        Texts.id("target.strategyId", target.strategyId());
        if (target.strategyId().equals(state.strategyId())) {
            // A target named by its published identifier is recorded by the element's id (ADR 20).
            target = new AlignmentTarget(target.strategyId(), state.resolve(target.elementId()), target.document(),
                    target.number(), target.text());
        }
        Texts.id("target.elementId", target.elementId());
        if (target.document() != null || target.number() != null || target.text() != null) {
            throw new StrategyException(ErrorCode.INVALID_VALUE, "a target is either an element or an external reference, not both");
        }
        if (target.strategyId().equals(state.strategyId())) {
            if (target.elementId().equals(source.id())) {
                throw new StrategyException(ErrorCode.ALIGNMENT_TO_SELF, "an element cannot support itself");
            }
            if (!state.hasElement(target.elementId())) {
                throw new StrategyException(ErrorCode.ALIGNMENT_TARGET_NOT_FOUND, "edition " + state.strategyId() + " has no element " + target.elementId());
            }
        } else if (!otherEditionTargetExists) {
            throw new StrategyException(ErrorCode.ALIGNMENT_TARGET_NOT_FOUND,
                    "edition " + target.strategyId() + " has no element " + target.elementId());
        }
        return target;
    }

    @CommandHandler
    CommandAccepted handle(RemoveAlignment c) {
        Texts.change(c.change(), true);
        state.requireOpen();
        EditionState.Alignment alignment = state.alignment(Texts.id("alignmentId", c.alignmentId()));
        if (alignment == null) {
            throw new StrategyException(ErrorCode.ALIGNMENT_NOT_FOUND, "edition " + state.strategyId() + " has no alignment " + c.alignmentId());
        }
        state.requireRemovable(c.alignmentId(), c.change().effectiveDate());
        apply(new AlignmentRemoved(c.strategyId(), c.alignmentId(), alignment.elementId(), c.change()));
        return accepted(c.alignmentId());
    }

    @EventSourcingHandler
    void on(ObjectiveAligned event) {
        state.aligned(event.alignmentId(), new EditionState.Alignment(event.elementId(), event.target()),
                event.change().effectiveDate());
    }

    @EventSourcingHandler
    void on(AlignmentRemoved event) {
        state.alignmentRemoved(event.alignmentId());
    }

}
