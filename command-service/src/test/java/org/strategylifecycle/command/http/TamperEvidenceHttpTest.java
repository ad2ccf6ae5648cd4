package org.strategylifecycle.command.http;

import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.strategylifecycle.eventstore.EventChain;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The chains against a real PostgreSQL, through the real service over HTTP: commands are chained as
 * they are stored and linked by the chain keeper; then rows of domain_event_entry are altered,
 * deleted and reordered directly, as someone with database access could, and GET /api/verify names
 * the first event that no longer matches. Each test puts the rows back, so the store is intact again.
 */
class TamperEvidenceHttpTest extends HttpTestSupport {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final List<Runnable> restore = new ArrayList<>();

    @Autowired
    private EventProcessingConfiguration processing;

    @AfterEach
    void putRowsBack() {
        Collections.reverse(restore);
        restore.forEach(Runnable::run);
        restore.clear();
        assertThat(verify("auditor", "/api/verify").path("intact").asBoolean()).as("store intact again").isTrue();
    }

    @Test
    void anUntouchedStoreIsIntactUpToItsLastLinkAndAnEditionUpToItsLastEvent() {
        String id = edition(3);
        JsonNode store = linkedStore();
        Map<String, Object> head = jdbc.queryForMap(
                "select position, global_index, link_hash from event_chain order by position desc limit 1");
        assertThat(store.path("intact").asBoolean()).as(store.toString()).isTrue();
        assertThat(store.path("position").asLong()).isEqualTo(((Number) head.get("position")).longValue());
        assertThat(store.path("hash").asString()).isEqualTo(head.get("link_hash"));
        assertThat(store.path("verdict").asString()).isEqualTo("intact up to position %s (global index %s), hash %s"
                .formatted(head.get("position"), head.get("global_index"), head.get("link_hash")));
        assertThat(store.path("unchained").asLong()).isZero();

        JsonNode edition = verify("admin", "/api/verify/strategies/" + id);
        String lastHash = metaData(id, 3).path("chainHash").asString();
        assertThat(edition.path("intact").asBoolean()).as(edition.toString()).isTrue();
        assertThat(edition.path("sequenceNumber").asLong()).isEqualTo(3);
        assertThat(edition.path("hash").asString()).isEqualTo(lastHash).hasSize(64);
        assertThat(edition.path("linked").asLong()).isEqualTo(4);
    }

    @Test
    void eventsDeliveredToTheKeeperAgainLeaveTheChainAsLinked() throws InterruptedException {
        // As when a lapsed claim lets a second instance link events the first has linked: replayed from
        // the start, every event meets its link and the keeper goes on (it used to stop on a duplicate key).
        edition(2);
        JsonNode before = linkedStore();
        long links = jdbc.queryForObject("select count(*) from event_chain", Long.class);
        StreamingEventProcessor keeper = processing.eventProcessor("event-chain", StreamingEventProcessor.class).orElseThrow();
        keeper.shutDown();
        keeper.resetTokens(source -> source.createTailToken());
        keeper.start();
        String later = edition(1);
        JsonNode after = linkedStore();
        assertThat(after.path("intact").asBoolean()).as(after.toString()).isTrue();
        assertThat(jdbc.queryForObject("select count(*) from event_chain", Long.class)).isEqualTo(links + 2);
        assertThat(after.path("position").asLong()).isEqualTo(before.path("position").asLong() + 2);
        assertThat(verify("auditor", "/api/verify/strategies/" + later).path("intact").asBoolean()).isTrue();
    }

    @Test
    void anEventCommittedAfterOneWithAHigherPositionIsLinkedAtItsOwnPosition() throws Exception {
        // PostgreSQL hands out positions before transactions commit: under concurrent commands an event
        // appears after one with a higher position. The keeper used to link it at the position of its
        // tracking token (the highest seen), where the later event was already linked, and left it unlinked.
        String id = edition(1);
        linkedStore();
        String later;
        try (Connection blocker = jdbc.getDataSource().getConnection()) {
            blocker.setAutoCommit(false);
            // Holds the edition's next sequence number, so the command's insert takes its position and waits.
            try (PreparedStatement hold = blocker.prepareStatement("""
                    insert into domain_event_entry (event_identifier, aggregate_identifier, sequence_number, time_stamp,
                        payload_type, payload) values (?, ?, 2, '2024-01-02T00:00:00Z', 'held', '\\x00')""")) {
                hold.setString(1, unique("held"));
                hold.setString(2, id);
                hold.executeUpdate();
            }
            CompletableFuture<String> waiting = CompletableFuture.supplyAsync(() -> goal(id, "2", "2024-01-02"));
            await("the command's insert waits").atMost(Duration.ofSeconds(30)).until(() -> jdbc.queryForObject("""
                    select count(*) from pg_stat_activity where wait_event_type = 'Lock'
                      and lower(query) like 'insert into domain_event_entry%'""", Long.class) == 1);
            later = edition(0);
            linkedStore();
            blocker.rollback();
            waiting.get(30, TimeUnit.SECONDS);
        }
        long gapFiller = globalIndex(id, 2);
        assertThat(gapFiller).isLessThan(globalIndex(later, 0));
        JsonNode store = linkedStore();
        assertThat(store.path("intact").asBoolean()).as(store.toString()).isTrue();
        assertThat(jdbc.queryForObject("select global_index from event_chain where event_identifier = ?", Long.class,
                eventId(id, 2))).isEqualTo(gapFiller);
    }

