package org.strategylifecycle.command.annotation;

import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.Test;
import org.strategylifecycle.api.alignment.AlignmentTarget;
import org.strategylifecycle.api.alignment.ObjectiveAligned;
import org.strategylifecycle.api.annotation.Alternative;
import org.strategylifecycle.api.annotation.AnnotateReading;
import org.strategylifecycle.api.annotation.AnnotationRecorded;
import org.strategylifecycle.api.annotation.AnnotationRevised;
import org.strategylifecycle.api.annotation.AnnotationSubject;
import org.strategylifecycle.api.annotation.AnnotationSubjectKind;
import org.strategylifecycle.api.annotation.AnnotationWithdrawn;
import org.strategylifecycle.api.annotation.ReviseAnnotation;
import org.strategylifecycle.api.annotation.WithdrawAnnotation;
import org.strategylifecycle.api.common.Change;
import org.strategylifecycle.api.common.ChangeKind;
import org.strategylifecycle.api.common.Citation;
import org.strategylifecycle.api.common.CommandAccepted;
import org.strategylifecycle.api.common.ElementRef;
import org.strategylifecycle.api.common.ErrorCode;
import org.strategylifecycle.api.goal.AddGoal;
import org.strategylifecycle.api.lineage.LineageLinked;
import org.strategylifecycle.api.lineage.LineageRelation;
import org.strategylifecycle.api.objective.ObjectiveRetired;
import org.strategylifecycle.command.edition.StrategyEdition;
import org.strategylifecycle.command.edition.Texts;
import org.strategylifecycle.command.fixture.Given;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import static org.strategylifecycle.command.fixture.Expect.changesNothing;
import static org.strategylifecycle.command.fixture.Expect.refused;
import static org.strategylifecycle.command.fixture.Given.DRAFTED;
import static org.strategylifecycle.command.fixture.Given.S1;
import static org.strategylifecycle.command.fixture.Given.STATED;
import static org.strategylifecycle.command.fixture.Given.adopted;
import static org.strategylifecycle.command.fixture.Given.change;
import static org.strategylifecycle.command.fixture.Given.drafted;
import static org.strategylifecycle.command.fixture.Given.goalAdded;
import static org.strategylifecycle.command.fixture.Given.objectiveAdopted;
import static org.strategylifecycle.command.fixture.Given.retired;
import static org.strategylifecycle.command.fixture.Given.revision;
import static org.strategylifecycle.command.fixture.Given.superseded;
import static org.strategylifecycle.command.fixture.Given.withoutRationale;

/** Annotations: recorded on any edition, every field checked and kept, revised and withdrawn forward in time only. */
class AnnotationsTest {

    private static final String NOTED = "2020-03-01";
    private static final String LATER = "2020-04-01";
    private static final String OBJECTIVE = "objective-1.1";
    private static final String NOTE = "annotation-1";
    private static final Object[] PLAN = {drafted(), goalAdded("goal-1", "1"), objectiveAdopted(OBJECTIVE, "goal-1", "1.1")};
    private static final AnnotationSubject TITLE = new AnnotationSubject(AnnotationSubjectKind.ELEMENT, OBJECTIVE, "title");
    private static final Citation HEADING = new Citation("CBP Strategy 2020–2025", "3.2 Strategic Initiative", "20");
    private static final Citation CONTENTS = new Citation("CBP Strategy 2020–2025", "Contents", null);
    private static final List<Alternative> PRINTED = List.of(new Alternative("IT infrastructure", HEADING),
            new Alternative("IT Infrastructure", CONTENTS));
    private static final String UNCERTAINTY = "The heading and the Contents capitalise the title differently";
    private static final String CHOSEN = "IT infrastructure";
    private static final String REASON = "The heading above the initiative's own text is taken as printed";

    private final FixtureConfiguration<StrategyEdition> fixture = Given.editionFixture();

    private static AnnotateReading annotate(String id, AnnotationSubject subject) {
        return new AnnotateReading(S1, null, id, subject, UNCERTAINTY, PRINTED, CHOSEN, REASON, change(NOTED));
    }

