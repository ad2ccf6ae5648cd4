package org.strategylifecycle.command;

import org.axonframework.commandhandling.gateway.CommandGateway;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.strategylifecycle.api.common.Change;
import org.strategylifecycle.api.common.ChangeKind;
import org.strategylifecycle.api.common.CommandAccepted;
import org.strategylifecycle.api.common.Organization;
import org.strategylifecycle.api.common.Period;
import org.strategylifecycle.api.goal.AddGoal;
import org.strategylifecycle.api.strategy.AdoptStrategy;
import org.strategylifecycle.api.strategy.DraftStrategy;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

@SpringBootTest
class AxonWiringSmokeTest {

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        PostgresTest.register(registry, "smoke");
    }

    @Autowired
    CommandGateway commands;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void commandsAreStoredAsJsonInPostgres() {
        Change change = new Change(LocalDate.of(2020, 1, 1), "tester", null, null, ChangeKind.REVISION);
        CommandAccepted drafted = commands.sendAndWait(new DraftStrategy("s1", null, "Strategy",
                new Organization("CBP", "U.S. Customs and Border Protection", "DHS"), new Period("2020–2025", 2020, 2025), false, change));
        CommandAccepted goal = commands.sendAndWait(new AddGoal("s1", null, "goal-1", "1", "Mission", null, null, null, change));
        CommandAccepted adopted = commands.sendAndWait(new AdoptStrategy("s1", 1L, change));
        assertThat(drafted).isEqualTo(new CommandAccepted("s1", 0));
        assertThat(goal).isEqualTo(new CommandAccepted("goal-1", 1));
        assertThat(adopted).isEqualTo(new CommandAccepted("s1", 2));
        String payload = jdbc.queryForObject(
                "select convert_from(payload, 'UTF8') from domain_event_entry where sequence_number = 1", String.class);
        assertThat(payload).contains("\"effectiveDate\":\"2020-01-01\"");
    }
}
