package org.strategylifecycle.bench;

import org.strategylifecycle.api.alignment.AlignmentRemoved;
import org.strategylifecycle.api.alignment.AlignmentTarget;
import org.strategylifecycle.api.alignment.ObjectiveAligned;
import org.strategylifecycle.api.common.Change;
import org.strategylifecycle.api.common.ChangeKind;
import org.strategylifecycle.api.common.Citation;
import org.strategylifecycle.api.common.ElementRef;
import org.strategylifecycle.api.common.ElementType;
import org.strategylifecycle.api.common.LinkProvenance;
import org.strategylifecycle.api.common.MeasureType;
import org.strategylifecycle.api.common.Organization;
import org.strategylifecycle.api.common.Period;
import org.strategylifecycle.api.common.StatementKind;
import org.strategylifecycle.api.correction.ElementCorrected;
import org.strategylifecycle.api.goal.GoalAdded;
import org.strategylifecycle.api.goal.GoalRevised;
import org.strategylifecycle.api.initiative.InitiativeCompleted;
import org.strategylifecycle.api.initiative.InitiativeLaunched;
import org.strategylifecycle.api.initiative.InitiativeRetired;
import org.strategylifecycle.api.initiative.InitiativeRevised;
import org.strategylifecycle.api.lineage.LineageLinked;
import org.strategylifecycle.api.lineage.LineageRelation;
import org.strategylifecycle.api.measure.MeasureActualRecorded;
import org.strategylifecycle.api.measure.MeasureDefined;
import org.strategylifecycle.api.measure.MeasureRetired;
import org.strategylifecycle.api.measure.MeasureRevised;
import org.strategylifecycle.api.measure.MeasureTargetSet;
import org.strategylifecycle.api.missionarea.MissionAreaAdded;
import org.strategylifecycle.api.missionarea.MissionAreaRevised;
import org.strategylifecycle.api.objective.ObjectiveAdopted;
import org.strategylifecycle.api.objective.ObjectiveRevised;
import org.strategylifecycle.api.outcome.OutcomeDefined;
import org.strategylifecycle.api.outcome.OutcomeRevised;
import org.strategylifecycle.api.statement.StatementRecorded;
import org.strategylifecycle.api.statement.StatementRevised;
import org.strategylifecycle.api.strategy.StrategyAdopted;
import org.strategylifecycle.api.strategy.StrategyDrafted;
import org.strategylifecycle.api.strategy.StrategyRetired;
import org.strategylifecycle.api.strategy.StrategySuperseded;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

/**
 * The life of one generated edition, told one event at a time, as an editor working through the
 * command API would have recorded it: drafted, about 300 elements added (most before adoption),
 * adopted, then years of revisions, targets, actuals and restatements, alignments, lineage links,
 * corrections, completions and retirements, and at the end superseded by the next edition of its line
 * (after which only corrections) or left in force. Effective dates never go backwards; retired and
 * completed elements are not touched again; a frozen edition takes corrections only.
 */
final class EditionScript {

    /** One event of the edition's aggregate; {@code lineEvent} events belong to the line instead. */
    record Step(Object payload, boolean lineEvent) {
    }

    private enum Phase { DRAFTING, IN_FORCE, ENDING, FROZEN, DONE }

    private static final class Element {
        final String id;
        final ElementType type;
        final String parentId;
        final String number;
        String title;
        String text;
        String status = "ACTIVE";
        final LocalDate added;

        Element(String id, ElementType type, String parentId, String number, String title, String text, LocalDate added) {
            this.id = id;
            this.type = type;
            this.parentId = parentId;
            this.number = number;
            this.title = title;
            this.text = text;
            this.added = added;
        }
    }

    private static final String[] WORDS = ("secure border trade travel integrity workforce mission partners "
            + "threats enforcement compliance modernize data analytics facilitate lawful protect advance "
            + "resilience operational capability intelligence screening cargo passengers agriculture "
            + "innovation technology infrastructure collaborate interagency international training "
            + "leadership accountability transparency performance measure outcome efficiency readiness "
            + "domestic global supply chain illicit narcotics counter terrorism response recovery health "
            + "employee wellness recruit retain develop culture trust public service stakeholders").split(" ");
    private static final String[] UNITS = {"percent", "count", "days", "hours", "USD millions", "ratio"};

