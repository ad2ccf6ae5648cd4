package org.strategylifecycle.command.stakeholder;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.strategylifecycle.api.common.CommandAccepted;
import org.strategylifecycle.api.common.ElementType;
import org.strategylifecycle.api.common.ErrorCode;
import org.strategylifecycle.api.common.StrategyException;
import org.strategylifecycle.api.stakeholder.RecordStakeholder;
import org.strategylifecycle.api.stakeholder.RemoveStakeholder;
import org.strategylifecycle.api.stakeholder.ReviseStakeholder;
import org.strategylifecycle.api.stakeholder.RoleType;
import org.strategylifecycle.api.stakeholder.StakeholderRecorded;
import org.strategylifecycle.api.stakeholder.StakeholderRemoved;
import org.strategylifecycle.api.stakeholder.StakeholderRevised;
import org.strategylifecycle.api.stakeholder.StakeholderRole;
import org.strategylifecycle.api.stakeholder.StakeholderType;
import org.strategylifecycle.command.edition.EditionState;
import org.strategylifecycle.command.edition.Element;
import org.strategylifecycle.command.edition.Texts;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;
import static org.strategylifecycle.command.edition.StrategyEdition.accepted;

/**
 * Decides the stakeholders of an edition: of its organization (no holder), of a goal or of an
 * objective. A stakeholder is a member of the edition like its other elements: its id is unique in
 * the edition, its holder must exist and not be retired, and a holder is retired only once its
 * stakeholders are removed (no element under a retired parent).
 */
public class Stakeholders {

    public static final int ROLES_MAX = 100;
    private static final Set<ElementType> HOLDERS = Set.of(ElementType.GOAL, ElementType.OBJECTIVE);

    private final EditionState state;

    public Stakeholders(EditionState state) {
        this.state = state;
    }

    @CommandHandler
    CommandAccepted handle(RecordStakeholder c) {
        state.requireAddable("stakeholderId", c.stakeholderId(), c.change());
        if (c.holderId() != null) {
            state.parent(c.holderId(), HOLDERS, c.change().effectiveDate());
        }
        apply(new StakeholderRecorded(c.strategyId(), c.stakeholderId(), c.holderId(),
                Texts.required("name", c.name(), Texts.TITLE_MAX),
                Texts.optional("description", c.description(), Texts.TEXT_MAX),
                c.stakeholderType(), roles(c.roles()),
                state.nextOrder(ElementType.STAKEHOLDER, c.holderId(), c.order()), c.change()));
        return accepted(c.stakeholderId());
    }

    @CommandHandler
    CommandAccepted handle(ReviseStakeholder c) {
        Element e = state.revisable(c.stakeholderId(), ElementType.STAKEHOLDER, c.change());
        String name = Texts.revised("name", c.name(), e.title(), Texts.TITLE_MAX);
        String description = Texts.revised("description", c.description(), e.text(), Texts.TEXT_MAX);
        StakeholderType type = c.stakeholderType() != null ? c.stakeholderType() : e.stakeholderType();
        List<StakeholderRole> roles = c.roles() != null ? roles(c.roles()) : e.roles();
        if (!Objects.equals(name, e.title()) || !Objects.equals(description, e.text()) || type != e.stakeholderType()
                || !roles.equals(e.roles())) {
            apply(new StakeholderRevised(c.strategyId(), e.id(), name, description, type, roles, c.change()));
        }
        return accepted(e.id());
    }

    @CommandHandler
    CommandAccepted handle(RemoveStakeholder c) {
        if (state.retirable(c.stakeholderId(), ElementType.STAKEHOLDER, c.change()) != null) {
            apply(new StakeholderRemoved(c.strategyId(), c.stakeholderId(), c.change()));
        }
        return accepted(c.stakeholderId());
    }

    /** The roles as recorded: each named, bounded, its role types stated once each. */
    private static List<StakeholderRole> roles(List<StakeholderRole> given) {
        if (given == null) {
            return List.of();
        }
        if (given.size() > ROLES_MAX) {
            throw new StrategyException(ErrorCode.INVALID_VALUE, "a stakeholder has at most " + ROLES_MAX + " roles");
        }
        List<StakeholderRole> roles = new ArrayList<>(given.size());
        for (int i = 0; i < given.size(); i++) {
            StakeholderRole role = given.get(i);
            String field = "roles[" + i + "]";
            if (role == null) {
                throw new StrategyException(ErrorCode.FIELD_REQUIRED, field + " is required");
            }
            List<RoleType> types = role.roleTypes() == null ? List.of() : role.roleTypes();
            if (types.stream().anyMatch(Objects::isNull)) {
                throw new StrategyException(ErrorCode.FIELD_REQUIRED, field + ".roleTypes has an empty entry");
            }
            roles.add(new StakeholderRole(Texts.required(field + ".name", role.name(), Texts.TITLE_MAX),
                    Texts.optional(field + ".description", role.description(), Texts.TEXT_MAX),
                    List.copyOf(new LinkedHashSet<>(types))));
        }
        return List.copyOf(roles);
    }

    @EventSourcingHandler
    void on(StakeholderRecorded event) {
        Element e = new Element(event.stakeholderId(), ElementType.STAKEHOLDER, event.holderId(), state.initialStatus(),
                event.change().effectiveDate());
        e.setStakeholder(event.stakeholderType(), event.roles());
        state.added(e, null, null, event.name(), event.description(), null);
    }

    @EventSourcingHandler
    void on(StakeholderRevised event) {
        Element e = state.changed(event.stakeholderId(), event.change().effectiveDate());
        state.setContent(e, null, null, event.name(), event.description(), null);
        e.setStakeholder(event.stakeholderType(), event.roles());
    }

    @EventSourcingHandler
    void on(StakeholderRemoved event) {
        state.retired(event.stakeholderId(), event.change().effectiveDate());
    }
}
