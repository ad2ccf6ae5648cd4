package org.strategylifecycle.query.edition;

import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.strategylifecycle.api.alignment.AlignmentTarget;
import org.strategylifecycle.api.alignment.ObjectiveAligned;
import org.strategylifecycle.api.common.Change;
import org.strategylifecycle.api.common.ChangeKind;
import org.strategylifecycle.api.common.LinkProvenance;
import org.strategylifecycle.api.common.Organization;
import org.strategylifecycle.api.common.Period;
import org.strategylifecycle.api.common.StrategyJson;
import org.strategylifecycle.api.goal.GoalAdded;
import org.strategylifecycle.api.identifier.ElementIdentifiedExternally;
import org.strategylifecycle.api.objective.ObjectiveAdopted;
import org.strategylifecycle.api.stakeholder.RoleType;
import org.strategylifecycle.api.stakeholder.StakeholderRecorded;
import org.strategylifecycle.api.stakeholder.StakeholderRemoved;
import org.strategylifecycle.api.stakeholder.StakeholderRevised;
import org.strategylifecycle.api.stakeholder.StakeholderRole;
import org.strategylifecycle.api.stakeholder.StakeholderType;
import org.strategylifecycle.api.strategy.StrategyDrafted;
import org.strategylifecycle.query.EventStoreDatabase;
import org.strategylifecycle.query.ReadModels;
import org.strategylifecycle.query.config.TrackingPositions;
import tools.jackson.databind.JsonNode;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Stakeholders and external identifiers in every read (ADR 20), against real PostgreSQL over real HTTP:
 * the organization's in the edition, a goal's and an objective's with them; revised and removed, now,
 * as of a date and as known at a time; in the history; an element found by its published identifier.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class StakeholderProjectionTest {

    private static final String ID = "water-2025";
    private static final String PUBLISHED = "SCAgencyCode#P320-G1";
    private static final List<StakeholderRole> PARTNER = List.of(new StakeholderRole("Partner", "Runs the works",
            List.of(RoleType.PERFORMER)));
    private static final List<StakeholderRole> OWNER = List.of(new StakeholderRole("Owner", null,
            List.of(RoleType.PERFORMER, RoleType.BENEFICIARY)));

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) throws Exception {
        EventStoreDatabase.register(registry, "stakeholders");
    }

    @LocalServerPort
    int port;
    @Autowired
    EventStore eventStore;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    TrackingPositions positions;

    private Instant beforeRevision;

    @BeforeAll
    void recordHistory() throws Exception {
        publish(0, new StrategyDrafted(ID, null, "Water Plan 2025-2027", new Organization("SWA", "State Water Agency", null),
                new Period("2025-2027", 2025, 2027), false, change("2025-01-01")));
        publish(1, new GoalAdded(ID, "goal-1", "1", "Safe drinking water", null, null, 1, change("2025-01-01")));
        publish(2, new ObjectiveAdopted(ID, "objective-1.1", "goal-1", "1.1", "Test every system", null, 1, change("2025-01-01")));
        publish(3, new StakeholderRecorded(ID, "board", null, "County Utilities Board", null, StakeholderType.ORGANIZATION,
                PARTNER, 1, change("2025-01-01")));
        publish(4, new StakeholderRecorded(ID, "officer", "goal-1", "Chief Water Officer", "Answers for the goal",
                StakeholderType.PERSON, OWNER, 1, change("2025-01-01")));
        publish(5, new StakeholderRecorded(ID, "labs", "objective-1.1", "Laboratories", null, null, List.of(), 1,
                change("2025-01-01")));
        publish(6, new ElementIdentifiedExternally(ID, "goal-1", PUBLISHED, change("2025-01-01")));
        publish(7, new ObjectiveAligned(ID, "alignment-1", "objective-1.1", new AlignmentTarget(ID, "goal-1", null, null, null),
                LinkProvenance.inferred("the objective serves the goal"), change("2025-01-01")));
        awaitCaughtUp();
        Thread.sleep(50);
        beforeRevision = Instant.now();
        Thread.sleep(50);
        publish(8, new StakeholderRevised(ID, "board", "Utilities Board", null, StakeholderType.ORGANIZATION, OWNER,
                revision("2026-01-01")));
        publish(9, new StakeholderRemoved(ID, "labs", revision("2026-01-01")));
        awaitCaughtUp();
    }

    @Test
    void theEditionAndItsElementsListTheirStakeholdersApartFromTheirMembers() throws Exception {
        JsonNode edition = get("/api/strategies/" + ID);
        JsonNode board = edition.path("stakeholders").get(0);
        assertThat(board.path("elementId").asString()).isEqualTo("board");
        assertThat(board.path("type").asString()).isEqualTo("STAKEHOLDER");
        assertThat(board.path("title").asString()).isEqualTo("Utilities Board");
        assertThat(board.path("stakeholderType").asString()).isEqualTo("ORGANIZATION");
        assertThat(roles(board)).isEqualTo(OWNER);
        JsonNode goal = edition.path("goals").get(0);
        assertThat(goal.path("members")).hasSize(1);
        assertThat(goal.path("stakeholders").get(0).path("elementId").asString()).isEqualTo("officer");
        assertThat(goal.path("stakeholders").get(0).path("text").asString()).isEqualTo("Answers for the goal");
        assertThat(roles(goal.path("stakeholders").get(0))).isEqualTo(OWNER);
        JsonNode labs = goal.path("members").get(0).path("stakeholders").get(0);
        assertThat(labs.path("elementId").asString()).isEqualTo("labs");
        assertThat(labs.path("status").asString()).as("a removed stakeholder").isEqualTo("RETIRED");
        assertThat(labs.path("stakeholderType").isNull()).isTrue();
        assertThat(get("/api/strategies/" + ID + "/elements/officer").path("roles")).hasSize(1);
    }

    @Test
    void asOfADateAndAsKnownAtATimeTheStakeholdersAreAsTheyWere() throws Exception {
        JsonNode then = get("/api/strategies/" + ID + "?asOf=2025-06-30");
        assertThat(then.path("stakeholders").get(0).path("title").asString()).isEqualTo("County Utilities Board");
        assertThat(roles(then.path("stakeholders").get(0))).isEqualTo(PARTNER);
        assertThat(then.path("goals").get(0).path("members").get(0).path("stakeholders").get(0).path("status").asString())
                .isEqualTo("PROPOSED");
        JsonNode known = get("/api/strategies/" + ID + "?knownAt=" + beforeRevision);
        assertThat(known.path("stakeholders").get(0).path("title").asString()).isEqualTo("County Utilities Board");
        assertThat(known.path("goals").get(0).path("externalId").asString()).isEqualTo(PUBLISHED);
        JsonNode before = get("/api/strategies/" + ID + "?asOf=2025-01-01&knownAt=" + beforeRevision);
        assertThat(before.path("goals").get(0).path("stakeholders")).hasSize(1);
    }

    @Test
    void theHistoryShowsEachStakeholderChangeWithBeforeAndAfter() throws Exception {
        JsonNode changes = get("/api/strategies/" + ID + "/history?elementId=board").path("changes");
        assertThat(changes).hasSize(2);
        assertThat(changes.get(1).path("event").asString()).isEqualTo("StakeholderRevised");
        assertThat(changes.get(1).path("before").path("title").asString()).isEqualTo("County Utilities Board");
        assertThat(changes.get(1).path("after").path("title").asString()).isEqualTo("Utilities Board");
        assertThat(changes.get(1).path("after").path("roles").get(0).path("name").asString()).isEqualTo("Owner");
    }

    @Test
    void anElementIsFoundByItsPublishedIdentifierInReadsHistoryAndLinks() throws Exception {
        String published = URLEncoder.encode(PUBLISHED, StandardCharsets.UTF_8);
        JsonNode goal = get("/api/strategies/" + ID + "/elements/" + published);
        assertThat(goal.path("elementId").asString()).isEqualTo("goal-1");
        assertThat(goal.path("externalId").asString()).isEqualTo(PUBLISHED);
        assertThat(get("/api/strategies/" + ID + "/history?elementId=" + published).path("changes"))
                .extracting(c -> c.path("event").asString()).contains("GoalAdded", "ElementIdentifiedExternally");
        assertThat(get("/api/strategies/" + ID + "/elements/" + published + "/alignments?includeDrafts=true")).hasSize(1);
        assertThat(get("/api/strategies/" + ID + "/elements/objective-1.1").has("externalId")).isTrue();
        assertThat(jdbc.sql("select external_id from query.element where element_id = 'goal-1'").query(String.class).single())
                .isEqualTo(PUBLISHED);
        assertThat(send("/api/strategies/" + ID + "/elements/nothing-like-it").statusCode()).isEqualTo(404);
    }

    private static List<StakeholderRole> roles(JsonNode stakeholder) {
        return List.of(StrategyJson.mapper().treeToValue(stakeholder.path("roles"), StakeholderRole[].class));
    }

    private <T> void publish(long sequence, T payload) {
        eventStore.publish(new GenericDomainEventMessage<>("StrategyEdition", ID, sequence, payload));
    }

    private static Change change(String date) {
        return new Change(LocalDate.parse(date), "editor", null, null, ChangeKind.REVISION);
    }

    private static Change revision(String date) {
        return new Change(LocalDate.parse(date), "editor", "the 2026 update", null, ChangeKind.REVISION);
    }

    private void awaitCaughtUp() throws Exception {
        ReadModels.awaitCaughtUp(jdbc, positions, Duration.ofSeconds(20));
    }

    private JsonNode get(String path) throws Exception {
        return AuditorHttp.get(port, path);
    }

    private HttpResponse<String> send(String path) throws Exception {
        return AuditorHttp.send(port, path, "application/json");
    }
}
