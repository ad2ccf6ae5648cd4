package org.strategylifecycle.query.diff;

import org.strategylifecycle.api.common.ElementStatus;
import org.strategylifecycle.api.common.ElementType;
import org.strategylifecycle.query.edition.ElementView;
import org.strategylifecycle.query.edition.EditionView;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;

/** Pairs the elements of two states of a plan and classifies each difference. */
final class Differ {

    private record Flat(ElementView element, ElementView parent) {
        String key(Function<ElementView, String> f) {
            return element.type() + "|" + f.apply(element);
        }
    }

    /**
     * A way to pair elements: by equal value of {@code value}; when {@code needsLikeWording}, only if
     * their wording is also alike (a shared id or number across two editions is weak evidence: the
     * 2020 Objective 1.1 "Counter Network" and the 2024 Objective 1.1 "Talent Acquisition …" are
     * different objectives).
     */
    private record Key(String name, Function<ElementView, String> value, boolean needsLikeWording) {
    }

    private static final Key ID = new Key("ID", ElementView::elementId, false);
    private static final Key NUMBER = new Key("NUMBER", ElementView::number, false);
    private static final Key TITLE = new Key("TITLE", e -> normalized(e.title()), false);
    private static final Key TEXT = new Key("TEXT", e -> normalized(e.text()), false);

    /** One edition at two dates: the same id is the same element. */
    private static final List<Key> SAME_EDITION_KEYS = List.of(ID, NUMBER, TITLE);
    /** Two editions: same wording first, then id or number where the wording is alike. */
    private static final List<Key> ACROSS_EDITIONS_KEYS = List.of(TITLE, TEXT,
            new Key("ID", ElementView::elementId, true), new Key("NUMBER", ElementView::number, true));

    /** Share of distinct words two wordings have in common (Jaccard) at which they count as alike. */
    static final double ALIKE = 0.4;

    private Differ() {
    }

    private static String normalized(String text) {
        return text == null || text.isBlank() ? null : String.join(" ", words(text));
    }

