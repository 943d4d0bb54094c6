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

import io.github.camelsinch.provisioning.client.StubRequest;
import org.junit.jupiter.api.Test;

import java.util.List;

import static io.github.camelsinch.provisioning.consumer.Resources.SENDERS_PATH;
import static io.github.camelsinch.provisioning.consumer.Resources.TEMPLATES_PATH;
import static io.github.camelsinch.provisioning.consumer.Resources.sender;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** One request per page, with the largest page the operation allows. */
class PagingTest extends StatusConsumerTestSupport {

    @Test
    void eachPollReadsEveryPageOnceWithTheLargestPageSize() throws Exception {
        FakeListing senders = FakeListing.serve(server, SENDERS_PATH, "senders");
        for (int i = 0; i < 250; i++) {
            senders.put("S" + i, sender("S" + i, "ACTIVE", "t1"));
        }
        watch("sinch-prov:whatsapp-senders/list?startScheduler=false");
        for (int cycle = 0; cycle < 2; cycle++) {
            int before = apiRequestCount();
            poll();
            List<StubRequest> requests = apiRequests().subList(before, apiRequestCount());
            assertEquals(3, requests.size(), "250 senders in pages of 100");
            requests.forEach(r -> assertTrue(r.rawQuery().contains("pageSize=100"), r.rawQuery()));
        }
        senders.put("S249", sender("S249", "INACTIVE", "t2"));
        poll();
        assertEquals(List.of("S249"), events.drain().stream().map(EventLog.Event::resourceId).toList());
    }

    @Test
    void tenThousandTemplatesTakeTenRequestsPerCycle() throws Exception {
        FakeListing templates = FakeListing.serve(server, TEMPLATES_PATH, "templates");
        for (int i = 0; i < 10_000; i++) {
            templates.put("t" + i, Resources.template(String.format("order_update_%05d", i), "EN_US", "APPROVED"));
        }
        watch("sinch-prov:whatsapp-templates/list?startScheduler=false");
        Runtime runtime = Runtime.getRuntime();
        long heapBefore = usedHeap(runtime);

        long baselineMs = timedCycle(10);
        long heapAfterBaseline = usedHeap(runtime);
        long steadyMs = timedCycle(10);
        templates.put("t42", Resources.template("order_update_00042", "EN_US", "PAUSED"));
        long changeMs = timedCycle(10);
        assertEquals(List.of("order_update_00042/EN_US"),
                events.drain().stream().map(EventLog.Event::resourceId).toList());
        long heapAfter = usedHeap(runtime);

        System.out.printf("10,000 templates, pages of 1000: 10 requests per cycle; baseline cycle %d ms, unchanged"
                + " cycle %d ms, cycle with one change %d ms; retained heap after baseline %+d KiB"
                + " (state of 10,000 fingerprints + index), after three cycles %+d KiB%n",
                baselineMs, steadyMs, changeMs, (heapAfterBaseline - heapBefore) / 1024,
                (heapAfter - heapBefore) / 1024);
    }

    private long timedCycle(int expectedRequests) throws Exception {
        int before = apiRequestCount();
        long started = System.nanoTime();
        poll();
        long elapsedMs = (System.nanoTime() - started) / 1_000_000;
        List<StubRequest> requests = apiRequests().subList(before, apiRequestCount());
        assertEquals(expectedRequests, requests.size());
        requests.forEach(r -> assertTrue(r.rawQuery().contains("pageSize=1000"), r.rawQuery()));
        return elapsedMs;
    }

    private static long usedHeap(Runtime runtime) {
        System.gc();
        return runtime.totalMemory() - runtime.freeMemory();
    }
}