    final String strategyId;
    final String lineId;
    final int fromYear;
    private final Random random;
    private final int targetEvents;
    private final EditionScript predecessor;
    private final List<EditionScript> others;
    private EditionScript successor;

    private final Deque<Runnable> plan = new ArrayDeque<>();
    private final int planned;
    private final List<Element> elements = new ArrayList<>();
    private final Map<String, Element> byId = new HashMap<>();
    private final Map<String, Set<String>> reported = new HashMap<>();
    private final Map<String, Set<String>> targeted = new HashMap<>();
    private final List<String[]> alignments = new ArrayList<>();
    private final List<Step> pending = new ArrayList<>();
    private Phase phase = Phase.DRAFTING;
    private LocalDate clock;
    private int emitted;
    private int serial;
    private int frozenCorrections;
    private boolean adopted;

    EditionScript(String strategyId, String lineId, int fromYear, EditionScript predecessor, List<EditionScript> others,
                  int targetEvents, long seed) {
        this.strategyId = strategyId;
        this.lineId = lineId;
        this.fromYear = fromYear;
        this.predecessor = predecessor;
        this.others = others;
        this.targetEvents = targetEvents;
        this.random = new Random(seed);
        this.clock = LocalDate.of(fromYear - 1, 9, 1).plusDays(random.nextInt(60));
        if (predecessor != null) {
            predecessor.successor = this;
        }
        planElements();
        this.planned = plan.size();
    }

    int emitted() {
        return emitted;
    }

    boolean done() {
        return phase == Phase.DONE;
    }

    /** Whether the edition can move now: an edition waits at its end for its successor's adoption. */
    boolean ready() {
        return phase != Phase.DONE && !(phase == Phase.ENDING && successor != null && !successor.adopted);
    }

    /** The edition's first events: drafted, and joined to its line. */
    List<Step> open(Organization organization) {
        Period period = new Period(fromYear + "–" + (fromYear + 4), fromYear, fromYear + 4);
        List<Step> steps = new ArrayList<>();
        steps.add(new Step(new StrategyDrafted(strategyId, lineId, title("Strategy " + period.label()), organization, period,
                false, change("Drafting the next edition")), false));
        steps.add(new Step(new org.strategylifecycle.api.line.EditionJoinedLine(lineId, strategyId, period,
                change("Drafted as a member of the line")), true));
        emitted += 2;
        return steps;
    }

    /** The next event (or two, for a supersession recorded by both aggregates). */
    List<Step> next() {
        pending.clear();
        switch (phase) {
            case DRAFTING -> {
                plan.poll().run();
                if (plan.size() < planned * 0.25) {
                    advance(20);
                    add(new StrategyAdopted(strategyId, change("Published")));
                    adopted = true;
                    phase = Phase.IN_FORCE;
                }
            }
            case IN_FORCE -> {
                if (emitted >= targetEvents - 4) {
                    phase = Phase.ENDING;
                    return next();
                }
                if (!plan.isEmpty() && random.nextInt(4) == 0) {
                    plan.poll().run();
                } else {
                    history();
                }
            }
            case ENDING -> {
                advance(30);
                if (successor != null) {
                    Change change = change("The next edition of the line is in force");
                    LinkProvenance provenance = LinkProvenance.stated(citation());
                    add(new StrategySuperseded(strategyId, successor.strategyId, lineId, provenance, change));
                    pending.add(new Step(new org.strategylifecycle.api.line.SupersessionRecorded(lineId, strategyId,
                            successor.strategyId, provenance, change), true));
                    emitted++;
                    phase = Phase.FROZEN;
                } else if (random.nextInt(5) == 0) {
                    add(new StrategyRetired(strategyId, change("Expired without a successor")));
                    phase = Phase.FROZEN;
                } else {
                    phase = Phase.DONE;
                }
            }
            case FROZEN -> {
                correct();
                if (++frozenCorrections >= 2) {
                    phase = Phase.DONE;
                }
            }
            case DONE -> throw new IllegalStateException(strategyId + " has no more events");
        }
        return List.copyOf(pending);
    }

