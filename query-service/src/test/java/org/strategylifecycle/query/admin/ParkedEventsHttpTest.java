package org.strategylifecycle.query.admin;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.strategylifecycle.api.common.Change;
import org.strategylifecycle.api.common.ChangeKind;
import org.strategylifecycle.api.common.Organization;
import org.strategylifecycle.api.common.Period;
import org.strategylifecycle.api.goal.GoalAdded;
import org.strategylifecycle.api.measure.MeasureTargetSet;
import org.strategylifecycle.api.strategy.StrategyDrafted;
import org.strategylifecycle.query.QueryHttpTestSupport;
import org.strategylifecycle.stratml.StratmlDocuments;
import org.w3c.dom.Document;
import tools.jackson.databind.JsonNode;

import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * An event the projection cannot apply is parked (Axon's dead-letter queue) with its error, and the
 * rest of its edition behind it, while other editions go on; health, admin status and meters show
 * it, and a retry after the fix applies it. The fault here is a database trigger that refuses one
 * goal's title, as a read-model constraint with a bug would; dropping the trigger is the fix.
 */
class ParkedEventsHttpTest extends QueryHttpTestSupport {

    private static final Organization CBP = new Organization("CBP", "U.S. Customs and Border Protection", "DHS");

    @AfterEach
    void noTrigger() {
        jdbc.sql("drop trigger if exists refuse_poison on query.element").update();
        jdbc.sql("drop trigger if exists refuse_poison on query.measure_reading").update();
    }

    @Test
    void aPoisonEventIsParkedWithItsEditionWhileOthersProjectAndIsAppliedWhenRetriedAfterTheFix() throws Exception {
        refusePoison("element", "title", "goal", "element_id");

        draft("parked-a", 0);
        publish("parked-a", 1, new GoalAdded("parked-a", "goal-1", "1", "Poison", null, null, 1, change("2024-01-02")));
        publish("parked-a", 2, new GoalAdded("parked-a", "goal-2", "2", "Behind it", null, null, 2, change("2024-01-03")));
        draft("parked-b", 0);
        publish("parked-b", 1, new GoalAdded("parked-b", "goal-1", "1", "Unaffected", null, null, 1, change("2024-01-02")));
        awaitCaughtUp();

        assertThat(json(get("/api/strategies/parked-b", "viewer")).at("/goals/0/title").asString()).isEqualTo("Unaffected");
        JsonNode stuck = json(get("/api/strategies/parked-a", "viewer"));
        assertThat(stuck.at("/strategy/version").asLong()).as("the edition stands at its last applied event").isZero();
        assertThat(stuck.get("goals")).isEmpty();

        JsonNode parked = json(get("/api/admin/projections/editions", "admin")).get("parked");
        assertThat(parked.get("sequences").asLong()).isEqualTo(1);
        assertThat(parked.get("events").asLong()).isEqualTo(2);
        JsonNode first = parked.get("parked").get(0);
        assertThat(first.get("aggregateId").asString()).isEqualTo("parked-a");
        assertThat(first.get("sequenceNumber").asLong()).isEqualTo(1);
        assertThat(first.get("eventType").asString()).isEqualTo("GoalAdded");
        assertThat(first.get("position").asLong()).isPositive();
        assertThat(first.get("error").asString()).contains("the read model refuses goal goal-1");
        assertThat(first.get("events").asLong()).isEqualTo(2);

        HttpResponse<String> health = get("/actuator/health", null);
        assertThat(health.statusCode()).as("degraded, not down: the service answers").isEqualTo(200);
        assertThat(json(health).get("status").asString()).isEqualTo("DEGRADED");
        assertThat(json(health).at("/components/parkedEvents/status").asString()).isEqualTo("DEGRADED");
        assertThat(get("/actuator/prometheus", "viewer").body())
                .contains("strategy_processor_parked_sequences{processor=\"editions\"} 1.0")
                .contains("strategy_processor_parked_events{processor=\"editions\"} 2.0");

        publish("parked-a", 3, new GoalAdded("parked-a", "goal-3", "3", "Later", null, null, 3, change("2024-01-04")));
        awaitCaughtUp();
        assertThat(json(get("/api/admin/projections/editions", "admin")).at("/parked/events").asLong())
                .as("a later event of a parked edition waits behind it, in order").isEqualTo(3);

        JsonNode again = json(post("/api/admin/projections/editions/parked/retry", "admin"));
        assertThat(again.get("tried").asLong()).isEqualTo(1);
        assertThat(again.get("released").asLong()).isZero();
        assertThat(again.get("stillParked").asLong()).isEqualTo(1);

        jdbc.sql("drop trigger refuse_poison on query.element").update();
        HttpResponse<String> retried = post("/api/admin/projections/editions/parked/retry", "admin");
        assertThat(retried.statusCode()).as(retried.body()).isEqualTo(200);
        assertThat(json(retried).get("released").asLong()).isEqualTo(1);
        assertThat(json(retried).get("stillParked").asLong()).isZero();

        JsonNode applied = json(get("/api/strategies/parked-a", "viewer"));
        assertThat(applied.at("/strategy/version").asLong()).isEqualTo(3);
        assertThat(applied.get("goals")).extracting(g -> g.get("title").asString())
                .containsExactly("Poison", "Behind it", "Later");
        await().atMost(Duration.ofSeconds(20))
                .until(() -> "UP".equals(json(get("/actuator/health", null)).get("status").asString()));
        assertThat(json(get("/api/admin/projections/editions", "admin")).at("/parked/sequences").asLong()).isZero();
    }

    /**
     * An event that two read models apply (its history row and edition version in one, its reading in
     * the other) is parked whole when the second refuses it: the first one's rows for it are undone, so
     * the history does not show an event the measures lack, and the retry applies it to both.
     */
    @Test
    void anEventOneReadModelRefusesIsParkedWholeAndAppliedWholeWhenRetried() throws Exception {
        refusePoison("measure_reading", "period", "reading", "sequence_number");

        draft("parked-m", 0);
        publish("parked-m", 1, new MeasureTargetSet("parked-m", "measure-1", "Poison", BigDecimal.TEN, null, false,
                change("2024-01-02")));
        awaitCaughtUp();

        JsonNode parked = json(get("/api/admin/projections/editions", "admin")).get("parked");
        assertThat(parked.get("parked").get(0).get("aggregateId").asString()).isEqualTo("parked-m");
        assertThat(parked.get("parked").get(0).get("error").asString()).contains("the read model refuses reading 1");
        assertThat(json(get("/api/strategies/parked-m", "viewer")).at("/strategy/version").asLong())
                .as("the editions read model's share of the event is undone too").isZero();
        assertThat(jdbc.sql("select count(*) from query.change where aggregate_id = 'parked-m'").query(Long.class).single())
                .as("only the draft's history row").isEqualTo(1);

        HttpResponse<String> alone = post("/api/admin/projections/editions/rebuild?readModel=links", "admin");
        assertThat(alone.statusCode()).as("a rebuild of one model would drop the parked event for the others")
                .isEqualTo(409);
        assertThat(json(alone).get("code").asString()).isEqualTo("PROJECTION_BUSY");

        jdbc.sql("drop trigger refuse_poison on query.measure_reading").update();
        HttpResponse<String> retried = post("/api/admin/projections/editions/parked/retry", "admin");
        assertThat(retried.statusCode()).as(retried.body()).isEqualTo(200);
        assertThat(json(retried).get("released").asLong()).isEqualTo(1);
        assertThat(json(get("/api/strategies/parked-m", "viewer")).at("/strategy/version").asLong()).isEqualTo(1);
        assertThat(jdbc.sql("select count(*) from query.change where aggregate_id = 'parked-m'").query(Long.class).single())
                .isEqualTo(2);
        assertThat(jdbc.sql("select period from query.measure_reading where strategy_id = 'parked-m'")
                .query(String.class).list()).containsExactly("Poison");
    }

    @Test
    void textPostgresqlCannotHoldIsStoredWithTheNullSymbol() throws Exception {
        publish("nul-edition", 0, new StrategyDrafted("nul-edition", null, "N\u0000UL", new Organization("C\u0000BP", "CBP", null),
                new Period("2024", 2024, 2028), false,
                new Change(LocalDate.parse("2024-01-01"), "ed\u0000itor", "because\u0000", null, ChangeKind.REVISION)));
        publish("nul-edition", 1, new GoalAdded("nul-edition", "goal-1", "1", "a\u0000b", "x\u0000y", null, 1, change("2024-01-02")));
        awaitCaughtUp();

        JsonNode edition = json(get("/api/strategies/nul-edition", "viewer"));
        assertThat(edition.at("/strategy/title").asString()).isEqualTo("N\u2400UL");
        assertThat(edition.at("/strategy/organization/code").asString()).isEqualTo("C\u2400BP");
        assertThat(edition.at("/goals/0/title").asString()).isEqualTo("a\u2400b");
        assertThat(edition.at("/goals/0/text").asString()).isEqualTo("x\u2400y");
        JsonNode history = json(get("/api/strategies/nul-edition/history", "auditor"));
        assertThat(history.at("/changes/0/actor").asString()).isEqualTo("ed\u2400itor");
        assertThat(history.at("/changes/0/rationale").asString()).isEqualTo("because\u2400");
        assertThat(json(get("/api/admin/projections/editions", "admin")).at("/parked/sequences").asLong()).isZero();
    }

    /**
     * Text XML 1.0 cannot hold, which commands refuse but an event recorded before those rules may
     * carry (a control character, U+FFFF): the StratML export shows U+FFFD in its place and stays a
     * document that parses and is valid Part 2.
     */
    @Test
    void textXmlCannotHoldIsExportedAsTheReplacementCharacter() throws Exception {
        publish("xml-edition", 0, new StrategyDrafted("xml-edition", null, "X\u0001ML", new Organization("CBP", "CBP", null),
                new Period("2024", 2024, 2028), false, change("2024-01-01")));
        publish("xml-edition", 1, new GoalAdded("xml-edition", "goal-1", "1", "a\uFFFFb", "x\u0002y\u000Bz", null, 1,
                change("2024-01-02")));
        publish("xml-edition", 2, new GoalAdded("xml-edition", "goal-2", "2", "Prose \uD83D\uDE80 keeps\ttab", "line\nline", null, 2,
                change("2024-01-02")));
        awaitCaughtUp();

        HttpResponse<String> export = send(request("/api/strategies/xml-edition/stratml", "viewer").header("Accept", "application/xml").GET());
        assertThat(export.statusCode()).as(export.body()).isEqualTo(200);
        Document document = StratmlDocuments.read(export.body().getBytes(StandardCharsets.UTF_8));
        String text = document.getDocumentElement().getTextContent();
        assertThat(text).contains("X\uFFFDML", "a\uFFFDb", "x\uFFFDy\uFFFDz", "Prose \uD83D\uDE80 keeps\ttab", "line\nline");
    }

    /**
     * A trigger on a read-model table that refuses a row whose {@code column} is 'Poison': "the read
     * model refuses {@code what} {@code new.key}".
     */
    private void refusePoison(String table, String column, String what, String key) {
        jdbc.sql("""
                create or replace function query.refuse_poison() returns trigger language plpgsql as $$
                begin
                    if new.%s = 'Poison' then
                        raise exception 'the read model refuses %s %%', new.%s;
                    end if;
                    return new;
                end $$""".formatted(column, what, key)).update();
        jdbc.sql("create trigger refuse_poison before insert or update on query." + table
                + " for each row execute function query.refuse_poison()").update();
    }

    private void draft(String id, long sequence) {
        publish(id, sequence, new StrategyDrafted(id, null, "Parked test " + id, CBP, new Period("2024", 2024, 2028), false,
                change("2024-01-01")));
    }
}
