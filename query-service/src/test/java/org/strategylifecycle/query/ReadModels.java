package org.strategylifecycle.query;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A digest of every row of the read models: equal digests, equal read models. A history row's
 * {@code written_by} and {@code written_seq} (which transaction wrote it, for live updates) are not content:
 * left out.
 */
public final class ReadModels {

    private ReadModels() {
    }

    public static String digest(JdbcClient jdbc) {
        return jdbc.sql("""
                        select md5(string_agg(t, '|' order by t)) from (
                            select 's' || s::text as t from query.strategy s
                            union all select 'e' || e::text from query.element e
                            union all select 'r' || r::text from query.measure_reading r
                            union all select 'l' || l::text from query.link l
                            union all select 'a' || a::text from query.annotation a
                            union all select 'c' || (to_jsonb(c) - 'written_by' - 'written_seq')::text from query.change c) rows""")
                .query(String.class).single();
    }
}