    private static AnnotationRecorded recorded(String id, AnnotationSubject subject) {
        return new AnnotationRecorded(S1, id, subject, UNCERTAINTY, PRINTED, CHOSEN, REASON, change(NOTED));
    }

    private static AnnotateReading annotateWith(String uncertainty, List<Alternative> alternatives, String chosen, String reason) {
        return new AnnotateReading(S1, null, NOTE, TITLE, uncertainty, alternatives, chosen, reason, change(NOTED));
    }

    private static ReviseAnnotation revise(String uncertainty, List<Alternative> alternatives, String chosen, String reason,
                                           String date) {
        return new ReviseAnnotation(S1, null, NOTE, uncertainty, alternatives, chosen, reason, revision(date));
    }

    // --- annotating -----------------------------------------------------------------------------

    @Test
    void annotatingAnElementRecordsTheWholeNote() {
        fixture.given(PLAN)
                .when(annotate(NOTE, TITLE))
                .expectEvents(recorded(NOTE, TITLE))
                .expectResultMessagePayload(new CommandAccepted(NOTE, 3));
    }

    @Test
    void anEditionSubjectIsRecordedWithTheEditionsId() {
        fixture.given(PLAN)
                .when(annotate(NOTE, new AnnotationSubject(AnnotationSubjectKind.EDITION, null, "period.toYear")))
                .expectEvents(recorded(NOTE, new AnnotationSubject(AnnotationSubjectKind.EDITION, S1, "period.toYear")))
                .expectResultMessagePayload(new CommandAccepted(NOTE, 3));
    }

    @Test
    void anEditionSubjectMayNameThisEdition() {
        AnnotationSubject edition = new AnnotationSubject(AnnotationSubjectKind.EDITION, S1, null);
        fixture.given(PLAN)
                .when(annotate(NOTE, edition))
                .expectEvents(recorded(NOTE, edition));
    }

    @Test
    void cannotAnnotateAnotherEditionAsTheEdition() {
        refused(fixture.given(PLAN)
                .when(annotate(NOTE, new AnnotationSubject(AnnotationSubjectKind.EDITION, "cbp-2021", null))), ErrorCode.INVALID_VALUE);
    }

    @Test
    void anAlignmentMayBeAnnotated() {
        AnnotationSubject link = new AnnotationSubject(AnnotationSubjectKind.LINK, "alignment-1", "target");
        fixture.given(PLAN)
                .andGiven(new ObjectiveAligned(S1, "alignment-1", OBJECTIVE,
                        new AlignmentTarget(null, null, "DHS Strategic Plan 2020–2024", "1.1", null), STATED, change(NOTED)))
                .when(annotate(NOTE, link))
                .expectEvents(recorded(NOTE, link))
                .expectResultMessagePayload(new CommandAccepted(NOTE, 4));
    }

    @Test
    void aLineageLinkMayBeAnnotated() {
        AnnotationSubject link = new AnnotationSubject(AnnotationSubjectKind.LINK, "lineage-1", null);
        fixture.given(PLAN)
                .andGiven(new LineageLinked(S1, "lineage-1", OBJECTIVE, new ElementRef("cbp-2014", "area-1"),
                        LineageRelation.DERIVES_FROM, STATED, change(NOTED)))
                .when(annotate(NOTE, link))
                .expectEvents(recorded(NOTE, link));
    }

    @Test
    void cannotAnnotateAnUnknownElement() {
        refused(fixture.given(PLAN)
                .when(annotate(NOTE, new AnnotationSubject(AnnotationSubjectKind.ELEMENT, "objective-9.9", null))), ErrorCode.ANNOTATION_SUBJECT_NOT_FOUND);
    }

    @Test
    void cannotAnnotateAnUnknownLink() {
        refused(fixture.given(PLAN)
                .when(annotate(NOTE, new AnnotationSubject(AnnotationSubjectKind.LINK, "alignment-9", null))), ErrorCode.ANNOTATION_SUBJECT_NOT_FOUND);
    }

    @Test
    void anElementIsNotALink() {
        refused(fixture.given(PLAN)
                .when(annotate(NOTE, new AnnotationSubject(AnnotationSubjectKind.LINK, OBJECTIVE, null))), ErrorCode.ANNOTATION_SUBJECT_NOT_FOUND);
    }