    private void planElements() {
        StatementKind[] kinds = {StatementKind.VISION, StatementKind.MISSION, StatementKind.CORE_VALUE,
                StatementKind.CORE_VALUE, StatementKind.CORE_VALUE};
        for (int s = 1; s <= kinds.length; s++) {
            int order = s;
            StatementKind kind = kinds[s - 1];
            plan.add(() -> {
                String id = "statement-" + order;
                String label = kind == StatementKind.CORE_VALUE ? "Core value" : kind == StatementKind.VISION ? "Vision" : "Mission";
                added(new Element(id, ElementType.STATEMENT, null, null, title(label), sentence(20, 40), clock));
                add(new StatementRecorded(strategyId, id, kind, label, byId.get(id).title, byId.get(id).text, order,
                        change(null)));
            });
        }
        for (int g = 1; g <= 5; g++) {
            int goal = g;
            String goalId = "goal-" + g;
            plan.add(() -> {
                Element e = added(new Element(goalId, ElementType.GOAL, null, Integer.toString(goal), title(null),
                        sentence(20, 40), clock));
                add(new GoalAdded(strategyId, goalId, e.number, e.title, e.text, sentence(40, 80), goal, change(null)));
            });
            List<String> parents = new ArrayList<>();
            if (g == 2) {
                for (int m = 1; m <= 3; m++) {
                    int area = m;
                    String areaId = "mission-area-2." + m;
                    parents.add(areaId);
                    plan.add(() -> {
                        Element e = added(new Element(areaId, ElementType.MISSION_AREA, goalId, "2." + area, title(null),
                                sentence(15, 30), clock));
                        add(new MissionAreaAdded(strategyId, areaId, goalId, e.number, e.title, e.text, area, change(null)));
                    });
                }
            } else {
                parents.add(goalId);
            }
            String outcomeOfGoal = "outcome-" + g;
            plan.add(() -> {
                Element e = added(new Element(outcomeOfGoal, ElementType.OUTCOME, goalId, g(goal) + "-o", title(null),
                        sentence(10, 20), clock));
                add(new OutcomeDefined(strategyId, outcomeOfGoal, goalId, e.number, e.title, e.text, 1, change(null)));
            });
            for (int o = 1; o <= 7; o++) {
                planObjective(goal, o, parents.get((o - 1) % parents.size()));
            }
        }
    }

    private static String g(int goal) {
        return Integer.toString(goal);
    }

    private void planObjective(int goal, int o, String parentId) {
        String number = goal + "." + o;
        String objectiveId = "objective-" + number;
        plan.add(() -> {
            Element e = added(new Element(objectiveId, ElementType.OBJECTIVE, parentId, number, title(null),
                    sentence(20, 45), clock));
            add(new ObjectiveAdopted(strategyId, objectiveId, parentId, number, e.title, e.text, o, change(null)));
        });
        String outcomeId = "outcome-" + number;
        plan.add(() -> {
            Element e = added(new Element(outcomeId, ElementType.OUTCOME, objectiveId, number + "-o", title(null),
                    sentence(10, 20), clock));
            add(new OutcomeDefined(strategyId, outcomeId, objectiveId, e.number, e.title, e.text, 1, change(null)));
        });
        for (int i = 1; i <= 4; i++) {
            int order = i;
            String initiativeId = "initiative-" + number + "." + i;
            plan.add(() -> {
                Element e = added(new Element(initiativeId, ElementType.INITIATIVE, objectiveId, number + "." + order,
                        title(null), sentence(15, 35), clock));
                add(new InitiativeLaunched(strategyId, initiativeId, objectiveId, e.number, e.title, e.text, order, change(null)));
            });
        }
        for (int m = 1; m <= 2; m++) {
            int order = m;
            String measureId = "measure-" + number + "." + m;
            String parent = m == 1 ? outcomeId : objectiveId;
            plan.add(() -> {
                MeasureType type = MeasureType.values()[random.nextInt(MeasureType.values().length)];
                Element e = added(new Element(measureId, ElementType.MEASURE, parent, "M" + number + "." + order,
                        title(null), sentence(10, 25), clock));
                add(new MeasureDefined(strategyId, measureId, parent, e.number, e.title, e.text, type, printed(type),
                        UNITS[random.nextInt(UNITS.length)], order, change(null)));
            });
        }
    }

