package org.strategylifecycle.stratml;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The {@code key: value} metadata StratML carries for us (docs/adr/0005): lines of an
 * {@code OtherInformation} text, and {@code key: value; key: value} segments inside a line's value
 * or an {@code <?slc-meta …?>} processing instruction. What this service writes is escaped so that
 * it reads back exactly: {@code \\}, a line break as {@code \n}, {@code \;} and {@code ?\>}.
 */
public final class StratmlFields {

    /** One field; the leading segment of a value that has no key of its own has the key "". */
    public record Field(String key, String value) {
    }

    private static final Pattern LINE = Pattern.compile("([a-z][a-z0-9-]*):\\s?(.*)");
    private static final Pattern SEGMENT_BREAK = Pattern.compile("(?<!\\\\); (?=[a-z][a-z0-9-]*: )");

    private StratmlFields() {
    }

    /** The {@code key: value} lines of a text, in order, values raw (still escaped); other lines are prose and skipped. */
    public static List<Field> lines(String text) {
        List<Field> fields = new ArrayList<>();
        if (text == null) {
            return fields;
        }
        for (String line : text.split("\\R")) {
            Matcher m = LINE.matcher(line.strip());
            if (m.matches()) {
                fields.add(new Field(m.group(1), m.group(2).strip()));
            }
        }
        return fields;
    }

    /** The segments of a raw value, unescaped: {@code a; k: v; k2: v2} is ("", a), (k, v), (k2, v2). */
    public static List<Field> segments(String raw) {
        List<Field> fields = new ArrayList<>();
        if (raw == null || raw.isBlank()) {
            return fields;
        }
        for (String segment : SEGMENT_BREAK.split(raw.strip())) {
            Matcher m = LINE.matcher(segment.strip());
            fields.add(m.matches() ? new Field(m.group(1), unescape(m.group(2).strip())) : new Field("", unescape(segment.strip())));
        }
        return fields;
    }

    /** The value of the first field with this key, or null. */
    public static String first(List<Field> fields, String key) {
        return fields.stream().filter(f -> f.key().equals(key)).map(Field::value).findFirst().orElse(null);
    }

    public static List<String> all(List<Field> fields, String key) {
        return fields.stream().filter(f -> f.key().equals(key)).map(Field::value).toList();
    }

    /** Segments written as one value: {@code k: v; k2: v2} (a field with key "" is written bare). */
    public static String join(List<Field> fields) {
        List<String> parts = new ArrayList<>();
        for (Field f : fields) {
            if (f.value() != null) {
                parts.add(f.key().isEmpty() ? escape(f.value()) : f.key() + ": " + escape(f.value()));
            }
        }
        return String.join("; ", parts);
    }

    public static String escape(String value) {
        return value.replace("\\", "\\\\").replace("\r\n", "\n").replace("\n", "\\n").replace("\r", "\\n")
                .replace(";", "\\;").replace("?>", "?\\>");
    }

    /** Undoes {@link #escape}; any other backslash (as a transcriber's {@code \"}) is kept as it stands. */
    public static String unescape(String value) {
        StringBuilder out = new StringBuilder(value.length());
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == '\\' && i + 1 < value.length()) {
                char next = value.charAt(i + 1);
                switch (next) {
                    case '\\' -> out.append('\\');
                    case 'n' -> out.append('\n');
                    case ';' -> out.append(';');
                    case '>' -> out.append('>');
                    default -> {
                        out.append(c);
                        continue;
                    }
                }
                i++;
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }
}