    @Test
    void aLinkIsNotAnElement() {
        refused(fixture.given(PLAN)
                .andGiven(new LineageLinked(S1, "lineage-1", OBJECTIVE, new ElementRef("cbp-2014", "area-1"),
                        LineageRelation.DERIVES_FROM, STATED, change(NOTED)))
                .when(annotate(NOTE, new AnnotationSubject(AnnotationSubjectKind.ELEMENT, "lineage-1", null))), ErrorCode.ANNOTATION_SUBJECT_NOT_FOUND);
    }

    @Test
    void theSubjectAndItsKindAreRequired() {
        refused(fixture.given(PLAN)
                .when(annotate(NOTE, null)), ErrorCode.FIELD_REQUIRED);
        refused(fixture.given(PLAN)
                .when(annotate(NOTE, new AnnotationSubject(null, OBJECTIVE, null))), ErrorCode.FIELD_REQUIRED);
    }

    @Test
    void anElementSubjectNeedsAWellFormedId() {
        refused(fixture.given(PLAN)
                .when(annotate(NOTE, new AnnotationSubject(AnnotationSubjectKind.ELEMENT, "objective 1.1", null))), ErrorCode.INVALID_ID);
        refused(fixture.given(PLAN)
                .when(annotate(NOTE, new AnnotationSubject(AnnotationSubjectKind.LINK, null, null))), ErrorCode.FIELD_REQUIRED);
    }

    @Test
    void theFieldIsBoundedAndNotBlank() {
        refused(fixture.given(PLAN)
                .when(annotate(NOTE, new AnnotationSubject(AnnotationSubjectKind.ELEMENT, OBJECTIVE, " "))), ErrorCode.FIELD_REQUIRED);
        refused(fixture.given(PLAN)
                .when(annotate(NOTE, new AnnotationSubject(AnnotationSubjectKind.ELEMENT, OBJECTIVE, "f".repeat(Texts.LABEL_MAX + 1)))), ErrorCode.TEXT_TOO_LONG);
        AnnotationSubject longest = new AnnotationSubject(AnnotationSubjectKind.ELEMENT, OBJECTIVE, "f".repeat(Texts.LABEL_MAX));
        fixture.given(PLAN)
                .when(annotate(NOTE, longest))
                .expectEvents(recorded(NOTE, longest));
    }

    @Test
    void theAnnotationIdIsRequiredAndWellFormed() {
        refused(fixture.given(PLAN)
                .when(annotate(null, TITLE)), ErrorCode.FIELD_REQUIRED);
        refused(fixture.given(PLAN)
                .when(annotate("annotation 1", TITLE)), ErrorCode.INVALID_ID);
    }

    @Test
    void anAnnotationCannotTakeTheIdOfAnElementALinkOrAnotherAnnotation() {
        refused(fixture.given(PLAN)
                .when(annotate("goal-1", TITLE)), ErrorCode.ELEMENT_ID_TAKEN);
        refused(fixture.given(PLAN)
                .andGiven(new LineageLinked(S1, "lineage-1", OBJECTIVE, new ElementRef("cbp-2014", "area-1"),
                        LineageRelation.DERIVES_FROM, STATED, change(NOTED)))
                .when(annotate("lineage-1", TITLE)), ErrorCode.ELEMENT_ID_TAKEN);
        refused(fixture.given(PLAN)
                .andGiven(recorded(NOTE, TITLE))
                .when(annotate(NOTE, TITLE)), ErrorCode.ELEMENT_ID_TAKEN);
    }

    @Test
    void anElementCannotTakeTheIdOfAnAnnotationEvenAWithdrawnOne() {
        refused(fixture.given(PLAN)
                .andGiven(recorded(NOTE, TITLE), new AnnotationWithdrawn(S1, NOTE, TITLE, revision(LATER)))
                .when(new AddGoal(S1, null, NOTE, "2", "Team", null, null, null, change(LATER))), ErrorCode.ELEMENT_ID_TAKEN);
    }

