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
package io.github.camelsinch.provisioning.simulator.http;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * Maps method + path to the handler of an API operation. Routes with more literal segments win, so literal
 * paths next to templated ones (such as {@code POST .../templates/sync}) resolve as the contract intends.
 * An unknown path answers 404 and a known path with another method 405, both with PAPI bodies.
 */
public final class Router {

    private final List<Route> routes = new ArrayList<>();

    public void add(Route route) {
        routes.add(route);
        routes.sort(Comparator.comparingInt(Route::literals).reversed());
    }

    public List<Route> routes() {
        return List.copyOf(routes);
    }

    public ServerResponse dispatch(ServerRequest request) {
        String[] segments = Route.split(request.path());
        boolean pathKnown = false;
        for (Route route : routes) {
            Map<String, String> params = route.match(segments);
            if (params == null) {
                continue;
            }
            if (!route.method().equals(request.method())) {
                pathKnown = true;
                continue;
            }
            request.pathParams(params);
            return route.handler().handle(request);
        }
        return pathKnown
                ? PapiErrors.of(405, "method_not_allowed", "Method not allowed.")
                : PapiErrors.of(404, "not_found", "Resource not found.");
    }
}
