package org.strategylifecycle.command.chain;

import java.util.Optional;

/** Verifies the whole store, or one edition's stream, against both chains (docs/tamper-evidence.md). */
public final class Verifier {

    private final StoreReader events;
    private final ChainTable links;

    Verifier(StoreReader events, ChainTable links) {
        this.events = events;
        this.links = links;
    }

    public Verdict store() {
        Verification check = Verification.ofStore();
        boolean[] going = {true};
        events.events(event -> going[0] = check.accept(event));
        if (going[0]) {
            links.links(check::accept);
        }
        return check.verdict(null);
    }

    /** Empty when the store holds no event of this aggregate. */
    public Optional<Verdict> stream(String aggregateIdentifier, String copyHash) {
        Verification check = Verification.ofStream(aggregateIdentifier);
        boolean[] going = {true};
        events.eventsOf(aggregateIdentifier, event -> going[0] = check.accept(event));
        if (going[0]) {
            links.linksOf(aggregateIdentifier, check::accept);
        }
        return check.empty() ? Optional.empty() : Optional.of(check.verdict(copyHash));
    }
}