    @Test
    void theNoteNeedsItsUncertaintyReadingAndReason() {
        refused(fixture.given(PLAN).when(annotateWith(null, PRINTED, CHOSEN, REASON)), ErrorCode.FIELD_REQUIRED);
        refused(fixture.given(PLAN).when(annotateWith(UNCERTAINTY, PRINTED, " ", REASON)), ErrorCode.FIELD_REQUIRED);
        refused(fixture.given(PLAN).when(annotateWith(UNCERTAINTY, PRINTED, CHOSEN, null)), ErrorCode.FIELD_REQUIRED);
    }

    @Test
    void theNotesTextsAreBounded() {
        refused(fixture.given(PLAN).when(annotateWith("u".repeat(Texts.RATIONALE_MAX + 1), PRINTED, CHOSEN, REASON)), ErrorCode.TEXT_TOO_LONG);
        refused(fixture.given(PLAN).when(annotateWith(UNCERTAINTY, PRINTED, "c".repeat(Texts.TEXT_MAX + 1), REASON)), ErrorCode.TEXT_TOO_LONG);
        refused(fixture.given(PLAN).when(annotateWith(UNCERTAINTY, PRINTED, CHOSEN, "r".repeat(Texts.RATIONALE_MAX + 1))), ErrorCode.TEXT_TOO_LONG);
        String u = "u".repeat(Texts.RATIONALE_MAX);
        String c = "c".repeat(Texts.TEXT_MAX);
        String r = "r".repeat(Texts.RATIONALE_MAX);
        fixture.given(PLAN).when(annotateWith(u, PRINTED, c, r))
                .expectEvents(new AnnotationRecorded(S1, NOTE, TITLE, u, PRINTED, c, r, change(NOTED)));
    }

    @Test
    void withoutAlternativesTheNoteHasNone() {
        fixture.given(PLAN).when(annotateWith(UNCERTAINTY, null, CHOSEN, REASON))
                .expectEvents(new AnnotationRecorded(S1, NOTE, TITLE, UNCERTAINTY, List.of(), CHOSEN, REASON, change(NOTED)));
    }

    @Test
    void eachAlternativeNeedsItsPrintedTextAndCitation() {
        refused(fixture.given(PLAN).when(annotateWith(UNCERTAINTY, List.of(new Alternative("IT infrastructure", null)), CHOSEN, REASON)), ErrorCode.FIELD_REQUIRED);
        refused(fixture.given(PLAN).when(annotateWith(UNCERTAINTY, List.of(new Alternative(" ", HEADING)), CHOSEN, REASON)), ErrorCode.FIELD_REQUIRED);
        refused(fixture.given(PLAN).when(annotateWith(UNCERTAINTY,
                        List.of(new Alternative("IT infrastructure", new Citation(null, "Contents", null))), CHOSEN, REASON)), ErrorCode.FIELD_REQUIRED);
        refused(fixture.given(PLAN).when(annotateWith(UNCERTAINTY, Collections.singletonList(null), CHOSEN, REASON)), ErrorCode.FIELD_REQUIRED);
        refused(fixture.given(PLAN).when(annotateWith(UNCERTAINTY,
                        List.of(new Alternative("x".repeat(Texts.TEXT_MAX + 1), HEADING)), CHOSEN, REASON)), ErrorCode.TEXT_TOO_LONG);
    }

    @Test
    void aNoteHasAtMostTwentyAlternatives() {
        List<Alternative> twenty = new ArrayList<>(Collections.nCopies(Annotations.MAX_ALTERNATIVES, PRINTED.get(0)));
        fixture.given(PLAN).when(annotateWith(UNCERTAINTY, twenty, CHOSEN, REASON))
                .expectEvents(new AnnotationRecorded(S1, NOTE, TITLE, UNCERTAINTY, twenty, CHOSEN, REASON, change(NOTED)));
        List<Alternative> more = new ArrayList<>(twenty);
        more.add(PRINTED.get(1));
        refused(fixture.given(PLAN).when(annotateWith(UNCERTAINTY, more, CHOSEN, REASON)), ErrorCode.INVALID_VALUE);
    }

