package org.strategylifecycle.query.dashboard.change;

import com.github.difflib.DiffUtils;
import com.github.difflib.patch.AbstractDelta;
import com.github.difflib.patch.Chunk;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Two wordings compared word by word (java-diff-utils over words, spaces and punctuation marks), as
 * segments a page marks up: kept, removed, added. Adjacent segments of one kind are merged, so a
 * reworded phrase reads as one removal and one addition.
 */
public final class WordDiff {

    public enum Kind { SAME, REMOVED, ADDED }

    public record Segment(Kind kind, String text) {
        public boolean removed() {
            return kind == Kind.REMOVED;
        }

        public boolean added() {
            return kind == Kind.ADDED;
        }
    }

    private static final Pattern TOKEN = Pattern.compile("\\s+|[\\p{L}\\p{N}]+|[^\\s\\p{L}\\p{N}]");

    private WordDiff() {
    }

    public static List<Segment> diff(String before, String after) {
        List<String> a = tokens(before);
        List<String> b = tokens(after);
        List<Segment> segments = new ArrayList<>();
        int at = 0;
        for (AbstractDelta<String> delta : DiffUtils.diff(a, b).getDeltas()) {
            Chunk<String> source = delta.getSource();
            add(segments, Kind.SAME, a.subList(at, source.getPosition()));
            add(segments, Kind.REMOVED, source.getLines());
            add(segments, Kind.ADDED, delta.getTarget().getLines());
            at = source.getPosition() + source.size();
        }
        add(segments, Kind.SAME, a.subList(at, a.size()));
        return segments;
    }

    /** Whether the two wordings differ at all. */
    public static boolean changed(List<Segment> segments) {
        return segments.stream().anyMatch(s -> s.kind() != Kind.SAME);
    }

    private static List<String> tokens(String text) {
        List<String> tokens = new ArrayList<>();
        if (text != null) {
            Matcher m = TOKEN.matcher(text);
            while (m.find()) {
                tokens.add(m.group());
            }
        }
        return tokens;
    }

    private static void add(List<Segment> segments, Kind kind, List<String> tokens) {
        if (tokens.isEmpty()) {
            return;
        }
        String text = String.join("", tokens);
        Segment last = segments.isEmpty() ? null : segments.get(segments.size() - 1);
        if (last != null && last.kind() == kind) {
            segments.set(segments.size() - 1, new Segment(kind, last.text() + text));
        } else {
            segments.add(new Segment(kind, text));
        }
    }
}
