package org.strategylifecycle.support.openapi;

import io.swagger.v3.core.converter.AnnotatedType;
import io.swagger.v3.core.converter.ModelConverters;
import io.swagger.v3.oas.models.OpenAPI;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class UniqueSchemaNamesTest {

    static class Goals {
        record ReviseRequest(String title) {
        }
    }

    static class Statements {
        record ReviseRequest(String text) {
        }
    }

    @Test
    void twoClassesUnderOneSchemaNameFailTheDescription() {
        ModelConverters converters = new ModelConverters(false);
        UniqueSchemaNames names = new UniqueSchemaNames();
        converters.addConverter(names);
        assertThat(converters.readAll(new AnnotatedType(Goals.ReviseRequest.class))).containsKey("ReviseRequest");
        converters.readAll(new AnnotatedType(Statements.ReviseRequest.class));
        assertThatThrownBy(() -> names.customise(new OpenAPI()))
                .hasMessageContaining("ReviseRequest (" + Goals.ReviseRequest.class.getName());
    }

    /** springdoc resolves request and response bodies as references to their component. */
    @Test
    void referencesCountToo() {
        ModelConverters converters = new ModelConverters(false);
        UniqueSchemaNames names = new UniqueSchemaNames();
        converters.addConverter(names);
        converters.resolveAsResolvedSchema(new AnnotatedType(Goals.ReviseRequest.class).resolveAsRef(true));
        converters.resolveAsResolvedSchema(new AnnotatedType(Statements.ReviseRequest.class).resolveAsRef(true));
        assertThatThrownBy(() -> names.customise(new OpenAPI())).hasMessageContaining("ReviseRequest (");
    }

    @Test
    void oneClassDescribedAgainIsFine() {
        ModelConverters converters = new ModelConverters(false);
        UniqueSchemaNames names = new UniqueSchemaNames();
        converters.addConverter(names);
        converters.readAll(new AnnotatedType(Goals.ReviseRequest.class));
        assertThat(converters.readAll(new AnnotatedType(Goals.ReviseRequest.class))).containsKey("ReviseRequest");
        names.customise(new OpenAPI());
    }
}
