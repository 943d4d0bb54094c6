package io.github.camelsinch.provisioning.simulator.api;

import com.fasterxml.jackson.databind.node.ObjectNode;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Tag "RCS Questionnaire": the launch questions for a use case. The general and verification sections are always
 * returned; country sections only for the requested {@code countries} (all documented ones when none is given).
 */
final class RcsQuestionnaireApi extends TagApi {

    RcsQuestionnaireApi(ApiContext ctx) {
        super(ctx);
    }

    @Override
    void bind(ApiRoutes routes) {
        routes.bind("questionnairecontroller_getquestions_v1", c -> {
            ObjectNode questionnaire = template("questionnairecontroller_getquestions_v1");
            List<String> countries = c.request().queryList("countries");
            if (!countries.isEmpty()) {
                List<String> keep = new ArrayList<>(List.of("general", "verification"));
                countries.forEach(country -> keep.add(country.toLowerCase(Locale.ROOT)));
                questionnaire.retain(keep);
            }
            return ok(questionnaire);
        });
    }
}
