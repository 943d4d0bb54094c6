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
package io.github.camelsinch.provisioning.state;

import org.apache.camel.spi.StateRepository;

import java.util.Map;

/**
 * A {@link StateRepository} that can also return every entry under a key prefix in one read. The status consumer
 * keeps the state of one scope (one watched operation) under one prefix; with a repository that round-trips to a
 * database, reading that scope at the start of a poll costs one query instead of one per resource.
 * Repositories without it still work: the consumer then reads key by key.
 */
public interface BulkReadStateRepository extends StateRepository<String, String> {

    /**
     * Every entry whose key starts with {@code keyPrefix}, read at one point in time.
     *
     * @param keyPrefix a prefix taken literally ({@code %} and {@code _} are not wildcards)
     * @return the entries, an empty map when there are none; never null
     */
    Map<String, String> getStates(String keyPrefix);
}