    /** One change of an edition in force, drawn by weight. */
    private void history() {
        advance(2);
        int draw = random.nextInt(100);
        if (draw < 40) {
            revise();
        } else if (draw < 58) {
            actual();
        } else if (draw < 70) {
            target();
        } else if (draw < 76) {
            align();
        } else if (draw < 77 && !alignments.isEmpty()) {
            String[] alignment = alignments.remove(random.nextInt(alignments.size()));
            add(new AlignmentRemoved(strategyId, alignment[0], alignment[1], change("The supported objective was dropped")));
        } else if (draw < 80 && predecessor != null) {
            Element e = active(null);
            Element before = predecessor.elements.get(random.nextInt(predecessor.elements.size()));
            add(new LineageLinked(strategyId, "lineage-" + (++serial), e.id, new ElementRef(predecessor.strategyId, before.id),
                    random.nextBoolean() ? LineageRelation.DERIVES_FROM : LineageRelation.REPLACES,
                    random.nextBoolean() ? LinkProvenance.stated(citation()) : LinkProvenance.inferred("same number and subject"),
                    change(null)));
        } else if (draw < 86) {
            correct();
        } else if (draw < 94) {
            actual();
        } else {
            retireOrComplete();
        }
    }

    private void revise() {
        Element e = active(null);
        e.title = title(null);
        e.text = sentence(15, 40);
        Change change = change("Revised in the annual review");
        Object event = switch (e.type) {
            case STATEMENT -> new StatementRevised(strategyId, e.id, "Core value", e.title, e.text, change);
            case GOAL -> new GoalRevised(strategyId, e.id, e.number, e.title, e.text, sentence(40, 80), change);
            case MISSION_AREA -> new MissionAreaRevised(strategyId, e.id, e.number, e.title, e.text, change);
            case OBJECTIVE -> new ObjectiveRevised(strategyId, e.id, e.parentId, e.number, e.title, e.text, change);
            case INITIATIVE -> new InitiativeRevised(strategyId, e.id, e.number, e.title, e.text, change);
            case OUTCOME -> new OutcomeRevised(strategyId, e.id, e.number, e.title, e.text, change);
            case MEASURE -> {
                MeasureType type = MeasureType.values()[random.nextInt(MeasureType.values().length)];
                yield new MeasureRevised(strategyId, e.id, e.number, e.title, e.text, type, printed(type),
                        UNITS[random.nextInt(UNITS.length)], change);
            }
            case STAKEHOLDER -> throw new IllegalStateException("the script records no stakeholders");
        };
        add(event);
    }

    private void actual() {
        Element measure = active(ElementType.MEASURE);
        Set<String> done = reported.computeIfAbsent(measure.id, k -> new HashSet<>());
        int year = Math.min(clock.getYear(), fromYear + 4);
        String period = "FY" + Math.max(fromYear, year - random.nextInt(2));
        boolean restated = done.contains(period);
        done.add(period);
        add(new MeasureActualRecorded(strategyId, measure.id, period, value(), random.nextInt(10) == 0 ? sentence(5, 12) : null,
                restated, change(restated ? "Restated after the audit of the period" : null)));
    }

    private void target() {
        Element measure = active(ElementType.MEASURE);
        Set<String> done = targeted.computeIfAbsent(measure.id, k -> new HashSet<>());
        String period = "FY" + (fromYear + random.nextInt(5));
        boolean replaced = done.contains(period);
        done.add(period);
        add(new MeasureTargetSet(strategyId, measure.id, period, value(), null, replaced,
                change(replaced ? "Target reset in the budget cycle" : null)));
    }

