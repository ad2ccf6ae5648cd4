package org.strategylifecycle.command.edition;

import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.modelling.command.Repository;
import org.strategylifecycle.api.common.ElementRef;
import org.springframework.stereotype.Component;

/**
 * Another edition as a decision on one edition reads it, in the same unit of work: whether the element
 * a link points to exists there. Used by the alignment and lineage handlers, so that a link to an
 * element that does not exist is refused, and by the import.
 */
@Component
public class OtherEditions {

    private final Repository<StrategyEdition> editions;

    public OtherEditions(Repository<StrategyEdition> editions) {
        this.editions = editions;
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