    @Test
    void annotatingNeedsAChangeButNoRationale() {
        refused(fixture.given(PLAN)
                .when(new AnnotateReading(S1, null, NOTE, TITLE, UNCERTAINTY, PRINTED, CHOSEN, REASON, null)), ErrorCode.FIELD_REQUIRED);
        fixture.given(PLAN)
                .when(new AnnotateReading(S1, null, NOTE, TITLE, UNCERTAINTY, PRINTED, CHOSEN, REASON,
                        withoutRationale(revision(NOTED))))
                .expectSuccessfulHandlerExecution()
                .expectEvents(new AnnotationRecorded(S1, NOTE, TITLE, UNCERTAINTY, PRINTED, CHOSEN, REASON,
                        withoutRationale(revision(NOTED))));
    }

    @Test
    void aSupersededEditionTakesAnnotations() {
        fixture.given(PLAN)
                .andGiven(adopted(), superseded())
                .when(annotate(NOTE, TITLE))
                .expectEvents(recorded(NOTE, TITLE))
                .expectResultMessagePayload(new CommandAccepted(NOTE, 5));
    }

    @Test
    void aRetiredEditionAndARetiredElementTakeAnnotations() {
        fixture.given(PLAN)
                .andGiven(adopted(), new ObjectiveRetired(S1, OBJECTIVE, revision("2020-07-01")), retired())
                .when(annotate(NOTE, TITLE))
                .expectEvents(recorded(NOTE, TITLE));
    }

    @Test
    void anAnnotationsProseAndReadingsMayRunOverLinesButHoldNoOtherControlCharacter() {
        String prose = "The heading and the text\nprint it differently";
        List<Alternative> printed = List.of(new Alternative("IT\ninfrastructure", PRINTED.get(0).citation()));
        fixture.given(PLAN)
                .when(new AnnotateReading(S1, null, NOTE, TITLE, prose, printed, "IT\ninfrastructure", prose, change(DRAFTED)))
                .expectEvents(new AnnotationRecorded(S1, NOTE, TITLE, prose, printed, "IT\ninfrastructure", prose, change(DRAFTED)));
        refused(fixture.given(PLAN)
                .when(new AnnotateReading(S1, null, NOTE, TITLE, "a bell \u0007", PRINTED, CHOSEN, REASON, change(DRAFTED))), ErrorCode.INVALID_CHARACTER);
    }

    @Test
    void anAnnotationMayPrecedeTheElementsLastChange() {
        // An annotation is about how the record reads a document, not a change of the element: no ordering with it.
        fixture.given(PLAN)
                .andGiven(adopted())
                .when(new AnnotateReading(S1, null, NOTE, TITLE, UNCERTAINTY, PRINTED, CHOSEN, REASON, change(DRAFTED)))
                .expectEvents(new AnnotationRecorded(S1, NOTE, TITLE, UNCERTAINTY, PRINTED, CHOSEN, REASON, change(DRAFTED)));
    }

    // --- revising ---------------------------------------------------------------------------------

    @Test
    void revisingTheUncertaintyKeepsTheRestOfTheNote() {
        fixture.given(PLAN)
                .andGiven(recorded(NOTE, TITLE))
                .when(revise("Two capitalisations are printed", null, null, null, LATER))
                .expectEvents(new AnnotationRevised(S1, NOTE, TITLE, "Two capitalisations are printed", PRINTED, CHOSEN,
                        REASON, revision(LATER)))
                .expectResultMessagePayload(new CommandAccepted(NOTE, 4));
    }

    @Test
    void revisingTheAlternativesReplacesThem() {
        List<Alternative> one = List.of(PRINTED.get(1));
        fixture.given(PLAN)
                .andGiven(recorded(NOTE, TITLE))
                .when(revise(null, one, null, null, LATER))
                .expectEvents(new AnnotationRevised(S1, NOTE, TITLE, UNCERTAINTY, one, CHOSEN, REASON, revision(LATER)));
    }

    @Test
    void anEmptyListOfAlternativesKeepsThem() {
        // Clients generated from the OpenAPI description send [] for a list left out; that must not wipe the note's.
        fixture.given(PLAN)
                .andGiven(recorded(NOTE, TITLE))
                .when(revise(null, List.of(), null, "Two printings against one", LATER))
                .expectEvents(new AnnotationRevised(S1, NOTE, TITLE, UNCERTAINTY, PRINTED, CHOSEN,
                        "Two printings against one", revision(LATER)));
    }

