package org.strategylifecycle.query.annotation;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.strategylifecycle.api.annotation.Alternative;
import org.strategylifecycle.api.annotation.AnnotationSubject;
import org.strategylifecycle.api.annotation.AnnotationSubjectKind;
import org.strategylifecycle.api.common.StrategyJson;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Reads the annotations in force for views that show links beside their notes (alignments, lineage). */
@Repository
public class AnnotationReader {

    private final JdbcClient jdbc;

    AnnotationReader(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The key {@link #onLinks} files a link's notes under. */
    public static String linkKey(String strategyId, String linkId) {
        return strategyId + '#' + linkId;
    }

    /** The notes in force on an edition, its elements and its links, by id. */
    public List<AnnotationView> inForce(String strategyId) {
        return jdbc.sql("""
                        select * from query.annotation where strategy_id = :id and withdrawn_on is null
                        order by annotation_id""")
                .param("id", strategyId).query(AnnotationReader::annotation).list();
    }

    /** The notes in force on the links of these editions, by {@link #linkKey}. */
    public Map<String, List<AnnotationView>> onLinks(Set<String> strategyIds) {
        Map<String, List<AnnotationView>> byLink = new HashMap<>();
        if (strategyIds.isEmpty()) {
            return byLink;
        }
        jdbc.sql("""
                        select * from query.annotation where subject_kind = 'LINK' and withdrawn_on is null
                          and strategy_id = any(:ids::varchar[]) order by annotation_id""")
                .param("ids", strategyIds.toArray(String[]::new))
                .query(rs -> {
                    byLink.computeIfAbsent(linkKey(rs.getString("strategy_id"), rs.getString("subject_id")),
                            k -> new ArrayList<>()).add(annotation(rs, 0));
                });
        return byLink;
    }

    static AnnotationView annotation(ResultSet rs, int row) throws SQLException {
        return new AnnotationView(rs.getString("annotation_id"),
                new AnnotationSubject(AnnotationSubjectKind.valueOf(rs.getString("subject_kind")), rs.getString("subject_id"),
                        rs.getString("field")),
                rs.getString("uncertainty"),
                List.of(StrategyJson.mapper().readValue(rs.getString("alternatives"), Alternative[].class)),
                rs.getString("chosen_reading"), rs.getString("reason"),
                rs.getObject("effective_date", LocalDate.class), rs.getTimestamp("recorded_at").toInstant());
    }
}
