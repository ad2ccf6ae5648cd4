package org.strategylifecycle.bench;

/** Just enough JSON writing for the command bodies: objects of strings, numbers and nested objects. */
final class Json {

    /** Text that is already JSON, placed as it is. */
    record Raw(String text) {
    }

    private Json() {
    }

    /** An object from alternating names and values; a null value leaves its name out. */
    static Raw object(Object... namesAndValues) {
        StringBuilder out = new StringBuilder("{");
        for (int i = 0; i < namesAndValues.length; i += 2) {
            Object value = namesAndValues[i + 1];
            if (value == null) {
                continue;
            }
            if (out.length() > 1) {
                out.append(',');
            }
            string(out, (String) namesAndValues[i]).append(':');
            if (value instanceof Raw raw) {
                out.append(raw.text());
            } else if (value instanceof Number) {
                out.append(value);
            } else {
                string(out, value.toString());
            }
        }
        return new Raw(out.append('}').toString());
    }

    private static StringBuilder string(StringBuilder out, String value) {
        out.append('"');
        for (char c : value.toCharArray()) {
            if (c == '"' || c == '\\') {
                out.append('\\').append(c);
            } else if (c < 0x20) {
                out.append(String.format("\\u%04x", (int) c));
            } else {
                out.append(c);
            }
        }
        return out.append('"');
    }
}
