package org.strategylifecycle.query.dashboard;

import org.springframework.ui.Model;

import java.time.Instant;

/**
 * How a page keeps itself fresh, rendered into htmx attributes: {@code stream} is the server-sent
 * events address it subscribes to (null: none), {@code refresh} the address it reloads its live part
 * from and {@code trigger} when; {@code note} says in words what the reader gets.
 */
public record Live(String mode, String stream, String refresh, String trigger, String note) {

    /** Changes that arrive together (a command, a corpus load) cause one reload, once they pause. */
    static final String ON_CHANGE = "sse:change delay:300ms";
    static final String POLL = "every 60s";

    /** Puts what the live part of a page needs into its model: how it stays fresh, and how fresh it is. */
    public static void show(Model model, Live live, long position) {
        model.addAttribute("live", live);
        model.addAttribute("position", position);
        model.addAttribute("rendered", Labels.time(Instant.now()));
    }

    static Live streamed(String stream, String refresh) {
        return new Live("live", stream, refresh, ON_CHANGE, "Live: connecting…");
    }

    static Live polled(String refresh) {
        return new Live("polled", null, refresh, POLL,
                "Live updates are for roles that may follow the change stream; this page checks for changes every minute.");
    }

    static Live fixed() {
        return new Live("fixed", null, null, null,
                "A fixed view: it shows what had been recorded by the time chosen, so later records cannot change it.");
    }
}