    private void align() {
        Element objective = active(ElementType.OBJECTIVE);
        String alignmentId = "alignment-" + (++serial);
        EditionScript other = others.get(random.nextInt(others.size()));
        AlignmentTarget target;
        if (other == this || other.elements.isEmpty() || random.nextInt(10) < 3) {
            target = new AlignmentTarget(null, null, "DHS Strategic Plan " + (fromYear - 1) + "–" + (fromYear + 3),
                    (1 + random.nextInt(6)) + "." + (1 + random.nextInt(5)), title(null));
        } else {
            Element targetElement = other.elements.get(random.nextInt(other.elements.size()));
            target = new AlignmentTarget(other.strategyId, targetElement.id, null, null, null);
        }
        alignments.add(new String[] {alignmentId, objective.id});
        add(new ObjectiveAligned(strategyId, alignmentId, objective.id, target,
                random.nextBoolean() ? LinkProvenance.stated(citation()) : LinkProvenance.inferred("shared subject"),
                change(null)));
    }

    private void correct() {
        Element e = elements.get(random.nextInt(elements.size()));
        e.title = e.title + (random.nextBoolean() ? " (corrected)" : "");
        String label = e.type == ElementType.STATEMENT ? "Core value" : null;
        add(new ElementCorrected(strategyId, e.id, e.type, e.number, e.title, label, e.text,
                e.type == ElementType.GOAL ? sentence(40, 80) : null,
                new Change(e.added, "auditor", "Recorded text differed from the published document", citation(),
                        ChangeKind.CORRECTION)));
    }

    private void retireOrComplete() {
        Element e = active(random.nextBoolean() ? ElementType.INITIATIVE : ElementType.MEASURE);
        long activeOfType = elements.stream().filter(x -> x.type == e.type && x.status.equals("ACTIVE")).count();
        if (activeOfType < 20) {
            revise();
            return;
        }
        Change change = change(e.type == ElementType.INITIATIVE ? "Carried out" : "No longer reported");
        if (e.type == ElementType.INITIATIVE && random.nextBoolean()) {
            e.status = "COMPLETED";
            add(new InitiativeCompleted(strategyId, e.id, change));
        } else {
            e.status = "RETIRED";
            add(e.type == ElementType.INITIATIVE ? new InitiativeRetired(strategyId, e.id, change)
                    : new MeasureRetired(strategyId, e.id, change));
        }
    }

    private Element active(ElementType type) {
        for (int tries = 0; ; tries++) {
            Element e = elements.get(random.nextInt(elements.size()));
            if (e.status.equals("ACTIVE") && (type == null || e.type == type)) {
                return e;
            }
            if (tries > 10_000) {
                throw new IllegalStateException(strategyId + " has no active " + type);
            }
        }
    }

    private Element added(Element e) {
        elements.add(e);
        byId.put(e.id, e);
        return e;
    }

    private void add(Object payload) {
        pending.add(new Step(payload, false));
        emitted++;
    }

    private void advance(int maxDays) {
        clock = clock.plusDays(random.nextInt(maxDays));
    }

    private Change change(String rationale) {
        return new Change(clock, random.nextInt(4) == 0 ? "analyst-" + random.nextInt(5) : "editor-" + random.nextInt(3),
                rationale, random.nextInt(3) == 0 ? citation() : null, ChangeKind.REVISION);
    }

    private Citation citation() {
        return new Citation("Strategy " + fromYear + "–" + (fromYear + 4), "Section " + (1 + random.nextInt(9)),
                Integer.toString(1 + random.nextInt(60)));
    }

    private BigDecimal value() {
        return BigDecimal.valueOf(random.nextInt(1_000_000), 2);
    }

    private static String printed(MeasureType type) {
        return switch (type) {
            case OUTCOME -> "Outcome";
            case OUTPUT -> "Output";
            case EFFICIENCY -> "Efficiency";
            case RATE_EFFICIENCY -> "Rate/Efficiency";
            case QUALITATIVE -> "Qualitative";
        };
    }

    private String title(String prefix) {
        String words = sentence(4, 9);
        return prefix == null ? words : prefix + ": " + words;
    }

    private String sentence(int min, int max) {
        int n = min + random.nextInt(max - min + 1);
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < n; i++) {
            String word = WORDS[random.nextInt(WORDS.length)];
            s.append(i == 0 ? Character.toUpperCase(word.charAt(0)) + word.substring(1) : " " + word);
        }
        return s.append('.').toString();
    }
}