    @Test
    void revisingTheChosenReadingKeepsTheRestOfTheNote() {
        fixture.given(PLAN)
                .andGiven(recorded(NOTE, TITLE))
                .when(revise(null, null, "IT Infrastructure", null, LATER))
                .expectEvents(new AnnotationRevised(S1, NOTE, TITLE, UNCERTAINTY, PRINTED, "IT Infrastructure", REASON,
                        revision(LATER)));
    }

    @Test
    void revisingTheReasonKeepsTheRestOfTheNote() {
        fixture.given(PLAN)
                .andGiven(recorded(NOTE, TITLE))
                .when(revise(null, null, null, "Two printings against one", LATER))
                .expectEvents(new AnnotationRevised(S1, NOTE, TITLE, UNCERTAINTY, PRINTED, CHOSEN,
                        "Two printings against one", revision(LATER)));
    }

    @Test
    void aRevisionKeepsTheSubjectRecordedFirst() {
        AnnotationSubject link = new AnnotationSubject(AnnotationSubjectKind.LINK, "lineage-1", "relation");
        fixture.given(PLAN)
                .andGiven(new LineageLinked(S1, "lineage-1", OBJECTIVE, new ElementRef("cbp-2014", "area-1"),
                        LineageRelation.DERIVES_FROM, STATED, change(NOTED)), recorded(NOTE, link))
                .when(revise(null, null, null, "Two printings against one", LATER))
                .expectEvents(new AnnotationRevised(S1, NOTE, link, UNCERTAINTY, PRINTED, CHOSEN,
                        "Two printings against one", revision(LATER)));
    }

    @Test
    void aRevisionThatChangesNothingRecordsNothingAndSucceeds() {
        changesNothing(fixture.given(PLAN)
                .andGiven(recorded(NOTE, TITLE))
                .when(revise(UNCERTAINTY, PRINTED, CHOSEN, REASON, LATER)), new CommandAccepted(NOTE, 3));
    }

    @Test
    void aRevisedNoteIsWhatTheNextRevisionStartsFrom() {
        changesNothing(fixture.given(PLAN)
                .andGiven(recorded(NOTE, TITLE), new AnnotationRevised(S1, NOTE, TITLE, "Revised uncertainty",
                        List.of(), "Revised reading", "Revised reason", revision(LATER)))
                .when(revise("Revised uncertainty", List.of(), "Revised reading", "Revised reason", LATER)), new CommandAccepted(NOTE, 4));
    }

    @Test
    void revisedTextsAreCheckedToo() {
        refused(fixture.given(PLAN).andGiven(recorded(NOTE, TITLE))
                .when(revise(" ", null, null, null, LATER)), ErrorCode.FIELD_REQUIRED);
        refused(fixture.given(PLAN).andGiven(recorded(NOTE, TITLE))
                .when(revise(null, null, "c".repeat(Texts.TEXT_MAX + 1), null, LATER)), ErrorCode.TEXT_TOO_LONG);
        refused(fixture.given(PLAN).andGiven(recorded(NOTE, TITLE))
                .when(revise(null, null, null, "r".repeat(Texts.RATIONALE_MAX + 1), LATER)), ErrorCode.TEXT_TOO_LONG);
        refused(fixture.given(PLAN).andGiven(recorded(NOTE, TITLE))
                .when(revise(null, List.of(new Alternative("IT", null)), null, null, LATER)), ErrorCode.FIELD_REQUIRED);
    }

    @Test
    void cannotReviseAnUnknownAnnotation() {
        refused(fixture.given(PLAN)
                .when(revise("x", null, null, null, LATER)), ErrorCode.ANNOTATION_NOT_FOUND);
    }

    @Test
    void cannotReviseAWithdrawnAnnotation() {
        refused(fixture.given(PLAN)
                .andGiven(recorded(NOTE, TITLE), new AnnotationWithdrawn(S1, NOTE, TITLE, revision(LATER)))
                .when(revise("x", null, null, null, LATER)), ErrorCode.ANNOTATION_WITHDRAWN);
    }

