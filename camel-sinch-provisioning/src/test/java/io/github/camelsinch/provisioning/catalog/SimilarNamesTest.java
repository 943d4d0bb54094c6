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
package io.github.camelsinch.provisioning.catalog;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The "did you mean" of endpoint URIs: close names are suggested, far ones are not, closest first. */
class SimilarNamesTest {

    private static final Set<String> APIS = OperationCatalog.get().apis();

    @Test
    void aTypoFindsTheName() {
        assertEquals(List.of("whatsapp-senders"), SimilarNames.closest("whatsapp-sendrs", APIS));
        assertEquals(List.of("list"), SimilarNames.closest("lsit", Set.of("list", "get", "create", "delete")));
    }

    @Test
    void caseAndSeparatorsDoNotCount() {
        assertEquals("whatsapp-senders", SimilarNames.closest("WHATSAPP_SENDERS", APIS).get(0));
        assertEquals(List.of("EN_US"),
                SimilarNames.closest("en-us", List.of("EN", "EN_GB", "EN_US", "ES")).subList(0, 1));
    }

    @Test
    void aPartOfTheNameFindsEveryNameThatContainsIt() {
        List<String> senders = SimilarNames.closest("senders", APIS);
        assertEquals(3, senders.size(), senders.toString());
        senders.forEach(name -> assertEquals(true, name.endsWith("senders"), name));
    }

    @Test
    void nothingCloseMeansNoSuggestion() {
        assertEquals(List.of(), SimilarNames.closest("foo", Set.of("pageSize", "pageToken", "projectId")));
        assertEquals("", SimilarNames.didYouMean("explode", Set.of("list", "get", "create")));
        assertEquals("", SimilarNames.didYouMean("", Set.of("list")));
    }

    @Test
    void closestComesFirstAndEachUnknownNameGetsItsOwnHint() {
        assertEquals(List.of("pageSize", "pageSizes"),
                SimilarNames.closest("pageSiz", Set.of("pageSizes", "pageToken", "pageSize")));
        assertEquals(" For pagSize did you mean pageSize? For rawjsn did you mean rawJson?",
                SimilarNames.didYouMeanEach(List.of("rawjsn", "pagSize", "zzz"), Set.of("pageSize", "rawJson")));
    }

    @Test
    void distanceIsTheLevenshteinDistance() {
        assertEquals(3, SimilarNames.distance("kitten", "sitting"));
        assertEquals(0, SimilarNames.distance("", ""));
        assertEquals(4, SimilarNames.distance("", "list"));
    }
}