    @Test
    void eachEventIsChainedToThePreviousOneOfItsStreamInItsMetadata() {
        String id = edition(2);
        String previous = "0".repeat(64);
        for (long sequence = 0; sequence <= 2; sequence++) {
            JsonNode metaData = metaData(id, sequence);
            assertThat(metaData.path("chainPrevious").asString()).isEqualTo(previous);
            assertThat(metaData.path("requestId").isMissingNode()).as("other metadata kept").isFalse();
            previous = metaData.path("chainHash").asString();
        }
    }

    @Test
    void aCopysHashIsFoundAtTheEventItReflects() {
        String id = edition(2);
        String atOne = metaData(id, 1).path("chainHash").asString();
        JsonNode found = verify("auditor", "/api/verify/strategies/" + id + "?hash=" + atOne);
        assertThat(found.path("copy").path("found").asBoolean()).isTrue();
        assertThat(found.path("copy").path("sequenceNumber").asLong()).isEqualTo(1);
        JsonNode foreign = verify("auditor", "/api/verify/strategies/" + id + "?hash=" + "ab".repeat(32));
        assertThat(foreign.path("copy").path("found").asBoolean()).isFalse();
    }

    @Test
    void oneAlteredPayloadByteIsNamed() {
        String id = edition(3);
        linkedStore();
        byte[] payload = jdbc.queryForObject("select payload from domain_event_entry where aggregate_identifier = ?"
                + " and sequence_number = 2", byte[].class, id);
        byte[] altered = payload.clone();
        int at = new String(payload, StandardCharsets.UTF_8).indexOf("Goal 2") + 5;
        altered[at] = '7';
        update("update domain_event_entry set payload = ? where aggregate_identifier = ? and sequence_number = 2",
                "update domain_event_entry set payload = ? where aggregate_identifier = ? and sequence_number = 2",
                altered, payload, id);

        JsonNode edition = verify("auditor", "/api/verify/strategies/" + id);
        assertThat(edition.path("intact").asBoolean()).isFalse();
        assertThat(edition.path("problem").path("eventIdentifier").asString()).isEqualTo(eventId(id, 2));
        assertThat(edition.path("problem").path("reason").asString()).contains("does not match its hash");
        JsonNode store = verify("auditor", "/api/verify");
        assertThat(store.path("problem").path("eventIdentifier").asString()).isEqualTo(eventId(id, 2));
        assertThat(store.path("verdict").asString()).startsWith("NOT INTACT at event " + eventId(id, 2));
    }

    @Test
    void aDeletedEventInsideAStreamIsNamedByTheEventAfterIt() {
        String id = edition(3);
        linkedStore();
        delete(id, 1);
        JsonNode edition = verify("auditor", "/api/verify/strategies/" + id);
        assertThat(edition.path("intact").asBoolean()).isFalse();
        assertThat(edition.path("problem").path("sequenceNumber").asLong()).isEqualTo(2);
        assertThat(edition.path("problem").path("reason").asString()).contains("sequence number 2 follows 0");
    }

    @Test
    void aDeletedLastEventIsNamedByTheStoreChain() {
        String id = edition(3);
        linkedStore();
        String last = eventId(id, 3);
        delete(id, 3);
        JsonNode edition = verify("auditor", "/api/verify/strategies/" + id);
        assertThat(edition.path("intact").asBoolean()).isFalse();
        assertThat(edition.path("problem").path("eventIdentifier").asString()).isEqualTo(last);
        assertThat(edition.path("problem").path("reason").asString()).contains("is no longer in the store");
        JsonNode store = verify("auditor", "/api/verify");
        assertThat(store.path("problem").path("eventIdentifier").asString()).isEqualTo(last);
    }

