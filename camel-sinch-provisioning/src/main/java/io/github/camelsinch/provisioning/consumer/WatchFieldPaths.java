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
package io.github.camelsinch.provisioning.consumer;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.introspect.BeanPropertyDefinition;
import io.github.camelsinch.provisioning.model.support.ModelJson;
import io.github.camelsinch.provisioning.model.support.ModelObject;
import io.github.camelsinch.provisioning.tracking.WatchedResource;

import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Parses the {@code watchFields} option and checks each path against the item model, so a typo fails when the
 * route starts instead of silently watching nothing.
 */
final class WatchFieldPaths {

    private WatchFieldPaths() {
    }

    /** The distinct paths of a comma separated list, in order; an error naming the first unknown one. */
    static List<String> parse(String option, WatchedResource resource) {
        Set<String> paths = new LinkedHashSet<>();
        if (option != null) {
            for (String part : option.split(",")) {
                if (!part.isBlank()) {
                    paths.add(part.trim());
                }
            }
        }
        for (String path : paths) {
            if (!exists(resource.itemType(), path)) {
                throw new IllegalArgumentException("Invalid watchFields entry '" + path + "' for sinch-prov:"
                        + resource.uriPath() + ": " + resource.itemType().getSimpleName() + " has no such field."
                        + " Its fields: " + String.join(", ", propertyNames(resource.itemType())));
            }
        }
        return List.copyOf(paths);
    }

    /**
     * Walks the path through the model's JSON properties. Array elements are addressed by index
     * ({@code analytics.0.sent}); below a map, a raw JSON value or a union (abstract) type the rest is accepted,
     * since the model cannot tell.
     */
    static boolean exists(Class<?> model, String path) {
        JavaType type = ModelJson.mapper().constructType(model);
        for (String segment : path.split("\\.", -1)) {
            if (segment.isEmpty()) {
                return false;
            }
            if (type.isContainerType() && !type.isMapLikeType()) {
                if (!segment.chars().allMatch(Character::isDigit)) {
                    return false;
                }
                type = type.getContentType();
                continue;
            }
            Class<?> raw = type.getRawClass();
            if (!ModelObject.class.isAssignableFrom(raw) || Modifier.isAbstract(raw.getModifiers())) {
                return true;
            }
            JavaType next = null;
            for (BeanPropertyDefinition p : fields(type)) {
                if (p.getName().equals(segment)) {
                    next = p.getPrimaryType();
                }
            }
            if (next == null) {
                return false;
            }
            type = next;
        }
        return true;
    }

    private static List<String> propertyNames(Class<?> model) {
        List<String> names = new ArrayList<>();
        fields(ModelJson.mapper().constructType(model)).forEach(p -> names.add(p.getName()));
        return names;
    }

    /**
     * The model's JSON fields: its bean properties less the any-getter, which Jackson lists as a property named
     * additionalProperties although it only carries the unknown fields of a newer API version.
     */
    private static List<BeanPropertyDefinition> fields(JavaType type) {
        return describe(type).findProperties().stream()
                .filter(p -> !p.hasGetter() || !p.getGetter().hasAnnotation(JsonAnyGetter.class))
                .toList();
    }

    private static BeanDescription describe(JavaType type) {
        return ModelJson.mapper().getSerializationConfig().introspect(type);
    }
}
