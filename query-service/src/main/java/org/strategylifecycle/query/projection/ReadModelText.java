package org.strategylifecycle.query.projection;

/**
 * Text as the read models store it: PostgreSQL's text, json and jsonb cannot hold U+0000, which an
 * event in the store may carry (recorded before commands refused it, or written into the store by
 * other means). It is stored as U+2400 (SYMBOL FOR NULL, "␀"), visible to a reader and never a
 * reason for the projection to stop; every other character is kept as recorded.
 */
public final class ReadModelText {

    public static final char NUL = '\u0000';
    public static final char NUL_SYMBOL = '\u2400';

    private ReadModelText() {
    }

    public static String of(String text) {
        return text == null || text.indexOf(NUL) < 0 ? text : text.replace(NUL, NUL_SYMBOL);
    }

    /**
     * A JSON document's escaped NULs ({@code \u0000} in a string) as the symbol: the json column
     * takes the escape, but jsonb and every read that turns the value into text do not. A backslash
     * that is itself escaped ({@code \\u0000}, the six characters as text) is left alone.
     */
    public static String ofJson(String json) {
        if (json == null || !json.contains("\\u0000")) {
            return json;
        }
        StringBuilder out = new StringBuilder(json.length());
        for (int i = 0; i < json.length(); i++) {
            char c = json.charAt(i);
            if (c == '\\' && i + 1 < json.length()) {
                if (json.startsWith("u0000", i + 1)) {
                    out.append(NUL_SYMBOL);
                    i += 5;
                } else {
                    out.append(c).append(json.charAt(i + 1));
                    i++;
                }
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }
}
