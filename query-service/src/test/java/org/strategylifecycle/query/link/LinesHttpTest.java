package org.strategylifecycle.query.link;

import org.junit.jupiter.api.Test;
import org.strategylifecycle.api.common.LinkProvenance;
import org.strategylifecycle.api.common.Organization;
import org.strategylifecycle.api.common.Period;
import org.strategylifecycle.api.line.EditionJoinedLine;
import org.strategylifecycle.api.line.StrategyLineEstablished;
import org.strategylifecycle.api.strategy.StrategyAdopted;
import org.strategylifecycle.api.strategy.StrategyDrafted;
import org.strategylifecycle.api.strategy.StrategySuperseded;
import org.strategylifecycle.query.QueryHttpTestSupport;
import tools.jackson.databind.JsonNode;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** GET /api/lines over real HTTP: every line with its editions and supersessions, as /api/lines/{id} gives each. */
class LinesHttpTest extends QueryHttpTestSupport {

    @Test
    void everyLineIsListedWithItsEditions() throws Exception {
        line("lines-integrity", "lines-integrity-2014", "lines-integrity-2023");
        line("lines-enterprise", "lines-enterprise-2020");
        publish("lines-integrity-2014", 1, new StrategyAdopted("lines-integrity-2014", change("2014-01-01")));
        publish("lines-integrity-2014", 2, new StrategySuperseded("lines-integrity-2014", "lines-integrity-2023", "lines-integrity",
                LinkProvenance.inferred("the next edition of the line"), change("2023-01-01")));
        awaitCaughtUp();

        JsonNode lines = json(get("/api/lines", "viewer"));
        List<String> ids = lines.valueStream().map(l -> l.get("lineId").asString()).toList();
        assertThat(ids).contains("lines-enterprise", "lines-integrity").isSorted();
        for (JsonNode line : lines) {
            assertThat(line).isEqualTo(json(get("/api/lines/" + line.get("lineId").asString(), "viewer")));
        }
        JsonNode integrity = lines.get(ids.indexOf("lines-integrity"));
        assertThat(integrity.get("editions").valueStream().map(e -> e.get("strategyId").asString()))
                .containsExactly("lines-integrity-2014", "lines-integrity-2023");
        assertThat(integrity.at("/supersessions/0/supersedingStrategyId").asString()).isEqualTo("lines-integrity-2023");
        assertThat(integrity.at("/supersessions/0/basis").asString()).isEqualTo("INFERRED");
        JsonNode enterprise = lines.get(ids.indexOf("lines-enterprise"));
        assertThat(enterprise.get("editions").valueStream().map(e -> e.get("strategyId").asString()))
                .containsExactly("lines-enterprise-2020");
        assertThat(enterprise.get("supersessions")).isEmpty();
    }

    private void line(String lineId, String... editions) {
        publish(lineId, 0, new StrategyLineEstablished(lineId, "Line " + lineId, "CBP", change("2014-01-01")));
        int sequence = 1;
        for (String edition : editions) {
            int year = Integer.parseInt(edition.substring(edition.length() - 4));
            Period period = new Period(year + "–" + (year + 4), year, year + 4);
            publish(edition, 0, new StrategyDrafted(edition, lineId, "Edition " + edition,
                    new Organization("CBP", "U.S. Customs and Border Protection", "DHS"), period, false, change(year + "-01-01")));
            publish(lineId, sequence++, new EditionJoinedLine(lineId, edition, period, change(year + "-01-01")));
        }
    }
}
