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
package io.github.camelsinch.provisioning.benchmarks;

import io.github.camelsinch.provisioning.model.WhatsappInputTemplateCompareDto;
import io.github.camelsinch.provisioning.model.WhatsappSenderDto;
import io.github.camelsinch.provisioning.model.WhatsappTemplateCompareDto;
import io.github.camelsinch.provisioning.model.WhatsappTemplateListDto;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

import java.util.concurrent.TimeUnit;

/**
 * Producer allocation per call ({@code -prof gc}: gc.alloc.rate.norm): the same three calls made by hand-written
 * HttpClient 5 + Jackson code (1, the baseline), a camel-http + camel-jackson route (2) and the sinch-prov
 * component (3), against the same server, one variant at a time. Method names sort so that the three variants of
 * one call run one after the other. Concurrency is JMH's {@code -t}: run.sh runs the class with {@code -t 1} and
 * {@code -t 16}. Throughput is taken from {@link ProducerThroughput}, which runs the variants side by side;
 * the throughput this class also reports is sequential and therefore at the mercy of the machine's load.
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class ProducerAllocationBenchmark {

    /** One variant's client, shared by every benchmark thread, as an application shares it. */
    public abstract static class Variant {
        ProducerClient client;
        WhatsappInputTemplateCompareDto compareBody;

        abstract ProducerClient create(BenchServer server);

        @Setup(Level.Trial)
        public void setUp() {
            client = create(BenchServer.get());
            compareBody = BaselineClient.compareRequest();
            check(client);
        }

        @TearDown(Level.Trial)
        public void tearDown() {
            client.close();
            BenchServer.release();
        }
    }

    @State(Scope.Benchmark)
    public static class Baseline extends Variant {
        @Override
        ProducerClient create(BenchServer server) {
            return new BaselineClient(server);
        }
    }

    @State(Scope.Benchmark)
    public static class CamelHttp extends Variant {
        @Override
        ProducerClient create(BenchServer server) {
            return new CamelHttpClient(server);
        }
    }

    @State(Scope.Benchmark)
    public static class SinchProv extends Variant {
        @Override
        ProducerClient create(BenchServer server) {
            return new SinchProvClient(server);
        }
    }

    /** Each variant must return the full result before it is measured. */
    static void check(ProducerClient client) {
        WhatsappSenderDto sender = client.getSender();
        if (sender == null || sender.getId() == null) {
            throw new IllegalStateException(client + ": no sender");
        }
        WhatsappTemplateListDto page = client.listTemplates();
        if (page == null || page.getTemplates() == null || page.getTemplates().size() != BenchServer.PAGE_SIZE) {
            throw new IllegalStateException(client + ": not a page of " + BenchServer.PAGE_SIZE);
        }
        WhatsappTemplateCompareDto comparison = client.compareTemplates(BaselineClient.compareRequest());
        if (comparison == null || comparison.getTemplates() == null || comparison.getTemplates().size() != 2) {
            throw new IllegalStateException(client + ": not a comparison of two templates");
        }
    }

    @Benchmark
    public WhatsappSenderDto get_1_baseline(Baseline s) {
        return s.client.getSender();
    }

    @Benchmark
    public WhatsappSenderDto get_2_camelHttp(CamelHttp s) {
        return s.client.getSender();
    }

    @Benchmark
    public WhatsappSenderDto get_3_sinchProv(SinchProv s) {
        return s.client.getSender();
    }

    @Benchmark
    public WhatsappTemplateListDto list_1_baseline(Baseline s) {
        return s.client.listTemplates();
    }

    @Benchmark
    public WhatsappTemplateListDto list_2_camelHttp(CamelHttp s) {
        return s.client.listTemplates();
    }

    @Benchmark
    public WhatsappTemplateListDto list_3_sinchProv(SinchProv s) {
        return s.client.listTemplates();
    }

    @Benchmark
    public WhatsappTemplateCompareDto post_1_baseline(Baseline s) {
        return s.client.compareTemplates(s.compareBody);
    }

    @Benchmark
    public WhatsappTemplateCompareDto post_2_camelHttp(CamelHttp s) {
        return s.client.compareTemplates(s.compareBody);
    }

    @Benchmark
    public WhatsappTemplateCompareDto post_3_sinchProv(SinchProv s) {
        return s.client.compareTemplates(s.compareBody);
    }
}
