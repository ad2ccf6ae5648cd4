package org.strategylifecycle.query.measure;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * The rows of the measure readings read model, for the readers that show readings: the measures'
 * ({@link MeasureReader}) and the editions' (an edition's document carries its measures' latest
 * targets and actuals, now and as of a date).
 */
@Repository
public class MeasureReadings {

    private final JdbcClient jdbc;

    MeasureReadings(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Every reading of the edition, in the order they were recorded. */
    public List<ReadingRow> of(String strategyId) {
        return jdbc.sql("select * from query.measure_reading where strategy_id = :id order by sequence_number")
                .param("id", strategyId).query(MeasureReadings::row).list();
    }

    /**
     * The readings of the edition in effect on {@code date} as recorded by {@code knownAt}, in the order
     * they took effect (then were recorded).
     */
    public List<ReadingRow> asOf(String strategyId, LocalDate date, Instant knownAt) {
        return jdbc.sql("""
                        select * from query.measure_reading
                        where strategy_id = :id and effective_date <= :date and recorded_at <= :known
                        order by effective_date, sequence_number""")
                .param("id", strategyId).param("date", date).param("known", Timestamp.from(knownAt))
                .query(MeasureReadings::row).list();
    }

    private static ReadingRow row(ResultSet rs, int row) throws SQLException {
        return new ReadingRow(rs.getString("strategy_id"), rs.getLong("sequence_number"), rs.getString("element_id"),
                ReadingRow.Kind.valueOf(rs.getString("reading")), rs.getString("period"), rs.getBigDecimal("value"),
                rs.getString("text"), rs.getBoolean("replaces"), rs.getObject("effective_date", LocalDate.class),
                rs.getTimestamp("recorded_at").toInstant());
    }
}
