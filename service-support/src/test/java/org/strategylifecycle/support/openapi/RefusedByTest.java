package org.strategylifecycle.support.openapi;

import org.junit.jupiter.api.Test;
import org.springframework.web.method.HandlerMethod;
import org.strategylifecycle.api.common.ErrorCode;

import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.strategylifecycle.api.common.ErrorCode.CHILDREN_NOT_RETIRED;
import static org.strategylifecycle.api.common.ErrorCode.ELEMENT_NOT_FOUND;
import static org.strategylifecycle.api.common.ErrorCode.STRATEGY_NOT_FOUND;

class RefusedByTest {

    @Retention(RetentionPolicy.RUNTIME)
    @Refuses({STRATEGY_NOT_FOUND, ELEMENT_NOT_FOUND})
    @interface ChangesSomething {
    }

    static class Endpoints {

        @Refuses(CHILDREN_NOT_RETIRED)
        void own() {
        }

        @ChangesSomething
        void ofItsKind() {
        }

        @ChangesSomething
        @Refuses(CHILDREN_NOT_RETIRED)
        void ofItsKindAndOwn() {
        }

        void none() {
        }
    }

    @Test
    void anEndpointRefusesWhatItsOwnAndItsAnnotationsRefusalsName() throws NoSuchMethodException {
        assertThat(refusedBy("own")).containsExactlyInAnyOrder(CHILDREN_NOT_RETIRED);
        assertThat(refusedBy("ofItsKind")).containsExactlyInAnyOrder(STRATEGY_NOT_FOUND, ELEMENT_NOT_FOUND);
        assertThat(refusedBy("ofItsKindAndOwn"))
                .containsExactlyInAnyOrder(STRATEGY_NOT_FOUND, ELEMENT_NOT_FOUND, CHILDREN_NOT_RETIRED);
        assertThat(refusedBy("none")).isEmpty();
    }

    private static Set<ErrorCode> refusedBy(String method) throws NoSuchMethodException {
        return ApiDocs.refusedBy(new HandlerMethod(new Endpoints(), Endpoints.class.getDeclaredMethod(method)));
    }
}
