package org.strategylifecycle.support.openapi;

import com.fasterxml.jackson.databind.JavaType;
import io.swagger.v3.core.converter.AnnotatedType;
import io.swagger.v3.core.converter.ModelConverter;
import io.swagger.v3.core.converter.ModelConverterContext;
import io.swagger.v3.core.util.Json;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.media.Schema;
import org.springdoc.core.customizers.GlobalOpenApiCustomizer;

import java.lang.annotation.Annotation;
import java.util.Iterator;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Refuses to describe two classes under one schema name. springdoc names a schema by the class's simple
 * name, so two request records both called {@code ReviseRequest} became one schema, silently, and
 * clients built from it sent the wrong fields. As a converter this notes each name's class; as a
 * customizer of the finished description it fails the build of the description (so /v3/api-docs
 * answers 500 and the contract tests fail) while two classes share a name. springdoc swallows an
 * exception thrown while it resolves a type, so the converter only notes.
 */
public final class UniqueSchemaNames implements ModelConverter, GlobalOpenApiCustomizer {

    private static final String COMPONENTS = "#/components/schemas/";

    private final Map<String, Class<?>> classes = new ConcurrentHashMap<>();
    private final Set<String> shared = ConcurrentHashMap.newKeySet();

    @Override
    public Schema<?> resolve(AnnotatedType type, ModelConverterContext context, Iterator<ModelConverter> chain) {
        if (!chain.hasNext()) {
            return null;
        }
        Schema<?> schema = chain.next().resolve(type, context, chain);
        String name = schema == null ? null : name(schema);
        if (name != null) {
            Class<?> described = described(type);
            Class<?> earlier = classes.putIfAbsent(name, described);
            if (earlier != null && earlier != described) {
                shared.add(name + " (" + earlier.getName() + ", " + described.getName() + ")");
            }
        }
        return schema;
    }

    @Override
    public void customise(OpenAPI openApi) {
        if (!shared.isEmpty()) {
            throw new IllegalStateException("schema names used by more than one class: " + new TreeSet<>(shared)
                    + "; give each class a name of its own");
        }
    }

    /** The class behind the schema: the type's own, or the one an {@code @Schema(implementation)} puts in its place. */
    private static Class<?> described(AnnotatedType type) {
        if (type.getCtxAnnotations() != null) {
            for (Annotation annotation : type.getCtxAnnotations()) {
                if (annotation instanceof io.swagger.v3.oas.annotations.media.Schema schema
                        && schema.implementation() != Void.class) {
                    return schema.implementation();
                }
            }
        }
        JavaType javaType = Json.mapper().constructType(type.getType());
        return javaType.getRawClass();
    }

    /** The component a type is described as: the schema's name, or the one its reference names. */
    private static String name(Schema<?> schema) {
        if (schema.getName() != null) {
            return schema.getName();
        }
        String ref = schema.get$ref();
        return ref != null && ref.startsWith(COMPONENTS) ? ref.substring(COMPONENTS.length()) : null;
    }
}