    @Test
    void aRevisionIsNotEffectiveBeforeTheNotesLastChange() {
        refused(fixture.given(PLAN)
                .andGiven(recorded(NOTE, TITLE), new AnnotationRevised(S1, NOTE, TITLE, "Revised", PRINTED, CHOSEN, REASON,
                        revision(LATER)))
                .when(revise("Earlier", null, null, null, NOTED)), ErrorCode.EFFECTIVE_DATE_BEFORE_PREVIOUS);
    }

    @Test
    void aRevisionMayTakeEffectOnTheDayOfTheNote() {
        fixture.given(PLAN)
                .andGiven(recorded(NOTE, TITLE))
                .when(revise("Same day", null, null, null, NOTED))
                .expectEvents(new AnnotationRevised(S1, NOTE, TITLE, "Same day", PRINTED, CHOSEN, REASON, revision(NOTED)));
    }

    @Test
    void aRevisionNeedsARationale() {
        refused(fixture.given(PLAN)
                .andGiven(recorded(NOTE, TITLE))
                .when(new ReviseAnnotation(S1, null, NOTE, "x", null, null, null, withoutRationale(revision(LATER)))), ErrorCode.RATIONALE_REQUIRED);
    }

    // --- withdrawing ------------------------------------------------------------------------------

    @Test
    void withdrawingRecordsTheSubjectItWasAbout() {
        fixture.given(PLAN)
                .andGiven(recorded(NOTE, TITLE))
                .when(new WithdrawAnnotation(S1, null, NOTE, revision(LATER)))
                .expectEvents(new AnnotationWithdrawn(S1, NOTE, TITLE, revision(LATER)))
                .expectResultMessagePayload(new CommandAccepted(NOTE, 4));
    }

    @Test
    void withdrawingTwiceRecordsNothingAndSucceeds() {
        changesNothing(fixture.given(PLAN)
                .andGiven(recorded(NOTE, TITLE), new AnnotationWithdrawn(S1, NOTE, TITLE, revision(LATER)))
                .when(new WithdrawAnnotation(S1, null, NOTE, revision(LATER))), new CommandAccepted(NOTE, 4));
    }

    @Test
    void cannotWithdrawAnUnknownAnnotation() {
        refused(fixture.given(PLAN)
                .when(new WithdrawAnnotation(S1, null, NOTE, revision(LATER))), ErrorCode.ANNOTATION_NOT_FOUND);
    }

    @Test
    void aWithdrawalIsNotEffectiveBeforeTheNotesLastChange() {
        refused(fixture.given(PLAN)
                .andGiven(recorded(NOTE, TITLE))
                .when(new WithdrawAnnotation(S1, null, NOTE, revision(DRAFTED))), ErrorCode.EFFECTIVE_DATE_BEFORE_PREVIOUS);
    }

    @Test
    void aWithdrawalNeedsARationale() {
        refused(fixture.given(PLAN)
                .andGiven(recorded(NOTE, TITLE))
                .when(new WithdrawAnnotation(S1, null, NOTE, withoutRationale(revision(LATER)))), ErrorCode.RATIONALE_REQUIRED);
    }

    @Test
    void aWithdrawalNeedsAWellFormedId() {
        refused(fixture.given(PLAN)
                .when(new WithdrawAnnotation(S1, null, "annotation 1", revision(LATER))), ErrorCode.INVALID_ID);
    }

    @Test
    void aSupersededEditionTakesRevisionsAndWithdrawalsOfItsAnnotations() {
        Change after = new Change(LocalDate.parse("2021-02-01"), "editor", "Resolved by the corrected print", null,
                ChangeKind.REVISION);
        fixture.given(PLAN)
                .andGiven(recorded(NOTE, TITLE), adopted(), superseded())
                .when(new ReviseAnnotation(S1, null, NOTE, "Resolved", null, null, null, after))
                .expectEvents(new AnnotationRevised(S1, NOTE, TITLE, "Resolved", PRINTED, CHOSEN, REASON, after));
        fixture.given(PLAN)
                .andGiven(recorded(NOTE, TITLE), adopted(), superseded())
                .when(new WithdrawAnnotation(S1, null, NOTE, after))
                .expectEvents(new AnnotationWithdrawn(S1, NOTE, TITLE, after));
    }
}
