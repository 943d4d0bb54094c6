/*
 * Copyright the camel-sinch-provisioning project contributors.
 *
 * Licensed under the Apache License, Version 2.0 (the "License");
 * you may not use this file except in compliance with the License.
 * You may obtain a copy of the License at
 *
 *     https://www.apache.org/licenses/LICENSE-2.0
 *
 * Unless required by applicable law or agreed to in writing, software
 * distributed under the License is distributed on an "AS IS" BASIS,
 * WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
 * See the License for the specific language governing permissions and
 * limitations under the License.
 */
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