    @Test
    void swappedPayloadsAreNamedAtTheFirstOfTheTwo() {
        String id = edition(3);
        linkedStore();
        swap(id, "payload", 1, 2);
        JsonNode edition = verify("auditor", "/api/verify/strategies/" + id);
        assertThat(edition.path("intact").asBoolean()).isFalse();
        assertThat(edition.path("problem").path("sequenceNumber").asLong()).isEqualTo(1);
    }

    @Test
    void swappedSequenceNumbersAreDetected() {
        String id = edition(3);
        linkedStore();
        String first = eventId(id, 1);
        swapSequenceNumbers(id, 1, 2);
        JsonNode edition = verify("auditor", "/api/verify/strategies/" + id);
        assertThat(edition.path("intact").asBoolean()).isFalse();
        assertThat(edition.path("problem").path("sequenceNumber").asLong()).isEqualTo(1);
        assertThat(edition.path("problem").path("eventIdentifier").asString()).isNotEqualTo(first);
        JsonNode store = verify("auditor", "/api/verify");
        assertThat(store.path("intact").asBoolean()).isFalse();
        assertThat(store.path("problem").path("eventIdentifier").asString()).isEqualTo(first);
    }

    @Test
    void eventsMovedToOtherGlobalPositionsAreNamedByTheStoreChain() {
        String a = edition(1);
        String b = edition(1);
        linkedStore();
        // a0 a1 b0 b1 becomes a0 b0 a1 b1: each stream stays in order, only the store's order changed.
        long first = globalIndex(a, 1);
        long second = globalIndex(b, 0);
        moveGlobalIndex(first, -1);
        moveGlobalIndex(second, first);
        moveGlobalIndex(-1, second);
        JsonNode store = verify("auditor", "/api/verify");
        assertThat(store.path("intact").asBoolean()).isFalse();
        assertThat(store.path("problem").path("globalIndex").asLong()).isEqualTo(first);
        assertThat(store.path("problem").path("reason").asString()).contains("rows were reordered or replaced");
    }

    @Test
    void anEventAlteredWithItsStreamsHashesRecomputedIsNamedByTheStoreChain() {
        String id = edition(2);
        linkedStore();
        // Someone who knows the algorithm alters the last event and writes a matching hash into it.
        Map<String, Object> row = jdbc.queryForMap("select * from domain_event_entry where aggregate_identifier = ?"
                + " and sequence_number = 2", id);
        byte[] payload = (byte[]) row.get("payload");
        byte[] metaData = (byte[]) row.get("meta_data");
        byte[] altered = new String(payload, StandardCharsets.UTF_8).replace("Goal 2", "Goal 9").getBytes(StandardCharsets.UTF_8);
        JsonNode stored = JSON.readTree(metaData);
        String forged = EventChain.eventHash(stored.path("chainPrevious").asString(),
                new EventChain.Content((String) row.get("event_identifier"),
                        (String) row.get("type"), id, 2, Instant.parse((String) row.get("time_stamp")).toEpochMilli(),
                        (String) row.get("payload_type"), (String) row.get("payload_revision"), altered, stored));
        byte[] forgedMetaData = new String(metaData, StandardCharsets.UTF_8)
                .replace(stored.path("chainHash").asString(), forged).getBytes(StandardCharsets.UTF_8);
        update("update domain_event_entry set payload = ?, meta_data = ? where aggregate_identifier = ? and sequence_number = 2",
                "update domain_event_entry set payload = ?, meta_data = ? where aggregate_identifier = ? and sequence_number = 2",
                new Object[]{altered, forgedMetaData}, new Object[]{payload, metaData}, id);

        JsonNode edition = verify("auditor", "/api/verify/strategies/" + id);
        assertThat(edition.path("intact").asBoolean()).isFalse();
        assertThat(edition.path("problem").path("reason").asString()).contains("when it was linked at position");
    }

    @Test
    void onlyAuditorsAndAdminsVerifyAndBadParametersAreProblems() {
        String id = edition(0);
        assertThat(get("viewer", "/api/verify").status()).isEqualTo(403);
        assertThat(get("editor", "/api/verify/strategies/" + id).status()).isEqualTo(403);
        assertThat(get(null, "/api/verify").status()).isEqualTo(401);
        Api.Answer unknown = get("auditor", "/api/verify/strategies/no-such-edition");
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(unknown.header("Content-Type")).startsWith("application/problem+json");
        assertThat(unknown.code()).isEqualTo("STRATEGY_NOT_FOUND");
        Api.Answer badHash = get("auditor", "/api/verify/strategies/" + id + "?hash=xyz");
        assertThat(badHash.status()).isEqualTo(400);
        assertThat(badHash.code()).isEqualTo("INVALID_VALUE");
        Api.Answer extra = get("auditor", "/api/verify?deep=true");
        assertThat(extra.status()).isEqualTo(400);
        assertThat(extra.code()).isEqualTo("UNKNOWN_PARAMETER");
    }

