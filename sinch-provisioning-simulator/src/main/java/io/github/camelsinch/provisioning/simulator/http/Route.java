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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One API operation bound to its handler: method, path template and operationId from the contract.
 * Matching is segment by segment; literal segments are counted so that {@code /templates/sync} beats
 * {@code /templates/{templateName}}.
 */
public final class Route {

    private final String method;
    private final String operationId;
    private final String[] segments;
    private final RouteHandler handler;
    private final int literals;

    public Route(String method, String pathTemplate, String operationId, RouteHandler handler) {
        this.method = method;
        this.operationId = operationId;
        this.segments = split(pathTemplate);
        this.handler = handler;
        int count = 0;
        for (String s : segments) {
            if (!s.startsWith("{")) {
                count++;
            }
        }
        this.literals = count;
    }

    static String[] split(String path) {
        List<String> parts = new ArrayList<>();
        for (String part : path.split("/")) {
            if (!part.isEmpty()) {
                parts.add(part);
            }
        }
        return parts.toArray(String[]::new);
    }

    /** The path parameters if {@code pathSegments} fits this route's template, otherwise null. */
    Map<String, String> match(String[] pathSegments) {
        if (pathSegments.length != segments.length) {
            return null;
        }
        Map<String, String> params = null;
        for (int i = 0; i < segments.length; i++) {
            String template = segments[i];
            if (template.charAt(0) == '{') {
                if (params == null) {
                    params = new LinkedHashMap<>(4);
                }
                params.put(template.substring(1, template.length() - 1), pathSegments[i]);
            } else if (!template.equals(pathSegments[i])) {
                return null;
            }
        }
        return params == null ? Map.of() : params;
    }

    public String method() {
        return method;
    }

    public String operationId() {
        return operationId;
    }

    RouteHandler handler() {
        return handler;
    }

    int literals() {
        return literals;
    }
}