    private static List<String> words(String text) {
        return Arrays.stream(text.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")).filter(w -> !w.isEmpty()).toList();
    }

    /** Statements of one kind (the vision, the mission) pair by id whatever they say; others need like wording. */
    static boolean alike(ElementView before, ElementView after) {
        if (before.type() == ElementType.STATEMENT) {
            return true;
        }
        Set<String> b = wording(before);
        Set<String> a = wording(after);
        Set<String> union = new HashSet<>(b);
        union.addAll(a);
        b.retainAll(a);
        return !b.isEmpty() && b.size() >= ALIKE * union.size();
    }

    private record Pair(Flat before, Flat after, String pairedBy) {
    }

    /** {@code lineage} maps an element id of {@code to} to the id of its predecessor in {@code from}. */
    static DiffView diff(EditionView from, EditionView to, Map<String, String> lineage) {
        Map<String, Flat> unpairedBefore = flatten(from);
        List<Flat> unpairedAfter = new ArrayList<>();
        List<Pair> pairs = new ArrayList<>();
        for (Flat a : flatten(to).values()) {
            Flat b = unpairedBefore.remove(lineage.getOrDefault(a.element().elementId(), ""));
            if (b != null) {
                pairs.add(new Pair(b, a, "LINEAGE"));
            } else {
                unpairedAfter.add(a);
            }
        }
        boolean sameEdition = from.strategy().strategyId().equals(to.strategy().strategyId());
        for (Key key : sameEdition ? SAME_EDITION_KEYS : ACROSS_EDITIONS_KEYS) {
            Map<String, Flat> index = new LinkedHashMap<>();
            unpairedBefore.values().stream().filter(b -> key.value().apply(b.element()) != null)
                    .forEach(b -> index.putIfAbsent(b.key(key.value()), b));
            for (var it = unpairedAfter.iterator(); it.hasNext(); ) {
                Flat a = it.next();
                Flat b = key.value().apply(a.element()) == null ? null : index.get(a.key(key.value()));
                if (b != null && (!key.needsLikeWording() || alike(b.element(), a.element()))) {
                    index.remove(a.key(key.value()));
                    it.remove();
                    unpairedBefore.remove(b.element().elementId());
                    pairs.add(new Pair(b, a, key.name()));
                }
            }
        }
        Map<String, String> predecessorOf = new HashMap<>();
        pairs.forEach(p -> predecessorOf.put(p.after().element().elementId(), p.before().element().elementId()));
        List<DiffView.Entry> entries = new ArrayList<>();
        pairs.stream().map(p -> entry(p, predecessorOf)).filter(e -> !e.kinds().isEmpty()).forEach(entries::add);
        unpairedBefore.values().forEach(b -> entries.add(new DiffView.Entry(b.element().type(),
                List.of(DiffView.Kind.REMOVED), null, element(b), null)));
        unpairedAfter.forEach(a -> entries.add(new DiffView.Entry(a.element().type(),
                List.of(DiffView.Kind.ADDED), null, null, element(a))));
        return new DiffView(side(from), side(to), entries);
    }

    private static DiffView.Entry entry(Pair pair, Map<String, String> predecessorOf) {
        ElementView b = pair.before().element();
        ElementView a = pair.after().element();
        List<DiffView.Kind> kinds = new ArrayList<>();
        if (!Objects.equals(b.number(), a.number())) {
            kinds.add(DiffView.Kind.RENUMBERED);
        }
        if (!Objects.equals(b.title(), a.title()) || !Objects.equals(b.text(), a.text())
                || !Objects.equals(b.overview(), a.overview())) {
            kinds.add(DiffView.Kind.REWORDED);
        }
        String parentBefore = pair.before().parent() == null ? null : pair.before().parent().elementId();
        String parentAfter = pair.after().parent() == null ? null : predecessorOf.get(pair.after().parent().elementId());
        if (!Objects.equals(parentBefore, parentAfter)) {
            kinds.add(DiffView.Kind.MOVED);
        }
        if (a.status() == ElementStatus.RETIRED && b.status() != ElementStatus.RETIRED) {
            kinds.add(DiffView.Kind.RETIRED);
        }
        return new DiffView.Entry(a.type(), kinds, pair.pairedBy(), element(pair.before()), element(pair.after()));
    }

    private static Set<String> wording(ElementView e) {
        return new HashSet<>(words(Objects.toString(e.title(), "") + " " + Objects.toString(e.text(), "")));
    }

    private static Map<String, Flat> flatten(EditionView edition) {
        Map<String, Flat> result = new LinkedHashMap<>();
        edition.statements().forEach(s -> add(result, s, null));
        edition.goals().forEach(g -> add(result, g, null));
        return result;
    }

    private static void add(Map<String, Flat> result, ElementView element, ElementView parent) {
        result.put(element.elementId(), new Flat(element, parent));
        element.members().forEach(m -> add(result, m, element));
    }

    private static DiffView.Element element(Flat f) {
        ElementView e = f.element();
        return new DiffView.Element(e.elementId(), e.number(), e.title(), e.text(),
                f.parent() == null ? null : f.parent().number(), e.status().name(), e.annotations());
    }

    private static DiffView.Side side(EditionView edition) {
        return new DiffView.Side(edition.strategy().strategyId(), edition.strategy().title(), edition.asOf());
    }

    /** The diff as text a person can read: one line a change. */
    static String text(DiffView diff) {
        StringBuilder out = new StringBuilder();
        out.append("From ").append(label(diff.from())).append('\n').append("To   ").append(label(diff.to())).append('\n');
        for (DiffView.Entry e : diff.changes()) {
            out.append(String.join("+", e.kinds().stream().map(Enum::name).toList())).append(' ')
                    .append(e.type()).append(' ');
            if (e.before() != null) {
                out.append(describe(e.before()));
            }
            if (e.before() != null && e.after() != null) {
                out.append(" -> ");
            }
            if (e.after() != null) {
                out.append(describe(e.after()));
            }
            if (e.pairedBy() != null) {
                out.append(" [paired by ").append(e.pairedBy().toLowerCase(Locale.ROOT)).append(']');
            }
            out.append('\n');
        }
        return out.toString();
    }

    private static String label(DiffView.Side side) {
        return side.title() + " (" + side.strategyId() + (side.asOf() == null ? ", now" : ", as of " + side.asOf()) + ")";
    }

    private static String describe(DiffView.Element e) {
        return (e.number() == null ? "" : e.number() + " ") + "\"" + (e.title() != null ? e.title() : e.text()) + "\""
                + (e.annotations().isEmpty() ? "" : " [annotated: " + String.join("; ",
                e.annotations().stream().map(a -> a.subject().field() == null ? a.annotationId()
                        : a.subject().field()).toList()) + "]");
    }

    /**
     * The entries {@code filter} keeps. {@code sharesNoWordWith} keeps an entry whose element's title
     * (its text when it has none) shares no word with the title of any element of that type in
     * {@code to}: the auditor's "which removed initiatives share no title word with any new objective".
     * Words are compared in lower case, without the function words of {@link #FUNCTION_WORDS}.
     */
    static DiffView filter(DiffView diff, EditionView to, DiffFilter filter) {
        if (filter.isEmpty()) {
            return diff;
        }
        Set<String> words = new HashSet<>();
        if (filter.sharesNoWordWith() != null) {
            flatten(to).values().stream().map(Flat::element).filter(e -> e.type() == filter.sharesNoWordWith())
                    .forEach(e -> words.addAll(contentWords(e.title() != null ? e.title() : e.text())));
        }
        List<DiffView.Entry> kept = diff.changes().stream()
                .filter(e -> filter.kind() == null || e.kinds().contains(filter.kind()))
                .filter(e -> filter.type() == null || e.type() == filter.type())
                .filter(e -> filter.sharesNoWordWith() == null || contentWords(label(e)).stream().noneMatch(words::contains))
                .toList();
        return new DiffView(diff.from(), diff.to(), kept);
    }

    /** Words that say nothing of a subject: "Secure and Compliant Trade" and "Sustainable and Ethical Trade" share "trade", not "and". */
    static final Set<String> FUNCTION_WORDS = Set.of("a", "an", "and", "are", "as", "at", "be", "by", "for", "from", "in",
            "into", "is", "it", "its", "of", "on", "or", "our", "that", "the", "their", "this", "to", "with", "we", "us");

    static Set<String> contentWords(String text) {
        Set<String> result = new HashSet<>(words(text));
        result.removeAll(FUNCTION_WORDS);
        return result;
    }

    private static String label(DiffView.Entry entry) {
        // Only a removed element has no after; a paired one is labelled by its newer wording.
        DiffView.Element e = entry.after() != null ? entry.after() : entry.before();
        return e.title() != null ? e.title() : e.text();
    }
}
