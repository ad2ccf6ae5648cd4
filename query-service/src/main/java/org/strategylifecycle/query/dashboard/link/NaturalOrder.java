package org.strategylifecycle.query.dashboard.link;

import java.util.Comparator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Orders printed numbers as a reader does: 1.2 before 1.10, 2-1 after 1-3; text without numbers last. */
final class NaturalOrder implements Comparator<String> {

    static final NaturalOrder INSTANCE = new NaturalOrder();
    private static final Pattern PART = Pattern.compile("\\d+|\\D+");

    @Override
    public int compare(String a, String b) {
        if (a == null || b == null) {
            return a == null ? (b == null ? 0 : 1) : -1;
        }
        Matcher x = PART.matcher(a);
        Matcher y = PART.matcher(b);
        while (x.find() && y.find()) {
            String p = x.group();
            String q = y.group();
            boolean digits = Character.isDigit(p.charAt(0)) && Character.isDigit(q.charAt(0));
            int c = digits ? Long.compare(Long.parseLong(p.length() > 18 ? p.substring(0, 18) : p),
                    Long.parseLong(q.length() > 18 ? q.substring(0, 18) : q)) : p.compareTo(q);
            if (c != 0) {
                return c;
            }
        }
        return Integer.compare(a.length(), b.length());
    }
}