    // --- the service, over HTTP ---

    /** Drafts an edition with {@code goals} goals: events 0 .. goals. */
    private String edition(int goals) {
        String id = draft(null, 2024, 2028);
        for (int goal = 1; goal <= goals; goal++) {
            goal(id, String.valueOf(goal), "2024-01-0" + goal);
        }
        return id;
    }

    /** The store verified once the chain keeper has linked every event. */
    private JsonNode linkedStore() {
        return await("every event linked").atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(100))
                .until(() -> verify("auditor", "/api/verify"), store -> store.path("notYetLinked").asLong() == 0);
    }

    private JsonNode verify(String user, String path) {
        Api.Answer answer = get(user, path);
        assertThat(answer.status()).as(answer.toString()).isEqualTo(200);
        return answer.json();
    }

    private Api.Answer get(String user, String path) {
        return editor.as(user).get(path);
    }

    // --- the rows, directly ---

    private JsonNode metaData(String id, long sequence) {
        return JSON.readTree(jdbc.queryForObject("select meta_data from domain_event_entry where aggregate_identifier = ?"
                + " and sequence_number = ?", byte[].class, id, sequence));
    }

    private String eventId(String id, long sequence) {
        return jdbc.queryForObject("select event_identifier from domain_event_entry where aggregate_identifier = ?"
                + " and sequence_number = ?", String.class, id, sequence);
    }

    private long globalIndex(String id, long sequence) {
        return jdbc.queryForObject("select global_index from domain_event_entry where aggregate_identifier = ?"
                + " and sequence_number = ?", Long.class, id, sequence);
    }

    private void update(String tamper, String undo, Object newValue, Object oldValue, String id) {
        update(tamper, undo, new Object[]{newValue}, new Object[]{oldValue}, id);
    }

    private void update(String tamper, String undo, Object[] newValues, Object[] oldValues, String id) {
        jdbc.update(tamper, append(newValues, id));
        restore.add(() -> jdbc.update(undo, append(oldValues, id)));
    }

    private void delete(String id, long sequence) {
        Map<String, Object> row = jdbc.queryForMap("select * from domain_event_entry where aggregate_identifier = ?"
                + " and sequence_number = ?", id, sequence);
        jdbc.update("delete from domain_event_entry where aggregate_identifier = ? and sequence_number = ?", id, sequence);
        restore.add(() -> jdbc.update("""
                        insert into domain_event_entry (global_index, event_identifier, aggregate_identifier, sequence_number,
                            type, time_stamp, payload_type, payload_revision, payload, meta_data)
                        values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", row.get("global_index"), row.get("event_identifier"),
                row.get("aggregate_identifier"), row.get("sequence_number"), row.get("type"), row.get("time_stamp"),
                row.get("payload_type"), row.get("payload_revision"), row.get("payload"), row.get("meta_data")));
    }

    private void swap(String id, String column, long one, long other) {
        String sql = ("update domain_event_entry e set %1$s = o.%1$s from domain_event_entry o where e.aggregate_identifier = ?"
                + " and o.aggregate_identifier = e.aggregate_identifier and ((e.sequence_number = ? and o.sequence_number = ?)"
                + " or (e.sequence_number = ? and o.sequence_number = ?))").formatted(column);
        jdbc.update(sql, id, one, other, other, one);
        restore.add(() -> jdbc.update(sql, id, one, other, other, one));
    }

    private void swapSequenceNumbers(String id, long one, long other) {
        Runnable swap = () -> {
            jdbc.update("update domain_event_entry set sequence_number = -1 where aggregate_identifier = ? and sequence_number = ?", id, one);
            jdbc.update("update domain_event_entry set sequence_number = ? where aggregate_identifier = ? and sequence_number = ?", one, id, other);
            jdbc.update("update domain_event_entry set sequence_number = ? where aggregate_identifier = ? and sequence_number = -1", other, id);
        };
        swap.run();
        restore.add(swap);
    }

    private void moveGlobalIndex(long from, long to) {
        jdbc.update("update domain_event_entry set global_index = ? where global_index = ?", to, from);
        restore.add(() -> jdbc.update("update domain_event_entry set global_index = ? where global_index = ?", from, to));
    }

    private static Object[] append(Object[] values, Object last) {
        Object[] all = Arrays.copyOf(values, values.length + 1);
        all[values.length] = last;
        return all;
    }
}
