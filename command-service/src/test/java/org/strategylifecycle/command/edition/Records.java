package org.strategylifecycle.command.edition;

import java.lang.reflect.Constructor;
import java.lang.reflect.RecordComponent;
import java.util.Arrays;

/** Copies of message records with one field, at any depth, replaced: the input tables vary one field at a time. */
final class Records {

    private Records() {
    }

    /** A copy of {@code record} whose field at {@code path} ("change.source.page") is {@code value}. */
    @SuppressWarnings("unchecked")
    static <R> R with(R record, String path, Object value) {
        int dot = path.indexOf('.');
        String name = dot < 0 ? path : path.substring(0, dot);
        RecordComponent[] components = record.getClass().getRecordComponents();
        Object[] values = new Object[components.length];
        boolean found = false;
        try {
            for (int i = 0; i < components.length; i++) {
                values[i] = components[i].getAccessor().invoke(record);
                if (components[i].getName().equals(name)) {
                    values[i] = dot < 0 ? value : with(values[i], path.substring(dot + 1), value);
                    found = true;
                }
            }
            if (!found) {
                throw new IllegalArgumentException(record.getClass().getSimpleName() + " has no field " + name);
            }
            Class<?>[] types = Arrays.stream(components).map(RecordComponent::getType).toArray(Class<?>[]::new);
            Constructor<?> canonical = record.getClass().getDeclaredConstructor(types);
            return (R) canonical.newInstance(values);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }
}
